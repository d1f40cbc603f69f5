package article

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func sentenceTexts(text string, spans []Span) []string {
	var out []string
	if len(spans) > 0 {
		out = make([]string, len(spans))
	}
	for i, s := range spans {
		out[i] = text[s.Start:s.End]
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		reason string
		in     string
		want   []string
	}{
		{"two plain sentences", "Il pleut. Le vent souffle.", []string{"Il pleut.", "Le vent souffle."}},
		{"title M. before a name", "M. Dupont est arrivé. Il a parlé.", []string{"M. Dupont est arrivé.", "Il a parlé."}},
		{"Mme and Dr", "Mme. Durand et Dr. House sont là. Ils partent.", []string{"Mme. Durand et Dr. House sont là.", "Ils partent."}},
		{"St. in a place name", "Il vit à St. Louis depuis 2010. Rien de plus.", []string{"Il vit à St. Louis depuis 2010.", "Rien de plus."}},
		{"grouped digits", "Jusqu’à 12.000 soldats. Quelque 1.500 sont déjà là.", []string{"Jusqu’à 12.000 soldats.", "Quelque 1.500 sont déjà là."}},
		{"decimal", "Pi vaut 3.14 environ. Voilà.", []string{"Pi vaut 3.14 environ.", "Voilà."}},
		{"initial", "Selon J. Biden, rien ne change. Fin.", []string{"Selon J. Biden, rien ne change.", "Fin."}},
		{"initial before a quotation", "Il a demandé l’analyse de l’échantillon B. « Nous avons des éléments », dit-il.", []string{"Il a demandé l’analyse de l’échantillon B.", "« Nous avons des éléments », dit-il."}},
		{"quotation of two sentences stays whole", "« Nous tenons. Nous gagnerons. » a-t-il dit. Puis il est parti.", []string{"« Nous tenons. Nous gagnerons. » a-t-il dit.", "Puis il est parti."}},
		{"closing guillemet then a new sentence", "Il a dit : « Nous tenons bon. » Le ministre a confirmé.", []string{"Il a dit : « Nous tenons bon. »", "Le ministre a confirmé."}},
		{"ellipsis in brackets", "Une grande victoire (…) Nous réaffirmons notre soutien. Fin.", []string{"Une grande victoire (…) Nous réaffirmons notre soutien.", "Fin."}},
		{"question then lower case incise", "Pourquoi ? demande-t-il. Personne ne sait.", []string{"Pourquoi ? demande-t-il.", "Personne ne sait."}},
		{"exclamation", "Attention ! Le pont est fermé.", []string{"Attention !", "Le pont est fermé."}},
		{"stray period before lower case does not split", "Il est là. étaient partis hier.", []string{"Il est là. étaient partis hier."}},
		{"unclosed guillemet does not swallow the text", "« Il part. Elle reste. Fin.", []string{"« Il part.", "Elle reste.", "Fin."}},
		{"web address", "Lisez lemonde.fr chaque jour. Merci.", []string{"Lisez lemonde.fr chaque jour.", "Merci."}},
		{"line break ends a sentence", "Titre sans point\nUne phrase.", []string{"Titre sans point", "Une phrase."}},
		{"etc. at the end of a sentence before a capital", "Des pommes, des poires, etc. Le marché ferme.", []string{"Des pommes, des poires, etc. Le marché ferme."}},
		{"empty", "", nil},
	}
	for i, tt := range tests {
		got := sentenceTexts(tt.in, Sentences(tt.in))
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%d (%s): Sentences(%q) mismatch (-want +got):\n%s", i, tt.reason, tt.in, diff)
		}
	}
}

// page builds a scraped page from lines.
func page(lines ...string) string { return strings.Join(lines, "\n") + "\n" }

