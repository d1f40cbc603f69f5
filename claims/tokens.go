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
	// the reporting verb the word is a form of, looked up once (see
	// grammar.verbAt): vk is 0 before, 1 when none, 2 when v is set
	vk uint8
	v  *Verb
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
//
// Words are lowercased and folded (see foldWord). Most words of a French
// text are ASCII: their forms are either slices of text (already lower
// case) or written into one buffer that becomes a single string at the
// end, so that a sentence costs a few allocations, not two per word.
func tokenize(text string, from, to int, out []token) []token {
	if out == nil {
		out = make([]token, 0, (to-from)/5+1)
	}
	var arena []byte
	type lowered struct{ k, a, b int } // out[k].lw and .f are arena[a:b]
	var pending []lowered
	i := from
	for i < to {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f':
				i++
				continue
			case asciiWord[c]:
				j := wordEnd(text, i, to)
				if k, a, b, ok := appendASCIIWord(text, i, j, &out, &arena); ok {
					if b > a {
						pending = append(pending, lowered{k, a, b})
					}
				} else {
					out = appendWord(text, i, j, out)
				}
				i = j
				continue
			}
			t := token{start: i, end: i + 1, punct: true}
			t.lw = text[i : i+1]
			t.f = t.lw
			if c == '"' {
				t.open, t.close = true, true
			}
			out = append(out, t)
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
			}
			out = append(out, t)
			i += n
			continue
		}
		j := wordEnd(text, i, to)
		out = appendWord(text, i, j, out)
		i = j
	}
	if len(pending) > 0 {
		all := string(arena)
		for _, p := range pending {
			out[p.k].lw = all[p.a:p.b]
			out[p.k].f = out[p.k].lw
		}
	}
	return out
}

// asciiWord marks the ASCII bytes that are word runes.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// wordEnd returns the end of the word starting at text[i]: letters,
// digits, and inner apostrophes, hyphens, dots and commas between digits.
// An elided word (l’, qu’) ends after its apostrophe.
func wordEnd(text string, i, to int) int {
	j := i
	for j < to {
		if c := text[j]; c < utf8.RuneSelf && asciiWord[c] {
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) {
			j += n
			continue
		}
		if (isApostrophe(r) || isHyphen(r) || r == '.' || r == ',') && j+n < to {
			r2, _ := utf8.DecodeRuneInString(text[j+n:])
			if isApostrophe(r) {
				if isElision(text[i:j]) {
					// l’agence → l’ + agence
					return j + n
				}
			}
			if (r == '.' || r == ',') && !(unicode.IsDigit(r2) && j > i && isDigitByte(text[j-1])) {
				return j
			}
			if isWordRune(r2) {
				j += n
				continue
			}
		}
		return j
	}
	return j
}

// isElision reports whether w, any case, is a word that elides before a
// vowel (l, d, qu, jusqu…).
func isElision(w string) bool {
	if len(w) > 7 {
		return false
	}
	var b [7]byte
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			return elisions[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[k] = c
	}
	return elisions[string(b[:len(w)])]
}

// appendASCIIWord appends the token of an ASCII word text[i:j] without a
// hyphen or apostrophe, the common case, and returns its index and, when
// its lowercase form differs from the text, where that form was written
// in the arena. ok is false for any other word: appendWord takes it.
func appendASCIIWord(text string, i, j int, out *[]token, arena *[]byte) (k, a, b int, ok bool) {
	w := text[i:j]
	upper := false
	for x := 0; x < len(w); x++ {
		c := w[x]
		if c >= utf8.RuneSelf || c == '-' || c == '\'' || c == '.' || c == ',' {
			return 0, 0, 0, false
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	t := token{start: i, end: j, upper: 'A' <= w[0] && w[0] <= 'Z'}
	k = len(*out)
	if upper {
		a = len(*arena)
		for x := 0; x < len(w); x++ {
			c := w[x]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			*arena = append(*arena, c)
		}
		b = len(*arena)
	} else {
		t.lw, t.f = w, w
	}
	*out = append(*out, t)
	return k, a, b, true
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
