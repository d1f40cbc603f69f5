package claims_test

import (
	"encoding/json"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/frnews/frnews/claims"
	"github.com/frnews/frnews/normalize/date"
)

func find(cs []claims.Claim, cue string) *claims.Claim {
	for i := range cs {
		if cs[i].Cue == cue {
			return &cs[i]
		}
	}
	return nil
}

// Dates inside reported speech are resolved from the day the statement was
// made, not from the publication date.
func TestStatementDate(t *testing.T) {
	var x claims.Extractor
	pub := time.Date(2024, 11, 8, 8, 0, 0, 0, time.UTC) // a Friday
	cs, _, err := x.ExtractText("Titre de test\nLe ministre a déclaré mardi que les troupes étaient arrivées la semaine dernière.", pub)
	if err != nil {
		t.Fatal(err)
	}
	c := find(cs, "a déclaré")
	if c == nil {
		t.Fatalf("no claim: %v", cs)
	}
	if want := time.Date(2024, 11, 5, 0, 0, 0, 0, time.UTC); !sameDay(c.Date, want) {
		t.Errorf("statement date %v, want Tuesday %v", c.Date, want)
	}
	if len(c.Dates) == 0 {
		t.Fatalf("no date in the content %q", c.Content)
	}
	// "la semaine dernière" from Tuesday 5 November is the week of 28
	// October; from the publication day it would also be that week, so
	// check the reference through the value's week: before 4 November.
	d := c.Dates[0]
	v := d.Value
	if d.Kind == date.Interval {
		v = d.From
	}
	if !v.Before(time.Date(2024, 11, 4, 0, 0, 0, 0, time.UTC)) || v.Before(time.Date(2024, 10, 28, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("la semaine dernière = %v, want the week of 28 October", v)
	}
}

// The same statement, published later: "hier" is the day before the
// statement, not before the publication.
func TestStatementDateShiftsContent(t *testing.T) {
	var x claims.Extractor
	pub := time.Date(2024, 11, 8, 8, 0, 0, 0, time.UTC) // Friday
	cs, _, err := x.ExtractText("Titre de test\nLe maire a indiqué lundi que l’école avait fermé hier.", pub)
	if err != nil {
		t.Fatal(err)
	}
	c := find(cs, "a indiqué")
	if c == nil || len(c.Dates) == 0 {
		t.Fatalf("no claim with a date: %v", cs)
	}
	if want := time.Date(2024, 11, 3, 0, 0, 0, 0, time.UTC); !sameDay(c.Dates[0].Value, want) {
		t.Errorf("hier = %v, want Sunday %v (the day before Monday's statement)", c.Dates[0].Value, want)
	}
}

func sameDay(a, b time.Time) bool {
	return a.Year() == b.Year() && a.YearDay() == b.YearDay()
}

func TestChainAndHedge(t *testing.T) {
	cs, _ := extract(t, "Selon Séoul, citant des sources du renseignement, 3 000 soldats sont déjà sur place.\nSelon des sources proches du dossier, l’accord a été signé.")
	c := find(cs, "Selon")
	if c == nil || c.Speaker == nil || c.Speaker.Text != "Séoul" || len(c.Via) != 1 || c.Via[0].Text != "des sources du renseignement" {
		t.Fatalf("chain: got %+v", c)
	}
	var hedged bool
	for _, c := range cs {
		if c.Speaker != nil && strings.HasPrefix(c.Speaker.Text, "des sources proches") && c.Stance == claims.Hedged {
			hedged = true
		}
	}
	if !hedged {
		t.Errorf("selon des sources: no hedged claim in %v", cs)
	}
}

func TestJSONShape(t *testing.T) {
	cs, _ := extract(t, "« Nous tenons bon », a déclaré samedi le général Martin.")
	if len(cs) == 0 {
		t.Fatal("no claim")
	}
	b, err := json.Marshal(cs[0])
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	want := []string{"about", "content", "cue", "date", "end", "kind", "numbers", "sentence", "speaker", "start"}
	if !reflect.DeepEqual(keys, want) {
		t.Errorf("keys %v, want %v", keys, want)
	}
	spk, _ := m["speaker"].(map[string]any)
	if _, ok := spk["id"]; !ok || spk["text"] != "le général Martin" {
		t.Errorf("speaker %v", spk)
	}
	if m["date"] != "2024-11-02" {
		t.Errorf("date %v, want 2024-11-02 (the Saturday before the 5 November publication)", m["date"])
	}
}

func TestCompareVerdicts(t *testing.T) {
	var x claims.Extractor
	mk := func(name, text string) claims.Source {
		cs, a, err := x.ExtractText("Titre de test\n"+text, time.Date(2024, 11, 5, 8, 0, 0, 0, time.UTC))
		if err != nil {
			t.Fatal(err)
		}
		return claims.Source{Name: name, Published: a.Date, Claims: cs}
	}
	gs := claims.Compare([]claims.Source{
		mk("a", "Selon la préfecture, 40 personnes ont été blessées à Marseille lundi."),
		mk("b", "Les pompiers ont indiqué que 40 personnes avaient été blessées à Marseille lundi."),
		mk("c", "Le ministère de l’Intérieur a indiqué que 400 soldats avaient été déployés à Lyon."),
		mk("d", "Selon la mairie, environ 1 000 soldats ont été déployés à Lyon."),
	})
	verdicts := map[string]claims.Verdict{}
	for _, g := range gs {
		verdicts[g.Measure] = g.Verdict
	}
	if verdicts["blessés"] != claims.Agree {
		t.Errorf("40 and 40 blessés: %q, want agree (groups %+v)", verdicts["blessés"], gs)
	}
	if verdicts["soldat"] != claims.Conflict {
		t.Errorf("400 and about 1 000 soldiers: %q, want conflict (groups %+v)", verdicts["soldat"], gs)
	}
}
