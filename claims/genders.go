package claims

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/frnews/frnews/entities"
	"github.com/frnews/frnews/normalize"
)

//go:generate go run makegenders.go

// genders.txt.gz lists French nouns with their grammatical gender, one
// "word g" per line in byte order (see GENDERS.md for its source).
//
//go:embed genders.txt.gz
var gendersGz []byte

// genderTable is the list, decompressed: one string of "word g\n" lines
// and the offsets where the lines start, so that the garbage collector has
// two objects to look at, not 45 000 strings.
type genderTable struct {
	blob   string
	starts []uint32
}

var genderList = sync.OnceValue(func() genderTable {
	zr, err := gzip.NewReader(bytes.NewReader(gendersGz))
	if err != nil {
		return genderTable{}
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return genderTable{}
	}
	t := genderTable{blob: string(b)}
	for i := 0; i < len(t.blob); {
		j := strings.IndexByte(t.blob[i:], '\n')
		if j < 0 {
			j = len(t.blob) - i
		}
		if j > 0 && t.blob[i] != '#' {
			t.starts = append(t.starts, uint32(i))
		}
		i += j + 1
	}
	return t
})

// line returns line k of the table, without its newline.
func (t *genderTable) line(k int) string {
	l := t.blob[t.starts[k]:]
	if j := strings.IndexByte(l, '\n'); j >= 0 {
		l = l[:j]
	}
	return l
}

// nounGender returns the gender of the French noun w (lower case): 'f',
// 'm', 'e' for a noun of both genders (ministre, porte-parole), 0 when w
// is not a known noun. A plural is looked up as its singular.
func nounGender(w string) byte {
	for _, c := range []string{w, strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "x"), strings.TrimSuffix(w, "aux") + "al"} {
		if c == "" {
			continue
		}
		if g := lookupGender(c); g != 0 {
			return g
		}
	}
	return 0
}

func lookupGender(w string) byte {
	t := genderList()
	i := sort.Search(len(t.starts), func(i int) bool { return t.line(i) >= w })
	if i < len(t.starts) {
		if l := t.line(i); len(l) == len(w)+2 && strings.HasPrefix(l, w) && l[len(w)] == ' ' {
			return l[len(w)+1]
		}
	}
	return 0
}

// npGender returns the gender of a noun phrase that may stand for a
// pronoun's antecedent: 'f' or 'm' when its determiner, title or noun
// says so, 'w' (weak masculine) for "le ministre", a role noun of both
// genders, and 0 when nothing tells ("Paul Roux", "des experts").
func npGender(np string) byte {
	// the phrase before an apposition carries the determiner: "Sa
	// porte-parole, Jeon Mi-ran"
	if i := strings.IndexByte(np, ','); i > 0 {
		np = np[:i]
	}
	words := strings.Fields(strings.ReplaceAll(np, "’", "'"))
	if len(words) == 0 {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(words[0]); unicode.IsUpper(r) && !determiners[normalize.Fold(words[0])] {
		// a name: its given name tells ("Sandrine L.", "Gérard Lemoine")
		switch entities.GivenNameGender(words[0]) {
		case "f":
			return 'f'
		case "m":
			return 'm'
		}
	}
	det := strings.ToLower(words[0])
	rest := words[1:]
	if i := strings.IndexByte(det, '\''); i >= 0 && i < len(det)-1 {
		det, rest = det[:i+1], append([]string{words[0][i+1:]}, rest...) // "l'armée"
	}
	// The common nouns before the first name: "l'entraîneur Pierre Roux"
	// is not about a stone.
	for i, w := range rest {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			rest = rest[:i]
			break
		}
		rest[i] = strings.ToLower(w)
	}
	switch normalize.Fold(det) {
	case "la", "une", "cette", "sa", "mme", "madame", "mlle", "mademoiselle":
		return 'f'
	case "m.", "m", "monsieur":
		return 'm'
	case "le", "un", "ce", "cet", "du", "au":
		for _, w := range rest[:min(len(rest), 3)] {
			switch nounGender(w) {
			case 'e':
				return 'w'
			case 'm':
				return 'm'
			}
		}
		return 'w'
	case "l'", "son", "leur", "notre", "votre":
		// the noun tells: "l'armée", "son avocat"
		for _, w := range rest[:min(len(rest), 3)] {
			switch g := nounGender(w); g {
			case 'f', 'm':
				return g
			case 'e':
				return 0
			}
		}
	}
	return 0
}
