//go:build ignore

// makelexicon builds lexicon.gz and zlexicon.go, the word list that the
// glued-word repair of package normalize looks words up in.
//
// Run it with "go generate" in the normalize directory, on a Debian or Ubuntu
// machine with the source packages installed:
//
//	apt-get install -y hunspell-fr-comprehensive wamerican wamerican-small
//	go generate ./normalize
//
// Sources (see LEXICON.md for their licences and for how words are chosen):
//   - /usr/share/hunspell/fr.{aff,dic} (Debian hunspell-fr-comprehensive,
//     the Dicollecte/Grammalecte French dictionary, MPL-2.0): every word is
//     expanded through its suffix rules (SFX, one level of continuation),
//     giving the inflected forms with their part-of-speech tags. Prefix rules
//     (PFX) are the elided forms l’, d’, qu’… and are skipped.
//   - /usr/share/dict/american-english-small and american-english (Debian
//     wamerican-small and wamerican, SCOWL, permissive licence): English
//     words, for English inside French text.
//
// Output format of lexicon.gz (gzip): a first line
// "frnews-lexicon 2 <sources>\n", then sections "#verbs", "#words",
// "#english", each a line "#<name> <count>" and its words in byte order, one
// a line: one byte '0'+n, n the length of the prefix shared with the word
// before in the section, then the rest of the word.
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"os/exec"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

var (
	aff         = flag.String("aff", "/usr/share/hunspell/fr.aff", "hunspell affix file")
	dic         = flag.String("dic", "/usr/share/hunspell/fr.dic", "hunspell dictionary")
	en          = flag.String("en", "/usr/share/dict/american-english", "English word list, one a line: words kept only where the glued-word rule could split them")
	enSmallPath = flag.String("ensmall", "/usr/share/dict/american-english-small", "English word list, one a line: words all kept")
	out         = flag.String("o", "lexicon.gz", "output data file")
	goOut       = flag.String("go", "zlexicon.go", "output Go file")
	frPkg       = flag.String("frpkg", "hunspell-fr-comprehensive", "Debian package of -aff/-dic, for the version line")
	enPkg       = flag.String("enpkg", "wamerican", "Debian package of -en, for the version line")
	enSmallPkg  = flag.String("ensmallpkg", "wamerican-small", "Debian package of -ensmall, for the version line")
	minEn       = flag.Int("minen", 4, "shortest English word or name kept, in letters")
	maxLen      = flag.Int("maxlen", 40, "longest word kept, in bytes")
	productive  = flag.Int("productive", 3, "a verb form ending this many known words after a known word is not a safe second half")
)

// rule is one SFX line.
type rule struct {
	strip, add string
	cont       []string
	cond       []matcher
	morph      string
}

// matcher is one position of a rule condition: ".", "x", "[abc]" or "[^abc]".
type matcher struct {
	any, neg bool
	set      string
}

// flags splits a FLAG long flag string into its two-character flags.
func flags(s string) []string {
	r := []rune(s)
	var fs []string
	for i := 0; i+1 < len(r); i += 2 {
		fs = append(fs, string(r[i:i+2]))
	}
	return fs
}

func parseCond(c string) []matcher {
	var ms []matcher
	r := []rune(c)
	for i := 0; i < len(r); i++ {
		switch r[i] {
		case '.':
			ms = append(ms, matcher{any: true})
		case '[':
			j := i + 1
			neg := j < len(r) && r[j] == '^'
			if neg {
				j++
			}
			k := j
			for k < len(r) && r[k] != ']' {
				k++
			}
			ms = append(ms, matcher{neg: neg, set: string(r[j:k])})
			i = k
		default:
			ms = append(ms, matcher{set: string(r[i])})
		}
	}
	return ms
}

func (ru *rule) match(w string) bool {
	if !strings.HasSuffix(w, ru.strip) {
		return false
	}
	r := []rune(w)
	if len(r) < len(ru.cond) {
		return false
	}
	r = r[len(r)-len(ru.cond):]
	for i, m := range ru.cond {
		if !m.any && strings.ContainsRune(m.set, r[i]) == m.neg {
			return false
		}
	}
	return true
}

