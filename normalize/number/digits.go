package number

import "math"

// ordinalSuffixes are the folded endings written right after digits to make
// an ordinal: "1er", "1re", "1ère", "2e", "2ème", "2nd", "2nde", "11eme".
var ordinalSuffixes = map[string]bool{
	"e": true, "er": true, "re": true, "ere": true, "eme": true, "ieme": true, "nd": true, "nde": true,
	"es": true, "ers": true, "res": true, "eres": true, "emes": true, "iemes": true, "nds": true, "ndes": true,
}

// multipliers are the letters written right after digits to scale them:
// "100K", "3M", ",0012G", "2,3Md". Case matters: "m" is the metre.
var multipliers = map[string]float64{
	"K": 1e3, "k": 1e3, "M": 1e6, "G": 1e9, "Md": 1e9, "Mds": 1e9, "Mrd": 1e9, "Mrds": 1e9,
}

// digitsValue returns the value of a run of ASCII digits.
func digitsValue(d string) float64 {
	v := 0.0
	for k := 0; k < len(d); k++ {
		v = v*10 + float64(d[k]-'0')
	}
	return v
}

// skipRun returns the index after the tokens attached to token k with no
// space: a name or code such as "G7", "Covid-19", "A380-800", "22H00".
func (sc *scanner) skipRun(k int) int {
	k++
	for k < len(sc.t) && sc.t[k].gap == gapNone {
		k++
	}
	return k
}

// readDigits reads the number written with digits whose first token is j
// (digits, or "," for ",0012G"); from is the first token of the number (a
// sign) and sign is ±1.
func (sc *scanner) readDigits(j, from int, sign float64) (core, int) {
	t := sc.t
	n := len(t)
	c := core{first: from, start: t[from].start, known: true, fromDigits: true}

	// Digits glued to letters are names: "G7", "MI5", "Covid-19", "F-16".
	if from == j && j > 0 && t[j-1].kind == tWord && (t[j].gap == gapNone || t[j].hyph) {
		return core{}, sc.skipRun(j)
	}
	// Digits after a capitalised name belong to it: "CAC 40", "Boeing
	// 737", "Ligue 1", "France 2". Capitalised function words, qualifiers
	// and weekdays at the start of a sentence do not count ("Environ 150
	// 000", "Mardi 5 novembre").
	if from == j && j > 0 && !sc.whole && (t[j].gap == gapSpace || t[j].gap == gapNBSP) && t[j-1].kind == tWord && t[j-1].upper {
		if k := sc.key(t[j-1]); !stopwords()[k] && !qualifierEnds[k] && !preNominal[k] && !yearContext[k] {
			if _, ok := numberWords[k]; !ok {
				return core{}, sc.skipRun(j)
			}
		}
	}
	if k, ok := sc.phone(j); ok {
		return core{}, k
	}

	k := j // last token read
	intv := 0.0
	grouped := false
	if t[j].kind == tDigits {
		intv = digitsValue(sc.key(t[j]))
		sep := ""
		for len(sc.key(t[j])) <= 3 {
			if k+2 < n && sc.key(t[k+1]) == "." && t[k+1].gap == gapNone && sep != " " &&
				t[k+2].kind == tDigits && t[k+2].gap == gapNone && len(sc.key(t[k+2])) == 3 {
				intv = intv*1000 + digitsValue(sc.key(t[k+2]))
				k += 2
				sep = "."
				continue
			}
			if k+1 < n && t[k+1].kind == tDigits && (t[k+1].gap == gapSpace || t[k+1].gap == gapNBSP) &&
				sep != "." && len(sc.key(t[k+1])) == 3 && !(k+2 < n && t[k+2].hyph) {
				intv = intv*1000 + digitsValue(sc.key(t[k+1]))
				k++
				sep = " "
				continue
			}
			break
		}
		grouped = sep != ""
	} else {
		k-- // ",0012G": the comma starts the fraction
	}

	// Decimal part: "1,5", "6.700,54", "3.5" (a dot not followed by three digits).
	frac, hasFrac := 0.0, false
	if k+2 < n && t[k+2].kind == tDigits && t[k+2].gap == gapNone && (k < j || t[k+1].gap == gapNone) &&
		(sc.key(t[k+1]) == "," || sc.key(t[k+1]) == "." && !grouped && len(sc.key(t[k+2])) != 3) {
		d := sc.key(t[k+2])
		frac = digitsValue(d) / math.Pow(10, float64(len(d)))
		hasFrac = true
		k += 2
	}
	if k < j { // a lone comma
		return core{}, j + 1
	}
	// A further separator and digits: a date, a version, a clock time, a
	// code ("11.10.2024", "10:30", "24/7", "1,2,3").
	if k+2 < n && t[k+1].gap == gapNone && t[k+1].kind == tPunct && t[k+2].kind == tDigits && t[k+2].gap == gapNone {
		switch sc.key(t[k+1]) {
		case ".", ",", ":", "/":
			return core{}, sc.skipRun(k)
		}
	}
	if t[j].kind == tDigits && sc.key(t[j])[0] == '0' && len(sc.key(t[j])) > 1 && !hasFrac && !grouped {
		c.code = true
	}

	mult := 1.0
	if k+1 < n && t[k+1].kind == tWord && t[k+1].gap != gapLine {
		w := t[k+1]
		raw := sc.s[w.start:w.end]
		switch {
		case sc.key(w) == "h" && (w.gap == gapNone || w.gap == gapSpace || w.gap == gapNBSP):
			// A clock time: "22H00", "07 h 30", "15h".
			e := k + 2
			if e < n && t[e].kind == tDigits && t[e].gap != gapLine && t[e].gap != gapWide {
				e++
			}
			return core{}, e
		case w.gap != gapNone:
		case w.hyph:
			return core{}, sc.skipRun(k)
		case ordinalSuffixes[sc.key(w)] && !grouped && !hasFrac && sign > 0 && t[j].kind == tDigits:
			c.ordinal = true
			k++
		case multipliers[raw] != 0:
			if !hasFrac && !grouped && len(sc.key(t[j])) == 1 && (raw == "G" || raw == "K") {
				return core{}, sc.skipRun(k) // "4G", "5G", "4K": names of techniques
			}
			mult = multipliers[raw]
			if mult >= 1e6 {
				c.scaled, c.scale = true, mult
			}
			k++
		case measureUnits()[sc.key(w)]:
			// "10km": the unit is read by unitAfter.
		default:
			return core{}, sc.skipRun(k) // "2CV", "3D", "4x4"
		}
	}
	// "2022-2023", "20-25", "20–25" (en dash), "2024-11-01".
	if bi, ok := sc.dashed(k); ok && !c.ordinal {
		b := t[bi]
		if b.kind != tDigits || hasFrac || grouped || (bi+1 < n && (t[bi+1].hyph || t[bi+1].gap == gapNone && t[bi+1].kind != tPunct)) {
			return core{}, sc.skipRun(k)
		}
		if _, again := sc.dashed(bi); again {
			return core{}, sc.skipRun(k) // "2024-11-01"
		}
		bv := digitsValue(sc.key(b))
		if isYearish(sc.key(t[j])) && (isYearish(sc.key(b)) || len(sc.key(b)) == 2) {
			return core{}, bi + 1 // a span of years
		}
		if !(intv < bv) || sc.key(b)[0] == '0' || sc.key(t[j])[0] == '0' {
			return core{}, bi + 1 // a score, a code
		}
		c.hasRange = true
		c.min, c.max = sign*intv, bv
		c.value = c.min
		k = bi
	}
	// "1,5 million", "2 milliards", "10 millions", "3 000 milliards", "100 mille".
	if !c.ordinal && mult == 1 && k+1 < n && t[k+1].kind == tWord && t[k+1].gap != gapNone && t[k+1].gap != gapLine {
		if w, ok := lookupWord(sc.key(t[k+1])); ok && !w.ordinal && (w.kind == wScale || w.kind == wMille) {
			mult = w.val
			k++
			if w.kind == wScale {
				c.scaled, c.scale = true, w.val
				if k+2 < n && sc.key(t[k+1]) == "et" {
					if d, ok := lookupWord(sc.key(t[k+2])); ok && d.kind == wDemi {
						frac += 0.5
						k += 2
					}
				}
			}
		} else if m := multipliers[sc.s[t[k+1].start:t[k+1].end]]; m >= 1e9 || m == 1e6 && k+2 < n && t[k+2].gap == gapNone && isCurrency(sc.key(t[k+2])) {
			mult = m // "2,3 Mds", "3 M€"
			c.scaled, c.scale = true, m
			k++
		}
	}
	// "1 000 000 de vues": round millions take "de" like the word million.
	if v := intv * mult; !c.scaled && !hasFrac && v >= 1e6 && math.Mod(v, 1e6) == 0 {
		c.scaled = true
	}
	if c.hasRange {
		c.min *= mult
		c.max *= mult
	}
	if !c.hasRange {
		c.value = sign * (intv + frac) * mult
	}
	c.year = !grouped && !hasFrac && !c.ordinal && mult == 1 && sign > 0 && from == j && !c.hasRange && isYearish(sc.key(t[j]))
	c.last = k
	c.ok = true
	return c, k + 1
}

