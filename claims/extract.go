package claims

import (
	"errors"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/frnews/frnews/article"
	"github.com/frnews/frnews/entities"
	"github.com/frnews/frnews/normalize"
	"github.com/frnews/frnews/normalize/date"
	"github.com/frnews/frnews/normalize/number"
)

// Extractor finds the claims of articles. Its zero value is ready to use:
// the built-in French reporting verbs and entities.Default(). An Extractor
// is safe for concurrent use once its fields are set.
type Extractor struct {
	// Verbs is the list of reporting verbs; nil means DefaultVerbs().
	Verbs *Verbs
	// Entities finds speakers and what claims are about; nil means
	// entities.Default().
	Entities *entities.Dictionary
	// Date is the publication date to use when the article has none
	// (Article.Date is zero). The zero value means unknown: statement
	// dates are then only resolved when the text states them in full.
	Date time.Time
}

var errNilArticle = errors.New("claims: nil article")

// Extract returns the claims of a, in text order, using the zero Extractor.
func Extract(a *article.Article) ([]Claim, error) {
	var x Extractor
	return x.Extract(a)
}

// Extract returns the claims of a, in text order. Offsets are into a.Text.
func (x *Extractor) Extract(a *article.Article) ([]Claim, error) {
	return x.ExtractMentions(a, nil)
}

// ExtractMentions is Extract for a caller that has already found the
// entity mentions of a.Text with the Extractor's dictionary (ms, as
// entities.Dictionary.Find returns them): they are used instead of being
// found again. A nil ms means they are found here.
func (x *Extractor) ExtractMentions(a *article.Article, ms []entities.Mention) ([]Claim, error) {
	return x.ExtractFound(a, Found{Mentions: ms})
}

// Found is what a caller has already found in an article's text, for
// ExtractFound to use instead of finding it again. A nil field is found
// by ExtractFound itself.
type Found struct {
	// Mentions as the Extractor's dictionary's Find returns them for
	// a.Text.
	Mentions []entities.Mention
	// Numbers as number.Find returns them for a.Text, all of them.
	Numbers []number.Number
	// Dates as date.Parser{Ref: p}.Find returns them for a.Text, p being
	// the publication date (a.Date, else the Extractor's Date). They are
	// used only when that date is known.
	Dates []date.Date
}

// ExtractFound is Extract for a caller that has already found entity
// mentions, numbers or dates in a.Text (see Found): frnews.Analyze reports
// them too, and finds them once.
func (x *Extractor) ExtractFound(a *article.Article, found Found) ([]Claim, error) {
	if a == nil {
		return nil, errNilArticle
	}
	ms := found.Mentions
	dict := x.Entities
	if dict == nil && ms == nil {
		d, err := entities.Default()
		if err != nil {
			return nil, err
		}
		dict = d
	}
	if ms == nil {
		ms = dict.Find(a.Text)
	}
	verbs := x.Verbs
	if verbs == nil {
		verbs = DefaultVerbs()
	}
	pub := a.Date
	if pub.IsZero() {
		pub = x.Date
	}
	doc := buildDocument(a)
	g := &grammar{verbs: verbs, doc: doc}
	ds := g.drafts()
	r := &resolver{g: g, mentions: ms, pub: pub, given: found}
	claims := r.resolve(ds)
	claims = append(claims, r.reportedFacts(claims)...)
	sort.SliceStable(claims, func(i, j int) bool {
		if claims[i].Start != claims[j].Start {
			return claims[i].Start < claims[j].Start
		}
		return claims[i].CueSpan.Start < claims[j].CueSpan.Start
	})
	return claims, nil
}

// ExtractText parses text with package article (published is the
// publication date to use when the text states none) and returns its
// claims.
func (x *Extractor) ExtractText(text string, published time.Time) ([]Claim, *article.Article, error) {
	a, err := article.Parser{Date: published}.Parse(text)
	if err != nil {
		return nil, nil, err
	}
	cs, err := x.Extract(a)
	return cs, a, err
}

