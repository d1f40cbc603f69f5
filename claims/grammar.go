package claims

import (
	"strings"
)

// sentence is one sentence of the document, tokenized.
type sentence struct {
	span    Span
	para    int
	heading bool
	toks    []token
	// inQuote[i] is set for tokens inside quotation marks (the marks
	// excluded).
	inQuote []bool
}

// quote is a quotation: explicit marks or recovered by package article.
type quote struct {
	outer     Span // marks included
	inner     Span // the quoted words
	para      int
	recovered bool
	used      bool
	unclosed  bool // runs to the end of its paragraph
	cont      bool // the rest of a quotation cut at an incise (see splitIncises)
}

// draft is a claim before its speaker is resolved.
type draft struct {
	kind    Kind
	cue     Span
	content Span
	// a second content part, for a quotation split by an incise.
	content2 Span
	spk      Span   // the speaker's words; zero when pron or anaphor says
	pron     string // il, elle, ils, elles, lui, eux
	anaphor  bool   // "la même source", "le ministre": the previous speaker
	via      []Span
	attrib   Span // attribution words, where the statement date is
	sent     int  // index of the sentence holding the cue
	sentLast int
	negated  bool
	stance   Stance
	quoted   bool // content is a quotation
	weak     bool
	colon    bool // the attribution ends with a colon: what follows is said
}

// verbGroup is a reporting verb with its auxiliary, negation, pronouns.
type verbGroup struct {
	v           *Verb
	first, last int // token indices, inclusive
	head        int
	shape       formKind
	pron        int // index of an inverted subject pronoun, -1 if none
	neg         bool
	reflexive   bool
}

