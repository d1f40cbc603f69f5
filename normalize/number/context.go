package number

import (
	"math"
	"strings"
)

// finish looks at what surrounds a number read by read: the qualifier
// before it, a range it opens, the unit after it, and the rules that say a
// number is not a quantity (an article, an adjective, a year). It returns
// the Number, the index of the token after it, and false when the number
// is not reported.
func (sc *scanner) finish(c core) (Number, int, bool) {
	t := sc.t
	q, qFirst := Exact, c.first
	if !c.ordinal && !c.hasRange {
		q, qFirst = sc.qualifier(c.first)
	}
	if c.article && q == Exact && !sc.whole && !(c.first == 0 && c.last == len(t)-1) && !sc.countOfOne(c.first) {
		return Number{}, c.last + 1, false
	}
	first, last := qFirst, c.last
	n := Number{Value: c.value, Known: c.known, Ordinal: c.ordinal, Approx: c.approx || q == About, Qualifier: q}
	switch {
	case !c.known:
		n.Qualifier = Vague
	case c.approx && q == Exact:
		n.Qualifier = About // "une trentaine", "un millier"
	}
	if c.hasRange {
		n.HasRange, n.Min, n.Max = true, c.min, c.max
	}

	// Ranges: "de 22 à 83 ans", "entre 10 000 et 12 000", "20 à 25 %".
	rangeEnd := -1
	if !c.ordinal && c.known && q == Exact && !c.hasRange && !c.article && !c.code {
		if b, pfx, ok := sc.rangeWith(c); ok {
			if c.year && b.year && !sc.whole && !isCount(sc.unitAfter(b.last, b, true)) {
				return Number{}, b.last + 1, false // "de 2022 à 2024": years; "entre 1500 et 2000 euros" is a count
			}
			lo := c.value
			if b.scaled && !c.scaled && lo*b.scale <= b.value {
				lo *= b.scale // "de 10 à 15 millions"
			}
			if lo < b.value {
				n.HasRange, n.Min, n.Max, n.Value = true, lo, b.value, lo
				first, last, rangeEnd = pfx, b.last, b.last
				c.scaled = b.scaled
			}
		}
	}
	top := n.Value
	if n.HasRange {
		top = n.Max
	}
	unit := sc.unitAfter(last, c, !c.scaled && !c.fraction && math.Abs(top) >= 2)
	if p := c.first - 1; unit == "" && p >= 0 && sc.t[p].kind == tPunct && sc.t[c.first].gap == gapNone && isCurrency(sc.key(sc.t[p])) {
		unit = sc.key(sc.t[p]) // "$5 millions", "£300"
	}
	if c.ordinal {
		unit = ""
	}

	if !sc.whole {
		whole := c.first == 0 && last == len(t)-1
		switch {
		case c.code:
			return Number{}, last + 1, false
		case !c.fromDigits && !c.ordinal && t[c.first].upper && !sc.sentenceStart(c.first) && c.last+1 < len(t) &&
			t[c.last+1].upper && t[c.last+1].kind == tWord && t[c.last+1].gap != gapLine:
			// A capitalised number word inside a sentence, before another
			// capitalised word, is part of a name: "la guerre des Six
			// Jours", "les Trois Mousquetaires".
			return Number{}, last + 1, false
		case c.neuf:
			// "neuf" is also an adjective ("un avion neuf", "remis à neuf").
			p := sc.keyAt(c.first - 1)
			if !(whole || q != Exact || determiners[p] || unit != "" || monthNames[sc.keyAt(c.last+1)]) {
				return Number{}, last + 1, false
			}
		case q == Exact && !c.ordinal && rangeEnd < 0 && (sc.keyAt(c.first-1) == "annees" || sc.keyAt(c.first-1) == "an"):
			// "les années 90", "l'an 2000": a decade or a year.
			return Number{}, last + 1, false
		case c.year && rangeEnd < 0:
			// A bare year-like number is a year unless a qualifier or a
			// counted noun says it is a count: "plus de 2000 soldats".
			p := sc.keyAt(c.first - 1)
			if q == Exact && (yearContext[p] && !durationNouns[strings.ToLower(unit)] || !isCount(unit)) {
				return Number{}, last + 1, false
			}
		}
	}
	if math.IsInf(n.Value, 0) || math.IsNaN(n.Value) || math.IsInf(n.Min, 0) || math.IsInf(n.Max, 0) {
		if !sc.whole {
			return Number{}, last + 1, false
		}
	}
	n.Start = t[first].start
	if first == c.first {
		n.Start = c.start
	}
	n.End = t[last].end
	n.Text = sc.s[n.Start:n.End]
	n.Unit = unit
	next := last + 1
	if unit == "%" && sc.keyAt(next) == "pour" {
		next += 2 // "12 pour cent": "cent" is part of the unit
	}
	return n, next, true
}

