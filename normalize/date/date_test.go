package date

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// tuesday is the reference of most rows: Tuesday 5 November 2024, 08:00, Paris winter time.
var tuesday = time.Date(2024, 11, 5, 8, 0, 0, 0, time.FixedZone("", 3600))

// want is one expected answer, written as MarshalJSON writes it minus the
// span: "day 2024-11-05", "hour 2024-11-03T18:00:00+01:00/2024-11-04T00:00:00+01:00",
// "month 2024-08/", "month P2M"; "" means no date at all.
type findTest struct {
	in     string
	prefer Prefer
	text   string // the longest expression found
	want   string
	reason string
}

// findGroups holds the table tests, one group per construction. Rows are
// indexed so that a failure points straight at its row.
var findGroups = []struct {
	name string
	rows []findTest
}{
	{"absolute", []findTest{
		0:  {"vendredi 1er novembre 2024", Past, "vendredi 1er novembre 2024", "day 2024-11-01", "weekday, ordinal day, month, year"},
		1:  {"le 24 octobre", Past, "le 24 octobre", "day 2024-10-24", "day and month: the last one in news"},
		2:  {"le 24 octobre", Future, "le 24 octobre", "day 2025-10-24", "day and month: the next one"},
		3:  {"en juin", Past, "en juin", "month 2024-06", "bare month, past"},
		4:  {"en juin", Future, "en juin", "month 2025-06", "bare month, future"},
		5:  {"juin 2024", Past, "juin 2024", "month 2024-06", "month and year"},
		6:  {"en 2022", Past, "en 2022", "year 2022", "year after en"},
		7:  {"l’hiver 2022", Past, "l’hiver 2022", "day 2022-12-21/2023-03-21", "season of a year, typographic apostrophe"},
		8:  {"le 11/10/2024", Past, "le 11/10/2024", "day 2024-10-11", "numeric date, day first"},
		9:  {"2013-03-01", Past, "2013-03-01", "day 2013-03-01", "ISO date"},
		10: {"Le mardi 12 novembre", Past, "Le mardi 12 novembre", "day 2024-11-12", "the weekday picks the year"},
	}},
	{"relative", []findTest{
		0:  {"aujourd’hui", Past, "aujourd’hui", "day 2024-11-05", "typographic apostrophe"},
		1:  {"aujourd'hui", Past, "aujourd'hui", "day 2024-11-05", "ASCII apostrophe"},
		2:  {"hier", Past, "hier", "day 2024-11-04", "the day before"},
		3:  {"avant-hier", Past, "avant-hier", "day 2024-11-03", "hyphenated, two days back"},
		4:  {"demain", Past, "demain", "day 2024-11-06", "the day after"},
		5:  {"ce mardi", Past, "ce mardi", "day 2024-11-05", "this Tuesday is today"},
		6:  {"mardi", Past, "mardi", "day 2024-11-05", "news: the publication day"},
		7:  {"mardi", Future, "mardi", "day 2024-11-12", "calendar: the next Tuesday"},
		8:  {"jeudi", Past, "jeudi", "day 2024-10-31", "news: the Thursday before"},
		9:  {"mardi dernier", Past, "mardi dernier", "day 2024-10-29", "strictly before today"},
		10: {"mardi prochain", Past, "mardi prochain", "day 2024-11-12", "strictly after today"},
		11: {"dimanche soir", Past, "dimanche soir", "hour 2024-11-03T18:00:00+01:00/2024-11-04T00:00:00+01:00", "evening 18–24h"},
		12: {"lundi matin", Past, "lundi matin", "hour 2024-11-04T04:00:00+01:00/2024-11-04T12:00:00+01:00", "morning 4–12h"},
		13: {"la semaine dernière", Past, "la semaine dernière", "week 2024-10-28/2024-11-04", "a week is an interval"},
		14: {"en début de semaine", Past, "en début de semaine", "day 2024-11-04/2024-11-06", "Monday and Tuesday"},
		15: {"le week-end dernier", Past, "le week-end dernier", "hour 2024-11-01T18:00:00+01:00/2024-11-04T00:00:00+01:00", "Friday 18h to Monday"},
		16: {"le mois dernier", Past, "le mois dernier", "month 2024-10", "a month is a point at month grain"},
		17: {"il y a deux jours", Past, "il y a deux jours", "day 2024-11-03", "number word"},
		18: {"dans trois semaines", Past, "dans trois semaines", "day 2024-11-26", "number word, calendar weeks"},
		19: {"lundi en huit", Future, "lundi en huit", "day 2024-11-18", "first Monday a week or more ahead"},
	}},
	{"time", []findTest{
		0: {"vers 22H00 (19H00 GMT)", Past, "vers 22H00", "minute 2024-11-04T22:00:00+01:00", "a bare time in news is the last one"},
		1: {"19H00 GMT", Past, "19H00 GMT", "minute 2024-11-04T20:00:00+01:00", "an explicit zone is honoured"},
		2: {"à 14 h 30", Future, "à 14 h 30", "minute 2024-11-05T14:30:00+01:00", "spaced hour and minutes"},
		3: {"à midi", Future, "à midi", "hour 2024-11-05T12:00:00+01:00", "noon, hour grain"},
		4: {"07 h 30", Past, "07 h 30", "minute 2024-11-05T07:30:00+01:00", "trap: leading zero, spaces"},
		5: {"midi moins le quart", Future, "midi moins le quart", "minute 2024-11-05T11:45:00+01:00", "a quarter to noon"},
	}},
	{"interval", []findTest{
		0:  {"du 1er au 5 novembre", Past, "du 1er au 5 novembre", "day 2024-11-01/2024-11-06", "exclusive end"},
		1:  {"entre mai et juillet", Past, "entre mai et juillet", "month 2024-05/2024-08", "months, exclusive end"},
		2:  {"depuis août", Past, "depuis août", "month 2024-08/", "open interval"},
		3:  {"depuis février 2022", Past, "depuis février 2022", "month 2022-02/", "open interval with a year"},
		4:  {"en deux mois", Past, "en deux mois", "month P2M", "a duration, not a date"},
		5:  {"plus de deux ans", Past, "plus de deux ans", "year P2Y", "a qualified duration"},
		6:  {"ces derniers jours", Past, "ces derniers jours", "day 2024-10-29/2024-11-05", "a week back"},
		7:  {"dans les prochains jours", Past, "dans les prochains jours", "day 2024-11-06/2024-11-13", "a week ahead"},
		8:  {"2022-2023", Past, "2022-2023", "year 2022/2024", "trap: a range of years"},
		9:  {"avant 16h", Future, "avant 16h", "hour /2024-11-05T16:00:00+01:00", "open end"},
		10: {"de 9h30 à 11h jeudi", Future, "de 9h30 à 11h jeudi", "minute 2024-11-07T09:30:00+01:00/2024-11-07T11:01:00+01:00", "trailing day"},
		11: {"dans la nuit de samedi à dimanche", Past, "dans la nuit de samedi à dimanche", "hour 2024-11-02T22:00:00+01:00/2024-11-03T06:00:00+01:00", "a night"},
		12: {"du 2 au 4 décembre prochain", Past, "du 2 au 4 décembre prochain", "day 2024-12-02/2024-12-05", "prochain reaches both ends"},
	}},
	{"trap", []findTest{
		0:  {"les 27", Past, "", "", "the 27 member states"},
		1:  {"le 1er ministre", Past, "", "", "prime minister"},
		2:  {"Louis XIV", Past, "", "", "a king"},
		3:  {"le G7 et le Covid-19", Past, "", "", "codes"},
		4:  {"12 personnes", Past, "", "", "a quantity"},
		5:  {"Mars est une planète", Past, "", "", "capitalized Mars alone is the planet"},
		6:  {"le 1/3 des votants", Past, "", "", "a fraction"},
		7:  {"Chaque jour, Midi Libre fait le point", Past, "", "", "a newspaper"},
		8:  {"un jeune de 19 ans", Past, "", "", "an age"},
		9:  {"le 16e siècle", Past, "", "", "a century"},
		10: {"samedi deux personnes", Past, "samedi", "day 2024-11-02", "deux counts people, not the day"},
		11: {"il a été blessé", Past, "", "", "été is a participle"},
		12: {"Il y a 1 an, 1 mois et 1 jour", Past, "Il y a 1 an, 1 mois et 1 jour", "day 2023-10-04", "a list of units"},
		13: {"la Toussaint", Past, "la Toussaint", "day 2024-11-01", "holiday"},
		14: {"Noël", Past, "Noël", "day 2023-12-25", "holiday, past"},
		15: {"à 16h CET", Future, "à 16h CET", "hour 2024-11-05T16:00:00+01:00", "CET in capitals is a zone"},
		16: {"à 16h cet après-midi", Future, "à 16h cet après-midi", "hour 2024-11-05T16:00:00+01:00", "cet in lowercase is not"},
		17: {"cette nuit", Past, "cette nuit", "hour 2024-11-04T22:00:00+01:00/2024-11-05T06:00:00+01:00", "morning news: the night just over"},
	}},
	{"news", []findTest{
		0:  {"place du 14-Juillet", Past, "", "", "a street name"},
		1:  {"la campagne Octobre rose", Past, "", "", "a capitalized month alone is a name"},
		2:  {"ouvert 24h/24", Past, "", "", "round the clock"},
		3:  {"le sommet aura lieu le 18 novembre", Past, "le 18 novembre", "day 2024-11-18", "a date in the coming month is the coming one"},
		4:  {"en décembre", Past, "en décembre", "month 2024-12", "next month is the coming one"},
		5:  {"dans la nuit du 2 au 3 novembre, vers 3 heures", Past, "dans la nuit du 2 au 3 novembre", "hour 2024-11-02T22:00:00+01:00/2024-11-03T06:00:00+01:00", "the time does not belong to the range"},
		6:  {"Mardi gras", Past, "Mardi gras", "day 2024-02-13", "a movable feast, not a Tuesday"},
		7:  {"depuis plus de mille jours", Past, "depuis plus de mille jours", "day 2022-02-09/", "number read by package number"},
		8:  {"il y a deux cents ans", Past, "il y a deux cents ans", "day 1824-11-05", "number read by package number"},
		9:  {"un an après le début de la guerre", Past, "un an", "year P1Y", "after an event we cannot date: a duration only"},
		10: {"la séance de 14 heures", Past, "", "", "a time of day, not fourteen hours"},
		11: {"les 18-25 ans", Past, "", "", "an age range"},
		12: {"depuis le début de l'année", Past, "depuis le début de l'année", "month 2024-01/", "open interval from a period"},
		13: {"de lundi matin à mardi soir", Past, "de lundi matin à mardi soir", "hour 2024-11-04T04:00:00+01:00/2024-11-06T00:00:00+01:00", "parts of days as ends"},
		14: {"Publié le 05/11/2024 à 08h00", Past, "le 05/11/2024 à 08h00", "minute 2024-11-05T08:00:00+01:00", "byline"},
		15: {"du 7 au 10 ans", Past, "10 ans", "year P10Y", "ages, not days"},
		16: {"dans les années 1990", Past, "dans les années 1990", "year 1990/2000", "a decade"},
		17: {"au troisième trimestre 2024", Past, "au troisième trimestre 2024", "quarter 2024-07/2024-10", "a quarter"},
		18: {"au premier semestre", Past, "au premier semestre", "month 2024-01/2024-07", "a half year, this year's in news"},
		19: {"samedi 2 et dimanche 3 novembre", Past, "samedi 2 et dimanche 3 novembre", "day 2024-11-02/2024-11-04", "two days joined by et"},
		20: {"à l'horizon 2030", Past, "à l'horizon 2030", "year 2030", "a target year"},
		21: {"à Saint-Jean-de-Luz", Past, "", "", "a town, not the feast"},
		22: {"pendant 1h", Past, "pendant 1h", "hour PT1H", "h as a unit after a preposition"},
		23: {"en 1h30", Past, "en 1h30", "minute PT1H30M", "hours and minutes"},
		24: {"il se rendra jeudi à Kiev", Past, "jeudi", "day 2024-11-07", "a verb in the future reads forward"},
		25: {"un vote prévu mercredi", Past, "mercredi", "day 2024-11-06", "prévu reads forward"},
		26: {"il a déclaré mardi qu'il viendra", Past, "mardi", "day 2024-11-05", "the future verb is in another clause"},
		27: {"le musée restera ouvert tout l'été", Past, "l'été", "day 2025-06-21/2025-09-24", "the coming summer"},
		28: {"la caméra a filmé jeudi", Past, "jeudi", "day 2024-10-31", "caméra is a noun, not a future"},
		29: {"le vote aura lieu ce mardi", Past, "ce mardi", "day 2024-11-05", "a future on the day itself may be today"},
		30: {"jusqu'à la fin du mois", Past, "jusqu'à la fin du mois", "day /2024-12-01", "this month's end, even in news"},
		31: {"dans la nuit de dimanche", Past, "dans la nuit de dimanche", "hour 2024-11-03T22:00:00+01:00/2024-11-04T06:00:00+01:00", "the night after that day"},
		32: {"le 15 juillet à 18h heure de Paris", Past, "le 15 juillet à 18h heure de Paris", "hour 2024-07-15T17:00:00+01:00", "Paris summer time, written at the reference's offset"},
		33: {"à 14h GMT+2", Future, "à 14h GMT+2", "hour 2024-11-05T13:00:00+01:00", "a numeric offset"},
		34: {"il y a une dizaine de jours", Past, "il y a une dizaine de jours", "day 2024-10-26", "an approximate number"},
		35: {"pendant une vingtaine d'années", Past, "pendant une vingtaine d'années", "year P20Y", "an approximate duration"},
		36: {"dans la soirée de mardi", Past, "dans la soirée de mardi", "hour 2024-11-05T18:00:00+01:00/2024-11-06T00:00:00+01:00", "part, then its day"},
		37: {"la veille du scrutin", Past, "", "", "the day before an event we cannot date"},
		38: {"peu avant 8h", Past, "peu avant 8h", "hour 2024-11-05T08:00:00+01:00", "about a time"},
		39: {"à compter du 1er janvier 2025", Past, "à compter du 1er janvier 2025", "day 2025-01-01/", "from a date"},
		40: {"d'ici à 2030", Past, "d'ici à 2030", "year /2031", "until the end of a year"},
		41: {"voici deux ans", Past, "voici deux ans", "day 2022-11-05", "voici as il y a"},
		42: {"au bout de trois jours", Past, "au bout de trois jours", "day P3D", "a duration"},
		43: {"les dernières 24 heures", Past, "les dernières 24 heures", "hour 2024-11-04T08:00:00+01:00/2024-11-05T08:00:00+01:00", "the number after dernières"},
		44: {"ce 5 novembre", Past, "ce 5 novembre", "day 2024-11-05", "ce before a date"},
		45: {"la réunion aura lieu du 1er au 5 novembre", Past, "du 1er au 5 novembre", "day 2024-11-01/2024-11-06", "a future verb, but this range is not over"},
		46: {"le vote aura lieu à 15h", Past, "à 15h", "hour 2024-11-05T15:00:00+01:00", "a future verb: the coming 15h"},
		47: {"dans une demi-heure", Future, "dans une demi-heure", "minute 2024-11-05T08:30:00+01:00", "half an hour"},
		48: {"pendant trois quarts d'heure", Past, "pendant trois quarts d'heure", "minute PT45M", "three quarters of an hour"},
		49: {"le 1ᵉʳ novembre", Past, "le 1ᵉʳ novembre", "day 2024-11-01", "superscript ordinal"},
		50: {"LUNDI 4 NOVEMBRE À 10\u00a0H\u202f30", Past, "LUNDI 4 NOVEMBRE À 10\u00a0H\u202f30", "minute 2024-11-04T10:30:00+01:00", "capitals and no-break spaces"},
		51: {"puis baissera à 2,4 % au 1er février", Past, "au 1er février", "day 2025-02-01", "a decimal comma is inside the clause"},
		52: {"les résultats du troisième trimestre seront publiés", Past, "du troisième trimestre", "quarter 2024-07/2024-10", "the verb is about the results, not the quarter"},
		53: {"vingt-six ans plus tard", Past, "vingt-six ans", "year P26Y", "years later counts from the story"},
		54: {"le scrutin des 8 et 9 juin 2024", Past, "des 8 et 9 juin 2024", "day 2024-06-08/2024-06-10", "des as les"},
		55: {"La Corée du Sud a convoqué lundi l'ambassadeur russe, qui devra s'expliquer", Past, "lundi", "day 2024-11-04", "the future verb is in a relative clause"},
		56: {"Jeudi, le président se rendra à Kiev", Past, "Jeudi", "day 2024-11-07", "a sentence-opening day and its future verb"},
	}},
}

