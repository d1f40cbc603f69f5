package normalize

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// repairTests are the table tests: one row per rule, and rows where the
// rule must not fire. want == "" means the input is kept as it is. kinds,
// when set, are the kinds of the repairs in order.
var repairTests = []struct {
	name   string
	in     string
	want   string
	kinds  []Kind
	opts   Options
	reason string
}{
	// Quotation marks.
	0: {name: "curly", in: "Il a dit “bonjour” hier.", want: "Il a dit « bonjour » hier.",
		kinds:  []Kind{KindQuote, KindPunctSpace, KindQuote, KindPunctSpace},
		reason: "curly quotes become guillemets with spaces inside"},
	1: {name: "straight", in: `Il a dit "bonjour" hier.`, want: "Il a dit « bonjour » hier.",
		reason: "a pair of straight quotes is a quotation"},
	2: {name: "inches", in: `Un écran de 12" et plus.`,
		reason: "a straight quote without a partner is no quotation"},
	3: {name: "nested", in: "« Il a parlé d’une “conspiration” hier »",
		reason: "French writes nested quotations with “ ”"},
	4: {name: "after period", in: "la situation.“l’instabilité dans le monde”.", want: "la situation. « l’instabilité dans le monde ».",
		reason: "seed 003: quotation glued to the period before it"},
	5: {name: "glued after", in: "“Les premiers combats”a déclaré Volodymyr Zelensky", want: "« Les premiers combats » a déclaré Volodymyr Zelensky",
		reason: "seed 003: closing quote glued to the verb after it"},
	6: {name: "low opening", in: "Il a dit „bonjour“ hier.", want: "Il a dit « bonjour » hier.",
		reason: "„ opens; “ glued to the word before closes"},
	7: {name: "straight glued", in: `Il a dit"bonjour"et il est parti.`, want: "Il a dit « bonjour » et il est parti.",
		reason: "straight quotes between letters pair up in order"},
	8: {name: "several paragraphs", in: "“Première partie.\n“Seconde partie.”", want: "« Première partie.\n« Seconde partie. »",
		reason: "a quotation over paragraphs opens each of them"},
	9: {name: "english", in: "Le “Wall Street Journal” l’écrit.", want: "Le « Wall Street Journal » l’écrit.",
		reason: "quoted English words are quoted all the same"},

	// Spacing around guillemets and high punctuation.
	10: {name: "inside guillemets", in: "«Nos relations»", want: "« Nos relations »", reason: "a space inside « » on both sides"},
	11: {name: "doubled inside", in: "«  Nos relations  »", want: "« Nos relations »", kinds: []Kind{KindSpace, KindSpace}, reason: "never two spaces inside « »"},
	12: {name: "before guillemet", in: "Il a dit«Non».", want: "Il a dit « Non ».", reason: "a word glued to an opening guillemet (a dit«)"},
	13: {name: "after guillemet", in: "« Oui »a-t-elle dit.", want: "« Oui » a-t-elle dit.", kinds: []Kind{KindPunctSpace},
		reason: "seed 000: »a-t-elle"},
	14: {name: "period guillemet", in: "« du conflit.»soulignent-ils", want: "« du conflit. » soulignent-ils",
		reason: "seed 003: .»soulignent-ils"},
	15: {name: "doubled guillemet", in: "« quatre civils »» a déclaré le chef", want: "« quatre civils » a déclaré le chef",
		kinds: []Kind{KindDoubled}, reason: "seed 000"},
	16: {name: "question", in: "Vraiment? Oui!", want: "Vraiment ? Oui !", reason: "a space before ? and !"},
	17: {name: "colon", in: "Vues:\nDate:", want: "Vues :\nDate :", reason: "seed 002"},
	18: {name: "semicolon", in: "Il pleut; il vente.", want: "Il pleut ; il vente.", reason: "a space before ;"},
	19: {name: "after colon", in: "Guerre en Ukraine :Jusqu’à 12.000 soldats", want: "Guerre en Ukraine : Jusqu’à 12.000 soldats", reason: "a spaced colon glued to the next word"},
	20: {name: "time", in: "à 10:30 ou 19H00 GMT", reason: "a colon between digits is a time"},
	21: {name: "url", in: "Lire https://www.lemonde.fr/page?id=3&x=1 ou contact@lemonde.fr", reason: "addresses keep their punctuation"},
	22: {name: "entity", in: "Tom &amp; Jerry", reason: "an HTML entity is no semicolon"},
	23: {name: "interrobang", in: "Quoi?!", want: "Quoi ?!", reason: "one space before the first mark only"},
	24: {name: "nbsp inside", in: "«Nos» et «vos» ; non!", want: "«\u00a0Nos\u00a0» et «\u00a0vos\u00a0» ; non\u202f!", opts: Options{NBSP: true}, reason: "the NBSP option: no-break spaces, narrow before ; ? !"},
	25: {name: "nbsp kept", in: "« Nos\u00a0relations »\u00a0: 10\u202f000", reason: "no-break spaces are kept by default"},

	// Whitespace, newlines, controls, NFC, UTF-8.
	26: {name: "space run", in: "a  b \u00a0c", want: "a b\u00a0c", reason: "a run keeps its no-break space"},
	27: {name: "line ends", in: "  Titre  \n\u00a0\nTexte ", want: "Titre\n\nTexte", reason: "seed 004: lines of one NBSP"},
	28: {name: "tab", in: "a\tb", want: "a b", reason: "tabs are spaces"},
	29: {name: "crlf", in: "Un.\r\nDeux.\rTrois.", want: "Un.\nDeux.\nTrois.", kinds: []Kind{KindNewline, KindNewline}, reason: "every line break becomes \n"},
	30: {name: "plain spaces", in: "10\u00a0000 et 12\u202f000", want: "10 000 et 12 000", opts: Options{PlainSpaces: true}, reason: "the PlainSpaces option"},
	31: {name: "unify nbsp", in: "12\u202f000\u2007€", want: "12\u00a0000\u00a0€", opts: Options{UnifyNBSP: true}, reason: "the UnifyNBSP option; figure space is a no-break space"},
	32: {name: "invisible", in: "\ufeffStras\u00adbourg\u200b est là\x00.", want: "Strasbourg est là.", kinds: []Kind{KindControl, KindControl, KindControl, KindControl}, reason: "BOM, soft hyphen, zero-width space and NUL are removed"},
	33: {name: "invalid utf8", in: "a\xff\xfeb", want: "a\ufffdb", kinds: []Kind{KindUTF8}, reason: "one U+FFFD for a run of bad bytes"},
	34: {name: "nfc", in: "Corée du Nord, cafe\u0301", want: "Corée du Nord, café", kinds: []Kind{KindNFC}, reason: "decomposed accents are composed"},
	35: {name: "exotic spaces", in: "a\u2009b\u3000c", want: "a b c", reason: "thin and ideographic spaces are spaces"},
	36: {name: "hyphen", in: "nord\u2011coréen", want: "nord-coréen", kinds: []Kind{KindHyphen}, reason: "non-breaking hyphen"},

	// Apostrophes.
	37: {name: "apostrophe", in: "l'armée d'Ukraine", want: "l’armée d’Ukraine", kinds: []Kind{KindApostrophe, KindApostrophe}, reason: "the typographic apostrophe by default"},
	38: {name: "ascii apostrophe", in: "l’armée aujourd’hui", want: "l'armée aujourd'hui", opts: Options{ASCIIApostrophe: true}, reason: "the ASCIIApostrophe option"},
	39: {name: "aujourd’hui", in: "aujourd’hui", reason: "already typographic"},
	40: {name: "single quotes", in: "le mot 'paix' ici", reason: "quotes around a word are no apostrophes"},
	41: {name: "left quote", in: "l‘armée", want: "l’armée", reason: "‘ used as an apostrophe"},
	42: {name: "elision guillemet", in: "l'« escalade »", want: "l’« escalade »", reason: "l’ before a quotation"},
	43: {name: "english apostrophe", in: "don't", want: "don’t", reason: "English elisions take the same apostrophe"},

	// Doubled drop capitals.
	44: {name: "drop cap", in: "CC’est un soutien.", want: "C’est un soutien.", kinds: []Kind{KindDropCap}, reason: "seed 004"},
	45: {name: "drop cap word", in: "LLes soldats sont là.", want: "Les soldats sont là.", reason: "a doubled capital before a known lowercase word"},
	46: {name: "drop cap after period", in: "Il part. CC’est fini.", want: "Il part. C’est fini.", reason: "a sentence starts after a period"},
	47: {name: "acronym", in: "CCI de Paris. OTAN et CCI.", reason: "acronyms are never drop capitals"},
	48: {name: "mid sentence", in: "le CC’est", reason: "only at the start of a sentence"},
	49: {name: "in quotation", in: "« CC’est fini »", want: "« C’est fini »", reason: "a quotation starts a sentence"},

	// Duplicated words after a stray period.
	50: {name: "duplicate", in: "avec le leader nord-coréen. Coréen, Kim Jong-un.", want: "avec le leader nord-coréen, Kim Jong-un.",
		kinds: []Kind{KindDuplicate}, reason: "seed 001"},
	51: {name: "duplicate glued", in: "le leader nord-coréen.Coréen, Kim Jong-un", want: "le leader nord-coréen, Kim Jong-un", reason: "the same with no space after the period"},
	52: {name: "not a duplicate", in: "Il est sud-coréen. Coréen de naissance, il parle.", reason: "a sentence may start with the word"},
	53: {name: "repeated answer", in: "Non. Non, merci.", reason: "no compound before the period"},

	// Missing space after a period.
	54: {name: "period space", in: "a déclaré mardi.Le président", want: "a déclaré mardi. Le président", kinds: []Kind{KindPunctSpace}, reason: "a missing space after a sentence"},
	55: {name: "domains", in: "lemonde.fr, www.x.com, Lemonde.Fr, Site.Net?", want: "lemonde.fr, www.x.com, Lemonde.Fr, Site.Net ?", reason: "domain names are no sentences"},
	56: {name: "initials", in: "J.R.R. Tolkien, M. Dupont, M.Dupont, U.S.A., etc.", reason: "initials and abbreviations"},
	57: {name: "numbers", in: "3.14 et 10.000 soldats", reason: "decimal and grouped numbers"},

	// Glued words.
	58: {name: "glued", in: "le Journal de Wall Streetcitant des sources", want: "le Journal de Wall Street citant des sources",
		kinds: []Kind{KindGlued}, reason: "seed 003: an English name glued to a French participle"},
	59: {name: "camel", in: "a déclaréZelensky samedi", want: "a déclaré Zelensky samedi", kinds: []Kind{KindGlued}, reason: "a French word glued to a name"},
	60: {name: "lowercase", in: "les soldatsaffirment", want: "les soldats affirment", kinds: []Kind{KindGlued}, reason: "two French words glued together"},
	61: {name: "names", in: "Villeneuve, Leblanc, Strasbourg, Montpellier, Portugal, Bonaparte, Beaumont, Clermont, Versailles.",
		reason: "names made of French words stay"},
	62: {name: "compounds", in: "un portefeuille, aujourd’hui, Saint-Jean, rapidement, contrepartie", reason: "words of the lexicon"},
	63: {name: "brands", in: "McCallum, iPhone, YouTube, OTAN, CCI, BioNTech, PayPal", reason: "CamelCase names"},
	64: {name: "english words", in: "le Wall Street Journal, un lockdown, le leadership, un smartphone", reason: "English words in French text"},
	65: {name: "no split option", in: "Wall Streetcitant", opts: Options{NoSplit: true}, reason: "NoSplit keeps glued words"},
	66: {name: "unknown names", in: "Kestutis Budrys, Gitanas Nauseda, Vyguivski, Bethencourt, Bouthier, Chappuis, Grandemange", reason: "unknown names"},
	67: {name: "email", in: "jean.dupont@lemonde.fr", reason: "an address"},
	68: {name: "url apostrophe", in: "Voir https://fr.wikipedia.org/wiki/Côte_d'Ivoire et l'article.", want: "Voir https://fr.wikipedia.org/wiki/Côte_d'Ivoire et l’article.",
		reason: "an address keeps its apostrophe"},
}

