package claims

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// The tokenizer as it was before it was made fast, kept to check that the
// fast one cuts and folds every text the same way.

// tokenize splits text[from:to] into tokens with offsets into text.
func tokenizeRef(text string, from, to int, out []token) []token {
	if out == nil {
		out = make([]token, 0, (to-from)/5+1)
	}
	i := from
	for i < to {
		if c := text[i]; c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' {
			i += n
			continue
		}
		if !isWordRune(r) {
			t := token{start: i, end: i + n, punct: true}
			t.lw = text[i : i+n]
			t.f = t.lw
			switch r {
			case '«', '“', '‹':
				t.open = true
			case '»', '”', '›':
				t.close = true
			case '"':
				t.open, t.close = true, true
			}
			out = append(out, t)
			i += n
			continue
		}
		// A word: letters, digits, and inner apostrophes, hyphens, dots
		// between digits.
		j := i
		for j < to {
			r, n := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r) {
				j += n
				continue
			}
			if (isApostrophe(r) || isHyphen(r) || r == '.' || r == ',') && j+n < to {
				r2, _ := utf8.DecodeRuneInString(text[j+n:])
				if isApostrophe(r) {
					if elisions[strings.ToLower(text[i:j])] {
						// l’agence → l’ + agence
						j += n
						break
					}
				}
				if (r == '.' || r == ',') && !(unicode.IsDigit(r2) && j > i && isDigitByte(text[j-1])) {
					break
				}
				if isWordRune(r2) {
					j += n
					continue
				}
			}
			break
		}
		out = appendWordRef(text, i, j, out)
		i = j
	}
	return out
}

func appendWordRef(text string, i, j int, out []token) []token {
	w := text[i:j]
	lw := lower(w)
	// Split an inverted subject pronoun: "a-t-elle", "soulignent-ils".
	uni := strings.Contains(lw, "\u2010") || strings.Contains(lw, "\u2011")
	if strings.IndexByte(lw, '-') < 0 && !uni {
		return append(out, mkTokenLowerRef(text, i, j, lw))
	}
	norm := lw
	if uni {
		norm = hyphens.Replace(lw)
	}
	for _, suf := range inversionSuffixes {
		if len(norm) > len(suf) && strings.HasSuffix(norm, suf) {
			// Map the split point back onto the original bytes.
			pron := strings.TrimPrefix(suf[strings.LastIndexByte(suf, '-'):], "-")
			cut := len(norm) - len(suf)
			verbEnd := i + byteIndexInOriginalRef(w, lw, norm, cut)
			pronStart := j - len(pron)
			out = append(out, mkTokenRef(text, i, verbEnd))
			t := mkTokenRef(text, pronStart, j)
			t.inv = true
			return append(out, t)
		}
	}
	return append(out, mkTokenRef(text, i, j))
}

// byteIndexInOriginal maps a byte offset in norm (lw with hyphens
// replaced) back onto w. The replacements shrink multi-byte hyphens to one
// byte; lowercasing may change byte lengths too, so walk rune by rune.
func byteIndexInOriginalRef(w, lw, norm string, cut int) int {
	if len(w) == len(norm) {
		return cut
	}
	// Count runes up to cut in norm, then advance as many runes in w.
	k := utf8.RuneCountInString(norm[:cut])
	off := 0
	for ; k > 0 && off < len(w); k-- {
		_, n := utf8.DecodeRuneInString(w[off:])
		off += n
	}
	return off
}

func mkTokenRef(text string, i, j int) token {
	return mkTokenLowerRef(text, i, j, lower(text[i:j]))
}

func mkTokenLowerRef(text string, i, j int, lw string) token {
	w := text[i:j]
	r, _ := utf8.DecodeRuneInString(w)
	if strings.Contains(lw, "’") {
		lw = strings.ReplaceAll(lw, "’", "'")
	}
	return token{start: i, end: j, lw: lw, f: foldWord(lw), upper: unicode.IsUpper(r)}
}

var tokenizeCases = []string{
	"« Nous tenons bon », a-t-elle dit à l’AFP. L’ÉTAT-MAJOR Ukrainien a déclaré…",
	"Il a fait 10.000 morts, 3,5 %, le 1er novembre ; soulignent-ils. Aujourd’hui O’Brien",
	"ÉLYSÉE Œuvre cœur Ça ÇA naïve NAÏVE Zelensky‑Zelenski a‐t‐il dit",
	"Straße İstanbul ǅemal ﬁn x\u00a0y 12\u202f000 d'après qu’il jusqu’à",
	"",
	"\xff\xfe invalid \xc3 bytes",
}

func TestTokenizeSame(t *testing.T) {
	texts := append([]string(nil), tokenizeCases...)
	files, _ := filepath.Glob("../seeds/*.txt")
	held, _ := filepath.Glob("testdata/*.txt")
	for _, f := range append(files, held...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for _, s := range texts {
		got, want := tokenize(s, 0, len(s), nil), tokenizeRef(s, 0, len(s), nil)
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(token{})); diff != "" {
			t.Errorf("tokenize(%.40q) differs from the reference (-want +got):\n%s", s, diff)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range tokenizeCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := tokenize(s, 0, len(s), nil), tokenizeRef(s, 0, len(s), nil)
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(token{})); diff != "" {
			t.Errorf("tokenize(%q) differs from the reference (-want +got):\n%s", s, diff)
		}
	})
}

func benchmarkTokenize(b *testing.B, fn func(string, int, int, []token) []token) {
	files, _ := filepath.Glob("../seeds/*.txt")
	var texts []string
	n := 0
	for _, f := range files {
		bs, _ := os.ReadFile(f)
		texts = append(texts, string(bs))
		n += len(bs)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			fn(s, 0, len(s), nil)
		}
	}
}

func BenchmarkTokenize(b *testing.B)    { benchmarkTokenize(b, tokenize) }
func BenchmarkTokenizeRef(b *testing.B) { benchmarkTokenize(b, tokenizeRef) }
