package date

import "time"

// This file turns moments into times. All day arithmetic goes through
// time.Date and AddDate, so days are calendar days, not 24 hours.

// dspan is a resolved calendar period: a day, a month or a year.
type dspan struct {
	t time.Time
	g Grain
}

// span is a resolved moment: [start, end) at a grain. interval is set for
// parts of the day and weeks, which are written as intervals.
type span struct {
	start, end time.Time
	grain      Grain
	interval   bool
}

func (p *parser) date(y, m, d int) time.Time {
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, p.loc)
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// add returns t plus n units of grain g.
func add(t time.Time, g Grain, n int) time.Time {
	switch g {
	case Second:
		return t.Add(time.Duration(n) * time.Second)
	case Minute:
		return t.Add(time.Duration(n) * time.Minute)
	case Hour:
		return t.Add(time.Duration(n) * time.Hour)
	case Day:
		return t.AddDate(0, 0, n)
	case Week:
		return t.AddDate(0, 0, 7*n)
	case Month:
		return t.AddDate(0, n, 0)
	case Quarter:
		return t.AddDate(0, 3*n, 0)
	}
	return t.AddDate(n, 0, 0)
}

// pick chooses among yearly candidates at(y) by the reading asked for:
// Future takes the first on or after today, Past the last on or before
// today; strict excludes today itself.
func (p *parser) pick(at func(y int) (time.Time, bool), future, strict bool) (time.Time, bool) {
	y := p.today.Year()
	if future {
		for k := y - 1; k <= y+8; k++ {
			t, ok := at(k)
			if ok && (t.After(p.today) || (!strict && t.Equal(p.today))) {
				return t, true
			}
		}
	} else {
		for k := y + 1; k >= y-8; k-- {
			t, ok := at(k)
			if ok && (t.Before(p.today) || (!strict && t.Equal(p.today))) {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// pickNear is pick limited to a year either side of today.
func (p *parser) pickNear(at func(y int) (time.Time, bool), future bool) (time.Time, bool) {
	t, ok := p.pick(at, future, false)
	if !ok || t.Sub(p.today) > 366*24*time.Hour || p.today.Sub(t) > 366*24*time.Hour {
		return time.Time{}, false
	}
	return t, true
}

func (p *parser) future() bool { return p.prefer == Future }

// easter returns Easter Sunday of year y (Gregorian computus).
func (p *parser) easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return p.date(y, month, day)
}

// monday returns the Monday of the week holding t.
func monday(t time.Time) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
}

// soonDays is how far ahead a day and month without a year may lie and
// still be read forward in the Past reading.
const soonDays = 31

// resolveDay gives the day, month or year a moment's date components name.
func (p *parser) resolveDay(m *moment) (dspan, bool) {
	fut := p.future()
	switch {
	case m.hol != 0:
		h := holidays[m.hol-1]
		at := func(y int) (time.Time, bool) {
			if h.month == 0 {
				return p.easter(y).AddDate(0, 0, h.easter), true
			}
			return p.date(y, h.month, h.day), true
		}
		if m.year != 0 {
			t, _ := at(m.year)
			return dspan{t, Day}, true
		}
		t, ok := p.pick(at, fut, false)
		return dspan{t, Day}, ok
	case m.hasRel:
		base := p.today
		if m.anchored {
			base = p.date(m.anchor.y, m.anchor.m, m.anchor.d)
		}
		return dspan{base.AddDate(0, 0, m.rel), Day}, true
	case m.dom != 0 && m.month != 0:
		if m.year != 0 {
			if !validDate(m.year, m.month, m.dom) {
				return dspan{}, false
			}
			return dspan{p.date(m.year, m.month, m.dom), Day}, true
		}
		at := func(y int) (time.Time, bool) {
			return p.date(y, m.month, m.dom), validDate(y, m.month, m.dom)
		}
		f, strict := fut, false
		switch m.dateMod {
		case modNext:
			f, strict = true, true
		case modLast:
			f, strict = false, true
		}
		if m.wd != 0 && m.dateMod == modNone {
			// "mardi 12 novembre": the nearest year where the 12th is a Tuesday
			match := func(y int) (time.Time, bool) {
				t, ok := at(y)
				return t, ok && int(t.Weekday()) == m.wd-1
			}
			// (the calendar reading only looks ahead; news looks back, then
			// ahead: "le mardi 12 novembre" in a 5 November article)
			if t, ok := p.pickNear(match, f); ok {
				return dspan{t, Day}, true
			}
			if !f {
				if t, ok := p.pickNear(match, true); ok {
					return dspan{t, Day}, true
				}
			}
		}
		if !f && !strict {
			// news reads the past, but a date in the coming month is the
			// coming one: "le sommet aura lieu le 18 novembre"
			if t, ok := p.pick(at, true, true); ok && t.Before(p.today.AddDate(0, 0, soonDays)) {
				return dspan{t, Day}, true
			}
		}
		t, ok := p.pick(at, f, strict)
		return dspan{t, Day}, ok
	case m.dom != 0:
		// a day number, maybe with a weekday: the nearest month, in the
		// direction read, where it exists (and falls on that weekday):
		// "jeudi 15" on 12 February 2013 is 15 August
		y, mo := p.today.Year(), int(p.today.Month())
		for k := 0; k < 60; k++ {
			off := k
			if !fut {
				off = -k
			}
			yy, mm := y, mo+off
			for mm < 1 {
				mm += 12
				yy--
			}
			for mm > 12 {
				mm -= 12
				yy++
			}
			if !validDate(yy, mm, m.dom) {
				continue
			}
			t := p.date(yy, mm, m.dom)
			if fut && t.Before(p.today) || !fut && t.After(p.today) {
				continue
			}
			if m.wd != 0 && int(t.Weekday()) != m.wd-1 {
				continue
			}
			return dspan{t, Day}, true
		}
		return dspan{}, false
	case m.month != 0:
		if m.year != 0 {
			return dspan{p.date(m.year, m.month, 1), Month}, true
		}
		at := func(y int) (time.Time, bool) { return p.date(y, m.month, 1), true }
		cur := p.date(p.today.Year(), int(p.today.Month()), 1)
		// the current month counts in both readings
		f, strict := fut, false
		switch m.dateMod {
		case modNext:
			f, strict = true, true
		case modLast:
			f, strict = false, true
		}
		saved := p.today
		p.today = cur
		t, ok := p.pick(at, f, strict)
		p.today = saved
		if !f && !strict && m.month == int(cur.AddDate(0, 1, 0).Month()) {
			// "en décembre" in a November article: the coming December
			t, ok = cur.AddDate(0, 1, 0), true
		}
		return dspan{t, Month}, ok
	case m.year != 0:
		return dspan{p.date(m.year, 1, 1), Year}, true
	case m.wd != 0:
		return dspan{p.weekdayDay(m.wd-1, m.wdMod), Day}, true
	}
	return dspan{}, false
}

// weekdayDay resolves a weekday with its modifier.
func (p *parser) weekdayDay(wd, mod int) time.Time {
	cur := int(p.today.Weekday())
	fwd := (wd - cur + 7) % 7
	back := (cur - wd + 7) % 7
	mon := monday(p.today)
	inWeek := (wd + 6) % 7 // days after Monday
	switch mod {
	case wdBare:
		if p.future() {
			if fwd == 0 && !p.soon {
				fwd = 7
			}
			return p.today.AddDate(0, 0, fwd)
		}
		return p.today.AddDate(0, 0, -back)
	case wdThis:
		if p.future() {
			return p.today.AddDate(0, 0, fwd)
		}
		return p.today.AddDate(0, 0, -back)
	case wdNext:
		if fwd == 0 {
			fwd = 7
		}
		return p.today.AddDate(0, 0, fwd)
	case wdLast:
		if back == 0 {
			back = 7
		}
		return p.today.AddDate(0, 0, -back)
	case wdNextWeek:
		return mon.AddDate(0, 0, 7+inWeek)
	case wdLastWeek:
		return mon.AddDate(0, 0, -7+inWeek)
	case wdThisWeek:
		return mon.AddDate(0, 0, inWeek)
	case wdIn8, wdIn15:
		n := 7
		if mod == wdIn15 {
			n = 14
		}
		s := p.today.AddDate(0, 0, n)
		return s.AddDate(0, 0, (wd-int(s.Weekday())+7)%7)
	}
	return p.today
}

// resolve turns a moment into a span.
func (p *parser) resolve(m *moment) (span, bool) {
	d, hasDay := p.resolveDay(m)
	if !hasDay && m.hasDate() {
		return span{}, false
	}
	if !hasDay && m.partThis && m.part != partNight {
		d, hasDay = dspan{p.today, Day}, true
	}
	// a time of day: on its day, or the next (Future) or last (Past) such
	// time; a part of the day moves "6h du soir" to 18h; an explicit zone
	// is converted to the reference's
	if m.hasTime {
		if hasDay && d.g != Day {
			return span{}, false
		}
		h := m.hour
		switch m.ampm {
		case 'p':
			if h < 12 {
				h += 12
			}
		case 'a':
			if h == 12 {
				h = 0
			}
		}
		if m.ampm == 0 && h < 12 && h > 0 {
			switch m.part {
			case partAfternoon, partEvening:
				h += 12
			case partNight:
				if h >= 7 {
					h += 12
				}
			}
		}
		loc := p.loc
		if m.hasZone {
			off := m.zone
			if m.zoneEU {
				day := p.today
				if hasDay {
					day = d.t
				}
				if euSummer(day.Year(), int(day.Month()), day.Day()) {
					off += 60
				}
			}
			loc = time.FixedZone("", off*60)
		}
		var t time.Time
		if hasDay {
			t = time.Date(d.t.Year(), d.t.Month(), d.t.Day(), h, m.min, m.sec, 0, loc)
		} else {
			r := p.ref.In(loc)
			t = time.Date(r.Year(), r.Month(), r.Day(), h, m.min, m.sec, 0, loc)
			if p.future() {
				if t.Before(p.ref) {
					t = t.AddDate(0, 0, 1)
				}
			} else if t.After(p.ref) {
				t = t.AddDate(0, 0, -1)
			}
		}
		t = t.In(p.loc)
		return span{t, add(t, m.tgrain, 1), m.tgrain, false}, true
	}
	if m.part != 0 {
		if !hasDay {
			d = dspan{p.today, Day}
			if m.part == partNight && !p.future() && p.ref.Before(time.Date(p.today.Year(), p.today.Month(), p.today.Day(), m.ph1, 0, 0, 0, p.loc)) {
				// "cette nuit" in the morning news: the night just over
				d.t = p.today.AddDate(0, 0, -1)
			}
		} else if d.g != Day {
			return span{}, false
		}
		y, mo, dd := d.t.Date()
		s := time.Date(y, mo, dd, m.ph1, 0, 0, 0, p.loc)
		e := time.Date(y, mo, dd, m.ph2, 0, 0, 0, p.loc)
		return span{s, e, Hour, true}, true
	}
	if hasDay {
		return span{d.t, add(d.t, d.g, 1), d.g, false}, true
	}
	return span{}, false
}

// trunc cuts t down to the start of its grain.
func (p *parser) trunc(t time.Time, g Grain) time.Time {
	y, mo, d := t.Date()
	switch g {
	case Second:
		return t.Truncate(time.Second)
	case Minute:
		return time.Date(y, mo, d, t.Hour(), t.Minute(), 0, 0, p.loc)
	case Hour:
		return time.Date(y, mo, d, t.Hour(), 0, 0, 0, p.loc)
	case Day:
		return time.Date(y, mo, d, 0, 0, 0, 0, p.loc)
	case Week:
		return monday(time.Date(y, mo, d, 0, 0, 0, 0, p.loc))
	case Month:
		return time.Date(y, mo, 1, 0, 0, 0, 0, p.loc)
	case Quarter:
		return time.Date(y, (mo-1)/3*3+1, 1, 0, 0, 0, 0, p.loc)
	}
	return time.Date(y, 1, 1, 0, 0, 0, 0, p.loc)
}
