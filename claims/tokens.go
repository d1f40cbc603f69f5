package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/frnews/frnews/normalize"
)

// token is a word or a punctuation mark of the article text.
type token struct {
	start, end int
	lw         string // lowercase
	f          string // folded (normalize.Fold): no accents, ' apostrophe
	punct      bool
	upper      bool // starts with an upper-case letter
	inv        bool // a subject pronoun split off a verb: "a-t-elle" → a, elle
	open       bool // opening quotation mark
	close      bool // closing quotation mark
}

// elisions are the words that end in an apostrophe before a vowel.
var elisions = map[string]bool{
	"l": true, "d": true, "j": true, "m": true, "n": true, "s": true, "t": true, "c": true,
	"qu": true, "jusqu": true, "lorsqu": true, "puisqu": true, "quoiqu": true, "presqu": true,
}

// inversionSuffixes are the subject pronouns joined to a verb by hyphens.
var inversionSuffixes = []string{"-t-il", "-t-elle", "-t-on", "-t-ils", "-t-elles", "-ils", "-elles", "-il", "-elle", "-on"}

var hyphens = strings.NewReplacer("‐", "-", "‑", "-")

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }
func isHyphen(r rune) bool     { return r == '-' || r == '‐' || r == '‑' }

// tokenize splits text[from:to] into tokens with offsets into text.
func tokenize(text string, from, to int, out []token) []token {
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
		out = appendWord(text, i, j, out)
		i = j
	}
	return out
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func appendWord(text string, i, j int, out []token) []token {
	w := text[i:j]
	lw := lower(w)
	// Split an inverted subject pronoun: "a-t-elle", "soulignent-ils".
	uni := strings.Contains(lw, "\u2010") || strings.Contains(lw, "\u2011")
	if strings.IndexByte(lw, '-') < 0 && !uni {
		return append(out, mkTokenLower(text, i, j, lw))
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
			verbEnd := i + byteIndexInOriginal(w, lw, norm, cut)
			pronStart := j - len(pron)
			out = append(out, mkToken(text, i, verbEnd))
			t := mkToken(text, pronStart, j)
			t.inv = true
			return append(out, t)
		}
	}
	return append(out, mkToken(text, i, j))
}

// byteIndexInOriginal maps a byte offset in norm (lw with hyphens
// replaced) back onto w. The replacements shrink multi-byte hyphens to one
// byte; lowercasing may change byte lengths too, so walk rune by rune.
func byteIndexInOriginal(w, lw, norm string, cut int) int {
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

func mkToken(text string, i, j int) token {
	return mkTokenLower(text, i, j, lower(text[i:j]))
}

func mkTokenLower(text string, i, j int, lw string) token {
	w := text[i:j]
	r, _ := utf8.DecodeRuneInString(w)
	if strings.Contains(lw, "’") {
		lw = strings.ReplaceAll(lw, "’", "'")
	}
	return token{start: i, end: j, lw: lw, f: foldWord(lw), upper: unicode.IsUpper(r)}
}

// foldWord folds one lowercase word for the grammar's word sets: accents
// removed, œ and æ spelt out, typographic apostrophes made '. Hyphens are
// kept ("week-end"). It is normalize.Fold with a fast path for the letters
// of French; other non-ASCII words go through normalize.Fold.
func foldWord(lw string) string {
	i := 0
	for i < len(lw) && lw[i] < utf8.RuneSelf {
		i++
	}
	if i == len(lw) {
		return lw
	}
	b := make([]byte, 0, len(lw))
	b = append(b, lw[:i]...)
	for _, r := range lw[i:] {
		switch r {
		case 'à', 'â', 'ä', 'á', 'ã':
			b = append(b, 'a')
		case 'é', 'è', 'ê', 'ë':
			b = append(b, 'e')
		case 'î', 'ï', 'í', 'ì':
			b = append(b, 'i')
		case 'ô', 'ö', 'ó', 'ò', 'õ':
			b = append(b, 'o')
		case 'ù', 'û', 'ü', 'ú':
			b = append(b, 'u')
		case 'ç':
			b = append(b, 'c')
		case 'ÿ':
			b = append(b, 'y')
		case 'ñ':
			b = append(b, 'n')
		case 'œ':
			b = append(b, 'o', 'e')
		case 'æ':
			b = append(b, 'a', 'e')
		case '’', 'ʼ', '‘':
			b = append(b, '\'')
		default:
			if r >= utf8.RuneSelf {
				return strings.ReplaceAll(normalize.Fold(lw), " ", "-")
			}
			b = append(b, byte(r))
		}
	}
	return string(b)
}

// lower is strings.ToLower with a fast path for lowercase ASCII.
func lower(w string) string {
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}