func buildDocument(a *article.Article) *document {
	doc := &document{text: a.Text}
	var paras []Span
	for pi, p := range a.Paragraphs {
		paras = append(paras, Span{p.Start, p.End})
		for _, ss := range p.Sentences {
			s := &sentence{span: Span{ss.Start, ss.End}, para: pi, heading: p.Heading}
			s.toks = tokenize(a.Text, ss.Start, ss.End, nil)
			doc.sents = append(doc.sents, s)
		}
	}
	doc.quotes = findQuotes(a.Text, paras, doc.sents)
	marked := doc.quotes // sorted, not overlapping: binary search them
	for pi, p := range a.Paragraphs {
		for _, q := range p.Quotes {
			i := sort.Search(len(marked), func(i int) bool { return marked[i].outer.End > q.Start })
			overlaps := i < len(marked) && marked[i].outer.Start < q.End
			if !overlaps {
				doc.quotes = append(doc.quotes, &quote{outer: Span{q.Start, q.End}, inner: Span{q.Start, q.End}, para: pi, recovered: true})
			}
		}
	}
	sort.Slice(doc.quotes, func(i, j int) bool { return doc.quotes[i].outer.Start < doc.quotes[j].outer.Start })
	// Quotations are sorted and do not overlap: one sweep marks the
	// tokens inside them.
	qi := 0
	for _, s := range doc.sents {
		s.inQuote = make([]bool, len(s.toks))
		for i, t := range s.toks {
			for qi < len(doc.quotes) && doc.quotes[qi].outer.End <= t.start {
				qi++
			}
			for qj := qi; qj < len(doc.quotes) && doc.quotes[qj].outer.Start < t.end; qj++ {
				if q := doc.quotes[qj]; !q.recovered && q.inner.Start <= t.start && t.end <= q.inner.End {
					s.inQuote[i] = true
				}
			}
		}
	}
	return doc
}

// resolver turns drafts into claims: speakers, dates, numbers, entities.
type resolver struct {
	g        *grammar
	mentions []entities.Mention
	pub      time.Time
	// history of resolved speakers, most recent last.
	history []*speakerState
	finds   []*found // by sentence, filled on demand
	// the text's numbers and dates, in text order (see findAll)
	allNums  []number.Number
	allDates []date.Date
	given    Found               // what the caller found already
	hedges   []int               // offsets of hedging words
	mme      map[string]bool     // see titledMme
	ents     map[string]*entInfo // see entity
}

type speakerState struct {
	sp     Speaker
	gender byte // 'f', 'm' or 0
	plural bool
	person bool
	at     int
	para   int
}

func (r *resolver) resolve(ds []*draft) []Claim {
	var out []Claim
	text := r.g.doc.text
	for _, d := range ds {
		if d.content.Len() == 0 {
			continue
		}
		c := Claim{Kind: d.kind, Stance: d.stance, Negated: d.negated, CueSpan: d.cue}
		if c.Kind == "" {
			c.Kind = Indirect
		}
		if d.quoted && !(d.content2.Len() == 0 && quotedFragment(text[d.content.Start:d.content.End])) {
			// A quoted fragment ("a salué « une victoire pour le peuple
			// américain »", "s’est dite « consternée »") is quoted words
			// inside the reporter's sentence, not a quoted statement: the
			// claim keeps its kind.
			c.Kind = DirectQuote
		} else if d.quoted && c.Kind == DirectQuote {
			c.Kind = Indirect
		}
		c.Cue = strings.Join(strings.Fields(quoteMarks.Replace(text[d.cue.Start:d.cue.End])), " ")
		if c.Cue == "" {
			c.Cue = "«»"
		}
		c.ContentSpan = d.content
		c.Content = text[d.content.Start:d.content.End]
		if d.content2.Len() > 0 {
			c.Content += " " + text[d.content2.Start:d.content2.End]
			if d.content2.End > c.ContentSpan.End {
				c.ContentSpan.End = d.content2.End
			}
			if d.content2.Start < c.ContentSpan.Start {
				c.ContentSpan.Start = d.content2.Start
			}
		}
		if c.Kind == AccordingTo && strings.EqualFold(c.Cue, "pour") && !r.namesEntity(d.spk) && !namesOpinionHolders(text[d.spk.Start:d.spk.End]) {
			continue // "Pour la première fois, …"
		}
		c.Speaker = r.speaker(d)
		if c.Speaker == nil {
			continue
		}
		if d.pron != "" && d.pron != "ils" && d.pron != "elles" && !stressedPronouns[d.pron] {
			// "Selon une source, il aurait reconnu les faits": a pronoun
			// inside what a source says is not that source. The source is
			// near: look at the last claims only, not at the whole text.
			for i := len(out) - 1; i >= 0 && i >= len(out)-64; i-- {
				o := out[i]
				if o.ContentSpan.Start <= d.cue.Start && d.cue.End <= o.ContentSpan.End && o.Speaker != nil &&
					(o.Speaker.ID != "" && o.Speaker.ID == c.Speaker.ID || o.Speaker.ID == "" && c.Speaker.Canonical == o.Speaker.Text) {
					c.Speaker = &Speaker{Text: c.Speaker.Text, Span: c.Speaker.Span}
					break
				}
			}
		}
		for _, v := range d.via {
			if v.Len() > 0 {
				sp := r.entitySpeaker(v)
				c.Via = append(c.Via, sp)
			}
		}
		// The sentence(s).
		s0 := r.g.doc.sents[min(d.sent, sentenceAtOr(r.g.doc, c.ContentSpan.Start, d.sent))]
		s1 := r.g.doc.sents[max(d.sentLast, sentenceAtOr(r.g.doc, max(c.ContentSpan.End-1, c.ContentSpan.Start), d.sent))]
		c.Start, c.End = s0.span.Start, s1.span.End
		c.Sentence = text[c.Start:c.End]
		c.Paragraph = s0.para
		if c.Stance == Asserted && r.hedged(c.ContentSpan) {
			c.Stance = Hedged
		}
		r.dates(&c, d)
		if c.Date.IsZero() && len(out) > 0 {
			// "« … » a-t-elle dit" after "…, a déclaré vendredi X": the
			// same statement, the same day.
			p := out[len(out)-1]
			if !p.Date.IsZero() && p.Speaker != nil && c.Speaker.ID != "" && p.Speaker.ID == c.Speaker.ID && c.Paragraph-p.Paragraph <= 1 {
				c.Date = p.Date
			}
		}
		r.about(&c)
		out = append(out, c)
	}
	// A quotation followed by its attribution in the next sentence inherits
	// that sentence's date: done in dates. Drop exact duplicates.
	return dedupe(out)
}

