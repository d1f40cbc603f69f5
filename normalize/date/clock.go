package date

import (
	"time"

	"github.com/frnews/frnews/normalize/number"
)

// This file reads times of day ("22H00", "à 14 h 30", "midi moins le
// quart", "quinze heures trente"), parts of the day ("dimanche soir", "en
// fin d'après-midi") and holidays.

// clock reads a time of day at i.
func (p *parser) clock(i int, m *moment, ctx int) int {
	j := i
	prefixed, at := false, false
	for steps := 0; steps < 3; steps++ {
		switch p.key(j) {
		case "a":
			at = true
			j++
		case "vers", "environ", "plutot":
			j++
			if p.key(j) == "les" {
				j++
			}
		case "aux":
			if p.key(j+1) != "alentours" || p.key(j+2) != "de" {
				steps = 3
				continue
			}
			j += 3
		case "autour":
			if p.key(j+1) != "de" {
				steps = 3
				continue
			}
			j += 2
		default:
			steps = 3
			continue
		}
		prefixed = true
	}
	// the forms: "midi", "minuit" (with minutes after), "15h", "15h30",
	// "15 h 30", "8h10m00s", "15:30", "10:12:59", "6.13 AM", "1230pm",
	// "quinze heures trente", "3 heures du matin"; a number alone is an
	// hour only in an interval or after "à" with a part of the day
	h, mi, sec, g, ampm := 0, 0, 0, Hour, 0
	weak, bare := false, false
	t := p.tok(j)
	if t == nil {
		return -1
	}
	switch {
	case t.key == "midi" || t.key == "minuit":
		if t.key == "midi" && p.key(j-1) == "apres" {
			return -1
		}
		if !prefixed && t.upper {
			return -1 // "Midi Libre", "Minuit Chrétiens"
		}
		h = 12
		if t.key == "minuit" {
			h = 0
		}
		j++
		if d, n := p.minutesAfter(j); n > 0 {
			mi, g, j = d, Minute, n
		}
	case t.kind == tkNum && !p.gluedToWord(j):
		j++
		switch u := p.tok(j); {
		case u == nil:
			if (ctx&ctxBareNum == 0 && !(at && m.part != 0)) || t.val > 24 || t.ndig > 2 {
				return -1
			}
			h = t.val
			bare = ctx&ctxBareNum != 0 && !(at && m.part != 0)
		case u.kind == tkWord && u.key == "h" && t.ndig <= 2:
			h = t.val
			j++
			if v := p.tok(j); v != nil && v.kind == tkNum && v.ndig == 2 && v.val < 60 {
				mi, g = v.val, Minute
				j++
				if w := p.tok(j); w != nil && w.glued && (w.key == "m" || w.key == "min" || w.key == "mn") {
					j++
					if x := p.tok(j); x != nil && x.kind == tkNum && x.glued && x.ndig == 2 && x.val < 60 {
						sec = x.val
						j++
						if y := p.tok(j); y != nil && y.glued && y.key == "s" {
							j++
						}
					}
				}
			} else if d, n := p.minutesAfter(j); n > 0 {
				mi, g, j = d, Minute, n
			}
		case u.kind == tkPunct && u.ch == ':' && u.glued && t.ndig <= 2:
			v := p.tok(j + 1)
			if v == nil || v.kind != tkNum || !v.glued || v.ndig != 2 || v.val > 59 {
				return -1
			}
			h, mi, g = t.val, v.val, Minute
			j += 2
			if p.isPunct(j, ':') && p.t[j].glued {
				if x := p.tok(j + 1); x != nil && x.kind == tkNum && x.glued && x.ndig == 2 && x.val < 60 {
					sec, g = x.val, Second
					j += 2
				}
			}
		case u.kind == tkPunct && u.ch == '.' && u.glued && t.ndig <= 2:
			v := p.tok(j + 1)
			if v == nil || v.kind != tkNum || !v.glued || v.ndig != 2 || v.val > 59 {
				return -1
			}
			if _, n := p.ampmAt(j + 2); n < 0 && ctx&ctxDotTime == 0 {
				return -1
			}
			h, mi, g = t.val, v.val, Minute
			j += 2
		case u.kind == tkWord && u.cls == cUnit && u.val == uHour && u.key != "h" && t.ndig <= 2:
			h = t.val
			j++
			if d, n := p.minutesAfter(j); n > 0 {
				mi, g, j = d, Minute, n
			} else if !prefixed {
				weak = true
			}
		default:
			if a, n := p.ampmAt(j); n > 0 {
				if t.ndig >= 3 {
					h, mi, g = t.val/100, t.val%100, Minute
				} else {
					h = t.val
				}
				ampm, j = a, n
				break
			}
			if (ctx&ctxBareNum != 0 || (at && m.part != 0)) && t.ndig <= 2 && t.val <= 24 && u.kind != tkWord && (u.kind != tkPunct || u.ch != '%') {
				h = t.val
				bare = ctx&ctxBareNum != 0 && !(at && m.part != 0)
				break
			}
			return -1
		}
	case t.cls == cNum:
		v, n, ok := p.readNumber(j)
		if !ok || v > 24 {
			return -1
		}
		u := p.tok(n)
		if u == nil || u.cls != cUnit || u.val != uHour || u.key == "h" {
			return -1
		}
		h = v
		j = n + 1
		if d, n := p.minutesAfter(j); n > 0 {
			mi, g, j = d, Minute, n
		} else if !prefixed {
			weak = true
		}
	default:
		return -1
	}
	if a, n := p.ampmAt(j); n > 0 && ampm == 0 {
		ampm, j = a, n
	}
	if h > 24 || (ampm != 0 && h > 12) {
		return -1
	}
	if p.isPunct(j, '/') && p.t[j].glued {
		return -1 // "24h/24"
	}
	if mi < 0 {
		h--
		mi += 60
		if h < 0 {
			h += 24
		}
	}
	if sec != 0 {
		g = Second
	}
	m.hasTime, m.hour, m.min, m.sec, m.tgrain, m.ampm, m.timeWeak, m.bareHour = true, h, mi, sec, g, ampm, weak, bare
	// an explicit zone: "19H00 GMT", "16h CET", "GMT+2", "heure de Paris"
	if n := p.zoneAt(j, m); n > 0 {
		j = n
	} else if p.isPunct(j, '(') {
		// "22h (heure de Paris)"
		if n := p.zoneAt(j+1, m); n > 0 && p.isPunct(n, ')') {
			j = n + 1
		}
	}
	return j
}

