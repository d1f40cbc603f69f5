package article

import (
	"errors"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/frnews/frnews/normalize"
)

// Errors returned by Parse. They are returned as they are, so compare with ==
// or errors.Is.
var (
	// ErrEmpty means the input holds no visible text.
	ErrEmpty = errors.New("article: empty text")
	// ErrBinary means the input holds NUL bytes or is mostly control
	// characters: it is not text, and parsing it would only produce noise.
	ErrBinary = errors.New("article: binary data, not text")
)

// Span is a half-open byte range [Start, End) in Article.Text.
type Span struct {
	Start, End int
}

// Paragraph is one paragraph of the body.
type Paragraph struct {
	Span
	// Heading is set for a short line without final punctuation standing
	// between paragraphs: an inter-title.
	Heading bool
	// Sentences are the paragraph's sentences, in order, as spans of
	// Article.Text.
	Sentences []Span
	// Quotes are probable quotations recovered where the page lost its
	// quotation marks: words cut onto lines of their own (see Parse), and
	// sentences in the first person outside quotation marks, which news
	// prose only writes when it quotes someone. Spans of Article.Text, in
	// order.
	Quotes []Span
	// Lines are the 0-based numbers of the input lines the paragraph was
	// made from: more than one when a cut sentence was rejoined.
	Lines []int
}

// Caption is a photo caption or credit, kept apart from the body.
type Caption struct {
	Line   string // the input line, exactly
	Text   string // the normalised line
	Credit bool   // a credit line ("Photo : AFP") rather than a description
	LineNo int    // 0-based input line number
}

// Removed is an input line left out of the body, with the reason why.
type Removed struct {
	Line   string // the input line, exactly
	Reason Reason
	LineNo int // 0-based input line number
}

// Reason says why a line is not part of the body.
type Reason string

// Reasons a line is removed.
const (
	RepeatedTitle Reason = "repeated title"
	Widget        Reason = "page widget"         // share, comment, "Ouvrir en mode plein écran"
	RelatedLinks  Reason = "related links"       // "Related News :", "A LIRE AUSSI …"
	Navigation    Reason = "navigation"          // "PREV …", "NEXT …"
	EmptyField    Reason = "empty field label"   // "Vues:", "Date:"
	Template      Reason = "template residue"    // "spot_imgspot_img"
	FollowUs      Reason = "follow-us line"      // "Follow us on Google News"
	SourceNotice  Reason = "source notice"       // "La source de cet article se trouve sur ce site"
	Dateline      Reason = "dateline"            // "Publié le 12 mars 2025 à 14h32": read for Article.Date
	Furniture     Reason = "page furniture"      // short lines among other removed lines
	AfterRelated  Reason = "after related links" // everything below a related-links heading
)

// Article is a scraped page split into its parts.
type Article struct {
	// Title is the first line when it reads as a title, else "".
	Title string
	// Date is the publication day when the text states it or the caller
	// gave one (Parser.Date), else the zero time.
	Date time.Time
	// DateStated reports whether Date was read from the text.
	DateStated bool
	// Text is the normalised body: paragraphs joined by a blank line.
	// Every span in the Article points into it.
	Text        string
	Paragraphs  []Paragraph
	Captions    []Caption
	Boilerplate []Removed
	// Repairs are the repairs normalize made, with spans in the input.
	Repairs []normalize.Repair

	// chunks map Text back to the input (see Original).
	chunks []chunk
	// titleLine is the input line of the title.
	titleLine int
}

// chunk records that Text[at:] goes on with res.Text[skip:], the repaired
// form of the input line starting at input offset src.
type chunk struct {
	at   int // offset in Text
	skip int // leading spaces of res.Text trimmed before at
	src  int // offset of the line in the input
	res  *normalize.Result
}

// Sentences returns all the body's sentences, in order.
func (a *Article) Sentences() []Span {
	var out []Span
	for _, p := range a.Paragraphs {
		out = append(out, p.Sentences...)
	}
	return out
}

// Original maps a byte offset in a.Text to a byte offset in the input given
// to Parse. Offsets in the blank lines between paragraphs, or in a space
// that rejoined two input lines, map to the end of the preceding input line.
func (a *Article) Original(off int) int {
	if len(a.chunks) == 0 {
		return 0
	}
	i := sort.Search(len(a.chunks), func(i int) bool { return a.chunks[i].at > off }) - 1
	if i < 0 {
		i = 0
	}
	c := a.chunks[i]
	rel := off - c.at + c.skip
	if rel > len(c.res.Text) {
		rel = len(c.res.Text)
	}
	if rel < 0 {
		rel = 0
	}
	return c.src + c.res.Original(rel)
}

// Parser parses articles. Its zero value is ready to use.
type Parser struct {
	// Date is the publication date to use when the text states none. The
	// zero value means none is known.
	Date time.Time
	// Normalize sets the text repair options; the zero value is
	// normalize's default.
	Normalize normalize.Options
}

// Parse parses src with the zero Parser.
func Parse(src string) (*Article, error) {
	var p Parser
	return p.Parse(src)
}

