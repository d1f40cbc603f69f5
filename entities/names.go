package entities

import (
	"slices"
	"strings"
)

// This file finds the names the dictionary does not know, by their
// position, and the later short mentions of every person of the text.

// plainCap reports whether token i is a capitalised word that can be part of
// a name: not a function word, month, role word or dictionary name.
func (f *finder) plainCap(i int) bool {
	if !f.word(i) {
		return false
	}
	t := &f.ts.toks[i]
	if !t.is(fCap) || t.is(fDigit) || f.mat[i] >= 0 || f.owner[i] >= 0 {
		return false
	}
	if t.is(fAllCaps) && (t.end-t.start > 4 || f.shouting(i)) {
		return false
	}
	return f.lexFlags(i)&(lStop|lMonth|lRoleStart|lTitle|lVerb|lInst|lPlaceNoun|lCommonCap) == 0
}

// nameAfter returns the end of the name sequence that starts at token s:
// capitalised words, the lowercase parts of hyphenated names (Jong-un) and
// particles between capitalised words (Ursula von der Leyen). It returns s
// when there is no name.
func (f *finder) nameAfter(s, max int) int {
	toks := f.ts.toks
	e, words := s, 0
	// the parts of a hyphenated name go with it, past max: "Pont" in
	// "à Pont-de-Varennes" is one word
	for e < len(toks) && (words < max || e > s && toks[e].is(fJoined)) && e-s < 4*max+4 {
		t := &toks[e]
		if !t.is(fWord) || e > s && t.is(fNewlineBefore) {
			break
		}
		if e > s && t.is(fJoined) && f.mat[e] < 0 && f.owner[e] < 0 {
			e++
			continue
		}
		if f.plainCap(e) {
			e++
			words++
			continue
		}
		if e > s && f.lexFlags(e)&lParticle != 0 && !t.is(fCap) && f.plainCap(e+1) && (!f.frenchOf(e) || f.lexFlags(s)&lGiven != 0) {
			// "Ursula von der Leyen"; "de" only after a given name
			// ("Charles de Gaulle"), not in "Cristalis de Louvroil"
			e++
			continue
		}
		// a capitalised function word inside a name: "Choe Son-hui", "Choe Son Hui"
		if e > s && f.capStop(e) && (f.word(e+1) && f.ts.toks[e+1].is(fJoined) || f.plainCap(e+1)) {
			e++
			words++
			continue
		}
		break
	}
	return e
}

// capStop reports whether token i is a capitalised function word inside a
// sentence ("Son" in "Choe Son Hui").
func (f *finder) capStop(i int) bool {
	if !f.word(i) {
		return false
	}
	t := &f.ts.toks[i]
	return t.is(fCap) && !t.is(fSentStart) && !t.is(fAllCaps) && f.mat[i] < 0 && f.owner[i] < 0 &&
		f.lexFlags(i)&(lMonth|lRoleStart|lTitle|lVerb) == 0
}

// nameBefore returns the start of the name sequence that ends at token e-1,
// or e when there is none.
func (f *finder) nameBefore(e, max int) int {
	s, words := e, 0
	for s > 0 && words < max && e-s < 4*max {
		p := s - 1
		t := &f.ts.toks[p]
		if !t.is(fWord) {
			break
		}
		if !f.plainCap(p) {
			if s < e && f.capStop(p) && f.word(p-1) && (f.plainCap(p-1) || f.ts.toks[p-1].is(fJoined)) {
				s = p
				words++
				continue
			}
			if t.is(fJoined) && f.word(p-1) && f.mat[p] < 0 && f.owner[p] < 0 {
				s = p
				continue
			}
			if s < e && f.lexFlags(p)&lParticle != 0 && !t.is(fCap) && f.plainCap(p-1) {
				s = p
				continue
			}
			break
		}
		if s < e && f.ts.toks[s].is(fNewlineBefore) && !f.ts.toks[s].is(fJoined) {
			break
		}
		s = p
		if !t.is(fJoined) {
			words++
		}
	}
	// the name must start with a capitalised word: not "t-elle" in "a-t-elle"
	for s < e && !f.plainCap(s) {
		s++
	}
	if words == 0 {
		return e
	}
	return s
}

