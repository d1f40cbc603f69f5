package date

import "time"

// This file reads periods: "la semaine dernière", "le mois prochain", "ce
// week-end", "en début de semaine", "fin mars", "mi-décembre", "le premier
// week-end de septembre", "la dernière semaine de septembre 2014", "l'hiver
// 2022".

// rulePeriod reads the longest period at i.
func (p *parser) rulePeriod(i int) (res, int) {
	best, bestEnd := fail, -1
	try := func(r res, n int) {
		if n > bestEnd {
			best, bestEnd = r, n
		}
	}
	try(p.relPeriod(i))
	try(p.partPeriod(i))
	try(p.ordPeriod(i))
	try(p.season(i))
	try(p.weekOf(i))
	try(p.decade(i))
	try(p.quarter(i))
	return best, bestEnd
}

// decade reads "les années 1990", "dans les années 80".
func (p *parser) decade(i int) (res, int) {
	j := i
	if p.key(j) == "dans" || p.key(j) == "depuis" {
		j++
	}
	switch p.key(j) {
	case "les", "des", "aux":
		j++
	default:
		return fail, -1
	}
	if p.key(j) != "annees" {
		return fail, -1
	}
	j++
	t := p.tok(j)
	if t == nil || t.kind != tkNum || t.val%10 != 0 || p.unknownWord(j+1) && p.key(j+1) == "" && p.tok(j+1).kind == tkWord && p.tok(j+1).glued {
		return fail, -1
	}
	y := t.val
	switch {
	case t.ndig == 4 && y >= 1000:
	case t.ndig == 2:
		y = p.century(y)
		if y > p.today.Year() {
			y -= 100
		}
	default:
		return fail, -1
	}
	return interval(Year, p.date(y, 1, 1), p.date(y+10, 1, 1)), j + 1
}

// quarter reads "au troisième trimestre 2024", "le premier semestre",
// "le dernier trimestre 2023".
func (p *parser) quarter(i int) (res, int) {
	j := i
	switch p.key(j) {
	case "au", "le", "du", "ce", "ces":
		j++
	}
	ord, n := p.ordinal(j)
	if n < 0 || ord == 0 || ord > 4 {
		return fail, -1
	}
	months := 3
	switch p.key(n) {
	case "trimestre":
	case "semestre":
		months = 6
	default:
		return fail, -1
	}
	if ord > 12/months {
		return fail, -1
	}
	n++
	at := func(y int) time.Time {
		if ord < 0 {
			return p.date(y, 13-months, 1)
		}
		return p.date(y, 1+months*(ord-1), 1)
	}
	var start time.Time
	if y, n2 := p.yearAt(n); n2 > 0 {
		start, n = at(y), n2
	} else {
		if ord < 0 {
			return fail, -1 // "le dernier trimestre": of which year?
		}
		y := p.today.Year()
		start = at(y)
		if p.future() && !start.AddDate(0, months, 0).After(p.today) {
			start = at(y + 1)
		} else if !p.future() && start.After(p.today) {
			start = at(y - 1)
		}
	}
	g := Quarter
	if months == 6 {
		g = Month
	}
	return interval(g, start, start.AddDate(0, months, 0)), n
}

// Period units.
const (
	puWeek = iota + 1
	puMonth
	puYear
	puQuarter
	puWeekend
)

// periodUnit reads "semaine", "mois", "année", "an", "trimestre", "week-end".
func (p *parser) periodUnit(j int) (int, int) {
	switch p.key(j) {
	case "semaine":
		return puWeek, j + 1
	case "mois":
		return puMonth, j + 1
	case "annee", "an":
		return puYear, j + 1
	case "trimestre":
		return puQuarter, j + 1
	case "weekend":
		return puWeekend, j + 1
	case "week":
		k := p.skipDash(j + 1)
		if p.key(k) == "end" {
			return puWeekend, k + 1
		}
	}
	return 0, -1
}

