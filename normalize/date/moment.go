package date

// This file reads a "moment": a run of date and time components that name
// one day, one time of day or one part of a day, in any order French puts
// them in ("vendredi 1er novembre 2024", "13h30 samedi 21 septembre",
// "demain matin 11h", "le 2 mars à 5h du matin").

// Weekday modifiers.
const (
	wdBare     = iota // "mardi": by Prefer
	wdThis            // "ce mardi": by Prefer, today included
	wdNext            // "mardi prochain": the next one after today
	wdLast            // "mardi dernier": the last one before today
	wdNextWeek        // "mardi de la semaine prochaine", "mardi suivant"
	wdLastWeek        // "mardi de la semaine dernière"
	wdThisWeek        // "mardi de cette semaine"
	wdIn8             // "mardi en huit": first one a week or more from today
	wdIn15            // "mardi en quinze"
)

// Date modifiers after a day and month ("le 5 décembre prochain").
const (
	modNone = iota
	modNext
	modLast
)

// moment is what a run of components says, before resolution.
type moment struct {
	hasRel bool
	rel    int // days from the reference day: hier = -1

	wd    int // weekday + 1; 0 when absent
	wdMod int

	dom      int  // day of month, 0 when absent
	domBare  bool // a day number without a month or weekday
	domLe    bool // the day number came after "le", "du" or "au"
	month    int  // 1..12, 0 when absent
	year     int
	yearBare bool // a year alone ("2022"), only valid where context allows
	dateMod  int

	hol int // holiday + 1

	hasTime  bool
	hour     int
	min, sec int
	tgrain   Grain
	ampm     int // 0, 'a' or 'p'
	timeWeak bool
	bareHour bool // the hour was a bare number ("13-15h", "entre midi et 2")
	hasZone  bool
	zone     int  // minutes east of UTC
	zoneEU   bool // add an hour in European summer time ("heure de Paris")

	part      int  // part of the day + 1 when set
	ph1, ph2  int  // its hours [ph1, ph2), ph2 may exceed 24
	partThis  bool // "ce soir": today
	partAlone bool // the part came without an article or preposition
	anchored  bool
	anchor    anchorDay
}

// anchorDay is the resolved day of "le lendemain du 13 février".
type anchorDay struct {
	ok   bool
	y, m int
	d    int
}

func (m *moment) hasDate() bool {
	return m.hasRel || m.wd != 0 || m.dom != 0 || m.month != 0 || m.year != 0 || m.hol != 0
}

func (m *moment) empty() bool {
	return !m.hasDate() && !m.hasTime && m.part == 0
}

// Context flags for moment.
const (
	ctxBareDom  = 1 << iota // a day number alone may be read ("du 13 au 18")
	ctxBareYear             // a year alone may be read ("depuis 2022", "2022-2023")
	ctxBareNum              // a number alone may be an hour ("entre midi et 2", "13-15h")
	ctxDotTime              // "12.32" may be a time
	ctxNoTime               // read a date only: "du 2 au 3 novembre, vers 3 heures"
)

// moment reads the longest moment at i. It returns the index after it, or -1.
func (p *parser) moment(i, ctx int) (moment, int) {
	var m moment
	j := i
	for {
		k := j
		if k > i && p.isPunct(k, ',') {
			k++
		}
		n := p.component(k, &m, ctx)
		if n < 0 {
			break
		}
		j = n
	}
	if j == i || m.empty() {
		return m, -1
	}
	if !p.strong(&m, i, j, ctx) {
		return m, -1
	}
	return m, j
}