func sentenceAtOr(doc *document, off, def int) int {
	if i := sentenceAt(doc, off); i >= 0 {
		return i
	}
	return def
}

func dedupe(cs []Claim) []Claim {
	out := cs[:0]
	seen := map[[3]int]bool{}
	quoted := map[Span]int{} // quotation content → index in out
	for _, c := range cs {
		k := [3]int{c.ContentSpan.Start, c.ContentSpan.End, c.CueSpan.Start}
		if seen[k] {
			continue
		}
		seen[k] = true
		if c.Kind == DirectQuote {
			// One quotation, two attributions ("X s’en est félicité :
			// « … », a déclaré Y"): the one that names a person.
			if i, ok := quoted[c.ContentSpan]; ok {
				if c.Speaker != nil && c.Speaker.ID != "" && strings.HasPrefix(c.Speaker.ID, "person:") {
					out[i] = c
				}
				continue
			}
			quoted[c.ContentSpan] = len(out)
		}
		out = append(out, c)
	}
	return out
}

// speaker resolves a draft's speaker and records it in the history.
func (r *resolver) speaker(d *draft) *Speaker {
	text := r.g.doc.text
	var st *speakerState
	switch {
	case d.pron != "":
		st = r.antecedent(d.pron, d.cue.Start, d.sent)
		if st == nil {
			return &Speaker{Text: text[d.spk.Start:d.spk.End], Span: d.spk}
		}
		if !slices.Contains(r.history, st) {
			r.history = append(r.history, st) // a sentence's subject
		}
		if d.pron == "elle" {
			st.gender = 'f'
		} else if d.pron == "il" && st.gender == 0 {
			st.gender = 'm'
		}
		sp := st.sp
		if sp.ID == "" && sp.Canonical == "" {
			sp.Canonical = sp.Text // the antecedent's words: "des sources de sécurité"
		}
		sp.Text, sp.Span = text[d.spk.Start:d.spk.End], d.spk
		st.at = d.cue.Start
		return &sp
	case d.anaphor:
		var prev *speakerState
		for i := len(r.history) - 1; i >= 0; i-- {
			if r.history[i].at <= d.cue.Start {
				prev = r.history[i]
				break
			}
		}
		para := r.g.doc.sents[d.sent].para
		if d.spk.Len() == 0 && (prev == nil || para-prev.para > 1) {
			// "Le ministre a été clair. « … »": no speaker quoted just
			// before, the previous sentence's subject when it is a person.
			if st := r.subjectBefore(d.sent); st != nil {
				prev = st
			}
		}
		if prev == nil {
			if d.spk.Len() == 0 {
				return nil
			}
			return &Speaker{Text: text[d.spk.Start:d.spk.End], Span: d.spk}
		}
		sp := prev.sp
		if d.spk.Len() > 0 {
			if sp.ID == "" && sp.Canonical == "" {
				sp.Canonical = sp.Text // "la même source": the words it stands for
			}
			sp.Text, sp.Span = text[d.spk.Start:d.spk.End], d.spk
		}
		prev.at = d.cue.Start
		return &sp
	}
	if d.spk.Len() == 0 {
		return nil
	}
	sp := r.entitySpeaker(d.spk)
	if prev := r.lastPerson(d.cue.Start); prev != nil && r.bareRole(d.spk) && prev.sp.ID != sp.ID && prev.sp.ID != "" &&
		r.g.doc.sents[d.sent].para-prev.para <= 1 && r.sameRole(text[d.spk.Start:d.spk.End], prev) {
		// "a déclaré le ministre du régime": a role phrase that names no
		// country nor organisation stands for the person just quoted.
		sp.ID, sp.Canonical, sp.Entities = prev.sp.ID, prev.sp.Canonical, prev.sp.Entities
	}
	st = &speakerState{sp: sp, at: d.cue.Start, para: r.g.doc.sents[d.sent].para}
	f := normalize.Fold(sp.Text)
	words := strings.Fields(f)
	if len(words) > 0 {
		switch words[0] {
		case "les", "des", "ces", "plusieurs", "certains", "leurs", "ils", "elles":
			st.plural = true
		case "mme", "la":
			st.gender = 'f'
		case "m":
			st.gender = 'm'
		case "le":
			st.gender = 'w' // "le ministre" is said of women too: weak
		}
	}
	st.person = r.isPerson(sp.ID) || sp.ID == "" && (len(words) >= 2 && (words[0] == "le" || words[0] == "la") && roleNouns[words[1]] || looksLikeName(sp.Text))
	head := f
	if i := strings.IndexByte(head, ','); i >= 0 {
		head = head[:i] // "X, un responsable du conseil de sécurité et de défense"
	}
	if strings.Contains(head, " et ") && len(sp.Entities) > 1 && !st.person {
		st.plural = true
	}
	st.sp = sp
	if st.person && st.gender == 0 && r.titledMme()[sp.ID] {
		st.gender = 'f'
	}
	r.history = append(r.history, st)
	return &sp
}

