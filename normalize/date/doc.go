// Package date finds French temporal expressions in text and resolves them
// against a reference time, the publication time of the article:
//
//	p := date.Parser{Ref: published} // Prefer zero value: Past, as news reads
//	for _, d := range p.Find("Le ministre a déclaré vendredi qu'il partirait en juin.") {
//		fmt.Println(d.Text, d.Grain, d.Value.Format("2006-01-02"))
//	}
//
// Each [Date] is a point (Value, at a [Grain]), an interval (From, To with
// To exclusive; either may be zero for an open interval) or a duration
// ([Duration], "en deux mois" = P2M). [Date.MarshalJSON] writes the shape
// the annotate command prints.
//
// # What is read
//
//   - absolute dates: "vendredi 1er novembre 2024", "le 24 octobre", "en
//     juin", "juin 2024", "en 2022", "l'hiver 2022", "le 11/10/2024",
//     "2013-03-01", holidays ("Noël", "la Toussaint", "lundi de Pâques");
//   - relative dates: "aujourd'hui" (any apostrophe), "hier", "avant-hier",
//     "demain", "ce mardi", "mardi dernier", "mardi prochain", "lundi en
//     huit", "la semaine dernière", "le week-end dernier", "il y a deux
//     jours", "dans trois semaines", "deux jours plus tard";
//   - times: "vers 22H00", "19H00 GMT" (an explicit zone is honoured and the
//     time written at the reference's offset), "à 14 h 30", "à midi",
//     "quinze heures moins le quart", "8:10 PM";
//   - parts of days and periods: "dimanche soir" (18–24h), "lundi matin"
//     (4–12h), "en fin d'après-midi", "en début de semaine", "fin mars",
//     "mi-décembre", "le premier week-end de septembre";
//   - intervals: "du 1er au 5 novembre", "entre mai et juillet", "de 9h30 à
//     11h", "2022-2023", "les 3 derniers jours", "ces derniers jours", "dans
//     les prochains jours"; open intervals: "depuis août", "à partir du 8
//     mars", "avant 16h";
//   - durations: "en deux mois", "pendant trois ans", "plus de deux ans".
//
// # Past and Future
//
// An underspecified expression is read by [Parser.Prefer]. News speaks of
// the past: in an article of Tuesday 5 November 2024, "mardi" is that day,
// "jeudi" is 31 October and "en octobre" is October 2024 ([Past], the zero
// value). Calendar assistants read forward: "mardi" is 12 November ([Future],
// Duckling's reading). Words that say the direction ("prochain", "dernier")
// win over Prefer. Two exceptions in the Past reading: a day and month in
// the coming month ("le 18 novembre") and next month's name ("en décembre")
// are read forward, as a French reader would; a weekday written with a day
// and month picks the year where they agree ("le mardi 12 novembre"); and
// an expression in a clause whose verb is in the future ("il se rendra
// jeudi à Kiev", "un vote prévu mercredi") is read forward, today included.
//
// # Design
//
// The text is cut into tokens (words folded to lowercase without accents,
// digit runs, punctuation) and a hand-written grammar reads them: a moment
// is any run of components (relative day, weekday, day of month, month,
// year, time, part of day, holiday) in the orders French uses, and the
// top-level rules build intervals, offsets, ranges, periods and durations
// on top of moments. At each token the longest reading wins, and rules are
// only tried a few tokens before a word that carries date meaning, which
// keeps the scan fast on running text. Numbers below a hundred are read
// from the tokens; larger ones ("deux cents ans", "1 000 jours") go through
// package number. Word tables
// are unexported; the lookup map is built on first use. Day arithmetic uses
// time.Date and AddDate, never 24-hour days, and nothing calls time.Now.
package date