// zoneAt reads a time zone at j into m.
func (p *parser) zoneAt(j int, m *moment) int {
	z := p.tok(j)
	if z == nil || z.kind != tkWord {
		return -1
	}
	switch {
	case z.cls == cZone && z.upper:
		m.hasZone, m.zone, m.zoneEU = true, z.val, false
		j++
		// "GMT+2", "UTC-5"
		if s := p.tok(j); s != nil && s.kind == tkPunct && (s.ch == '+' || s.ch == '-') && z.val == 0 {
			if h := p.tok(j + 1); h != nil && h.kind == tkNum && h.ndig <= 2 && h.val <= 14 {
				m.zone = 60 * h.val
				if s.ch == '-' {
					m.zone = -m.zone
				}
				j += 2
			}
		}
		return j
	case z.alt == cZone && z.upper && p.s[z.start+1] == 'E': // CET, not "cet"
		m.hasZone, m.zone, m.zoneEU = true, z.altVal, false
		return j + 1
	case z.key == "heure":
		// "heure de Paris", "heure française", "heure de Kiev", "heure locale"
		k := j + 1
		if p.key(k) == "de" {
			k++
		}
		switch p.raw(k) {
		case "Paris", "France", "française", "francaise":
			m.hasZone, m.zone, m.zoneEU = true, 60, true
		case "Kiev", "Kyiv", "ukrainienne":
			m.hasZone, m.zone, m.zoneEU = true, 120, true
		case "Moscou", "moscovite":
			m.hasZone, m.zone, m.zoneEU = true, 180, false
		case "locale":
			// the place's own time, which we cannot know: read it as written
		default:
			return -1
		}
		return k + 1
	}
	return -1
}