// strong reports whether a moment read from i to j can stand alone.
func (p *parser) strong(m *moment, i, j, ctx int) bool {
	if m.hasRel || m.wd != 0 || m.hol != 0 || m.month != 0 {
		return true
	}
	if m.hasTime && !m.timeWeak {
		return true
	}
	if m.hasTime && m.timeWeak && (m.part != 0 || m.dom != 0) {
		return true
	}
	if m.part != 0 && !m.partAlone {
		return true
	}
	if m.dom != 0 && !m.domBare {
		return true
	}
	if m.dom != 0 {
		if ctx&ctxBareDom != 0 {
			return true
		}
		// "le 16": only when nothing but punctuation follows, so that
		// "le 1er ministre" and "le 16e siècle" are no dates.
		if j >= len(p.t) {
			return true
		}
		t := &p.t[j]
		if t.kind == tkPunct {
			switch t.ch {
			case '%', '°', '€', '$', '/', '-', '\'':
				return false
			}
			return true
		}
		if t.kind == tkWord {
			switch t.key {
			case "jusqu'", "a", "vers":
				return true
			}
		}
		return false
	}
	if m.year != 0 {
		return !m.yearBare || ctx&ctxBareYear != 0
	}
	return false
}

// component reads one component at i into m, unless m already has it.
func (p *parser) component(i int, m *moment, ctx int) int {
	if i >= len(p.t) {
		return -1
	}
	// The order matters where two readings start alike: numeric dates
	// before times ("20/02" is no hour), times before day numbers ("13h" is
	// no 13th), day numbers before bare months.
	if !m.hasRel && m.hol == 0 {
		if n := p.relDay(i, m); n >= 0 {
			return n
		}
	}
	if m.hol == 0 && !m.hasRel && m.dom == 0 && m.month == 0 {
		if n := p.holiday(i, m); n >= 0 {
			return n
		}
	}
	if m.wd == 0 && !m.hasRel {
		if n := p.weekday(i, m); n >= 0 {
			return n
		}
	}
	if m.dom == 0 && m.month == 0 && !m.hasRel {
		if n := p.numericDate(i, m, ctx); n >= 0 {
			return n
		}
	}
	if !m.hasTime && ctx&ctxNoTime == 0 {
		if n := p.clock(i, m, ctx); n >= 0 {
			return n
		}
	}
	if m.dom == 0 && m.month == 0 && !m.hasRel && m.hol == 0 {
		if n := p.dayMonth(i, m, ctx); n >= 0 {
			return n
		}
	}
	if m.month == 0 && !m.hasRel && m.hol == 0 {
		if n := p.monthYear(i, m, ctx); n >= 0 {
			return n
		}
	}
	if m.year == 0 && m.month == 0 && m.dom == 0 && !m.hasRel && m.wd == 0 {
		if n := p.yearAlone(i, m, ctx); n >= 0 {
			return n
		}
	}
	if m.part == 0 && ctx&ctxNoTime == 0 {
		if n := p.partOfDay(i, m); n >= 0 {
			return n
		}
	}
	return -1
}

// relDay reads aujourd'hui, hier, demain, la veille, le lendemain…
func (p *parser) relDay(i int, m *moment) int {
	j := i
	rel := 0
	switch p.key(j) {
	case "aujourd'":
		if p.key(j+1) != "hui" {
			return -1
		}
		j += 2
	case "hier":
		rel, j = -1, j+1
	case "demain":
		rel, j = 1, j+1
	case "avant":
		k := p.skipDash(j + 1)
		switch p.key(k) {
		case "hier":
			rel, j = -2, k+1
		case "veille":
			rel, j = -2, k+1
		default:
			return -1
		}
	case "apres":
		k := p.skipDash(j + 1)
		if p.key(k) != "demain" {
			return -1
		}
		rel, j = 2, k+1
	case "ce":
		if p.key(j+1) != "jour" || p.isPunct(j+2, '-') {
			return -1
		}
		j += 2
	case "dans":
		if p.key(j+1) != "la" || p.key(j+2) != "journee" {
			return -1
		}
		j += 3
	case "la", "le", "veille", "lendemain", "surlendemain", "jour":
		k := j
		if p.key(k) == "la" || p.key(k) == "le" {
			k++
		}
		switch p.key(k) {
		case "veille":
			rel, j = -1, k+1
		case "lendemain":
			rel, j = 1, k+1
		case "surlendemain":
			rel, j = 2, k+1
		case "jour":
			switch p.key(k + 1) {
			case "precedent":
				rel, j = -1, k+2
			case "suivant":
				rel, j = 1, k+2
			case "d'":
				switch p.key(k + 2) {
				case "avant":
					rel, j = -1, k+3
				case "apres":
					rel, j = 1, k+3
				default:
					return -1
				}
			default:
				return -1
			}
		default:
			return -1
		}
		// "le lendemain du 13 février": relative to another day; "la veille
		// du scrutin" is relative to an event we cannot date
		if k2 := p.key(j); k2 == "du" || k2 == "de" || k2 == "d'" {
			a, n := p.moment(j+1, ctxBareDom)
			if n < 0 || !a.hasDate() || a.hasTime || a.part != 0 {
				return -1
			}
			d, ok := p.resolveDay(&a)
			if !ok || d.g != Day {
				return -1
			}
			m.anchored = true
			m.anchor = anchorDay{true, d.t.Year(), int(d.t.Month()), d.t.Day()}
			j = n
		}
	default:
		return -1
	}
	m.hasRel, m.rel = true, rel
	return j
}

