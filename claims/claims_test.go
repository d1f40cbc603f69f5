package claims_test

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/frnews/frnews/article"
	"github.com/frnews/frnews/claims"
	"github.com/frnews/frnews/normalize"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// extract parses paragraphs (one per line) as an article and returns its claims.
func extract(t testing.TB, text string) ([]claims.Claim, *article.Article) {
	t.Helper()
	var x claims.Extractor
	// A first line that reads as a title keeps the text in the body.
	cs, a, err := x.ExtractText("Titre de l’article de test\n"+text, time.Date(2024, 11, 5, 8, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatalf("ExtractText(%q): %v", text, err)
	}
	return cs, a
}

type want struct {
	kind, speaker, cue string
}

type block struct {
	text  string
	wants []want
	line  int
}

func readAnnotated(t *testing.T) []block {
	f, err := os.Open("testdata/annotated.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []block
	var cur block
	flush := func() {
		if cur.text != "" {
			out = append(out, cur)
		}
		cur = block{}
	}
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		l := sc.Text()
		switch {
		case strings.HasPrefix(l, "#"):
		case strings.TrimSpace(l) == "":
			flush()
		case strings.HasPrefix(l, "> "):
			if cur.text == "" {
				cur.line = n
			}
			cur.text += l[2:] + "\n"
		case strings.HasPrefix(l, "= "):
			p := strings.Split(l[2:], "|")
			if len(p) != 3 {
				t.Fatalf("annotated.txt:%d: want 3 fields", n)
			}
			cur.wants = append(cur.wants, want{strings.TrimSpace(p[0]), strings.TrimSpace(p[1]), strings.TrimSpace(p[2])})
		default:
			t.Fatalf("annotated.txt:%d: bad line %q", n, l)
		}
	}
	flush()
	return out
}

func fold(s string) string { return strings.Join(strings.Fields(normalize.Fold(s)), " ") }

func cueMatch(got, want string) bool {
	if want == "-" {
		return got == "" || got == "«»" // no cue: a reported fact, a quotation standing alone
	}
	g, w := fold(got), fold(want)
	return g != "" && (strings.Contains(g, w) || strings.Contains(w, g))
}

func speakerMatch(c claims.Claim, want string) bool {
	if want == "-" {
		return c.Speaker == nil
	}
	if c.Speaker == nil {
		return false
	}
	w := fold(want)
	return strings.Contains(fold(c.Speaker.Text), w) || strings.Contains(fold(c.Speaker.Canonical), w) ||
		strings.Contains(w, fold(c.Speaker.Text)) && len(fold(c.Speaker.Text)) > 3
}

// TestAnnotated measures recall, speaker accuracy and precision on the
// hand-annotated file, and asserts floors.
func TestAnnotated(t *testing.T) {
	var expected, found, speakerOK, reported, real int
	for _, b := range readAnnotated(t) {
		cs, _ := extract(t, b.text)
		used := make([]bool, len(cs))
		for _, w := range b.wants {
			expected++
			hit := -1
			for i, c := range cs {
				if !used[i] && string(c.Kind) == w.kind && cueMatch(c.Cue, w.cue) {
					hit = i
					break
				}
			}
			if hit < 0 {
				t.Logf("line %d: missed %s %q by %q", b.line, w.kind, w.cue, w.speaker)
				continue
			}
			used[hit] = true
			found++
			if speakerMatch(cs[hit], w.speaker) {
				speakerOK++
			} else {
				t.Logf("line %d: %q: speaker %+v, want %q", b.line, w.cue, cs[hit].Speaker, w.speaker)
			}
		}
		for i, c := range cs {
			reported++
			if used[i] {
				real++
			} else {
				t.Logf("line %d: extra claim %s", b.line, c)
			}
		}
	}
	recall := float64(found) / float64(expected)
	spk := float64(speakerOK) / float64(max(found, 1))
	prec := float64(real) / float64(max(reported, 1))
	t.Logf("annotated: %d expected, recall %.1f%% (%d), speaker %.1f%% (%d), precision %.1f%% (%d/%d)",
		expected, 100*recall, found, 100*spk, speakerOK, 100*prec, real, reported)
	if recall < 0.80 || spk < 0.80 || prec < 0.75 {
		t.Errorf("below the floor: recall %.2f (min 0.80), speaker %.2f (min 0.80), precision %.2f (min 0.75)", recall, spk, prec)
	}
}

// TestShapes checks each attribution shape on one sentence of our own.
func TestShapes(t *testing.T) {
	tests := []struct {
		name, text                  string
		kind, speaker, cue, content string
		stance                      claims.Stance
	}{
		{"quote before, inverted speaker", "« Nous tenons bon », a déclaré le général Martin samedi.", "direct_quote", "le général Martin", "a déclaré", "Nous tenons bon", ""},
		{"speaker, colon, quote", "Le général Martin a déclaré : « Nous tenons bon. »", "direct_quote", "Le général Martin", "a déclaré", "Nous tenons bon.", ""},
		{"incise pronoun", "« Nous tenons bon », a-t-elle dit, « et nous tiendrons. »", "direct_quote", "elle", "a-t-elle dit", "Nous tenons bon et nous tiendrons.", ""},
		{"que clause", "Le ministre a affirmé mardi que les troupes se retiraient.", "indirect", "Le ministre", "a affirmé", "les troupes se retiraient", ""},
		{"infinitive", "Le ministère affirme avoir repris le village.", "indirect", "Le ministère", "affirme", "avoir repris le village", ""},
		{"inverted indirect", "Les troupes se retirent, a indiqué le porte-parole de l’armée.", "indirect", "le porte-parole de l’armée", "a indiqué", "Les troupes se retirent", ""},
		{"selon first", "Selon la police, deux personnes ont été blessées.", "according_to", "la police", "Selon", "deux personnes ont été blessées", ""},
		{"selon last", "Deux personnes ont été blessées, selon la police.", "according_to", "la police", "selon", "Deux personnes ont été blessées", ""},
		{"denial", "Le Kremlin a démenti les informations venues de Kiev.", "indirect", "Le Kremlin", "a démenti", "les informations venues de Kiev", claims.Denial},
		{"not a denial", "Le président n’a pas nié leur présence.", "indirect", "Le président", "n’a pas nié", "leur présence", ""},
		{"conditional", "L’armée aurait envoyé environ 10 000 soldats.", "reported_fact", "", "aurait envoyé", "L’armée aurait envoyé environ 10 000 soldats.", claims.Conditional},
		{"quotation over paragraphs", "Le général a déclaré :\n« Nous tenons.\n« Nous tiendrons. »", "direct_quote", "Le général", "a déclaré", "Nous tenons. Nous tiendrons.", ""},
		{"apposition after a quotation", "« L’eau est montée vite », raconte Sylvie, 54 ans, dont la maison a été inondée.", "direct_quote", "Sylvie", "raconte", "L’eau est montée vite", ""},
		{"name in apposition", "« C’est grave », a déclaré le préfet, Paul Roux, lors d’un point presse.", "direct_quote", "le préfet, Paul Roux", "a déclaré", "C’est grave", ""},
		{"gerund", "Le maire a parlé aux habitants, soulignant que la digue tiendrait.", "indirect", "Le maire", "soulignant", "la digue tiendrait", ""},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs, _ := extract(t, tc.text)
			for _, c := range cs {
				if string(c.Kind) != tc.kind || !cueMatch(c.Cue, tc.cue) {
					continue
				}
				sp := ""
				if c.Speaker != nil {
					sp = c.Speaker.Text
				}
				if sp != tc.speaker || c.Content != tc.content || c.Stance != tc.stance {
					t.Errorf("%d: Extract(%q) = speaker %q content %q stance %q, want %q %q %q", i, tc.text, sp, c.Content, c.Stance, tc.speaker, tc.content, tc.stance)
				}
				return
			}
			t.Errorf("%d: Extract(%q): no %s claim with cue %q; got %v", i, tc.text, tc.kind, tc.cue, cs)
		})
	}
}

