package date

import (
	"sync"
	"time"
)

// This file holds the top-level rules: each reads one whole expression at a
// token and the longest reading wins.

// parser is the state of one Find call.
type parser struct {
	ref    time.Time
	prefer Prefer
	loc    *time.Location
	today  time.Time // midnight of the reference day
	s      string
	t      []token
	big    bigMemo
	soon   bool // a Future reading in news: a bare weekday may be today
}

// res is a resolved expression.
type res struct {
	kind     Kind
	grain    Grain
	value    time.Time
	from, to time.Time
	dur      Duration
	hasFrom  bool
	hasTo    bool
}

var tokPool = sync.Pool{New: func() any { s := make([]token, 0, 256); return &s }}

// Find returns every temporal expression in s, in order of position.
// It never calls time.Now: Ref is the only clock. Find is safe for
// concurrent use.
func (pp Parser) Find(s string) []Date {
	loc := pp.Ref.Location()
	y, mo, d := pp.Ref.Date()
	p := parser{ref: pp.Ref, prefer: pp.Prefer, loc: loc, today: time.Date(y, mo, d, 0, 0, 0, 0, loc), s: s}
	bp := tokPool.Get().(*[]token)
	p.t = tokenize(s, (*bp)[:0])
	var out []Date
	next := 0 // the next token that carries date meaning
	for i := 0; i < len(p.t); {
		if next < i {
			next = i
		}
		for next < len(p.t) && !p.t[next].trig {
			next++
		}
		// an expression starts at most a few words before its first
		// meaningful token ("au cours des deux dernières années")
		if next-i > 4 || next == len(p.t) || !p.canStart(i) {
			i++
			continue
		}
		r, end := p.expr(i)
		if end <= i {
			i++
			continue
		}
		if pp.Prefer == Past && r.grain != Quarter && p.over(r) && p.futureCue(i, end) {
			// "il se rendra jeudi à Kiev": the coming Thursday; but "la
			// réunion aura lieu du 1er au 5 novembre" is still this one
			p.prefer, p.soon = Future, true
			if r2, end2 := p.expr(i); end2 > i {
				r, end = r2, end2
			}
			p.prefer, p.soon = Past, false
		}
		start, stop := p.t[i].start, p.t[end-1].end
		out = append(out, p.toDate(r, start, stop))
		i = end
	}
	if cap(p.t) <= 1<<16 {
		*bp = p.t[:0]
		tokPool.Put(bp)
	}
	return out
}

// over reports whether r lies wholly before the reference: before today
// for days and longer, before the reference time for times.
func (p *parser) over(r res) bool {
	var end time.Time
	switch r.kind {
	case Point:
		end = add(r.value, r.grain, 1)
	case Interval:
		if !r.hasTo {
			end = r.from.AddDate(0, 0, 1)
		} else {
			end = r.to
		}
	default:
		return false
	}
	if r.grain >= Day {
		return !end.After(p.today)
	}
	return !end.After(p.ref)
}

// canStart reports whether an expression may begin at token i: a known
// word, or a number that is not part of a code like "G7" or "Covid-19".
func (p *parser) canStart(i int) bool {
	t := &p.t[i]
	switch t.kind {
	case tkWord:
		return t.key != ""
	case tkNum:
		return !p.gluedToWord(i)
	}
	return false
}

func (p *parser) toDate(r res, start, end int) Date {
	d := Date{Start: start, End: end, Text: p.s[start:end], Kind: r.kind, Grain: r.grain}
	switch r.kind {
	case Point:
		d.Value = r.value
	case Interval:
		if r.hasFrom {
			d.From = r.from
		}
		if r.hasTo {
			d.To = r.to
		}
	case Span:
		d.Duration = r.dur
	}
	return d
}

// expr reads the longest expression at i; it returns the index after it,
// or -1.
func (p *parser) expr(i int) (res, int) {
	best, bestEnd := res{}, -1
	try := func(r res, n int) {
		if n > bestEnd {
			best, bestEnd = r, n
		}
	}
	try(p.ruleNow(i))
	try(p.ruleOffset(i))
	try(p.ruleRange(i))
	try(p.rulePeriod(i))
	try(p.ruleDuration(i))
	try(p.ruleInterval(i, nil))
	try(p.ruleOpen(i, nil))
	try(p.ruleMoment(i))
	try(p.ruleNight(i))
	return best, bestEnd
}