// titledMme returns the ids of the entities named with the title "Mme"
// somewhere in the text, computed once.
func (r *resolver) titledMme() map[string]bool {
	if r.mme == nil {
		r.mme = make(map[string]bool)
		for _, m := range r.mentions {
			if m.ID != "" && strings.HasPrefix(m.Role, "Mme") {
				r.mme[m.ID] = true
			}
		}
	}
	return r.mme
}

func (r *resolver) isPerson(id string) bool {
	e := r.entity(id)
	return e != nil && (e.typ == entities.TypePerson || strings.HasPrefix(id, "local:") && e.typ != entities.TypePlace)
}

// entInfo is what the mentions of the text say of one entity.
type entInfo struct {
	typ   entities.Type // of its first mention
	roles []string      // folded roles given to it
}

// entity returns what the mentions say of the entity id, or nil; the
// index is built once, so that questions about speakers cost no pass over
// the mentions (a long text has many).
func (r *resolver) entity(id string) *entInfo {
	if id == "" {
		return nil
	}
	if r.ents == nil {
		r.ents = make(map[string]*entInfo)
		for _, m := range r.mentions {
			if m.ID == "" {
				continue
			}
			e := r.ents[m.ID]
			if e == nil {
				e = &entInfo{typ: m.Type}
				r.ents[m.ID] = e
			}
			if m.Role != "" && len(e.roles) < 16 {
				if f := normalize.Fold(m.Role); !slices.Contains(e.roles, f) {
					e.roles = append(e.roles, f)
				}
			}
		}
	}
	return r.ents[id]
}

// antecedent finds who a subject pronoun stands for. The candidates are
// the speakers of the claims before it and the subjects of the sentences
// just before (same or previous paragraph), the most recent first. The
// first that agrees in number and gender wins: gender comes from what the
// text said of the candidate ("la ministre", "Mme", "a-t-elle dit") or
// from its determiner and noun ("l’armée" is feminine, "le ministère"
// masculine; see npGender). A masculine pronoun also takes a candidate of
// unknown gender ("Paul Roux"), as French does by default; a feminine one
// takes it only when no candidate is feminine. Places and countries are
// candidates only for a plural or when nothing else fits: "il" is rarely
// Moscou.
func (r *resolver) antecedent(pron string, at, si int) *speakerState {
	plural := pron == "ils" || pron == "elles" || pron == "eux"
	var g byte = 'm'
	if pron == "elle" || pron == "elles" {
		g = 'f'
	}
	cands := r.candidates(at, si, plural, stressedPronouns[pron] && pron != "elle" && pron != "elles")
	var unknownPerson, unknown, weak, place *speakerState
	for _, c := range cands {
		if c.plural != plural {
			continue
		}
		if !plural && r.isPlace(c.sp.ID) {
			if place == nil {
				place = c
			}
			continue
		}
		cg := c.gender
		if cg == 0 || cg == 'w' {
			if ng := npGender(c.sp.Text); ng != 0 {
				cg = ng
			}
		}
		switch {
		case plural || cg == g:
			return c
		case g == 'm' && cg == 'w':
			return c // "le ministre"
		case g == 'm' && cg == 0 && (c.person || c.sp.ID == ""):
			return c // masculine is the default
		case cg == 0 && c.person && unknownPerson == nil:
			unknownPerson = c
		case cg == 0 && unknown == nil:
			unknown = c
		case cg == 'w' && weak == nil:
			weak = c // "elle" after "le ministre X": only when nothing else fits
		}
	}
	for _, c := range []*speakerState{unknownPerson, weak, unknown, place} {
		if c != nil {
			return c
		}
	}
	return nil
}