// isCount reports whether unit makes a year-like number a count: a
// lower-case noun or a symbol ("2000 soldats", "1500 €"), not a name
// ("2023 Moscou") and not nothing ("en 2022").
func isCount(unit string) bool {
	return unit != "" && !(unit[0] >= 'A' && unit[0] <= 'Z')
}

// countOfOne reports whether the lone "un"/"une" at token i is a count
// rather than an article: before a unit of measure ("une tasse") or
// "seul(e)", and in a casualty report, after a verb of killing or wounding
// ("tuant un policier"), before a casualty noun ("un mort") or before a
// noun followed by a casualty participle ("Un policier tué").
func (sc *scanner) countOfOne(i int) bool {
	next := sc.keyAt(i + 1)
	if measureUnits()[next] || next == "seul" || next == "seule" || casualtyWords[next] {
		return true
	}
	if i > 0 && sc.t[i-1].kind == tWord && casualtyVerbs[sc.keyAt(i-1)] {
		return true
	}
	return i+2 < len(sc.t) && sc.noun(i+1, false) && casualtyWords[sc.keyAt(i+2)] && sc.t[i+2].gap != gapLine
}

// sentenceStart reports whether token i opens a sentence, a title or a
// quotation, where any word is capitalised.
func (sc *scanner) sentenceStart(i int) bool {
	if i == 0 || sc.t[i].gap == gapLine {
		return true
	}
	p := sc.t[i-1]
	if p.kind != tPunct {
		return false
	}
	switch sc.key(p) {
	case ".", "!", "?", ":", ";", "«", "\"", "“", "…", "(", "[", "—", "–", "-", "•", "*":
		return true
	}
	return false
}

// keyAt returns the folded key of token k, or "" outside the text.
func (sc *scanner) keyAt(k int) string {
	if k < 0 || k >= len(sc.t) {
		return ""
	}
	return sc.key(sc.t[k])
}

// qualifier matches a qualifier phrase ending right before token first and
// returns it with the index of its first token.
func (sc *scanner) qualifier(first int) (Qualifier, int) {
	if first == 0 || !qualifierEnds[sc.key(sc.t[first-1])] {
		return Exact, first
	}
	for _, p := range qualifierPhrases {
		k := first - len(p.words)
		if k < sc.used {
			continue
		}
		ok := true
		for m, w := range p.words {
			tk := sc.t[k+m]
			if tk.kind != tWord || sc.key(tk) != w || tk.gap == gapLine && m > 0 {
				ok = false
				break
			}
		}
		if ok && sc.t[first].gap != gapLine {
			return p.q, k
		}
	}
	return Exact, first
}

// rangeWith reads the upper bound of a range opened by the number c: "de A
// à B", "entre A et B", "A à B". It returns the upper bound and the first
// token of the range ("de", "entre" or A itself).
func (sc *scanner) rangeWith(c core) (core, int, bool) {
	t := sc.t
	j := c.last + 1
	if j < len(t) && t[j].kind == tPunct && t[j].gap != gapLine && t[j].gap != gapWide {
		switch sc.key(t[j]) {
		case "%", "€", "$", "£": // the unit written on both bounds: "de 3,5 % à 4 %"
			j++
		}
	}
	if j+1 >= len(t) || t[j].kind != tWord || t[j].gap == gapLine || t[j+1].gap == gapLine {
		return core{}, 0, false
	}
	pfx := c.first
	var want string
	switch p := sc.keyAt(c.first - 1); {
	case c.first-1 >= sc.used && (p == "de" || p == "d'"):
		want, pfx = "a", c.first-1
	case c.first-1 >= sc.used && p == "entre":
		want, pfx = "et", c.first-1
	default:
		want = "a"
	}
	if sc.key(t[j]) != want {
		return core{}, 0, false
	}
	b, _ := sc.read(j + 1)
	if !b.ok || !b.known || b.ordinal || b.article || b.hasRange || b.code || b.fromDigits != c.fromDigits && pfx == c.first {
		return core{}, 0, false
	}
	return b, pfx, true
}

