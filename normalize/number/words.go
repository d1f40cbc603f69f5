package number

import (
	_ "embed"
	"strings"
	"sync"
)

// wkind is the grammatical role of a number word.
type wkind uint8

const (
	wNone    wkind = iota
	wZero          // zéro
	wUnit          // un … neuf
	wDix           // dix
	wTeen          // onze … seize
	wTens          // vingt … nonante
	wCent          // cent
	wMille         // mille, mil
	wScale         // million, milliard, billion …
	wCollect       // dizaine, trentaine, centaine, millier: an approximate count
	wEt            // et, as in "vingt et un"
	wVirgule       // virgule: the decimal comma spoken
	wDemi          // demi, as in "un demi-million", "deux millions et demi"
	wFirst         // premier, première: ordinal 1, only on its own
	wSecond        // second, seconde: ordinal 2, only on its own
	wDet           // des, plusieurs, quelques: opens a vague amount ("des milliers")
	wMoins         // moins: a spoken minus sign ("moins 5")
	wFrac          // tiers, quart: a fraction's denominator ("deux tiers")
)

// wordInfo describes one folded number word.
type wordInfo struct {
	kind    wkind
	val     float64
	ordinal bool // "vingtième": the word closes an ordinal
	plural  bool // "cents", "millions", "dizaines", "cinquièmes"
}