// maxCandidates bounds the speakers an antecedent is looked for among.
const maxCandidates = 40

// candidates lists the possible antecedents of a pronoun at offset at in
// sentence si, the most recent first; own adds the subject of sentence si
// itself, before the pronoun (for "selon lui", not for "a-t-il dit",
// whose sentence's subject is what he said).
func (r *resolver) candidates(at, si int, plural, own bool) []*speakerState {
	type cand struct {
		st  *speakerState
		pos int
	}
	var cs []cand
	para := r.g.doc.sents[si].para
	// the most recent speakers only: a long text has thousands
	for i, n := len(r.history)-1, 0; i >= 0 && n < maxCandidates; i-- {
		if h := r.history[i]; h.at <= at && para-h.para <= 2 {
			cs = append(cs, cand{h, h.at})
			n++
		}
	}
	doc := r.g.doc
	first := si - 1
	if own {
		first = si // "selon lui" may stand for its own sentence's subject
	}
	for k := first; k >= 0 && k >= si-3 && para-doc.sents[k].para <= 1; k-- {
		s := doc.sents[k]
		limit := len(s.toks)
		if k == si {
			// the sentence's own subject, before the pronoun: "Le
			// président a dénoncé une attaque commise selon lui par …"
			limit = 0
			for limit < len(s.toks) && s.toks[limit].start < at {
				limit++
			}
		}
		a, b, ok := r.g.mainSubject(s, limit)
		if ok && k == si && (b >= limit || s.toks[b-1].end > at) {
			continue
		}
		if !ok {
			// a verb the grammar does not know: "Une habitante, Elena
			// Munteanu, montre ses vitres"
			a, b, ok = leadingNP(s)
		}
		if !ok || b-a == 1 && subjectPronouns[s.toks[a].f] {
			continue
		}
		sp := r.entitySpeaker(r.g.tokSpan(s, a, b))
		f := normalize.Fold(sp.Text)
		words := strings.Fields(f)
		if len(words) == 0 {
			continue
		}
		isPl := words[0] == "les" || words[0] == "des" || words[0] == "ces" || words[0] == "plusieurs" || words[0] == "leurs"
		roleNP := len(words) >= 2 && determiners[words[0]] && roleNouns[words[1]]
		st := &speakerState{sp: sp, plural: isPl, person: r.isPerson(sp.ID) || roleNP || looksLikeName(sp.Text), at: sp.Span.Start, para: s.para}
		if !isPl && !st.person && !namesPeople(sp.Text) && npGender(sp.Text) == 0 && sp.ID == "" {
			continue // "Le projectile", "Cette réforme": not a speaker
		}
		if !plural && !st.person && !institution(f) && sp.ID == "" {
			continue
		}
		cs = append(cs, cand{st, st.at})
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].pos > cs[j].pos })
	out := make([]*speakerState, 0, len(cs))
	for _, c := range cs {
		out = append(out, c.st)
	}
	// a subject chosen becomes a speaker: later pronouns find it in the
	// history
	return out
}

// leadingNP returns the noun phrase that opens s, with a name in
// apposition: a determiner, up to three lower-case words, then ", Name
// Name,". It is the subject when the verb after it is not one the grammar
// knows.
func leadingNP(s *sentence) (a, b int, ok bool) {
	ts := s.toks
	if len(ts) < 2 || !determiners[ts[0].f] || ts[0].f == "de" || ts[0].f == "d'" {
		return 0, 0, false
	}
	k := 1
	for k < len(ts) && k < 4 && !ts[k].punct && !ts[k].upper && !s.inQuote[k] {
		k++
	}
	if k == 1 {
		return 0, 0, false
	}
	for k < len(ts) && k < 8 && ts[k].upper && !ts[k].punct && !s.inQuote[k] {
		k++ // "L’analyste militaire Taras Hlouchko"
	}
	b = k
	if k < len(ts) && ts[k].lw == "," {
		m := k + 1
		for m < len(ts) && m < k+5 && ts[m].upper && !ts[m].punct {
			m++
		}
		if m > k+1 && m < len(ts) && ts[m].lw == "," {
			b = m
		}
	}
	return 0, b, true
}

