package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file finds institutions bound to a country by context: "le
// ministère sud-coréen de la Défense", "l'armée russe".

// institutions finds ministries and agencies bound to a country by context:
// "le ministère sud-coréen de la Défense", "l'agence du renseignement
// sud-coréen", "la police ukrainienne", "l'armée du Kremlin".
func (f *finder) institutions() {
	toks := f.ts.toks
	next := 0
	for _, mk := range f.marks {
		i := int(mk)
		if i < next || !toks[i].is(fWord) || f.lexFlags(i)&lInst == 0 || f.owner[i] >= 0 || f.mat[i] >= 0 {
			continue
		}
		if f.insideRole(i) {
			continue
		}
		c := f.complements(i+1, true)
		bound, comp, h := c.bound, c.words, c.end
		conf := 0.8
		if bound < 0 {
			// "La Corée du Sud a convoqué l’ambassadeur russe …, a annoncé
			// le ministère des Affaires étrangères": no country in the
			// phrase; a definite one takes the country the sentence opens
			// with, less surely.
			// Only a speaker after its verb ("a annoncé le ministère"):
			// "Varsovie a accusé les services de renseignement étrangers"
			// names someone else's.
			if i < 2 || !f.isArticle(i-1) || f.lexFlags(i-2)&lVerb == 0 || !f.inciseVerb(i-2) {
				continue
			}
			if bound = f.sentenceCountry(i); bound < 0 {
				continue
			}
			conf = 0.5
		}
		country := bound
		if e := f.d.ents[bound]; e.Type != TypeCountry {
			id, ok := f.d.byID[e.Related]
			if !ok {
				continue
			}
			country = id
		}
		ce := f.d.ents[country]
		cc := strings.TrimPrefix(ce.ID, "country:")
		key := string(f.ts.fold(i))
		if len(comp) > 0 {
			key += " " + strings.Join(comp, " ")
		}
		id := "gov:" + cc + "-" + strings.ReplaceAll(functionKey(strings.Fields(key)), " ", "-")
		li, ok := f.localBy[id]
		if !ok {
			if f.localBy == nil {
				f.localBy = make(map[string]int32)
			}
			parts := append([]string{f.ts.surface(i)}, c.parts...)
			canon := lowerFirst(strings.Join(parts, " ")) + " (" + ce.Canonical + ")"
			li = int32(len(f.locals))
			f.locals = append(f.locals, local{id: id, canonical: canon, typ: TypeOrganization})
			f.localBy[id] = li
		}
		end := h
		for end > i+1 && !toks[end-1].is(fWord) {
			end--
		}
		f.addMention(mention{s: int32(i), e: int32(end), ref: ^li, kind: KindName, conf: conf})
		next = end
	}
}

// institutionalBound reports whether an institution "de X" belongs to X's
// country: a country or an organization (not a city: "la police de Kharkiv").
func institutionalBound(t Type) bool {
	return t == TypeCountry || t == TypeOrganization || t == TypeGroup
}

// insideRole reports whether token i follows a role word in the same phrase
// ("le chef de la police ukrainienne"): the institution is then part of the
// role.
func (f *finder) insideRole(i int) bool {
	for p := i - 1; p >= 0 && p >= i-4; p-- {
		if !f.word(p) {
			return false
		}
		if f.lexFlags(p)&lRoleStart != 0 && !f.isArticle(p) {
			return true
		}
	}
	return false
}

func lowerFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) || size == len(s) {
		return s
	}
	// keep acronyms and names as they are: "Conseil" would stay capitalised
	if r2, _ := utf8.DecodeRuneInString(s[size:]); unicode.IsUpper(r2) {
		return s
	}
	return string(unicode.ToLower(r)) + s[size:]
}

// sentenceCountry returns the country that the sentence holding token i
// names first, before i, by its name or a metonym (not a demonym), or -1.
func (f *finder) sentenceCountry(i int) int32 {
	start := i
	for start > 0 && !f.ts.toks[start].is(fSentStart) {
		start--
	}
	best, bestAt := int32(-1), int32(i)
	for _, m := range f.ms {
		if m.s < int32(start) || m.s >= bestAt || m.ref < 0 || m.kind == KindDemonym || m.kind == KindRole {
			continue
		}
		if f.d.ents[m.ref].Type == TypeCountry {
			best, bestAt = m.ref, m.s
		}
	}
	return best
}

// inciseVerb reports whether the verb at token v opens an inverted
// attribution: a comma or a closing quotation mark before it and its
// auxiliary ("…, a annoncé le ministère", "», ont indiqué").
func (f *finder) inciseVerb(v int) bool {
	p := v - 1
	for k := 0; k < 2 && p >= 0 && f.word(p) && f.lexFlags(p)&(lAux|lAdverb) != 0; k++ {
		p--
	}
	if p < 0 || f.word(p) {
		return false
	}
	switch f.ts.surface(p) {
	case ",", "»", "”", "\"":
		return true
	}
	return false
}