// weekday reads "mardi", "ce mardi", "mardi prochain", "lundi en huit"…
func (p *parser) weekday(i int, m *moment) int {
	j := i
	this := false
	switch p.key(j) {
	case "ce":
		this = true
		j++
	case "le":
		j++
	case "de":
		if m.part == 0 { // "dans la soirée de mardi"
			return -1
		}
		j++
	}
	t := p.tok(j)
	if t == nil {
		return -1
	}
	wd := -1
	switch {
	case t.cls == cWeekday:
		wd = t.val
		j++
	case t.cls == cWeekdayAbr:
		// "Dim 15 Sept", "lun." : only before a day number or with a dot
		if p.isNum(j+1) || (p.isPunct(j+1, '.') && (j+2 >= len(p.t) || p.isNum(j+2))) {
			wd = t.val
			j++
			if p.isPunct(j, '.') {
				j++
			}
			if p.isPunct(j, ',') && p.isNum(j+1) {
				j++
			}
		}
	}
	if wd < 0 {
		return -1
	}
	m.wd = wd + 1
	m.wdMod = wdBare
	if this {
		m.wdMod = wdThis
	}
	if p.isPunct(j, ',') && p.isNum(j+1) && p.startsDayNum(j+1) {
		return j + 1
	}
	if p.startsDayNum(j) {
		return j // a day number follows: no modifier
	}
	switch k := p.key(j); k {
	case "prochain", "prochaine":
		m.wdMod = wdNext
		return j + 1
	case "dernier", "derniere", "passe", "precedent":
		m.wdMod = wdLast
		return j + 1
	case "suivant":
		m.wdMod = wdNextWeek
		return j + 1
	case "d'":
		if p.key(j+1) == "apres" {
			m.wdMod = wdNextWeek
			return j + 2
		}
	case "en":
		if v, n, ok := p.readNumber(j + 1); ok && (v == 8 || v == 15) {
			m.wdMod = wdIn8
			if v == 15 {
				m.wdMod = wdIn15
			}
			return n
		}
	case "de", "la", "cette":
		k := j
		if p.key(k) == "de" {
			k++
		}
		if p.key(k) == "cette" && p.key(k+1) == "semaine" {
			m.wdMod = wdThisWeek
			return k + 2
		}
		if p.key(k) == "la" && p.key(k+1) == "semaine" {
			switch p.key(k + 2) {
			case "prochaine", "suivante":
				m.wdMod = wdNextWeek
				return k + 3
			case "derniere", "passee", "precedente":
				m.wdMod = wdLastWeek
				return k + 3
			case "d'":
				if p.key(k+3) == "apres" {
					m.wdMod = wdNextWeek
					return k + 4
				}
			}
		}
	}
	return j
}

// startsDayNum reports whether a day number starts at i.
func (p *parser) startsDayNum(i int) bool {
	t := p.tok(i)
	if t == nil {
		return false
	}
	if t.kind == tkNum {
		return t.ndig <= 2 && t.val >= 1 && t.val <= 31
	}
	if t.cls == cNum || (t.cls == cOrd && t.val == 1) {
		v, _, ok := p.readNumber(i)
		return ok && v >= 1 && v <= 31 || t.cls == cOrd
	}
	return false
}

