package number

import (
	"math"
	"strings"
)

// core is a number read at a token position, before its context (qualifier,
// range, unit) is looked at.
type core struct {
	ok          bool
	first, last int // token indices, inclusive
	start       int // byte offset of the first character (a sign may precede tokens[first])
	value       float64
	known       bool // false for vague amounts
	ordinal     bool
	approx      bool    // a collective noun: "une trentaine"
	scaled      bool    // ends with a scale or collective noun: "de" introduces the counted noun
	scale       float64 // value of the last scale word, 0 if none
	year        bool    // four bare digits between 1000 and 2100
	article     bool    // a lone "un"/"une"
	neuf        bool    // a lone "neuf" (also an adjective)
	code        bool    // digits with a leading zero ("07", "00125"): a code or a clock time
	hasRange    bool    // "20-25" read by the digit lexer
	min, max    float64 // bounds when hasRange
	fromDigits  bool    // written with digits: a bare range "A à B" needs both bounds alike
	fraction    bool    // "deux tiers", "trois quarts": the noun follows "de", "des" or "du"
}

// scanner holds the state of one Find or Parse call.
type scanner struct {
	s     string
	keys  string // folded word keys, indexed by token.ka, token.kb
	t     []token
	whole bool // Parse: the input is one number, context filters are off
	used  int  // tokens before this index belong to an emitted number
}

// key returns the folded key of a token: the folded letters of a word, the
// text of digits and punctuation.
func (sc *scanner) key(t token) string {
	if t.own {
		return sc.keys[t.ka:t.kb]
	}
	return sc.s[t.ka:t.kb]
}

// run finds every number and appends it to out.
func (sc *scanner) run(out []Number) []Number {
	for i := 0; i < len(sc.t); {
		if !sc.candidate(i) {
			i++
			continue
		}
		c, next := sc.read(i)
		if next <= i {
			next = i + 1
		}
		if !c.ok {
			i = next
			continue
		}
		n, end, ok := sc.finish(c)
		if !ok {
			i = next
			continue
		}
		out = append(out, n)
		sc.used = end
		i = end
	}
	return out
}

// candidate reports whether a number can start at token i: digits, a
// sign or comma, a number word, or a capitalised word (a Roman ordinal).
func (sc *scanner) candidate(i int) bool {
	t := &sc.t[i]
	switch t.kind {
	case tDigits:
		return true
	case tPunct:
		switch sc.key(*t) {
		case "-", "+", ",", "\u2212", "\u2013":
			return true
		}
		return false
	}
	if t.upper {
		return true
	}
	k := sc.key(*t)
	if len(k) == 0 || len(k) >= 32 || numberWordLens[k[0]]&(1<<len(k)) == 0 {
		return false
	}
	_, ok := numberWords[k]
	return ok
}

// read reads the number starting at token i, if any. next is the token to
// continue from when nothing is reported (it skips names such as "G7" whole).
func (sc *scanner) read(i int) (core, int) {
	t := &sc.t[i]
	switch t.kind {
	case tDigits:
		return sc.readDigits(i, i, 1)
	case tPunct:
		return sc.readSigned(i)
	}
	if t.upper {
		if v, ok := romanOrdinal(sc.s[t.start:t.end]); ok {
			if !sc.whole && v == 1 && i > 0 && sc.t[i-1].kind == tWord && sc.t[i-1].upper {
				return core{}, i + 1 // "Napoléon Ier": a regnal number
			}
			return core{ok: true, first: i, last: i, start: t.start, value: float64(v), known: true, ordinal: true}, i + 1
		}
	}
	w, ok := lookupWord(sc.key(*t))
	if !ok {
		return core{}, i + 1
	}
	switch w.kind {
	case wMoins:
		if c, next := sc.readMinus(i); c.ok {
			return c, next
		}
		return core{}, i + 1
	case wDet:
		if c, ok := sc.readVague(i); ok {
			return c, c.last + 1
		}
		return core{}, i + 1
	}
	return sc.readWords(i)
}

