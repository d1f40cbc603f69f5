package claims

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/frnews/frnews/entities"
	"github.com/frnews/frnews/normalize"
	"github.com/frnews/frnews/normalize/date"
	"github.com/frnews/frnews/normalize/number"
)

// Verdict says how the sources of a fact relate.
type Verdict string

// Verdicts.
const (
	Agree    Verdict = "agree"    // the same value
	Refine   Verdict = "refine"   // compatible values, one more precise or a part of another
	Conflict Verdict = "conflict" // values that cannot all be true
)

// Source is one article given to [Compare].
type Source struct {
	Name      string    // shown in rows, e.g. the file name
	Published time.Time // zero if unknown
	Claims    []Claim
}

// Row is one source claim of a fact.
type Row struct {
	Value number.Number `json:"value"`
	Total float64       `json:"total"` // the value, or the sum of the claim's parts ("26 autres, ainsi que quatre civils")
	// Parts are the numbers added to Value to make Total, if any.
	Parts     []number.Number `json:"parts,omitempty"`
	Source    string          `json:"source"`
	SourceID  string          `json:"source_id,omitempty"`
	Date      string          `json:"date,omitempty"` // statement date, else publication date, YYYY-MM-DD
	Article   string          `json:"article"`
	Sentence  string          `json:"sentence"`
	Claim     *Claim          `json:"-"`
	lo, hi    float64
	measure   string
	parts     int
	weekdays  map[string]bool
	when      time.Time
	about     []string
	articleNo int
}

// Group is a measured fact and the claims that give it.
type Group struct {
	// Fact names the measure: the counted noun's stem or the outcome
	// ("tu" for tué/tuées, "bless" for blessés), with the entities the
	// claims share.
	Fact    string   `json:"fact"`
	Measure string   `json:"measure"`
	About   []string `json:"about"`
	Rows    []Row    `json:"rows"`
	Verdict Verdict  `json:"verdict"`
}

// outcomes are the participles and gerunds that make a count an outcome
// (killed, wounded, fled …), by stem: the count is then of that outcome,
// whatever noun it counts.
var outcomeStems = map[string]string{
	"tu": "tués", "bless": "blessés", "mort": "morts", "fui": "fui", "fuir": "fui", "évacu": "évacués",
	"dispar": "disparus", "arrêt": "arrêtés", "décéd": "morts", "pér": "morts", "tuant": "tués", "bless ": "blessés",
}

// nounClasses puts counted nouns that name the same kind of thing under
// one stem: military personnel.
var nounClasses = map[string]string{"troup": "soldat", "militair": "soldat", "combattant": "soldat", "soldat": "soldat"}

// anaphoricUnits stand for the noun counted just before ("30 autres",
// "8 000 d'entre eux").
var anaphoricUnits = set("autres", "autre", "d'entre", "d'entre eux", "d'entre elles", "")

// Compare groups the claims of several articles that give the same
// measured fact (same counted noun or outcome, shared entities, compatible
// time) and says whether their values agree, refine each other or
// conflict. Groups with one claim are left out.
func Compare(srcs []Source) []Group {
	var rows []Row
	for ai, src := range srcs {
		for ci := range src.Claims {
			c := &src.Claims[ci]
			rows = append(rows, measures(c, src, ai)...)
		}
	}
	// Cluster rows with the same measure, a shared entity and compatible
	// time: first within an article, then across.
	parent := make([]int, len(rows))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, b int) { parent[find(a)] = find(b) }
	for pass := 0; pass < 2; pass++ {
		for i := range rows {
			for j := i + 1; j < len(rows); j++ {
				a, b := &rows[i], &rows[j]
				if a.Claim == b.Claim || measureOf(a) != measureOf(b) || (pass == 0) != (a.articleNo == b.articleNo) {
					continue
				}
				if sharedWeight(a.about, b.about) < 1 {
					continue
				}
				if !timeCompatible(clusterTime(rows, find, i), clusterTime(rows, find, j)) {
					continue
				}
				union(i, j)
			}
		}
	}
	byRoot := map[int][]int{}
	var roots []int
	for i := range rows {
		r := find(i)
		if _, ok := byRoot[r]; !ok {
			roots = append(roots, r)
		}
		byRoot[r] = append(byRoot[r], i)
	}
	var out []Group
	for _, r := range roots {
		idx := byRoot[r]
		claimsSeen := map[*Claim]bool{}
		for _, i := range idx {
			claimsSeen[rows[i].Claim] = true
		}
		if len(claimsSeen) < 2 {
			continue
		}
		g := Group{Measure: measureOf(&rows[idx[0]])}
		common := rows[idx[0]].about
		for _, i := range idx {
			g.Rows = append(g.Rows, rows[i])
			common = intersect(common, rows[i].about)
		}
		if len(common) == 0 {
			common = sharedAny(g.Rows)
		}
		g.About = common
		g.Fact = factLabel(g)
		g.Rows = dedupeRows(g.Rows)
		g.Verdict = verdict(g.Rows)
		out = append(out, g)
	}
	return out
}

