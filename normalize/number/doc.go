// Package number finds and parses French numbers in text.
//
// Find reads running text; Parse reads a string that is one number:
//
//	for _, n := range number.Find("Environ 10 000 soldats ont été envoyés.") {
//		fmt.Println(n.Text, n.Value, n.Qualifier, n.Unit)
//	}
//	// environ 10 000 10000 about soldats
//
//	v, err := number.Parse("quatre-vingt-dix-neuf") // 99, nil
//
// Both are safe for concurrent use. Spans are byte offsets into the string
// passed in, and Text is always s[Start:End].
//
// # What is read
//
//   - Digits in every French convention: 10000, 10.000, 10 000 (with a
//     space, a no-break space U+00A0 or a narrow no-break space U+202F),
//     decimals 1,5 and 6.700,54, a dot before anything but three digits as a
//     decimal point (3.5), signs (-5, −5, and "- 5" at the start of a line),
//     the multipliers K, M, G and Md ("100K", "1,2M", ",0012G").
//   - Number words, all of French: "trois", "vingt et un", "soixante-dix",
//     "quatre-vingt-dix-neuf", "deux cent mille", "mil neuf cent vingt",
//     the 1990 hyphenated spelling ("vingt-et-un", "deux-cent-mille"), the
//     Belgian and Swiss "septante", "huitante", "octante", "nonante", spoken
//     decimals ("zéro virgule cinq") and the spoken minus ("moins 5").
//   - Scales after digits or words: "1,5 million", "2 milliards", "deux
//     millions et demi", "un demi-million".
//   - Ordinals: "1er", "1re", "2e", "2ème", "2nd", Roman "XXIe", "IIe",
//     words "premier", "quatrième", "vingt et unième". Value is the rank.
//     An ordinal has no Unit and no Qualifier.
//   - Fractions: "un tiers", "deux tiers", "trois quarts", and a count
//     before a plural ordinal ("deux cinquièmes": 0.4). The noun follows
//     "de", "des" or "du": "les deux tiers des Français" → "Français".
//   - Collective nouns: "une trentaine" (30), "un millier" (1000), "deux
//     centaines" (200), "une dizaine de milliers" (10 000), all Approx with
//     Qualifier About (unless a qualifier before them says more: "plus
//     d'une centaine" is MoreThan).
//   - Vague amounts: "des milliers", "plusieurs centaines", "quelques
//     dizaines de milliers": Known is false and Qualifier is Vague.
//   - Qualifiers, kept in Text: "environ", "près de", "quelque", "autour
//     de" (About, and Approx); "au moins", "pas moins de" (AtLeast); "plus
//     de" (MoreThan); "moins de" (LessThan); "jusqu'à" with either
//     apostrophe, "au plus" (UpTo).
//   - Ranges: "de 22 à 83 ans", "entre 10 000 et 12 000", "20 à 25 %",
//     "20-25", "20–25": HasRange, Min and Max; Value is Min. A range needs
//     the lower bound first ("de 3 à 1" is two numbers); a scale on the
//     upper bound applies to both ("de 10 à 15 millions").
//
// # Units and counted nouns
//
// Unit is what the number counts or measures, as written: a symbol after
// the number ("%", "€", "°C") or a currency symbol right before it ("$5"),
// "pour cent" (written "%"), a unit glued to the digits ("10km", "m2"), or
// the next word when it can be a noun: "10 000 soldats" → "soldats", "19
// ans" → "ans", "2 petits-enfants" → "petits-enfants". The rules:
//
//   - after a scale or a collective noun the noun comes after "de": "2
//     millions de personnes" → "personnes" (after a fraction also "des",
//     "du");
//   - a few adjectives that stand before a noun are stepped over: "une
//     trentaine d’autres blessés" → "blessés", "un seul soldat" → "soldat";
//     with no noun after them there is no unit ("30 autres");
//   - after a count of two or more the noun is plural (ends in s, x or z,
//     or is a unit symbol or an acronym), which keeps verbs out: "une
//     personne sur trois déclare" has no unit;
//   - function words (articles, prepositions, pronouns, auxiliaries,
//     determiners, month and weekday names; the list is stopwords.txt) are
//     never units;
//   - ordinals have no unit ("le 1er ministre", "XXIe siècle").
//
// # What is not reported
//
// A number that is a name, a date or a time is not a quantity, and Find
// leaves it out:
//
//   - digits glued to letters: "G7", "MI5", "Covid-19", "F-16", "A380",
//     "2CV", "4x100"; one digit before G or K names a technique ("5G",
//     "4K");
//   - digits after a capitalised name, which belong to it: "CAC 40",
//     "Boeing 737", "Ligue 1", "France 2" (capitalised function words,
//     weekdays and qualifiers at the start of a sentence are not names:
//     "Environ 150 000", "Mardi 5 novembre");
//   - clock times "22H00", "07 h 30", "15h", "10:30", numeric dates
//     "11.10.2024", "11/10/2024", "2024-11-01", spans of years "2022-2023"
//     and "2022–2023", scores ("3-1"), telephone numbers ("06 12 34 56
//     78"), and digits with a leading zero;
//   - years: four digits from 1000 to 2100 are a year unless a qualifier
//     ("plus de 2000") or a counted noun ("2000 soldats", "entre 1500 et
//     2000 euros") makes them a count; after "en", "depuis", a month or a
//     season only a duration noun does ("depuis 1000 jours", but "en 2022",
//     "février 2022", "l'hiver 2023"); "les années 90", "l'an 2000";
//   - Roman numerals without an ordinal ending ("Louis XIV"), and "Ier"
//     after a name ("Napoléon Ier");
//   - a number word inside a hyphenated word that is not a number
//     ("Mille-Îles", "deux-roues"), and a capitalised number word inside a
//     sentence before another capitalised word ("la guerre des Six Jours");
//   - "un"/"une" alone, which is an article ("un jeune de 19 ans", "il a
//     vu un policier"). It is a count of one as the whole text, after a
//     qualifier ("au moins un policier"), before a unit of measure ("une
//     tasse", list in units.txt) or "seul", and in casualty reports: after
//     a verb of killing or wounding ("tuant un policier"), before a
//     casualty noun ("un mort", "une victime"), or before a noun followed
//     by a casualty participle ("Un policier tué"). Inside a number it
//     always counts ("vingt et un", "un million", "une trentaine");
//   - "neuf" alone, which is also an adjective ("un avion neuf", "remis à
//     neuf"), unless a determiner or "numéro" comes before it ("le neuf
//     février"), a noun follows ("neuf soldats"), or it is the whole text;
//   - the title "Premier ministre" (but "1er ministre" is written as a
//     rank and read as ordinal 1);
//   - "seconde" after a number or "une" (a unit of time), plural ordinals
//     with no count before them ("les premiers", "les dixièmes"), "moins"
//     in a clock time ("deux heures moins dix").
//
// Day numbers stay numbers ("le 11 octobre": 11), and so do counts with no
// noun ("les 27": 27, no unit).
//
// # Parse
//
// Parse reads one number with the same grammar but without the context
// rules above: Parse("un") is 1, Parse("2022") is 2022. Its errors are
// *NumError values wrapping ErrSyntax or ErrRange, as in strconv.
package number
