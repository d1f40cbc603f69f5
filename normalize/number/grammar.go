package number

import (
	"math"
	"strings"
)

// The number-word grammar.
//
// A French cardinal is read left to right as groups below one thousand,
// each closed by a multiplier: "deux cent quarante-trois mille sept cent
// vingt-quatre" is (2×100+43)×1000 + 7×100+24. A group is hundreds and a
// rest below one hundred, built from units (un…neuf), dix, teens
// (onze…seize) and tens (vingt…soixante, and septante, huitante, octante,
// nonante). The rules a French speaker follows, and that accept enforces:
//
//   - a unit follows a round ten ("vingt-trois", "quatre-vingt-un"); "un"
//     after a ten takes "et" except after quatre-vingt ("vingt et un");
//   - sept, huit and neuf follow dix ("dix-sept", "soixante-dix-huit");
//   - dix and the teens follow soixante and quatre-vingt only
//     ("soixante-douze", "quatre-vingt-dix");
//   - vingt after quatre makes eighty ("quatre-vingts");
//   - cent multiplies a count from two to nineteen ("deux cents", "dix-neuf
//     cent"), or stands alone ("cent");
//   - mille and the scales (million, milliard…) multiply everything since
//     the last larger multiplier: "cinquante trois mille millions" is
//     53 000 × 10⁶. A multiplier never follows one of the same or a smaller
//     size once that one is closed ("deux mille trois mille" is two numbers).
//
// A word the grammar refuses ends the number; it may start the next one
// ("deux trois jours" is 2 and 3).

// wstate is the state of the number-word grammar: closed groups on a stack
// of strictly decreasing scales, then the hundreds h and the rest r of the
// group being read.
type wstate struct {
	segs  [6]struct{ scale, val float64 } // one per scale: mille … trillion
	nseg  int
	h, r  int   // the open group is h×100 + r
	last  wkind // kind of the last word accepted
	qv    bool  // r is 80 spelt "quatre-vingt": dix and the teens may follow
	after bool  // a word was accepted
}

// small returns the value of the open group.
func (st *wstate) small() int { return st.h*100 + st.r }

// total returns the value read so far.
func (st *wstate) total() float64 {
	v := float64(st.small())
	for k := 0; k < st.nseg; k++ {
		v += st.segs[k].val
	}
	return v
}

// groupStart reports whether the next word starts the rest of a group:
// nothing read yet, or right after cent, mille or a scale.
func (st *wstate) groupStart() bool {
	return st.r == 0 && (st.last == wNone || st.last == wCent || st.last == wMille || st.last == wScale)
}

// push closes the open group with the multiplier scale.
func (st *wstate) push(scale, val float64) bool {
	if st.nseg == len(st.segs) {
		return false
	}
	st.segs[st.nseg] = struct{ scale, val float64 }{scale, val}
	st.nseg++
	st.h, st.r, st.qv = 0, 0, false
	return true
}

// accept applies word w and reports whether the grammar allows it. An
// ordinal word is accepted like its cardinal ("dix-septième" is dix, then
// septième); the caller stops after it.
func (st *wstate) accept(w wordInfo) bool {
	v := int(w.val)
	switch w.kind {
	case wZero: // "zéro" only alone (or before "virgule")
		if st.after {
			return false
		}
	case wUnit:
		switch {
		case st.last == wZero:
			return false
		case st.groupStart():
			if v == 1 && w.ordinal && !st.after {
				return false // "unième" needs a number before it
			}
			st.r = v
		case st.last == wTens && st.r%10 == 0 && st.r >= 20: // "vingt-trois"
			st.r += v
		case st.last == wDix && v >= 7 && st.r%10 == 0: // "dix-sept"
			st.r += v
		default:
			return false
		}
	case wDix:
		switch {
		case st.groupStart():
			st.r = 10
		case st.last == wTens && (st.r == 60 || st.r == 80 && st.qv): // "soixante-dix"
			st.r += 10
		default:
			return false
		}
	case wTeen:
		switch {
		case st.groupStart():
			st.r = v
		case st.last == wTens && (st.r == 60 || st.r == 80 && st.qv): // "quatre-vingt-onze"
			st.r += v
		default:
			return false
		}
	case wTens:
		switch {
		case v == 20 && st.last == wUnit && st.r == 4: // "quatre-vingt(s)"
			st.r, st.qv = 80, true
		case w.plural: // "vingts" only in "quatre-vingts"
			return false
		case st.groupStart():
			st.r = v
		default:
			return false
		}
	case wCent:
		switch {
		case st.h != 0 || st.last == wZero:
			return false
		case st.r == 0 && (st.last == wNone || st.last == wMille || st.last == wScale): // "cent"
			st.h = 1
		case st.r >= 2 && st.r <= 19 && (st.last == wUnit || st.last == wTeen): // "deux cents", "dix-neuf cent"
			st.h, st.r = st.r, 0
		default:
			return false
		}
	case wMille:
		if st.last == wMille || st.last == wZero || st.nseg > 0 && st.segs[st.nseg-1].scale <= 1000 {
			return false
		}
		m := st.small()
		if m == 0 {
			m = 1 // "mille" alone, "un million mille"
		}
		if !st.push(1000, float64(m)*1000) {
			return false
		}
	case wScale:
		if st.last == wZero {
			return false
		}
		// The multiplicand is the open group and every closed group of a
		// smaller scale: "mille millions".
		v := float64(st.small())
		p := st.nseg
		for p > 0 && st.segs[p-1].scale < w.val {
			p--
			v += st.segs[p].val
		}
		if p > 0 && st.segs[p-1].scale <= w.val { // "deux millions trois millions"
			return false
		}
		if v == 0 && p == st.nseg {
			if !w.ordinal || st.after {
				return false // "millions" alone is no number; "millionième" is
			}
			v = 1
		}
		st.nseg = p
		st.push(w.val, v*w.val) // cannot fail: the stack just shrank or has a free slot
	default:
		return false
	}
	st.last = w.kind
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
func (sc *scanner) readWords(i int, w wordInfo) (core, int) {
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
		if j == i {
			// the first word may open a line: wordAt refuses only a
			// continuation across a line break
			w, ok = lookupWord(sc.key(sc.t[i]))
		}
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