// institution reports a noun phrase (folded) about a body that speaks: a
// ministry, an army, an agency, a court.
func institution(f string) bool {
	for _, w := range strings.Fields(f) {
		if institutionNouns[w] {
			return true
		}
	}
	return false
}

var institutionNouns = set("ministere", "armee", "agence", "gouvernement", "etat-major", "police", "gendarmerie", "parquet",
	"tribunal", "cour", "commission", "conseil", "comite", "mission", "organisation", "organisme", "ambassade", "presidence",
	"mairie", "prefecture", "service", "services", "direction", "federation", "union", "syndicat", "parti", "entreprise",
	"societe", "groupe", "compagnie", "banque", "association", "office", "autorite", "institut", "universite", "hopital",
	"quartier", "commandement", "force", "forces", "marine", "aviation", "administration", "chancellerie", "diplomatie")

// looksLikeName reports two to four capitalised words with no determiner:
// "Gérard Lemoine", "Choe Son-hui".
func looksLikeName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return !determiners[normalize.Fold(ws[0])]
}

// isPlace reports an entity id of a country or a place.
func (r *resolver) isPlace(id string) bool {
	e := r.entity(id)
	return e != nil && (e.typ == entities.TypeCountry || e.typ == entities.TypePlace)
}

// entitySpeaker builds the speaker of the words in sp: the entity they
// name, if any.
func (r *resolver) entitySpeaker(sp Span) Speaker {
	text := r.g.doc.text
	out := Speaker{Text: text[sp.Start:sp.End], Span: sp}
	var person, head *entities.Mention
	headEnd := headLimit(text, sp)
	first := sort.Search(len(r.mentions), func(i int) bool { return r.mentions[i].Start >= sp.Start })
	for i := first; i < len(r.mentions) && r.mentions[i].Start < sp.End; i++ {
		m := &r.mentions[i]
		if m.End > sp.End || m.Kind == entities.KindDemonym || m.ID == "" {
			continue
		}
		if !containsStr(out.Entities, m.ID) {
			out.Entities = append(out.Entities, m.ID)
		}
		if m.Type == entities.TypePerson && (person == nil || person.Kind == entities.KindRole && m.Kind == entities.KindName) {
			// a name written in the phrase beats a role resolved from
			// elsewhere: "La présidente du groupe, Cyrielle Chatelain"
			person = m
		}
		if head == nil && m.Start <= headEnd {
			head = m
		}
	}
	pick := person
	if pick == nil {
		pick = head
	}
	if pick != nil {
		out.ID, out.Canonical = pick.ID, pick.Canonical
		// the chosen entity first
		for i, id := range out.Entities {
			if id == pick.ID {
				copy(out.Entities[1:i+1], out.Entities[:i])
				out.Entities[0] = pick.ID
			}
		}
	}
	return out
}

// headLimit returns the offset up to which an entity opens the phrase sp:
// its first three words ("le Kremlin", "l’agence du renseignement …"
// starts with its head), not a complement after "de" further on.
func headLimit(text string, sp Span) int {
	words := 0
	for i := sp.Start; i < sp.End; i++ {
		if text[i] == ' ' {
			words++
			if words == 2 {
				return i
			}
		}
	}
	return sp.End
}