// dayNum reads a day of the month: "1er", "13", "13e", "premier", "quinze".
func (p *parser) dayNum(i int) (int, int, bool) {
	t := p.tok(i)
	if t == nil {
		return 0, -1, false
	}
	if t.kind == tkNum {
		if t.ndig > 2 || t.val < 1 || t.val > 31 || p.gluedToWord(i) {
			return 0, -1, false
		}
		j := i + 1
		if u := p.tok(j); u != nil && u.kind == tkWord && u.glued {
			switch u.key {
			case "er", "re", "ere":
				if t.val != 1 {
					return 0, -1, false
				}
				j++
			case "e", "eme", "ieme":
				j++
			}
		}
		return t.val, j, true
	}
	if t.cls == cOrd && t.val == 1 && t.key != "dernier" {
		return 1, i + 1, true
	}
	if t.cls == cNum {
		v, n, ok := p.readNumber(i)
		if ok && v >= 1 && v <= 31 {
			return v, n, true
		}
	}
	return 0, -1, false
}

// gluedToWord reports whether token i is stuck to a word or code before it
// ("G7", "Covid-19", "A320").
func (p *parser) gluedToWord(i int) bool {
	if i == 0 || !p.t[i].glued {
		return false
	}
	prev := &p.t[i-1]
	if prev.kind == tkWord || prev.kind == tkNum {
		return true
	}
	if prev.kind == tkPunct && prev.glued && i >= 2 {
		pp := &p.t[i-2]
		switch prev.ch {
		case '-': // "Covid-19", but "13-15", "13h-15h"
			return pp.kind == tkWord && pp.key == ""
		case '/', '.', ':':
			return pp.kind == tkWord || pp.kind == tkNum
		}
	}
	return false
}

// monthAt reads a month name at i (abbreviations only when abbr is set).
func (p *parser) monthAt(i int, abbr bool) (int, int) {
	t := p.tok(i)
	if t == nil || t.kind != tkWord {
		return 0, -1
	}
	if t.cls == cMonth {
		return t.val, i + 1
	}
	if abbr {
		v := 0
		if t.cls == cMonthAbr {
			v = t.val
		} else if t.alt == cMonthAbr {
			v = t.altVal
		}
		if v != 0 {
			j := i + 1
			if p.isPunct(j, '.') && p.t[j].glued {
				j++
			}
			return v, j
		}
	}
	return 0, -1
}

// yearAt reads a four-digit year at i.
func (p *parser) yearAt(i int) (int, int) {
	t := p.tok(i)
	if t == nil || t.kind != tkNum || t.ndig != 4 || t.val < 1000 || t.val > 2999 {
		return 0, -1
	}
	if u := p.tok(i + 1); u != nil && u.glued && (u.kind == tkNum || u.kind == tkWord) {
		return 0, -1
	}
	return t.val, i + 1
}

// dayMonth reads "[le] 1er novembre [2024]", "15juin 2016", "le 16".
func (p *parser) dayMonth(i int, m *moment, ctx int) int {
	j := i
	prefixed := false
	switch p.key(j) {
	case "le", "du", "au", "ce":
		prefixed = true
		j++
	case "des":
		if p.key(j+1) == "le" {
			prefixed = true
			j += 2
		}
	}
	d, n, ok := p.dayNum(j)
	if !ok {
		return -1
	}
	j = n
	if mo, n := p.monthAt(j, true); n > 0 {
		m.dom, m.month = d, mo
		j = n
		if y, n := p.yearAt(j); n > 0 {
			m.year = y
			j = n
		} else if p.isPunct(j, ',') {
			if y, n := p.yearAt(j + 1); n > 0 {
				m.year = y
				j = n
			}
		} else if t := p.tok(j); t != nil && t.kind == tkNum && t.ndig == 2 && !t.glued && p.tok(j+1) == nil {
			// "31 octobre 74" at the end of a phrase
			m.year = p.century(t.val)
			j++
		}
		p.dateMods(&j, m)
		return j
	}
	// a day number alone needs "le", a weekday before it, or an interval around it
	if !prefixed && m.wd == 0 && ctx&ctxBareDom == 0 {
		return -1
	}
	if p.unknownWord(j) {
		return -1 // "samedi deux personnes", "le 16e siècle"
	}
	m.dom = d
	m.domBare = m.wd == 0
	m.domLe = prefixed
	return j
}

