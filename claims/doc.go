// Package claims finds attributed statements in French news articles: who
// said what, how, and when.
//
//	a, _ := article.Parse(src)
//	cs, err := claims.Extract(a) // or: var x claims.Extractor; x.Extract(a)
//	for _, c := range cs {
//		fmt.Println(c) // direct_quote  [elle = person:…] a-t-elle dit: …
//	}
//
// # What a claim is
//
// A [Claim] has a speaker (an entity from package entities when there is
// one, else the speaker's words: "des responsables de la sécurité"), a cue
// (the reporting verb group or marker), a [Kind], the content (for a
// quotation, the quoted words without guillemets), the date the statement
// was made when the text gives it ("a déclaré vendredi"), the numbers and
// dates inside the content, the entities it is about, its sentence, and
// spans for each part. Offsets are bytes into Article.Text.
//
// # Shapes covered
//
//   - quotations in « » and “ ”, over several sentences, with the speaker
//     before ("X a déclaré : « … »"), after ("« … », a déclaré X", "« … » X
//     a déclaré mardi à Reuters", "« … » il a ajouté") or in an incise
//     ("« … », a-t-elle dit, « … »", "soulignent-ils"), an incise inside
//     the marks ("« …, a-t-il ajouté. … »", "« …, a martelé X à la barre.
//     … »"), and quotations that package article recovered where the marks
//     were lost; quoted words that start in lower case and end no sentence
//     are a fragment of the reporter's sentence ("a salué « un succès »"),
//     and keep the claim's kind (indirect);
//   - indirect speech: a reporting verb of [DefaultVerbs] (verbs.txt,
//     matched through the snowball French stemmer, every tense) followed by
//     "que …", an infinitive ("affirme avoir pris", "a promis de verser"),
//     an object for the verbs whose object is itself a claim (flag n in
//     verbs.txt: "a démenti les informations", "a annoncé son arrivée", "a
//     fait état de 43 morts"), "accuser X de …", "appeler X à …", or
//     inverted after the content ("…, a déclaré X", "…, ont confirmé à l’AFP
//     des sources", "c’est ce qu’a déclaré X"); gerunds take the main
//     clause's subject ("…, soulignant que …");
//   - "selon X", "d’après X", "à en croire X", "aux dires de X", "de source
//     X", "a-t-on appris auprès de X", "les affirmations de X selon
//     lesquelles …", "…, ce que dément X", with chains ("selon Séoul, citant
//     des sources du renseignement" → Via; "X, citant Y, a rapporté");
//   - pronoun and short speakers: "il", "elle", "ils", "selon lui" resolve
//     to the most recent speaker or sentence subject of the same number and
//     gender; gender comes from what the text said ("la ministre", "Mme",
//     "a-t-elle dit") or from the noun (genders.txt.gz, generated from the
//     Dicollecte dictionary: "l’armée" is feminine, "le ministère"
//     masculine); "selon la même source", "ces sources", "le ministre" go
//     to the previous speaker, a bare role only to one who holds it;
//   - addressees, media and parentheses between a verb and what was said
//     ("a raconté à l’AFP avoir …", "a dénoncé sur Facebook un acte …", "a
//     évoqué, sous couvert d’anonymat, la piste …"), fronted complements
//     before a subject, relative clauses ("le maire, qui a déclaré que …";
//     "selon la préfecture, qui a fait état de …"), a verb inside what a
//     fronted "selon X," reports (part of that claim), "ce que X a démenti";
//   - stance: denial ("a démenti", not "n’a pas nié"), confirmation, hedging
//     ("présumé", "selon des sources"), and the journalistic conditional
//     ("aurait envoyé") reported as a [ReportedFact] with [Conditional]
//     stance; the journalist's own sentences that carry counted numbers are
//     reported facts too;
//   - statement dates are read from the attribution words and resolved
//     against the publication date; the content's dates are resolved from
//     the statement date.
//
// # Across articles
//
// [Compare] groups the claims of several articles that give the same
// measured fact — the same counted noun (stemmed: soldats, soldat and
// troupes count alike) or the same outcome (tués, blessés: "en blessant 26
// autres, ainsi que quatre civils" is one total of 30), shared entities (a
// country counts half: a demonym is in many unrelated sentences), time that
// does not contradict (weekdays named, dates within days) — and gives a
// [Verdict]. Values are compared as intervals ("environ", "plus de",
// "jusqu’à"): the same value agrees; overlapping values, or a smaller count
// stated as a part ("dont", "d’entre eux", "déjà", "soldats des forces
// spéciales"), refine; anything else conflicts. [Format] prints the groups
// as text. The grouping comes from the claims' structure only.
//
// # Speed
//
// Numbers and dates are found once per text, subjects are looked for
// within a bounded window, and verbs are looked up once per token and
// stemmed once per distinct word: the work is linear in the article. See
// BenchmarkPipeline and BenchmarkExtract.
//
// # Accuracy
//
// testdata/annotated.txt (sentences) and testdata/heldout_*.txt (whole
// articles that helpers wrote and annotated without seeing the code) are
// scored by the tests; testdata/README.md gives each batch's first score,
// measured before any change was made for it.
//
// # Output
//
// [Claim.MarshalJSON] writes the extract command's contract ({"speaker",
// "cue", "kind", "content", "date", "numbers", "about", "sentence",
// "start", "end"}); [Claim.String] is one line for a text report.
//
// An [Extractor] is safe for concurrent use. Its zero value uses the
// built-in verbs and entities.Default().
package claims