// ruleNight reads "dans la nuit de samedi à dimanche", "la nuit du 2 au 3
// novembre": from 22h on the first day to 6h on the last.
func (p *parser) ruleNight(i int) (res, int) {
	j := i
	switch p.key(j) {
	case "dans", "pendant", "durant":
		if p.key(j+1) != "la" {
			return fail, -1
		}
		j += 2
	case "la", "cette":
		j++
	}
	if p.key(j) != "nuit" {
		return fail, -1
	}
	j++
	if k := p.key(j); k != "de" && k != "du" {
		return fail, -1
	}
	r, n := p.ruleInterval(j, nil)
	if n < 0 || r.grain != Day {
		// "dans la nuit de dimanche": from that evening to the next morning
		k := j
		if p.key(k) == "de" {
			k++
		}
		m, n2 := p.moment(k, ctxNoTime)
		if n2 < 0 || !m.hasDate() {
			return fail, -1
		}
		d, ok := p.resolveDay(&m)
		if !ok || d.g != Day {
			return fail, -1
		}
		r, n = interval(Day, d.t, d.t.AddDate(0, 0, 2)), n2
	}
	y, mo, d := r.from.Date()
	y2, mo2, d2 := r.to.Date()
	return interval(Hour, time.Date(y, mo, d, 22, 0, 0, 0, p.loc), time.Date(y2, mo2, d2-1, 6, 0, 0, 0, p.loc)), n
}

var fail = res{}

func (sp span) res() res {
	if sp.interval {
		return res{kind: Interval, grain: sp.grain, from: sp.start, to: sp.end, hasFrom: true, hasTo: true}
	}
	return res{kind: Point, grain: sp.grain, value: sp.start}
}

func interval(g Grain, from, to time.Time) res {
	return res{kind: Interval, grain: g, from: from, to: to, hasFrom: true, hasTo: true}
}

// ruleNow reads "maintenant", "tout de suite", "en ce moment".
func (p *parser) ruleNow(i int) (res, int) {
	switch p.key(i) {
	case "maintenant":
		return res{kind: Point, grain: Second, value: p.ref}, i + 1
	case "tout":
		if p.key(i+1) == "de" && p.key(i+2) == "suite" {
			return res{kind: Point, grain: Second, value: p.ref}, i + 3
		}
	case "en":
		if p.key(i+1) == "ce" && p.key(i+2) == "moment" {
			return res{kind: Point, grain: Day, value: p.today}, i + 3
		}
	}
	return fail, -1
}

// ruleMoment reads a moment, and a time interval that follows a date
// ("jeudi de 9h à 11h", "le 20 jusqu'à 18h", "vendredi à partir de midi").
func (p *parser) ruleMoment(i int) (res, int) {
	m, n := p.moment(i, 0)
	if n < 0 {
		return fail, -1
	}
	if m.hasDate() && !m.hasTime {
		best, bestEnd := fail, -1
		if r, n2 := p.ruleInterval(n, &m); n2 > bestEnd {
			best, bestEnd = r, n2
		}
		if r, n2 := p.ruleOpen(n, &m); n2 > bestEnd {
			best, bestEnd = r, n2
		}
		if bestEnd > 0 {
			return best, bestEnd
		}
	}
	sp, ok := p.resolve(&m)
	if !ok {
		return fail, -1
	}
	return sp.res(), n
}

// copyDate gives m the date components of from.
func copyDate(m *moment, from *moment) {
	m.hasRel, m.rel, m.anchored, m.anchor = from.hasRel, from.rel, from.anchored, from.anchor
	m.wd, m.wdMod = from.wd, from.wdMod
	m.dom, m.month, m.year, m.dateMod, m.hol = from.dom, from.month, from.year, from.dateMod, from.hol
	if m.part == 0 && from.part != 0 && !m.hasTime {
		m.part, m.ph1, m.ph2 = from.part, from.ph1, from.ph2
	}
	if m.part == 0 && from.part != 0 {
		m.part = from.part // for "jeudi matin à partir de 9 heures 30"
	}
}