func measureOf(r *Row) string { return r.measure }

// measures returns one row per measured number of c: a known count of a
// noun (its Unit), or of an outcome.
func measures(c *Claim, src Source, ai int) []Row {
	var out []Row
	prevNoun := ""
	wd := map[string]bool{}
	for _, t := range tokenize(c.Sentence, 0, len(c.Sentence), nil) {
		if weekdays[t.f] {
			wd[t.f] = true
		}
	}
	when := c.Date
	if when.IsZero() {
		when = src.Published
	}
	byOutcome := map[string]int{}
	for _, n := range withArticleCounts(c) {
		if !n.Known || n.Ordinal || n.Value <= 0 {
			continue
		}
		noun := nounKey(n.Unit)
		if notCounts[normalize.Fold(noun)] {
			continue
		}
		if precededBy(c, n, "dont") {
			continue // a breakdown of the number before
		}
		if anaphoricUnits[normalize.Fold(strings.TrimSpace(n.Unit))] || noun == "" {
			noun = prevNoun
			if noun == "" && outcomeNear(c, n) == "" {
				continue
			}
		} else {
			prevNoun = noun
		}
		key := noun
		if o := outcomeNear(c, n); o != "" {
			key = o
		} else if len(out) > 0 && outcomeKey(out[len(out)-1].measure) && (precededBy(c, n, "que") || precededBy(c, n, "et")) && !breakdown(c, out[len(out)-1].Value, n) {
			// "en blessant 26 autres, ainsi que quatre civils"
			key = out[len(out)-1].measure
		}
		lo, hi := interval(n)
		r := Row{Value: n, Total: n.Value, Source: speakerName(c), Article: src.Name, Sentence: c.Sentence, Claim: c,
			lo: lo, hi: hi, parts: 1, weekdays: wd, when: when, about: c.About, articleNo: ai}
		if c.Speaker != nil {
			r.SourceID = c.Speaker.ID
		}
		if !when.IsZero() {
			r.Date = when.Format("2006-01-02")
		}
		r.measure = key
		if k, ok := byOutcome[key]; ok && outcomeKey(key) {
			// "26 autres, ainsi que quatre civils": parts of one total.
			p := &out[k]
			p.Total += n.Value
			p.lo += lo
			p.hi += hi
			p.parts++
			p.Parts = append(p.Parts, n)
			continue
		}
		byOutcome[key] = len(out)
		out = append(out, r)
	}
	return out
}

func outcomeKey(k string) bool {
	for _, v := range outcomeStems {
		if v == k {
			return true
		}
	}
	return false
}

func nounKey(unit string) string {
	f := strings.Fields(strings.ToLower(unit))
	if len(f) == 0 {
		return ""
	}
	st := stem(f[0])
	if c, ok := nounClasses[st]; ok {
		return c
	}
	return st
}