// nameType types an unknown name: an organization when one of its words
// says so ("Amnesty International", "Fondation X"), else typ.
func (f *finder) nameType(s, e int, typ Type) Type {
	for k := s; k < e; k++ {
		if orgWords[string(f.ts.fold(k))] {
			return TypeOrganization
		}
	}
	return typ
}

// orgWords are the words that make a name an organization's.
var orgWords = map[string]bool{
	"international": true, "internationale": true, "institute": true, "institut": true,
	"group": true, "groupe": true, "union": true, "agency": true, "agence": true, "fund": true,
	"fonds": true, "watch": true, "bank": true, "banque": true, "corporation": true, "corp": true,
	"inc": true, "ltd": true, "sa": true, "foundation": true, "fondation": true, "association": true,
	"comite": true, "conseil": true, "parti": true, "party": true, "front": true, "mouvement": true,
	"alliance": true, "organisation": true, "organization": true, "company": true, "compagnie": true,
	"universite": true, "university": true, "club": true, "federation": true, "ligue": true,
	"brigade": true, "bataillon": true, "regiment": true, "armee": true, "forces": true,
	"holding": true, "airlines": true, "energy": true, "technologies": true, "systems": true,
}

// addLocal records a name not in the dictionary, found at tokens [s, e).
func (f *finder) addLocal(s, e int, typ Type, conf float64, role string, title bool) int {
	if typ == TypePerson && !title {
		typ = f.nameType(s, e, typ)
	}
	key := f.foldKey(s, e)
	if typ == TypePerson {
		if ent := f.d.nearPerson(key); ent >= 0 {
			return f.addMention(mention{s: int32(s), e: int32(e), ref: ent, kind: KindName, role: role, title: title, conf: 0.6})
		}
	}
	if f.localBy == nil {
		f.localBy = make(map[string]int32)
	}
	li, ok := f.localBy[key]
	if !ok {
		li = int32(len(f.locals))
		f.locals = append(f.locals, local{
			id:        "local:" + strings.ReplaceAll(strings.ReplaceAll(key, " ", "-"), "'", ""),
			canonical: f.span(s, e),
			typ:       typ,
			key:       key,
		})
		f.localBy[key] = li
	}
	return f.addMention(mention{s: int32(s), e: int32(e), ref: ^li, kind: KindName, role: role, title: title, conf: conf})
}

// articleBefore reports whether an article or determiner stands before token
// s: person names take none ("le Parlement a annoncé").
func (f *finder) articleBefore(s int) bool {
	p := s - 1
	if !f.word(p) || f.lexFlags(p)&(lDet|lPlural|lAppos) == 0 {
		return false
	}
	// a capitalised article inside a sentence belongs to a name: "Le Pen"
	t := &f.ts.toks[p]
	return !t.is(fCap) || t.is(fSentStart)
}