// setDay pins m to a resolved day.
func setDay(m *moment, t time.Time) {
	m.hasRel, m.rel, m.anchored = true, 0, true
	m.anchor = anchorDay{true, t.Year(), int(t.Month()), t.Day()}
	m.wd, m.dom, m.month, m.year, m.hol = 0, 0, 0, 0, 0
}

// trailingDate reads a date after a time interval: "de 9h30 à 11h jeudi".
func (p *parser) trailingDate(n int) (moment, int) {
	k := n
	if p.isPunct(k, ',') {
		k++
	}
	t, n2 := p.moment(k, 0)
	if n2 < 0 || !t.hasDate() || t.hasTime {
		return t, -1
	}
	return t, n2
}

// ruleInterval reads "du 1er au 5 novembre", "entre mai et juillet",
// "de 9h30 à 11h", "13-15 juillet", "2022-2023", "les 27 et 28 octobre".
// base, when set, is a date read just before ("jeudi de 9h à 11h").
func (p *parser) ruleInterval(i int, base *moment) (res, int) {
	// the leading word says which connectors may follow: "du … au",
	// "de … à", "entre … et", "les … et"; no leading word allows "au" and
	// dashes ("13-15 juillet", "9h30 - 11h00")
	j := i
	lead := p.key(j)
	switch lead {
	case "du", "de", "d'", "entre", "les":
		j++
	case "des": // "le scrutin des 8 et 9 juin"
		lead = "les"
		j++
	default:
		lead = ""
	}
	if base != nil && lead != "de" && lead != "d'" && lead != "entre" {
		return fail, -1
	}
	// inside an interval, bare numbers may be days, hours or years: the
	// other side decides below
	const ctx = ctxBareDom | ctxBareYear | ctxBareNum | ctxDotTime
	a, n := p.moment(j, ctx)
	if n < 0 {
		return fail, -1
	}
	k := n
	switch lead {
	case "entre", "les":
		if p.key(k) != "et" {
			return fail, -1
		}
		k++
	default:
		switch p.key(k) {
		case "et":
			// "samedi 2 et dimanche 3 novembre"
			if lead != "" || a.wd == 0 || a.dom == 0 || a.month != 0 {
				return fail, -1
			}
			k++
		case "au", "-":
			k++
		case "a":
			if lead != "de" && lead != "d'" && !a.hasTime {
				return fail, -1
			}
			k++
		case "jusqu'":
			k++
			if p.key(k) == "a" {
				k++
			}
		default:
			return fail, -1
		}
	}
	b, n2 := p.moment(k, ctx)
	if n2 < 0 {
		return fail, -1
	}
	if b.hasTime && !a.hasTime && a.hasDate() && !a.bareHour {
		// a range of days followed by a time: "du 2 au 3 novembre, vers 3h"
		b, n2 = p.moment(k, ctx|ctxNoTime)
		if n2 < 0 {
			return fail, -1
		}
	}
	// a bare number takes its meaning from the other side
	if a.bareHour && b.hasTime && b.bareHour {
		return fail, -1
	}
	if a.bareHour && !b.hasTime {
		if b.dom == 0 || a.hour < 1 || a.hour > 31 || a.part != 0 {
			return fail, -1
		}
		a = moment{dom: a.hour, domBare: true}
	}
	if b.bareHour && !a.hasTime {
		if a.dom == 0 || b.hour < 1 || b.hour > 31 || b.part != 0 {
			return fail, -1
		}
		b = moment{dom: b.hour, domBare: true}
	}
	// two bare day numbers need "du … au" or "entre le … et le": "de 10 à
	// 12" counts something, and so does "du 7 au 10 ans"
	aBareDom := a.dom != 0 && a.month == 0 && a.wd == 0 && !a.hasTime
	bBareDom := b.dom != 0 && b.month == 0 && b.wd == 0 && !b.hasTime
	if aBareDom && bBareDom {
		if !(lead == "du" || (lead == "entre" && a.domLe && b.domLe)) || p.unknownWord(n2) {
			return fail, -1
		}
	}
	if lead == "les" && b.month == 0 {
		return fail, -1
	}
	if a.yearBare && b.yearBare {
		if a.year >= b.year || p.unknownWord(n2) {
			return fail, -1
		}
	} else if (a.yearBare || b.yearBare) && p.unknownWord(n2) {
		return fail, -1
	}
	if (a.hasTime && !b.hasTime && !b.hasDate()) || (b.hasTime && !a.hasTime && !a.hasDate()) {
		return fail, -1
	}
	// dates shared by both sides
	if !a.hasDate() && !b.hasDate() {
		if base != nil {
			copyDate(&a, base)
			copyDate(&b, base)
		} else if t, n3 := p.trailingDate(n2); n3 > 0 && (a.hasTime || a.part != 0) {
			copyDate(&a, &t)
			copyDate(&b, &t)
			n2 = n3
		}
	}
	// times: both on the same day; an end earlier than the start is in the
	// afternoon ("de 11h30 à 1h30") or on the next day ("11pm-2")
	if a.hasTime && b.hasTime {
		if a.hasDate() && !b.hasDate() {
			copyDate(&b, &a)
		}
		if b.hasDate() && !a.hasDate() {
			copyDate(&a, &b)
		}
		if a.ampm == 0 && b.ampm != 0 && a.hour <= b.hour {
			a.ampm = b.ampm
		}
		sa, ok := p.resolve(&a)
		if !ok {
			return fail, -1
		}
		if !b.hasDate() {
			setDay(&b, sa.start)
		}
		sb, ok := p.resolve(&b)
		if !ok {
			return fail, -1
		}
		if !sb.start.After(sa.start) {
			if b.ampm == 0 && b.hour < 12 && sb.start.Add(12*time.Hour).After(sa.start) {
				sb.start = sb.start.Add(12 * time.Hour)
			} else {
				sb.start = sb.start.AddDate(0, 0, 1)
			}
		}
		g := min(sa.grain, sb.grain)
		return interval(g, sa.start, add(sb.start, g, 1)), n2
	}
	if a.hasTime || b.hasTime {
		return fail, -1
	}
	// parts of days: "de lundi matin à mardi soir"; "la nuit du 2 au 3" is ruleNight's
	if (a.part != 0) != (b.part != 0) {
		return fail, -1
	}
	// day, month and year intervals: a takes what it lacks from b
	if a.month == 0 && a.dom != 0 && b.month != 0 {
		a.month = b.month
		if b.year != 0 {
			a.year = b.year
		}
		a.dateMod = b.dateMod // "du 2 au 4 décembre prochain"
	}
	if a.year == 0 && a.month != 0 && b.year != 0 && b.month != 0 {
		a.year = b.year
		if a.month > b.month {
			a.year--
		}
	}
	if a.month != 0 && a.dom != 0 {
		a.wd = 0
	}
	// resolve the start, then place the end after it: "du 28 au 3" runs
	// into the next month, "de novembre à février" into the next year
	sa, ok := p.resolve(&a)
	if !ok {
		return fail, -1
	}
	switch {
	case b.dom != 0 && b.month == 0 && !b.hasRel:
		y, mo, _ := sa.start.Date()
		if b.dom < sa.start.Day() {
			mo++
		}
		t := time.Date(y, mo, 1, 0, 0, 0, 0, p.loc)
		if !validDate(t.Year(), int(t.Month()), b.dom) {
			return fail, -1
		}
		b.month, b.year, b.wd = int(t.Month()), t.Year(), 0
	case b.month != 0 && b.year == 0:
		b.year = sa.start.Year()
		if b.month < int(sa.start.Month()) || (b.month == int(sa.start.Month()) && b.dom != 0 && b.dom < sa.start.Day()) {
			b.year++
		}
	case b.wd != 0 && b.dom == 0 && !b.hasRel:
		if sa.grain > Day {
			return fail, -1
		}
		day := p.trunc(sa.start, Day)
		setDay(&b, day.AddDate(0, 0, (b.wd-1-int(day.Weekday())+7)%7))
	}
	if b.month != 0 && b.dom != 0 {
		b.wd = 0
	}
	sb, ok := p.resolve(&b)
	if !ok {
		return fail, -1
	}
	// the end is exclusive, at the finer grain of the two sides
	g := min(sa.grain, sb.grain)
	to := sb.end
	if !sb.interval && g < sb.grain {
		to = add(sb.start, g, 1)
	}
	if !to.After(sa.start) {
		return fail, -1
	}
	return interval(g, sa.start, to), n2
}

