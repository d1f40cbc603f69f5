package article

import (
	"strings"
	"time"

	"github.com/frnews/frnews/normalize"
	"github.com/frnews/frnews/normalize/date"
)

// datelineCues are the words that, right before a full date, say that the
// date is the day of publication: "Ce vendredi 1er novembre 2024" (ce +
// date means today), "Publié le …", "Mis à jour le …". Folded.
var datelineCues = []string{"ce", "publie le", "mis a jour le", "date :", "date:", "aujourd'hui,", "publie", "mis a jour"}

// publicationDate looks for the day of publication stated in the dateline
// lines removed from the body, then in the first paragraphs, and falls
// back on the caller's date.
func publicationDate(a *Article, datelines []string, given time.Time) (time.Time, bool) {
	var p date.Parser
	p.Ref = time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC) // only dates with a year count
	texts := datelines
	for i, par := range a.Paragraphs {
		if i == 3 {
			break
		}
		texts = append(texts, a.Text[par.Start:par.End])
	}
	for _, text := range texts {
		for _, d := range p.Find(text) {
			if d.Kind != date.Point || d.Grain > date.Day || !hasYear(d.Text) {
				continue
			}
			// The cue may be inside the expression ("Ce mardi …", "le 3
			// mars …") or just before it ("Publié le").
			first, _, _ := strings.Cut(d.Text, " ")
			before := strings.TrimSpace(normalize.Fold(text[:d.Start] + first))
			alone := d.Start == 0 && strings.Trim(text[d.End:], " .,—–-") == "" // a dateline of its own
			for _, c := range datelineCues {
				if alone || before == c || strings.HasSuffix(before, " "+c) {
					v := d.Value
					return time.Date(v.Year(), v.Month(), v.Day(), 0, 0, 0, 0, time.UTC), true
				}
			}
		}
	}
	if !given.IsZero() {
		y, m, d := given.Date()
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), false
	}
	return time.Time{}, false
}

// hasYear reports whether s holds four digits in a row.
func hasYear(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
			if n == 4 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// isDateline reports whether a line only states when the article was
// published or updated: "Publié le 12 mars 2025 à 14h32", "Mis à jour le
// 3 juin 2024".
func isDateline(text string) bool {
	if len(text) > 120 || !hasDigit(text) {
		return false
	}
	f := normalize.Fold(head(text, 20))
	for _, c := range []string{"publie le ", "publie ", "mis a jour le ", "mis a jour ", "mise a jour le ", "mise a jour "} {
		if strings.HasPrefix(f, c) {
			return true
		}
	}
	return false
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}
