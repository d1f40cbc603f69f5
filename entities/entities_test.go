package entities

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// testTSV is a small dictionary of our own: the tests of matching do not
// depend on the default data, which grows.
const testTSV = `# a test dictionary
country:ua	country	Ukraine		ukrainien | ukrainienne | ukrainiens | ukrainiennes	Kiev | Kyiv
country:ru	country	Russie	Russia	russe | russes	Moscou
country:kp	country	Corée du Nord	RPDC	nord-coréen | nord-coréenne | nord-coréens | nord-coréennes	Pyongyang
country:kr	country	Corée du Sud		sud-coréen | sud-coréenne | sud-coréens | sud-coréennes	Séoul
country:us	country	États-Unis	USA	américain | américaine | américains | américaines	Washington
country:gb	country	Royaume-Uni	Grande-Bretagne	britannique | britanniques	Londres
country:nz	country	Nouvelle-Zélande		néo-zélandais | néo-zélandaise	Wellington
country:ge	country	Géorgie		géorgien | géorgienne | géorgiens | géorgiennes	Tbilissi
country:ar	country	Argentine		argentin | argentine | argentins | argentines	Buenos Aires
country:nl	country	Pays-Bas		néerlandais | néerlandaise	Amsterdam
place:bretagne	place	Bretagne				country:fr
place:zelande	place	Zélande				country:nl
place:saint-petersbourg	place	Saint-Pétersbourg	Pétersbourg			country:ru
place:la-haye	place	La Haye				country:nl
place:kyiv	place	Kyiv	Kiev			country:ua
place:moscou	place	Moscou	Moscow			country:ru
place:washington	place	Washington				country:us
place:kharkiv	place	Kharkiv	Kharkov			country:ua
place:orange	place	Orange				country:fr
place:mars	place	Mars
media:le-monde	media	Le Monde
media:washington-post	media	Washington Post	The Washington Post			country:us
org:otan	organization	Otan	OTAN | NATO
org:onu	organization	ONU	Nations unies | UN
gov:ru-kremlin	organization	Kremlin				country:ru
gov:us-pentagone	organization	Pentagone				country:us
org:etat-islamique	group	État islamique	EI
person:volodymyr-zelensky	person	Volodymyr Zelensky	Zelensky | Zelenski			country:ua	président de l'Ukraine (2019-)
person:choe-son-hui	person	Choe Son-hui				country:kp	ministre des Affaires étrangères de la Corée du Nord (2024-)
person:kim-jong-un	person	Kim Jong-un				country:kp	dirigeant de la Corée du Nord (2011-)
person:kim-yong-hyun	person	Kim Yong-hyun				country:kr	ministre de la Défense de la Corée du Sud (2024-)
person:serguei-lavrov	person	Sergueï Lavrov	Lavrov			country:ru	ministre des Affaires étrangères de la Russie (2004-)
person:vladimir-poutine	person	Vladimir Poutine	Poutine | Putin			country:ru	président de la Russie (2000-2008, 2012-)
person:mark-rutte	person	Mark Rutte	Rutte			country:nl	secrétaire général de l'Otan (2024-)
person:ursula-von-der-leyen	person	Ursula von der Leyen
`

var testDict = sync.OnceValue(func() *Dictionary {
	d, err := Load(strings.NewReader(testTSV))
	if err != nil {
		panic(err)
	}
	return d
})

func TestLoad(t *testing.T) {
	d := testDict()
	if d.Len() != strings.Count(testTSV, "\n")-1 {
		t.Errorf("Len() = %d", d.Len())
	}
	e, ok := d.Entity("country:kp")
	if !ok || e.Canonical != "Corée du Nord" || e.Type != TypeCountry ||
		len(e.Demonyms) != 4 || e.Metonyms[0] != "Pyongyang" || e.Aliases[0] != "RPDC" {
		t.Errorf(`Entity("country:kp") = %+v, %v`, e, ok)
	}
	e.Aliases[0] = "changed"
	if e2, _ := d.Entity("country:kp"); e2.Aliases[0] != "RPDC" {
		t.Error("Entity returns a slice that aliases the dictionary")
	}
	if _, ok := d.Entity("country:xx"); ok {
		t.Error(`Entity("country:xx") found`)
	}
	// NFD input is brought to NFC
	d2, err := Load(strings.NewReader("place:x\tplace\t" + norm.NFD.String("Séoul") + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	if e, _ := d2.Entity("place:x"); e.Canonical != "Séoul" {
		t.Errorf("canonical = %q, want NFC", e.Canonical)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		in   string
		line int
		err  error
		msg  string
	}{
		0: {"# c\n\nplace:a\tplace\tA\nplace:b\tville\tB\n", 4, ErrSyntax, `entities: line 4: bad entry: place:b: unknown type "ville"`},
		1: {"Place:a\tplace\tA\n", 1, ErrSyntax, "entities: line 1: bad entry: id \"Place:a\""},
		2: {"place:a\tplace\n", 1, ErrSyntax, "want at least 3"},
		3: {"place:a\tplace\tA\nplace:a\tplace\tB\n", 2, ErrDuplicate, "entities: line 2: duplicate id: place:a (first on line 1)"},
		4: {"place:a\tplace\t \n", 1, ErrSyntax, "no canonical name"},
		5: {"place:a\tplace\tA\t\t\t\tbad id\n", 1, ErrSyntax, "related id"},
		6: {"place:a\tplace\tA\t\t\t\t\t\t\n", 1, ErrSyntax, "at most 8"},
		7: {"place:a\tplace\t\xff\n", 1, ErrSyntax, "invalid UTF-8"},
		8: {"noprefix\tplace\tA\n", 1, ErrSyntax, "type prefix"},
	}
	for i, tt := range tests {
		_, err := Load(strings.NewReader(tt.in))
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("%d: Load(%q) = %v, want *Error", i, tt.in, err)
			continue
		}
		if e.Line != tt.line || !errors.Is(err, tt.err) || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("%d: Load(%q) = %v (line %d), want line %d, %v, %q", i, tt.in, err, e.Line, tt.line, tt.err, tt.msg)
		}
	}
}

