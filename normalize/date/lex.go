package date

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// This file holds the tokenizer and the word tables. The tables are
// unexported and read-only; the lookup map is built on first use, never at
// import time.

// tokKind is the shape of a token.
type tokKind uint8

const (
	tkWord  tokKind = iota + 1 // letters, possibly with an elided apostrophe: "l'", "aujourd'"
	tkNum                      // a run of ASCII digits
	tkPunct                    // any other single rune
)

// cls is the class of a known word.
type cls uint8

const (
	cNone       cls = iota
	cFunc           // function word or modifier, matched by its key
	cWeekday        // val: time.Weekday
	cWeekdayAbr     // "lun", "mar": only before a day number or with a dot
	cMonth          // val: 1..12
	cMonthAbr       // "janv", "fev": only next to a day number
	cNum            // number word, val: its value (-1: read by package number)
	cOrd            // ordinal word, val: rank (dernier = -1)
	cUnit           // duration unit, val: a unit constant
	cPart           // part of the day, val: a part constant
	cZone           // time zone, val: UTC offset in minutes
)

// Duration units, finest first.
const (
	uSecond = iota
	uMinute
	uHour
	uDay
	uWeek
	uMonth
	uQuarter
	uYear
)

// lexEntry is one row of the word table. alt/altVal give a second reading
// ("sept" is seven and, next to a day number, September).
type lexEntry struct {
	key    string
	cls    cls
	val    int8
	alt    cls
	altVal int8
}

// lexInfo is a row of the lookup map: the table row and whether the word
// carries date meaning by itself.
type lexInfo struct {
	*lexEntry
	trig bool
}

// triggers are the function words that carry date meaning by themselves;
// every word of another class does too. An expression is only looked for
// a few tokens before one of them.
var triggers = [...]string{
	"hier", "demain", "aujourd'", "veille", "lendemain", "surlendemain", "midi", "minuit",
	"semaine", "mois", "annee", "an", "week", "weekend", "trimestre", "quinzaine", "ete",
	"hiver", "printemps", "automne", "noel", "toussaint", "nouvel", "fete", "paques",
	"pentecote", "ascension", "assomption", "armistice", "saint", "halloween", "morts",
	"maintenant", "suite", "moment", "debut", "fin", "milieu", "mi", "jour", "derniers",
	"dernieres", "prochain", "prochaine", "prochains", "prochaines", "travail",
	"semestre", "horizon", "epiphanie", "chandeleur", "reveillon", "dizaine", "douzaine",
	"vingtaine", "trentaine", "quarantaine", "cinquantaine", "centaine", "demi", "quart", "quarts",
}