// euSummer reports whether the day y-mo-d is in European summer time
// (from the last Sunday of March to the last Sunday of October).
func euSummer(y, mo, d int) bool {
	lastSunday := func(m int) int {
		last := daysIn(y, m)
		wd := int(time.Date(y, time.Month(m), last, 0, 0, 0, 0, time.UTC).Weekday())
		return last - wd
	}
	switch {
	case mo < 3 || mo > 10:
		return false
	case mo > 3 && mo < 10:
		return true
	case mo == 3:
		return d >= lastSunday(3)
	}
	return d < lastSunday(10)
}

// ampmAt reads "pm", "PM", "p.m.", or a "p" stuck to the time.
func (p *parser) ampmAt(j int) (int, int) {
	t := p.tok(j)
	if t == nil || t.kind != tkWord {
		return 0, -1
	}
	switch t.key {
	case "pm":
		return 'p', j + 1
	case "am":
		return 'a', j + 1
	case "p", "a":
		if p.isPunct(j+1, '.') && p.key(j+2) == "m" {
			n := j + 3
			if p.isPunct(n, '.') {
				n++
			}
			return int(t.key[0]), n
		}
		if t.key == "p" && t.glued {
			return 'p', j + 1
		}
	}
	return 0, -1
}

// minutesAfter reads what follows an hour: "quinze", "30", "et quart",
// "et demie", "moins le quart", "moins cinq", "trois quarts",
// "passé de 15 minutes". It returns the minutes (negative before the hour).
func (p *parser) minutesAfter(j int) (int, int) {
	switch p.key(j) {
	case "et":
		switch p.key(j + 1) {
		case "quart":
			return 15, j + 2
		case "demi", "demie":
			return 30, j + 2
		}
		if v, n, ok := p.readNumber(j + 1); ok && v < 60 && p.isUnit(n, uMinute) {
			return v, n + 1
		}
		return 0, -1
	case "moins":
		k := j + 1
		if p.key(k) == "le" {
			k++
		}
		if p.key(k) == "quart" {
			return -15, k + 1
		}
		if v, n, ok := p.readNumber(j + 1); ok && v < 60 && v > 0 {
			if p.isUnit(n, uMinute) {
				n++
			}
			return -v, n
		}
		return 0, -1
	case "passe", "passee":
		if p.key(j+1) == "de" {
			if v, n, ok := p.readNumber(j + 2); ok && v < 60 {
				if p.isUnit(n, uMinute) {
					n++
				}
				return v, n
			}
		}
		return 0, -1
	case "trois":
		if p.key(j+1) == "quarts" {
			return 45, j + 2
		}
	}
	t := p.tok(j)
	if t == nil || t.glued && t.kind == tkNum {
		return 0, -1
	}
	if t.kind == tkNum && t.ndig != 2 {
		return 0, -1
	}
	v, n, ok := p.readNumber(j)
	if !ok || v >= 60 {
		return 0, -1
	}
	if p.isUnit(n, uMinute) {
		return v, n + 1
	}
	// a number of something else: "à 15 heures 30 personnes"
	if u := p.tok(n); u != nil && u.kind == tkWord && u.key == "" {
		return 0, -1
	}
	return v, n
}

// Part-of-day positions.
const (
	posNone = iota
	posEarly
	posMid
	posLate
	posAfter
	posBefore
)