// positions finds unknown names by their position: before a reporting verb,
// after "selon", after "ville de", between commas after a noun.
func (f *finder) positions() {
	toks := f.ts.toks
	n := len(toks)
	for _, mk := range f.marks {
		i := int(mk)
		if !toks[i].is(fWord) {
			f.commaApposition(i)
			continue
		}
		fl := f.lexFlags(i)
		switch {
		case fl&lVerb != 0:
			f.subjectOf(i)
			f.invertedSubject(i)
		case fl&lMediaNoun != 0 && !toks[i].is(fCap):
			// "le quotidien polonais Gazeta Wyborcza", "la chaîne CNN"
			h := i + 1
			for k := 0; k < 2 && f.word(h) && !toks[h].is(fCap) && (f.lexFlags(h) == 0 || f.mat[h] >= 0); k++ {
				h++
			}
			if f.word(h) && f.free(h, h+1) {
				if e := f.nameAfter(h, 4); e > h {
					f.addLocal(h, e, TypeMedia, 0.85, "", false)
				}
			}
		case fl&lSelon != 0:
			if h := i + 1; h < n && f.free(h, h+1) {
				if e := f.nameAfter(h, 4); e > h {
					if e-h >= 2 {
						f.addLocal(h, e, TypePerson, 0.8, "", false)
					} else if !toks[h].is(fAllCaps) {
						f.addLocal(h, e, TypeOther, 0.6, "", false)
					}
				}
			}
		case fl&lPlaceNoun != 0 && (!toks[i].is(fCap) || toks[i].is(fSentStart)):
			f.placeAfter(i+1, 0.9)
		case fl&lLocative != 0 && (!toks[i].is(fCap) || toks[i].is(fSentStart)):
			if f.foldIs(i, "a") || f.foldIs(i, "depuis") || f.foldIs(i, "vers") {
				h := i + 1
				if e := f.nameAfter(h, 1); e > h && f.oneWord(h, e) && f.free(h, e) && !toks[h].is(fSentStart) &&
					!f.plainCap(e) && !f.verbBefore(i) {
					f.addLocal(h, e, TypePlace, 0.6, "", false)
				}
			} else if !f.foldIs(i, "en") && !f.foldIs(i, "dans") && !f.foldIs(i, "sur") && !f.foldIs(i, "au") && !f.foldIs(i, "aux") {
				f.placeAfter(i+1, 0.8) // près de, au nord de
			}
		}
	}
}

// verbBefore reports whether a verb stands before token i, maybe across
// adverbs and weekdays: "a déclaré mardi à Reuters", "a dit à Lavrov".
func (f *finder) verbBefore(i int) bool {
	p := i - 1
	for k := 0; k < 3 && f.word(p) && f.lexFlags(p)&(lAdverb|lMonth) != 0 && f.lexFlags(p)&lVerb == 0; k++ {
		p--
	}
	return f.lexFlags(p)&lVerb != 0
}

// placeAfter reads "de X" / "d'X" at token h as a place name.
func (f *finder) placeAfter(h int, conf float64) {
	if !f.foldIs(h, "de") && !f.foldIs(h, "d'") && !f.foldIs(h, "du") {
		return // "la ville de X", "le département du Cauca"
	}
	h++
	if h >= len(f.ts.toks) || !f.free(h, h+1) {
		return
	}
	if e := f.nameAfter(h, 3); e > h {
		typ := TypePlace
		if e-h >= 2 && f.lexFlags(h)&lGiven != 0 && !f.ts.toks[h+1].is(fJoined) {
			typ = TypePerson // a given name opens a person's name, even after a place noun
		}
		f.addLocal(h, e, typ, conf, "", false)
	}
}

// subjectOf finds an unknown name before a reporting verb: "X a déclaré",
// "X a également indiqué", "X estime".
func (f *finder) subjectOf(v int) {
	p := v - 1
	for k := 0; k < 3 && f.word(p) && f.lexFlags(p)&lAdverb != 0 && !f.ts.toks[p].is(fCap); k++ {
		p--
	}
	if f.word(p) && f.lexFlags(p)&lAux != 0 && !f.ts.toks[p].is(fCap) {
		p--
	}
	if !f.word(p) || f.owner[p] >= 0 || f.mat[p] >= 0 {
		return
	}
	s := f.nameBefore(p+1, 4)
	if s > p || !f.free(s, p+1) || f.articleBefore(s) {
		return
	}
	st := f.ts.toks[s].is(fSentStart)
	if st && f.lexFlags(s) != 0 {
		return
	}
	conf := 0.85
	switch {
	case p+1-s == 1 && st:
		conf = 0.6
	case p+1-s == 1:
		conf = 0.75
	}
	typ := TypePerson
	if p+1-s == 1 {
		// one word never introduced: a company or body as often as a person
		// ("Google a annoncé"); a person's family name is found by corefer
		typ = TypeOther
	}
	f.addLocal(s, p+1, typ, conf, "", false)
}