// readSigned reads "-5", "−1,2M", "+3 %", ",0012G" and, at the start of a
// line only, "- 1.200.000".
func (sc *scanner) readSigned(i int) (core, int) {
	t := sc.t[i]
	if i+1 >= len(sc.t) {
		return core{}, i + 1
	}
	n := sc.t[i+1]
	sign := 0.0
	switch sc.key(t) {
	case "-", "\u2212", "\u2013":
		sign = -1
	case "+":
		sign = 1
	case ",":
		if n.kind == tDigits && n.gap == gapNone && (i == 0 || t.gap != gapNone || isSign(sc.key(sc.t[i-1]))) {
			return sc.readDigits(i, i, 1)
		}
		return core{}, i + 1
	default:
		return core{}, i + 1
	}
	if i > 0 && t.gap == gapNone && sc.t[i-1].kind != tPunct {
		return core{}, i + 1 // "2022–2023" with an en dash, "A-380"
	}
	lineStart := i == 0 || t.gap == gapLine
	switch {
	case n.gap == gapNone && (n.kind == tDigits || sc.key(n) == ","):
	case lineStart && (n.gap == gapSpace || n.gap == gapNBSP) && n.kind == tDigits:
	default:
		return core{}, i + 1
	}
	j := i + 1
	if sc.key(n) == "," {
		if j+1 >= len(sc.t) || sc.t[j+1].kind != tDigits || sc.t[j+1].gap != gapNone {
			return core{}, i + 1
		}
	}
	c, next := sc.readDigits(j, i, sign)
	if !c.ok || c.ordinal || c.year {
		return core{}, next
	}
	return c, next
}

func isSign(k string) bool { return k == "-" || k == "\u2212" || k == "+" }

// readMinus reads "moins 1200000", "moins cinq": a negative number spoken.
// "au moins", "moins de" and clock times ("deux heures moins dix") are not.
func (sc *scanner) readMinus(i int) (core, int) {
	if i+1 >= len(sc.t) || sc.t[i+1].gap == gapLine {
		return core{}, i + 1
	}
	if i > 0 {
		switch sc.key(sc.t[i-1]) {
		case "au", "pas", "ou", "le", "du", "au-", "heure", "heures", "h", "peu", "a", "de", "d'", "en":
			return core{}, i + 1
		}
	}
	c, next := sc.read(i + 1)
	if !c.ok || c.ordinal || !c.known || c.article || c.year || c.code || c.hasRange {
		return core{}, i + 1
	}
	c.value = -c.value
	c.first = i
	c.start = sc.t[i].start
	return c, next
}

// readVague reads "des milliers", "plusieurs centaines de milliers",
// "quelques dizaines": amounts with no value.
func (sc *scanner) readVague(i int) (core, bool) {
	j := i + 1
	if j >= len(sc.t) || sc.t[j].kind != tWord || sc.t[j].gap == gapLine {
		return core{}, false
	}
	w, ok := lookupWord(sc.key(sc.t[j]))
	if !ok || w.ordinal || !w.plural || (w.kind != wCollect && w.kind != wScale) {
		return core{}, false
	}
	c := core{ok: true, first: i, last: j, start: sc.t[i].start, approx: true, scaled: true}
	sc.extendCollective(&c)
	return c, true
}

// extendCollective appends "de milliers", "de millions" to a collective
// count: "une dizaine de milliers", "des centaines de millions".
func (sc *scanner) extendCollective(c *core) {
	j := c.last + 1
	if j+1 >= len(sc.t) || (sc.key(sc.t[j]) != "de" && sc.key(sc.t[j]) != "d'") {
		return
	}
	w, ok := lookupWord(sc.key(sc.t[j+1]))
	if !ok || w.ordinal || !w.plural || sc.t[j+1].gap == gapLine || (w.kind != wScale && !(w.kind == wCollect && w.val == 1000)) {
		return
	}
	c.value *= w.val
	c.last = j + 1
}

// wstate is the state of the number-word grammar: complete groups on a
// stack (scale, value), hundreds h, and the rest r below one hundred.
type wstate struct {
	segs  [6]struct{ scale, val float64 }
	nseg  int
	h, r  int
	last  wkind
	qv    bool // r is 80 spelt "quatre-vingt"
	after bool // anything consumed
}

func (st *wstate) small() int { return st.h*100 + st.r }

func (st *wstate) total() float64 {
	v := float64(st.small())
	for k := 0; k < st.nseg; k++ {
		v += st.segs[k].val
	}
	return v
}

// groupStart reports whether the next word starts a new part below one hundred.
func (st *wstate) groupStart() bool {
	return st.r == 0 && (st.last == wNone || st.last == wCent || st.last == wMille || st.last == wScale)
}