// outcomeNear finds an outcome word next to the number: just before it
// ("a tué au moins un policier", "en blessant 26 autres") or a few words
// after its noun in the same clause ("30 autres blessés", "12 personnes ont
// été blessées").
func outcomeNear(c *Claim, n number.Number) string {
	if n.Start < c.Start || n.End > c.End {
		return ""
	}
	s := c.Sentence
	ns, ne := n.Start-c.Start, n.End-c.Start
	before := tokenize(s, max(0, ns-30), ns, nil)
	if k := len(before) - 1; k >= 0 && !before[k].punct {
		if o, ok := outcomeStems[stem(before[k].lw)]; ok {
			return o
		}
	}
	after := tokenize(s, ne, min(len(s), ne+60), nil)
	for i, t := range after {
		if t.punct || i > 5 || isNumber(t.f) {
			break
		}
		if o, ok := outcomeStems[stem(t.lw)]; ok {
			return o
		}
	}
	return ""
}

// notCounts are units that measure rather than count (ages, distances,
// durations): never a fact's measure.
var notCounts = set("an", "ans", "anne", "heur", "h", "km", "kilometr", "%", "pour", "metr", "minut", "jour", "mois", "semain", "fois", "euro", "dollar", "missil")

func interval(n number.Number) (lo, hi float64) {
	v := n.Value
	if n.HasRange {
		return n.Min, n.Max
	}
	switch n.Qualifier {
	case number.About:
		return v * 0.85, v * 1.15
	case number.AtLeast:
		return v, math.Inf(1)
	case number.MoreThan:
		return v * 1.0001, math.Inf(1)
	case number.UpTo:
		return 0, v
	case number.LessThan:
		return 0, v * 0.9999
	}
	if n.Approx {
		return v * 0.85, v * 1.15
	}
	return v, v
}

func speakerName(c *Claim) string {
	sp := c.Speaker
	if sp == nil {
		return "(journaliste)"
	}
	if len(sp.Entities) > 1 && strings.Contains(normalize.Fold(sp.Text), " et ") {
		// "des États-Unis et de l’OTAN": every source named.
		return strings.Join(canonicalNames(sp.Entities), ", ")
	}
	if sp.Canonical != "" {
		return sp.Canonical
	}
	return sp.Text
}

// canonicalNames gives the entities' canonical names (their ids when the
// default dictionary does not know them).
func canonicalNames(ids []string) []string {
	dict, err := entities.Default()
	var out []string
	for _, id := range ids {
		name := id
		if err == nil {
			if e, ok := dict.Entity(id); ok {
				name = e.Canonical
			}
		}
		out = append(out, name)
	}
	return out
}

// sharedWeight counts the entities two rows share: a country counts half
// (a demonym such as "russe" is in many unrelated sentences), anything
// more specific (a place, an organisation, a person) counts one.
func sharedWeight(a, b []string) float64 {
	w := 0.0
	for _, x := range a {
		if containsStr(b, x) {
			if strings.HasPrefix(x, "country:") {
				w += 0.5
			} else {
				w++
			}
		}
	}
	return w
}

func intersect(a, b []string) []string {
	var out []string
	for _, x := range a {
		if containsStr(b, x) {
			out = append(out, x)
		}
	}
	return out
}

// sharedAny lists the entities at least two rows give.
func sharedAny(rows []Row) []string {
	count := map[string]int{}
	var order []string
	for _, r := range rows {
		for _, id := range r.about {
			if count[id] == 0 {
				order = append(order, id)
			}
			count[id]++
		}
	}
	var out []string
	for _, id := range order {
		if count[id] >= 2 {
			out = append(out, id)
		}
	}
	return out
}

type timeInfo struct {
	weekdays map[string]bool
	dates    []time.Time // statement or publication dates
	events   []time.Time // day-grain dates inside the claims
}

func clusterTime(rows []Row, find func(int) int, i int) timeInfo {
	root := find(i)
	ti := timeInfo{weekdays: map[string]bool{}}
	for j := range rows {
		if find(j) != root {
			continue
		}
		for w := range rows[j].weekdays {
			ti.weekdays[w] = true
		}
		if !rows[j].when.IsZero() {
			ti.dates = append(ti.dates, rows[j].when)
		}
		for _, d := range rows[j].Claim.Dates {
			if d.Kind == date.Point && d.Grain == date.Day {
				ti.events = append(ti.events, d.Value)
			}
		}
	}
	return ti
}