// check runs Options.String and checks the properties every result has.
func check(t *testing.T, o Options, in string) Result {
	t.Helper()
	r := o.String(in)
	if !utf8.ValidString(r.Text) {
		t.Errorf("String(%q) = %q: invalid UTF-8", in, r.Text)
	}
	if !norm.NFC.IsNormalString(r.Text) {
		t.Errorf("String(%q) = %q: not NFC", in, r.Text)
	}
	cov := covered(r.Repairs)
	for i, rp := range r.Repairs {
		if rp.Start < 0 || rp.End < rp.Start || rp.End > len(in) || in[rp.Start:rp.End] != rp.Before {
			t.Errorf("String(%q): repair %d %+v: bad span", in, i, rp)
			continue
		}
		if i > 0 && r.Repairs[i-1].Start > rp.Start {
			t.Errorf("String(%q): repairs not sorted at %d", in, i)
		}
		// Some offset of the text maps to the start of the repair, or to
		// the start of other repairs right before it (when repairs meet,
		// their text collapses to one offset, which maps to their start).
		lo, hi := 0, len(r.Text)
		for lo < hi { // largest offset that maps at or before the start
			m := (lo + hi + 1) / 2
			if r.Original(m) <= rp.Start {
				lo = m
			} else {
				hi = m - 1
			}
		}
		for b := r.Original(lo); b < rp.Start; b++ {
			if !cov(b) {
				t.Errorf("String(%q): repair %+v: no offset maps to its start (Original(%d) = %d)", in, rp, lo, r.Original(lo))
				break
			}
		}
	}
	prev := 0
	for off := 0; off <= len(r.Text); off++ {
		o := r.Original(off)
		if o < prev || o > len(in) {
			t.Errorf("String(%q): Original(%d) = %d after %d (len %d)", in, off, o, prev, len(in))
			break
		}
		prev = o
	}
	for b := r.Original(len(r.Text)); b < len(in); b++ {
		if !cov(b) {
			t.Errorf("String(%q): Original(end) = %d, want %d", in, r.Original(len(r.Text)), len(in))
			break
		}
	}
	again := o.String(r.Text)
	if again.Text != r.Text || len(again.Repairs) > 0 {
		t.Errorf("String(%q) not idempotent:\n first %q\nsecond %q %+v", in, r.Text, again.Text, again.Repairs)
	}
	lettersKept(t, in, r)
	return r
}