// lexTable lists every word the grammar looks at, folded: lowercase, no
// diacritics, "'" for every apostrophe.
var lexTable = [...]lexEntry{
	// weekdays
	{"lundi", cWeekday, 1, 0, 0}, {"mardi", cWeekday, 2, 0, 0}, {"mercredi", cWeekday, 3, 0, 0},
	{"jeudi", cWeekday, 4, 0, 0}, {"vendredi", cWeekday, 5, 0, 0}, {"samedi", cWeekday, 6, 0, 0},
	{"dimanche", cWeekday, 0, 0, 0},
	{"lun", cWeekdayAbr, 1, 0, 0}, {"mar", cWeekdayAbr, 2, cMonthAbr, 3}, {"mer", cWeekdayAbr, 3, 0, 0},
	{"jeu", cWeekdayAbr, 4, 0, 0}, {"ven", cWeekdayAbr, 5, 0, 0}, {"sam", cWeekdayAbr, 6, 0, 0},
	{"dim", cWeekdayAbr, 0, 0, 0},
	// months
	{"janvier", cMonth, 1, 0, 0}, {"fevrier", cMonth, 2, 0, 0}, {"mars", cMonth, 3, 0, 0},
	{"avril", cMonth, 4, 0, 0}, {"mai", cMonth, 5, 0, 0}, {"juin", cMonth, 6, 0, 0},
	{"juillet", cMonth, 7, 0, 0}, {"aout", cMonth, 8, 0, 0}, {"septembre", cMonth, 9, 0, 0},
	{"octobre", cMonth, 10, 0, 0}, {"novembre", cMonth, 11, 0, 0}, {"decembre", cMonth, 12, 0, 0},
	{"jan", cMonthAbr, 1, 0, 0}, {"janv", cMonthAbr, 1, 0, 0}, {"fev", cMonthAbr, 2, 0, 0},
	{"fevr", cMonthAbr, 2, 0, 0}, {"avr", cMonthAbr, 4, 0, 0}, {"juil", cMonthAbr, 7, 0, 0},
	{"sep", cMonthAbr, 9, 0, 0}, {"sept", cNum, 7, cMonthAbr, 9}, {"oct", cMonthAbr, 10, 0, 0},
	{"nov", cMonthAbr, 11, 0, 0}, {"dec", cMonthAbr, 12, 0, 0},
	// number words (compounds are read by readNumber)
	{"zero", cNum, 0, 0, 0}, {"un", cNum, 1, 0, 0}, {"une", cNum, 1, 0, 0}, {"deux", cNum, 2, 0, 0},
	{"trois", cNum, 3, 0, 0}, {"quatre", cNum, 4, 0, 0}, {"cinq", cNum, 5, 0, 0}, {"six", cNum, 6, 0, 0},
	{"huit", cNum, 8, 0, 0}, {"neuf", cNum, 9, 0, 0}, {"dix", cNum, 10, 0, 0},
	{"onze", cNum, 11, 0, 0}, {"douze", cNum, 12, 0, 0}, {"treize", cNum, 13, 0, 0},
	{"quatorze", cNum, 14, 0, 0}, {"quinze", cNum, 15, 0, 0}, {"seize", cNum, 16, 0, 0},
	{"vingt", cNum, 20, 0, 0}, {"vingts", cNum, 20, 0, 0}, {"trente", cNum, 30, 0, 0},
	{"quarante", cNum, 40, 0, 0}, {"cinquante", cNum, 50, 0, 0}, {"soixante", cNum, 60, 0, 0},
	{"cent", cNum, -1, 0, 0}, {"cents", cNum, -1, 0, 0}, {"mille", cNum, -1, 0, 0}, {"mil", cNum, -1, 0, 0},
	{"million", cNum, -1, 0, 0}, {"millions", cNum, -1, 0, 0},
	// ordinal words
	{"premier", cOrd, 1, 0, 0}, {"premiere", cOrd, 1, 0, 0}, {"deuxieme", cOrd, 2, 0, 0},
	{"second", cOrd, 2, 0, 0}, {"troisieme", cOrd, 3, 0, 0}, {"quatrieme", cOrd, 4, 0, 0},
	{"cinquieme", cOrd, 5, 0, 0}, {"dernier", cOrd, -1, 0, 0}, {"derniere", cOrd, -1, 0, 0},
	{"derniers", cFunc, 0, 0, 0}, {"dernieres", cFunc, 0, 0, 0},
	// units
	{"seconde", cUnit, uSecond, cOrd, 2}, {"secondes", cUnit, uSecond, 0, 0}, {"sec", cUnit, uSecond, 0, 0},
	{"secs", cUnit, uSecond, 0, 0}, {"min", cUnit, uMinute, 0, 0}, {"mins", cUnit, uMinute, 0, 0},
	{"mn", cUnit, uMinute, 0, 0}, {"minute", cUnit, uMinute, 0, 0}, {"minutes", cUnit, uMinute, 0, 0},
	{"heure", cUnit, uHour, 0, 0}, {"heures", cUnit, uHour, 0, 0}, {"jour", cUnit, uDay, 0, 0},
	{"jours", cUnit, uDay, 0, 0}, {"semaine", cUnit, uWeek, 0, 0}, {"semaines", cUnit, uWeek, 0, 0},
	{"mois", cUnit, uMonth, 0, 0}, {"trimestre", cUnit, uQuarter, 0, 0}, {"trimestres", cUnit, uQuarter, 0, 0},
	{"an", cUnit, uYear, 0, 0}, {"ans", cUnit, uYear, 0, 0}, {"annee", cUnit, uYear, 0, 0},
	{"annees", cUnit, uYear, 0, 0},
	// parts of the day
	{"matin", cPart, partMorning, 0, 0}, {"mat", cPart, partMorning, 0, 0}, {"matinee", cPart, partMorning, 0, 0},
	{"soir", cPart, partEvening, 0, 0}, {"soiree", cPart, partEvening, 0, 0}, {"nuit", cPart, partNight, 0, 0},
	{"journee", cPart, partDay, 0, 0}, {"dejeuner", cPart, partLunch, 0, 0},
	// zones (offset in minutes)
	{"gmt", cZone, 0, 0, 0}, {"utc", cZone, 0, 0, 0}, {"cest", cZone, 120, 0, 0},
	// function words and modifiers
	{"le", cFunc, 0, 0, 0}, {"la", cFunc, 0, 0, 0}, {"les", cFunc, 0, 0, 0}, {"l'", cFunc, 0, 0, 0},
	{"du", cFunc, 0, 0, 0}, {"de", cFunc, 0, 0, 0}, {"d'", cFunc, 0, 0, 0}, {"des", cFunc, 0, 0, 0},
	{"au", cFunc, 0, 0, 0}, {"aux", cFunc, 0, 0, 0}, {"a", cFunc, 0, 0, 0}, {"en", cFunc, 0, 0, 0},
	{"dans", cFunc, 0, 0, 0}, {"ce", cFunc, 0, 0, 0}, {"cet", cFunc, 0, cZone, 60}, {"cette", cFunc, 0, 0, 0},
	{"ces", cFunc, 0, 0, 0}, {"vers", cFunc, 0, 0, 0}, {"environ", cFunc, 0, 0, 0}, {"alentours", cFunc, 0, 0, 0},
	{"autour", cFunc, 0, 0, 0}, {"plutot", cFunc, 0, 0, 0}, {"entre", cFunc, 0, 0, 0}, {"et", cFunc, 0, 0, 0},
	{"jusqu'", cFunc, 0, 0, 0}, {"jusque", cFunc, 0, 0, 0}, {"partir", cFunc, 0, 0, 0}, {"depuis", cFunc, 0, 0, 0},
	{"apres", cFunc, 0, 0, 0}, {"avant", cFunc, 0, 0, 0}, {"plus", cFunc, 0, 0, 0}, {"moins", cFunc, 0, 0, 0},
	{"tard", cFunc, 0, 0, 0}, {"tot", cFunc, 0, 0, 0}, {"tres", cFunc, 0, 0, 0}, {"que", cFunc, 0, 0, 0},
	{"qu'", cFunc, 0, 0, 0}, {"prochain", cFunc, 0, 0, 0}, {"prochaine", cFunc, 0, 0, 0},
	{"prochains", cFunc, 0, 0, 0}, {"prochaines", cFunc, 0, 0, 0}, {"suivant", cFunc, 0, 0, 0},
	{"suivante", cFunc, 0, 0, 0}, {"suivants", cFunc, 0, 0, 0}, {"suivantes", cFunc, 0, 0, 0},
	{"passe", cFunc, 0, 0, 0}, {"passee", cFunc, 0, 0, 0}, {"passes", cFunc, 0, 0, 0}, {"passees", cFunc, 0, 0, 0},
	{"precedent", cFunc, 0, 0, 0}, {"precedente", cFunc, 0, 0, 0}, {"qui", cFunc, 0, 0, 0}, {"suit", cFunc, 0, 0, 0},
	{"il", cFunc, 0, 0, 0}, {"y", cFunc, 0, 0, 0}, {"ya", cFunc, 0, 0, 0}, {"aujourd'", cFunc, 0, 0, 0},
	{"hui", cFunc, 0, 0, 0}, {"hier", cFunc, 0, 0, 0}, {"demain", cFunc, 0, 0, 0}, {"lendemain", cFunc, 0, 0, 0},
	{"surlendemain", cFunc, 0, 0, 0}, {"veille", cFunc, 0, 0, 0},
	{"midi", cFunc, 0, 0, 0}, {"minuit", cFunc, 0, 0, 0}, {"quart", cFunc, 0, 0, 0}, {"quarts", cFunc, 0, 0, 0},
	{"demi", cFunc, 0, 0, 0}, {"demie", cFunc, 0, 0, 0}, {"h", cFunc, 0, 0, 0}, {"m", cFunc, 0, 0, 0},
	{"s", cFunc, 0, 0, 0}, {"pm", cFunc, 0, 0, 0}, {"am", cFunc, 0, 0, 0}, {"p", cFunc, 0, 0, 0},
	{"er", cFunc, 0, 0, 0}, {"re", cFunc, 0, 0, 0}, {"ere", cFunc, 0, 0, 0}, {"e", cFunc, 0, 0, 0},
	{"eme", cFunc, 0, 0, 0}, {"ieme", cFunc, 0, 0, 0}, {"debut", cFunc, 0, 0, 0}, {"fin", cFunc, 0, 0, 0},
	{"milieu", cFunc, 0, 0, 0}, {"mi", cFunc, 0, 0, 0}, {"week", cFunc, 0, 0, 0}, {"end", cFunc, 0, 0, 0},
	{"weekend", cFunc, 0, 0, 0}, {"ends", cFunc, 0, 0, 0}, {"quinzaine", cFunc, 0, 0, 0}, {"maintenant", cFunc, 0, 0, 0},
	{"tout", cFunc, 0, 0, 0}, {"suite", cFunc, 0, 0, 0}, {"moment", cFunc, 0, 0, 0}, {"pendant", cFunc, 0, 0, 0},
	{"durant", cFunc, 0, 0, 0}, {"pour", cFunc, 0, 0, 0}, {"travail", cFunc, 0, 0, 0}, {"ici", cFunc, 0, 0, 0},
	{"ete", cFunc, 0, 0, 0}, {"hiver", cFunc, 0, 0, 0}, {"printemps", cFunc, 0, 0, 0}, {"automne", cFunc, 0, 0, 0},
	{"noel", cFunc, 0, 0, 0}, {"nouvel", cFunc, 0, 0, 0}, {"toussaint", cFunc, 0, 0, 0}, {"fete", cFunc, 0, 0, 0},
	{"paques", cFunc, 0, 0, 0}, {"pentecote", cFunc, 0, 0, 0}, {"ascension", cFunc, 0, 0, 0},
	{"assomption", cFunc, 0, 0, 0}, {"armistice", cFunc, 0, 0, 0}, {"nationale", cFunc, 0, 0, 0},
	{"saint", cFunc, 0, 0, 0}, {"sylvestre", cFunc, 0, 0, 0}, {"valentin", cFunc, 0, 0, 0},
	{"halloween", cFunc, 0, 0, 0}, {"musique", cFunc, 0, 0, 0}, {"morts", cFunc, 0, 0, 0},
	{"l'an", cFunc, 0, 0, 0}, {"ci", cFunc, 0, 0, 0}, {"courant", cFunc, 0, 0, 0}, {"par", cFunc, 0, 0, 0},
	{"exemple", cFunc, 0, 0, 0}, {"mais", cFunc, 0, 0, 0}, {"peu", cFunc, 0, 0, 0}, {"ou", cFunc, 0, 0, 0},
	{"quelques", cFunc, 0, 0, 0}, {"importe", cFunc, 0, 0, 0}, {"quand", cFunc, 0, 0, 0}, {"n'", cFunc, 0, 0, 0},
	{"pres", cFunc, 0, 0, 0}, {"sur", cFunc, 0, 0, 0}, {"cours", cFunc, 0, 0, 0},
	{"sous", cFunc, 0, 0, 0}, {"semestre", cFunc, 0, 0, 0}, {"horizon", cFunc, 0, 0, 0},
	{"epiphanie", cFunc, 0, 0, 0}, {"chandeleur", cFunc, 0, 0, 0}, {"jean", cFunc, 0, 0, 0},
	{"nicolas", cFunc, 0, 0, 0}, {"reveillon", cFunc, 0, 0, 0}, {"dizaine", cFunc, 0, 0, 0},
	{"douzaine", cFunc, 0, 0, 0}, {"vingtaine", cFunc, 0, 0, 0}, {"trentaine", cFunc, 0, 0, 0},
	{"quarantaine", cFunc, 0, 0, 0}, {"compter", cFunc, 0, 0, 0}, {"voici", cFunc, 0, 0, 0},
	{"voila", cFunc, 0, 0, 0}, {"bout", cFunc, 0, 0, 0}, {"espace", cFunc, 0, 0, 0}, {"l'espace", cFunc, 0, 0, 0}, {"cinquantaine", cFunc, 0, 0, 0}, {"centaine", cFunc, 0, 0, 0},
}

