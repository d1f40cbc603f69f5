package entities

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// This file holds the tokenizer and the per-token fold that matching uses.
//
// The text is cut into words and punctuation. A hyphen between two letters
// splits a word into parts that stay "joined" (Nord-Coréens = nord + coreens,
// joined), so that "Choe Son-hui" and "Choe Son Hui" give the same keys while
// "Bretagne" inside "Grande-Bretagne" can still be refused. An elided article
// or preposition (l’, d’, qu’, jusqu’…) becomes a token of its own; any other
// apostrophe stays inside its word (aujourd’hui, O’Brien).

// tokFlags describe one token.
type tokFlags uint16

const (
	fWord          tokFlags = 1 << iota // letters or digits (else punctuation)
	fCap                                // first rune is an upper-case letter
	fAllCaps                            // at least two letters, all upper case
	fJoined                             // attached to the previous token by a hyphen
	fSentStart                          // first word of a sentence, line or quotation
	fElided                             // ends with an apostrophe: l', d', qu'
	fDigit                              // starts with a digit
	fSpaceBefore                        // whitespace between this token and the previous one
	fNewlineBefore                      // a line break between this token and the previous one
)

// token is one word or punctuation mark of the text.
type token struct {
	start, end int32 // byte span in the text
	fs, fe     int32 // folded form in the tokenizer's buffer
	flags      tokFlags
	lf         lexFlags // the lexicon's flags for the word
	lex        int32    // index in the built-in lexicon, or -1
	voc        int32    // index in the dictionary's vocabulary, or -1
}

func (t *token) is(f tokFlags) bool { return t.flags&f != 0 }

// tokens is a tokenized text.
type tokens struct {
	text string
	toks []token
	buf  []byte // folded forms, back to back
}

// fold returns the folded form of token i. The result aliases an internal
// buffer: use it for comparisons and map look-ups, copy it to keep it.
func (ts *tokens) fold(i int) []byte {
	t := &ts.toks[i]
	return ts.buf[t.fs:t.fe]
}

// surface returns the text of token i.
func (ts *tokens) surface(i int) string {
	t := &ts.toks[i]
	return ts.text[t.start:t.end]
}

// isApos reports whether r is an apostrophe (typographic or straight).
func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '‘' }

// isHyphen reports whether r joins the parts of a compound word.
func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// isWordRune reports whether r belongs to a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	if r < latinEnd {
		return latinWord[r]
	}
	if r >= 0x2000 && r < 0x2070 {
		// General Punctuation (’, —, «…) holds no letter, digit or mark;
		// it is met in every French text and costs a table search in
		// unicode.IsLetter
		return false
	}
	return isWordRuneSlow(r)
}

func isWordRuneSlow(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// latinEnd bounds the runes whose class and fold are tabulated: Latin-1 and
// Latin Extended-A and B, the letters of French and of most transliterations.
const latinEnd = 0x250

// latinWord tells the word runes below latinEnd (a 592-byte table).
var latinWord = func() (t [latinEnd]bool) {
	for r := range rune(latinEnd) {
		t[r] = isWordRuneSlow(r)
	}
	return t
}()

// elision reports whether w, folded, is one of the words that are written
// with an apostrophe before a vowel. A word part before an apostrophe that
// is one of them is a token of its own. It is a switch rather than a map:
// the tokenizer asks at every inner apostrophe, and a switch on a string
// compiles to a few comparisons.
func elision(w []byte) bool {
	switch string(w) {
	case "l", "d", "j", "m", "n", "s", "t",
		"c", "qu", "jusqu", "lorsqu", "puisqu",
		"quoiqu", "quelqu", "presqu":
		return true
	}
	return false
}

// asciiWord marks the ASCII bytes that belong to words.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// asciiLower maps the ASCII bytes of words to their folded form (lower
// case), and any other byte to 0: one look-up both tests and folds.
var asciiLower = func() (t [256]byte) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c + 'a' - 'A')
		case asciiWord[c]:
			t[c] = byte(c)
		}
	}
	return t
}()

// wordAt reports whether a word rune starts at text[i].
func wordAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	if c := text[i]; c < utf8.RuneSelf {
		return asciiWord[c]
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r)
}

// tokenize cuts text into tokens and folds each word.
func tokenize(text string, ts *tokens) { tokenizeLookup(text, ts, nil) }