// ruleOpen reads "à partir du 8 mars", "depuis août", "avant 16h",
// "jusqu'au 15 juillet", "après le 1er novembre", "depuis trois jours".
func (p *parser) ruleOpen(i int, base *moment) (res, int) {
	// from: the expression opens an interval ("depuis", "à partir de");
	// otherwise it closes one, inclusive of the date ("jusqu'au 15") or not
	// ("avant 16h")
	j := i
	from, incl, since := true, false, false
	switch p.key(j) {
	case "a":
		if p.key(j+1) != "partir" && p.key(j+1) != "compter" {
			return fail, -1
		}
		j += 2
		if k := p.key(j); k == "de" || k == "d'" {
			j++
		}
	case "peu":
		// "peu avant 8h", "peu après minuit": about then
		if k := p.key(j + 1); k != "avant" && k != "apres" {
			return fail, -1
		}
		m, n := p.moment(j+2, 0)
		if n < 0 || !m.hasTime {
			return fail, -1
		}
		sp, ok := p.resolve(&m)
		if !ok {
			return fail, -1
		}
		return sp.res(), n
	case "des":
		j++
	case "depuis":
		since = true
		j++
	case "apres":
		j++
	case "plus":
		if p.key(j+1) != "tard" || (p.key(j+2) != "que" && p.key(j+2) != "qu'") {
			return fail, -1
		}
		j += 3
	case "n'":
		if p.key(j+1) != "importe" || p.key(j+2) != "quand" || p.key(j+3) != "avant" {
			return fail, -1
		}
		from = false
		j += 4
	case "avant":
		from = false
		j++
	case "jusqu'", "jusque":
		from, incl = false, true
		j++
		if k := p.key(j); k == "a" || k == "en" {
			j++
		}
	case "d'":
		if p.key(j+1) != "ici" {
			return fail, -1
		}
		from, incl = false, true
		j += 2
		if p.key(j) == "a" { // "d'ici à 2030"
			j++
		}
	default:
		return fail, -1
	}
	if base != nil && p.key(i) == "depuis" {
		return fail, -1
	}
	if p.key(i) == "d'" && base == nil {
		// "d'ici 2 semaines": from now to the start of that day
		if d, g, n := p.durationList(j, false); n > 0 && g >= Day {
			return interval(Second, p.ref, p.trunc(p.shift(p.ref, d, 1), Day)), n
		}
	}
	if since && base == nil {
		// "depuis trois jours", "depuis plus de mille jours": since that long ago
		k := j
		if q := p.key(k); (q == "plus" || q == "moins" || q == "pres") && (p.key(k+1) == "de" || p.key(k+1) == "d'") {
			k += 2
		}
		if d, g, n := p.durationList(k, false); n > 0 {
			t := p.shift(p.ref, d, -1)
			if g >= Day {
				return res{kind: Interval, grain: Day, from: p.trunc(t, Day), hasFrom: true}, n
			}
			return res{kind: Interval, grain: g, from: t, hasFrom: true}, n
		}
	}
	m, n := p.moment(j, ctxBareYear)
	if n < 0 && base == nil {
		// "depuis le début de l'année", "à partir de la semaine prochaine"
		r, n := p.rulePeriod(j)
		if n < 0 || r.kind == Span {
			return fail, -1
		}
		start, end, g := r.value, add(r.value, r.grain, 1), r.grain
		if r.kind == Interval {
			start, end = r.from, r.to
		}
		switch {
		case from:
			return res{kind: Interval, grain: g, from: start, hasFrom: true}, n
		case incl:
			return res{kind: Interval, grain: g, to: end, hasTo: true}, n
		}
		return res{kind: Interval, grain: g, to: start, hasTo: true}, n
	}
	if n < 0 {
		return fail, -1
	}
	// a date read before ("vendredi à partir de midi") or after ("à partir
	// de 9h30 jeudi") gives the day of a bare time
	if base != nil {
		if m.hasDate() || !m.hasTime {
			return fail, -1
		}
		copyDate(&m, base)
	} else if !m.hasDate() && m.hasTime {
		if t, n3 := p.trailingDate(n); n3 > 0 {
			copyDate(&m, &t)
			n = n3
		}
	}
	sp, ok := p.resolve(&m)
	if !ok {
		return fail, -1
	}
	if sp.interval && p.key(i) == "des" {
		return sp.res(), n // "dès le matin": the morning
	}
	if from {
		return res{kind: Interval, grain: sp.grain, from: sp.start, hasFrom: true}, n
	}
	if base != nil && incl {
		// "demain jusqu'à 16h": from the start of that day
		day := p.trunc(sp.start, Day)
		return interval(sp.grain, day, sp.end), n
	}
	if incl {
		return res{kind: Interval, grain: sp.grain, to: sp.end, hasTo: true}, n
	}
	return res{kind: Interval, grain: sp.grain, to: sp.start, hasTo: true}, n
}