func TestParseClassifiesLines(t *testing.T) {
	src := page(
		"Inondations dans le Gard : trois villages évacués",
		"",
		"Inondations dans le Gard : trois villages évacués",
		"Vues:",
		"Trois villages ont été évacués mardi après des pluies torrentielles, a indiqué la préfecture.",
		"Ouvrir en mode plein écran",
		"Des pompiers dans une rue inondée d’Alès, le 4 novembre.",
		"Crédit photo : Jean Martin / AFP",
		"La crue n’est pas terminée",
		"Les services météo prévoient encore de fortes pluies jusqu’à jeudi.",
		"Partager",
		"Commentaires du jour",
		"Répondre",
		"Suivez-nous sur Facebook",
		"widget_area_footer",
		"Related News :",
		"Un autre article sans point final",
		"Encore un titre lié",
	)
	a, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Inondations dans le Gard : trois villages évacués"; a.Title != want {
		t.Errorf("Title = %q, want %q", a.Title, want)
	}
	wantParas := []string{
		"Trois villages ont été évacués mardi après des pluies torrentielles, a indiqué la préfecture.",
		"La crue n’est pas terminée",
		"Les services météo prévoient encore de fortes pluies jusqu’à jeudi.",
	}
	var paras []string
	for _, p := range a.Paragraphs {
		paras = append(paras, a.Text[p.Start:p.End])
	}
	if diff := cmp.Diff(wantParas, paras); diff != "" {
		t.Errorf("paragraphs (-want +got):\n%s", diff)
	}
	if !a.Paragraphs[1].Heading || a.Paragraphs[0].Heading {
		t.Errorf("Heading flags = %v, %v; want false, true", a.Paragraphs[0].Heading, a.Paragraphs[1].Heading)
	}
	wantCaps := []Caption{
		{Line: "Des pompiers dans une rue inondée d’Alès, le 4 novembre.", Text: "Des pompiers dans une rue inondée d’Alès, le 4 novembre.", LineNo: 6},
		{Line: "Crédit photo : Jean Martin / AFP", Text: "Crédit photo : Jean Martin / AFP", Credit: true, LineNo: 7},
	}
	if diff := cmp.Diff(wantCaps, a.Captions); diff != "" {
		t.Errorf("captions (-want +got):\n%s", diff)
	}
	wantRemoved := []Removed{
		{"Inondations dans le Gard : trois villages évacués", RepeatedTitle, 2},
		{"Vues:", EmptyField, 3},
		{"Ouvrir en mode plein écran", Widget, 5},
		{"Partager", Widget, 10},
		{"Commentaires du jour", Furniture, 11},
		{"Répondre", Widget, 12},
		{"Suivez-nous sur Facebook", FollowUs, 13},
		{"widget_area_footer", Template, 14},
		{"Related News :", RelatedLinks, 15},
		{"Un autre article sans point final", RelatedLinks, 16},
		{"Encore un titre lié", RelatedLinks, 17},
	}
	if diff := cmp.Diff(wantRemoved, a.Boilerplate); diff != "" {
		t.Errorf("boilerplate (-want +got):\n%s", diff)
	}
}

func TestDatelineIsRemovedAndRead(t *testing.T) {
	a, err := Parse(page("Un titre d’article ici", "Publié le 12 mars 2025 à 14h32", "Mis à jour le 13 mars 2025", "Le texte commence ici."))
	if err != nil {
		t.Fatal(err)
	}
	want := []Removed{{"Publié le 12 mars 2025 à 14h32", Dateline, 1}, {"Mis à jour le 13 mars 2025", Dateline, 2}}
	if diff := cmp.Diff(want, a.Boilerplate); diff != "" {
		t.Errorf("boilerplate (-want +got):\n%s", diff)
	}
	if got := a.Date.Format("2006-01-02"); got != "2025-03-12" || !a.DateStated {
		t.Errorf("Date = %s stated %v, want 2025-03-12 stated", got, a.DateStated)
	}
}

func TestParseKeepsBodyLinesThatLookLikeWidgets(t *testing.T) {
	// Words of widgets inside sentences, short sentences with final
	// punctuation, and a credit-like word inside a sentence stay in the body.
	src := page(
		"Le maire a partagé sa décision avec les habitants.",
		"Partager les richesses, disait-il, est un devoir.",
		"Il a répondu.",
		"Photo de famille : le président entouré de ses ministres, sans légende ni crédit, a été publiée dans un long article consacré à la cérémonie.",
	)
	a, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Boilerplate) != 0 {
		t.Errorf("Boilerplate = %v, want none", a.Boilerplate)
	}
	if len(a.Paragraphs) != 4 {
		t.Errorf("got %d paragraphs, want 4", len(a.Paragraphs))
	}
}