// relMod reads "dernier", "prochain", "qui suit", "d'après", "-ci".
func (p *parser) relMod(j int) (int, int) {
	switch p.key(j) {
	case "dernier", "derniere", "passe", "passee", "precedent", "precedente":
		return -1, j + 1
	case "prochain", "prochaine", "suivant", "suivante":
		return 1, j + 1
	case "qui":
		if p.key(j+1) == "suit" {
			return 1, j + 2
		}
	case "d'":
		switch p.key(j + 1) {
		case "apres":
			return 1, j + 2
		case "avant":
			return -1, j + 2
		}
	}
	return 0, -1
}

// weekend returns the weekend (Friday 18h to Monday 0h) of the week k weeks
// from the current one.
func (p *parser) weekend(k int) (time.Time, time.Time) {
	mon := monday(p.today).AddDate(0, 0, 7*k)
	y, m, d := mon.Date()
	return time.Date(y, m, d+4, 18, 0, 0, 0, p.loc), time.Date(y, m, d+7, 0, 0, 0, 0, p.loc)
}

// unitPeriod resolves a unit k periods from the current one.
func (p *parser) unitPeriod(u, k int) res {
	switch u {
	case puWeek:
		mon := monday(p.today).AddDate(0, 0, 7*k)
		return interval(Week, mon, mon.AddDate(0, 0, 7))
	case puMonth:
		t := p.trunc(p.today, Month).AddDate(0, k, 0)
		return res{kind: Point, grain: Month, value: t}
	case puQuarter:
		t := p.trunc(p.today, Quarter).AddDate(0, 3*k, 0)
		return interval(Quarter, t, t.AddDate(0, 3, 0))
	case puWeekend:
		var s, e time.Time
		switch {
		case k < 0: // the last one over
			s, e = p.weekend(0)
			if e.After(p.ref) {
				s, e = p.weekend(-1)
			}
		case k > 0: // the next one to begin
			s, e = p.weekend(0)
			if !s.After(p.ref) {
				s, e = p.weekend(1)
			}
		default:
			s, e = p.weekend(0)
			if p.future() && !e.After(p.ref) {
				s, e = p.weekend(1)
			} else if !p.future() && s.After(p.ref) {
				s, e = p.weekend(-1)
			}
		}
		return interval(Hour, s, e)
	}
	t := p.trunc(p.today, Year).AddDate(k, 0, 0)
	return res{kind: Point, grain: Year, value: t}
}

// relPeriod reads "cette semaine", "la semaine dernière", "le mois
// prochain", "l'an dernier", "ce week-end", "dans la semaine", "en semaine".
func (p *parser) relPeriod(i int) (res, int) {
	j := i
	this := false
	switch p.key(j) {
	case "ce", "cet", "cette":
		this = true
		j++
	case "le", "la", "l'":
		j++
	case "dans":
		if p.key(j+1) == "la" && p.key(j+2) == "semaine" {
			return p.unitPeriod(puWeek, 0), j + 3
		}
		return fail, -1
	case "en":
		if p.key(j+1) == "semaine" {
			mon := monday(p.today)
			return interval(Day, mon, mon.AddDate(0, 0, 5)), j + 2
		}
		return fail, -1
	default:
		return fail, -1
	}
	u, n := p.periodUnit(j)
	if n < 0 {
		return fail, -1
	}
	if this {
		if p.isPunct(n, '-') && p.key(n+1) == "ci" {
			n += 2
		}
		return p.unitPeriod(u, 0), n
	}
	k, n2 := p.relMod(n)
	if n2 < 0 {
		return fail, -1
	}
	return p.unitPeriod(u, k), n2
}