// Parts of the day.
const (
	partMorning = iota + 1
	partAfternoon
	partEvening
	partNight
	partDay
	partLunch
)

// lexSlots is the size of the lookup table, a power of two well above
// the number of keys so that probes stay short.
const lexSlots = 1024

// lexTab finds a folded word's row by open addressing on a small hash
// computed over the word: cheaper than a map for the short words of
// running text, most of which are not in the table.
type lexTab struct {
	slots [lexSlots]int16 // index+1 into rows; 0 for an empty slot
	rows  []lexInfo
}

func lexHash(w []byte) uint32 {
	h := uint32(2166136261)
	for _, b := range w {
		h = (h ^ uint32(b)) * 16777619
	}
	return h
}

// find returns the row of the folded word w.
func (lt *lexTab) find(w []byte) (lexInfo, bool) {
	for i := lexHash(w) & (lexSlots - 1); ; i = (i + 1) & (lexSlots - 1) {
		s := lt.slots[i]
		if s == 0 {
			return lexInfo{}, false
		}
		if e := &lt.rows[s-1]; e.key == string(w) {
			return *e, true
		}
	}
}

// lexicon returns the lookup table, built on first use.
var lexicon = sync.OnceValue(func() *lexTab {
	lt := &lexTab{}
	trig := make(map[string]bool, len(triggers))
	for _, k := range triggers {
		trig[k] = true
	}
	for i := range lexTable {
		e := &lexTable[i]
		if _, dup := lt.find([]byte(e.key)); dup {
			continue
		}
		// "un" and "une" are too common to wake the grammar; the unit
		// after them ("un an", "une semaine") does
		t := (e.cls != cFunc || trig[e.key]) && e.key != "un" && e.key != "une"
		lt.rows = append(lt.rows, lexInfo{e, t})
		j := lexHash([]byte(e.key)) & (lexSlots - 1)
		for lt.slots[j] != 0 {
			j = (j + 1) & (lexSlots - 1)
		}
		lt.slots[j] = int16(len(lt.rows))
	}
	return lt
})