// invertedSubject finds an unknown name after a reporting verb, at the end
// of a clause: "…, a indiqué mardi Oleksiï Reznikov.", "déclare Zelensky".
func (f *finder) invertedSubject(v int) {
	h := v + 1
	for k := 0; k < 3 && f.word(h) && f.lexFlags(h)&(lAdverb|lMonth) != 0 && !f.ts.toks[h].is(fCap); k++ {
		h++
	}
	if !f.word(h) || f.ts.toks[h].is(fNewlineBefore) || !f.free(h, h+1) {
		return
	}
	e := f.nameAfter(h, 4)
	if e == h {
		return
	}
	if e < len(f.ts.toks) && !f.ts.toks[e].is(fNewlineBefore) {
		switch string(f.ts.fold(e)) {
		case ".", ",", ";", ":", "!", "?", "(", "»", "\"", "”":
		default:
			return
		}
	}
	typ := TypePerson
	if e-h == 1 {
		typ = TypeOther // one word: a person, a company, a country's name…
	}
	f.addLocal(h, e, typ, 0.75, "", false)
}

// commaApposition finds ", Andriï Matvienko," after a lowercase word.
func (f *finder) commaApposition(c int) {
	if !f.word(c-1) || f.ts.toks[c-1].is(fCap) || f.ts.toks[c-1].is(fDigit) {
		return
	}
	h := c + 1
	if h >= len(f.ts.toks) || f.ts.toks[h].is(fNewlineBefore) {
		return
	}
	e := f.nameAfter(h, 3)
	if e-h < 2 || !f.foldIs(e, ",") || !f.free(h, e) {
		return
	}
	words := 0
	for k := h; k < e; k++ {
		if f.ts.toks[k].is(fCap) && !f.ts.toks[k].is(fJoined) {
			words++
		}
		if f.ts.toks[k].is(fAllCaps) {
			return
		}
	}
	if words >= 2 {
		f.addLocal(h, e, TypePerson, 0.7, "", false)
	}
}

// corefer finds the later short mentions of the people named in the text:
// "Zelensky" and "M. Zelensky" after "Volodymyr Zelensky", "Choe" after
// "Choe Son-hui", "Zinoviev" after "Georgui Zinoviev", and repeats of the
// unknown names found in name positions.
func (f *finder) corefer() {
	if f.keys == nil {
		f.keys = make(map[string]int32)
	}
	keys := f.keys
	clear(keys)
	const ambiguous = int32(-1 << 30)
	put := func(k string, ref int32) {
		if old, ok := keys[k]; ok && old != ref {
			keys[k] = ambiguous
			return
		}
		keys[k] = ref
	}
	// A name found alone that is the short form of a person of the text
	// ("M. Zelensky", "le président Zelensky", "Mme Le Pen") is that person.
	for _, m := range f.ms {
		if m.kind != KindName || f.refType(m.ref) != TypePerson {
			continue
		}
		if m.ref >= 0 {
			for _, s := range f.d.shorts[m.ref] {
				put(s, m.ref)
			}
		} else if l := &f.locals[^m.ref]; strings.Contains(l.key, " ") {
			for _, s := range shortForms(l.canonical) {
				put(s, m.ref)
			}
		}
	}
	for li := range f.locals {
		l := &f.locals[li]
		if l.typ != TypePerson && l.typ != TypeOther || l.key == "" {
			continue
		}
		ref, ok := keys[l.key]
		if !ok || ref == ambiguous || ref == ^int32(li) {
			continue
		}
		for k := range f.ms {
			if f.ms[k].ref == ^int32(li) {
				f.ms[k].ref = ref
			}
		}
		if f.fem[^int32(li)] {
			f.markFem(ref)
		}
		for _, k := range f.aroles[^int32(li)] {
			if !slices.Contains(f.aroles[ref], k) {
				f.aroles[ref] = append(f.aroles[ref], k)
			}
		}
	}
	clear(keys)
	done := make(map[int32]bool, 16)
	for _, m := range f.ms {
		if m.kind != KindName || done[m.ref] {
			continue
		}
		done[m.ref] = true
		if m.ref >= 0 {
			for _, s := range f.d.shorts[m.ref] {
				put(s, m.ref)
			}
			continue
		}
		l := &f.locals[^m.ref]
		if l.key == "" {
			continue
		}
		put(l.key, m.ref)
		if l.alias != "" {
			put(l.alias, m.ref) // "l'Agence régionale de santé (ARS)", then "l'ARS"
		}
		if l.typ == TypePerson {
			for _, s := range shortForms(l.canonical) {
				put(s, m.ref)
			}
		}
	}
	if len(keys) == 0 {
		return
	}
	toks := f.ts.toks
	try := func(i int) int {
		e := i
		if f.afterTitle(i) {
			// "Mme von der Leyen"
			for e < i+3 && f.word(e) && f.lexFlags(e)&lParticle != 0 {
				e++
			}
		}
		if !f.plainCap(e) || toks[e].is(fJoined) {
			return i + 1
		}
		e = f.nameAfter(e, 4)
		if e <= i {
			return i + 1
		}
		for p := i; p < e; p++ {
			if p > i && toks[p].is(fJoined) {
				continue
			}
			f.kbuf = f.appendKey(f.kbuf[:0], p, e)
			ref, ok := keys[string(f.kbuf)]
			if !ok || ref == ambiguous {
				continue
			}
			m := mention{s: int32(i), e: int32(e), ref: ref, kind: KindName, conf: 0.9}
			if ref < 0 {
				m.conf = 0.8
			}
			if t := i - 1; f.foldIs(t, ".") && f.word(t-1) && f.lexFlags(t-1)&lTitle != 0 {
				m.role, m.title = f.span(t-1, t+1), true
			} else if f.afterTitle(i) {
				m.role, m.title = f.ts.surface(t), true
			}
			f.addMention(m)
			break
		}
		return e
	}
	for _, mk := range f.marks {
		if i := int(mk) + 1; f.afterTitle(i) && !f.ts.toks[i].is(fCap) {
			try(i)
		}
	}
	next := 0
	for _, c := range f.caps {
		if int(c) >= next {
			next = try(int(c))
		}
	}
}

