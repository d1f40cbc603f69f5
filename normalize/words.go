package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the word-level step. It walks the text chunk by chunk
// (runs of characters between spaces, quotation marks and : ; ? !: see
// sepLen) and applies, in order, these named rules:
//
//  1. dropCap: a doubled capital at the start of a sentence (CC’est).
//  2. duplicateGlued: a word repeated after a period with no space
//     (nord-coréen.Coréen).
//  3. periodSpace: a missing space after a period between a word and a
//     capitalised word (mardi.Le).
//  4. glued: two words glued together (Streetcitant, déclaréZelensky).
//  5. duplicateSpaced: the last part of a compound repeated after a stray
//     period (nord-coréen. Coréen, Kim).
//
// Chunks that look like addresses, handles or code (see chunkAt) are left
// alone.

// minPart is the shortest word, in letters, that the glued-word rule splits
// off; the second word of a capitalised chunk must be one letter longer.
const minPart = 4

// maxWordBytes is the length of the longest word of the lexicon, in bytes
// (makelexicon.go -maxlen).
const maxWordBytes = 40

// wordStep carries the state of the word-level step over one text.
type wordStep struct {
	o    Options
	in   string
	ed   *editor
	lx   *lexicon
	lxOK bool // the lexicon was asked for
	buf  []byte
}

func (w *wordStep) lexicon() *lexicon {
	if w.o.NoSplit {
		return nil
	}
	if !w.lxOK {
		w.lx, _ = loadLexicon() // on error, no dictionary-based repair
		w.lxOK = true
	}
	return w.lx
}

// chunkBytes classifies bytes for chunkAt: 1 ends a chunk, 2 may start a
// separator (see sepLen), 3 makes the chunk address-like, 4 is a period.
var chunkBytes = func() (t [256]uint8) {
	for _, c := range []byte(" \t\n\v\f\r\":;?!") {
		t[c] = 1
	}
	t[0xC2], t[0xE1], t[0xE2], t[0xE3] = 2, 2, 2, 2
	for _, c := range []byte("@/#_=&\\|<>{}~^") {
		t[c] = 3
	}
	t['.'] = 4
	return t
}()

// chunkAt returns the end of the chunk starting at i (chunks are parted by
// separators: see sepLen), the start of the next chunk, and whether the
// chunk looks like an address, a handle or code rather than words: it holds
// one of @ / # _ = & \ | < > { } ~ ^, or a period before a lowercase letter
// or a digit (lemonde.fr, 3.14).
func chunkAt(in string, i int) (end, next int, address bool) {
	end = i
loop:
	for end < len(in) {
		switch chunkBytes[in[end]] {
		case 0:
		case 1:
			break loop
		case 2:
			if sepLen(in, end) > 0 {
				break loop
			}
		case 3:
			address = true
		case 4:
			if end+1 < len(in) {
				c := in[end+1]
				if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
					address = true
				} else if c >= utf8.RuneSelf {
					if r, _ := utf8.DecodeRuneInString(in[end+1:]); unicode.IsLower(r) {
						address = true
					}
				}
			}
		}
		end++
	}
	return end, skipSpace(in, end), address
}

// sepLen returns the length of the chunk separator at in[i:], 0 if there
// is none: a space, tab or line break of any kind, a double quotation mark
// (« » “ ” „ ") or one of : ; ? !. The later steps turn these into spaces or
// guillemets, or put spaces around them, so a chunk must end there the same
// before and after they ran.
func sepLen(in string, i int) int {
	c := in[i]
	switch {
	case c < utf8.RuneSelf:
		switch c {
		case ' ', '\t', '\n', '\v', '\f', '\r', '"', ':', ';', '?', '!':
			return 1
		}
		return 0
	case c == 0xC2:
		if i+1 < len(in) {
			switch in[i+1] {
			case 0xA0, 0xAB, 0xBB, 0x85: // NBSP « » NEL
				return 2
			}
		}
		return 0
	case c == 0xE2:
		if i+2 < len(in) {
			switch c1, c2 := in[i+1], in[i+2]; {
			case c1 == 0x80 && (c2 <= 0x8A || 0x9C <= c2 && c2 <= 0x9E || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF),
				c1 == 0x81 && c2 == 0x9F:
				return 3 // U+2000..U+200A, “ ” „, U+2028, U+2029, U+202F, U+205F
			}
		}
		return 0
	case c == 0xE3 && strings.HasPrefix(in[i:], "\u3000"), c == 0xE1 && strings.HasPrefix(in[i:], "\u1680"):
		return 3
	}
	return 0
}