// dateMods reads "prochain" or "dernier" after a date.
func (p *parser) dateMods(j *int, m *moment) {
	switch p.key(*j) {
	case "prochain":
		m.dateMod = modNext
		*j++
	case "dernier":
		m.dateMod = modLast
		*j++
	}
}

// century expands a two-digit year to the one nearest the reference year.
func (p *parser) century(yy int) int {
	ry := p.ref.Year()
	y := ry - ry%100 + yy
	if y > ry+50 {
		y -= 100
	} else if y < ry-50 {
		y += 100
	}
	return y
}

// monthYear reads "en juin", "juin 2024", "au mois de mars", "décembre 5 2014".
func (p *parser) monthYear(i int, m *moment, ctx int) int {
	j := i
	prefixed := false
	switch p.key(j) {
	case "en", "courant":
		prefixed = true
		j++
	case "au", "le":
		if p.key(j+1) == "mois" && (p.key(j+2) == "de" || p.key(j+2) == "d'") {
			prefixed = true
			j += 3
		}
	case "mois":
		if p.key(j+1) == "de" || p.key(j+1) == "d'" {
			prefixed = true
			j += 2
		}
	case "de", "d'":
		if ctx&ctxBareYear != 0 {
			prefixed = true
			j++
		}
	}
	t := p.tok(j)
	if t == nil {
		return -1
	}
	// "décembre 5 2014", "fév 15, 2013": month, day, year, the year
	// required so that "en décembre 5 000 personnes" stays a month
	if mo, n := p.monthAt(j, true); n > 0 {
		if d, n2, ok := p.dayNum(n); ok && p.tok(n2) != nil {
			k := n2
			if p.isPunct(k, ',') {
				k++
			}
			if y, n3 := p.yearAt(k); n3 > 0 {
				m.month, m.dom, m.year = mo, d, y
				return n3
			}
		}
	}
	mo, n := p.monthAt(j, false)
	if n < 0 {
		return -1
	}
	y, n2 := p.yearAt(n)
	if !prefixed && n2 < 0 {
		// a bare month must be lowercase: "Mars" is the planet, "Octobre
		// rose" a campaign, "place du 14-Juillet" a street
		if t.upper || (t.glued && p.isPunct(j-1, '-')) {
			return -1
		}
	}
	m.month = mo
	if n2 > 0 {
		m.year = y
		n = n2
	}
	p.dateMods(&n, m)
	return n
}

// yearAlone reads "en 2022", "l'année 2022", or a bare year where allowed.
func (p *parser) yearAlone(i int, m *moment, ctx int) int {
	j := i
	switch p.key(j) {
	case "en":
		j++
	case "l'":
		// "l'année 2022", "l'an 2000"
		if k := p.key(j + 1); k != "annee" && k != "an" {
			return -1
		}
		j += 2
	case "a":
		// "à l'horizon 2030"
		if p.key(j+1) != "l'" || p.key(j+2) != "horizon" {
			return -1
		}
		j += 3
	case "annee", "courant":
		j++
	default:
		if ctx&ctxBareYear == 0 {
			return -1
		}
		m.yearBare = true
	}
	y, n := p.yearAt(j)
	if n < 0 || p.gluedToWord(j) || (m.yearBare && p.unknownWord(n)) {
		m.yearBare = false
		return -1
	}
	m.year = y
	return n
}