// covered returns a function that reports whether a byte of the input is
// inside a repair. repairs are sorted by Start.
func covered(repairs []Repair) func(int) bool {
	maxEnd := make([]int, len(repairs)) // max End of repairs[:k+1]
	for k, rp := range repairs {
		maxEnd[k] = rp.End
		if k > 0 {
			maxEnd[k] = max(maxEnd[k], maxEnd[k-1])
		}
	}
	return func(b int) bool {
		k, _ := slices.BinarySearchFunc(repairs, b+1, func(rp Repair, t int) int { return rp.Start - t })
		return k > 0 && maxEnd[k-1] > b
	}
}

// lettersKept checks that every letter and digit of in is in r.Text, in
// order, unless a repair covers it.
func lettersKept(t *testing.T, in string, r Result) {
	t.Helper()
	var out []rune
	for _, c := range r.Text {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			out = append(out, c)
		}
	}
	cov := covered(r.Repairs)
	k := 0
	for i, c := range in {
		if !unicode.IsLetter(c) && !unicode.IsDigit(c) || cov(i) {
			continue
		}
		for k < len(out) && out[k] != c {
			k++
		}
		if k == len(out) {
			t.Errorf("String(%q): letter %q at %d lost without a repair", in, c, i)
			return
		}
		k++
	}
}