// render writes a Date as the rows above expect it.
func render(d Date) string {
	lay := d.Grain.layout()
	f := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.Format(lay)
	}
	switch d.Kind {
	case Point:
		return d.Grain.String() + " " + f(d.Value)
	case Interval:
		return d.Grain.String() + " " + f(d.From) + "/" + f(d.To)
	}
	return d.Grain.String() + " " + d.Duration.ISO()
}

func longest(ds []Date) (Date, bool) {
	var best Date
	ok := false
	for _, d := range ds {
		if !ok || len(d.Text) > len(best.Text) {
			best, ok = d, true
		}
	}
	return best, ok
}

func TestFind(t *testing.T) {
	for _, g := range findGroups {
		t.Run(g.name, func(t *testing.T) {
			for i, tt := range g.rows {
				if tt.reason == "" {
					t.Errorf("%d: %q has no reason", i, tt.in)
				}
				p := Parser{Ref: tuesday, Prefer: tt.prefer}
				d, ok := longest(p.Find(tt.in))
				if tt.text == "" {
					if ok {
						t.Errorf("%d: Find(%q) = %q (%s), want nothing (%s)", i, tt.in, d.Text, render(d), tt.reason)
					}
					continue
				}
				if !ok {
					t.Errorf("%d: Find(%q) = nothing, want %q %s (%s)", i, tt.in, tt.text, tt.want, tt.reason)
					continue
				}
				if d.Text != tt.text || render(d) != tt.want {
					t.Errorf("%d: Find(%q) = %q %s, want %q %s (%s)", i, tt.in, d.Text, render(d), tt.text, tt.want, tt.reason)
				}
			}
		})
	}
}