// unitGrain maps a duration unit to a grain.
var unitGrain = [...]Grain{uSecond: Second, uMinute: Minute, uHour: Hour, uDay: Day, uWeek: Week, uMonth: Month, uQuarter: Quarter, uYear: Year}

// durationList reads "deux jours", "1 an, 1 mois et 1 semaine", "une heure
// et demie", and with marks set "2'" and "1\"". It returns the duration,
// its finest grain and the index after it.
func (p *parser) durationList(j int, marks bool) (Duration, Grain, int) {
	var d Duration
	finest := Year + 1
	end := -1
	for {
		if mins, n := p.fraction(j); n > 0 {
			// "une demi-heure", "un quart d'heure", "trois quarts d'heure"
			d.Minutes += mins
			finest = min(finest, Minute)
			end = n
			break
		}
		v, n, ok := p.readNumber(j)
		if a, n2 := p.about(j); n2 > 0 {
			v, n, ok = a, n2, true // "une dizaine de jours"
		}
		if !ok || v < 0 || (p.tok(j).kind == tkNum && p.tok(j).ndig > 6) {
			break
		}
		u := -1
		if t := p.tok(n); t != nil && t.cls == cUnit {
			u = t.val
			n++
		} else if marks && t != nil && t.key == "h" && !p.isPunct(n+1, '/') {
			u = uHour
			n++
			// "en 1h30": hours and minutes
			if m := p.tok(n); m != nil && m.kind == tkNum && m.ndig == 2 && m.val < 60 {
				d.Minutes += m.val
				n++
				if p.key(n) == "min" || p.key(n) == "mn" {
					n++
				}
				finest = min(finest, Minute)
			}
		} else if marks && t != nil && t.kind == tkPunct && t.glued {
			switch t.ch {
			case '\'':
				u = uMinute
			case '"':
				u = uSecond
			}
			n++
		}
		if u < 0 {
			break
		}
		half := false
		if p.key(n) == "et" && (p.key(n+1) == "demi" || p.key(n+1) == "demie") {
			half = true
			n += 2
		}
		switch u {
		case uSecond:
			d.Seconds += v
		case uMinute:
			d.Minutes += v
			if half {
				d.Seconds += 30
			}
		case uHour:
			d.Hours += v
			if half {
				d.Minutes += 30
			}
		case uDay:
			d.Days += v
			if half {
				d.Hours += 12
			}
		case uWeek:
			d.Weeks += v
		case uMonth:
			d.Months += v
			if half {
				d.Days += 15
			}
		case uQuarter:
			d.Months += 3 * v
		case uYear:
			d.Years += v
			if half {
				d.Months += 6
			}
		}
		g := unitGrain[u]
		if half && g > Second {
			g--
		}
		finest = min(finest, g)
		end = n
		// another term: ", 1 mois", "et 1 minute"
		k := n
		if p.isPunct(k, ',') || p.key(k) == "et" {
			k++
		}
		if _, n2, ok := p.readNumber(k); !ok || (p.tok(n2) == nil || p.tok(n2).cls != cUnit) {
			break
		}
		j = k
	}
	if end < 0 {
		return d, 0, -1
	}
	return d, finest, end
}