func TestString(t *testing.T) {
	names := map[string]bool{}
	for i, tt := range repairTests {
		if tt.reason == "" || names[tt.name] {
			t.Errorf("%d: %q: each row needs a reason and a unique name", i, tt.name)
		}
		names[tt.name] = true
		t.Run(tt.name, func(t *testing.T) {
			want := tt.want
			if want == "" {
				want = tt.in
			}
			r := check(t, tt.opts, tt.in)
			if r.Text != want {
				t.Errorf("%d: String(%q) = %q, want %q (%s)", i, tt.in, r.Text, want, tt.reason)
			}
			if tt.want == "" && len(r.Repairs) > 0 {
				t.Errorf("%d: String(%q): repairs %+v, want none", i, tt.in, r.Repairs)
			}
			if tt.kinds != nil {
				var kinds []Kind
				for _, rp := range r.Repairs {
					kinds = append(kinds, rp.Kind)
				}
				if !slices.Equal(kinds, tt.kinds) {
					t.Errorf("%d: String(%q): kinds %v, want %v", i, tt.in, kinds, tt.kinds)
				}
			}
		})
	}
}

// TestRepairSpans checks the spans and offsets of a few repairs exactly.
func TestRepairSpans(t *testing.T) {
	in := "Le “Wall Streetcitant” dit.  CC’est\r\nfini"
	r := check(t, Options{}, in)
	want := "Le « Wall Street citant » dit. C’est\nfini"
	if r.Text != want {
		t.Fatalf("String(%q) = %q, want %q", in, r.Text, want)
	}
	wantRepairs := []Repair{
		{KindQuote, 3, 6, "“", "«"},
		{KindPunctSpace, 6, 6, "", " "},
		{KindGlued, 17, 17, "", " "},
		{KindQuote, 23, 26, "”", "»"},
		{KindPunctSpace, 23, 23, "", " "},
		{KindSpace, 31, 33, "  ", " "},
		{KindDropCap, 33, 34, "C", ""},
		{KindNewline, 41, 42, "\r", ""},
	}
	if !slices.Equal(r.Repairs, wantRepairs) {
		t.Errorf("String(%q) repairs:\n got %+v\nwant %+v", in, r.Repairs, wantRepairs)
	}
	for _, tc := range []struct{ text, orig string }{
		{"Wall", "Wall"}, {"citant", "citant"}, {"dit.", "dit."}, {"’est", "’est"}, {"fini", "fini"},
	} {
		off := strings.Index(r.Text, tc.text)
		o := r.Original(off)
		if !strings.HasPrefix(in[o:], tc.orig) {
			t.Errorf("Original(%d) for %q = %d, at %q", off, tc.text, o, in[o:])
		}
	}
	// The « that replaced “ maps to the “.
	if o := r.Original(strings.Index(r.Text, "«")); o != 3 {
		t.Errorf("Original(«) = %d, want 3", o)
	}
	if s, e := r.OriginalSpan(strings.Index(r.Text, "«"), strings.Index(r.Text, "»")+len("»")); in[s:e] != "“Wall Streetcitant”" {
		t.Errorf("OriginalSpan of the quotation = %q", in[s:e])
	}
}

