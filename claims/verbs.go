package claims

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/kljensen/snowball/french"
)

//go:embed verbs.txt
var builtinVerbs string

// Verb is one reporting verb of a [Verbs] list.
type Verb struct {
	Infinitive string // "déclarer"
	// Que: the verb introduces indirect speech with "que" ("a déclaré que …").
	Que bool
	// Infinitive clause: "affirme avoir pris …".
	Inf bool
	// Object: its noun-phrase object is itself a claim ("a démenti les
	// informations …").
	Object bool
	// Denial and Confirmation give the claim's stance.
	Denial, Confirmation bool
	// DeInf: "accuser X de + infinitive"; AInf: "exhorter X à + infinitive".
	DeInf, AInf bool
	// Weak verbs (demander, évoquer …) count only with "que", a quotation or
	// an inverted subject.
	Weak bool
	// Pronominal: a reflexive use is reported speech too ("se dit prêt",
	// "s'est félicité", "s'inquiète que").
	Pronominal bool
	// Forms are irregular forms the stemmer does not relate to Infinitive.
	Forms []string
}

// Verbs is a list of reporting verbs, looked up by snowball stem. Build one
// with [LoadVerbs]; the zero value is empty. A *Verbs is immutable and safe
// for concurrent use.
type Verbs struct {
	byStem map[string]*Verb
	byForm map[string]*Verb
	list   []*Verb
	// foldedStems are the stems without accents, and stemLens their
	// lengths: a word is stemmed only when one of its prefixes, folded,
	// is a stem (the stemmer removes an accent now and then: répéter →
	// répet).
	foldedStems map[string]bool
	stemLens    []int
	// heads marks the first two bytes of the folded stems: most words
	// start otherwise, and are turned away with one look.
	heads [1 << 16]bool

	// cache remembers lookups across articles (words → *Verb, nil
	// included), up to maxCache words: the vocabulary of news repeats.
	cache  sync.Map
	cached atomic.Int64
}

const maxCache = 1 << 16

// VerbsError reports a malformed line of a verb list.
type VerbsError struct {
	Line int // 1-based
	Msg  string
}

func (e *VerbsError) Error() string { return fmt.Sprintf("claims: verbs line %d: %s", e.Line, e.Msg) }

// DefaultVerbs returns the built-in French reporting verbs (verbs.txt,
// embedded), parsed once on first use.
func DefaultVerbs() *Verbs { return defaultVerbs() }

var defaultVerbs = sync.OnceValue(func() *Verbs {
	v, err := LoadVerbs(strings.NewReader(builtinVerbs))
	if err != nil {
		// verbs.txt is checked by TestDefaultVerbs; an error here is a
		// build defect, not an input error.
		return &Verbs{}
	}
	return v
})

