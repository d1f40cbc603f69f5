package claims

import (
	"errors"
	"strings"
	"testing"
)

func TestDefaultVerbs(t *testing.T) {
	vs := DefaultVerbs()
	if vs.Len() < 60 {
		t.Fatalf("DefaultVerbs().Len() = %d, want at least 60", vs.Len())
	}
	if _, err := LoadVerbs(strings.NewReader(builtinVerbs)); err != nil {
		t.Fatalf("verbs.txt: %v", err)
	}
	for _, tc := range []struct{ form, inf string }{
		{"déclare", "déclarer"}, {"déclarent", "déclarer"}, {"déclaré", "déclarer"}, {"déclarait", "déclarer"},
		{"déclarera", "déclarer"}, {"affirment", "affirmer"}, {"estiment", "estimer"}, {"soulignent", "souligner"},
		{"dit", "dire"}, {"disent", "dire"}, {"disant", "dire"}, {"démenti", "démentir"}, {"dément", "démentir"},
		{"nié", "nier"}, {"reconnaît", "reconnaître"}, {"promis", "promettre"}, {"écrit", "écrire"},
		{"annonçait", "annoncer"}, {"avertit", "avertir"}, {"assure", "assurer"}, {"confie", "confier"}, {"confient", "confier"}, {"justifie", "justifier"}, {"regrette", "regretter"}, {"craint", "craindre"}, {"rejette", "rejeter"}, {"répété", "répéter"}, {"répète", "répéter"}, {"précise", "préciser"}, {"explique", "expliquer"}, {"assurent", "assurer"}, {"exhortant", "exhorter"}, {"félicité", "féliciter"},
	} {
		if v := vs.lookup(tc.form); v == nil || v.Infinitive != tc.inf {
			t.Errorf("lookup(%q) = %v, want %s", tc.form, v, tc.inf)
		}
	}
	for _, w := range []string{"déclaration", "affirmations", "notamment", "ni", "information", "dirigeant", "soldats", "précisément"} {
		if v := vs.lookup(w); v != nil {
			t.Errorf("lookup(%q) = %s, want nil", w, v.Infinitive)
		}
	}
}

func TestLoadVerbsError(t *testing.T) {
	_, err := LoadVerbs(strings.NewReader("# c\ndéclarer\tq\nmal formé\tq\n"))
	var ve *VerbsError
	if !errors.As(err, &ve) || ve.Line != 3 {
		t.Fatalf("LoadVerbs: err = %v, want a *VerbsError on line 3", err)
	}
	_, err = LoadVerbs(strings.NewReader("dire\tqz\n"))
	if !errors.As(err, &ve) || ve.Line != 1 {
		t.Fatalf("LoadVerbs: err = %v, want a *VerbsError on line 1", err)
	}
}