func timeCompatible(a, b timeInfo) bool {
	if len(a.weekdays) > 0 && len(b.weekdays) > 0 {
		ok := false
		for w := range a.weekdays {
			if b.weekdays[w] {
				ok = true
			}
		}
		if !ok {
			return false // "mercredi" and "vendredi": two events
		}
	}
	if len(a.events) > 0 && len(b.events) > 0 {
		ok := false
		for _, x := range a.events {
			for _, y := range b.events {
				if d := x.Sub(y); d < 36*time.Hour && d > -36*time.Hour {
					ok = true
				}
			}
		}
		if !ok {
			return false
		}
	}
	for _, x := range a.dates {
		for _, y := range b.dates {
			d := x.Sub(y)
			if d < 0 {
				d = -d
			}
			if d > 10*24*time.Hour {
				return false
			}
		}
	}
	return true
}

// verdict compares the rows' values as intervals.
func verdict(rows []Row) Verdict {
	same := true
	for _, r := range rows[1:] {
		if r.Total != rows[0].Total || r.parts > 1 || rows[0].parts > 1 || r.hi < rows[0].lo || rows[0].hi < r.lo {
			same = false
		}
	}
	if same {
		return Agree
	}
	disjoint := false
	for i := range rows {
		for j := i + 1; j < len(rows); j++ {
			if rows[i].hi < rows[j].lo || rows[j].hi < rows[i].lo {
				// A smaller count of a part ("1 500 déjà en Russie",
				// "8 000 d'entre eux à Koursk") refines a larger total
				// when it is stated as a part or with a narrower place.
				small, big := rows[i], rows[j]
				if small.hi > big.hi {
					small, big = big, small
				}
				if !isPart(small, big) {
					disjoint = true
				}
			}
		}
	}
	if disjoint {
		return Conflict
	}
	return Refine
}

// isPart reports whether small is stated as a part of big's total: its
// claim names more entities (a narrower place), says so ("dont", "d'entre
// eux", "déjà"), or counts a qualified noun ("soldats des forces
// spéciales").
func isPart(small, big Row) bool {
	if len(small.about) > len(big.about) {
		return true
	}
	c := small.Claim
	from := small.Value.End - c.Start
	if from < 0 || from > len(c.Sentence) {
		return false
	}
	ts := tokenize(c.Sentence, from, min(len(c.Sentence), from+80), nil)
	for i, t := range ts {
		switch {
		case t.f == "dont" || t.f == "deja" || t.f == "d'" && i+1 < len(ts) && ts[i+1].f == "entre":
			return true
		case i == 1 && (t.f == "des" || t.f == "de" || t.f == "du" || t.f == "d'") && i+1 < len(ts) && !ts[i+1].upper && !ts[i+1].punct:
			return true // "soldats des forces spéciales"
		}
	}
	return false
}

// MarshalJSON writes a row with its value in number.Number's shape.
func (r Row) MarshalJSON() ([]byte, error) {
	type row struct {
		Value    number.Number   `json:"value"`
		Parts    []number.Number `json:"parts,omitempty"`
		Total    float64         `json:"total"`
		Source   string          `json:"source"`
		SourceID string          `json:"source_id,omitempty"`
		Date     string          `json:"date,omitempty"`
		Article  string          `json:"article"`
		Sentence string          `json:"sentence"`
	}
	return json.Marshal(row{r.Value, r.Parts, r.Total, r.Source, r.SourceID, r.Date, r.Article, r.Sentence})
}