// accept applies word w and reports whether the grammar allows it.
func (st *wstate) accept(w wordInfo) bool {
	v := int(w.val)
	switch w.kind {
	case wZero:
		if st.after {
			return false
		}
		st.last = wZero
	case wUnit:
		switch {
		case st.last == wZero:
			return false
		case st.groupStart():
			if v == 1 && w.ordinal && !st.after {
				return false // "unième" needs a number before it
			}
			st.r = v
		case st.last == wTens && st.r%10 == 0 && st.r >= 20:
			st.r += v
		case st.last == wDix && v >= 7 && st.r%10 == 0:
			st.r += v
		default:
			return false
		}
		st.last = wUnit
	case wDix:
		switch {
		case st.groupStart():
			st.r = 10
		case st.last == wTens && (st.r == 60 || st.r == 80 && st.qv):
			st.r += 10
		default:
			return false
		}
		st.last = wDix
	case wTeen:
		switch {
		case st.groupStart():
			st.r = v
		case st.last == wTens && (st.r == 60 || st.r == 80 && st.qv):
			st.r += v
		default:
			return false
		}
		st.last = wTeen
	case wTens:
		switch {
		case w.plural || (v == 20 && st.last == wUnit && st.r == 4):
			if st.last != wUnit || st.r != 4 || v != 20 {
				return false // "vingts" only in "quatre-vingts"
			}
			st.r, st.qv = 80, true
		case st.groupStart():
			st.r = v
		default:
			return false
		}
		st.last = wTens
	case wCent:
		switch {
		case st.h != 0 || st.last == wZero:
			return false
		case st.r == 0 && (st.last == wNone || st.last == wMille || st.last == wScale):
			st.h = 1
		case st.r >= 2 && st.r <= 19 && (st.last == wUnit || st.last == wTeen):
			st.h, st.r = st.r, 0
		default:
			return false
		}
		st.last = wCent
	case wMille:
		if st.last == wMille || st.last == wZero {
			return false
		}
		if st.nseg > 0 && st.segs[st.nseg-1].scale <= 1000 {
			return false
		}
		m := st.small()
		if m == 0 {
			m = 1
		}
		st.segs[st.nseg] = struct{ scale, val float64 }{1000, float64(m) * 1000}
		st.nseg++
		st.h, st.r, st.qv = 0, 0, false
		st.last = wMille
	case wScale:
		if st.last == wZero {
			return false
		}
		v := float64(st.small())
		popped := false
		for st.nseg > 0 && st.segs[st.nseg-1].scale < w.val {
			st.nseg--
			v += st.segs[st.nseg].val
			popped = true
		}
		if v == 0 && !popped {
			if !w.ordinal || st.after {
				return false // "millions" alone is no number; "millionième" is
			}
			v = 1
		}
		if st.nseg > 0 && st.segs[st.nseg-1].scale <= w.val || st.nseg == len(st.segs) {
			return false
		}
		st.segs[st.nseg] = struct{ scale, val float64 }{w.val, v * w.val}
		st.nseg++
		st.h, st.r, st.qv = 0, 0, false
		st.last = wScale
	default:
		return false
	}
	st.after = true
	return true
}

// wordAt returns the number word at token j, if token j is a word that can
// continue a number (same line).
func (sc *scanner) wordAt(j int) (wordInfo, bool) {
	if j >= len(sc.t) {
		return wordInfo{}, false
	}
	t := sc.t[j]
	if t.kind != tWord || t.gap == gapLine {
		return wordInfo{}, false
	}
	return lookupWord(sc.key(t))
}