// groups finds the reporting verb groups of s outside quotations.
func (g *grammar) groups(s *sentence) []verbGroup {
	var out []verbGroup
	ts := s.toks
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		if t.punct || t.inv {
			continue
		}
		v := g.verbAt(s, i)
		shape := formFinite
		base := -1 // the conjugated word of a locution: "fait" in "a fait savoir"
		if v == nil {
			b := i - 1
			if t.f == "garde" && b >= 0 && ts[b].f == "en" {
				b--
			}
			for b >= 0 && (adverbs[ts[b].f] || isMentAdverb(ts, b)) {
				b--
			}
			switch {
			case b >= 0 && (t.f == "savoir" || t.f == "valoir") && faire[ts[b].f]:
				v, base = faireSavoir, b // "a fait savoir que", "a fait valoir que"
			case b >= 0 && t.f == "garde" && ts[i-1].f == "en" && mettre[ts[b].f]:
				v, base = mettreEnGarde, b // "a mis en garde contre …"
			case b >= 0 && t.f == "etat" && faire[ts[b].f] && i+1 < len(ts) && (ts[i+1].f == "de" || ts[i+1].f == "d'" || ts[i+1].f == "du" || ts[i+1].f == "des"):
				v, base = faireEtat, b // "a fait état de 43 morts", "fait également état de"
			}
		}
		if base >= 0 {
			shape = formBoth
		} else if v == nil {
			continue
		} else {
			shape = shapeOf(t.lw, v)
		}
		if shape == formInfinitive {
			// "a tenu à rappeler que", "a voulu souligner que": the
			// conjugated verb before carries the group.
			b := i - 1
			if b >= 0 && (ts[b].f == "a" || ts[b].f == "de" || ts[b].f == "d'") {
				b--
			}
			if b < 0 || b == i-1 && !modals[ts[b].f] || b < i-1 && !modalsWithPrep[ts[b].f] {
				continue
			}
			base = b
			shape = formBoth
		}
		if i > 0 && determiners[ts[i-1].f] && ts[i-1].f != "leur" && base < 0 {
			continue // "cette annonce", "un communiqué"
		}
		vg := verbGroup{v: v, first: i, last: i, head: i, shape: shape, pron: -1}
		// An inverted pronoun right after: "soulignent-ils", "dit-il".
		if i+1 < len(ts) && ts[i+1].inv {
			vg.pron = i + 1
			vg.last = i + 1
		}
		if shape == formParticiple || shape == formBoth {
			// Look back for the auxiliary over adverbs, negation, an
			// inverted pronoun and an opening guillemet.
			j := i - 1
			if base >= 0 {
				j = base - 1
			}
			for j >= 0 {
				if j >= 2 && (ts[j].f == "part" || ts[j].f == "cote") && (ts[j-1].f == "sa" || ts[j-1].f == "son" || ts[j-1].f == "leur") && (ts[j-2].f == "pour" || ts[j-2].f == "de") {
					j -= 3 // "a pour sa part déclaré"
					continue
				}
				if j >= 1 && ts[j].f == "nouveau" && (ts[j-1].f == "de" || ts[j-1].f == "a") {
					j -= 2 // "a de nouveau appelé"
					continue
				}
				if !(adverbs[ts[j].f] || isMentAdverb(ts, j) || ts[j].inv || ts[j].open && !ts[j].close) {
					break
				}
				if ts[j].inv {
					vg.pron = j
				}
				if negations[ts[j].f] {
					vg.neg = true
				}
				j--
			}
			// "s'est félicité", "s'en est félicité"
			refl := j - 1
			if refl >= 0 && (ts[refl].f == "en" || ts[refl].f == "y") {
				refl--
			}
			aux := j >= 0 && !ts[j].punct && (auxAvoir[ts[j].f] || auxEtre[ts[j].f] && refl >= 0 && (ts[refl].f == "s'" || ts[refl].f == "se"))
			if aux && !s.inQuote[j] {
				vg.first = j
				if auxEtre[ts[j].f] {
					vg.reflexive = true
					vg.first = refl
				}
			} else if shape == formParticiple && !(j >= 0 && ts[j].f == "et" && len(out) > 0 && out[len(out)-1].first < out[len(out)-1].head) {
				// a bare participle is an adjective ("le but annoncé"),
				// unless it shares the auxiliary of the group before: "a
				// fait état d’une attaque et reconnu la perte de …"
				continue
			} else if s.inQuote[i] {
				continue
			} else if base >= 0 {
				vg.first = base // "fait état de", "met en garde"
			}
		} else if s.inQuote[i] {
			continue
		}
		if vg.first == i && shape == formGerund && i > 0 && ts[i-1].f == "en" {
			vg.first = i - 1
		}
		// Reflexive and object pronouns, negation before the group.
		for k := vg.first - 1; k >= 0; k-- {
			f := ts[k].f
			if f == "se" || f == "s'" {
				vg.reflexive = true
				vg.first = k
				continue
			}
			if f == "ne" || f == "n'" {
				vg.neg = true
				vg.first = k
				continue
			}
			if f == "l'" || f == "lui" || f == "leur" || f == "les" || f == "y" || f == "en" && shape != formGerund {
				vg.first = k
				continue
			}
			break
		}
		// Negation after a simple form: "ne reconnaît pas".
		if vg.last+1 < len(ts) && negations[ts[vg.last+1].f] && vg.neg {
			vg.last++
		}
		if vg.reflexive && !v.Pronominal {
			continue // "se rapporter à", "s'estimer"
		}
		out = append(out, vg)
		i = vg.last
	}
	return out
}

