package number

import (
	"unicode"
	"unicode/utf8"
)

// tkind is the kind of a token.
type tkind uint8

const (
	tWord   tkind = iota // letters, with a trailing elision apostrophe folded into key ("jusqu'")
	tDigits              // a run of ASCII digits
	tPunct               // any other single character (sign, separator, symbol)
)

// gap says what separates a token from the one before it.
type gap uint8

const (
	gapNone  gap = iota // adjacent: "10.000", "1er"
	gapSpace            // exactly one ASCII space
	gapNBSP             // exactly one no-break space (U+00A0, U+202F, U+2007, U+2009)
	gapWide             // several spaces or tabs
	gapLine             // a line break: numbers never span it
)

// token is one lexical unit of the searched string. Words carry a folded
// key (lower case, no diacritics, œ→oe, ’→') used for every table lookup.
type token struct {
	start, end int
	kind       tkind
	gap        gap   // separation from the previous token
	hyph       bool  // joined to the previous token by one hyphen, no spaces ("vingt-et-un", "Covid-19")
	upper      bool  // word starting with an upper-case letter
	own        bool  // the key is keys[ka:kb], folded into the arena; otherwise it is s[ka:kb]
	ka, kb     int32 // the key's bounds
}

// isDash reports whether r is a hyphen that joins compound words.
func isDash(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

// isNBSP reports whether r is a no-break or thin space used to group digits.
func isNBSP(r rune) bool { return r == '\u00a0' || r == '\u202f' || r == '\u2007' || r == '\u2009' }

// isApos reports whether r is an apostrophe (straight, typographic or modifier).
func isApos(r rune) bool { return r == '\'' || r == '\u2019' || r == '\u02bc' }

// tokenizer holds the state of one tokenize call.
type tokenizer struct {
	s           string
	toks        []token
	arena       []byte // folded word keys, back to back
	g           gap    // separation seen since the last token
	spaceRun    int    // whitespace characters since the last token
	pendingHyph bool   // a joining hyphen was seen since the last token
}

// add appends t with the pending gap and hyphen flags.
func (z *tokenizer) add(t token) {
	if len(z.toks) == 0 {
		t.gap = gapWide
	} else {
		t.gap = z.g
	}
	t.hyph = z.pendingHyph
	z.pendingHyph = false
	z.toks = append(z.toks, t)
	z.g = gapNone
	z.spaceRun = 0
}

// space notes one whitespace character of kind k.
func (z *tokenizer) space(k gap) {
	z.spaceRun++
	switch {
	case z.g == gapLine || k == gapLine:
		z.g = gapLine
	case z.spaceRun > 1:
		z.g = gapWide
	default:
		z.g = k
	}
}

// tokenize splits s into tokens, reusing the storage of toks and arena.
// Word keys are written back to back into arena, then copied into one
// string, so a call allocates little whatever the length of s. Invalid
// UTF-8 bytes become punctuation tokens.
func tokenize(s string, toks []token, arena []byte) ([]token, []byte) {
	z := tokenizer{s: s, toks: toks[:0], arena: arena[:0]}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ':
				z.space(gapSpace)
				i++
				continue
			case c == '\n' || c == '\r' || c == '\f' || c == '\v':
				z.space(gapLine)
				i++
				continue
			case c == '\t':
				z.space(gapWide)
				i++
				continue
			case c >= '0' && c <= '9':
				j := i + 1
				for j < len(s) && s[j] >= '0' && s[j] <= '9' {
					j++
				}
				z.add(token{start: i, end: j, ka: int32(i), kb: int32(j), kind: tDigits})
				i = j
				continue
			case c == '\'':
				if z.elide(i) {
					i++
					continue
				}
			case c == '-':
				if z.joins(i, 1) {
					z.pendingHyph = true
					i++
					continue
				}
			case isASCIILetter(c):
				i = z.word(i)
				continue
			}
			z.add(token{start: i, end: i + 1, ka: int32(i), kb: int32(i + 1), kind: tPunct})
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			z.add(token{start: i, end: i + 1, ka: int32(i), kb: int32(i + 1), kind: tPunct})
		case isNBSP(r):
			z.space(gapNBSP)
		case r == '\u2028' || r == '\u2029' || r == '\u0085':
			z.space(gapLine)
		case unicode.IsSpace(r):
			z.space(gapWide)
		case isApos(r) && z.elide(i):
			z.toks[len(z.toks)-1].end = i + size
		case isDash(r) && z.joins(i, size):
			z.pendingHyph = true
		case unicode.IsLetter(r):
			i = z.word(i)
			continue
		default:
			z.add(token{start: i, end: i + size, ka: int32(i), kb: int32(i + size), kind: tPunct})
		}
		i += size
	}
	return z.toks, z.arena
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// elide folds an apostrophe right after a word into that word's key
// ("jusqu’" → "jusqu'"). It reports false when the apostrophe does not
// follow a word directly.
func (z *tokenizer) elide(i int) bool {
	n := len(z.toks)
	if n == 0 || z.g != gapNone || z.toks[n-1].kind != tWord || z.toks[n-1].end != i {
		return false
	}
	t := &z.toks[n-1]
	if !t.own { // move the key into the arena to add the apostrophe
		a := len(z.arena)
		z.arena = append(z.arena, z.s[t.ka:t.kb]...)
		t.own, t.ka, t.kb = true, int32(a), int32(len(z.arena))
	}
	z.arena = append(z.arena, '\'')
	t.kb++
	t.end = i + 1
	return true
}