// numberWords maps the folded spelling of every French number word to its
// role, with the few other words the grammar needs ("et", "virgule",
// "moins", "demi", "tiers", and the determiners of vague amounts).
// Ordinals are listed with the cardinal they end ("dix-septième" is "dix"
// then the ordinal of "sept"). Belgian and Swiss tens (septante, huitante,
// octante, nonante) are included. The table is small (about 170 entries)
// and built once at start-up.
var numberWords = func() map[string]wordInfo {
	m := map[string]wordInfo{
		"zero": {kind: wZero}, "zeros": {kind: wZero, plural: true},
		"un": {kind: wUnit, val: 1}, "une": {kind: wUnit, val: 1},
		"dix":  {kind: wDix, val: 10},
		"cent": {kind: wCent, val: 100}, "cents": {kind: wCent, val: 100, plural: true},
		"mille": {kind: wMille, val: 1000}, "mil": {kind: wMille, val: 1000},
		"et":      {kind: wEt},
		"virgule": {kind: wVirgule},
		"demi":    {kind: wDemi, val: 0.5}, "demie": {kind: wDemi, val: 0.5},
		"moins": {kind: wMoins},
		"tiers": {kind: wFrac, val: 3}, "quart": {kind: wFrac, val: 4}, "quarts": {kind: wFrac, val: 4, plural: true},
		"premier": {kind: wFirst, val: 1, ordinal: true}, "premiere": {kind: wFirst, val: 1, ordinal: true},
		"second": {kind: wSecond, val: 2, ordinal: true}, "seconde": {kind: wSecond, val: 2, ordinal: true},
		// Ordinal-only stems.
		"unieme":  {kind: wUnit, val: 1, ordinal: true},
		"dixieme": {kind: wDix, val: 10, ordinal: true}, "dixiemes": {kind: wDix, val: 10, ordinal: true, plural: true},
		"centieme": {kind: wCent, val: 100, ordinal: true}, "centiemes": {kind: wCent, val: 100, ordinal: true, plural: true},
		"millieme": {kind: wMille, val: 1000, ordinal: true}, "milliemes": {kind: wMille, val: 1000, ordinal: true, plural: true},
	}
	units := []string{"", "", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"}
	unitOrd := []string{"", "", "deuxieme", "troisieme", "quatrieme", "cinquieme", "sixieme", "septieme", "huitieme", "neuvieme"}
	for v := 2; v <= 9; v++ {
		m[units[v]] = wordInfo{kind: wUnit, val: float64(v)}
		m[unitOrd[v]] = wordInfo{kind: wUnit, val: float64(v), ordinal: true}
		m[unitOrd[v]+"s"] = wordInfo{kind: wUnit, val: float64(v), ordinal: true, plural: true}
	}
	teens := []string{"onze", "douze", "treize", "quatorze", "quinze", "seize"}
	teenOrd := []string{"onzieme", "douzieme", "treizieme", "quatorzieme", "quinzieme", "seizieme"}
	for k, w := range teens {
		v := float64(11 + k)
		m[w] = wordInfo{kind: wTeen, val: v}
		m[teenOrd[k]] = wordInfo{kind: wTeen, val: v, ordinal: true}
		m[teenOrd[k]+"s"] = wordInfo{kind: wTeen, val: v, ordinal: true, plural: true}
	}
	tens := []struct {
		w string
		v float64
	}{{"vingt", 20}, {"trente", 30}, {"quarante", 40}, {"cinquante", 50}, {"soixante", 60},
		{"septante", 70}, {"octante", 80}, {"huitante", 80}, {"nonante", 90}}
	for _, t := range tens {
		m[t.w] = wordInfo{kind: wTens, val: t.v}
		stem := strings.TrimSuffix(t.w, "e")
		m[stem+"ieme"] = wordInfo{kind: wTens, val: t.v, ordinal: true}
		m[stem+"iemes"] = wordInfo{kind: wTens, val: t.v, ordinal: true, plural: true}
	}
	m["vingts"] = wordInfo{kind: wTens, val: 20, plural: true}
	scales := []struct {
		w string
		v float64
	}{{"million", 1e6}, {"milliard", 1e9}, {"billion", 1e12}, {"billiard", 1e15}, {"trillion", 1e18}}
	for _, sc := range scales {
		m[sc.w] = wordInfo{kind: wScale, val: sc.v}
		m[sc.w+"s"] = wordInfo{kind: wScale, val: sc.v, plural: true}
		m[sc.w+"ieme"] = wordInfo{kind: wScale, val: sc.v, ordinal: true}
		m[sc.w+"iemes"] = wordInfo{kind: wScale, val: sc.v, ordinal: true, plural: true}
	}
	collect := []struct {
		w string
		v float64
	}{{"dizaine", 10}, {"douzaine", 12}, {"quinzaine", 15}, {"vingtaine", 20}, {"trentaine", 30},
		{"quarantaine", 40}, {"cinquantaine", 50}, {"soixantaine", 60}, {"septantaine", 70},
		{"huitantaine", 80}, {"nonantaine", 90}, {"centaine", 100}, {"millier", 1000}}
	for _, c := range collect {
		m[c.w] = wordInfo{kind: wCollect, val: c.v}
		m[c.w+"s"] = wordInfo{kind: wCollect, val: c.v, plural: true}
	}
	// Determiners that open a vague amount when a plural collective or
	// scale noun follows: "des milliers", "plusieurs centaines",
	// "quelques dizaines", "par milliers".
	for _, d := range []string{"des", "plusieurs", "quelques", "nombreux", "nombreuses", "les", "ces", "par"} {
		m[d] = wordInfo{kind: wDet}
	}
	return m
}()

// numberWordLens has bit n of entry c set when a key of numberWords starts
// with byte c and has length n: a cheap filter before the map lookup.
var numberWordLens = func() (m [256]uint32) {
	for k := range numberWords {
		if len(k) < 32 {
			m[k[0]] |= 1 << len(k)
		}
	}
	return m
}()

// lookupWord returns the role of the folded word key.
func lookupWord(key string) (wordInfo, bool) {
	w, ok := numberWords[key]
	return w, ok
}

// qualifier phrases, folded, matched backwards from the first token of a
// number. Longer phrases are listed before the shorter ones they end with.
var qualifierPhrases = []struct {
	words []string
	q     Qualifier
}{
	{[]string{"un", "peu", "plus", "de"}, MoreThan},
	{[]string{"un", "peu", "plus", "d'"}, MoreThan},
	{[]string{"un", "peu", "moins", "de"}, LessThan},
	{[]string{"un", "peu", "moins", "d'"}, LessThan},
	{[]string{"pas", "moins", "de"}, AtLeast},
	{[]string{"pas", "moins", "d'"}, AtLeast},
	{[]string{"pas", "plus", "de"}, UpTo},
	{[]string{"pas", "plus", "d'"}, UpTo},
	{[]string{"tout", "au", "plus"}, UpTo},
	{[]string{"au", "plus"}, UpTo},
	{[]string{"au", "maximum"}, UpTo},
	{[]string{"au", "minimum"}, AtLeast},
	{[]string{"au", "moins"}, AtLeast},
	{[]string{"plus", "ou", "moins"}, About},
	{[]string{"a", "peu", "pres"}, About},
	{[]string{"aux", "alentours", "de"}, About},
	{[]string{"aux", "alentours", "d'"}, About},
	{[]string{"pas", "loin", "de"}, About},
	{[]string{"pas", "loin", "d'"}, About},
	{[]string{"autour", "de"}, About},
	{[]string{"autour", "d'"}, About},
	{[]string{"au", "dela", "de"}, MoreThan},
	{[]string{"au", "dela", "d'"}, MoreThan},
	{[]string{"plus", "de"}, MoreThan},
	{[]string{"plus", "d'"}, MoreThan},
	{[]string{"moins", "de"}, LessThan},
	{[]string{"moins", "d'"}, LessThan},
	{[]string{"pres", "de"}, About},
	{[]string{"pres", "d'"}, About},
	{[]string{"jusqu'", "a"}, UpTo},
	{[]string{"environ"}, About},
	{[]string{"quelque"}, About},
	{[]string{"approximativement"}, About},
	{[]string{"grosso", "modo"}, About},
	{[]string{"presque"}, About},
	{[]string{"quasiment"}, About},
}

// qualifierEnds holds the last word of every qualifier phrase: a number
// not preceded by one of them has no qualifier.
var qualifierEnds = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range qualifierPhrases {
		m[p.words[len(p.words)-1]] = true
	}
	return m
}()

