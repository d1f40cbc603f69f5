// Package entities finds the people, places, countries, organizations and
// media named in a French news article.
//
//	d, err := entities.Default()
//	if err != nil { … }
//	for _, m := range d.Find(article) {
//		fmt.Println(m.Text, m.ID, m.Kind) // "Choe Son-hui" person:choe-son-hui name
//	}
//	groups := entities.Group(d.Find(article)) // one entry per entity
//
// # Dictionary
//
// A [Dictionary] holds entities: a stable id ("country:kp"), a canonical
// French name ("Corée du Nord"), a [Type], aliases and spelling variants
// ("RPDC", "North Korea"), for countries their demonyms in all forms
// ("nord-coréen", "nord-coréennes"…) and their capital as a metonym
// ("Pyongyang"), for people their roles. It is built once and never changes:
// one Dictionary is safe for concurrent use.
//
// [Default] returns the built-in dictionary, the files entities/data/*.tsv
// embedded in the binary and parsed on the first call (never at import).
// [Load] reads the same format from any reader, [LoadJSON] a JSON array of
// [Entity], and [Merge] combines dictionaries, a later entity replacing an
// earlier one with the same id:
//
//	mine, err := entities.Load(strings.NewReader("person:andrii-matvienko\tperson\tAndriï Matvienko\n"))
//	def, _ := entities.Default()
//	d, err := entities.Merge(def, mine)
//
// # Format
//
// UTF-8, one entity per line, tab-separated columns; lines starting with "#"
// and blank lines are ignored; trailing empty columns may be left out:
//
//  1. id: lowercase ASCII with a type prefix: country:kp, place:kharkiv,
//     org:otan, gov:us-pentagone, media:afp, person:volodymyr-zelensky;
//  2. type: person, country, place, organization, group, media or other;
//  3. canonical: the name the French press uses;
//  4. aliases, " | "-separated: other names and spelling variants (Kiev |
//     Kyiv); case, accent and hyphen variants need not be listed;
//  5. demonyms, " | "-separated, all forms (ukrainien | ukrainienne |
//     ukrainiens | ukrainiennes);
//  6. metonyms, " | "-separated: names standing for the entity, a
//     country's capital (Kiev | Kyiv for country:ua);
//  7. related: the id of the entity's country;
//  8. roles, people only, " | "-separated, with years:
//     président de l'Ukraine (2019-).
//
// A bad entry is reported as an [*Error] naming its line
// ("entities: line 12: bad entry: …"); text is brought to NFC.
//
// # Matching
//
// The text is cut into words; each word is folded (lower case, no accents,
// œ as oe, ’ as ') and the folded word sequences are walked in a trie of the
// folded names, so matching ignores case, accents, apostrophe style and
// hyphens ("Choe Son Hui" is "Choe Son-hui", "Serguei" is "Sergueï") and
// costs one hash look-up per word, however many names there are. Matches
// are whole words, leftmost and longest first ("Washington Post" is a
// medium, not Washington), and never start or end inside a capitalised
// compound ("Bretagne" in "Grande-Bretagne" is not Bretagne). The words of a
// name written with a capital must be met with one ("Le Monde", not "le monde
// entier"; "Orange", not "orange"), a short acronym in capitals ("UN", not
// "Un"), and a month name is never a name ("Mars").
//
// # Kinds of mention
//
// A [Mention] has a [Kind]:
//   - [KindName]: a name, or a short form of a person named in the same
//     article ("Zelensky", "M. Zelensky" after "Volodymyr Zelensky"; "Choe"
//     after "Choe Son-hui");
//   - [KindMetonym]: a capital standing for its country: "Moscou a
//     affirmé", "selon Séoul", "entre Moscou et Pyongyang", "le soutien à
//     Moscou" (while "à Moscou", "près de Kiev", "la région de Moscou" are
//     the places);
//   - [KindRole]: a role phrase standing for a person named in the article:
//     "le président ukrainien", "la ministre", "le chef de la diplomatie
//     nord-coréenne" (the role words are in roles.txt);
//   - [KindDemonym]: a nationality adjective or noun ("les soldats
//     nord-coréens", "la police ukrainienne", "des Nord-Coréens"), a
//     reference to the country kept apart from its names.
//
// Roles and titles before or after a name ("le ministre nord-coréen des
// Affaires étrangères Choe Son-hui", "M. Zelensky", "Andriï Kovalenko, un
// responsable du…") are kept in [Mention.Role].
//
// Names missing from the dictionary are still found where only a name can
// stand: after a role or title, before or after a reporting verb ("X a
// déclaré", "a indiqué mardi X."), after "selon", after "la ville de", "le
// village de", "près de", "le quotidien", between commas after a noun ("la
// personne tuée, Andriï Matvienko, avait…"). Sentence-initial words, month
// and weekday names, demonyms and capitalised common nouns ("État") are not
// names. An unknown name gets an article-local id ("local:andrii-matvienko"),
// a type read from its position (person, place, organization, media, or
// other when a single word could be any) and a confidence below 1; its later
// short forms ("M. Matvienko", "Matvienko") are the same entity. A given
// name (givennames.txt, from the Dicollecte dictionary) followed by a
// capitalised word is a person wherever it stands ("Kévin Laroche encourt
// …"); a body named in full and then by an acronym in parentheses ("l’Agence
// régionale de santé (ARS)") is an organisation, and the acronym, there and
// later, the same one.
//
// Institutions bound to a country by a demonym or a complement ("le
// ministère sud-coréen de la Défense", "l'agence du renseignement
// sud-coréen", "l'armée russe") get a generated id
// ("gov:kr-ministere-defense") and the canonical name "ministère de la
// Défense (Corée du Sud)"; the demonym inside is reported as well. A
// definite one named without its country, speaking after its verb ("…, a
// annoncé le ministère des Affaires étrangères"), takes the country its
// sentence opens with, at confidence 0.5. A feminine role ("la
// présidente") is not resolved to a person whose given name is masculine.
//
// Mention spans are byte offsets into the text given to Find, sorted by
// position; a demonym may lie inside an institution or role mention.
package entities