// joins reports whether the dash at s[i:i+size] sits between two tokens
// with no space on either side, as in "vingt-et-un", "Covid-19", "2022-2023".
func (z *tokenizer) joins(i, size int) bool {
	n := len(z.toks)
	if n == 0 || z.g != gapNone || z.toks[n-1].kind == tPunct || z.toks[n-1].end != i {
		return false
	}
	j := i + size
	if j >= len(z.s) {
		return false
	}
	c := z.s[j]
	if c >= '0' && c <= '9' || isASCIILetter(c) {
		return true
	}
	if c < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeRuneInString(z.s[j:])
	return unicode.IsLetter(r)
}

// word reads the letters starting at s[i], appends their folded key to the
// arena and the token to toks, and returns the index after the word.
func (z *tokenizer) word(i int) int {
	s := z.s
	a := len(z.arena)
	j := i
	upper := false
	// Fast path: a word of lower-case ASCII letters is its own key.
	for j < len(s) && s[j] >= 'a' && s[j] <= 'z' {
		j++
	}
	if j > i && (j == len(s) || s[j] < utf8.RuneSelf && !isASCIILetter(s[j])) {
		z.add(token{start: i, end: j, kind: tWord, ka: int32(i), kb: int32(j)})
		return j
	}
	z.arena = append(z.arena, s[i:j]...)
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			if !isASCIILetter(c) {
				break
			}
			if c <= 'Z' {
				if j == i {
					upper = true
				}
				c += 'a' - 'A'
			}
			z.arena = append(z.arena, c)
			j++
			continue
		}
		if c == 0xc3 && j+1 < len(s) { // Latin-1 letters, the accents of French
			if f := latin1Fold[s[j+1]&0x3f]; f != 0 && s[j+1]&0xc0 == 0x80 {
				if j == i && s[j+1] < 0x9f {
					upper = true
				}
				z.arena = append(z.arena, f)
				j += 2
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if r == utf8.RuneError && size == 1 {
			break
		}
		if unicode.Is(unicode.Mn, r) {
			j += size // combining accent: part of the word, not of the key
			continue
		}
		if !unicode.IsLetter(r) {
			break
		}
		if j == i && unicode.IsUpper(r) {
			upper = true
		}
		z.arena = appendFold(z.arena, r)
		j += size
	}
	z.add(token{start: i, end: j, kind: tWord, upper: upper, own: true, ka: int32(a), kb: int32(len(z.arena))})
	return j
}

// latin1Fold folds the letters U+00C0–U+00FF, indexed by the low six bits
// of their second UTF-8 byte (0x80–0xBF, after 0xC3): upper and lower case
// share an entry. 0 marks ×, ÷ and the letters folded by appendFold (æ, ð,
// ø, þ, ß).
var latin1Fold = [64]byte{
	'a', 'a', 'a', 'a', 'a', 'a', 0, 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i', // À–Ï
	0, 'n', 'o', 'o', 'o', 'o', 'o', 0, 0, 'u', 'u', 'u', 'u', 'y', 0, 0, // Ð–ß
	'a', 'a', 'a', 'a', 'a', 'a', 0, 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i', // à–ï
	0, 'n', 'o', 'o', 'o', 'o', 'o', 0, 0, 'u', 'u', 'u', 'u', 'y', 0, 'y', // ð–ÿ
}

// appendFold appends the folded form of the non-ASCII letter r.
func appendFold(b []byte, r rune) []byte {
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'À', 'Á', 'Â', 'Ã', 'Ä', 'Å':
		return append(b, 'a')
	case 'ç', 'Ç':
		return append(b, 'c')
	case 'è', 'é', 'ê', 'ë', 'È', 'É', 'Ê', 'Ë', 'ᵉ':
		return append(b, 'e')
	case 'ì', 'í', 'î', 'ï', 'Ì', 'Í', 'Î', 'Ï':
		return append(b, 'i')
	case 'ñ', 'Ñ':
		return append(b, 'n')
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'Ò', 'Ó', 'Ô', 'Õ', 'Ö':
		return append(b, 'o')
	case 'ù', 'ú', 'û', 'ü', 'Ù', 'Ú', 'Û', 'Ü':
		return append(b, 'u')
	case 'ý', 'ÿ', 'Ý', 'Ÿ':
		return append(b, 'y')
	case 'œ', 'Œ':
		return append(b, 'o', 'e')
	case 'æ', 'Æ':
		return append(b, 'a', 'e')
	case 'ʳ':
		return append(b, 'r')
	}
	return utf8.AppendRune(b, unicode.ToLower(r))
}
