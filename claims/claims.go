package claims

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/frnews/frnews/normalize/date"
	"github.com/frnews/frnews/normalize/number"
)

// Kind is the shape of an attribution.
type Kind string

// Kinds, as written in the JSON contract.
const (
	// DirectQuote: quoted words in « » or “ ”, or a quotation recovered
	// where the page lost its quotation marks.
	DirectQuote Kind = "direct_quote"
	// Indirect: reported speech, "X a déclaré que …", "…, a déclaré X".
	Indirect Kind = "indirect"
	// AccordingTo: "selon X", "d’après X", "de source X",
	// "a-t-on appris auprès de X".
	AccordingTo Kind = "according_to"
	// ReportedFact: a statement the journalist makes without a reporting
	// verb, kept because it carries numbers or is in the journalistic
	// conditional ("aurait envoyé").
	ReportedFact Kind = "reported_fact"
)

// Stance says how the speaker or the journalist holds the content.
type Stance string

// Stances.
const (
	Asserted     Stance = ""             // plain statement
	Denial       Stance = "denial"       // "a démenti", "nie" (not "n’a pas nié")
	Confirmation Stance = "confirmation" // "a confirmé", "reconnaît"
	Hedged       Stance = "hedged"       // "présumé", "selon des sources", "rumeur"
	Conditional  Stance = "conditional"  // journalistic conditional: "aurait envoyé"
)

// Span is a half-open byte range [Start, End) in the article text.
type Span struct {
	Start, End int
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Speaker is who a claim is attributed to.
type Speaker struct {
	// ID and Canonical are the entity's when the speaker is one (see
	// package entities), else "".
	ID, Canonical string
	// Text is the speaker's words as the sentence gives them ("la police
	// ukrainienne", "elle", "le ministre nord-coréen des Affaires
	// étrangères Choe Son-hui").
	Text string
	Span Span // of Text
	// Entities lists every entity named in Text (a coordination such as
	// "des États-Unis et de l’OTAN" names several), ID first.
	Entities []string
}

// Claim is one attributed statement of an article.
type Claim struct {
	// Speaker is nil when the claim is the journalist's own
	// (ReportedFact without a source).
	Speaker *Speaker
	// Via is the rest of an attribution chain: "selon Séoul, citant des
	// sources du renseignement" gives Speaker Séoul, Via [des sources du
	// renseignement]; "a déclaré, selon une traduction russe de ses
	// propos, Choe Son Hui" gives Via [une traduction russe de ses propos].
	Via []Speaker
	// Cue is the reporting verb group or marker ("a déclaré", "selon",
	// "a-t-elle dit", "aurait envoyé"), CueSpan its span.
	Cue     string
	CueSpan Span
	Kind    Kind
	Stance  Stance
	// Negated is set for a negated cue ("n’a pas nié", "ne reconnaît pas").
	Negated bool
	// Content is what is claimed: for a quotation, the quoted words without
	// the quotation marks; ContentSpan its span (for a quotation split by
	// an incise, from the first quoted word to the last).
	Content     string
	ContentSpan Span
	// Date is when the statement was made, when the text says so ("a
	// déclaré vendredi"), resolved against the publication date; DateSpan
	// is the words that say it. Zero when unknown.
	Date     time.Time
	DateSpan Span
	// Numbers and Dates are those found in Content, with spans in the
	// article text. Dates are resolved from Date when known, else from the
	// publication date.
	Numbers []number.Number
	Dates   []date.Date
	// About lists the ids of the entities Content mentions, in order of
	// first mention (demonyms count: "les soldats nord-coréens" is about
	// North Korea).
	About []string
	// Sentence is the text of the sentence or sentences holding the claim,
	// Start and End its span: Sentence == text[Start:End].
	Sentence   string
	Start, End int
	// Paragraph is the index of the claim's paragraph in the article.
	Paragraph int
}

// MarshalJSON writes c in the extract contract's shape:
//
//	{"speaker": {"id", "canonical", "text"} | null, "cue", "kind", "content",
//	 "date": "YYYY-MM-DD" | null, "numbers": [...], "about": [...],
//	 "sentence", "start", "end"}
//
// and nothing else: Stance, Negated, Via, Dates and the spans of the parts
// are in the Go value only.
func (c Claim) MarshalJSON() ([]byte, error) {
	type spk struct {
		ID        string `json:"id"`
		Canonical string `json:"canonical"`
		Text      string `json:"text"`
	}
	type out struct {
		Speaker  *spk            `json:"speaker"`
		Cue      string          `json:"cue"`
		Kind     Kind            `json:"kind"`
		Content  string          `json:"content"`
		Date     *string         `json:"date"`
		Numbers  []number.Number `json:"numbers"`
		About    []string        `json:"about"`
		Sentence string          `json:"sentence"`
		Start    int             `json:"start"`
		End      int             `json:"end"`
	}
	o := out{Cue: c.Cue, Kind: c.Kind, Content: c.Content, Numbers: c.Numbers, About: c.About,
		Sentence: c.Sentence, Start: c.Start, End: c.End}
	if c.Speaker != nil {
		o.Speaker = &spk{c.Speaker.ID, c.Speaker.Canonical, c.Speaker.Text}
	}
	if !c.Date.IsZero() {
		d := c.Date.Format("2006-01-02")
		o.Date = &d
	}
	if o.Numbers == nil {
		o.Numbers = []number.Number{}
	}
	if o.About == nil {
		o.About = []string{}
	}
	return json.Marshal(o)
}

// String formats c on one line for a text report:
//
//	indirect  [le ministre … Choe Son-hui] a déclaré (2024-11-01): La Corée du Nord soutiendra …
func (c Claim) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-13s ", c.Kind)
	if c.Speaker != nil {
		b.WriteString("[" + c.Speaker.Text)
		if c.Speaker.ID != "" {
			b.WriteString(" = " + c.Speaker.ID)
		} else if c.Speaker.Canonical != "" {
			b.WriteString(" → " + c.Speaker.Canonical)
		}
		b.WriteString("] ")
	} else {
		b.WriteString("[–] ")
	}
	b.WriteString(c.Cue)
	if !c.Date.IsZero() {
		b.WriteString(" (" + c.Date.Format("2006-01-02") + ")")
	}
	if c.Stance != Asserted {
		b.WriteString(" {" + string(c.Stance) + "}")
	}
	if c.Negated {
		b.WriteString(" {negated}")
	}
	for _, v := range c.Via {
		b.WriteString(" <via " + v.Text + ">")
	}
	content := strings.Join(strings.Fields(c.Content), " ")
	if r := []rune(content); len(r) > 120 {
		content = string(r[:117]) + "…"
	}
	b.WriteString(": " + content)
	return b.String()
}