// partPeriod reads "en début de semaine", "à la fin du mois", "fin mars",
// "début avril 2024", "mi-décembre", "fin du mois de mars", "en fin
// d'année", "fin 2022".
func (p *parser) partPeriod(i int) (res, int) {
	j := i
	switch p.key(j) {
	case "en", "au", "courant", "le", "la":
		j++
	case "a":
		if p.key(j+1) != "la" {
			return fail, -1
		}
		j += 2
	}
	pos := 0
	switch p.key(j) {
	case "debut":
		pos = posEarly
	case "milieu":
		pos = posMid
	case "fin":
		pos = posLate
	case "mi":
		if !p.isPunct(j+1, '-') {
			return fail, -1
		}
		pos = posMid
		j++
	default:
		return fail, -1
	}
	j++
	named := pos == posMid && p.key(j-1) == "-"
	// "du mois de mars", "de l'année", "de semaine", "d'avril"
	k := j
	if kk := p.key(k); !named && (kk == "de" || kk == "du" || kk == "d'") {
		k++
		if kk2 := p.key(k); kk2 == "la" || kk2 == "l'" {
			k++
		}
		if p.key(k) == "mois" && (p.key(k+1) == "de" || p.key(k+1) == "d'") {
			if mo, n := p.monthAt(k+2, false); n > 0 {
				return p.monthPart(pos, mo, n)
			}
		}
		if u, n := p.periodUnit(k); n > 0 && u != puWeekend && u != puQuarter {
			shift, n2 := p.relMod(n)
			if n2 < 0 {
				shift, n2 = 0, n
			}
			return p.unitPart(u, pos, shift, n2 < 0 || shift == 0), n2
		}
		if mo, n := p.monthAt(k, false); n > 0 {
			return p.monthPart(pos, mo, n)
		}
		return fail, -1
	}
	if mo, n := p.monthAt(j, true); n > 0 && p.t[n-1].cls != cNum {
		return p.monthPart(pos, mo, n)
	}
	if y, n := p.yearAt(j); n > 0 {
		t := p.date(y, 1, 1)
		return p.yearPart(t, pos), n
	}
	return fail, -1
}

// monthPart resolves a part of a named month (and a year after it).
func (p *parser) monthPart(pos, mo, n int) (res, int) {
	m := moment{month: mo}
	if y, n2 := p.yearAt(n); n2 > 0 {
		m.year, n = y, n2
	}
	d, ok := p.resolveDay(&m)
	if !ok {
		return fail, -1
	}
	y, mm, _ := d.t.Date()
	last := daysIn(y, int(mm))
	var a, b int
	switch pos {
	case posEarly:
		a, b = 1, 6
	case posMid:
		a, b = 10, 20
	default:
		a, b = 21, last+1
	}
	return interval(Day, p.date(y, int(mm), a), p.date(y, int(mm), b)), n
}

// yearPart resolves the start, middle or end of the year holding t.
func (p *parser) yearPart(t time.Time, pos int) res {
	y := t.Year()
	switch pos {
	case posEarly:
		return interval(Month, p.date(y, 1, 1), p.date(y, 3, 1))
	case posMid:
		return interval(Month, p.date(y, 5, 1), p.date(y, 9, 1))
	}
	return interval(Month, p.date(y, 11, 1), p.date(y+1, 1, 1))
}

// unitPart resolves a part of the current week, month or year (shifted by
// k periods). With adjust set, in the Future reading, a part already over
// moves to the next period.
func (p *parser) unitPart(u, pos, k int, adjust bool) res {
	at := func(k int) res {
		switch u {
		case puWeek:
			mon := monday(p.today).AddDate(0, 0, 7*k)
			a, b := 0, 2
			switch pos {
			case posMid:
				a, b = 2, 4
			case posLate:
				a, b = 3, 7
			}
			return interval(Day, mon.AddDate(0, 0, a), mon.AddDate(0, 0, b))
		case puMonth:
			first := p.trunc(p.today, Month).AddDate(0, k, 0)
			a, b := 1, 11
			switch pos {
			case posMid:
				a, b = 11, 21
			case posLate:
				a, b = 21, 0
			}
			if b == 0 {
				return interval(Day, first.AddDate(0, 0, a-1), first.AddDate(0, 1, 0))
			}
			return interval(Day, first.AddDate(0, 0, a-1), first.AddDate(0, 0, b-1))
		}
		return p.yearPart(p.today.AddDate(k, 0, 0), pos)
	}
	r := at(k)
	if adjust && p.future() && !r.to.After(p.today) {
		// Future: a part already over is the next period's; in news "la
		// fin du mois" stays this month's
		r = at(k + 1)
	}
	return r
}