// tokenizeLookup is tokenize that also looks each word up in words, when it
// is not nil, and sets the token's voc, lex and lf: done while the token is
// at hand, rather than in a second pass over all the tokens.
func tokenizeLookup(text string, ts *tokens, words *wordTable) {
	ts.text = text
	// local copies: the hot loop appends without going through ts
	toks, buf := ts.toks[:0], ts.buf[:0]
	if cap(toks) < len(text)/4 {
		toks = make([]token, 0, len(text)/4)
	}
	if cap(buf) < len(text) {
		buf = make([]byte, 0, len(text)+len(text)/8)
	}
	sentStart := true
	var pending tokFlags // fSpaceBefore, fNewlineBefore, fJoined for the next token
	i := 0
	for i < len(text) {
		c := text[i]
		r, size := rune(c), 1
		if c < utf8.RuneSelf {
			if !asciiWord[c] {
				switch c {
				case ' ', '\t':
					pending |= fSpaceBefore
					i++
					continue
				case '\n', '\r', '\v', '\f':
					pending |= fSpaceBefore | fNewlineBefore
					sentStart = true
					i++
					continue
				}
			}
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
			if !isWordRune(r) {
				switch {
				case r == '\u2028' || r == '\u2029' || r == '\u0085':
					pending |= fSpaceBefore | fNewlineBefore
					sentStart = true
					i += size
					continue
				case unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == '\u00ad' || r == '\u2060':
					pending |= fSpaceBefore
					i += size
					continue
				}
			}
		}
		if c < utf8.RuneSelf && !asciiWord[c] || c >= utf8.RuneSelf && !isWordRune(r) {
			// punctuation: one token per rune
			t := token{start: int32(i), end: int32(i + size), lex: -1, voc: -1, flags: pending &^ fJoined}
			t.fs = int32(len(buf))
			buf = utf8.AppendRune(buf, r)
			t.fe = int32(len(buf))
			toks = append(toks, t)
			pending = 0
			if i+size < len(text) && text[i+size] == ' ' {
				// the space after a comma or period, read here to save a
				// turn of the main loop
				pending = fSpaceBefore
				i++
			}
			switch r {
			case '.', '!', '?', '…', '«', '“', '"', ':', '•', '|', '(', '[', '—', '–':
				// "M." and initials do not end a sentence.
				if r == '.' && len(toks) >= 2 && isTitleOrInitial(text, &toks[len(toks)-2]) {
					break
				}
				sentStart = true
			}
			i += size
			continue
		}
		// A word: runs of word runes, with inner apostrophes and hyphens,
		// folded on the way.
		start := i
		j := i
		fs := len(buf)
		for j < len(text) {
			c := text[j]
			var r2 rune
			s2 := 1
			if l := asciiLower[c]; l != 0 {
				buf = append(buf, l)
				j++
				continue
			}
			if c < utf8.RuneSelf {
				r2 = rune(c)
			} else {
				if c >= 0xc2 && c < 0xe0 && j+1 < len(text) && text[j+1]&0xc0 == 0x80 {
					// a two-byte sequence (Latin letters with accents),
					// decoded inline as utf8.DecodeRuneInString would
					r2, s2 = rune(c&0x1f)<<6|rune(text[j+1]&0x3f), 2
				} else {
					r2, s2 = utf8.DecodeRuneInString(text[j:])
				}
				if r2 < latinEnd {
					if latinWord[r2] {
						buf = append(buf, foldTable()[r2]...)
						j += s2
						continue
					}
				} else if isWordRune(r2) {
					buf = appendFoldRune(buf, r2)
					j += s2
					continue
				}
			}
			if isApos(r2) && wordAt(text, j+s2) {
				// an inner apostrophe: split after an elided word (l', qu'),
				// keep it inside any other (aujourd'hui)
				el := elision(buf[fs:])
				buf = append(buf, '\'')
				j += s2
				if el {
					break
				}
				continue
			}
			break
		}
		// the token's fields are built in locals and appended at once
		fl := fWord | pending
		fe := len(buf)
		if c := text[start]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				fl |= fCap
			} else if '0' <= c && c <= '9' {
				fl |= fDigit
			}
		} else if fr, _ := utf8.DecodeRuneInString(text[start:]); unicode.IsUpper(fr) {
			fl |= fCap
		}
		if fl&fCap != 0 && isAllCaps(text[start:j]) {
			fl |= fAllCaps
		}
		if fe > fs && buf[fe-1] == '\'' {
			fl |= fElided
		}
		if sentStart {
			fl |= fSentStart
		}
		// An elided article keeps the sentence start for the next word:
		// "L’Ukraine" starts a sentence with "Ukraine" as well.
		sentStart = sentStart && fl&fElided != 0
		pending = 0
		voc, lex, lf := int32(-1), int32(-1), lexFlags(0)
		if words != nil {
			if e := words.get(buf[fs:fe]); e != nil {
				voc, lex, lf = e.ids.voc, e.ids.lex, e.lf
			}
		}
		toks = append(toks, token{start: int32(start), end: int32(j), fs: int32(fs), fe: int32(fe), flags: fl, lf: lf, lex: lex, voc: voc})
		i = j
		// a hyphen between two words joins them
		if j < len(text) {
			if c := text[j]; c == ' ' {
				// the usual space after a word, read here to save a turn
				// of the main loop
				pending = fSpaceBefore
				i = j + 1
			} else if c == '-' {
				if wordAt(text, j+1) {
					pending = fJoined
					i = j + 1
				}
			} else if c >= utf8.RuneSelf {
				if r2, s2 := utf8.DecodeRuneInString(text[j:]); isHyphen(r2) && wordAt(text, j+s2) {
					pending = fJoined
					i = j + s2
				}
			}
		}
	}
	ts.toks, ts.buf = toks, buf
}