// partHours gives the hours [from, to) of a part of the day at a position,
// after Duckling's conventions: matin 4–12h, après-midi 12–19h, soir
// 18–24h, début de matinée 7–9h, and so on. A zero "to" means the pair does
// not exist.
func partHours(part, pos int) (int, int) {
	switch part {
	case partMorning:
		switch pos {
		case posNone:
			return 4, 12
		case posEarly:
			return 7, 9
		case posMid:
			return 9, 11
		case posLate:
			return 10, 12
		}
	case partAfternoon:
		switch pos {
		case posNone:
			return 12, 19
		case posEarly:
			return 12, 14
		case posMid:
			return 14, 17
		case posLate:
			return 17, 19
		}
	case partEvening:
		switch pos {
		case posNone:
			return 18, 24
		case posEarly:
			return 18, 21
		case posMid:
			return 20, 22
		case posLate:
			return 21, 24
		}
	case partNight:
		switch pos {
		case posNone:
			return 22, 30
		case posEarly:
			return 22, 25
		case posLate:
			return 27, 30
		}
	case partDay:
		switch pos {
		case posEarly:
			return 6, 10
		case posMid:
			return 11, 16
		case posLate:
			return 17, 21
		}
	case partLunch:
		switch pos {
		case posNone:
			return 12, 14
		case posAfter:
			return 13, 17
		case posBefore:
			return 10, 12
		}
	case partWork:
		if pos == posAfter {
			return 17, 21
		}
	}
	return 0, 0
}

// partWork is "après le travail".
const partWork = partLunch + 1

// partOfDay reads "ce soir", "lundi matin" (the "matin"), "en fin
// d'après-midi", "tôt le matin", "après déjeuner", "dans la soirée".
func (p *parser) partOfDay(i int, m *moment) int {
	// A part of the day comes with an article or preposition ("ce soir",
	// "dans la soirée", "en fin d'après-midi") unless it follows a day
	// ("lundi matin"): alone says it did not.
	j := i
	alone, this := true, false
	pos := posNone
	// leading words
	switch p.key(j) {
	case "ce", "cet", "cette":
		this, alone = true, false
		j++
	case "le", "la", "l'", "du", "au", "en", "de", "d'":
		alone = false
		j++
	case "dans", "pendant", "des":
		if k := p.key(j + 1); k == "la" || k == "l'" || k == "le" {
			alone = false
			j += 2
		}
	case "a":
		if p.key(j+1) == "l'" && p.key(j+2) == "heure" && p.key(j+3) == "du" {
			alone = false
			j += 4
		} else if p.key(j+1) == "la" {
			alone = false
			j += 2
		} else if p.key(j+1) == "l'" {
			alone = false
			j += 2
		}
	case "plus", "un":
		k := j
		if p.key(k) == "un" {
			if p.key(k+1) != "peu" {
				return -1
			}
			k += 2
		}
		if p.key(k) == "plus" && p.key(k+1) == "tard" && p.key(k+2) == "dans" && (p.key(k+3) == "la" || p.key(k+3) == "l'") {
			alone = false
			j = k + 4
		} else {
			return -1
		}
	case "tres", "tot":
		k := j
		if p.key(k) == "tres" {
			k++
		}
		if p.key(k) == "tot" && p.key(k+1) == "le" && p.key(k+2) == "matin" {
			m.part, m.ph1, m.ph2 = partMorning, 7, 9
			return k + 3
		}
		return -1
	case "apres", "avant":
		pos = posAfter
		if p.key(j) == "avant" {
			pos = posBefore
		}
		k := j + 1
		if p.key(k) == "le" {
			k++
		}
		part := 0
		switch p.key(k) {
		case "dejeuner":
			part = partLunch
		case "travail":
			part = partWork
		}
		if part == 0 {
			pos = posNone
			break
		}
		h1, h2 := partHours(part, pos)
		if h2 == 0 {
			return -1
		}
		m.part, m.ph1, m.ph2 = part, h1, h2
		return k + 1
	}
	if k := p.key(j); k == "moment" && (p.key(j+1) == "de" || p.key(j+1) == "du") {
		j += 2
	}
	// position: début de, milieu de, fin de
	switch p.key(j) {
	case "debut", "milieu", "fin":
		switch p.key(j) {
		case "debut":
			pos = posEarly
		case "milieu":
			pos = posMid
		default:
			pos = posLate
		}
		k := p.key(j + 1)
		if k != "de" && k != "d'" && k != "du" {
			return -1
		}
		j += 2
		if k := p.key(j); k == "la" || k == "l'" {
			j++
		}
	}
	part := 0
	switch p.key(j) {
	case "matin", "mat", "matinee":
		part = partMorning
		j++
	case "soir", "soiree":
		part = partEvening
		j++
	case "nuit":
		part = partNight
		j++
	case "journee":
		if pos == posNone {
			return -1
		}
		part = partDay
		j++
	case "dejeuner":
		part = partLunch
		j++
	case "apres":
		k := p.skipDash(j + 1)
		if p.key(k) != "midi" {
			return -1
		}
		part = partAfternoon
		j = k + 1
	}
	if part == 0 {
		return -1
	}
	if pos == posNone && part == partMorning {
		// "le matin tôt", "le matin très tôt"
		k := j
		if p.key(k) == "tres" {
			k++
		}
		if p.key(k) == "tot" {
			pos = posEarly
			j = k + 1
		}
	}
	if pos == posAfter || pos == posBefore {
		return -1
	}
	if part == partNight && !m.hasDate() && (p.key(j) == "derniere" || p.key(j) == "passee") {
		// "la nuit dernière": the night before today
		m.hasRel, m.rel = true, -1
		j++
	}
	h1, h2 := partHours(part, pos)
	if h2 == 0 {
		return -1
	}
	m.part, m.ph1, m.ph2, m.partThis, m.partAlone = part, h1, h2, this, alone
	return j
}