// TestPronounGender: "elle" goes to the woman named before, not to the
// last man mentioned.
func TestPronounGender(t *testing.T) {
	text := "La ministre Anne Leroy a déclaré que le projet avancerait. Le préfet Paul Martin a estimé que le calendrier était tenable.\n« Nous serons prêts », a-t-elle assuré."
	cs, _ := extract(t, text)
	for _, c := range cs {
		if c.Cue == "a-t-elle assuré" {
			if c.Speaker == nil || !strings.Contains(c.Speaker.Canonical+c.Speaker.ID, "Leroy") && !strings.Contains(strings.ToLower(c.Speaker.ID), "leroy") {
				t.Errorf("a-t-elle assuré: speaker %+v, want Anne Leroy", c.Speaker)
			}
			return
		}
	}
	t.Errorf("no claim for a-t-elle assuré in %v", cs)
}

func TestOffsets(t *testing.T) {
	for _, f := range seeds(t) {
		b, _ := os.ReadFile(f)
		var x claims.Extractor
		cs, a, err := x.ExtractText(string(b), time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			if a.Text[c.Start:c.End] != c.Sentence {
				t.Errorf("%s: sentence span %d-%d does not hold %q", f, c.Start, c.End, c.Sentence)
			}
			if c.ContentSpan.Start < c.Start || c.ContentSpan.End > c.End {
				t.Errorf("%s: content span outside the sentence: %v", f, c)
			}
			for _, n := range c.Numbers {
				if a.Text[n.Start:n.End] != n.Text {
					t.Errorf("%s: number span %d-%d holds %q, not %q", f, n.Start, n.End, a.Text[n.Start:n.End], n.Text)
				}
			}
			for _, d := range c.Dates {
				if a.Text[d.Start:d.End] != d.Text {
					t.Errorf("%s: date span %d-%d holds %q, not %q", f, d.Start, d.End, a.Text[d.Start:d.End], d.Text)
				}
			}
			if c.Speaker != nil && c.Speaker.Span.Len() > 0 && a.Text[c.Speaker.Span.Start:c.Speaker.Span.End] != c.Speaker.Text {
				t.Errorf("%s: speaker span holds %q, not %q", f, a.Text[c.Speaker.Span.Start:c.Speaker.Span.End], c.Speaker.Text)
			}
			if a.Text[c.CueSpan.Start:c.CueSpan.End] == "" && c.Kind != claims.ReportedFact && c.Cue != "«»" {
				t.Errorf("%s: empty cue span for %v", f, c)
			}
		}
	}
}