// yearContext holds words after which a number is a year or a decade,
// never a count: "en 2022", "février 2022", "l'an 2000", "les années 90".
var yearContext = map[string]bool{
	"en": true, "depuis": true, "an": true, "annee": true, "annees": true,
	"printemps": true, "ete": true, "automne": true, "hiver": true,
	"courant": true, "fin": true, "debut": true, "mi": true, "exercice": true, "saison": true,
	"janvier": true, "fevrier": true, "mars": true, "avril": true, "mai": true, "juin": true,
	"juillet": true, "aout": true, "septembre": true, "octobre": true, "novembre": true,
	"decembre": true, "promotion": true, "millesime": true, "cru": true, "cuvee": true, "modele": true,
}

// durationNouns after a year-like number make it a duration even after
// "en" or "depuis": "depuis 1000 jours", "en 2000 ans".
var durationNouns = map[string]bool{
	"jours": true, "semaines": true, "mois": true, "ans": true, "années": true, "siècles": true,
	"heures": true, "minutes": true, "secondes": true, "km": true, "kilomètres": true, "mètres": true,
}

// monthNames are never counted nouns: "le 11 octobre" has no unit.
var monthNames = map[string]bool{
	"janvier": true, "fevrier": true, "mars": true, "avril": true, "mai": true, "juin": true,
	"juillet": true, "aout": true, "septembre": true, "octobre": true, "novembre": true, "decembre": true,
}

// preNominal holds adjectives that stand between a number and its noun:
// "une trentaine d’autres blessés", "trois nouveaux soldats".
var preNominal = map[string]bool{
	"autres": true, "nouveaux": true, "nouvelles": true, "premiers": true, "premieres": true,
	"derniers": true, "dernieres": true, "petits": true, "petites": true, "grands": true,
	"grandes": true, "anciens": true, "anciennes": true, "vieux": true,
	"seul": true, "seule": true, "seuls": true, "seules": true, "principaux": true, "principales": true, "bons": true, "bonnes": true,
}

// casualtyVerbs, before "un"/"une", make it a count of one victim: "tuant
// un policier", "a blessé une femme". ("faisant un mort" is read from the
// casualty noun: "faire" alone is too common.)
var casualtyVerbs = map[string]bool{
	"tuant": true, "tue": true, "tuent": true, "tuer": true, "blessant": true, "blesse": true,
	"blessent": true, "blesser": true, "abattu": true, "abattant": true, "tuee": true, "blessee": true,
}

// casualtyWords, right after "un"/"une" or after its noun, make it a count
// of one victim: "un mort", "une victime", "Un policier tué".
var casualtyWords = map[string]bool{
	"mort": true, "morte": true, "tue": true, "tuee": true, "blesse": true, "blessee": true,
	"victime": true, "disparu": true, "disparue": true,
}

// determiners after which "neuf" and "seconde" are numbers, not adjectives
// or time units: "le neuf février", "la seconde guerre".
var determiners = map[string]bool{
	"le": true, "la": true, "les": true, "l'": true, "ce": true, "cet": true, "cette": true, "ces": true,
	"son": true, "sa": true, "ses": true, "leur": true, "leurs": true, "notre": true, "nos": true,
	"votre": true, "vos": true, "mon": true, "ma": true, "mes": true, "du": true, "au": true, "aux": true,
	"numero": true, "no": true, "chapitre": true, "article": true,
}

//go:embed stopwords.txt
var stopwordsTxt string

//go:embed units.txt
var unitsTxt string

// wordSet parses an embedded list: one folded word a line, '#' comments.
func wordSet(txt string) map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(txt, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || l[0] == '#' {
			continue
		}
		m[l] = true
	}
	return m
}

// stopwords: function words that never name what a number counts.
var stopwords = sync.OnceValue(func() map[string]bool { return wordSet(stopwordsTxt) })

// measureUnits: units of measure and currencies, written out or abbreviated.
var measureUnits = sync.OnceValue(func() map[string]bool { return wordSet(unitsTxt) })
