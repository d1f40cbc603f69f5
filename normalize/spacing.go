package normalize

import (
	"strings"
	"unicode/utf8"
)

// This file holds the spacing step: French typographic spacing around
// « » : ; ? !, runs of spaces, spaces at line ends, doubled punctuation.

// inner is the space added inside « » and before a colon.
func (o Options) inner() string {
	if o.NBSP && !o.PlainSpaces {
		return "\u00a0"
	}
	return " "
}

// narrow is the space added before ; ? !.
func (o Options) narrow() string {
	switch {
	case !o.NBSP || o.PlainSpaces:
		return " "
	case o.UnifyNBSP:
		return "\u00a0"
	}
	return "\u202f"
}

// closing reports whether r ends a word-like unit that a high punctuation
// mark (: ; ? !) may follow.
func closing(r rune) bool {
	switch r {
	case '»', ')', ']', '”', '…':
		return true
	}
	return false
}

// plainNext marks the ASCII bytes that no rule looks at after a plainPrev
// rune: letters, digits and . - ( ).
var plainNext = func() (t [256]bool) {
	for c := 0; c < 128; c++ {
		t[c] = asciiAlnum(byte(c)) || c == '.' || c == '-' || c == '(' || c == ')'
	}
	return t
}()

// plainPrev reports whether prev is a plain space, an ASCII letter or digit,
// a Latin-1 letter or one of . , - ( ) ’: after those, no rule looks at a
// letter, a digit, a single space or one of . , - ( ) ’.
func plainPrev(prev rune) bool {
	switch {
	case prev < 0:
		return false
	case prev < utf8.RuneSelf:
		return asciiAlnum(byte(prev)) || prev == ' ' || prev == '.' || prev == ',' || prev == '-' || prev == '(' || prev == ')'
	case prev == '’':
		return true
	}
	return 0xC0 <= prev && prev <= 0xFF && prev != 0xD7 && prev != 0xF7
}

func asciiAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// runeAt returns the rune at in[i:], or -1 at the end of the text or line.
func runeAt(in string, i int) rune {
	if i >= len(in) || in[i] == '\n' {
		return -1
	}
	r, _ := utf8.DecodeRuneInString(in[i:])
	return r
}

// entity reports whether in[:i] ends in an HTML entity name (&amp, &#39).
func entity(in string, i int) bool {
	j := i
	for j > 0 && j > i-12 {
		c := in[j-1]
		switch {
		case c == '&':
			return j < i
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '#':
			j--
		default:
			return false
		}
	}
	return false
}

// wantsSpace reports whether the high punctuation mark r at in[i:i+size],
// after prev, lacks the space French puts before it. (A mark before « or »
// counts as before a space: the step puts one there.)
func wantsSpace(in string, i, size int, r, prev rune) bool {
	next := runeAt(in, i+size)
	switch r {
	case ':':
		// Not in 10:30, http:, std::, nor before a word (a:b).
		return (isLetter(prev) || closing(prev) && prev != '…') &&
			(next == -1 || isHSpace(next) || next == '«' || next == '»' || next == '“' || next == '"')
	case ';':
		return (isLetter(prev) || isDigit(prev) || closing(prev)) && (next == -1 || isHSpace(next) || next == '«' || next == '»') && !entity(in, i)
	case '?', '!':
		if !isLetter(prev) && !isDigit(prev) && !closing(prev) {
			return false
		}
		switch next {
		case -1, '«', '»', '”', '"', ')', '?', '!', '.', ',', '…':
			return true
		}
		return isHSpace(next)
	}
	return false
}

// fixSpacing is the spacing step.
func (o Options) fixSpacing(in string, ed *editor) {
	prev := rune(-1)     // last rune of the output on this line, -1 at its start
	afterSpaced := false // prev is : ; ? ! with a space before it
	prevClosing := false // prev is a ” that closes a quotation
	for i := 0; i < len(in); {
		// The common cases, in a tight loop: no rule looks at a letter, a
		// digit, a single space or one of . , - ( ) ’ after one of those.
		if plainPrev(prev) {
			j := i
			for i < len(in) {
				c := in[i]
				switch {
				case plainNext[c]:
					i++
				case c == ',' && (i == j && prev != ',' || i > j && in[i-1] != ','),
					c == ' ' && (i == j && prev != ' ' || i > j && in[i-1] != ' ') && i+1 < len(in) && (asciiAlnum(in[i+1]) || in[i+1] == 0xC3):
					i++
				case c == 0xC3 && i+1 < len(in) && in[i+1] != 0x97 && in[i+1] != 0xB7: // Latin-1 letter, not × ÷
					i += 2
				case c == 0xE2 && strings.HasPrefix(in[i:], "’"):
					i += len("’")
				default:
					goto done
				}
			}
		done:
			if i > j {
				prev, _ = utf8.DecodeLastRuneInString(in[:i])
				afterSpaced, prevClosing = false, false
			}
		}
		if i >= len(in) {
			break
		}
		c := in[i]
		if c == '\n' {
			prev, afterSpaced, prevClosing = -1, false, false
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(in[i:])
		}
		if isHSpace(r) {
			// A run of spaces: none at the ends of a line, else one, the
			// first no-break space of the run if there is one.
			j, keep := i, " "
			for j < len(in) {
				s, n := utf8.DecodeRuneInString(in[j:])
				if !isHSpace(s) {
					break
				}
				if keep == " " && (s == '\u00a0' || s == '\u202f') {
					keep = in[j : j+n]
				}
				j += n
			}
			switch {
			case prev == -1 || j == len(in) || in[j] == '\n':
				ed.delete(i, j, KindSpace)
			case in[i:j] != keep:
				ed.replace(i, j, keep, KindSpace)
				prev, _ = utf8.DecodeRuneInString(keep)
			default:
				prev = r
			}
			afterSpaced, prevClosing = false, false
			i = j
			continue
		}
		spaced := isHSpace(prev)
		if prev != -1 && !isHSpace(prev) {
			if (r == '»' || r == '«' || r == ',') && r == prev {
				ed.delete(i, i+size, KindDoubled)
				i += size
				continue
			}
			ins := ""
			switch {
			case prev == '«' && r != '»':
				ins = o.inner()
			case r == '»' && prev != '«':
				ins = o.inner()
			case r == '«' && (isLetter(prev) || isDigit(prev) || strings.ContainsRune(".,;:!?)]»…", prev)):
				ins = " "
			case r == ':' && wantsSpace(in, i, size, r, prev):
				ins = o.inner()
			case (r == ';' || r == '?' || r == '!') && wantsSpace(in, i, size, r, prev):
				ins = o.narrow()
			case (prev == '»' || prev == '”' && prevClosing) && (isLetter(r) || isDigit(r)):
				ins = " "
			case afterSpaced && isLetter(r):
				ins = " "
			}
			if ins != "" {
				ed.insert(i, ins, KindPunctSpace)
				spaced = true
			}
		}
		afterSpaced = spaced && (r == ':' || r == ';' || r == '?' || r == '!')
		prevClosing = r == '”' && prev != -1 && !isHSpace(prev)
		prev = r
		i += size
	}
}