// skipAdverbials returns the first index at or after k that is not part of
// an adverbial standing between a verb and what it introduces: adverbs,
// dates ("vendredi", "ce lundi matin", "le 24 octobre", "en octobre"),
// "pour sa part", "de son côté".
func skipAdverbials(ts []token, k int) int {
	for k < len(ts) {
		f := ts[k].f
		switch {
		case ts[k].punct:
			return k
		case adverbs[f] || isMentAdverb(ts, k):
			k++
		case (f == "ce" || f == "cette" || f == "cet") && k+1 < len(ts) && (weekdays[ts[k+1].f] || dayWords[ts[k+1].f]):
			k += 2
		case (f == "le" || f == "la") && k+1 < len(ts) && (weekdays[ts[k+1].f] || dayWords[ts[k+1].f] || isNumber(ts[k+1].f)):
			k += 2
		case f == "en" && k+1 < len(ts) && (months[ts[k+1].f] || isNumber(ts[k+1].f) || ts[k+1].f == "outre" || ts[k+1].f == "particulier" || ts[k+1].f == "fin" || ts[k+1].f == "debut"):
			k += 2
		case isNumber(f) && k+1 < len(ts) && months[ts[k+1].f]:
			k += 2
		case (f == "pour" || f == "de") && k+2 < len(ts) && (ts[k+1].f == "sa" || ts[k+1].f == "son" || ts[k+1].f == "leur") && (ts[k+2].f == "part" || ts[k+2].f == "cote"):
			k += 3
		case f == "en" && k+1 < len(ts) && (ts[k+1].f == "revanche" || ts[k+1].f == "effet" || ts[k+1].f == "outre"):
			k += 2 // "a démenti en revanche toute pénurie"
		case f == "par" && k+1 < len(ts) && ts[k+1].f == "ailleurs":
			k += 2
		case (f == "depuis" || f == "pendant" || f == "durant") && k+2 < len(ts) && timeNouns[ts[k+2].f]:
			k += 3 // "depuis des mois", "pendant deux jours"
		case f == "sans" && k+1 < len(ts) && ts[k+1].f == "doute":
			k += 2
		case (f == "a" || f == "de") && k+1 < len(ts) && (ts[k+1].f == "nouveau" || ts[k+1].f == "plusieurs"):
			k += 2
		case f == "reprises" || f == "week-end" || f == "week" || f == "end" || f == "semaine" || f == "dernier" || f == "derniere":
			k++
		default:
			return k
		}
	}
	return k
}

var dayWords = set("matin", "soir", "midi", "apres-midi", "nuit", "week-end", "week", "semaine", "mois", "jour", "dernier", "derniere")

func isNumber(f string) bool {
	if f == "" {
		return false
	}
	digits := false
	for i := 0; i < len(f); i++ {
		if f[i] >= '0' && f[i] <= '9' {
			digits = true
		} else if f[i] != '.' && f[i] != ',' {
			return false
		}
	}
	return digits // "." and "," alone are punctuation
}

// findQue looks for the "que" that introduces reported speech after a
// verb group, within the clause.
func findQue(s *sentence, k, limit int) int {
	ts := s.toks
	// Inside the quotation that holds the verb ("Il a également « souligné
	// que … »"), the quotation does not stop the search.
	quoted := k > 0 && s.inQuote[k-1]
	for n := 0; k < len(ts) && k < limit && n < 40; k, n = k+1, n+1 {
		t := ts[k]
		if t.punct && (t.lw == ";" || t.lw == ":" || t.lw == "." || t.lw == "?" || t.lw == "!") {
			return -1
		}
		if t.open && !t.close || s.inQuote[k] && !quoted {
			return -1
		}
		if t.f == "que" || t.f == "qu'" {
			if k > 0 && queBlockers[ts[k-1].f] {
				return -1
			}
			return k
		}
	}
	return -1
}