// ordinal reads "premier", "deuxième", "dernier", "3eme", "1er".
func (p *parser) ordinal(j int) (int, int) {
	t := p.tok(j)
	if t == nil {
		return 0, -1
	}
	if t.cls == cOrd {
		return t.val, j + 1
	}
	if t.alt == cOrd {
		return t.altVal, j + 1
	}
	if t.kind == tkNum && t.ndig <= 2 {
		if u := p.tok(j + 1); u != nil && u.glued {
			switch u.key {
			case "er", "ere", "re", "e", "eme", "ieme":
				return t.val, j + 2
			}
		}
	}
	return 0, -1
}

// ordPeriod reads "le premier week-end de septembre", "la dernière semaine
// de septembre 2014", "le 3eme jour d'octobre", "la deuxième quinzaine
// d'avril", "le premier mercredi du mois prochain".
func (p *parser) ordPeriod(i int) (res, int) {
	j := i
	if k := p.key(j); k == "le" || k == "la" || k == "l'" {
		j++
	}
	ord, j := p.ordinal(j)
	if j < 0 || ord == 0 {
		return fail, -1
	}
	what, wd := "", -1
	switch t := p.tok(j); {
	case t == nil:
		return fail, -1
	case t.cls == cWeekday:
		what, wd = "wd", t.val
		j++
	case t.key == "semaine" || t.key == "jour" || t.key == "quinzaine":
		what = t.key
		j++
	default:
		if u, n := p.periodUnit(j); n > 0 && u == puWeekend {
			what, j = "weekend", n
		} else {
			return fail, -1
		}
	}
	k := p.key(j)
	if k != "de" && k != "d'" && k != "du" {
		return fail, -1
	}
	j++
	// the month: a name (and year), or "(le) mois prochain/dernier", "ce mois"
	var first time.Time
	if mo, n := p.monthAt(j, false); n > 0 && k != "du" {
		m := moment{month: mo}
		if y, n2 := p.yearAt(n); n2 > 0 {
			m.year, n = y, n2
		}
		d, ok := p.resolveDay(&m)
		if !ok {
			return fail, -1
		}
		first, j = d.t, n
	} else {
		if p.key(j) == "ce" {
			j++
		}
		if p.key(j) != "mois" {
			return fail, -1
		}
		j++
		shift, n := p.relMod(j)
		if n < 0 {
			shift, n = 0, j
		}
		first, j = p.trunc(p.today, Month).AddDate(0, shift, 0), n
	}
	y, mo, _ := first.Date()
	last := daysIn(y, int(mo))
	switch what {
	case "jour":
		d := ord
		if ord < 0 {
			d = last
		}
		if d > last {
			return fail, -1
		}
		return res{kind: Point, grain: Day, value: p.date(y, int(mo), d)}, j
	case "quinzaine":
		switch ord {
		case 1:
			return interval(Day, p.date(y, int(mo), 1), p.date(y, int(mo), 15)), j
		case 2, -1:
			return interval(Day, p.date(y, int(mo), 15), p.date(y, int(mo), last+1)), j
		}
		return fail, -1
	case "semaine":
		// full weeks inside the month
		mon := p.date(y, int(mo), 1)
		mon = mon.AddDate(0, 0, (8-int(mon.Weekday()))%7)
		if ord < 0 {
			end := p.date(y, int(mo), last)
			mon = monday(end)
			if mon.AddDate(0, 0, 6).After(end) {
				mon = mon.AddDate(0, 0, -7)
			}
		} else {
			mon = mon.AddDate(0, 0, 7*(ord-1))
		}
		if mon.Month() != mo {
			return fail, -1
		}
		return interval(Week, mon, mon.AddDate(0, 0, 7)), j
	}
	// the nth weekday (Saturday for a weekend)
	target := wd
	if what == "weekend" {
		target = int(time.Saturday)
	}
	d := p.date(y, int(mo), 1)
	d = d.AddDate(0, 0, (target-int(d.Weekday())+7)%7)
	if ord < 0 {
		for d.AddDate(0, 0, 7).Month() == mo {
			d = d.AddDate(0, 0, 7)
		}
	} else {
		d = d.AddDate(0, 0, 7*(ord-1))
	}
	if d.Month() != mo {
		return fail, -1
	}
	if what == "weekend" {
		yy, mm, dd := d.Date()
		return interval(Hour, time.Date(yy, mm, dd-1, 18, 0, 0, 0, p.loc), time.Date(yy, mm, dd+2, 0, 0, 0, 0, p.loc)), j
	}
	return res{kind: Point, grain: Day, value: d}, j
}