// Holidays.
type holidayDef struct {
	month, day int // a fixed day
	easter     int // days after Easter Sunday, when month is 0
}

var holidays = [...]holidayDef{
	{12, 25, 0}, // 1 Noël
	{1, 1, 0},   // 2 jour de l'an
	{11, 1, 0},  // 3 Toussaint
	{11, 2, 0},  // 4 jour des morts
	{5, 1, 0},   // 5 fête du travail
	{7, 14, 0},  // 6 fête nationale
	{11, 11, 0}, // 7 armistice
	{12, 31, 0}, // 8 Saint-Sylvestre
	{2, 14, 0},  // 9 Saint-Valentin
	{10, 31, 0}, // 10 Halloween
	{8, 15, 0},  // 11 Assomption
	{6, 21, 0},  // 12 fête de la musique
	{0, 0, 0},   // 13 Pâques
	{0, 0, 1},   // 14 lundi de Pâques
	{0, 0, 39},  // 15 Ascension
	{0, 0, 49},  // 16 Pentecôte
	{0, 0, 50},  // 17 lundi de Pentecôte
	{12, 24, 0}, // 18 veille de Noël
	{0, 0, -47}, // 19 mardi gras
	{0, 0, -2},  // 20 vendredi saint
	{1, 6, 0},   // 21 Épiphanie
	{2, 2, 0},   // 22 Chandeleur
	{6, 24, 0},  // 23 Saint-Jean
	{12, 6, 0},  // 24 Saint-Nicolas
}