// readWords reads a number written in words starting at token i:
// "vingt et un", "quatre-vingt-dix-neuf", "deux cent mille", "une trentaine",
// "zéro virgule cinq", "vingt et unième", "premier".
func (sc *scanner) readWords(i int) (core, int) {
	w, _ := lookupWord(sc.key(sc.t[i]))
	c := core{first: i, last: i, start: sc.t[i].start, known: true}
	switch w.kind {
	case wFirst, wSecond:
		return sc.readFirst(i, w)
	case wCollect, wEt, wVirgule, wDemi, wFrac:
		return core{}, i + 1
	}
	if w.ordinal && w.plural && !sc.whole {
		return core{}, i + 1 // "deux cinquièmes", "les dixièmes": fractions
	}
	// A lone "un"/"une" is an article unless a scale, a collective noun or
	// "demi" follows: "un million", "une trentaine", "un demi-million".
	if w.kind == wUnit && w.val == 1 && !w.ordinal {
		nw, ok := sc.wordAt(i + 1)
		switch {
		case ok && nw.kind == wFrac:
			c.value, c.last, c.fraction, c.ok = 1/nw.val, i+1, true, true // "un tiers", "un quart"
			return sc.checkCompound(c)
		case ok && nw.kind == wDemi:
			if sw, ok2 := sc.wordAt(i + 2); ok2 && sw.kind == wScale && !sw.ordinal {
				c.value, c.last, c.scaled, c.scale, c.ok = 0.5*sw.val, i+2, true, sw.val, true
				return sc.checkCompound(c)
			}
			fallthrough
		case !ok || (nw.kind != wScale && nw.kind != wCollect) || nw.ordinal:
			c.value, c.article, c.ok = 1, true, true
			return sc.checkCompound(c)
		}
	}
	var st wstate
	j := i
	ordinal := false
	for j < len(sc.t) {
		w, ok := sc.wordAt(j)
		if !ok || (j > i && w.ordinal && w.plural) {
			break
		}
		if w.kind == wEt {
			// "et" only joins un/une/unième (and onze after soixante) to a ten.
			nw, ok := sc.wordAt(j + 1)
			if !ok || st.last != wTens || st.qv || st.r%10 != 0 || st.r < 20 ||
				!(nw.kind == wUnit && nw.val == 1 || nw.kind == wTeen && nw.val == 11 && st.r == 60) {
				break
			}
			st.r += int(nw.val)
			st.last = nw.kind
			j += 2
			if nw.ordinal {
				ordinal = true
				break
			}
			continue
		}
		if w.kind == wCollect {
			break
		}
		if !st.accept(w) {
			break
		}
		j++
		if w.ordinal {
			ordinal = true
			break
		}
	}
	if j == i {
		return core{}, i + 1
	}
	c.last = j - 1
	c.value = st.total()
	c.ordinal = ordinal
	if st.last == wScale {
		c.scaled = true
		c.scale = st.segs[st.nseg-1].scale
	}
	if ordinal {
		c.ok = true
		return sc.checkCompound(c)
	}
	// "deux millions et demi"
	if st.last == wScale && j+1 < len(sc.t) && sc.key(sc.t[j]) == "et" {
		if dw, ok := sc.wordAt(j + 1); ok && dw.kind == wDemi {
			c.value += 0.5 * c.scale
			c.last = j + 1
			j += 2
		}
	}
	// "deux tiers", "trois quarts", "deux cinquièmes": fractions.
	if nw, ok := sc.wordAt(j); ok && st.nseg == 0 && st.small() > 0 && st.last != wZero &&
		(nw.kind == wFrac || nw.ordinal && nw.plural && nw.val >= 3 && nw.kind != wScale) {
		c.value /= nw.val
		c.last = j
		c.fraction = true
		c.ok = true
		return sc.checkCompound(c)
	}
	// "une trentaine", "deux centaines de milliers"
	if nw, ok := sc.wordAt(j); ok && nw.kind == wCollect && !nw.ordinal && st.nseg == 0 && st.small() > 0 && st.last != wZero {
		c.value *= nw.val
		c.last = j
		c.approx, c.scaled = true, true
		sc.extendCollective(&c)
		c.ok = true
		return sc.checkCompound(c)
	}
	// "zéro virgule cinq", "zéro virgule cent douze"
	if nw, ok := sc.wordAt(j); ok && nw.kind == wVirgule {
		if frac, end, ok := sc.readFraction(j + 1); ok {
			c.value += frac
			c.last = end
			c.ok = true
			return sc.checkCompound(c)
		}
	}
	if st.last == wZero {
		c.ok = true
		return sc.checkCompound(c)
	}
	// "trente 3": a ten followed by a digit.
	if st.last == wTens && st.r%10 == 0 && j < len(sc.t) {
		d := sc.t[j]
		if d.kind == tDigits && len(sc.key(d)) == 1 && sc.key(d) != "0" && d.gap == gapSpace &&
			(j+1 >= len(sc.t) || sc.t[j+1].gap != gapNone) {
			c.value += float64(sc.key(d)[0] - '0')
			c.last = j
		}
	}
	if c.first == c.last && w.kind == wUnit && w.val == 9 && !w.ordinal {
		c.neuf = true
	}
	c.ok = true
	return sc.checkCompound(c)
}

