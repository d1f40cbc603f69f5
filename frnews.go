package frnews

import (
	"time"

	"github.com/frnews/frnews/article"
	"github.com/frnews/frnews/claims"
	"github.com/frnews/frnews/entities"
	"github.com/frnews/frnews/normalize/date"
	"github.com/frnews/frnews/normalize/number"
)

// Options configures Analyze. The zero value is ready to use.
type Options struct {
	// Dictionary is the entity dictionary; nil means entities.Default().
	Dictionary *entities.Dictionary
	// Date is the publication date to assume when the article states none.
	// The zero value means unknown: dates whose value depends on the day of
	// publication ("mardi", "hier") are then left out.
	Date time.Time
}

// Document is the whole pipeline's view of one article. Its JSON form is
// the one `examples/extract -json` prints; offsets in Numbers and Dates
// are byte offsets into Text.
type Document struct {
	File        string          `json:"file"`
	Title       string          `json:"title"`
	Date        *string         `json:"date"` // YYYY-MM-DD, or null
	Text        string          `json:"text"`
	Paragraphs  []string        `json:"paragraphs"`
	Captions    []string        `json:"captions"`
	Boilerplate []Removed       `json:"boilerplate"`
	Repairs     []Repair        `json:"repairs"`
	Numbers     []number.Number `json:"numbers"`
	Dates       []date.Date     `json:"dates"`
	// Entities has one entry per entity, with its mentions.
	Entities []entities.EntityGroup `json:"entities"`
	// Claims are the attributed statements of the article.
	Claims []claims.Claim `json:"claims"`

	// Article is the parsed article the document was built from.
	Article *article.Article `json:"-"`
}

// Removed is a line left out of the body.
type Removed struct {
	Line   string `json:"line"`
	Reason string `json:"reason"`
}

// Repair is one repair of the input text, with its byte span in the input.
type Repair struct {
	Kind   string `json:"kind"`
	Before string `json:"before"`
	After  string `json:"after"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

// Analyze runs the pipeline on the text of one scraped article: repair,
// article structure, numbers, dates, entities and claims.
func Analyze(src string, opt Options) (*Document, error) {
	a, err := article.Parser{Date: opt.Date}.Parse(src)
	if err != nil {
		return nil, err
	}
	d := &Document{
		Title:       a.Title,
		Text:        a.Text,
		Paragraphs:  []string{},
		Captions:    []string{},
		Boilerplate: []Removed{},
		Repairs:     []Repair{},
		Article:     a,
	}
	if !a.Date.IsZero() {
		s := a.Date.Format("2006-01-02")
		d.Date = &s
	}
	for _, p := range a.Paragraphs {
		d.Paragraphs = append(d.Paragraphs, a.Text[p.Start:p.End])
	}
	for _, c := range a.Captions {
		d.Captions = append(d.Captions, c.Line)
	}
	for _, b := range a.Boilerplate {
		d.Boilerplate = append(d.Boilerplate, Removed{Line: b.Line, Reason: string(b.Reason)})
	}
	for _, r := range a.Repairs {
		d.Repairs = append(d.Repairs, Repair{Kind: string(r.Kind), Before: r.Before, After: r.After, Start: r.Start, End: r.End})
	}
	d.Dates = findDates(a.Text, a.Date)
	nums := number.Find(a.Text)
	if nums == nil {
		nums = []number.Number{} // found, and none: claims need not look again
	}
	d.Numbers = quantities(nums, d.Dates)
	dict := opt.Dictionary
	if dict == nil {
		if dict, err = entities.Default(); err != nil {
			return nil, err
		}
	}
	ms := dict.Find(a.Text)
	d.Entities = entities.Group(ms)
	if d.Entities == nil {
		d.Entities = []entities.EntityGroup{}
	}
	x := claims.Extractor{Entities: dict, Date: opt.Date}
	if ms == nil {
		ms = []entities.Mention{} // found, and none: do not look again
	}
	found := claims.Found{Mentions: ms, Numbers: nums}
	if !a.Date.IsZero() {
		found.Dates = d.Dates // found against the same publication date
	}
	if d.Claims, err = x.ExtractFound(a, found); err != nil {
		return nil, err
	}
	if d.Claims == nil {
		d.Claims = []claims.Claim{}
	}
	return d, nil
}

// quantities drops the numbers that are part of a date or time ("le 5
// novembre", "il y a deux jours", "22H00"): they say when, not how many.
// Numbers inside durations ("en deux mois") stay: they measure something.
func quantities(ns []number.Number, ds []date.Date) []number.Number {
	out := []number.Number{}
	j := 0
	for _, n := range ns {
		for j < len(ds) && ds[j].End <= n.Start {
			j++
		}
		inDate := false
		for k := j; k < len(ds) && ds[k].Start < n.End; k++ {
			if ds[k].Kind != date.Span && ds[k].Start <= n.Start && n.End <= ds[k].End {
				inDate = true
				break
			}
		}
		if !inDate {
			out = append(out, n)
		}
	}
	return out
}

// findDates resolves the dates of text against the publication day ref.
// Without one, it keeps only the dates whose value does not depend on the
// reference: those read the same against two distant references.
func findDates(text string, ref time.Time) []date.Date {
	if !ref.IsZero() {
		ds := date.Parser{Ref: ref}.Find(text)
		if ds == nil {
			ds = []date.Date{}
		}
		return ds
	}
	// An expression that reads the same against a distant second reference
	// does not depend on it. The second reading is of the expression alone:
	// what its context changes (a verb's tense) only ever depends on the
	// reference too.
	pb := date.Parser{Ref: time.Date(2047, 9, 18, 12, 0, 0, 0, time.UTC)}
	out := []date.Date{}
	for _, d := range (date.Parser{Ref: time.Date(2001, 3, 7, 12, 0, 0, 0, time.UTC)}).Find(text) {
		for _, o := range pb.Find(d.Text) {
			if o.Start == 0 && o.End == len(d.Text) && o.Kind == d.Kind && o.Grain == d.Grain && o.Value.Equal(d.Value) && o.From.Equal(d.From) && o.To.Equal(d.To) && o.Duration == d.Duration {
				out = append(out, d)
				break
			}
		}
	}
	return out
}
