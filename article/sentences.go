package article

import (
	"unicode"
	"unicode/utf8"
)

// abbreviations are words that French writes with a period and that do not
// end a sentence when followed by a capital: titles before names, and common
// abbreviations. Compared without the period, case-sensitively.
var abbreviations = map[string]bool{
	"M": true, "MM": true, "Mme": true, "Mmes": true, "Mlle": true, "Mlles": true,
	"Dr": true, "Pr": true, "Me": true, "Mgr": true, "St": true, "Ste": true,
	"Gal": true, "Gén": true, "Col": true, "Cdt": true, "Lt": true, "Sgt": true,
	"av": true, "apr": true, "J.-C": true, "cf": true, "etc": true, "env": true,
	"p": true, "pp": true, "vol": true, "chap": true, "art": true, "n°": true,
	"No": true, "tél": true, "Tél": true, "hab": true, "min": true, "max": true,
	"Jr": true, "Sr": true, "Inc": true, "Corp": true, "Ltd": true, "ex": true,
	"Vve": true, "boul": true, "bd": true, "fig": true, "éd": true, "coll": true,
}

// Sentences splits text into sentences with French conventions and returns
// their spans, trimmed of surrounding spaces.
//
// A sentence ends at . ! ? or … (with any closing quotation marks or
// brackets after it) followed by a space and a capital letter, a digit or an
// opening quotation mark. It does not end after an abbreviation (M., Mme.,
// Dr., St.) or an initial (J. Biden), inside a number (10.000, 3.5), or
// inside « … », “ … ” or ( … ) when they close later in the text: a
// quotation of several sentences stays in the sentence that reports it.
// Line breaks always end a sentence.
func Sentences(text string) []Span {
	var out []Span
	start := 0
	emit := func(end int) {
		s, e := trimSpan(text, start, end)
		if e > s {
			out = append(out, Span{s, e})
		}
		start = end
	}
	closes := closingIndex(text)
	depth := 0 // open « “ ( that close later
	for i := 0; i < len(text); {
		if !sentenceByte[text[i]] {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '\n':
			emit(i)
			depth = 0
		case '«', '“', '(':
			if closes[i] {
				depth++
			}
		case '»', '”', ')':
			if depth == 0 {
				break
			}
			depth--
			// A quotation that ends its sentence ends the reporting one
			// too when a new sentence starts after it: « … bon. » Le …
			if depth == 0 && r != ')' && endsSentence(text[:i]) {
				if next, ok := nextStart(text, i+size); ok && opensSentence(next) && next != '(' {
					i += size
					emit(i)
					continue
				}
			}
		case '.', '!', '?', '…':
			if depth > 0 {
				break
			}
			end := i + size
			// Take the rest of the punctuation run and closing marks.
			for end < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[end:])
				if r2 == '.' || r2 == '!' || r2 == '?' || r2 == '…' || r2 == '»' || r2 == '”' || r2 == ')' || r2 == '"' {
					end += s2
					continue
				}
				break
			}
			if r == '.' && end == i+1 && !periodEnds(text, i) {
				// An abbreviation or an initial goes on with a name; a
				// quotation after it opens a new sentence: "l’échantillon
				// B. « Nous avons … »".
				if next, ok := nextStart(text, end); !ok || next != '«' && next != '“' {
					break
				}
			}
			if next, ok := nextStart(text, end); ok && opensSentence(next) {
				i = end
				emit(end)
				continue
			}
		}
		i += size
	}
	emit(len(text))
	return out
}

// sentenceByte marks the bytes that can begin a rune the sentence splitter
// looks at: the ASCII marks and the lead bytes of « » (C2) and of “ ” …
// (E2). Every other byte is skipped without decoding, which keeps the
// splitter's loops at memory speed on ordinary prose.
var sentenceByte = func() (t [256]bool) {
	for _, c := range "\n.!?()\"" {
		t[c] = true
	}
	t[0xC2], t[0xE2] = true, true
	return t
}()

// closingIndex marks the offsets of the opening marks that are closed later
// on the same line, so that a stray « does not swallow the rest of a text.
func closingIndex(text string) map[int]bool {
	var m map[int]bool
	var stack []int
	for i := 0; i < len(text); i++ {
		if !sentenceByte[text[i]] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '\n':
			stack = stack[:0]
		case '«', '“', '(':
			stack = append(stack, i)
		case '»', '”', ')':
			want := map[rune]rune{'»': '«', '”': '“', ')': '('}[r]
			for j := len(stack) - 1; j >= 0; j-- {
				o, _ := utf8.DecodeRuneInString(text[stack[j]:])
				if o == want {
					if m == nil {
						m = make(map[int]bool)
					}
					m[stack[j]] = true
					stack = stack[:j]
					break
				}
			}
		}
	}
	return m
}

// periodEnds reports whether the period at text[i] can end a sentence: it
// is not inside a number, after an abbreviation or after an initial.
func periodEnds(text string, i int) bool {
	if r, _ := utf8.DecodeRuneInString(text[i+1:]); i+1 < len(text) && !unicode.IsSpace(r) {
		return false // 10.000, lemonde.fr, J.-C.
	}
	j := i
	for j > 0 {
		r, s := utf8.DecodeLastRuneInString(text[:j])
		if unicode.IsSpace(r) || r == '(' || r == '«' || r == '"' {
			break
		}
		j -= s
	}
	word := text[j:i]
	if word == "" {
		return true
	}
	if abbreviations[word] {
		return false
	}
	// An initial: one capital letter ("J. Biden"), possibly after others
	// ("J.R.R.").
	r, s := utf8.DecodeLastRuneInString(word)
	if unicode.IsUpper(r) && (len(word) == s || word[len(word)-s-1] == '.' || word[len(word)-s-1] == '-') {
		return false
	}
	return true
}

// nextStart returns the first rune after the spaces at text[i:].
func nextStart(text string, i int) (rune, bool) {
	sp := false
	for i < len(text) {
		r, s := utf8.DecodeRuneInString(text[i:])
		if r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\t' {
			sp = true
			i += s
			continue
		}
		return r, sp
	}
	return 0, false
}

func opensSentence(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '«' || r == '“' || r == '"' || r == '(' || r == '-' || r == '—' || r == '–'
}

func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}