// afterTitle reports whether token i follows a title without a period
// ("Mme Dupont").
func (f *finder) afterTitle(i int) bool {
	t := i - 1
	return f.word(t) && f.lexFlags(t)&lTitle != 0 && f.ts.toks[t].is(fCap) && f.word(i)
}

// givenNames finds the unknown people that no position announces by their
// given name: a capitalised given name followed by a capitalised word is a
// person ("Kévin Laroche encourt quatre ans", "Gérard Lemoine, 61 ans"),
// wherever it stands.
func (f *finder) givenNames() {
	for _, c := range f.caps {
		i := int(c)
		if f.lexFlags(i)&(lGiven|lParticle) != lGiven || !f.free(i, i+1) || !f.plainCap(i) {
			continue // "Ben" also opens "Ben Gourion"
		}
		if i > 0 && f.ts.toks[i].is(fJoined) {
			continue // "Saint-Pierre", "Jean-Pierre" read from its start
		}
		e := f.nameAfter(i, 4)
		words := 0
		for k := i; k < e; k++ {
			if !f.ts.toks[k].is(fJoined) {
				words++
			}
		}
		if words < 2 || !f.free(i, e) || f.ts.toks[e-1].is(fAllCaps) {
			continue // one word ("Iskander-M"), or an acronym after it
		}
		f.addLocal(i, e, TypePerson, 0.8, "", false)
	}
}