// isTitleOrInitial reports whether t is "M", "Mme", "Dr" or a single capital
// letter: a period after it is an abbreviation, not a sentence end.
func isTitleOrInitial(text string, t *token) bool {
	if !t.is(fWord) || !t.is(fCap) {
		return false
	}
	w := text[t.start:t.end]
	switch w {
	case "M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "Me", "St", "Ste", "Gén", "Mgr":
		return true
	}
	return utf8.RuneCountInString(w) == 1
}

func isAllCaps(w string) bool {
	ascii := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'a' <= c && c <= 'z' {
			return false
		}
	}
	if ascii {
		// ASCII: no lower-case letter; count the letters
		n := 0
		for i := 0; i < len(w); i++ {
			if c := w[i]; 'A' <= c && c <= 'Z' {
				n++
			}
		}
		return n >= 2
	}
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// foldTable maps the runes U+0080..U+024F to their folded form; built once.
var foldTable = sync.OnceValue(func() []string {
	t := make([]string, latinEnd)
	for r := rune(0x80); r < latinEnd; r++ {
		t[r] = foldRuneSlow(r)
	}
	return t
})

// foldRuneSlow folds one rune: lowercase, no diacritics, ligatures spelt out,
// apostrophes as '.
func foldRuneSlow(r rune) string {
	switch r {
	case 'œ', 'Œ':
		return "oe"
	case 'æ', 'Æ':
		return "ae"
	case 'ß':
		return "ss"
	case '’', '‘', 'ʼ':
		return "'"
	case 'ø', 'Ø':
		return "o"
	case 'ł', 'Ł':
		return "l"
	case 'đ', 'Đ':
		return "d"
	case 'ı':
		return "i"
	}
	d := norm.NFD.String(string(unicode.ToLower(r)))
	out := make([]rune, 0, 2)
	for _, c := range d {
		if !unicode.Is(unicode.Mn, c) {
			out = append(out, c)
		}
	}
	return norm.NFC.String(string(out))
}

// appendFold appends the folded form of w to dst: lower case, without
// diacritics, œ → oe, æ → ae, typographic apostrophes as '. It is the
// per-word counterpart of normalize.Fold (hyphens never occur inside a token)
// and allocates nothing once the table is built.
func appendFold(dst []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		dst = appendFoldRune(dst, r)
	}
	return dst
}

// appendFoldRune appends the folded form of one non-ASCII rune.
func appendFoldRune(dst []byte, r rune) []byte {
	switch {
	case r < latinEnd:
		return append(dst, foldTable()[r]...)
	case r == '’' || r == '‘' || r == 'ʼ':
		return append(dst, '\'')
	case unicode.Is(unicode.Mn, r):
		return dst // a combining mark on its own (text in NFD): dropped
	case r >= 0x1E00 && r < 0x1F00: // Latin Extended Additional (ạ, ễ…)
		return append(dst, foldRuneSlow(r)...)
	}
	return utf8.AppendRune(dst, unicode.ToLower(r))
}

// foldTokens are tokens buffers for foldString, which the dictionary
// loader calls for every name of a person.
var foldTokens = sync.Pool{New: func() any { return new(tokens) }}

// foldString folds a whole phrase into the folded forms of its tokens,
// joined by one space.
func foldString(s string) string {
	ts := foldTokens.Get().(*tokens)
	defer foldTokens.Put(ts)
	tokenize(s, ts)
	b := make([]byte, 0, len(s))
	for i := range ts.toks {
		if !ts.toks[i].is(fWord) {
			continue
		}
		if len(b) > 0 {
			b = append(b, ' ')
		}
		b = append(b, ts.fold(i)...)
	}
	return string(b)
}