// skipSpace returns the first offset at or after i that is no separator.
func skipSpace(in string, i int) int {
	for i < len(in) {
		n := sepLen(in, i)
		if n == 0 {
			break
		}
		i += n
	}
	return i
}

// fixWords is the word-level step.
func (o Options) fixWords(in string, ed *editor) {
	w := wordStep{o: o, in: in, ed: ed, buf: make([]byte, 0, 64)}
	skip := 0 // text before skip was already edited
	for s := skipSpace(in, 0); s < len(in); {
		e, next, address := chunkAt(in, s)
		if s >= skip && !address {
			w.dropCap(s, e)
			if e-s >= 2*minPart || mayHaveRuleRun(in[s:e]) {
				w.runs(s, e)
			}
			if end := w.duplicateSpaced(s, e, next); end > 0 {
				skip = end
			}
		}
		s = next
	}
}

// mayHaveRuleRun reports whether a chunk shorter than 2*minPart bytes may
// hold a letter run that runs looks at: one with a capital after its first
// letter (leMonde), or one followed by a period (mardi.Le).
func mayHaveRuleRun(chunk string) bool {
	for i := 1; i < len(chunk); i++ {
		if c := chunk[i]; c == '.' || c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// sentenceStart reports whether a sentence starts at in[i:]: only spaces,
// quotation marks and brackets stand between it and the start of the line
// or a . ! ? ….
func sentenceStart(in string, i int) bool {
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(in[:i])
		switch r {
		case '\n', '.', '!', '?', '…':
			return true
		case ' ', '\u00a0', '\u202f', '«', '»', '“', '”', '"', '(', ')', '[', ']':
			i -= size
			continue
		}
		return false
	}
	return true
}

// dropCap repairs a doubled capital at the start of a sentence: CC’est,
// LLes. The capital must be followed by an apostrophe and a letter (C, D, J,
// L, M, N, S, T: the letters French elides), or by lowercase letters that
// make a known word with it. Acronyms (CCI, OTAN) are never touched.
func (w *wordStep) dropCap(s, e int) {
	in := w.in
	if c := in[s]; c < utf8.RuneSelf && (c < 'A' || 'Z' < c || s+1 >= e || in[s+1] != c) && c != '"' && c != '(' && c != '[' {
		return // the common case: no doubled ASCII capital
	}
	i := s
	for i < e {
		r, size := utf8.DecodeRuneInString(in[i:e])
		if r != '«' && r != '“' && r != '"' && r != '(' && r != '[' {
			break
		}
		i += size
	}
	r1, n1 := utf8.DecodeRuneInString(in[i:e])
	r2, n2 := utf8.DecodeRuneInString(in[i+n1 : e])
	if r1 != r2 || !unicode.IsUpper(r1) || !sentenceStart(in, s) {
		return
	}
	j := i + n1 + n2
	r3, n3 := utf8.DecodeRuneInString(in[j:e])
	switch {
	case apostropheLike(r3):
		r4, _ := utf8.DecodeRuneInString(in[j+n3 : e])
		if !strings.ContainsRune("CDJLMNST", r1) || !isLetter(r4) {
			return
		}
	case unicode.IsLower(r3):
		lx := w.lexicon()
		if lx == nil {
			return
		}
		k := j
		for k < e {
			r, size := utf8.DecodeRuneInString(in[k:e])
			if !isLetter(r) {
				break
			}
			k += size
		}
		if _, single := lx.classes(in[i+n1:k], w.buf); single&lexKnown == 0 {
			return
		}
		if _, double := lx.classes(in[i:k], w.buf); double&lexKnown != 0 {
			return
		}
	default:
		return
	}
	w.ed.delete(i, i+n1, KindDropCap)
}

// runs applies the rules that look at the letter runs of a chunk.
func (w *wordStep) runs(s, e int) {
	in := w.in
	for i := s; i < e; {
		// Find the next letter run, in[i:j], counting its letters and
		// noting a capital after the first letter.
		c := in[i]
		if c < utf8.RuneSelf && !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(in[i:e])
			if !isLetter(r) {
				i += size
				continue
			}
		}
		j, n, inner := i, 0, false
		for j < e {
			c := in[j]
			if c < utf8.RuneSelf {
				if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
					break
				}
				inner = inner || j > i && c <= 'Z'
				j++
				n++
				continue
			}
			r, size := utf8.DecodeRuneInString(in[j:e])
			if !isLetter(r) {
				break
			}
			inner = inner || j > i && unicode.IsUpper(r)
			j += size
			n++
		}
		if n >= 2*minPart || inner {
			w.glued(s, i, j, e)
		}
		if j < e && in[j] == '.' {
			if k := w.afterPeriod(s, i, j, e); k > 0 {
				i = k
				continue
			}
		}
		i = j
	}
}