// maxKey is the length of the longest key in lexTable.
const maxKey = len("surlendemain")

// token is one word, number or punctuation rune of the searched string.
type token struct {
	start, end int // byte span in the input
	kind       tokKind
	glued      bool   // no space between this token and the previous one
	upper      bool   // a word starting with an uppercase letter
	key        string // folded key of a known word; "" otherwise
	cls        cls
	val        int
	alt        cls
	altVal     int
	ndig       int  // digits of a number token
	ch         rune // a punctuation rune, normalized: '-' for dashes, '\'' for apostrophes
	trig       bool // a number, or a word that carries date meaning by itself
}

// isApos reports whether r is one of the apostrophes found in scraped text.
func isApos(r rune) bool {
	switch r {
	case '\'', '’', 'ʼ', 'ʻ', '՚', 'ꞌ', '＇', '′', '‵', 'ʹ', '‘':
		return true
	}
	return false
}

// isDash reports whether r is a hyphen or dash.
func isDash(r rune) bool {
	switch r {
	case '-', '‐', '‑', '‒', '–', '—', '−':
		return true
	}
	return false
}

// foldRune lowercases r and strips its diacritics, for the French alphabet.
// It returns 0 for a rune that cannot be part of a known word.
func foldRune(r rune) (byte, byte) {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return byte(r + 'a' - 'A'), 0
		}
		return byte(r), 0
	}
	switch r {
	case 'à', 'â', 'ä', 'À', 'Â', 'Ä', 'á', 'Á':
		return 'a', 0
	case 'é', 'è', 'ê', 'ë', 'É', 'È', 'Ê', 'Ë':
		return 'e', 0
	case 'î', 'ï', 'Î', 'Ï', 'í':
		return 'i', 0
	case 'ô', 'ö', 'Ô', 'Ö', 'ó':
		return 'o', 0
	case 'ù', 'û', 'ü', 'Ù', 'Û', 'Ü', 'ú':
		return 'u', 0
	case 'ç', 'Ç':
		return 'c', 0
	case 'ᵉ': // superscript letters of "1ᵉʳ", "2ᵉ"
		return 'e', 0
	case 'ʳ':
		return 'r', 0
	case 'œ', 'Œ':
		return 'o', 'e'
	case 'æ', 'Æ':
		return 'a', 'e'
	}
	return 0, 0
}