// npEnd returns the end (exclusive token index) of the noun phrase that
// starts at k and follows an inverted verb.
func npEnd(s *sentence, k int) int {
	ts := s.toks
	j := k
	for ; j < len(ts); j++ {
		t := ts[j]
		if s.inQuote[j] || t.open || t.close {
			break
		}
		if t.punct && t.lw != "(" && t.lw != ")" && t.lw != "’" && t.lw != "'" && t.lw != "." {
			break
		}
		if t.lw == "." && !(j > k && (ts[j-1].f == "m" || ts[j-1].f == "mme")) {
			break
		}
		if j > k && npStop[t.f] && !(t.f == "le" || t.f == "la" || t.f == "les" || t.f == "un" || t.f == "une" || t.f == "des" && !(ts[j-1].f == "et")) {
			// "de" and "du" keep the phrase going ("le chef de la police").
			break
		}
		if j > k && (t.f == "le" || t.f == "la" || t.f == "les" || t.f == "un" || t.f == "une") {
			// a determiner continues the phrase only after de/à/et, or
			// inside a name ("Marine Le Pen").
			p := ts[j-1].f
			if p != "de" && p != "d'" && p != "et" && p != "a" && p != "sur" && p != "pour" && p != "l'" &&
				!(t.upper && ts[j-1].upper && j+1 < len(ts) && ts[j+1].upper) {
				break
			}
		}
		if j > k && strings.HasSuffix(t.f, "ant") && !t.upper && len(t.f) > 5 && !determiners[ts[j-1].f] && !adjectiveAnt[t.f] {
			break // "… Lavrov recevant son homologue"
		}
	}
	for j > k && (ts[j-1].f == "et" || ts[j-1].f == "de" || ts[j-1].f == "d'" || ts[j-1].punct && ts[j-1].lw != ")" && ts[j-1].lw != ".") {
		j--
	}
	return j
}

// startsNP reports whether token k can open a subject noun phrase.
func startsNP(s *sentence, k int) bool {
	if k >= len(s.toks) {
		return false
	}
	t := s.toks[k]
	if t.punct || s.inQuote[k] {
		return false
	}
	if npStart[t.f] || t.upper && !introWords[t.f] && !weekdays[t.f] && !months[t.f] {
		return true
	}
	return false
}

// isMentAdverb reports an adverb in -ment ("conjointement", "récemment")
// standing where a noun could not: not after a determiner.
func isMentAdverb(ts []token, k int) bool {
	f := ts[k].f
	return len(f) > 6 && hasSuffix(f, "ment") && !ts[k].upper && (k == 0 || !determiners[ts[k-1].f])
}

// adjectiveAnt are words in -ant that stand inside a noun phrase.
var adjectiveAnt = set("important", "importants", "dirigeant", "representant", "commandant", "habitant", "president", "puissant", "suivant", "precedent", "restant")

var (
	faire       = set("fait", "font", "faisait", "faisaient", "fera", "feront", "ferait", "feraient", "fit")
	faireSavoir = &Verb{Infinitive: "faire savoir", Que: true}
	faireEtat   = &Verb{Infinitive: "faire état", Que: true, Object: true}

	mettre = set("mis", "met", "mettent", "mettait", "mettaient", "mettra", "mettrait", "mettant")

	// modals carry a reporting infinitive: "a voulu souligner", "tient à
	// rappeler", "n'a pas manqué de dénoncer".
	modals         = set("voulu", "veut", "veulent", "voulait", "voulaient", "souhaite", "souhaitent", "souhaitait", "prefere", "preferait")
	modalsWithPrep = set("tenu", "tient", "tiennent", "tenait", "tenaient", "manque", "manquent", "manquait", "choisi")
	mettreEnGarde  = &Verb{Infinitive: "mettre en garde", Que: true}
)

var timeNouns = set("jours", "semaines", "mois", "ans", "annees", "heures", "decennies", "siecles", "minutes")

// numberWords open an object that is a quantity: "a requis cinq ans".
var numberWords = set("un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
	"quinze", "vingt", "trente", "quarante", "cinquante", "cent", "mille", "quelque", "environ", "pres", "plus", "moins", "au", "jusqu'")

// startsObject reports whether token k can open a noun-phrase object.
func startsObject(s *sentence, k int) bool {
	if startsNP(s, k) {
		return true
	}
	if k >= len(s.toks) || s.inQuote[k] {
		return false
	}
	f := s.toks[k].f
	if i := strings.IndexByte(f, '-'); i > 0 {
		f = f[:i] // "vingt-deux"
	}
	return isNumber(f) || numberWords[f]
}