// seeds returns the seed articles.
func seeds(t testing.TB) map[string]string {
	files, _ := filepath.Glob("../seeds/*.txt")
	m := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m[filepath.Base(f)] = string(b)
	}
	return m
}

func TestSeeds(t *testing.T) {
	s := seeds(t)
	if len(s) == 0 {
		t.Skip("no seeds")
	}
	for name, in := range s {
		t.Run(name, func(t *testing.T) {
			r := check(t, Options{}, in)
			if strings.Count(r.Text, "\n") != strings.Count(in, "\n") {
				t.Errorf("lines changed: %d, want %d", strings.Count(r.Text, "\n"), strings.Count(in, "\n"))
			}
			for _, bad := range []string{"»»", "CC’", "»a", "»s", "»i", ".»", "“", "”", "Streetcitant", "coréen. Coréen", "«L", "«J"} {
				if strings.Contains(r.Text, bad) {
					t.Errorf("%q left in the text", bad)
				}
			}
			for _, o := range []Options{{ASCIIApostrophe: true}, {PlainSpaces: true}, {NBSP: true}, {NBSP: true, UnifyNBSP: true}, {NoSplit: true}} {
				check(t, o, in)
			}
		})
	}
}

func TestFold(t *testing.T) {
	for i, tt := range []struct{ in, want string }{
		0:  {"Nord-Coréen", "nord coreen"},
		1:  {"Œuvre d’Éluard", "oeuvre d'eluard"},
		2:  {"ÉTATS-UNIS", "etats unis"},
		3:  {"aujourd’hui", "aujourd'hui"},
		4:  {"10\u00a0000", "10 000"},
		5:  {"Lætitia", "laetitia"},
		6:  {"plain", "plain"},
		7:  {"Sergueï", "serguei"},
		8:  {"Ça", "ca"},
		9:  {"nord\u2011coréen", "nord coreen"},
		10: {"ŁÓDŹ Øre Ðe ß", "łodz øre ðe ß"},
		11: {"Ελλάδα e\u0301", "ελλαδα e"},
	} {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("%d: Fold(%q) = %q, want %q", i, tt.in, got, tt.want)
		}
	}
}