// Format writes the groups as text: the fact, one row per source claim,
// the verdict.
func Format(gs []Group) string {
	var b strings.Builder
	for _, g := range gs {
		fmt.Fprintf(&b, "FACT %s\n", g.Fact)
		for _, r := range g.Rows {
			v := withUnit(r.Value)
			for _, p := range r.Parts {
				v += " + " + withUnit(p)
			}
			if len(r.Parts) > 0 {
				v += fmt.Sprintf(" = %g", r.Total)
			}
			date := r.Date
			if date == "" {
				date = "date?"
			}
			fmt.Fprintf(&b, "  %-36s %-40s %-10s %-28s %s\n", v, r.Source, date, r.Article, oneLine(r.Sentence, 100))
		}
		fmt.Fprintf(&b, "  => %s\n\n", g.Verdict)
	}
	return b.String()
}

func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// precededBy reports whether word w stands just before n in c.
func precededBy(c *Claim, n number.Number, w string) bool {
	if n.Start < c.Start {
		return false
	}
	ts := tokenize(c.Sentence, max(0, n.Start-c.Start-12), n.Start-c.Start, nil)
	return len(ts) > 0 && ts[len(ts)-1].f == w
}

// dedupeRows drops a row that repeats another claim's value from the same
// sentence (a sentence with "selon X" and "a précisé Y" gives two claims).
func dedupeRows(rows []Row) []Row {
	out := rows[:0]
	seen := map[string]bool{}
	for _, r := range rows {
		k := fmt.Sprintf("%d/%d/%s", r.articleNo, r.Value.Start, r.Value.Unit)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, r)
	}
	return out
}

// breakdown reports "12 civils ont été blessés, dont sept femmes … et cinq
// hommes": n details prev, it does not add to it.
func breakdown(c *Claim, prev, n number.Number) bool {
	a, b := prev.End-c.Start, n.Start-c.Start
	if a < 0 || b > len(c.Sentence) || a >= b {
		return false
	}
	for _, t := range tokenize(c.Sentence, a, b, nil) {
		if t.f == "dont" {
			return true
		}
	}
	return false
}

// withArticleCounts adds to c.Numbers the counts that package number
// leaves alone because "un" is also an article: "a tué (au moins) un
// policier", "tuant un policier".
func withArticleCounts(c *Claim) []number.Number {
	ts := tokenize(c.Sentence, 0, len(c.Sentence), nil)
	var extra []number.Number
	for i := 0; i+2 < len(ts); i++ {
		if _, ok := outcomeStems[stem(ts[i].lw)]; !ok {
			continue
		}
		j := i + 1
		q := number.Exact
		if ts[j].f == "au" && j+2 < len(ts) && ts[j+1].f == "moins" {
			q = number.AtLeast
			j += 2
		}
		if j+1 >= len(ts) || ts[j].f != "un" && ts[j].f != "une" || ts[j+1].punct || ts[j+1].upper {
			continue
		}
		start, end := ts[i+1].start+c.Start, ts[j].end+c.Start
		dup := false
		for _, n := range c.Numbers {
			if n.Start < end && start < n.End {
				dup = true
			}
		}
		if dup {
			continue
		}
		extra = append(extra, number.Number{Start: start, End: end, Text: c.Sentence[ts[i+1].start:ts[j].end],
			Value: 1, Known: true, Qualifier: q, Unit: ts[j+1].lw})
	}
	if len(extra) == 0 {
		return c.Numbers
	}
	all := append(append([]number.Number(nil), c.Numbers...), extra...)
	sort.Slice(all, func(i, j int) bool { return all[i].Start < all[j].Start })
	return all
}

// factLabel names a group: what is counted and the entities the claims
// share ("soldats — Corée du Nord, Russie").
func factLabel(g Group) string {
	what := g.Measure
	if !outcomeKey(what) {
		// the counted noun as the first claim writes it
		for _, r := range g.Rows {
			if u := strings.TrimSpace(r.Value.Unit); u != "" && !anaphoricUnits[normalize.Fold(u)] {
				what = u
				break
			}
		}
	}
	names := canonicalNames(g.About)
	if len(names) == 0 {
		return what
	}
	return what + " — " + strings.Join(names, ", ")
}

func withUnit(n number.Number) string {
	if n.Unit == "" {
		return n.Text
	}
	return n.Text + " " + n.Unit
}