// holiday reads "Noël", "le jour de l'an", "la Toussaint", "le soir de Noël".
func (p *parser) holiday(i int, m *moment) int {
	j := i
	if k := p.key(j); k == "le" || k == "la" || k == "l'" {
		j++
	}
	eve := false
	switch p.key(j) {
	case "soir", "veille":
		if p.key(j+1) == "de" && p.key(j+2) == "noel" {
			if p.key(j) == "soir" {
				m.part, m.ph1, m.ph2 = partEvening, 18, 24
			}
			eve = true
			j += 2
		}
	case "jour", "journee":
		if k := p.key(j + 1); k == "de" || k == "des" || k == "du" {
			j += 2
			if k := p.key(j); k == "la" || k == "l'" {
				if p.key(j+1) != "an" {
					j++
				}
			}
		}
	case "mardi", "vendredi":
		switch p.raw(j + 1) {
		case "gras":
			if p.key(j) == "mardi" {
				m.hol = 19
				return j + 2
			}
		case "saint":
			if p.key(j) == "vendredi" {
				m.hol = 20
				return j + 2
			}
		}
		return -1
	case "lundi":
		if p.key(j+1) == "de" {
			switch p.key(j + 2) {
			case "paques":
				m.hol = 14
				return j + 3
			case "pentecote":
				m.hol = 17
				return j + 3
			}
		}
		return -1
	}
	h := 0
	switch p.key(j) {
	case "noel":
		h = 1
		if eve {
			h = 18
		}
	case "l'an":
		if p.key(j-1) == "de" {
			h = 2
		}
	case "l'":
		if p.key(j+1) == "an" && p.key(j-1) == "de" {
			h = 2
			j++
		} else if p.key(j+1) == "armistice" {
			h = 7
			j++
		}
	case "nouvel":
		if p.key(j+1) == "an" {
			h = 2
			j++
		}
	case "toussaint":
		h = 3
	case "morts":
		if p.key(j-1) == "des" {
			h = 4
		}
	case "fete":
		switch {
		case p.key(j+1) == "du" && p.key(j+2) == "travail":
			h, j = 5, j+2
		case p.key(j+1) == "nationale":
			h, j = 6, j+1
		case p.key(j+1) == "de" && p.key(j+2) == "la" && p.key(j+3) == "musique":
			h, j = 12, j+3
		}
	case "armistice":
		h = 7
	case "saint":
		if j == i {
			return -1 // "Saint-Jean-de-Luz": only "la Saint-Jean" is the feast
		}
		k := p.skipDash(j + 1)
		switch p.key(k) {
		case "sylvestre":
			h, j = 8, k
		case "valentin":
			h, j = 9, k
		case "jean":
			h, j = 23, k
		case "nicolas":
			h, j = 24, k
		}
	case "epiphanie":
		h = 21
	case "chandeleur":
		h = 22
	case "halloween":
		h = 10
	case "assomption":
		h = 11
	case "paques":
		h = 13
	case "ascension":
		h = 15
	case "pentecote":
		h = 16
	}
	if h == 0 {
		return -1
	}
	m.hol = h
	return j + 1
}

// readNumber reads digits or French number words at i: "15", "quinze",
// "vingt et un", "dix-huit", "soixante-dix", "quatre-vingts". Numbers below
// a hundred are read here, token by token; larger ones ("deux cents",
// "mille", "1 000") are handed to package number.
func (p *parser) readNumber(i int) (int, int, bool) {
	t := p.tok(i)
	if t == nil {
		return 0, -1, false
	}
	if t.kind == tkNum {
		if p.gluedToWord(i) {
			return 0, -1, false
		}
		if t.ndig <= 3 && p.isNum(i+1) && !p.t[i+1].glued && p.t[i+1].ndig == 3 {
			return p.bigNumber(i, i+1, t.val)
		}
		return t.val, i + 1, true
	}
	if t.cls != cNum && t.alt != cNum {
		return 0, -1, false
	}
	v := t.val
	if t.cls != cNum {
		v = t.altVal
	}
	if v < 0 {
		return p.bigNumber(i, i, 0)
	}
	j := i + 1
	// next number word, after a hyphen, "et" or a space
	next := func(k int) (int, int) {
		if p.isPunct(k, '-') {
			k++
		} else if p.key(k) == "et" {
			k++
		}
		u := p.tok(k)
		if u == nil || u.cls != cNum {
			return 0, -1
		}
		return u.val, k + 1
	}
	switch {
	case v == 4:
		if w, n := next(j); n > 0 && w == 20 {
			v, j = 80, n
			if w, n := next(j); n > 0 && w >= 1 && w <= 19 {
				v, j = 80+w, n
			}
		}
	case v == 10:
		if w, n := next(j); n > 0 && w >= 7 && w <= 9 {
			v, j = 10+w, n
		}
	case v >= 20 && v <= 60 && v%10 == 0:
		if w, n := next(j); n > 0 && w >= 1 && w <= 9 {
			v, j = v+w, n
		} else if n > 0 && v == 60 && w >= 10 && w <= 19 {
			v, j = v+w, n
			if w == 10 {
				if w2, n2 := next(j); n2 > 0 && w2 >= 7 && w2 <= 9 {
					v, j = 70+w2, n2
				}
			}
		}
	}
	if w, n := next(j); n > 0 && w < 0 {
		return p.bigNumber(i, j, v) // "deux cents", "trois mille"
	}
	return v, j, true
}