// verbish reports whether a morphological description is that of a verb
// form or a grammatical word (preposition, conjunction, pronoun, determiner,
// adverb) in every reading, or of a grammatical word (po:mg) in one.
func verbish(morph string) bool {
	verb, other := false, false
	for _, f := range strings.Fields(morph) {
		po, ok := strings.CutPrefix(f, "po:")
		if !ok {
			continue
		}
		switch {
		case po == "mg":
			return true
		case len(po) >= 2 && po[0] == 'v' && po[1] >= '0' && po[1] <= '3',
			po == "infi", po == "ppre", po == "ppas", po == "ipre", po == "iimp",
			po == "ipsi", po == "ifut", po == "cond", po == "spre", po == "simp",
			po == "impe", po == "1sg", po == "2sg", po == "3sg", po == "1pl",
			po == "2pl", po == "3pl", po == "1isg", po == "1jsg",
			po == "prep", po == "prepv", po == "adv", po == "negadv", po == "advint",
			po == "proadv", po == "cj", po == "cjco", po == "cjsub",
			strings.HasPrefix(po, "pro"), strings.HasPrefix(po, "det"):
			verb = true
		default:
			other = true
		}
	}
	return verb && !other
}

// letters reports whether w is made of letters and combining marks only.
func letters(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			return false
		}
	}
	return true
}

func version(pkg string) string {
	b, err := exec.Command("dpkg-query", "-W", "-f=${Version}", pkg).Output()
	if err != nil || len(b) == 0 {
		return pkg + " (version unknown)"
	}
	return pkg + " " + string(b)
}

func main() {
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("makelexicon: ")

	sfx := map[string][]rule{}
	af, err := os.ReadFile(*aff)
	if err != nil {
		log.Fatal(err)
	}
	for line := range strings.Lines(string(af)) {
		fs := strings.Fields(line)
		if len(fs) < 5 || fs[0] != "SFX" {
			continue
		}
		ru := rule{strip: fs[2], add: fs[3], cond: parseCond(fs[4]), morph: strings.Join(fs[5:], " ")}
		if ru.strip == "0" {
			ru.strip = ""
		}
		if i := strings.IndexByte(ru.add, '/'); i >= 0 {
			ru.cont = flags(ru.add[i+1:])
			ru.add = ru.add[:i]
		}
		if ru.add == "0" {
			ru.add = ""
		}
		sfx[fs[1]] = append(sfx[fs[1]], ru)
	}

	morphs := map[string][]string{}
	addForm := func(w, morph string) { morphs[w] = append(morphs[w], morph) }
	df, err := os.ReadFile(*dic)
	if err != nil {
		log.Fatal(err)
	}
	first := true
	for line := range strings.Lines(string(df)) {
		if first { // the word count
			first = false
			continue
		}
		fs := strings.Fields(line)
		if len(fs) == 0 {
			continue
		}
		w, fl, _ := strings.Cut(fs[0], "/")
		morph := strings.Join(fs[1:], " ")
		fls := flags(fl)
		bare := true
		for _, f := range fls {
			if f == "()" || f == "{}" { // NEEDAFFIX, FORBIDDENWORD
				bare = false
			}
		}
		if bare {
			addForm(w, morph)
		}
		for _, f := range fls {
			for _, ru := range sfx[f] {
				if !ru.match(w) {
					continue
				}
				form := w[:len(w)-len(ru.strip)] + ru.add
				addForm(form, ru.morph+" "+morph)
				for _, c := range ru.cont {
					for _, r2 := range sfx[c] {
						if r2.match(form) {
							addForm(form[:len(form)-len(r2.strip)]+r2.add, r2.morph+" "+ru.morph+" "+morph)
						}
					}
				}
			}
		}
	}

	// Sort the French forms into verb forms and grammatical words (every
	// reading), other lowercase words, rare verb forms, and names.
	verbs, known, rare := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for w, ms := range morphs {
		w = norm.NFC.String(w)
		if !letters(w) || len(w) > *maxLen {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			known[w] = true
		case allRare(ms):
			rare[w] = true
		case verbish(strings.Join(ms, " ")):
			verbs[w] = true
		default:
			known[w] = true
		}
	}
	for w := range verbs {
		delete(known, w)
	}
	english := map[string]bool{} // common English words, French ones too
	enSmall := readList(*enSmallPath)
	for w := range readList(*en) {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case enSmall[w] && !unicode.IsUpper(r):
			english[w] = true
		case !verbs[w] && !known[w]:
			rare[w] = true // kept below only if the glued-word rule could split it
		}
	}
	// A verb form that often ends a known word after a known word
	// ("rapide|ment", "parl|aient") is a productive ending, not a safe
	// second half: it stays known but is not marked as one.
	endings := map[string]int{}
	for _, set := range []map[string]bool{verbs, known} {
		for w := range set {
			if utf8.RuneCountInString(w) < 2*minPart {
				continue
			}
			for i := range w {
				a, b := w[:i], w[i:]
				if i > 0 && utf8.RuneCountInString(a) >= minPart && utf8.RuneCountInString(b) >= minPart &&
					verbs[b] && (known[a] || verbs[a] || known[strings.ToLower(a)] || verbs[strings.ToLower(a)]) {
					endings[b]++
				}
			}
		}
	}
	nprod := 0
	for b, n := range endings {
		if n >= *productive {
			delete(verbs, b)
			known[b] = true
			nprod++
		}
	}

	// A rare word is kept only when it could be taken for two glued words.
	isKnown := func(w string) bool {
		l := strings.ToLower(w)
		return known[w] || verbs[w] || english[w] || known[l] || verbs[l] || english[l]
	}
	nrare := 0
	for w := range rare {
		if verbs[w] || known[w] || english[w] {
			continue
		}
		for i := range w {
			a, b := w[:i], w[i:]
			if utf8.RuneCountInString(a) >= minPart && utf8.RuneCountInString(b) >= minPart &&
				verbs[b] && (isKnown(a) || rare[a] || rare[strings.ToLower(a)]) {
				known[w] = true
				nrare++
				break
			}
		}
	}

	sources := version(*frPkg) + ", " + version(*enPkg) + ", " + version(*enSmallPkg)
	var raw bytes.Buffer
	fmt.Fprintf(&raw, "frnews-lexicon 2 %s\n", sources)
	total := 0
	for _, sec := range []struct {
		name string
		set  map[string]bool
	}{{"verbs", verbs}, {"words", known}, {"english", english}} {
		words := make([]string, 0, len(sec.set))
		for w := range sec.set {
			words = append(words, w)
		}
		sort.Strings(words)
		fmt.Fprintf(&raw, "#%s %d\n", sec.name, len(words))
		prev := ""
		for _, w := range words {
			n := 0
			for n < len(prev) && n < len(w) && prev[n] == w[n] {
				n++
			}
			raw.WriteByte('0' + byte(n))
			raw.WriteString(w[n:])
			raw.WriteByte('\n')
			prev = w
		}
		total += len(words)
	}
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write(raw.Bytes())
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, gz.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d productive endings; %d verb forms, %d other words (%d rare ones kept), %d English words, %d bytes (%d decompressed)", nprod, len(verbs), len(known), nrare, len(english), gz.Len(), raw.Len())
	src := fmt.Sprintf(`// Code generated by running "go generate" in github.com/frnews/frnews/normalize. DO NOT EDIT.

package normalize

import _ "embed"

// LexiconVersion names the sources of the embedded word lists (see LEXICON.md).
const LexiconVersion = %q

// lexiconWords is the number of words in lexicon.gz.
const lexiconWords = %d

// lexiconData is lexicon.gz: %d bytes compressed, %d bytes decompressed.
//
//go:embed lexicon.gz
var lexiconData []byte
`, sources, total, gz.Len(), raw.Len())
	b, err := format.Source([]byte(src))
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*goOut, b, 0o644); err != nil {
		log.Fatal(err)
	}
}

