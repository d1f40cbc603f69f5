package number

// How Find works.
//
// tokenize cuts the text into words (with a folded key: lower case, no
// accents), digit runs and single punctuation marks, and records what
// separates each token from the previous one (nothing, one space, one
// no-break space, more, a line break) and whether a hyphen joins them.
// Numbers are then read from the tokens, never from the raw bytes, so that
// "10 000", "10\u00a0000" and "10.000" are the same three tokens apart from
// their gap.
//
// run walks the tokens. At each token that can start a number (candidate)
// read dispatches on its kind: readDigits for digits, readSigned for a
// sign or a leading comma, readWords for number words, readVague for "des
// milliers", readMinus for "moins 5", romanOrdinal for "XXIe". Each returns
// a core: the number as written, its token span and what it looks like
// (a year, an article, a code). finish then reads its context: the
// qualifier before it, a range it opens, the unit after it, and the rules
// that say whether it is reported at all. A reported number's tokens are
// consumed; the walk goes on after them.

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

// scanner holds the state of one Find or Parse call. It is used by one
// goroutine; Find makes a new one for every call.
type scanner struct {
	s     string
	keys  string // folded word keys, indexed by token.ka, token.kb
	t     []token
	whole bool // Parse: the input is one number, context filters are off
	used  int  // tokens before this index belong to a reported number: context lookups stop there
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
//
// When nothing is reported at a token, read's next index says where to go
// on: past the whole of a name such as "Covid-19" or a clock time such as
// "07 h 30", so that its pieces are not read again as numbers.
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
// sign or comma, a number word that can open a number, or a capitalised
// word (a Roman ordinal).
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
	if w, ok := sc.wordInfo(*t); ok {
		switch w.kind {
		case wEt, wVirgule, wDemi, wFrac, wCollect:
			return false // these only continue a number
		}
		return true
	}
	return t.upper // a Roman ordinal
}

// wordInfo looks the word token t up in the number-word table. Most words
// are not number words: a bit set indexed by first letter and length
// rejects them before the map lookup.
func (sc *scanner) wordInfo(t token) (wordInfo, bool) {
	k := sc.key(t)
	if len(k) == 0 || len(k) >= 32 || numberWordLens[k[0]]&(1<<len(k)) == 0 {
		return wordInfo{}, false
	}
	w, ok := numberWords[k]
	return w, ok
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
	w, ok := sc.wordInfo(*t)
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
	return sc.readWords(i, w)
}

// readSigned reads "-5", "−1,2M", "+3 %", ",0012G" and, at the start of a
// line only, "- 1.200.000".
func (sc *scanner) readSigned(i int) (core, int) {
	t := sc.t[i]
	if i+1 >= len(sc.t) {
		return core{}, i + 1
	}
	// A sign counts only right before the digits ("-5", "−1,2M"), or with
	// one space at the start of a line, where a dash cannot be a hyphen or a
	// dash between clauses ("- 1.200.000" in a table).
	n := sc.t[i+1]
	sign := 0.0
	switch sc.key(t) {
	case "-", "\u2212", "\u2013":
		sign = -1
	case "+":
		sign = 1
	case ",":
		if n.kind == tDigits && n.gap == gapNone && (i == 0 || t.gap != gapNone) {
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

// readMinus reads "moins 1200000", "moins cinq": a negative number spoken.
// "au moins", "moins de" and clock times ("deux heures moins dix") are not.
func (sc *scanner) readMinus(i int) (core, int) {
	// "moins moins 5" is not French; refusing it also keeps a run of
	// "moins" from being read again from every position.
	if i+1 >= len(sc.t) || sc.t[i+1].gap == gapLine || sc.keyAt(i+1) == "moins" {
		return core{}, i + 1
	}
	// "moins" is an adverb after these words, not a sign: "au moins", "pas
	// moins", "plus ou moins", "le moins", "du moins", "un peu moins", "à
	// moins", "de moins", "en moins"; and a clock time after "heure(s)" or
	// "h" ("deux heures moins dix").
	if i > 0 {
		switch sc.key(sc.t[i-1]) {
		case "au", "pas", "ou", "le", "du", "heure", "heures", "h", "peu", "a", "de", "d'", "en":
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
// "quelques dizaines": amounts with no value. The determiner must be
// followed by a plural collective noun or scale word; "des soldats" is not
// an amount, and "quelques 1.500 soldats" is read from the digits on.
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

// checkCompound rejects a number that is only part of a hyphenated word:
// "Mille-Îles", "deux-roues", "Trois-Rivières", "Quatre-Chemins". A
// hyphenated number ("quatre-vingt-dix", "vingt-et-un") has only number
// words between its hyphens, so it is read whole before this check. The
// returned index skips the rest of the compound.
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