// bigNumber reads, with package number, a number that goes on past what
// readNumber reads itself: more number words or groups of three digits.
// i is the number's first token, j the first one readNumber did not take,
// v its value so far.
func (p *parser) bigNumber(i, j, v int) (int, int, bool) {
	if p.big.ok && p.big.i == i {
		return p.big.v, p.big.n, p.big.found
	}
	v, n, found := p.bigNumber1(i, j, v)
	p.big = bigMemo{true, i, v, n, found}
	return v, n, found
}

// bigMemo remembers the last bigNumber call: several rules read the same
// number.
type bigMemo struct {
	ok    bool
	i     int
	v, n  int
	found bool
}

func (p *parser) bigNumber1(i, j, v int) (int, int, bool) {
	k := j
	for k < len(p.t) && k < i+12 { // "trois cent vingt-cinq mille", "1 250 000"
		t := &p.t[k]
		switch {
		case t.kind == tkWord && (t.cls == cNum || t.key == "et"):
		case t.kind == tkPunct && t.ch == '-' && t.glued:
		case t.kind == tkNum && t.ndig == 3 && !t.glued && k > i && p.t[k-1].kind == tkNum:
		default:
			goto parse
		}
		k++
	}
parse:
	// only durations count in hundreds: "deux cents ans", "1 000 jours"
	if !p.isUnitAny(k) {
		if j == i {
			return 0, -1, false
		}
		return v, j, true
	}
	for ; k > j; k-- {
		f, err := number.Parse(p.s[p.t[i].start:p.t[k-1].end])
		if err == nil && f >= 0 && f < 1e7 && f == float64(int(f)) {
			return int(f), k, true
		}
	}
	if j == i {
		return 0, -1, false
	}
	return v, j, true
}

// Token helpers.

func (p *parser) tok(i int) *token {
	if i < 0 || i >= len(p.t) {
		return nil
	}
	return &p.t[i]
}

// raw returns the text of token i, or "".
func (p *parser) raw(i int) string {
	if i < 0 || i >= len(p.t) {
		return ""
	}
	return p.s[p.t[i].start:p.t[i].end]
}

func (p *parser) key(i int) string {
	if i < 0 || i >= len(p.t) {
		return ""
	}
	if t := &p.t[i]; t.kind == tkPunct && t.ch == '-' {
		return "-"
	}
	return p.t[i].key
}

func (p *parser) isPunct(i int, ch rune) bool {
	return i >= 0 && i < len(p.t) && p.t[i].kind == tkPunct && p.t[i].ch == ch
}

func (p *parser) isNum(i int) bool {
	return i >= 0 && i < len(p.t) && p.t[i].kind == tkNum
}

func (p *parser) isUnit(i int, u int) bool {
	return i >= 0 && i < len(p.t) && p.t[i].cls == cUnit && p.t[i].val == u
}

// skipDash skips a hyphen at i: "après-midi", "avant-hier".
func (p *parser) skipDash(i int) int {
	if p.isPunct(i, '-') {
		return i + 1
	}
	return i
}