// fraction reads a fraction of an hour: "une demi-heure" (30), "un quart
// d'heure" (15), "trois quarts d'heure" (45).
func (p *parser) fraction(j int) (int, int) {
	switch p.key(j) {
	case "une":
		k := j + 1
		if p.key(k) != "demi" {
			return 0, -1
		}
		k = p.skipDash(k + 1)
		if p.key(k) != "heure" {
			return 0, -1
		}
		return 30, k + 1
	case "un", "trois":
		mins := 15
		k := j + 1
		if p.key(j) == "trois" {
			if p.key(k) != "quarts" {
				return 0, -1
			}
			mins = 45
		} else if p.key(k) != "quart" {
			return 0, -1
		}
		if p.key(k+1) != "d'" || p.key(k+2) != "heure" {
			return 0, -1
		}
		return mins, k + 3
	}
	return 0, -1
}

// about reads an approximate number of units: "une dizaine de", "une
// quinzaine d'", "une centaine de".
func (p *parser) about(j int) (int, int) {
	if p.key(j) != "une" {
		return 0, -1
	}
	v := 0
	switch p.key(j + 1) {
	case "dizaine":
		v = 10
	case "douzaine":
		v = 12
	case "quinzaine":
		v = 15
	case "vingtaine":
		v = 20
	case "trentaine":
		v = 30
	case "quarantaine":
		v = 40
	case "cinquantaine":
		v = 50
	case "centaine":
		v = 100
	default:
		return 0, -1
	}
	if k := p.key(j + 2); k != "de" && k != "d'" {
		return 0, -1
	}
	return v, j + 3
}