func seeds(t testing.TB) []string {
	fs, err := filepath.Glob("../seeds/*.txt")
	if err != nil || len(fs) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	return fs
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("..", "testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./claims -update)", err)
	}
	if d := cmp.Diff(string(want), string(got)); d != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", name, d)
	}
}

func marshal(t *testing.T, v any) []byte {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return []byte(b.String())
}

// TestGolden records the claims of every seed and the compare view.
func TestGolden(t *testing.T) {
	var srcs []claims.Source
	for _, f := range seeds(t) {
		b, _ := os.ReadFile(f)
		a, err := article.Parse(string(b))
		if err != nil {
			t.Fatal(err)
		}
		var x claims.Extractor
		cs, err := x.Extract(a)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		golden(t, "claims_"+name+".golden.json", marshal(t, goldenView(cs)))
		srcs = append(srcs, claims.Source{Name: filepath.Base(f), Published: a.Date, Claims: cs})
	}
	gs := claims.Compare(srcs)
	if gs == nil {
		gs = []claims.Group{}
	}
	golden(t, "compare.golden.json", marshal(t, gs))
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{"« Nous tenons bon », a déclaré M. Zelensky samedi.", "Selon Séoul, citant des sources du renseignement, 12.000 soldats.", "a-t-elle dit", "«", "», a", "Selon", "selon lesquelles", ""} {
		f.Add(s)
	}
	for _, p := range []string{"../seeds/000_4f98a978032fd170.txt", "../seeds/003_67df11bd5457b48a.txt"} {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := article.Parse(s)
		if err != nil {
			return
		}
		var x claims.Extractor
		cs, err := x.Extract(a)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			if c.Start < 0 || c.End > len(a.Text) || c.Start > c.End || a.Text[c.Start:c.End] != c.Sentence {
				t.Fatalf("bad sentence span %d-%d in %q", c.Start, c.End, a.Text)
			}
			if c.ContentSpan.Start < 0 || c.ContentSpan.End > len(a.Text) || c.ContentSpan.Start > c.ContentSpan.End {
				t.Fatalf("bad content span %v", c.ContentSpan)
			}
			for _, n := range c.Numbers {
				if n.Start < 0 || n.End > len(a.Text) || n.Start > n.End || a.Text[n.Start:n.End] != n.Text {
					t.Fatalf("bad number span %d-%d %q", n.Start, n.End, n.Text)
				}
			}
			if c.Speaker != nil && (c.Speaker.Span.Start < 0 || c.Speaker.Span.End > len(a.Text) || c.Speaker.Span.Start > c.Speaker.Span.End) {
				t.Fatalf("bad speaker span %v", c.Speaker.Span)
			}
			if _, err := json.Marshal(c); err != nil {
				t.Fatal(err)
			}
		}
	})
}

// BenchmarkPipeline runs the whole pipeline, raw text to claims, on the
// seeds.
func BenchmarkPipeline(b *testing.B) {
	var texts []string
	n := 0
	for _, f := range seeds(b) {
		bs, _ := os.ReadFile(f)
		texts = append(texts, string(bs))
		n += len(bs)
	}
	var x claims.Extractor
	if _, _, err := x.ExtractText(texts[0], time.Time{}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range texts {
			if _, _, err := x.ExtractText(s, time.Time{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkExtract measures claims alone on parsed articles.
func BenchmarkExtract(b *testing.B) {
	var as []*article.Article
	n := 0
	for _, f := range seeds(b) {
		bs, _ := os.ReadFile(f)
		a, err := article.Parse(string(bs))
		if err != nil {
			b.Fatal(err)
		}
		as = append(as, a)
		n += len(bs)
	}
	var x claims.Extractor
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range as {
			if _, err := x.Extract(a); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// goldenClaim is a claim as the golden files record it: the extract
// contract's JSON, then what the Go value adds (stance, chain, the dates in
// the content resolved).
type goldenClaim struct {
	Claim   claims.Claim `json:"claim"`
	Stance  string       `json:"stance,omitempty"`
	Negated bool         `json:"negated,omitempty"`
	Via     []string     `json:"via,omitempty"`
	Dates   []string     `json:"dates,omitempty"`
}

func goldenView(cs []claims.Claim) []goldenClaim {
	out := []goldenClaim{}
	for _, c := range cs {
		g := goldenClaim{Claim: c, Stance: string(c.Stance), Negated: c.Negated}
		for _, v := range c.Via {
			g.Via = append(g.Via, v.Text)
		}
		for _, d := range c.Dates {
			v := d.Value
			if v.IsZero() {
				v = d.From
			}
			g.Dates = append(g.Dates, d.Text+" = "+v.Format("2006-01-02"))
		}
		out = append(out, g)
	}
	return out
}
