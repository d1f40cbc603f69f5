package normalize

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns the key under which a word or phrase is looked up in a
// dictionary: the text lowercased, without diacritics, with the ligatures œ
// and æ spelt out, apostrophes written as ', and hyphens and spaces of every
// kind written as one plain space each.
//
//	Fold("Nord-Coréen")    == "nord coreen"
//	Fold("Œuvre d’Éluard") == "oeuvre d'eluard"
//
// In detail, rune by rune:
//   - œ Œ → oe, æ Æ → ae;
//   - ’ ‘ ʼ → ' (the typographic and modifier-letter apostrophes);
//   - - ‐ ‑ (hyphen-minus, hyphen, non-breaking hyphen), U+00A0 (NBSP),
//     U+202F (narrow NBSP), U+2007 (figure space) and tab → ' ';
//   - soft hyphen U+00AD is dropped;
//   - other runes are lowercased with [unicode.ToLower], decomposed (NFD)
//     and stripped of nonspacing marks (Mn); the result is in NFC.
//
// This is transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)),
// norm.NFC) after lowercasing, plus the mappings above, written as one pass
// that allocates nothing for lowercase ASCII input and calls norm only for
// runes beyond Latin Extended-A. Fold does not trim or
// collapse spaces: it keeps byte lengths comparable for ASCII input. It is
// safe for concurrent use.
func Fold(s string) string {
	// Fast path: ASCII that needs no change.
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' || c == '-' || c == '\t' {
			break
		}
	}
	if i == len(s) {
		return s
	}
	buf := make([]byte, 0, len(s)+4)
	buf = append(buf, s[:i]...)
	nonASCII := false
	var tmp [16]byte
	for _, r := range s[i:] {
		switch {
		case r < utf8.RuneSelf:
			c := byte(r)
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case c == '-' || c == '\t':
				c = ' '
			}
			buf = append(buf, c)
			continue
		case r == 'œ' || r == 'Œ':
			buf = append(buf, "oe"...)
			continue
		case r == 'æ' || r == 'Æ':
			buf = append(buf, "ae"...)
			continue
		case r == '’' || r == '‘' || r == 'ʼ':
			buf = append(buf, '\'')
			continue
		case r == '\u2010' || r == '\u2011' || r == '\u00a0' || r == '\u202f' || r == '\u2007':
			buf = append(buf, ' ')
			continue
		case r == '\u00ad':
			continue
		}
		if 0xC0 <= r && r < 0x180 { // Latin-1 and Latin Extended-A: a table
			buf = append(buf, latinFold[r-0xC0]...)
			continue
		}
		r = unicode.ToLower(r)
		if r < utf8.RuneSelf {
			buf = append(buf, byte(r))
			continue
		}
		nonASCII = true
		n := utf8.EncodeRune(tmp[:], r)
		d := norm.NFD.Append(tmp[n:n], tmp[:n]...)
		for len(d) > 0 {
			m, size := utf8.DecodeRune(d)
			if !unicode.Is(unicode.Mn, m) {
				buf = append(buf, d[:size]...)
			}
			d = d[size:]
		}
	}
	if nonASCII {
		return norm.NFC.String(string(buf))
	}
	return string(buf)
}

// latinFold is Fold of each rune from U+00C0 to U+017F, computed with the
// general rule (foldRune).
var latinFold = func() (t [0xC0]string) {
	for r := rune(0xC0); r < 0x180; r++ {
		t[r-0xC0] = foldRune(r)
	}
	return t
}()

// foldRune is Fold of one rune by the general rule: the mappings for
// œ æ, then lowercase, NFD, without nonspacing marks, NFC.
func foldRune(r rune) string {
	switch r {
	case 'œ', 'Œ':
		return "oe"
	case 'æ', 'Æ':
		return "ae"
	}
	var b []byte
	for _, m := range norm.NFD.String(string(unicode.ToLower(r))) {
		if !unicode.Is(unicode.Mn, m) {
			b = utf8.AppendRune(b, m)
		}
	}
	return norm.NFC.String(string(b))
}