// Parse splits src, the text of a scraped page with one paragraph per line,
// into an Article.
//
// Each line is repaired with package normalize, then classified: the title,
// body paragraphs, captions and credits, and boilerplate (sharing and comment
// widgets, related links, navigation, empty field labels, template residue),
// which is kept in Boilerplate with the reason it was removed. A sentence cut
// across lines where the page lost its quotation marks (a line without final
// punctuation followed by a line that starts in lower case or with
// punctuation alone) is rejoined, and the cut segment is recorded as a
// probable quotation.
//
// Invalid UTF-8 is replaced with U+FFFD and reported as a repair. Parse
// returns ErrEmpty for text with nothing visible and ErrBinary for data
// that is not text.
func (p Parser) Parse(src string) (*Article, error) {
	if isBinary(src) {
		return nil, ErrBinary
	}
	if strings.TrimSpace(strings.ReplaceAll(src, "\u00a0", " ")) == "" {
		return nil, ErrEmpty
	}
	ls := splitLines(src, p.Normalize)
	a := &Article{}
	for _, l := range ls {
		for _, r := range l.res.Repairs {
			r.Start += l.start
			r.End += l.start
			a.Repairs = append(a.Repairs, r)
		}
	}
	classify(ls)
	a.build(ls)
	var datelines []string
	for _, l := range ls {
		if l.class == removed && l.why == Dateline {
			datelines = append(datelines, l.text)
		}
	}
	a.Date, a.DateStated = publicationDate(a, datelines, p.Date)
	return a, nil
}

// isBinary reports whether s looks like binary data: a NUL byte, or more
// than one control character in ten among its first 4 KiB.
func isBinary(s string) bool {
	if strings.IndexByte(s, 0) >= 0 {
		return true
	}
	head := s
	if len(head) > 4096 {
		head = head[:4096]
	}
	ctl, n := 0, 0
	for _, r := range head {
		n++
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' || r == 0x7f {
			ctl++
		}
	}
	return n > 0 && ctl*10 > n
}

// line is one input line with its repaired text and classification.
type line struct {
	no    int
	start int    // offset of the line in the input
	raw   string // the input line, without its line ending
	res   *normalize.Result
	text  string // res.Text trimmed of surrounding spaces
	off   int    // offset of text inside res.Text
	class class
	why   Reason
}

type class int

const (
	blank class = iota
	body
	title
	heading
	caption
	credit
	removed
)

func splitLines(src string, opt normalize.Options) []*line {
	var ls []*line
	start := 0
	for no := 0; start <= len(src); no++ {
		end := strings.IndexByte(src[start:], '\n')
		next := len(src) + 1
		if end < 0 {
			end = len(src)
		} else {
			end += start
			next = end + 1
		}
		raw := src[start:end]
		raw = strings.TrimSuffix(raw, "\r")
		res := opt.String(raw)
		l := &line{no: no, start: start, raw: raw, res: &res}
		t := strings.TrimRight(res.Text, " \t\u00a0\u202f")
		l.text = strings.TrimLeft(t, " \t\u00a0\u202f")
		l.off = len(t) - len(l.text)
		ls = append(ls, l)
		start = next
		if end == len(src) {
			break
		}
	}
	return ls
}

// build assembles the body from classified lines.
func (a *Article) build(ls []*line) {
	var b strings.Builder
	var parts []*line // lines of the paragraph being assembled
	flush := func() {
		if len(parts) == 0 {
			return
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		p := Paragraph{Heading: parts[0].class == heading && len(parts) == 1}
		p.Start = b.Len()
		starts := make([]int, len(parts)) // where each line's text begins in Text
		for i, l := range parts {
			if i > 0 && !startsWithPunct(l.text) {
				b.WriteByte(' ')
			}
			starts[i] = b.Len()
			a.chunks = append(a.chunks, chunk{at: b.Len(), skip: l.off, src: l.start, res: l.res})
			b.WriteString(l.text)
			p.Lines = append(p.Lines, l.no)
		}
		p.End = b.Len()
		p.Quotes = cutQuotes(parts, starts)
		a.Paragraphs = append(a.Paragraphs, p)
		parts = parts[:0]
	}
	for i, l := range ls {
		switch l.class {
		case title:
			if a.Title == "" {
				a.Title, a.titleLine = l.text, l.no
			}
		case caption, credit:
			a.Captions = append(a.Captions, Caption{Line: l.raw, Text: l.text, Credit: l.class == credit, LineNo: l.no})
		case removed:
			a.Boilerplate = append(a.Boilerplate, Removed{Line: l.raw, Reason: l.why, LineNo: l.no})
		case body, heading:
			parts = append(parts, l)
			if !continues(l, nextContent(ls, i)) {
				flush()
			}
		}
	}
	flush()
	a.Text = b.String()
	for i := range a.Paragraphs {
		p := &a.Paragraphs[i]
		for _, s := range Sentences(a.Text[p.Start:p.End]) {
			sp := Span{s.Start + p.Start, s.End + p.Start}
			p.Sentences = append(p.Sentences, sp)
			if firstPerson(a.Text[sp.Start:sp.End]) && !overlaps(p.Quotes, sp) {
				p.Quotes = append(p.Quotes, sp)
			}
		}
		sort.Slice(p.Quotes, func(i, j int) bool { return p.Quotes[i].Start < p.Quotes[j].Start })
	}
}

// nextContent returns the next line after i that is part of the body, or
// nil. Blank lines stop the search: a blank line always ends a paragraph.
func nextContent(ls []*line, i int) *line {
	if i+1 < len(ls) && (ls[i+1].class == body || ls[i+1].class == heading) {
		return ls[i+1]
	}
	return nil
}

// continues reports whether the body line l is cut and goes on in next:
// l has no final punctuation and next starts in lower case, or is only
// punctuation.
func continues(l, next *line) bool {
	if next == nil || endsSentence(l.text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next.text)
	return isLower(r) || startsWithPunct(next.text)
}

func startsWithPunct(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '…', '»':
		return true
	}
	return false
}