// shift moves t by sign times d.
func (p *parser) shift(t time.Time, d Duration, sign int) time.Time {
	t = t.AddDate(sign*d.Years, sign*d.Months, sign*(7*d.Weeks+d.Days))
	return t.Add(time.Duration(sign) * (time.Duration(d.Hours)*time.Hour + time.Duration(d.Minutes)*time.Minute + time.Duration(d.Seconds)*time.Second))
}

// ruleOffset reads "il y a deux jours", "dans trois semaines", "deux jours
// plus tard", "un jour après".
func (p *parser) ruleOffset(i int) (res, int) {
	j := i
	sign := 0
	switch p.key(i) {
	case "il":
		if p.key(i+1) == "y" && p.key(i+2) == "a" {
			sign, j = -1, i+3
		} else if p.key(i+1) == "ya" {
			sign, j = -1, i+2
		}
	case "dans":
		sign, j = 1, i+1
	case "voici", "voila":
		sign, j = -1, i+1
	}
	var d Duration
	var g Grain
	n := -1
	if sign != 0 {
		switch p.key(j) {
		case "environ":
			j++
		case "pres", "plus", "moins":
			if p.key(j+1) == "de" || p.key(j+1) == "d'" {
				j += 2
			}
		}
		d, g, n = p.durationList(j, true)
		if n < 0 {
			return fail, -1
		}
	} else {
		d, g, n = p.durationList(i, false)
		if n < 0 {
			return fail, -1
		}
		if d.Years != 0 || d.Months != 0 {
			// "vingt-six ans plus tard" counts from the story, not from now
			return fail, -1
		}
		switch p.key(n) {
		case "plus":
			switch p.key(n + 1) {
			case "tard":
				sign = 1
			case "tot":
				sign = -1
			default:
				return fail, -1
			}
			n += 2
		case "apres", "avant":
			// "deux jours après" counts from now; "un an après le début de
			// la guerre" counts from an event we cannot date
			if p.isPunct(n+1, '-') || (n+1 < len(p.t) && p.t[n+1].kind == tkWord) {
				return fail, -1
			}
			sign = 1
			if p.key(n) == "avant" {
				sign = -1
			}
			n++
		default:
			return fail, -1
		}
	}
	// whole days and more give a day; hours and less an instant
	t := p.shift(p.ref, d, sign)
	if g >= Day {
		return res{kind: Point, grain: Day, value: p.trunc(t, Day)}, n
	}
	return res{kind: Point, grain: g, value: t}, n
}

