package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/frnews/frnews/normalize"
)

// Line classification works on the shape of lines (length, case, final
// punctuation, position next to other removed lines), helped by a short
// list of widget phrases that scraped French news pages share.

// widgetPhrases are the folded forms of lines (or line openings, for those
// ending in "*") that page widgets print. Folded with normalize.Fold.
var widgetPhrases = []struct {
	phrase string
	reason Reason
}{
	{"related news*", RelatedLinks},
	{"a lire aussi*", RelatedLinks},
	{"lire aussi*", RelatedLinks},
	{"a voir aussi*", RelatedLinks},
	{"voir aussi*", RelatedLinks},
	{"sur le meme sujet*", RelatedLinks},
	{"articles similaires*", RelatedLinks},
	{"dans la meme rubrique*", RelatedLinks},
	{"read more*", RelatedLinks},
	{"ouvrir en mode plein ecran", Widget},
	{"agrandir l'image", Widget},
	{"a decouvrir", Widget},
	{"decouvrir", Widget},
	{"lire la suite", Widget},
	{"publicite", Widget},
	{"ecouter l'article*", Widget},
	{"partager*", Widget},
	{"partagez*", Widget},
	{"share*", Widget},
	{"tweet", Widget},
	{"imprimer", Widget},
	{"copier le lien", Widget},
	{"envoyer par e mail", Widget},
	{"envoyer par email", Widget},
	{"repondre", Widget},
	{"reagir", Widget},
	{"laisser un commentaire*", Widget},
	{"laissez un commentaire*", Widget},
	{"ajouter un commentaire*", Widget},
	{"s'il vous plait entrez votre*", Widget},
	{"veuillez entrer votre*", Widget},
	{"votre adresse e mail ne sera pas publiee*", Widget},
	{"vous avez ete bloque*", Widget},
	{"follow us*", FollowUs},
	{"for latest updates*", FollowUs},
	{"suivez nous*", FollowUs},
	{"abonnez vous*", FollowUs},
	{"inscrivez vous a notre newsletter*", FollowUs},
	{"la source de cet article*", SourceNotice},
}

// navWords open the "previous/next article" lines of page footers. They are
// matched case-sensitively: "PREV" in capitals is a widget, "Suivant" in a
// sentence is not.
var navWords = []string{"PREV ", "NEXT ", "PRÉCÉDENT ", "SUIVANT ", "Article précédent", "Article suivant"}

// creditOpeners start photo credit lines.
var creditOpeners = []string{"photo", "photos", "credit", "credits", "credit photo", "illustration", "image", "video", "infographie", "source photo"}

func widgetReason(text string) (Reason, bool) {
	for _, w := range navWords {
		if strings.HasPrefix(text, w) {
			return Navigation, true
		}
	}
	f := strings.TrimRight(normalize.Fold(head(text, 80)), " :!.")
	for _, w := range widgetPhrases {
		if p, ok := strings.CutSuffix(w.phrase, "*"); ok {
			// A widget line may go on after its opening words ("Partager
			// sur Facebook"), but a sentence that starts with them is text.
			if f == p || len(f) > len(p) && f[len(p)] == ' ' && strings.HasPrefix(f, p) && !strings.HasSuffix(text, ".") {
				return w.reason, true
			}
		} else if f == w.phrase {
			return w.reason, true
		}
	}
	if isFieldLabel(text) {
		return EmptyField, true
	}
	if hasTemplateResidue(text) {
		return Template, true
	}
	return "", false
}

// isFieldLabel reports whether text is a label with nothing after its
// colon, such as "Vues:" or "Date :".
func isFieldLabel(text string) bool {
	t, ok := strings.CutSuffix(text, ":")
	if !ok {
		return false
	}
	t = strings.TrimRight(t, " \u00a0\u202f")
	return t != "" && len(strings.Fields(t)) <= 2 && !strings.ContainsAny(t, ".,;!?«»")
}