func TestParseRejoinsCutQuotations(t *testing.T) {
	tests := []struct {
		reason string
		lines  []string
		text   string
		quotes []string
	}{
		{
			"a cut piece on its own line, then a lone period",
			[]string{"Selon la ministre, le pays a besoin de médecins pour soigner les malades", "et pour rouvrir les hôpitaux", "."},
			"Selon la ministre, le pays a besoin de médecins pour soigner les malades et pour rouvrir les hôpitaux.",
			[]string{"et pour rouvrir les hôpitaux"},
		},
		{
			"a stray period marks the opening",
			[]string{"Le maire a expliqué que la route était coupée. restera fermée jusqu’à lundi", "."},
			"Le maire a expliqué que la route était coupée. restera fermée jusqu’à lundi.",
			[]string{"restera fermée jusqu’à lundi"},
		},
		{
			"a quotation followed by an incise, then « que » and a capital",
			[]string{"Les secours font face à une situation inédite", "a-t-il ajouté, affirmant que La région manque de tout", "."},
			"Les secours font face à une situation inédite a-t-il ajouté, affirmant que La région manque de tout.",
			[]string{"Les secours font face à une situation inédite", "La région manque de tout"},
		},
		{
			"a continuation without quotation marks is joined but not marked",
			[]string{"Le ministre a déclaré mardi que le budget serait voté", "malgré l’opposition des sénateurs."},
			"Le ministre a déclaré mardi que le budget serait voté malgré l’opposition des sénateurs.",
			nil,
		},
	}
	for i, tt := range tests {
		src := page(append([]string{"Une ligne de contexte qui se termine bien."}, tt.lines...)...)
		a, err := Parse(src)
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Paragraphs) != 2 {
			t.Errorf("%d (%s): %d paragraphs, want 2: %q", i, tt.reason, len(a.Paragraphs), a.Text)
			continue
		}
		p := a.Paragraphs[1]
		if got := a.Text[p.Start:p.End]; got != tt.text {
			t.Errorf("%d (%s): paragraph = %q, want %q", i, tt.reason, got, tt.text)
		}
		if diff := cmp.Diff(tt.quotes, sentenceTexts(a.Text, p.Quotes), cmp.Comparer(func(a, b []string) bool { return len(a) == 0 && len(b) == 0 || cmp.Equal(a, b) })); diff != "" {
			t.Errorf("%d (%s): quotes (-want +got):\n%s", i, tt.reason, diff)
		}
		if len(p.Lines) != len(tt.lines) {
			t.Errorf("%d (%s): Lines = %v, want %d lines", i, tt.reason, p.Lines, len(tt.lines))
		}
	}
}

func TestFirstPersonSentencesAreProbableQuotes(t *testing.T) {
	src := page(
		"Le président a parlé dimanche soir à la télévision.",
		"Nous tenons bon. La Russie a tenté de reculer nos positions. Le front reste calme.",
		"« Je reste », a-t-il dit. Il a salué ses ministres.",
	)
	a, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range a.Paragraphs {
		got = append(got, sentenceTexts(a.Text, p.Quotes)...)
	}
	want := []string{"Nous tenons bon.", "La Russie a tenté de reculer nos positions."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quotes (-want +got):\n%s", diff)
	}
}

func TestParseBadInput(t *testing.T) {
	if _, err := Parse(""); !errors.Is(err, ErrEmpty) {
		t.Errorf("Parse(\"\") error = %v, want ErrEmpty", err)
	}
	if _, err := Parse(" \n\u00a0\n\t"); !errors.Is(err, ErrEmpty) {
		t.Errorf("Parse(spaces) error = %v, want ErrEmpty", err)
	}
	if _, err := Parse("PK\x03\x04\x00\x00binary"); !errors.Is(err, ErrBinary) {
		t.Errorf("Parse(zip) error = %v, want ErrBinary", err)
	}
	a, err := Parse("Une phrase \xff valide.\n")
	if err != nil {
		t.Fatal(err)
	}
	if !utf8.ValidString(a.Text) || !strings.Contains(a.Text, "\uFFFD") {
		t.Errorf("invalid UTF-8 not replaced: %q", a.Text)
	}
	// A long line without newline is handled whole.
	long := strings.Repeat("Le ministre a parlé longtemps. ", 100000)
	a, err = Parse(long)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(a.Sentences()); n != 100000 {
		t.Errorf("long line: %d sentences, want 100000", n)
	}
}

func TestOriginalMapsBackToInput(t *testing.T) {
	src := "Titre de l’article\n\n  Première  phrase du corps.\nUne ligne coupée sans point\net sa suite.\n"
	a, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range a.Paragraphs {
		for _, s := range p.Sentences {
			// Original may point at spaces that the repair removed just
			// before the sentence.
			o := a.Original(s.Start)
			first, _ := utf8.DecodeRuneInString(a.Text[s.Start:])
			got, _ := utf8.DecodeRuneInString(strings.TrimLeft(src[o:], " "))
			if got != first {
				t.Errorf("Original(%d) = %d: input has %q there, text has %q", s.Start, o, got, first)
			}
		}
	}
	// The word "suite" lives on the last input line.
	i := strings.Index(a.Text, "suite")
	if o := a.Original(i); src[o:o+5] != "suite" {
		t.Errorf("Original(%d) = %d, input there is %q", i, o, src[o:])
	}
}