func TestMarshalJSON(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"mardi", `{"text":"mardi","start":0,"end":5,"grain":"day","value":"2024-11-05"}`},
		{"depuis août", `{"text":"depuis août","start":0,"end":12,"grain":"month","from":"2024-08","to":null}`},
		{"en deux mois", `{"text":"en deux mois","start":0,"end":12,"grain":"month","duration":"P2M"}`},
		{"19H00 GMT", `{"text":"19H00 GMT","start":0,"end":9,"grain":"minute","value":"2024-11-04T20:00:00+01:00"}`},
	} {
		ds := Parser{Ref: tuesday}.Find(tt.in)
		if len(ds) != 1 {
			t.Fatalf("Find(%q) = %d dates, want 1", tt.in, len(ds))
		}
		b, err := ds[0].MarshalJSON()
		if err != nil || string(b) != tt.want {
			t.Errorf("MarshalJSON(%q) = %s, %v; want %s", tt.in, b, err, tt.want)
		}
	}
}

// TestDST checks that day arithmetic counts calendar days across a change
// of summer time.
func TestDST(t *testing.T) {
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Skip("no tz database")
	}
	ref := time.Date(2024, 10, 28, 8, 0, 0, 0, paris) // the day after the change
	ds := Parser{Ref: ref}.Find("il y a deux jours, dimanche soir")
	if len(ds) != 2 {
		t.Fatalf("got %d dates", len(ds))
	}
	if got := ds[0].Value.Format(time.RFC3339); got != "2024-10-26T00:00:00+02:00" {
		t.Errorf("il y a deux jours = %s", got)
	}
	if got := ds[1].From.Format(time.RFC3339); got != "2024-10-27T18:00:00+01:00" {
		t.Errorf("dimanche soir = %s", got)
	}
}