func containsStr(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// hedged reports hedging words in the content ("présumé", "soupçonné").
func (r *resolver) hedged(sp Span) bool {
	if r.hedges == nil {
		r.hedges = []int{}
		for _, s := range r.g.doc.sents {
			for _, t := range s.toks {
				if hedgeWords[t.f] {
					r.hedges = append(r.hedges, t.start)
				}
			}
		}
	}
	for _, h := range r.hedges {
		if h >= sp.Start && h < sp.End {
			return true
		}
	}
	return false
}

// found holds the numbers and dates of one sentence, found once: claims
// that share a sentence share its numbers (and a sentence of many claims
// stays linear).
type found struct {
	nums  []number.Number
	dates []date.Date // resolved against the publication date
}

// sentenceFinds returns the numbers and dates of sentence si, with spans
// in the article text.
func (r *resolver) sentenceFinds(si int) *found {
	if r.finds == nil {
		r.finds = make([]*found, len(r.g.doc.sents))
		r.findAll()
	}
	if f := r.finds[si]; f != nil {
		return f
	}
	// The text's numbers and dates were found once, in text order: take
	// the ones inside the sentence.
	s := r.g.doc.sents[si].span
	f := &found{}
	i := sort.Search(len(r.allDates), func(i int) bool { return r.allDates[i].Start >= s.Start })
	for ; i < len(r.allDates) && r.allDates[i].Start < s.End; i++ {
		if r.allDates[i].End <= s.End {
			f.dates = append(f.dates, r.allDates[i])
		}
	}
	i = sort.Search(len(r.allNums), func(i int) bool { return r.allNums[i].Start >= s.Start })
	for ; i < len(r.allNums) && r.allNums[i].Start < s.End; i++ {
		if r.allNums[i].End <= s.End {
			f.nums = append(f.nums, r.allNums[i])
		}
	}
	r.finds[si] = f
	return f
}

// findAll finds the numbers and dates of the whole text, once: one pass is
// cheaper than one per claim sentence. Numbers inside a date ("le 1er
// novembre 2024") are the date's, not quantities.
func (r *resolver) findAll() {
	text := r.g.doc.text
	if !r.pub.IsZero() {
		r.allDates = r.given.Dates
		if r.allDates == nil {
			r.allDates = (date.Parser{Ref: r.pub, Prefer: date.Past}).Find(text)
		}
	}
	nums := r.given.Numbers
	if nums == nil {
		nums = number.Find(text)
	}
	d := 0
	for _, n := range nums {
		for d < len(r.allDates) && r.allDates[d].End <= n.Start {
			d++
		}
		if d < len(r.allDates) && r.allDates[d].Start <= n.Start && n.End <= r.allDates[d].End {
			continue
		}
		r.allNums = append(r.allNums, n)
	}
}

// each calls fn for the sentences that overlap sp.
func (r *resolver) each(sp Span, fn func(si int)) {
	// Sentences are in text order and do not overlap.
	sents := r.g.doc.sents
	si := sort.Search(len(sents), func(i int) bool { return sents[i].span.End > sp.Start })
	for ; si < len(sents) && sents[si].span.Start < sp.End; si++ {
		fn(si)
	}
}

// dates sets the statement date from the attribution words and gives the
// content's numbers and dates, the dates resolved from the statement date.
func (r *resolver) dates(c *Claim, d *draft) {
	text := r.g.doc.text
	if d.attrib.Len() > 0 && !r.pub.IsZero() {
		r.each(d.attrib, func(si int) {
			for _, dt := range r.sentenceFinds(si).dates {
				if c.Date.IsZero() && dt.Start >= d.attrib.Start && dt.End <= d.attrib.End &&
					dt.Kind == date.Point && dt.Grain <= date.Day && !dt.Value.IsZero() {
					c.Date = dt.Value
					c.DateSpan = Span{dt.Start, dt.End}
				}
			}
		})
	}
	ref := c.Date
	parts := []Span{d.content}
	if d.content2.Len() > 0 {
		parts = append(parts, d.content2)
	}
	for _, sp := range parts {
		r.each(sp, func(si int) {
			f := r.sentenceFinds(si)
			for _, dt := range f.dates {
				if dt.Start < sp.Start || dt.End > sp.End {
					continue
				}
				if !ref.IsZero() && !ref.Equal(r.pub) {
					// "a déclaré mardi que … la semaine dernière": from
					// the day the statement was made.
					if rs := (date.Parser{Ref: ref, Prefer: date.Past}).Find(text[dt.Start:dt.End]); len(rs) > 0 {
						start, end := dt.Start, dt.End
						dt = rs[0]
						dt.Start, dt.End = start, end
					}
				}
				c.Dates = append(c.Dates, dt)
			}
			for _, n := range f.nums {
				if n.Start >= sp.Start && n.End <= sp.End {
					c.Numbers = append(c.Numbers, n)
				}
			}
		})
	}
}

// about lists the entities the content mentions.
func (r *resolver) about(c *Claim) {
	// Mentions are sorted by start: begin at the first one inside.
	i := sort.Search(len(r.mentions), func(i int) bool { return r.mentions[i].Start >= c.ContentSpan.Start })
	for _, m := range r.mentions[i:] {
		if m.Start >= c.ContentSpan.End {
			break
		}
		if m.ID == "" || m.End > c.ContentSpan.End {
			continue
		}
		if !containsStr(c.About, m.ID) {
			c.About = append(c.About, m.ID)
		}
	}
}

// lastPerson returns the most recent person speaker before off.
func (r *resolver) lastPerson(off int) *speakerState {
	for i := len(r.history) - 1; i >= 0; i-- {
		if h := r.history[i]; h.person && h.at <= off {
			return h
		}
	}
	return nil
}

// bareRole reports a definite role phrase that names nothing but the role:
// "le ministre du régime", "le diplomate" (not "le président ukrainien",
// "le chef du Pentagone", "le ministre Igor Klymenko").
func (r *resolver) bareRole(sp Span) bool {
	words := strings.Fields(normalize.Fold(r.g.doc.text[sp.Start:sp.End]))
	if len(words) < 2 || words[0] != "le" && words[0] != "la" && words[0] != "l'" || !roleNouns[words[1]] {
		return false
	}
	for i, w := range strings.Fields(r.g.doc.text[sp.Start:sp.End]) {
		if ch, _ := utf8.DecodeRuneInString(w); i > 0 && unicode.IsUpper(ch) {
			return false // a name: "le gardien Gianluigi Donnarumma"
		}
	}
	first := sort.Search(len(r.mentions), func(i int) bool { return r.mentions[i].Start >= sp.Start })
	for _, m := range r.mentions[first:] {
		if m.Start >= sp.End {
			break
		}
		if m.End <= sp.End && m.Kind != entities.KindRole {
			return false
		}
	}
	return true
}

var quoteMarks = strings.NewReplacer("«", "", "»", "", "“", "", "”", "")

// namesEntity reports whether the words in sp name an entity (not a
// demonym): a person, an organisation, a country.
func (r *resolver) namesEntity(sp Span) bool {
	// Mentions are sorted by start: begin at the first one inside.
	i := sort.Search(len(r.mentions), func(i int) bool { return r.mentions[i].Start >= sp.Start })
	for _, m := range r.mentions[i:] {
		if m.Start >= sp.End {
			break
		}
		if m.End <= sp.End && m.Kind != entities.KindDemonym && m.ID != "" && m.Type != entities.TypePlace {
			return true
		}
	}
	return false
}

// subjectBefore returns the subject of the sentence before si, in the same
// paragraph, when it names a person or a role.
func (r *resolver) subjectBefore(si int) *speakerState {
	doc := r.g.doc
	if si == 0 || doc.sents[si-1].para != doc.sents[si].para {
		return nil
	}
	s := doc.sents[si-1]
	a, b, ok := r.g.mainSubject(s, len(s.toks))
	if !ok {
		return nil
	}
	sp := r.entitySpeaker(r.g.tokSpan(s, a, b))
	words := strings.Fields(normalize.Fold(sp.Text))
	roleNP := len(words) >= 2 && (words[0] == "le" || words[0] == "la") && roleNouns[words[1]]
	if !r.isPerson(sp.ID) && !roleNP {
		return nil
	}
	st := &speakerState{sp: sp, person: true, at: s.span.Start, para: s.para}
	r.history = append(r.history, st)
	return st
}

// peopleNouns name people who may be a source: "pour plusieurs
// économistes, …".
var peopleNouns = set("economistes", "experts", "analystes", "observateurs", "specialistes", "chercheurs", "habitants",
	"syndicats", "autorites", "ong", "juristes", "historiens", "diplomates", "elus", "opposants", "manifestants", "medecins",
	"scientifiques", "responsables", "dirigeants", "militants", "associations", "enqueteurs", "temoins", "proches")

// beneficiaries are people a thing is for rather than people who hold an
// opinion: "Pour de nombreux habitants, le service le plus proche sera
// …" says nothing they said.
var beneficiaries = set("habitants", "proches", "temoins", "familles", "patients", "usagers", "eleves", "parents",
	"voyageurs", "salaries", "riverains", "consommateurs", "clients", "enfants", "victimes")

// namesOpinionHolders is namesPeople for "pour X, …": people who judge,
// not people who are served.
func namesOpinionHolders(s string) bool {
	for _, w := range strings.Fields(normalize.Fold(s)) {
		if beneficiaries[w] {
			return false
		}
	}
	return namesPeople(s)
}

// namesPeople reports a phrase about people ("plusieurs économistes", "le
// ministre").
func namesPeople(s string) bool {
	for _, w := range strings.Fields(normalize.Fold(s)) {
		if peopleNouns[w] || roleNouns[w] && w != "premier" && w != "premiere" {
			return true
		}
	}
	return false
}

// quotedFragment reports quoted words that are not a statement of their
// own: they start in lower case and no sentence ends in them.
func quotedFragment(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsLower(r) {
				return false
			}
			break
		}
	}
	return !strings.ContainsAny(s, ".!?…")
}

// sameRole reports whether the role phrase names a role the person prev
// was given: "le ministre du régime" after "la ministre nord-coréenne des
// Affaires étrangères Choe Son-hui", not "le ministre chargé de
// l’Industrie" after a union delegate.
func (r *resolver) sameRole(phrase string, prev *speakerState) bool {
	head := ""
	for _, w := range strings.Fields(normalize.Fold(phrase)) {
		if roleNouns[w] {
			head = w
			break
		}
	}
	if head == "" {
		return true
	}
	held := normalize.Fold(prev.sp.Text)
	if e := r.entity(prev.sp.ID); e != nil {
		held += " " + strings.Join(e.roles, " ")
	}
	stem := strings.TrimSuffix(strings.TrimSuffix(head, "s"), "e") // ministre, présidente
	for _, w := range strings.Fields(held) {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}