// unitAfter returns the unit or counted noun after token k: a symbol ("%",
// "€"), a unit glued to the digits ("10km"), "pour cent", or the noun that
// follows ("10 000 soldats", "19 ans"). After a scale or a collective noun
// the noun comes after "de": "2 millions de personnes", "une trentaine
// d’autres blessés". Adjectives that stand before a noun ("autres",
// "nouveaux") are stepped over; when no noun follows them there is no unit
// ("blessé 30 autres").
//
// plural says the number is two or more, so that the noun must be plural.
func (sc *scanner) unitAfter(k int, c core, plural bool) string {
	t := sc.t
	j := k + 1
	if j >= len(t) || t[j].gap == gapLine {
		return ""
	}
	u := t[j]
	if u.kind == tPunct {
		if u.gap == gapWide {
			return ""
		}
		switch sc.key(u) {
		case "%", "€", "$", "£", "‰":
			return sc.key(u)
		case "°":
			if j+1 < len(t) && t[j+1].gap == gapNone && (sc.key(t[j+1]) == "c" || sc.key(t[j+1]) == "f") {
				return sc.s[u.start:t[j+1].end]
			}
			return sc.key(u)
		}
		return ""
	}
	if u.kind != tWord {
		return ""
	}
	if u.gap == gapNone {
		if measureUnits()[sc.key(u)] {
			return sc.unitText(j)
		}
		return ""
	}
	switch sc.key(u) {
	case "pourcent", "pourcents":
		return "%"
	case "pour":
		if sc.keyAt(j+1) == "cent" {
			return "%"
		}
		return ""
	}
	if k := sc.key(u); (c.scaled || c.fraction) && (k == "de" || k == "d'") || c.fraction && (k == "des" || k == "du") {
		j++
		if j >= len(t) || t[j].gap == gapLine {
			return ""
		}
		u = t[j]
	}
	if preNominal[sc.key(u)] && sc.compoundEnd(j) == j {
		if j+1 < len(t) && sc.noun(j+1, plural) {
			return sc.unitText(j + 1)
		}
		return ""
	}
	if sc.noun(j, plural) {
		return sc.unitText(j)
	}
	return ""
}

// unitText returns the unit word at token j with a square or cube mark
// glued to it: "m2", "km²", "m3".
func (sc *scanner) unitText(j int) string {
	u := sc.t[j]
	if j+1 < len(sc.t) && sc.t[j+1].gap == gapNone {
		switch sc.key(sc.t[j+1]) {
		case "2", "3", "²", "³":
			return sc.s[u.start:sc.t[j+1].end]
		}
	}
	return sc.s[u.start:sc.t[sc.compoundEnd(j)].end]
}

// compoundEnd returns the last token of the hyphenated word that starts at
// token j ("petits-enfants"), j itself when no hyphen follows.
func (sc *scanner) compoundEnd(j int) int {
	for j+1 < len(sc.t) && sc.t[j+1].hyph && sc.t[j+1].kind == tWord {
		j++
	}
	return j
}

// noun reports whether token j can be the noun a number counts.
//
// After a count of two or more the French noun is plural: it ends in s, x
// or z, or is a unit symbol ("km") or an acronym ("ONG"). This keeps verbs
// out: "une personne sur trois déclare".
func (sc *scanner) noun(j int, plural bool) bool {
	u := sc.t[j]
	k := sc.key(u)
	if u.kind != tWord || u.gap == gapLine || u.hyph || len(k) == 0 || k[len(k)-1] == '\'' {
		return false
	}
	if stopwords()[k] {
		return false
	}
	if w, ok := lookupWord(k); ok && w.kind != wSecond && w.kind != wFirst {
		return false
	}
	if measureUnits()[k] {
		return true
	}
	if len(k) == 1 {
		return false
	}
	if plural {
		last := sc.t[sc.compoundEnd(j)] // "petits-enfants": the last part agrees
		k = sc.key(last)
		switch k[len(k)-1] {
		case 's', 'x', 'z':
			return true
		}
		return isAcronym(sc.s[last.start:last.end])
	}
	return true
}

// isAcronym reports whether w is two or more upper-case ASCII letters.
func isAcronym(w string) bool {
	if len(w) < 2 {
		return false
	}
	for k := 0; k < len(w); k++ {
		if w[k] < 'A' || w[k] > 'Z' {
			return false
		}
	}
	return true
}