// numericDate reads 11/10/2024, 2013-03-01, 20 02 2014, le 17/02.
func (p *parser) numericDate(i int, m *moment, ctx int) int {
	j := i
	prefixed := false
	if k := p.key(j); k == "le" || k == "du" || k == "au" {
		prefixed = true
		j++
	}
	a := p.tok(j)
	if a == nil || a.kind != tkNum || p.gluedToWord(j) {
		return -1
	}
	if j > 0 && p.t[j].glued && p.t[j-1].kind == tkPunct && (p.t[j-1].ch == '/' || p.t[j-1].ch == '.') {
		return -1
	}
	// separators stuck to the numbers: 11/10/2024, 11.10.2024, 2013-03-01,
	// 17/02; a two-digit year is the nearest century's
	if sep := p.tok(j + 1); sep != nil && sep.kind == tkPunct && sep.glued && (sep.ch == '/' || sep.ch == '-' || sep.ch == '.') {
		b := p.tok(j + 2)
		if b == nil || b.kind != tkNum || !b.glued {
			return -1
		}
		c := p.tok(j + 4)
		hasC := c != nil && c.kind == tkNum && c.glued && p.isPunct(j+3, sep.ch) && p.t[j+3].glued
		if a.ndig == 4 && hasC && sep.ch == '-' { // 2013-03-01
			if !validDate(a.val, b.val, c.val) || b.ndig > 2 || c.ndig > 2 {
				return -1
			}
			m.year, m.month, m.dom = a.val, b.val, c.val
			return p.endNumeric(j+5, m)
		}
		if a.ndig > 2 || b.ndig > 2 {
			return -1
		}
		if hasC {
			if c.ndig != 2 && c.ndig != 4 {
				return -1
			}
			y := c.val
			if c.ndig == 2 {
				y = p.century(y)
			}
			if !validDate(y, b.val, a.val) {
				return -1
			}
			m.year, m.month, m.dom = y, b.val, a.val
			return p.endNumeric(j+5, m)
		}
		if sep.ch != '/' || !validDate(2000, b.val, a.val) {
			return -1
		}
		// "17/02", "le 2/3"; "2/3" alone is a fraction, and so is "le 1/3 des votants"
		if !prefixed && a.ndig < 2 && b.ndig < 2 {
			return -1
		}
		if k := p.key(j + 3); k == "des" || k == "de" || k == "du" || k == "d'" {
			return -1
		}
		if u := p.tok(j + 3); u != nil && u.glued && (u.kind == tkNum || u.kind == tkWord) {
			return -1
		}
		m.month, m.dom = b.val, a.val
		return p.endNumeric(j+3, m)
	}
	// numbers apart: "20 02 2014", "le 17 02", "le 17 2"
	b := p.tok(j + 1)
	if b == nil || b.kind != tkNum || b.glued || a.ndig > 2 || b.ndig > 2 || a.val < 1 || a.val > 31 || b.val < 1 || b.val > 12 {
		return -1
	}
	if c := p.tok(j + 2); c != nil && c.kind == tkNum && !c.glued && (c.ndig == 2 || c.ndig == 4) {
		if d := p.tok(j + 3); d == nil || d.kind != tkNum {
			y := c.val
			if c.ndig == 2 {
				y = p.century(y)
			}
			if validDate(y, b.val, a.val) {
				m.year, m.month, m.dom = y, b.val, a.val
				return p.endNumeric(j+3, m)
			}
		}
	}
	if !prefixed && b.ndig < 2 {
		return -1
	}
	if c := p.tok(j + 2); c != nil && (c.kind == tkNum || (c.kind == tkWord && c.key == "") || (c.kind == tkPunct && c.ch == '%')) {
		return -1
	}
	if !validDate(2000, b.val, a.val) {
		return -1
	}
	m.month, m.dom = b.val, a.val
	return p.endNumeric(j+2, m)
}

func (p *parser) endNumeric(j int, m *moment) int {
	if u := p.tok(j); u != nil && u.glued && (u.kind == tkNum || u.kind == tkWord) {
		return -1
	}
	return j
}

func validDate(y, mo, d int) bool {
	return mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo)
}

// unknownWord reports whether token i is a word outside the tables, or a
// unit sign: what follows a quantity rather than a date.
func (p *parser) unknownWord(i int) bool {
	t := p.tok(i)
	if t == nil {
		return false
	}
	if t.kind == tkWord {
		return t.key == "" || t.cls == cUnit
	}
	return t.kind == tkPunct && (t.ch == '%' || t.ch == '€' || t.ch == '$')
}