// minPart is the shortest part, in letters, that the glued-word rule splits off
// (minPart in words.go).
const minPart = 4

// rareTense reports whether a reading is only a verb form seldom met in
// news: passé simple other than the third person, imperfect subjunctive
// other than the third person singular, inverted first person (aimé-je).
func rareTense(morph string) bool {
	f := " " + morph + " "
	has := func(t string) bool { return strings.Contains(f, " po:"+t+" ") }
	for _, t := range []string{"ppas", "ppre", "infi", "ipre", "iimp", "ifut", "cond", "spre", "impe", "nom", "adj", "adv", "mg"} {
		if has(t) {
			return false
		}
	}
	return has("1isg") || has("1jsg") ||
		has("ipsi") && !has("3sg") && !has("3pl") ||
		has("simp") && !has("3sg")
}

// allRare reports whether every reading of a form is a rare verb form.
func allRare(ms []string) bool {
	for _, m := range ms {
		if !rareTense(m) {
			return false
		}
	}
	return true
}

// readList reads a word list, one word a line, keeping words of letters only.
func readList(path string) map[string]bool {
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	ws := map[string]bool{}
	for line := range strings.Lines(string(b)) {
		w := norm.NFC.String(strings.TrimSpace(line))
		if letters(w) && len(w) <= *maxLen && utf8.RuneCountInString(w) >= *minEn {
			ws[w] = true
		}
	}
	return ws
}