func TestLoadJSON(t *testing.T) {
	d, err := LoadJSON(strings.NewReader(`[
		{"id": "person:andrii-matvienko", "type": "person", "canonical": "Andriï Matvienko",
		 "aliases": ["Andrii Matvienko"], "related": "country:ua"},
		{"id": "place:selydove", "type": "place", "canonical": "Selydove", "aliases": ["Selydové"]}
	]`))
	if err != nil {
		t.Fatal(err)
	}
	ms := d.Find("Selon Andrii Matvienko, la ville de Selydové est touchée.")
	got := ids(ms)
	if want := "person:andrii-matvienko place:selydove"; got != want {
		t.Errorf("Find = %s, want %s", got, want)
	}
	_, err = LoadJSON(strings.NewReader(`[{"id": "place:a", "type": "place", "canonical": "A"}, {"id": "x", "type": "place", "canonical": "B"}]`))
	var e *Error
	if !errors.As(err, &e) || e.Entry != 2 || !errors.Is(err, ErrSyntax) {
		t.Errorf("LoadJSON(bad entry 2) = %v", err)
	}
	_, err = LoadJSON(strings.NewReader(`[{"id": "place:a", "type": "place", "canonical": "A", "alias": ["B"]}]`))
	if !errors.As(err, &e) || e.Entry != 1 || !strings.Contains(err.Error(), "entities: entry 1: bad entry") {
		t.Errorf("LoadJSON(unknown key) = %v", err)
	}
	if _, err := LoadJSON(strings.NewReader(`{}`)); !errors.Is(err, ErrSyntax) {
		t.Errorf("LoadJSON({}) = %v", err)
	}
}