// hasTemplateResidue reports whether text holds template code: an
// identifier with an underscore between letters (not in an address), or
// markup.
func hasTemplateResidue(text string) bool {
	if strings.Contains(text, "{{") || strings.Contains(text, "}}") || strings.Contains(text, "</") {
		return true
	}
	for i := strings.IndexByte(text, '_'); i >= 0; {
		if i > 0 && i+1 < len(text) && isASCIILetter(text[i-1]) && isASCIILetter(text[i+1]) {
			s := strings.LastIndexAny(text[:i], " \t") + 1
			e := strings.IndexAny(text[i:], " \t")
			if e < 0 {
				e = len(text)
			} else {
				e += i
			}
			if w := text[s:e]; !strings.ContainsAny(w, "@/") {
				return true
			}
		}
		j := strings.IndexByte(text[i+1:], '_')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// isCredit reports whether text is a photo credit: "Photo : AFP",
// "Crédit photo : …", "© Reuters".
func isCredit(text string) bool {
	if strings.HasPrefix(text, "©") {
		return true
	}
	f := normalize.Fold(head(text, 40))
	for _, o := range creditOpeners {
		if rest, ok := strings.CutPrefix(f, o); ok {
			rest = strings.TrimLeft(rest, " ")
			if strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "©") || strings.HasPrefix(rest, "/") {
				return len(text) < 300
			}
		}
	}
	return false
}

// classify sets the class of every line.
func classify(ls []*line) {
	for _, l := range ls {
		switch {
		case l.text == "" || strings.Trim(l.text, " \t\u00a0\u202f\u200b") == "":
			l.class = blank
		case isCredit(l.text):
			l.class = credit
		case isDateline(l.text):
			l.class, l.why = removed, Dateline
		default:
			if why, ok := widgetReason(l.text); ok {
				l.class, l.why = removed, why
			} else {
				l.class = body
			}
		}
	}
	// The title: the first line, when it reads as one. Its repeats are
	// page furniture (a header printed twice, a breadcrumb).
	first := nextNonBlank(ls, -1)
	if first >= 0 && ls[first].class == body && isTitleLike(ls[first].text) {
		t := ls[first]
		t.class = title
		key := normalize.Fold(t.text)
		for _, l := range ls[first+1:] {
			if l.class == body && len(l.text) < len(t.text)+16 && len(l.text)+16 > len(t.text) && normalize.Fold(l.text) == key {
				l.class, l.why = removed, RepeatedTitle
			}
		}
	}
	for i, l := range ls {
		switch {
		case l.class == removed && l.why == Widget && isFullScreenWidget(l.text):
			// The line after a "full screen" button is the photo's caption.
			if j := nextNonBlank(ls, i); j >= 0 && ls[j].class == body {
				ls[j].class = caption
			}
		case l.class == removed && l.why == RelatedLinks && isLabel(l.text):
			// A related-links heading is followed by the headlines it lists.
			for j := nextNonBlank(ls, i); j >= 0 && ls[j].class == body && isHeadline(ls[j].text); j = nextNonBlank(ls, j) {
				ls[j].class, ls[j].why = removed, RelatedLinks
			}
		}
	}
	// Short lines among removed lines are page furniture too ("Kangourou
	// du jour" between "À découvrir" and "Répondre").
	for changed := true; changed; {
		changed = false
		for i, l := range ls {
			if l.class != body || !isShort(l.text) {
				continue
			}
			p, n := prevNonBlank(ls, i), nextNonBlank(ls, i)
			pr := p < 0 || ls[p].class == removed
			nr := n < 0 || ls[n].class == removed
			if pr && nr || pr && ls[n].class == body && isShort(ls[n].text) || nr && p >= 0 && ls[p].class == body && isShort(ls[p].text) && p != i {
				if p < 0 && n < 0 {
					continue
				}
				l.class, l.why = removed, Furniture
				changed = true
			}
		}
	}
	// Inter-titles: short body lines without final punctuation.
	for i, l := range ls {
		if l.class == body && isTitleLike(l.text) && len(l.text) <= 200 {
			if n := nextNonBlank(ls, i); n >= 0 && ls[n].class == body {
				r, _ := utf8.DecodeRuneInString(l.text)
				if unicode.IsUpper(r) || r == '«' || unicode.IsDigit(r) {
					l.class = heading
				}
			}
		}
	}
}

func isFullScreenWidget(text string) bool {
	f := normalize.Fold(text)
	return strings.Contains(f, "plein ecran") || strings.Contains(f, "agrandir")
}

// isLabel reports whether text is only a heading label: "Related News :".
func isLabel(text string) bool {
	return strings.HasSuffix(text, ":") || len(strings.Fields(text)) <= 4
}

// isHeadline reports whether text reads as a headline: one short line
// without final period.
func isHeadline(text string) bool {
	return len(text) < 250 && !strings.HasSuffix(text, ".")
}

// isShort reports whether a line is a few words without final punctuation.
func isShort(text string) bool {
	return len(text) < 80 && len(strings.Fields(text)) <= 4 && !endsSentence(text)
}

// head returns the first n bytes of s, or a few more to end on a rune.
func head(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n < len(s) && !utf8.RuneStart(s[n]) {
		n++
	}
	return s[:n]
}

// isTitleLike reports whether text can be a title: not too long, one
// sentence, no final period.
func isTitleLike(text string) bool {
	if len(text) > 250 || len(text) == 0 || strings.HasSuffix(text, ".") && !strings.HasSuffix(text, "...") {
		return false
	}
	if strings.HasSuffix(text, ":") || strings.HasSuffix(text, ",") || strings.HasSuffix(text, ";") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text)
	if isLower(r) {
		return false
	}
	return len(Sentences(text)) <= 1 && len(strings.Fields(text)) >= 2
}

func nextNonBlank(ls []*line, i int) int {
	for j := i + 1; j < len(ls); j++ {
		if ls[j].class != blank {
			return j
		}
	}
	return -1
}

func prevNonBlank(ls []*line, i int) int {
	for j := i - 1; j >= 0; j-- {
		if ls[j].class != blank {
			return j
		}
	}
	return -1
}

