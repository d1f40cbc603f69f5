package date

import "strings"

// This file finds future-tense cues around an expression. News speaks of
// the past, but "il se rendra jeudi à Kiev" or "un vote prévu mercredi"
// speak of the coming Thursday and Wednesday: in the Past reading, an
// expression in a clause whose verb is in the future is read forward.

// futureCue reports whether the clause around tokens [i, j) has a verb in
// the future: "sera", "se rendra", "auront lieu", "va voter", "doit se
// tenir", "prévu".
func (p *parser) futureCue(i, j int) bool {
	// backwards, within the clause: a future verb, or a past one
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if p.clauseEdge(k) {
			break
		}
		if p.futureVerb(k) {
			return true
		}
		if p.pastAux(k) {
			return false // "a convoqué lundi l'ambassadeur, qui devra…"
		}
	}
	// forwards, within the clause; past a comma only when the expression
	// opens the sentence ("Jeudi, le président se rendra à Kiev")
	opens := i == 0 || p.clauseEdge(i-1) && p.t[i-1].ch != ','
	for k := j; k < len(p.t) && k < j+8; k++ {
		if p.clauseEdge(k) && !(opens && p.t[k].ch == ',' && p.t[k].kind == tkPunct) {
			break
		}
		if p.futureVerb(k) {
			return true
		}
		if p.pastAux(k) {
			return false
		}
	}
	return false
}

// pastAux reports whether token k is an auxiliary of a past tense: "a",
// "ont", "avait", "était", "fut" (not the preposition "à").
func (p *parser) pastAux(k int) bool {
	switch p.raw(k) {
	case "a", "ont", "avait", "avaient", "était", "étaient", "fut", "furent", "eut", "eurent":
		return true
	}
	return false
}

// clauseEdge reports whether token k ends the clause that follows it:
// punctuation between clauses, or "que". A decimal comma ("2,4 %") and
// signs like "%" or "°" are inside the clause.
func (p *parser) clauseEdge(k int) bool {
	t := &p.t[k]
	if t.kind == tkPunct {
		switch t.ch {
		case ',':
			return !(t.glued && p.isNum(k-1) && p.isNum(k+1) && p.t[k+1].glued)
		case '.', ';', ':', '!', '?', '«', '»', '(', ')', '"', '“', '”', '…':
			return true
		}
		return false
	}
	return t.key == "que" || t.key == "qu'" || t.key == "qui"
}

// futureVerb reports whether token k is a verb in the simple future
// ("sera", "tiendra", "auront"), a near future ("va voter", "doit se
// tenir") or "prévu".
func (p *parser) futureVerb(k int) bool {
	t := &p.t[k]
	if t.kind != tkWord || t.upper {
		return false
	}
	w := p.raw(k)
	switch w {
	case "prévu", "prévue", "prévus", "prévues", "programmé", "programmée", "programmés", "programmées":
		return true
	case "va", "vont", "doit", "doivent", "devra", "devront":
		// followed by an infinitive: "va se rendre", "doit voter"
		n := k + 1
		if q := p.raw(n); q == "se" || q == "s" || q == "y" {
			n++
		}
		if n < len(p.t) && p.t[n].kind == tkPunct && p.t[n].ch == '\'' {
			n++
		}
		v := p.raw(n)
		return len(v) > 3 && (strings.HasSuffix(v, "er") || strings.HasSuffix(v, "ir") || strings.HasSuffix(v, "re"))
	}
	if len(w) < 3 {
		return false
	}
	// a noun after its article: "la caméra", "une aura", "l'opéra"
	if k > 0 {
		switch p.t[k-1].key {
		case "le", "la", "l'", "les", "un", "une", "des", "du", "de", "d'", "ce", "cette", "cet", "ces":
			return false
		}
		switch p.raw(k - 1) {
		case "sa", "son", "ses", "leur", "leurs", "notre", "votre":
			return false
		}
	}
	for _, suf := range futureEndings {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// futureEndings end French verbs in the simple future, third person.
var futureEndings = [...]string{"era", "ira", "ura", "dra", "vra", "rra", "eront", "iront", "uront", "dront", "vront", "rront"}