func checkSpans(t *testing.T, s string, ds []Date) {
	t.Helper()
	// rune boundaries as range decodes s (an invalid byte is a rune of its own)
	bound := make(map[int]bool, len(s)+1)
	for i := range s {
		bound[i] = true
	}
	bound[len(s)] = true
	last := 0
	for _, d := range ds {
		if d.Start < last || d.End <= d.Start || d.End > len(s) {
			t.Fatalf("Find(%q): bad span [%d,%d)", s, d.Start, d.End)
		}
		if !bound[d.Start] || !bound[d.End] {
			t.Fatalf("Find(%q): span [%d,%d) cuts a rune", s, d.Start, d.End)
		}
		if d.Text != s[d.Start:d.End] {
			t.Fatalf("Find(%q): Text %q != s[%d:%d]", s, d.Text, d.Start, d.End)
		}
		if _, err := d.MarshalJSON(); err != nil {
			t.Fatalf("MarshalJSON: %v", err)
		}
		last = d.End
	}
}

// longRuns are inputs made of one unit repeated: long runs of numbers and
// date words that a careless grammar reads in quadratic time.
var longRuns = []string{"100 ", "un ", "le 1er ", "mardi ", "1/2/3 ", "de 5 à ", "il y a deux jours, "}

// TestLongRuns reads the long runs whole; BenchmarkLongRuns measures them
// (a quadratic step shows as a collapse of MB/s, not as a test failure:
// tests make no timing assertions).
func TestLongRuns(t *testing.T) {
	for _, unit := range longRuns {
		s := strings.Repeat(unit, 5000)
		last := 0
		for _, d := range (Parser{Ref: tuesday}).Find(s) {
			if d.Start < last || d.End > len(s) || d.Text != s[d.Start:d.End] {
				t.Fatalf("Find(%q × 5000): bad span %d-%d after %d", unit, d.Start, d.End, last)
			}
			last = d.End
		}
	}
}