// tokenize splits s into tokens, appending to toks.
func tokenize(s string, toks []token) []token {
	lex := lexicon()
	var buf [32]byte
	space := true
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			space = true
			i++
			continue
		case '0' <= c && c <= '9':
			j := i
			v := 0
			for j < len(s) && '0' <= s[j] && s[j] <= '9' {
				if v < 1e8 {
					v = v*10 + int(s[j]-'0')
				}
				j++
			}
			toks = append(toks, token{start: i, end: j, kind: tkNum, glued: !space, val: v, ndig: j - i, trig: true})
			space = false
			i = j
			continue
		}
		r, w := rune(c), 1
		if c >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		if r == utf8.RuneError || !unicode.IsLetter(r) || isApos(r) {
			if r != utf8.RuneError && unicode.IsSpace(r) {
				space = true
				i += w
				continue
			}
			t := token{start: i, end: i + w, kind: tkPunct, glued: !space, ch: r}
			if isDash(r) {
				t.ch = '-'
			} else if isApos(r) {
				t.ch = '\''
			}
			toks = append(toks, t)
			space = false
			i += w
			continue
		}
		// a word: letters, then an elided apostrophe if a letter follows it
		t := token{start: i, kind: tkWord, glued: !space, upper: 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r)}
		n := 0
		j := i
		for j < len(s) {
			if b := s[j]; 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' {
				if n >= 0 && n < len(buf) {
					buf[n] = b | 0x20
					n++
				} else {
					n = -1 << 20
				}
				j++
				continue
			}
			r, w := rune(s[j]), 1
			latin := false
			if s[j] == 0xC3 && j+1 < len(s) && s[j+1]&0xC0 == 0x80 && s[j+1] != 0x97 && s[j+1] != 0xB7 {
				// Latin-1 letters (é, à, ç…), the common case: no table lookups
				r, w, latin = rune(0xC0|s[j+1]&0x3F), 2, true
			} else if s[j] >= utf8.RuneSelf {
				r, w = utf8.DecodeRuneInString(s[j:])
			}
			if !latin && (!unicode.IsLetter(r) || isApos(r)) {
				if isApos(r) && j+w < len(s) && n >= 0 && n < len(buf) {
					r2, _ := utf8.DecodeRuneInString(s[j+w:])
					if unicode.IsLetter(r2) {
						buf[n] = '\''
						n++
						j += w
					}
				}
				break
			}
			a, b := foldRune(r)
			if a == 0 && n >= 0 {
				n = -1 << 20 // unknown letter: not a table word
			}
			if n >= 0 && n < len(buf) {
				buf[n] = a
				n++
				if b != 0 && n < len(buf) {
					buf[n] = b
					n++
				}
			} else if n >= 0 {
				n = -1 << 20
			}
			j += w
		}
		t.end = j
		if n > 0 && n <= maxKey {
			if e, ok := lex.find(buf[:n]); ok {
				t.key, t.cls, t.val, t.alt, t.altVal, t.trig = e.key, e.cls, int(e.val), e.alt, int(e.altVal), e.trig
			}
		}
		if t.key == "midi" && len(toks) >= 2 && toks[len(toks)-1].kind == tkPunct && toks[len(toks)-2].key == "apres" {
			toks[len(toks)-2].trig = true // "après-midi" carries meaning from its first word
		}
		toks = append(toks, t)
		space = false
		i = j
	}
	return toks
}