// LoadVerbs reads a verb list in the format of the built-in verbs.txt: one
// verb a line, tab-separated infinitive, flags (q i n d c a e r s) and
// irregular forms; '#' comment lines and blank lines are skipped.
func LoadVerbs(r io.Reader) (*Verbs, error) {
	vs := &Verbs{byStem: map[string]*Verb{}, byForm: map[string]*Verb{}, foldedStems: map[string]bool{}}
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		inf := strings.ToLower(strings.TrimSpace(f[0]))
		if inf == "" || strings.ContainsAny(inf, " '") {
			return nil, &VerbsError{n, fmt.Sprintf("bad infinitive %q", f[0])}
		}
		v := &Verb{Infinitive: inf}
		if len(f) > 1 {
			for _, c := range f[1] {
				switch c {
				case 'q':
					v.Que = true
				case 'i':
					v.Inf = true
				case 'n':
					v.Object = true
				case 'd':
					v.Denial = true
				case 'c':
					v.Confirmation = true
				case 'a':
					v.DeInf = true
				case 'e':
					v.AInf = true
				case 'r':
					v.Weak = true
				case 's':
					v.Pronominal = true
				case ' ':
				default:
					return nil, &VerbsError{n, fmt.Sprintf("unknown flag %q", c)}
				}
			}
		}
		if len(f) > 2 {
			v.Forms = strings.Fields(strings.ToLower(f[2]))
		}
		if len(f) > 3 {
			return nil, &VerbsError{n, "too many fields"}
		}
		vs.list = append(vs.list, v)
		st := stem(inf)
		vs.byStem[st] = v
		fst := foldWord(st)
		vs.foldedStems[fst] = true
		if len(fst) >= 2 {
			vs.heads[uint16(fst[0])<<8|uint16(fst[1])] = true
		}
		if !slices.Contains(vs.stemLens, len(fst)) {
			vs.stemLens = append(vs.stemLens, len(fst))
		}
		for _, form := range v.Forms {
			vs.byForm[form] = v
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return vs, nil
}

// Len returns the number of verbs.
func (vs *Verbs) Len() int {
	if vs == nil {
		return 0
	}
	return len(vs.list)
}

// stem wraps the snowball French stemmer: lowercase in, stem out.
func stem(w string) string { return french.Stem(w, true) }

// nounEndings are endings of nouns that share a verb's stem (déclaration,
// affirmations, informateur).
var nounEndings = []string{"tion", "tions", "ement", "ements", "ément", "éments", "amment", "emment", "eur", "eurs", "rice", "rices", "age", "ages", "ance", "ances", "ence", "ences", "if", "ifs", "ive", "ives"}

// lookup returns the reporting verb w (lowercase) is a form of, if any.
func (vs *Verbs) lookup(w string) *Verb { return vs.lookupFolded(w, foldWord(w)) }

// lookupFolded is lookup for a word whose folded form f is at hand: most
// words are turned away by the stem prefixes before the shared cache is
// asked.
func (vs *Verbs) lookupFolded(w, f string) *Verb {
	if vs == nil || len(w) < 3 {
		return nil
	}
	if v := vs.byForm[w]; v != nil {
		return v
	}
	if !vs.foldedHasStemPrefix(f) {
		return nil
	}
	if v, ok := vs.cache.Load(w); ok {
		return v.(*Verb)
	}
	v := vs.lookupSlow(w)
	if vs.cached.Load() < maxCache {
		vs.cached.Add(1)
		vs.cache.Store(strings.Clone(w), v)
	}
	return v
}

func (vs *Verbs) lookupSlow(w string) *Verb {
	if vs == nil || len(w) < 3 {
		return nil
	}
	if v := vs.byForm[w]; v != nil {
		return v
	}
	if !vs.hasStemPrefix(w) {
		return nil
	}
	for _, e := range nounEndings {
		if strings.HasSuffix(w, e) {
			return nil
		}
	}
	if v := vs.byStem[stem(w)]; v != nil && verbEnding(w, v) {
		return v
	}
	// The stemmer leaves the third person plural alone: "déclarent".
	if strings.HasSuffix(w, "ent") {
		if v := vs.byStem[stem(w[:len(w)-2])]; v != nil {
			return v
		}
	}
	// It reads the present of some verbs as a noun or adjective
	// ("revendique" → "revend", as in "politique"): try the infinitive of
	// a first-group present, then of a -ier verb ("confie" → "conf").
	for _, e := range []string{"ent", "es", "e"} {
		if strings.HasSuffix(w, e) && len(w) > len(e)+2 {
			if v := vs.byStem[stem(w[:len(w)-len(e)]+"er")]; v != nil && strings.HasSuffix(v.Infinitive, "er") {
				return v
			}
		}
	}
	for _, e := range []string{"ient", "ies", "ie"} {
		if strings.HasSuffix(w, e) {
			if v := vs.byStem[stem(w[:len(w)-len(e)]+"ier")]; v != nil {
				return v
			}
		}
	}
	return nil
}

// verbEnding reports whether w ends like a conjugated form of a first-group
// verb (or is one of v's listed forms).
func verbEnding(w string, v *Verb) bool {
	if !strings.HasSuffix(v.Infinitive, "er") {
		return true
	}
	for _, e := range []string{"e", "es", "ent", "é", "ée", "és", "ées", "ait", "aient", "ais", "ai", "a", "ant", "era", "erait", "eraient", "eront", "èrent", "ons", "ez", "er"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// Verb forms, by shape.
type formKind int

const (
	formFinite     formKind = iota // déclare, affirmait, dit
	formParticiple                 // déclaré, démenti, reconnu
	formBoth                       // dit, écrit: present or participle
	formGerund                     // déclarant
	formInfinitive                 // déclarer
)

func shapeOf(w string, v *Verb) formKind {
	switch {
	case w == v.Infinitive:
		return formInfinitive
	case strings.HasSuffix(w, "ant"):
		return formGerund
	case w == "dis":
		return formFinite
	case strings.HasSuffix(w, "it"):
		return formBoth
	}
	ends := []string{"é", "ée", "és", "ées"}
	if !strings.HasSuffix(v.Infinitive, "er") {
		// third-group participles: dit, démenti, reconnu, promis, admise
		ends = []string{"u", "ue", "us", "ues", "ie", "ies", "i", "is", "ise", "ises", "ite", "ites"}
	}
	for _, e := range ends {
		if strings.HasSuffix(w, e) {
			return formParticiple
		}
	}
	return formFinite
}

// hasStemPrefix reports whether some verb stem is a prefix of w: the
// stemmer only removes endings, so a form always starts with its stem.
func (vs *Verbs) hasStemPrefix(w string) bool { return vs.foldedHasStemPrefix(foldWord(w)) }

func (vs *Verbs) foldedHasStemPrefix(f string) bool {
	if len(f) < 2 || !vs.heads[uint16(f[0])<<8|uint16(f[1])] {
		return false
	}
	for _, n := range vs.stemLens {
		if n <= len(f) && vs.foldedStems[f[:n]] {
			return true
		}
	}
	return false
}