// ruleRange reads "les 3 derniers jours", "3 prochaines semaines", "ces
// derniers jours", "dans les prochains jours", "2 années passées".
func (p *parser) ruleRange(i int) (res, int) {
	j := i
	lead := false
	switch p.key(j) {
	case "les", "ces", "des", "aux":
		lead = true
		j++
	case "dans", "pendant", "durant":
		if p.key(j+1) == "les" || p.key(j+1) == "ces" {
			lead = true
			j += 2
		}
	case "au":
		if p.key(j+1) == "cours" && (p.key(j+2) == "des" || p.key(j+2) == "de") {
			lead = true
			j += 3
			if p.key(j) == "ces" {
				j++
			}
		}
	}
	n, k, hasN := p.readNumber(j)
	if !hasN || n <= 0 || n > 1000 {
		k, hasN = j, false
	}
	dir := 0
	switch p.key(k) {
	case "dernier", "derniere", "derniers", "dernieres":
		dir = -1
		k++
	case "prochain", "prochaine", "prochains", "prochaines":
		dir = 1
		k++
	}
	if dir != 0 && !hasN && lead {
		// "les dernières 24 heures"
		if v, k2, ok := p.readNumber(k); ok && v > 0 && v <= 1000 && p.isUnitAny(k2) {
			n, k, hasN = v, k2, true
		}
	}
	if !p.isUnitAny(k) {
		return fail, -1
	}
	u := p.t[k].val
	k++
	if dir == 0 {
		if !hasN {
			return fail, -1
		}
		switch p.key(k) {
		case "suivant", "suivante", "suivants", "suivantes", "prochains", "prochaines":
			dir = 1
		case "passe", "passee", "passes", "passees", "precedents", "precedentes", "derniers", "dernieres":
			dir = -1
		default:
			return fail, -1
		}
		k++
	}
	if !hasN {
		if !lead {
			return fail, -1
		}
		// "ces derniers jours": a few units
		switch u {
		case uDay:
			n = 7
		case uWeek, uMonth, uYear:
			n = 3
		default:
			return fail, -1
		}
		if k2 := p.key(k); k2 == "de" || k2 == "du" || k2 == "d'" {
			return fail, -1
		}
	}
	// as Duckling: the last n whole units before the current one, or the
	// next n after it
	g := unitGrain[u]
	t := p.trunc(p.ref, g)
	if g == Second {
		t = p.ref.Truncate(time.Second)
	}
	if dir < 0 {
		return interval(g, add(t, g, -n), t), k
	}
	return interval(g, add(t, g, 1), add(t, g, 1+n)), k
}

func (p *parser) isUnitAny(i int) bool {
	t := p.tok(i)
	return t != nil && t.cls == cUnit
}

// ruleDuration reads "en deux mois", "pendant trois ans", "plus de deux
// ans", "30 jours", "3 trimestres".
func (p *parser) ruleDuration(i int) (res, int) {
	j := i
	lead := true
	switch p.key(j) {
	case "en", "pendant", "durant", "pour", "sous":
		j++
		if p.key(j) == "l'" && p.key(j+1) == "espace" && (p.key(j+2) == "de" || p.key(j+2) == "d'") {
			j += 3 // "en l'espace de deux jours"
		}
	case "au":
		if p.key(j+1) != "bout" || (p.key(j+2) != "de" && p.key(j+2) != "d'") {
			return fail, -1
		}
		j += 3 // "au bout de trois jours"
	case "plus", "moins", "pres":
		if p.key(j+1) != "de" && p.key(j+1) != "d'" {
			return fail, -1
		}
		j += 2
	case "environ":
		j++
	default:
		lead = false
	}
	d, g, n := p.durationList(j, lead)
	if n < 0 {
		return fail, -1
	}
	if !lead {
		w := p.key(i)
		u := p.t[n-1]
		// "les 24 Heures du Mans", "les 18-25 ans": names and age ranges
		if u.upper || (p.isPunct(i-1, '-') && p.t[i].glued) {
			return fail, -1
		}
		// "un jour" is "one day, some day"; "une heure" may be one o'clock
		if (w == "un" || w == "une") && u.cls == cUnit && (u.val == uDay || u.val == uHour) && n == i+2 {
			return fail, -1
		}
		// "la séance de 14 heures", "il est 10 heures": a time of day
		if g == Hour && n == i+2 && (p.key(i-1) == "de" || p.key(i-1) == "d'" || p.raw(i-1) == "est") {
			return fail, -1
		}
		// "un homme de 35 ans", "à 35 ans": an age
		if g == Year && n == i+2 {
			switch p.key(i - 1) {
			case "de", "d'", "a", "les", "des", "aux", "ses", "ces", "leurs":
				return fail, -1
			}
		}
	}
	return res{kind: Span, grain: g, dur: d}, n
}