// dashed reports whether token k is followed by a hyphen or an en dash
// glued on both sides, and returns the index of the token after the dash.
func (sc *scanner) dashed(k int) (int, bool) {
	t := sc.t
	switch {
	case k+1 < len(t) && t[k+1].hyph:
		return k + 1, true
	case k+2 < len(t) && t[k+1].gap == gapNone && sc.key(t[k+1]) == "\u2013" && t[k+2].gap == gapNone && t[k+2].kind != tPunct:
		return k + 2, true
	}
	return 0, false
}

// isCurrency reports whether k is a currency symbol.
func isCurrency(k string) bool { return k == "€" || k == "$" || k == "£" }

// isYearish reports whether d is four digits between 1000 and 2100.
func isYearish(d string) bool {
	if len(d) != 4 {
		return false
	}
	v := digitsValue(d)
	return v >= 1000 && v <= 2100
}

// phone reports whether the digits at token j start a telephone number or
// a similar code: four or more groups of one to four digits separated by
// single spaces, dots or hyphens, that are not thousands groups
// ("06 12 34 56 78", "01.23.45.67.89"). It returns the index after it.
func (sc *scanner) phone(j int) (int, bool) {
	t := sc.t
	if t[j].kind != tDigits || len(sc.key(t[j])) > 4 {
		return 0, false
	}
	groups, thousands := 1, len(sc.key(t[j])) <= 3
	k := j
	for {
		switch {
		case k+1 < len(t) && t[k+1].kind == tDigits && (t[k+1].gap == gapSpace || t[k+1].gap == gapNBSP || t[k+1].hyph):
			k++
		case k+2 < len(t) && sc.key(t[k+1]) == "." && t[k+1].gap == gapNone && t[k+2].kind == tDigits && t[k+2].gap == gapNone:
			k += 2
		default:
			if groups >= 4 && !thousands {
				return k + 1, true
			}
			return 0, false
		}
		if len(sc.key(t[k])) > 4 {
			return 0, false
		}
		if len(sc.key(t[k])) != 3 || t[k].hyph {
			thousands = false
		}
		groups++
	}
}