// afterPeriod applies duplicateGlued and periodSpace to the letter run
// in[i:j] followed by a period and returns where to go on, 0 if neither
// applied.
func (w *wordStep) afterPeriod(s, i, j, e int) int {
	in := w.in
	k := j + 1
	r, _ := utf8.DecodeRuneInString(in[k:e])
	if !unicode.IsUpper(r) || i > s && in[i-1] == '.' {
		return 0 // not before a capital, or after a period too (www.X.Com)
	}
	m := k
	for m < e {
		r, size := utf8.DecodeRuneInString(in[m:e])
		if !isLetter(r) {
			break
		}
		m += size
	}
	next, _ := utf8.DecodeRuneInString(in[m:e])
	if next == '.' || isDigit(next) {
		return 0 // an abbreviation or a name with initials: J.R.R., U.S.A.
	}
	first, second := in[i:j], w.firstWord(s, k, m, e)
	// duplicateGlued: nord-coréen.Coréen → nord-coréen.
	if utf8.RuneCountInString(second) >= 3 && equalLower(first, second) {
		w.ed.delete(j, k+len(second), KindDuplicate)
		return k + len(second)
	}
	// periodSpace: mardi.Le → mardi. Le, when Le is a word and no domain
	// (Lemonde.Fr, Site.Net).
	last, _ := utf8.DecodeLastRuneInString(first)
	if utf8.RuneCountInString(first) >= 2 && unicode.IsLower(last) && hasLower(second) && w.word(second) {
		w.ed.insert(k, " ", KindPunctSpace)
		w.dropCap(k, e) // a sentence starts there now
		return k
	}
	return 0
}

// domains are the top-level domains that are also words.
var domains = [...]string{"com", "fr", "net", "org", "info", "eu", "tv", "co", "me", "io", "biz", "be", "ch", "ca", "uk", "us", "pro", "media", "news", "gouv", "paris"}

// word reports whether s, lowercased, is a known word and no top-level
// domain. Without the lexicon, nothing is a word.
func (w *wordStep) word(s string) bool {
	lx := w.lexicon()
	if lx == nil {
		return false
	}
	for _, d := range domains {
		if equalLower(s, d) {
			return false
		}
	}
	_, c := lx.classes(s, w.buf)
	return c&lexKnown != 0
}

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// equalLower reports whether a and b are equal once lowercased.
func equalLower(a, b string) bool {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if unicode.ToLower(ra) != unicode.ToLower(rb) {
			return false
		}
		a, b = a[na:], b[nb:]
	}
	return a == "" && b == ""
}

// runBoundsOK reports whether the letter run in[i:j] of the chunk in[s:e]
// stands as a word: nothing but quotation marks, brackets, apostrophes or
// punctuation touch it. (Every mark the spacing step may part from a word
// must be allowed, or a second pass would decide otherwise.)
func runBoundsOK(in string, s, i, j, e int) bool {
	if i > s {
		r, _ := utf8.DecodeLastRuneInString(in[s:i])
		if !strings.ContainsRune("«“\"'’([»”.:;?!", r) {
			return false
		}
	}
	if j < e {
		r, _ := utf8.DecodeRuneInString(in[j:e])
		if !strings.ContainsRune(".,;:!?)]»”\"…’«", r) {
			return false
		}
	}
	return true
}

// glued splits the letter run in[i:j] of the chunk in[s:e] when it is two
// glued words. Three shapes of run are considered:
//
//   - lowercase (arméecitant): the run is no known word; it splits in
//     exactly one way into a known word of 4 letters or more and a verb form
//     or grammatical word of 4 letters or more;
//   - capitalised (Streetcitant): the run is no known word or name; it
//     splits in exactly one way into a name or English word (not a French
//     word: Villeneuve, Beaumont stay) of 4 letters or more and a verb form
//     or grammatical word of 5 letters or more;
//   - lowercase then capitalised (déclaréZelensky): a known word of 2
//     letters or more, then a capital and 2 lowercase letters or more.
//
// Verb forms that often end a known word after another (-ment, -aient) do
// not count as verb forms here: see makelexicon.go.
func (w *wordStep) glued(s, i, j, e int) {
	if w.o.NoSplit || !runBoundsOK(w.in, s, i, j, e) {
		return
	}
	at, n := w.splits(w.in[i:j], true)
	for _, k := range at[:n] {
		w.ed.insert(i+k, " ", KindGlued)
	}
}