// readFraction reads the words after "virgule": leading zeros, then a
// number whose digits follow the decimal point.
func (sc *scanner) readFraction(j int) (float64, int, bool) {
	zeros := 0
	for {
		w, ok := sc.wordAt(j)
		if !ok || w.kind != wZero {
			break
		}
		zeros++
		j++
	}
	var st wstate
	k := j
	for {
		w, ok := sc.wordAt(k)
		if !ok || w.ordinal || w.kind == wEt || w.kind == wCollect || !st.accept(w) {
			break
		}
		k++
	}
	if k == j {
		if zeros == 0 {
			return 0, 0, false
		}
		return 0, j - 1, true
	}
	// The spoken number gives the digits after the point: "virgule cent
	// douze" is .112, "virgule cinquante" is .50.
	v := st.total()
	digits := len(ftoa(v))
	return v / math.Pow(10, float64(zeros+digits)), k - 1, true
}

// ftoa writes a whole float64 without exponent.
func ftoa(v float64) string {
	var b [24]byte
	n := len(b)
	u := uint64(v)
	if u == 0 {
		return "0"
	}
	for u > 0 {
		n--
		b[n] = byte('0' + u%10)
		u /= 10
	}
	return string(b[n:])
}

// readFirst reads "premier", "première" (ordinal 1) and "second(e)"
// (ordinal 2). Plurals are left out ("les premiers soldats"), and so are
// the title "Premier ministre" and "seconde" as a unit of time ("trente
// secondes", "une seconde").
func (sc *scanner) readFirst(i int, w wordInfo) (core, int) {
	c := core{ok: true, first: i, last: i, start: sc.t[i].start, value: w.val, known: true, ordinal: true}
	if w.kind == wFirst && !sc.whole && i+1 < len(sc.t) && strings.HasPrefix(sc.key(sc.t[i+1]), "ministre") {
		return core{}, i + 1 // "Premier ministre" is a title, not a rank
	}
	if w.kind == wSecond && !sc.whole {
		if sc.key(sc.t[i]) == "seconde" && i > 0 && sc.t[i].gap != gapLine {
			p := sc.t[i-1]
			if !(p.kind == tWord && determiners[sc.key(p)]) && !(p.kind == tPunct && sc.key(p) != ",") {
				return core{}, i + 1
			}
		}
	}
	return sc.checkCompound(c)
}

// checkCompound rejects a number that is only part of a hyphenated word:
// "Mille-Îles", "deux-roues", "Trois-Rivières", "Quatre-Chemins".
func (sc *scanner) checkCompound(c core) (core, int) {
	if sc.t[c.first].hyph && c.first > 0 && sc.t[c.first-1].kind == tWord {
		j := c.last + 1
		for j < len(sc.t) && sc.t[j].hyph {
			j++
		}
		return core{}, j
	}
	if j := c.last + 1; j < len(sc.t) && sc.t[j].hyph && sc.t[j].kind == tWord {
		for j < len(sc.t) && sc.t[j].hyph {
			j++
		}
		return core{}, j
	}
	return c, c.last + 1
}

// romanOrdinal reads "XXIe", "IIe", "Ier", "XIXème": an upper-case Roman
// numeral with an ordinal ending. Lone letters other than I, V and X are
// left out ("Le", "De", "Me" are words).
func romanOrdinal(raw string) (int, bool) {
	k := 0
	for k < len(raw) && strings.IndexByte("IVXLCDM", raw[k]) >= 0 {
		k++
	}
	if k == 0 || k == len(raw) {
		return 0, false
	}
	suf := raw[k:]
	switch suf {
	case "e", "ème", "eme", "è", "ᵉ":
		if k == 1 && raw[0] != 'V' && raw[0] != 'X' {
			return 0, false
		}
	case "er", "re", "ère", "ere", "ᵉʳ", "ʳᵉ":
		if raw[:k] != "I" {
			return 0, false
		}
	default:
		return 0, false
	}
	v := romanValue(raw[:k])
	if v <= 0 || toRoman(v) != raw[:k] {
		return 0, false
	}
	return v, true
}

func romanValue(r string) int {
	val := func(c byte) int {
		switch c {
		case 'I':
			return 1
		case 'V':
			return 5
		case 'X':
			return 10
		case 'L':
			return 50
		case 'C':
			return 100
		case 'D':
			return 500
		case 'M':
			return 1000
		}
		return 0
	}
	total := 0
	for k := 0; k < len(r); k++ {
		v := val(r[k])
		if k+1 < len(r) && val(r[k+1]) > v {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

func toRoman(v int) string {
	if v <= 0 || v >= 4000 {
		return ""
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for k, n := range vals {
		for v >= n {
			b.WriteString(syms[k])
			v -= n
		}
	}
	return b.String()
}