// TestFoldTable checks the Latin table against the general rule.
func TestFoldTable(t *testing.T) {
	for r := rune(0xC0); r < 0x180; r++ {
		var b []byte
		for _, m := range norm.NFD.String(string(unicode.ToLower(r))) {
			if !unicode.Is(unicode.Mn, m) {
				b = utf8.AppendRune(b, m)
			}
		}
		want := norm.NFC.String(string(b))
		switch r {
		case 'œ', 'Œ':
			want = "oe"
		case 'æ', 'Æ':
			want = "ae"
		}
		if got := Fold(string(r)); got != want {
			t.Errorf("Fold(%q) = %q, want %q", r, got, want)
		}
	}
}

func TestOriginalZero(t *testing.T) {
	var r Result
	if r.Original(5) != 0 || r.Original(-1) != 0 {
		t.Errorf("zero Result: Original(5) = %d", r.Original(5))
	}
	r = String("Texte propre.")
	if r.maps != nil {
		t.Errorf("clean text: %d steps recorded", len(r.maps))
	}
	for _, off := range []int{-3, 0, 4, 13, 99} {
		if got, want := r.Original(off), min(max(off, 0), 13); got != want {
			t.Errorf("Original(%d) = %d, want %d", off, got, want)
		}
	}
}

func TestLexicon(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if len(lx.ends) != lexiconWords {
		t.Errorf("%d words, want %d", len(lx.ends), lexiconWords)
	}
	for _, tt := range []struct {
		w     string
		class uint8
	}{
		{"citant", lexKnown | lexVerb},
		{"dans", lexKnown | lexVerb},
		{"street", lexKnown | lexEnglish},
		{"portefeuille", lexKnown},
		{"Villeneuve", lexKnown},
		{"Streetcitant", 0},
		{"ment", lexKnown}, // a productive ending: not safe as a second word
	} {
		if got := lx.lookup([]byte(tt.w)); got != tt.class {
			t.Errorf("lookup(%q) = %b, want %b", tt.w, got, tt.class)
		}
	}
	for i := range lx.ends {
		w := lx.word(i)
		if !utf8.Valid(w) || !norm.NFC.IsNormal(w) {
			t.Fatalf("word %d %q: not NFC UTF-8", i, w)
		}
	}
}

var lexiconFlag = flag.Bool("lexicon", false, "check that lexicon.gz is what makelexicon.go makes from the installed word lists")

// TestLexiconFresh regenerates the word list into a temporary directory
// and compares. It needs the Debian packages named in LEXICON.md.
func TestLexiconFresh(t *testing.T) {
	if !*lexiconFlag {
		t.Skip("run with -lexicon (needs hunspell-fr-comprehensive, wamerican, wamerican-small)")
	}
	dir := t.TempDir()
	out, err := exec.Command("go", "run", "makelexicon.go", "-o", filepath.Join(dir, "lexicon.gz"), "-go", filepath.Join(dir, "zlexicon.go")).CombinedOutput()
	if err != nil {
		t.Fatalf("makelexicon: %v\n%s", err, out)
	}
	for _, name := range []string{"lexicon.gz", "zlexicon.go"} {
		got, err1 := os.ReadFile(filepath.Join(dir, name))
		want, err2 := os.ReadFile(name)
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is out of date: regenerate with 'go generate'", name)
		}
	}
}