func BenchmarkLongRuns(b *testing.B) {
	for _, unit := range longRuns {
		s := strings.Repeat(unit, 5000)
		b.Run(strings.TrimSpace(unit), func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				Parser{Ref: tuesday}.Find(s)
			}
		})
	}
}

func TestAppendString(t *testing.T) {
	for _, s := range []string{"plain", `quo"te\back`, "tab\tnl\n\x01", "é ’ \u2028", "bad\xffutf8", "<&>"} {
		got := string(appendString(nil, s))
		var back string
		if err := json.Unmarshal([]byte(got), &back); err != nil {
			t.Errorf("appendString(%q) = %s: %v", s, got, err)
			continue
		}
		if want := strings.ToValidUTF8(s, "\ufffd"); back != want {
			t.Errorf("appendString(%q) round trip = %q, want %q", s, back, want)
		}
	}
}

func TestInvalidUTF8(t *testing.T) {
	for _, s := range []string{"le 1\xff novembre", "\xffmardi\xfe", "à 14\xc3h30", "aujourd\xe2\x80hui", strings.Repeat("\x80", 10)} {
		checkSpans(t, s, Parser{Ref: tuesday}.Find(s))
	}
}

func FuzzFind(f *testing.F) {
	for _, g := range findGroups {
		for _, tt := range g.rows {
			f.Add(tt.in)
		}
	}
	f.Add("du 13 au dimanche 15 juillet 2013 de 9h30 à 11h")
	f.Fuzz(func(t *testing.T, s string) {
		for _, pr := range []Prefer{Past, Future} {
			checkSpans(t, s, Parser{Ref: tuesday, Prefer: pr}.Find(s))
		}
	})
}