// acronymNames finds the bodies that a text names in full and then by their
// acronym in parentheses: "l’Agence régionale de santé (ARS)", "la
// Fédération française d’athlétisme (FFA)", "le Service électoral
// (Servel)". The full name, from its first capitalised word, becomes an
// organisation, and the acronym, there and later, the same one.
func (f *finder) acronymNames() {
	toks := f.ts.toks
	for _, p := range f.parens {
		i := int(p)
		if i < 1 || i+2 >= len(toks) {
			continue
		}
		if !f.foldIs(i+2, ")") || !f.word(i+1) || !toks[i+1].is(fCap) || !f.free(i+1, i+2) {
			continue
		}
		acr := i + 1
		// the full name: back over words (no punctuation) to a
		// capitalised one, ten words at most; the one whose words give the
		// acronym's initials ("l’Union sportive garonnaise (USG)"), else
		// the farthest, not past a preposition that names are not made
		// with ("… Tomasi Vakalahi vers l’Union …")
		s, byInitials := -1, -1
		for k := i - 1; k >= 0 && k >= i-10 && f.word(k) && !toks[k+1].is(fNewlineBefore); k-- {
			if f.breaksName(k) {
				break
			}
			if toks[k].is(fCap) && f.lexFlags(k)&(lStop|lMonth|lTitle) == 0 {
				s = k
				if byInitials < 0 && f.initialsOf(k, i, acr) {
					byInitials = k
				}
			}
			if toks[k].is(fSentStart) {
				break
			}
		}
		if byInitials >= 0 {
			s = byInitials
		}
		if s < 0 || i-s < 2 || !f.freeButAdjectives(s, i) {
			continue
		}
		li := f.addLocal(s, i, TypeOrganization, 0.8, "", false)
		ref := f.ms[li].ref
		if ref >= 0 {
			continue
		}
		f.locals[^ref].alias = string(f.ts.fold(acr))
		f.addMention(mention{s: int32(acr), e: int32(acr + 1), ref: ref, kind: KindName, conf: 0.8})
	}
}

// freeButAdjectives is free, except that demonyms may stand inside: "la
// Fédération française d’athlétisme" (the demonym stays reported as such).
func (f *finder) freeButAdjectives(s, e int) bool {
	for k := s; k < e; k++ {
		if f.owner[k] >= 0 || f.mat[k] >= 0 && f.matches[f.mat[k]].val.kind != vDemonym {
			return false
		}
	}
	return true
}

// frenchOf reports whether token i is "de", "du", "des" or "d'": a
// particle in some names, a preposition between two names more often.
func (f *finder) frenchOf(i int) bool {
	return f.foldIs(i, "de") || f.foldIs(i, "du") || f.foldIs(i, "des") || f.foldIs(i, "d'")
}

// breaksName reports a preposition that the full name of a body does not
// hold: it ends the search for the name's first word.
func (f *finder) breaksName(k int) bool {
	for _, w := range []string{"vers", "chez", "selon", "avec", "apres", "depuis", "par"} {
		if f.foldIs(k, w) {
			return true
		}
	}
	return false
}

// initialsOf reports whether the content words of tokens [s, e) begin with
// the letters of the acronym at token acr, in order: "Agence régionale de
// santé" and "ARS".
func (f *finder) initialsOf(s, e, acr int) bool {
	a := f.ts.fold(acr)
	n := 0
	for k := s; k < e; k++ {
		if !f.word(k) || f.lexFlags(k)&(lStop|lParticle) != 0 || f.ts.toks[k].is(fElided) {
			continue
		}
		w := f.ts.fold(k)
		if n >= len(a) || len(w) == 0 || w[0] != a[n] {
			return false
		}
		n++
	}
	return n == len(a)
}

// platformX finds the social network X where only it can be meant: "sur X",
// "le réseau social X". The letter alone is too common a word to be a name
// of the dictionary ("la génération X", "Louis X"); the entity is the
// dictionary's Twitter, when it has one.
func (f *finder) platformX() {
	ref, ok := f.d.byID["media:twitter"]
	if !ok {
		return
	}
	toks := f.ts.toks
	for _, c := range f.caps {
		i := int(c)
		if t := &toks[i]; t.end-t.start != 1 || f.ts.text[t.start] != 'X' || !f.free(i, i+1) || i == 0 {
			continue
		}
		if i+1 < len(toks) && f.word(i+1) && !toks[i+1].is(fSpaceBefore) {
			continue // "X-37"
		}
		if f.foldIs(i-1, "sur") || (f.foldIs(i-1, "social") || f.foldIs(i-1, "sociaux")) && f.foldIs(i-2, "reseau") {
			f.addMention(mention{s: int32(i), e: int32(i + 1), ref: ref, kind: KindName, conf: 0.8})
		}
	}
}

// oneWord reports whether tokens [s, e) are one word, its hyphenated parts
// included: "Pont-de-Varennes".
func (f *finder) oneWord(s, e int) bool {
	for k := s + 1; k < e; k++ {
		if !f.ts.toks[k].is(fJoined) {
			return false
		}
	}
	return true
}