func TestPublicationDate(t *testing.T) {
	tests := []struct {
		reason string
		src    string
		given  time.Time
		want   string
		stated bool
	}{
		{"ce + date in the standfirst", page("Un titre ici", "Ce mardi 5 novembre 2024, découvrez les dernières actualités."), time.Time{}, "2024-11-05", true},
		{"publié le, a dateline of its own", page("Un titre ici", "Publié le 3 mars 2023 à 10h00", "Le texte commence."), time.Time{}, "2023-03-03", true},
		{"mis à jour inside the standfirst", page("Un titre ici", "Mis à jour le 4 avril 2023, ce texte commence et se poursuit longuement pour dépasser la longueur d’une simple ligne de date, comme un vrai chapeau."), time.Time{}, "2023-04-04", true},
		{"a date in the story is not the publication date", page("Un titre ici", "Le 24 février 2022, la Russie a envahi l’Ukraine."), time.Time{}, "", false},
		{"the caller's date when none is stated", page("Un titre ici", "Le texte commence."), time.Date(2024, 11, 1, 15, 0, 0, 0, time.UTC), "2024-11-01", false},
	}
	for i, tt := range tests {
		a, err := Parser{Date: tt.given}.Parse(tt.src)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if !a.Date.IsZero() {
			got = a.Date.Format("2006-01-02")
		}
		if got != tt.want || a.DateStated != tt.stated {
			t.Errorf("%d (%s): Date = %q stated %v, want %q stated %v", i, tt.reason, got, a.DateStated, tt.want, tt.stated)
		}
	}
}

func readSeeds(tb testing.TB) map[string]string {
	tb.Helper()
	files, err := filepath.Glob("../seeds/*.txt")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no seeds: %v", err)
	}
	m := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		m[filepath.Base(f)] = string(b)
	}
	return m
}

// checkInvariants verifies what every Article promises, whatever the input.
func checkInvariants(t *testing.T, src string, a *Article) {
	t.Helper()
	last := 0
	for _, p := range a.Paragraphs {
		if p.Start < last || p.End < p.Start || p.End > len(a.Text) {
			t.Fatalf("paragraph span %v out of order or outside the text (len %d)", p.Span, len(a.Text))
		}
		last = p.End
		for _, s := range append(append([]Span{}, p.Sentences...), p.Quotes...) {
			if s.Start < p.Start || s.End > p.End || s.Start > s.End {
				t.Fatalf("span %v outside its paragraph %v", s, p.Span)
			}
		}
	}
	for i := 0; i <= len(a.Text); i += 1 + len(a.Text)/50 {
		if o := a.Original(i); o < 0 || o > len(src) {
			t.Fatalf("Original(%d) = %d outside the input (len %d)", i, o, len(src))
		}
	}
	if !utf8.ValidString(a.Text) {
		t.Fatalf("Text is not valid UTF-8")
	}
}

func TestSeedsInvariants(t *testing.T) {
	for name, src := range readSeeds(t) {
		a, err := Parse(src)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		checkInvariants(t, src, a)
		// No input line is lost: each is in the body, the title, a caption
		// or the boilerplate, or is blank.
		for no, l := range strings.Split(strings.TrimSuffix(src, "\n"), "\n") {
			if strings.TrimSpace(strings.ReplaceAll(l, "\u00a0", " ")) == "" {
				continue
			}
			if !lineAccounted(a, no) {
				t.Errorf("%s: line %d %q is nowhere in the article", name, no, l)
			}
		}
	}
}

func lineAccounted(a *Article, no int) bool {
	for _, p := range a.Paragraphs {
		for _, l := range p.Lines {
			if l == no {
				return true
			}
		}
	}
	for _, c := range a.Captions {
		if c.LineNo == no {
			return true
		}
	}
	for _, b := range a.Boilerplate {
		if b.LineNo == no {
			return true
		}
	}
	return a.Title != "" && no == firstLine(a)
}

// firstLine is the input line the title came from: the first non-blank one.
func firstLine(a *Article) int {
	return a.titleLine
}

func FuzzParse(f *testing.F) {
	for _, src := range readSeeds(f) {
		f.Add(src)
	}
	f.Add("« Il part. Elle reste.\nsans fin\n.")
	f.Add("Photo : X\nOuvrir en mode plein écran\n")
	f.Add("a\xffb\n\n\n")
	f.Fuzz(func(t *testing.T, src string) {
		a, err := Parse(src)
		if err != nil {
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrBinary) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		checkInvariants(t, src, a)
	})
}

func BenchmarkParse(b *testing.B) {
	seeds := readSeeds(b)
	var all strings.Builder
	for _, s := range seeds {
		all.WriteString(s)
	}
	src := all.String()
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(src); err != nil {
			b.Fatal(err)
		}
	}
}