// seeds reads the seed articles, or skips.
func seeds(b *testing.B) []string {
	files, _ := filepath.Glob("../../seeds/*.txt")
	if len(files) == 0 {
		b.Skip("no seeds")
	}
	var out []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, string(data))
	}
	return out
}

func BenchmarkFindSeeds(b *testing.B) {
	docs := seeds(b)
	n := 0
	for _, d := range docs {
		n += len(d)
	}
	p := Parser{Ref: tuesday}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			p.Find(d)
		}
	}
}

// suitePhrases reads the evaluation suite's phrases, or the table's.
func suitePhrases() []string {
	var phrases []string
	if data, err := os.ReadFile("../../../shared/eval/dates_fr.jsonl"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			var c struct{ Text string }
			if json.Unmarshal([]byte(line), &c) == nil && c.Text != "" {
				phrases = append(phrases, c.Text)
			}
		}
	}
	if len(phrases) == 0 {
		for _, g := range findGroups {
			for _, tt := range g.rows {
				phrases = append(phrases, tt.in)
			}
		}
	}
	return phrases
}

func BenchmarkFindPhrases(b *testing.B) {
	phrases := suitePhrases()
	n := 0
	for _, s := range phrases {
		n += len(s)
	}
	p := Parser{Ref: tuesday, Prefer: Future}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	count := 0
	for b.Loop() {
		for _, s := range phrases {
			p.Find(s)
		}
		count += len(phrases)
	}
	b.ReportMetric(float64(count)/b.Elapsed().Seconds(), "phrases/s")
}