// Seasons, as Duckling bounds them: [start, end) by month and day, the end
// in the next year for winter.
var seasons = [...]struct{ m1, d1, m2, d2 int }{
	{3, 20, 6, 22},  // printemps
	{6, 21, 9, 24},  // été
	{9, 23, 12, 22}, // automne
	{12, 21, 3, 21}, // hiver
}

// season reads "cet été", "l'hiver 2022", "l'été dernier", "au printemps".
func (p *parser) season(i int) (res, int) {
	j := i
	switch p.key(j) {
	case "ce", "cet", "cette", "l'", "en", "le":
		j++
	case "au":
		j++
	case "a":
		if p.key(j+1) != "l'" {
			return fail, -1
		}
		j += 2
	}
	s := -1
	switch p.key(j) {
	case "printemps":
		s = 0
	case "ete":
		s = 1
	case "automne":
		s = 2
	case "hiver":
		s = 3
	}
	if s < 0 {
		return fail, -1
	}
	j++
	if j-1 == i {
		// a bare season word needs a year: "été" is also a past participle
		if _, n := p.yearAt(j); n < 0 {
			return fail, -1
		}
	}
	se := seasons[s]
	at := func(y int) (time.Time, time.Time) {
		y2 := y
		if se.m2 < se.m1 {
			y2++
		}
		return p.date(y, se.m1, se.d1), p.date(y2, se.m2, se.d2)
	}
	if y, n := p.yearAt(j); n > 0 {
		a, b := at(y)
		return interval(Day, a, b), n
	}
	k, n := p.relMod(j)
	if n < 0 {
		k, n = 0, j
	}
	y := p.today.Year()
	switch {
	case k < 0: // the last one over
		for yy := y; yy > y-3; yy-- {
			if a, b := at(yy); !b.After(p.today) {
				return interval(Day, a, b), n
			}
		}
	case k > 0: // the next one to begin
		for yy := y - 1; yy < y+2; yy++ {
			if a, b := at(yy); a.After(p.today) {
				return interval(Day, a, b), n
			}
		}
	default:
		for yy := y - 1; yy <= y; yy++ {
			if a, b := at(yy); !a.After(p.today) && b.After(p.today) {
				return interval(Day, a, b), n
			}
		}
		if p.future() {
			for yy := y - 1; yy < y+2; yy++ {
				if a, b := at(yy); a.After(p.today) {
					return interval(Day, a, b), n
				}
			}
		} else {
			for yy := y; yy > y-3; yy-- {
				if a, b := at(yy); !b.After(p.today) {
					return interval(Day, a, b), n
				}
			}
		}
	}
	return fail, -1
}

// weekOf reads "la semaine du 7 octobre".
func (p *parser) weekOf(i int) (res, int) {
	j := i
	if p.key(j) == "la" {
		j++
	}
	if p.key(j) != "semaine" || p.key(j+1) != "du" {
		return fail, -1
	}
	m, n := p.moment(j+1, 0)
	if n < 0 || m.dom == 0 || m.hasTime {
		return fail, -1
	}
	d, ok := p.resolveDay(&m)
	if !ok || d.g != Day {
		return fail, -1
	}
	mon := monday(d.t)
	return interval(Week, mon, mon.AddDate(0, 0, 7)), n
}