func TestMerge(t *testing.T) {
	mine, err := Load(strings.NewReader("place:kharkiv\tplace\tKharkiv\tKharkov | Charkiw\t\t\t\tcountry:ua\nplace:vovtchansk\tplace\tVovtchansk\tVovchansk\n"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := Merge(testDict(), nil, mine)
	if err != nil {
		t.Fatal(err)
	}
	if d.Len() != testDict().Len()+1 {
		t.Errorf("Len = %d, want %d", d.Len(), testDict().Len()+1)
	}
	if got := ids(d.Find("Charkiw et Vovchansk")); got != "place:kharkiv place:vovtchansk" {
		t.Errorf("merged Find = %s", got)
	}
	// the earlier dictionary is unchanged
	if got := ids(testDict().Find("Charkiw et Vovchansk")); got != "" {
		t.Errorf("testDict Find = %s, want nothing", got)
	}
}

// ids lists the ids of the name, metonym and role mentions.
func ids(ms []Mention) string {
	var s []string
	for _, m := range ms {
		if m.Kind != KindDemonym {
			s = append(s, m.ID)
		}
	}
	return strings.Join(s, " ")
}

// show writes mentions as text=id/kind, one per mention, for table tests.
func show(ms []Mention) string {
	var s []string
	for _, m := range ms {
		s = append(s, fmt.Sprintf("%s=%s/%s", m.Text, m.ID, m.Kind))
	}
	return strings.Join(s, " ; ")
}

func TestFind(t *testing.T) {
	tests := []struct {
		in, want, reason string
	}{
		{"La Grande-Bretagne et la Bretagne.", "Grande-Bretagne=country:gb/name ; Bretagne=place:bretagne/name",
			"Bretagne inside Grande-Bretagne is not Bretagne"},
		{"Un match à Grande-Bretagne.", "Grande-Bretagne=country:gb/name", "longest match"},
		{"La Nouvelle-Zélande et la Zélande.", "Nouvelle-Zélande=country:nz/name ; Zélande=place:zelande/name", "compound"},
		{"Elle vit à Saint-Pétersbourg.", "Saint-Pétersbourg=place:saint-petersbourg/name", "hyphenated place"},
		{"Elle vit à Saint Petersbourg.", "Saint Petersbourg=place:saint-petersbourg/name", "hyphen and accent variant"},
		{"Le tribunal de La Haye a jugé.", "La Haye=place:la-haye/name", "article inside the name"},
		{"Le Washington Post rapporte que Washington a tranché.", "Washington Post=media:washington-post/name ; Washington=country:us/metonym",
			"longest match first; the capital alone is a metonym"},
		{"Il est arrivé à Washington.", "Washington=place:washington/name", "after à: the place"},
		{"Moscou a affirmé que les liens entre Moscou et Pyongyang sont forts, selon Séoul.",
			"Moscou=country:ru/metonym ; Moscou=country:ru/metonym ; Pyongyang=country:kp/metonym ; Séoul=country:kr/metonym", "metonyms"},
		{"Un soutien à Moscou et une pression sur Kiev, à Kiev.", "Moscou=country:ru/metonym ; Kiev=country:ua/metonym ; Kiev=place:kyiv/name", "dative nouns"},
		{"Lavrov est à Moscou, près de Kiev.", "Lavrov=person:serguei-lavrov/name ; Moscou=place:moscou/name ; Kiev=place:kyiv/name", "places"},
		{"Un état fort ne tat pas.", "", "whole words only: no tat inside état"},
		{"L'État islamique a revendiqué.", "État islamique=org:etat-islamique/name", "elision before a name"},
		{"Le 3 mars, Mars a brillé.", "", "a month name is no name, capitalised or not"},
		{"En Mars 2024.", "", "a capitalised month is no name"},
		{"La Géorgie et Georgia.", "Géorgie=country:ge/name", "Georgia (the US state) is not listed"},
		{"Choe Son Hui et Choe Son-hui et CHOE SON-HUI.", "Choe Son Hui=person:choe-son-hui/name ; Choe Son-hui=person:choe-son-hui/name ; CHOE SON-HUI=person:choe-son-hui/name", "case and hyphen variants"},
		{"Serguei Lavrov.", "Serguei Lavrov=person:serguei-lavrov/name", "accent variant"},
		{"Kim a parlé.", "", "Kim alone is nobody"},
		{"Kim Jong-un et Kim Yong-hyun. Kim a parlé.", "Kim Jong-un=person:kim-jong-un/name ; Kim Yong-hyun=person:kim-yong-hyun/name",
			"Kim is ambiguous between two people of the article"},
		{"Kim Jong-un a parlé. Kim a ri.", "Kim Jong-un=person:kim-jong-un/name ; Kim=person:kim-jong-un/name", "family name first"},
		{"l’Ukraine et l'Ukraine", "Ukraine=country:ua/name ; Ukraine=country:ua/name", "apostrophes"},
		{"les soldats nord-coréens et des Nord-Coréens", "nord-coréens=country:kp/demonym ; Nord-Coréens=country:kp/demonym", "demonyms"},
		{"L'Argentine et le tango argentin, la viande argentine.", "Argentine=country:ar/name ; argentin=country:ar/demonym ; argentine=country:ar/demonym",
			"a lowercase word is a demonym, a capitalised one the country"},
		{"le conflit russo-ukrainien", "ukrainien=country:ua/demonym", "after a lowercase combining form"},
		{"la ville d'Orange et une orange", "Orange=place:orange/name", "a capitalised name must be met capitalised"},
		{"l'OTAN, l'Otan, NATO, l'otan", "OTAN=org:otan/name ; Otan=org:otan/name ; NATO=org:otan/name", "acronyms"},
		{"Un jour, l'UN a voté. LAISSER UN COMMENTAIRE", "UN=org:onu/name", "a short acronym is met in capitals, not in a shouting line"},
		{"Ursula von der Leyen est venue. Mme von der Leyen a parlé.", "Ursula von der Leyen=person:ursula-von-der-leyen/name ; von der Leyen=person:ursula-von-der-leyen/name", "particles"},
		{"Ursula von der Leyen est venue. Mme Von der Leyen a parlé.", "Ursula von der Leyen=person:ursula-von-der-leyen/name ; Von der Leyen=person:ursula-von-der-leyen/name", "a capitalised particle after a title"},
		{"Vladymyr Poutine", "Vladymyr Poutine=person:vladimir-poutine/name", "an unlisted given name before a family name"},
		{"Le monde entier lit Le Monde.", "Le Monde=media:le-monde/name", "every capitalised word of a name must be capitalised"},
		{"Kharkov-Moscou", "Kharkov=place:kharkiv/name ; Moscou=country:ru/metonym", "two names joined by a hyphen"},
	}
	d := testDict()
	for i, tt := range tests {
		var got []Mention
		for _, m := range d.Find(tt.in) {
			got = append(got, m)
		}
		if s := show(got); s != tt.want {
			t.Errorf("%d: Find(%q)\n got  %s\n want %s\n (%s)", i, tt.in, s, tt.want, tt.reason)
		}
	}
}

// TestRoles checks roles before and after names and the later short
// mentions that resolve to the same person.
func TestRoles(t *testing.T) {
	text := "La Corée du Nord soutiendra la Russie, a déclaré vendredi le ministre nord-coréen des Affaires étrangères Choe Son-hui, " +
		"qui a promis son soutien. La ministre a rencontré son homologue russe Sergueï Lavrov. Le chef de la diplomatie russe a salué la coopération. " +
		"Le président ukrainien Volodymyr Zelensky a réagi. M. Zelensky a demandé des armes. " +
		"Le ministre américain de la Défense, Lloyd Austin, est arrivé à Kiev. Le chef du Pentagone a rencontré Zelensky. " +
		"Le chef de la diplomatie nord-coréenne est restée à Moscou. Le secrétaire général de l’Otan Mark Rutte a estimé que le président ukrainien avait raison."
	type want struct{ text, id, kind, role string }
	wants := []want{
		{"Choe Son-hui", "person:choe-son-hui", "name", "ministre nord-coréen des Affaires étrangères"},
		{"Sergueï Lavrov", "person:serguei-lavrov", "name", "homologue russe"},
		{"Le chef de la diplomatie russe", "person:serguei-lavrov", "role", "chef de la diplomatie russe"},
		{"La ministre", "person:choe-son-hui", "role", "ministre"},
		{"Volodymyr Zelensky", "person:volodymyr-zelensky", "name", "président ukrainien"},
		{"Zelensky", "person:volodymyr-zelensky", "name", "M."},
		{"Lloyd Austin", "local:lloyd-austin", "name", "ministre américain de la Défense"},
		{"Le chef du Pentagone", "local:lloyd-austin", "role", "chef du Pentagone"},
		{"Le chef de la diplomatie nord-coréenne", "person:choe-son-hui", "role", "chef de la diplomatie nord-coréenne"},
		{"Mark Rutte", "person:mark-rutte", "name", "secrétaire général de l’Otan"},
		{"le président ukrainien", "person:volodymyr-zelensky", "role", "président ukrainien"},
	}
	ms := testDict().Find(text)
	for _, w := range wants {
		found := false
		for _, m := range ms {
			if m.Text == w.text && m.ID == w.id && string(m.Kind) == w.kind && m.Role == w.role {
				found = true
			}
		}
		if !found {
			t.Errorf("no mention %+v", w)
		}
	}
	for _, m := range ms {
		if m.ID == "local:zelensky" || strings.HasPrefix(m.ID, "local:") && m.Type != TypePerson {
			t.Errorf("unexpected mention %+v", m)
		}
	}
	if t.Failed() {
		t.Log(show(ms))
	}
}

// TestUnknownNames runs the zero Dictionary: names are found by position.
// TestRoleGender: "la ministre" prefers the woman of the text, though a man
// with the same function was named closer; "le ministre" is said of both.
func TestRoleGender(t *testing.T) {
	text := "Choe Son-hui, la ministre nord-coréenne des Affaires étrangères, a rencontré Sergueï Lavrov, ministre russe des Affaires étrangères. " +
		"La ministre a ensuite déclaré que tout allait bien. Le ministre a répondu."
	var got []string
	for _, m := range testDict().Find(text) {
		if m.Kind == KindRole {
			got = append(got, m.Text+"="+m.ID)
		}
	}
	if want := "La ministre=person:choe-son-hui Le ministre=person:serguei-lavrov"; strings.Join(got, " ") != want {
		t.Errorf("roles = %q, want %q", got, want)
	}
}

// TestRoleGivenGender: a feminine role phrase does not stand for a man
// whose given name says so.
func TestRoleGivenGender(t *testing.T) {
	text := "Emmanuel Macron a reçu les élus. Selon la présidente du groupe écologiste, Claire Fontanel, le texte est mauvais. La présidente a ajouté qu’elle voterait contre."
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range d.Find(text) {
		if m.Kind == KindRole && m.ID == "person:emmanuel-macron" && strings.Contains(strings.ToLower(m.Text), "présidente") {
			t.Errorf("%q resolved to %s", m.Text, m.ID)
		}
	}
}

func TestUnknownNames(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Le président ukrainien Volodymyr Zelensky a réagi.", "Volodymyr Zelensky=local:volodymyr-zelensky/person"},
		{"La personne tuée, Andriï Matvienko, avait le grade de colonel.", "Andriï Matvienko=local:andrii-matvienko/person"},
		{"Andriï Kovalenko, un responsable du Conseil national de sécurité, a parlé.", "Andriï Kovalenko=local:andrii-kovalenko/person"},
		{"Selon le ministre de l’Intérieur Igor Klymenko, trois policiers sont blessés.", "Igor Klymenko=local:igor-klymenko/person"},
		{"Le ministère affirme avoir pris le village de Mykhaïlivka, à la périphérie de Selydové.",
			"Mykhaïlivka=local:mykhailivka/place ; Selydové=local:selydove/place"},
		{"Jean Dupont a déclaré mardi que tout allait bien. M. Dupont a ajouté que Dupont restait.",
			"Jean Dupont=local:jean-dupont/person ; Dupont=local:jean-dupont/person ; Dupont=local:jean-dupont/person"},
		{"Lundi a déclaré la fin. Mars a été froid. Ils ont annoncé.", ""},
		{"Le Parlement a annoncé une loi.", ""},
		{"Les Ukrainiens ont déclaré leur indépendance.", ""},
		{"Kestutis Budrys, conseiller à la sécurité nationale du président lituanien Gitanas Nauseda, a déclaré mardi.",
			"Kestutis Budrys=local:kestutis-budrys/person ; Gitanas Nauseda=local:gitanas-nauseda/person"},
		{"Photo : Getty Images / Carsten Koall", ""},
		{"Le quotidien polonais Gazeta Wyborcza a rapporté que les colis venaient de Lituanie.", "Gazeta Wyborcza=local:gazeta-wyborcza/media"},
		{"Le conseiller a déclaré mardi à Reuters que tout allait bien.", ""},
		{"Amnesty International a dénoncé des exécutions.", "Amnesty International=local:amnesty-international/organization"},
		{"Microsoft et Google ont annoncé des investissements.", "Google=local:google/other"},
		{"Le Conseil constitutionnel a validé la loi, a indiqué samedi Laurent Fabius.", "Laurent Fabius=local:laurent-fabius/person"},
		{"Le chef de la police ukrainienne Ivan Vyguivski a parlé. Vyguivski a ajouté.",
			"Ivan Vyguivski=local:ivan-vyguivski/person ; Vyguivski=local:ivan-vyguivski/person"},
		// a given name opens a person's name wherever it stands
		{"Kévin Laroche encourt quatre ans de suspension. Laroche conteste.",
			"Kévin Laroche=local:kevin-laroche/person ; Laroche=local:kevin-laroche/person"},
		{"Le procès de Gérard Lemoine, 61 ans, s’est ouvert lundi.", "Gérard Lemoine=local:gerard-lemoine/person"},
		{"Les missiles Iskander-M et l’aéroport Ben Gourion.", ""},
		// a body named in full, then by its acronym
		{"Selon l’Agence régionale de santé (ARS), l’ARS a fermé le service.",
			"Agence régionale de santé=local:agence-regionale-de-sante/organization ; ARS=local:agence-regionale-de-sante/organization ; ARS=local:agence-regionale-de-sante/organization"},
		{"Vierzon (Cher) est calme.", ""},
		// a hyphenated place is one name, and no name starts inside it
		{"Le maire de Villeneuve-sur-Garonne a parlé. Il vit à Pont-de-Varennes depuis dix ans.",
			"Villeneuve-sur-Garonne=local:villeneuve-sur-garonne/place ; Pont-de-Varennes=local:pont-de-varennes/place"},
		// the acronym's initials choose where the full name starts
		{"le transfert du joueur Tomasi Vakalahi vers l’Union sportive garonnaise (USG) est bloqué.",
			"Union sportive garonnaise=local:union-sportive-garonnaise/organization ; USG=local:union-sportive-garonnaise/organization"},
		{"Partager sur Facebook", ""},
		{"Date : 22 novembre 2024", ""},
		{"Les violences se multiplient dans le département du Cauca depuis des mois.", "Cauca=local:cauca/place"},
	}
	var d Dictionary
	for i, tt := range tests {
		var s []string
		for _, m := range d.Find(tt.in) {
			if m.Kind == KindName && strings.HasPrefix(m.ID, "local:") {
				s = append(s, fmt.Sprintf("%s=%s/%s", m.Text, m.ID, m.Type))
				if m.Confidence <= 0 || m.Confidence >= 1 {
					t.Errorf("%d: confidence %v", i, m.Confidence)
				}
			}
		}
		if got := strings.Join(s, " ; "); got != tt.want {
			t.Errorf("%d: Find(%q)\n got  %s\n want %s", i, tt.in, got, tt.want)
		}
	}
}

func TestInstitutions(t *testing.T) {
	tests := []struct {
		in, id, canonical string
	}{
		{"Le ministère sud-coréen de la Défense a indiqué", "gov:kr-ministere-defense", "ministère de la Défense (Corée du Sud)"},
		{"selon le ministère de la Défense sud-coréen", "gov:kr-ministere-defense", "ministère de la Défense (Corée du Sud)"},
		{"Le ministre russe de la Défense", "", ""},
		{"Selon l’agence du renseignement sud-coréen, la Corée du Nord", "gov:kr-agence-renseignement", "agence du renseignement (Corée du Sud)"},
		{"a annoncé la police ukrainienne", "gov:ua-police", "police (Ukraine)"},
		{"l'armée du Kremlin a tenté", "gov:ru-armee", "armée (Russie)"},
		{"le ministère des Affaires étrangères de la Corée du Nord", "gov:kp-ministere-affaires-etrangeres", "ministère des Affaires étrangères (Corée du Nord)"},
		{"le ministère des Affaires étrangères a annoncé", "", ""},
		// by context: the country the sentence opens with, for a speaker
		// after its verb only
		{"La Corée du Sud a convoqué l’ambassadeur russe, a annoncé le ministère des Affaires étrangères.",
			"gov:kr-ministere-affaires-etrangeres", "ministère des Affaires étrangères (Corée du Sud)"},
		{"La Pologne a accusé les services de renseignement étrangers.", "", ""},
	}
	for i, tt := range tests {
		var id, canon string
		for _, m := range testDict().Find(tt.in) {
			if strings.HasPrefix(m.ID, "gov:") && m.ID != "gov:ru-kremlin" {
				id, canon = m.ID, m.Canonical
				if m.Type != TypeOrganization {
					t.Errorf("%d: type %s", i, m.Type)
				}
			}
		}
		if id != tt.id || canon != tt.canonical {
			t.Errorf("%d: Find(%q) = %q %q, want %q %q", i, tt.in, id, canon, tt.id, tt.canonical)
		}
	}
}

func TestJSON(t *testing.T) {
	text := "Le président ukrainien Volodymyr Zelensky a parlé aux soldats ukrainiens. Le président ukrainien a ri."
	ms := testDict().Find(text)
	b, err := json.Marshal(ms[0])
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"text":"ukrainien","start":14,"end":23,"id":"country:ua","canonical":"Ukraine","type":"country","kind":"demonym"}`; string(b) != want {
		t.Errorf("Mention JSON = %s, want %s", b, want)
	}
	b, err = json.Marshal(Group(ms))
	if err != nil {
		t.Fatal(err)
	}
	want := `[{"id":"country:ua","canonical":"Ukraine","type":"country","roles":[],"mentions":[],` +
		`"demonyms":[{"text":"ukrainien","start":14,"end":23},{"text":"ukrainiens","start":64,"end":74},{"text":"ukrainien","start":90,"end":99}]},` +
		`{"id":"person:volodymyr-zelensky","canonical":"Volodymyr Zelensky","type":"person","roles":["président ukrainien"],` +
		`"mentions":[{"text":"Volodymyr Zelensky","start":24,"end":42,"kind":"name"},{"text":"Le président ukrainien","start":76,"end":99,"kind":"role"}],"demonyms":[]}]`
	if string(b) != want {
		t.Errorf("Group JSON =\n%s\nwant\n%s", b, want)
	}
}

// TestDefault checks entities the default dictionary must know.
func TestDefault(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	d2, _ := Default()
	if d != d2 {
		t.Error("Default builds twice")
	}
	tests := []struct {
		in, id string
		typ    Type
		kind   Kind
	}{
		{"l'Ukraine", "country:ua", TypeCountry, KindName},
		{"la Corée du Nord", "country:kp", TypeCountry, KindName},
		{"les soldats nord-coréens", "country:kp", TypeCountry, KindDemonym},
		{"à Kharkiv", "place:kharkiv", TypePlace, KindName},
		{"selon Kiev", "country:ua", TypeCountry, KindMetonym},
		{"à Kyiv", "place:kyiv", TypePlace, KindName},
		{"l’Otan", "org:otan", TypeOrganization, KindName},
		{"le Kremlin", "gov:ru-kremlin", TypeOrganization, KindName},
		{"Pyongyang a promis", "country:kp", TypeCountry, KindMetonym},
		{"la Grande-Bretagne", "country:gb", TypeCountry, KindName},
		{"selon Reuters", "media:reuters", TypeMedia, KindName},
	}
	for _, tt := range tests {
		ms := d.Find(tt.in)
		if len(ms) == 0 || ms[len(ms)-1].ID != tt.id || ms[len(ms)-1].Type != tt.typ || ms[len(ms)-1].Kind != tt.kind {
			t.Errorf("Find(%q) = %s, want %s %s %s", tt.in, show(ms), tt.id, tt.typ, tt.kind)
		}
	}
	if _, ok := d.Entity("person:volodymyr-zelensky"); ok {
		if got := ids(d.Find("Volodymyr Zelensky")); got != "person:volodymyr-zelensky" {
			t.Errorf("Find(Volodymyr Zelensky) = %s", got)
		}
	} else {
		t.Log("person:volodymyr-zelensky is not in the default data yet")
	}
}

// TestDefaultData checks every entry of the embedded data.
func TestDefaultData(t *testing.T) {
	files, err := filepath.Glob("data/*.tsv")
	if err != nil || len(files) == 0 {
		t.Fatalf("no data files: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(b) || !norm.NFC.IsNormal(b) {
			t.Errorf("%s: not valid UTF-8 in NFC", f)
		}
		for i, line := range strings.Split(string(b), "\n") {
			if strings.HasSuffix(line, " ") || strings.Contains(line, "\r") {
				t.Errorf("%s:%d: trailing space or CR", f, i+1)
			}
		}
	}
	d, err := loadDefault()
	if err != nil {
		t.Fatal(err)
	}
	aliases := make(map[string][]string) // folded name → ids, per type
	for _, e := range d.Entities() {
		if e.Related != "" {
			if _, ok := d.Entity(e.Related); !ok {
				t.Errorf("%s: related %s does not exist", e.ID, e.Related)
			}
		}
		prefix, _, _ := strings.Cut(e.ID, ":")
		if want := map[Type][]string{TypeCountry: {"country"}, TypePerson: {"person"}, TypeMedia: {"media"}}[e.Type]; want != nil && prefix != want[0] {
			t.Errorf("%s: type %s with prefix %s", e.ID, e.Type, prefix)
		}
		if len(e.Roles) > 0 && e.Type != TypePerson {
			t.Errorf("%s: roles on a %s", e.ID, e.Type)
		}
		for _, a := range append([]string{e.Canonical}, e.Aliases...) {
			k := string(e.Type) + "\t" + foldString(a)
			if !contains(aliases[k], e.ID) {
				aliases[k] = append(aliases[k], e.ID)
			}
		}
	}
	n := 0
	for k, v := range aliases {
		if len(v) > 1 {
			n++
			if testing.Verbose() {
				t.Logf("same %s name for %v", strings.Replace(k, "\t", " ", 1), v)
			}
		}
	}
	t.Logf("%d entities; %d names shared by entities of one type", d.Len(), n)
}

// seedText concatenates the seed articles.
func seedText(tb testing.TB) string {
	files, _ := filepath.Glob("../seeds/*.txt")
	if len(files) == 0 {
		tb.Skip("no seeds")
	}
	var b strings.Builder
	for _, f := range files {
		s, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		b.Write(s)
		b.WriteString("\n")
	}
	return b.String()
}

func checkMentions(t *testing.T, text string, ms []Mention) {
	bounds := map[int]bool{len(text): true} // rune starts, as range decodes them
	for i := range text {
		bounds[i] = true
	}
	for i, m := range ms {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			t.Fatalf("mention %d: span [%d, %d) outside [0, %d)", i, m.Start, m.End, len(text))
		}
		if !bounds[m.Start] || !bounds[m.End] {
			t.Fatalf("mention %d %+v: span not on rune boundaries", i, m)
		}
		if m.Text != text[m.Start:m.End] {
			t.Fatalf("mention %d: Text %q != %q", i, m.Text, text[m.Start:m.End])
		}
		if m.ID == "" || m.Canonical == "" || !m.Type.valid() {
			t.Fatalf("mention %d: %+v", i, m)
		}
		if i > 0 && (ms[i-1].Start > m.Start || ms[i-1].Start == m.Start && ms[i-1].End < m.End) {
			t.Fatalf("mentions %d, %d not sorted", i-1, i)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"La Grande-Bretagne", "le ministre nord-coréen des Affaires étrangères Choe Son-hui,", "M. Zelensky",
		"l’Otan", "Kim Jong-un", "a-t-elle", "« Moscou »a dit", "\xff\xfeÉtat", "Le chef de la diplomatie russe, Sergueï Lavrov,",
		"le ministère sud-coréen de la Défense", "X, un responsable", "Jean- Dupont", "-", "'", "l'", "M.", "( ( (",
		"Selon Jean de", "Ursula von der", "a déclaré", "village de", "Kharkov-Moscou-",
	} {
		f.Add(s)
	}
	if b, err := os.ReadFile("../seeds/000_4f98a978032fd170.txt"); err == nil {
		f.Add(string(b))
	}
	d := testDict()
	f.Fuzz(func(t *testing.T, s string) {
		checkMentions(t, s, d.Find(s))
		var zero Dictionary
		checkMentions(t, s, zero.Find(s))
	})
}

func TestSeedsSpans(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := seedText(t)
	checkMentions(t, text, d.Find(text))
}

func TestConcurrent(t *testing.T) {
	d := testDict()
	text := "Le président ukrainien Volodymyr Zelensky a parlé à Kiev. M. Zelensky a ri."
	want := show(d.Find(text))
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 200 {
				if got := show(d.Find(text)); got != want {
					t.Errorf("concurrent Find = %s", got)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func BenchmarkFind(b *testing.B) {
	d, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	text := seedText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		d.Find(text)
	}
}

func BenchmarkLoadDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := loadDefault(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSeeds measures the recall of the default dictionary on the seed
// articles against testdata/seeds.gold.tsv, and on articles of our own
// (testdata/articles, annotated before Find ran on them), and lists the
// mentions found that are not in the gold files.
func TestSeeds(t *testing.T) {
	for _, c := range []struct {
		files, gold string
		min         float64
	}{
		{"../seeds/*.txt", "testdata/seeds.gold.tsv", 0.95},
		{"testdata/articles/*.txt", "testdata/articles.gold.tsv", 0.85},
		// written and annotated blind by helpers (see testdata/README.md);
		// first measured at 0.727
		{"testdata/heldout/*.txt", "testdata/heldout.gold.tsv", 0.85},
		// the same for articles d–g; first measured at 0.768
		{"testdata/heldout2/*.txt", "testdata/heldout2.gold.tsv", 0.78},
	} {
		t.Run(filepath.Base(c.gold), func(t *testing.T) { checkGold(t, c.files, c.gold, c.min) })
	}
}

func checkGold(t *testing.T, glob, goldFile string, minRecall float64) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	gold, err := os.ReadFile(goldFile)
	if err != nil {
		t.Fatal(err)
	}
	type key struct{ file, id, text string }
	want := map[key]int{}
	entities := map[[2]string]bool{} // file, id
	for _, line := range strings.Split(string(gold), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		c := strings.Split(line, "\t")
		var n int
		fmt.Sscan(c[4], &n)
		want[key{c[0], c[1], c[3]}] += n
		entities[[2]string{c[0], c[1]}] = true
	}
	files, _ := filepath.Glob(glob)
	if len(files) == 0 {
		t.Skip("no files")
	}
	got := map[key]int{}
	found := map[[2]string]bool{}
	var locals, localsRight int
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		file := strings.TrimSuffix(filepath.Base(f), ".txt")
		if strings.Contains(goldFile, "seeds") {
			file = file[:3]
		}
		for _, m := range d.Find(string(b)) {
			if m.Kind == KindDemonym {
				continue
			}
			k := key{file, m.ID, m.Text}
			if strings.HasPrefix(m.ID, "local:") && want[key{file, "local:", m.Text}] > 0 {
				k.id = "local:" // the gold file asks for an article-local id, any
			}
			got[k]++
			if got[k] <= want[k] {
				found[[2]string{file, m.ID}] = true
			}
			if strings.HasPrefix(m.ID, "local:") {
				locals++
				if want[k] > 0 {
					localsRight++
				}
			}
		}
	}
	total, hit, extra := 0, 0, 0
	for k, n := range want {
		total += n
		hit += min(n, got[k])
		if got[k] < n {
			t.Logf("missed %d of %d: %s %s %q", n-got[k], n, k.file, k.id, k.text)
		}
	}
	for k, n := range got {
		if n > want[k] {
			extra += n - want[k]
			t.Logf("extra %d: %s %s %q", n-want[k], k.file, k.id, k.text)
		}
	}
	nf := 0
	for e := range entities {
		if found[e] {
			nf++
		}
	}
	recall := float64(hit) / float64(total)
	t.Logf("mentions: %d of %d found (recall %.1f%%), %d not in the gold file; entities found: %d of %d; unknown names: %d right of %d",
		hit, total, 100*recall, extra, nf, len(entities), localsRight, locals)
	if recall < minRecall {
		t.Errorf("recall %.3f < %.2f", recall, minRecall)
	}
	if locals > 0 && float64(localsRight)/float64(locals) < 0.9 {
		t.Errorf("unknown-name precision %d/%d < 0.9", localsRight, locals)
	}
}

// TestUnknownPrecision measures the unknown names found in sentences of our
// own (testdata/unknown.tsv), with the zero Dictionary.
func TestUnknownPrecision(t *testing.T) {
	b, err := os.ReadFile("testdata/unknown.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var d Dictionary
	found, right, expected := 0, 0, 0
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		text, wantCol, _ := strings.Cut(line, "\t")
		want := map[string]bool{}
		for _, w := range strings.Split(wantCol, " | ") {
			if w = strings.TrimSpace(w); w != "" {
				want[w] = true
				expected++
			}
		}
		seen := map[string]bool{}
		for _, m := range d.Find(text) {
			if m.Kind != KindName || !strings.HasPrefix(m.ID, "local:") {
				continue
			}
			k := string(m.Type) + "=" + m.Text
			if seen[k] {
				continue
			}
			seen[k] = true
			found++
			if want[k] {
				right++
			} else {
				t.Logf("wrong: %s in %q", k, text)
			}
		}
		for w := range want {
			if !seen[w] {
				t.Logf("missed: %s in %q", w, text)
			}
		}
	}
	t.Logf("unknown names: %d found, %d right (precision %.0f%%), %d expected (recall %.0f%%)",
		found, right, 100*float64(right)/float64(max(found, 1)), expected, 100*float64(right)/float64(max(expected, 1)))
	if found == 0 || float64(right)/float64(found) < 0.9 {
		t.Errorf("precision %d/%d below 90%%", right, found)
	}
}

// TestGivenNameGender reads the gender of a name from its given name.
func TestGivenNameGender(t *testing.T) {
	for name, want := range map[string]string{"Sandrine Lebrun": "f", "Gérard": "m", "KÉVIN Laroche": "m", "Claude Martin": "", "Zelensky": "", "": ""} {
		if got := GivenNameGender(name); got != want {
			t.Errorf("GivenNameGender(%q) = %q, want %q", name, got, want)
		}
	}
}