// firstWord returns the first word of the letter run in[i:j] of the chunk
// in[s:e], once glued would have split it.
func (w *wordStep) firstWord(s, i, j, e int) string {
	if !w.o.NoSplit && runBoundsOK(w.in, s, i, j, e) {
		if at, n := w.splits(w.in[i:j], true); n > 0 {
			return w.in[i : i+at[0]]
		}
	}
	return w.in[i:j]
}

// splits returns where the glued rule splits run: at most two offsets
// (déclaréStreetcitant). camel allows the lowercase-then-capitalised shape.
func (w *wordStep) splits(run string, camel bool) (at [2]int, n int) {
	if len(run) > 2*maxWordBytes {
		return at, 0 // no two words of the list make it
	}
	runes, caps, upper := 0, 0, -1
	for k, r := range run {
		switch {
		case 'a' <= r && r <= 'z':
		case 'A' <= r && r <= 'Z':
			caps++
			upper = k
		case r < utf8.RuneSelf:
			return at, 0
		case unicode.IsUpper(r):
			caps++
			upper = k
		case !unicode.IsLower(r) && !unicode.Is(unicode.Mn, r):
			return at, 0 // a letter without case
		}
		runes++
	}
	switch {
	case caps > 1:
		return at, 0 // an acronym, CamelCase, a doubled capital
	case upper > 0: // lowercase then capitalised
		a, b := run[:upper], run[upper:]
		if !camel || utf8.RuneCountInString(a) < 2 || utf8.RuneCountInString(b) < 3 {
			return at, 0
		}
		lx := w.lexicon()
		if lx == nil {
			return at, 0
		}
		if c, _ := lx.classes(a, w.buf); c&lexKnown == 0 {
			return at, 0
		}
		at[0] = upper
		if more, m := w.splits(b, false); m > 0 { // déclaréStreetcitant
			at[1] = upper + more[0]
			return at, 2
		}
		return at, 1
	case runes >= 2*minPart:
		lx := w.lexicon()
		if lx == nil {
			return at, 0
		}
		capital := upper == 0
		if c := lx.lookupString(run); c != 0 {
			return at, 0
		}
		if capital {
			if _, c := lx.classes(run, w.buf); c != 0 {
				return at, 0
			}
		}
		found := 0
		for k, r := range run {
			if r >= utf8.RuneSelf && unicode.Is(unicode.Mn, r) {
				continue
			}
			a, b := run[:k], run[k:]
			if utf8.RuneCountInString(a) < minPart || utf8.RuneCountInString(b) < minPart {
				continue
			}
			if bc := lx.lookupString(b); bc&lexVerb == 0 {
				continue
			}
			aw, al := lx.classes(a, w.buf)
			if capital {
				// An English word (Wall Street, White House): French words
				// and names start French names (Villeneuve, Bethencourt).
				if al&lexEnglish == 0 || utf8.RuneCountInString(b) <= minPart {
					continue
				}
			} else if aw&lexKnown == 0 {
				continue
			}
			at[0] = k
			found++
		}
		if found == 1 {
			return at, 1
		}
	}
	return at, 0
}

// duplicateSpaced removes the last part of a compound repeated after a
// stray period: "nord-coréen. Coréen, Kim" → "nord-coréen, Kim". The chunk
// in[s:e] must end in "-word." and the next chunk be the same word,
// capitalised, alone or before , ; : ), and then followed by a capital. It
// returns the end of the removed text, or 0.
func (w *wordStep) duplicateSpaced(s, e, next int) int {
	in := w.in
	if e-s < 4 || in[e-1] != '.' || next >= len(in) {
		return 0
	}
	// The word before the period, after a hyphen.
	k := e - 1
	for k > s {
		r, size := utf8.DecodeLastRuneInString(in[s:k])
		if !isLetter(r) {
			break
		}
		k -= size
	}
	if k == s || in[k-1] != '-' || e-1-k < 3 {
		return 0
	}
	first := in[k : e-1]
	// The next chunk.
	e2, after, _ := chunkAt(in, next)
	m := next
	for m < e2 {
		r, size := utf8.DecodeRuneInString(in[m:e2])
		if !isLetter(r) {
			break
		}
		m += size
	}
	second := in[next:m]
	r, _ := utf8.DecodeRuneInString(second)
	if !unicode.IsUpper(r) || !equalLower(first, second) {
		return 0
	}
	switch rest := in[m:e2]; rest {
	case ",", ";", ":", ")":
	case "":
		r, _ := utf8.DecodeRuneInString(in[after:])
		if !unicode.IsUpper(r) {
			return 0
		}
	default:
		return 0
	}
	w.ed.delete(e-1, m, KindDuplicate)
	return m
}
