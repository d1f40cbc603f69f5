package normalize

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// This file holds the rune-level steps: each looks at one rune (and, for
// apostrophes, at its neighbours) and maps it to a replacement.

// fixUTF8 replaces each run of invalid UTF-8 bytes with U+FFFD.
func fixUTF8(in string, ed *editor) {
	if utf8.ValidString(in) {
		return
	}
	for i := 0; i < len(in); {
		r, size := utf8.DecodeRuneInString(in[i:])
		if r != utf8.RuneError || size != 1 {
			i += size
			continue
		}
		j := i + 1
		for j < len(in) {
			r, size := utf8.DecodeRuneInString(in[j:])
			if r != utf8.RuneError || size != 1 {
				break
			}
			j++
		}
		ed.replace(i, j, "\uFFFD", KindUTF8)
		i = j
	}
}

// fixNFC puts in into Unicode normalisation form C, one repair per run of
// changed segments.
func fixNFC(in string, ed *editor) {
	n := quickNFC(in)
	if n < len(in) {
		n += norm.NFC.QuickSpanString(in[n:])
	}
	if n == len(in) {
		return
	}
	// Start at the segment boundary before the first text that may change.
	from := n
	for from > 0 && !norm.NFC.PropertiesString(in[from:]).BoundaryBefore() {
		_, size := utf8.DecodeLastRuneInString(in[:from])
		from -= size
	}
	var it norm.Iter
	it.InitString(norm.NFC, in[from:])
	start, end := -1, -1 // the pending repair
	var buf []byte
	for !it.Done() {
		p0 := from + it.Pos()
		seg := it.Next()
		p1 := from + it.Pos()
		if string(seg) == in[p0:p1] {
			continue
		}
		if start >= 0 && p0 != end {
			ed.replace(start, end, string(buf), KindNFC)
			start = -1
		}
		if start < 0 {
			start, buf = p0, buf[:0]
		}
		end = p1
		buf = append(buf, seg...)
	}
	if start >= 0 {
		ed.replace(start, end, string(buf), KindNFC)
	}
}

// quickNFC returns the length of a prefix of s known to be in NFC, from
// which norm can go on: it passes ASCII and the runes of French text that
// are NFC starters and compose with nothing that follows but a combining
// mark (Latin-1 letters and signs, Œ œ, U+2002..U+203F: ’ “ ” … – — and
// the narrow no-break space, €), and stops before the rune that comes
// before any other rune.
func quickNFC(s string) int {
	last := 0 // start of the last rune passed
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			last = i
			i++
			continue
		case (c == 0xC2 || c == 0xC3) && i+1 < len(s):
			last = i
			i += 2
			continue
		case c == 0xC5 && i+1 < len(s) && (s[i+1] == 0x92 || s[i+1] == 0x93): // Œ œ
			last = i
			i += 2
			continue
		case c == 0xE2 && i+2 < len(s) && (s[i+1] == 0x80 && s[i+2] >= 0x82 || s[i+1] == 0x82 && s[i+2] == 0xAC): // not U+2000, U+2001
			last = i
			i += 3
			continue
		}
		return last
	}
	return len(s)
}

// invisible reports whether r is removed as a control or invisible format
// character: C0 and C1 controls other than \t \n \v \f \r, DEL, soft hyphen,
// zero-width space, word joiner, BOM, Mongolian vowel separator and the
// bidirectional marks, embeddings and isolates. ZWJ and ZWNJ are kept: they
// matter in emoji and some scripts.
func invisible(r rune) bool {
	switch {
	case r < 0x20:
		return r != '\t' && r != '\n' && r != '\v' && r != '\f' && r != '\r'
	case r == 0x7f || 0x80 <= r && r <= 0x9f && r != 0x85:
		return true
	case r == '\u00ad', r == '\u200b', r == '\u2060', r == '\ufeff', r == '\u180e',
		r == '\u200e', r == '\u200f', '\u202a' <= r && r <= '\u202e', '\u2066' <= r && r <= '\u2069':
		return true
	}
	return false
}

// apostropheLike reports whether r is written as an apostrophe when it sits
// between two letters: ’ ' ‘ ʼ ` ´ ′ and the fullwidth apostrophe.
func apostropheLike(r rune) bool {
	switch r {
	case '’', '\'', '‘', 'ʼ', '`', '´', '′', '＇':
		return true
	}
	return false
}

// isLetter reports whether r counts as part of a word: a letter or a
// combining mark.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// elisions are the words that end in an apostrophe before a vowel; one of
// them before the apostrophe makes it an apostrophe even before a digit
// (l’1,5 %).
var elisions = [...]string{"c", "d", "j", "l", "m", "n", "s", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"}

// prevRune returns the rune before in[:i], skipping runes that mapRunes
// removes, and -1 at the start.
func prevRune(in string, i int) (rune, int) {
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(in[:i])
		i -= size
		if !invisible(r) {
			return r, i
		}
	}
	return -1, 0
}