// endsSentence reports whether text ends with final punctuation, closing
// quotation marks and brackets aside.
func endsSentence(text string) bool {
	t := strings.TrimRight(text, " »”\")]\u00a0\u202f")
	if t == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	switch r {
	case '.', '!', '?', '…', ':', ';':
		return true
	}
	return false
}

func isLower(r rune) bool { return unicode.IsLower(r) }

// cutQuotes finds probable quotations in a paragraph rejoined from several
// input lines. The pages behind this genre print quotations as inline
// elements that the scraper turned into line breaks, losing the quotation
// marks: the quoted words end where a line breaks before an incise
// ("a-t-il ajouté") or before punctuation standing alone on its line. They
// start at a mark of a lost opening quote inside the line (a stray period
// followed by lower case, "que" followed by a capital, a colon), else at
// the start of the line when the line is itself a cut piece.
func cutQuotes(parts []*line, starts []int) []Span {
	var qs []Span
	for k := 0; k+1 < len(parts); k++ {
		next := parts[k+1].text
		inc := isIncise(next)
		if !inc && !isPunctOnly(next) {
			continue
		}
		seg := parts[k].text
		m := quoteOpening(seg)
		switch {
		case m >= 0:
		case k > 0 || inc:
			m = 0
		default:
			continue
		}
		if m < len(seg) {
			qs = append(qs, Span{starts[k] + m, starts[k] + len(seg)})
		}
	}
	return qs
}

// quoteOpening returns the offset in seg of the last mark of a lost opening
// quotation mark, or -1.
func quoteOpening(seg string) int {
	best := -1
	for i := 0; i < len(seg); i++ {
		switch c := seg[i]; {
		case (c == '.' || c == ':') && i+2 < len(seg) && seg[i+1] == ' ':
			r, _ := utf8.DecodeRuneInString(seg[i+2:])
			if isLower(r) || c == ':' {
				best = i + 2
			}
		case c == 'q' && strings.HasPrefix(seg[i:], "que ") && (i == 0 || seg[i-1] == ' '):
			r, _ := utf8.DecodeRuneInString(seg[i+4:])
			if unicode.IsUpper(r) {
				best = i + 4
			}
		}
	}
	return best
}

// isIncise reports whether text opens with an inverted reporting clause:
// "a-t-il ajouté", "dit-elle", "souligne-t-on".
func isIncise(text string) bool {
	fs := strings.Fields(text)
	for i, w := range fs {
		if i == 2 {
			break
		}
		w = strings.TrimRight(w, ",.;:")
		for _, s := range []string{"-t-il", "-t-elle", "-t-on", "-il", "-elle", "-ils", "-elles"} {
			if strings.HasSuffix(w, s) && len(w) > len(s) {
				r, _ := utf8.DecodeRuneInString(w)
				return isLower(r)
			}
		}
	}
	return false
}

// isPunctOnly reports whether text is only punctuation: a period left alone
// on its line.
func isPunctOnly(text string) bool {
	for _, r := range text {
		if !unicode.IsPunct(r) && !unicode.IsSpace(r) {
			return false
		}
	}
	return text != ""
}

// isFirstPersonWord reports whether w, ASCII letters, is a French
// first-person pronoun or determiner: je, j(’), nous, nos, notre, moi, mon,
// ma, mes, in any case.
func isFirstPersonWord(w string) bool {
	switch w[0] | 0x20 {
	case 'j', 'n', 'm':
	default:
		return false
	}
	var b [5]byte
	for i := 0; i < len(w); i++ {
		b[i] = w[i] | 0x20
	}
	switch string(b[:len(w)]) {
	case "je", "j", "nous", "nos", "notre", "moi", "mon", "ma", "mes":
		return true
	}
	return false
}

// firstPerson reports whether sentence speaks in the first person outside
// quotation marks.
func firstPerson(sentence string) bool {
	if hasQuoteMark(sentence) {
		return false
	}
	// The pronouns are ASCII: compare words of ASCII letters only.
	for i := 0; i < len(sentence); {
		j := i
		for j < len(sentence) && isASCIILetter(sentence[j]) {
			j++
		}
		if j > i && j-i <= 5 && isFirstPersonWord(sentence[i:j]) && (i == 0 || !continuesWord(sentence, i)) && (j == len(sentence) || !startsLetter(sentence[j:])) {
			return true
		}
		if j == i {
			j++
		}
		i = j
	}
	return false
}

// hasQuoteMark reports whether s holds « » “ ” or ". It reads bytes:
// strings.ContainsAny decodes every rune when its set is not ASCII.
func hasQuoteMark(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"':
			return true
		case 0xC2: // « U+00AB, » U+00BB
			if i+1 < len(s) && (s[i+1] == 0xAB || s[i+1] == 0xBB) {
				return true
			}
		case 0xE2: // “ U+201C, ” U+201D
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x9C || s[i+2] == 0x9D) {
				return true
			}
		}
	}
	return false
}

// continuesWord reports whether the byte before i belongs to a word.
func continuesWord(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r)
}

func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func overlaps(spans []Span, s Span) bool {
	for _, o := range spans {
		if o.Start < s.End && s.Start < o.End {
			return true
		}
	}
	return false
}
