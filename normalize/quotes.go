package normalize

import (
	"strings"
	"unicode/utf8"
)

// This file holds the quotation-mark step. It works one line (paragraph) at
// a time: it finds the quotation marks, decides from their neighbours which
// open and which close, pairs them, and turns the outermost pairs of “ ” „
// and " into « ». Marks nested inside another quotation are kept (French
// writes nested quotations with “ ”), and so are straight quotes left
// without a partner (12" is not a quotation).

// quote families.
const (
	famGuillemet = iota
	famCurly
	famStraight
)

// quoteMark is one quotation mark of a line.
type quoteMark struct {
	pos, size int
	fam       int
	open      bool // its role: opening or closing
	depth     int  // quotations around it
	pair      int  // index of its partner, or -1
}

func isHSpace(r rune) bool { return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\t' }

// blank reports whether r is a space or the end of the line (-1): the
// spacing step may turn one into the other.
func blank(r rune) bool { return r == -1 || isHSpace(r) }

// opensBefore reports whether r, just before a quotation mark, lets it open
// a quotation.
func opensBefore(r rune) bool {
	switch r {
	case -1, '(', '[', '{', '—', '–', '-', '/', '«', '“', '„', '‘':
		return true
	}
	return isHSpace(r)
}

// closesAfter reports whether r, just after a quotation mark, lets it close
// a quotation.
func closesAfter(r rune) bool {
	switch r {
	case -1, '.', ',', ';', ':', '!', '?', ')', ']', '}', '…', '»', '”', '’', '\'', '-', '—', '–':
		return true
	}
	return isHSpace(r)
}

// fixQuotes is the quotation-mark step.
func fixQuotes(in string, ed *editor) {
	var marks []quoteMark
	for start := 0; start < len(in); {
		end := strings.IndexByte(in[start:], '\n')
		if end < 0 {
			end = len(in)
		} else {
			end += start
		}
		marks = quoteLine(in, start, end, marks[:0], ed)
		start = end + 1
	}
}

// hasQuote reports whether line may hold a quotation mark other than « ».
func hasQuote(line string) bool {
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '"':
			return true
		case 0xE2: // “ ” „ are E2 80 9C..9E
			if i+2 < len(line) && line[i+1] == 0x80 && 0x9C <= line[i+2] && line[i+2] <= 0x9E {
				return true
			}
		}
	}
	return false
}

func quoteLine(in string, start, end int, marks []quoteMark, ed *editor) []quoteMark {
	line := in[start:end]
	if !hasQuote(line) {
		return marks
	}
	lineRune := func(i int) rune { // rune at line offset i, -1 outside
		if i < 0 || i >= len(line) {
			return -1
		}
		r, _ := utf8.DecodeRuneInString(line[i:])
		return r
	}
	before := func(i int) rune {
		if i <= 0 {
			return -1
		}
		r, _ := utf8.DecodeLastRuneInString(line[:i])
		return r
	}
	// Find the marks and their roles.
	straightOpen := 0
	for i := 0; i < len(line); {
		if c := line[i]; c != '"' && c != 0xC2 && c != 0xE2 { // no quotation mark starts here
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(line[i:])
		m := quoteMark{pos: i, size: size, pair: -1}
		prev, next := before(i), lineRune(i+size)
		spaceBefore := opensBefore(prev)
		spaceAfter := closesAfter(next) && next != '-' && next != '—' && next != '–' || next == -1
		switch r {
		case '«', '»':
			m.fam, m.open = famGuillemet, r == '«'
		case '“', '„':
			// Opening, unless it is glued to the word before and not to the
			// word after.
			if blank(prev) && blank(next) { // a lone mark
				i += size
				continue
			}
			m.fam, m.open = famCurly, !(!spaceBefore && closesAfter(next))
		case '”':
			if blank(prev) && blank(next) { // a lone mark
				i += size
				continue
			}
			m.fam, m.open = famCurly, spaceBefore && !spaceAfter
		case '"':
			m.fam = famStraight
			switch {
			case spaceBefore && !spaceAfter:
				m.open = true
			case !spaceBefore && spaceAfter:
				m.open = false
			case !spaceBefore && !spaceAfter: // word"word: closes an open one
				m.open = straightOpen == 0
			default: // a lone " between spaces
				i += size
				continue
			}
		default:
			i += size
			continue
		}
		if m.fam == famStraight {
			if m.open {
				straightOpen++
			} else if straightOpen > 0 {
				straightOpen--
			}
		}
		marks = append(marks, m)
		i += size
	}
	// Pair them with a stack per family; depth counts the quotations open
	// around a mark. A closing mark pairs with the last open mark of its
	// family, and marks of other families opened after that one stay
	// unpaired (crossed quotations).
	var stacks [3][]int
	open := 0 // marks on the stacks
	for k := range marks {
		m := &marks[k]
		if m.open {
			m.depth = open
			stacks[m.fam] = append(stacks[m.fam], k)
			open++
			continue
		}
		st := stacks[m.fam]
		if len(st) == 0 {
			m.depth = open
			continue
		}
		o := st[len(st)-1]
		stacks[m.fam] = st[:len(st)-1]
		open--
		for f := range stacks {
			for len(stacks[f]) > 0 && stacks[f][len(stacks[f])-1] > o {
				stacks[f] = stacks[f][:len(stacks[f])-1]
				open--
			}
		}
		m.pair, marks[o].pair = o, k
		m.depth = marks[o].depth
	}
	// Convert the outermost quotation marks: pairs, and curly marks whose
	// role is clear without a partner.
	for _, m := range marks {
		if m.fam == famGuillemet || m.depth > 0 || m.fam == famStraight && m.pair < 0 {
			continue
		}
		g := "»"
		if m.open {
			g = "«"
		}
		ed.replace(start+m.pos, start+m.pos+m.size, g, KindQuote)
	}
	return marks
}
