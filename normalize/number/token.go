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
	key        string
	kind       tkind
	gap        gap  // separation from the previous token
	hyph       bool // joined to the previous token by one hyphen, no spaces ("vingt-et-un", "Covid-19")
	upper      bool // word starting with an upper-case letter
}

// span is a word key's position in the tokenizer's arena.
type span struct{ a, b int }

// isDash reports whether r is a hyphen that joins compound words.
func isDash(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

// isNBSP reports whether r is a no-break or thin space used to group digits.
func isNBSP(r rune) bool { return r == '\u00a0' || r == '\u202f' || r == '\u2007' || r == '\u2009' }

// isApos reports whether r is an apostrophe (straight, typographic or modifier).
func isApos(r rune) bool { return r == '\'' || r == '\u2019' || r == '\u02bc' }

// tokenize splits s into tokens. All word keys live in one string built at
// the end, so a call makes a handful of allocations whatever the length of s.
// Invalid UTF-8 bytes become punctuation tokens.
func tokenize(s string, toks []token) []token {
	arena := make([]byte, 0, len(s)+8)
	var keys []span // key span in arena for each word token, by token index
	g := gapNone
	pendingHyph := false
	first := true
	// spaceRun counts whitespace characters seen since the last token.
	spaceRun := 0
	addTok := func(t token) {
		if first {
			t.gap = gapWide
			first = false
		} else {
			t.gap = g
		}
		t.hyph = pendingHyph
		pendingHyph = false
		toks = append(toks, t)
		g = gapNone
		spaceRun = 0
	}
	noteSpace := func(k gap) {
		spaceRun++
		switch {
		case g == gapLine || k == gapLine:
			g = gapLine
		case spaceRun > 1:
			g = gapWide
		default:
			g = k
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ':
				noteSpace(gapSpace)
				i++
				continue
			case c == '\n' || c == '\r' || c == '\f' || c == '\v':
				noteSpace(gapLine)
				i++
				continue
			case c == '\t':
				noteSpace(gapWide)
				i++
				continue
			case c >= '0' && c <= '9':
				j := i + 1
				for j < len(s) && s[j] >= '0' && s[j] <= '9' {
					j++
				}
				addTok(token{start: i, end: j, key: s[i:j], kind: tDigits})
				i = j
				continue
			case c == '\'':
				if elide(toks, &arena, keys, i, g) {
					toks[len(toks)-1].end = i + 1
					i++
					continue
				}
			case c == '-':
				if joins(s, toks, i, 1, g) {
					pendingHyph = true
					i++
					continue
				}
			case isASCIILetter(c):
				i = word(s, i, &toks, &arena, &keys, addTok)
				continue
			}
			addTok(token{start: i, end: i + 1, key: s[i : i+1], kind: tPunct})
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			addTok(token{start: i, end: i + 1, key: s[i : i+1], kind: tPunct})
		case isNBSP(r):
			noteSpace(gapNBSP)
		case r == '\u2028' || r == '\u2029' || r == '\u0085':
			noteSpace(gapLine)
		case unicode.IsSpace(r):
			noteSpace(gapWide)
		case isApos(r) && elide(toks, &arena, keys, i, g):
			toks[len(toks)-1].end = i + size
		case isDash(r) && joins(s, toks, i, size, g):
			pendingHyph = true
		case unicode.IsLetter(r):
			i = word(s, i, &toks, &arena, &keys, addTok)
			continue
		default:
			addTok(token{start: i, end: i + size, key: s[i : i+size], kind: tPunct})
		}
		i += size
	}
	if len(arena) > 0 {
		all := string(arena)
		for ti, k := range keys {
			if k.b > 0 {
				toks[ti].key = all[k.a:k.b]
			}
		}
	}
	return toks
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// elide folds an apostrophe right after a word into that word's key
// ("jusqu’" → "jusqu'"). It reports false when the apostrophe does not
// follow a word directly.
func elide(toks []token, arena *[]byte, keys []span, i int, g gap) bool {
	n := len(toks)
	if n == 0 || g != gapNone || toks[n-1].kind != tWord || toks[n-1].end != i {
		return false
	}
	k := &keys[n-1]
	if k.b != len(*arena) { // key is not the last thing written: cannot extend
		return false
	}
	*arena = append(*arena, '\'')
	k.b++
	return true
}

// joins reports whether the dash at s[i:i+size] sits between two tokens
// with no space on either side, as in "vingt-et-un", "Covid-19", "2022-2023".
func joins(s string, toks []token, i, size int, g gap) bool {
	n := len(toks)
	if n == 0 || g != gapNone || toks[n-1].kind == tPunct || toks[n-1].end != i {
		return false
	}
	j := i + size
	if j >= len(s) {
		return false
	}
	c := s[j]
	if c >= '0' && c <= '9' || isASCIILetter(c) {
		return true
	}
	if c < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	return unicode.IsLetter(r)
}

// word reads the letters starting at s[i], appends their folded key to the
// arena and the token to toks, and returns the index after the word.
func word(s string, i int, toks *[]token, arena *[]byte, keys *[]span, add func(token)) int {
	a := len(*arena)
	j := i
	upper := false
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
			*arena = append(*arena, c)
			j++
			continue
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
		*arena = appendFold(*arena, r)
		j += size
	}
	for len(*keys) < len(*toks) {
		*keys = append(*keys, span{})
	}
	*keys = append(*keys, span{a, len(*arena)})
	add(token{start: i, end: j, kind: tWord, upper: upper})
	return j
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