// nextRune returns the rune at in[i:], skipping runes that mapRunes removes,
// and -1 at the end.
func nextRune(in string, i int) rune {
	for i < len(in) {
		r, size := utf8.DecodeRuneInString(in[i:])
		if !invisible(r) {
			return r
		}
		i += size
	}
	return -1
}

// isApostrophe reports whether the apostrophe-like rune in[i:i+size] is an
// apostrophe: it follows a letter and comes before a letter, or it follows
// an elided word (l, d, qu…) and comes before a digit or an opening quotation
// mark (l’« escalade »); and it is not part of an address
// (wiki/Côte_d'Ivoire).
func isApostrophe(in string, i, size int, addr *addressCache) bool {
	p, pi := prevRune(in, i)
	if !isLetter(p) || addr.inAddress(in, i) {
		return false
	}
	n := nextRune(in, i+size)
	if isLetter(n) {
		return true
	}
	if !isDigit(n) && n != '«' && n != '“' && n != '"' && n != '„' && n != '”' { // any may become «
		return false
	}
	// The word before: letters back to a non-letter.
	end := pi + utf8.RuneLen(p)
	start := pi
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(in[:start])
		if !isLetter(r) {
			break
		}
		start -= size
	}
	w := in[start:end]
	for _, e := range elisions {
		if len(w) == len(e) && equalFoldASCII(w, e) {
			return true
		}
	}
	return false
}

// addressCache remembers whether the last chunk looked at is address-like,
// so that each byte is scanned a bounded number of times.
type addressCache struct {
	end     int // end of the chunk looked at last, -1 before any
	address bool
}

// inAddress reports whether in[i] is inside a chunk that looks like an
// address or code (see chunkAt). Calls must come with growing i.
func (c *addressCache) inAddress(in string, i int) bool {
	if i < c.end {
		return c.address
	}
	s := i
	for s > 0 && s > c.end {
		j := s - 1
		for j > 0 && !utf8.RuneStart(in[j]) {
			j--
		}
		if sepLen(in, j) > 0 {
			break
		}
		s = j
	}
	c.end, _, c.address = chunkAt(in, s)
	return c.address
}

func equalFoldASCII(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// plainByte marks the ASCII bytes that mapRunes keeps without a look.
var plainByte = func() (t [256]bool) {
	for c := ' '; c < 0x7f; c++ {
		t[c] = c != '\'' && c != '`'
	}
	t['\n'] = true
	return t
}()

// mapRunes is the rune-level mapping step: newlines, controls and invisible
// characters, spaces, hyphens and apostrophes.
func (o Options) mapRunes(in string, ed *editor) {
	apos := "’"
	if o.ASCIIApostrophe {
		apos = "'"
	}
	addr := addressCache{end: -1}
	nbsp, narrow := "\u00a0", "\u202f"
	switch {
	case o.PlainSpaces:
		nbsp, narrow = " ", " "
	case o.UnifyNBSP:
		narrow = nbsp
	}
	for i := 0; i < len(in); {
		c := in[i]
		if plainByte[c] {
			i++
			continue
		}
		if c == 0xC3 && i+1 < len(in) { // U+00C0..U+00FF: Latin-1 letters, × and ÷
			i += 2
			continue
		}
		if c < utf8.RuneSelf {
			switch {
			case c == '\n' || ' ' <= c && c < 0x7f && c != '\'' && c != '`':
			case c == '\r':
				if i+1 < len(in) && in[i+1] == '\n' {
					ed.delete(i, i+1, KindNewline)
				} else {
					ed.replace(i, i+1, "\n", KindNewline)
				}
			case c == '\t' || c == '\v' || c == '\f':
				ed.replace(i, i+1, " ", KindSpace)
			case c == '\'' || c == '`':
				if apos != in[i:i+1] && isApostrophe(in, i, 1, &addr) {
					ed.replace(i, i+1, apos, KindApostrophe)
				}
			default: // other controls and DEL
				ed.delete(i, i+1, KindControl)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(in[i:])
		switch {
		case r == '\u0085' || r == '\u2028' || r == '\u2029':
			ed.replace(i, i+size, "\n", KindNewline)
		case invisible(r):
			ed.delete(i, i+size, KindControl)
		case r == '\u00a0':
			if nbsp != "\u00a0" {
				ed.replace(i, i+size, nbsp, KindSpace)
			}
		case r == '\u202f':
			if narrow != "\u202f" {
				ed.replace(i, i+size, narrow, KindSpace)
			}
		case r == '\u2007':
			ed.replace(i, i+size, nbsp, KindSpace)
		case '\u2000' <= r && r <= '\u200a' || r == '\u205f' || r == '\u3000' || r == '\u1680':
			ed.replace(i, i+size, " ", KindSpace)
		case r == '\u2010' || r == '\u2011':
			ed.replace(i, i+size, "-", KindHyphen)
		case apostropheLike(r):
			if apos != in[i:i+size] && isApostrophe(in, i, size, &addr) {
				ed.replace(i, i+size, apos, KindApostrophe)
			}
		}
		i += size
	}
}
