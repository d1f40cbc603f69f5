package number_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/frnews/frnews/normalize/number"
)

// render writes a Number on one line for table tests:
//
//	"environ 10 000"=10000 ~ about unit=soldats
//
// "?" stands for an unknown value, "ord" for an ordinal, "~" for approx,
// [min..max] for a range.
func render(n number.Number) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%q=", n.Text)
	if n.Known {
		fmt.Fprintf(&b, "%v", n.Value)
	} else {
		b.WriteString("?")
	}
	if n.Ordinal {
		b.WriteString(" ord")
	}
	if n.Approx {
		b.WriteString(" ~")
	}
	if n.Qualifier != number.Exact {
		b.WriteString(" " + string(n.Qualifier))
	}
	if n.HasRange {
		fmt.Fprintf(&b, " [%v..%v]", n.Min, n.Max)
	}
	if n.Unit != "" {
		b.WriteString(" unit=" + n.Unit)
	}
	return b.String()
}

type findCase struct {
	in     string
	want   []string // render of each Number, in order
	reason string
}

func runFind(t *testing.T, cases []findCase) {
	t.Helper()
	for i, c := range cases {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			var got []string
			for _, n := range number.Find(c.in) {
				got = append(got, render(n))
				if c.in[n.Start:n.End] != n.Text {
					t.Errorf("Find(%q): Text %q != s[%d:%d]", c.in, n.Text, n.Start, n.End)
				}
			}
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("%d: Find(%q) (%s)\n got: %s\nwant: %s", i, c.in, c.reason,
					strings.Join(got, " | "), strings.Join(c.want, " | "))
			}
		})
	}
}

var findDigitsCases = []findCase{
	0:  {"10.000 soldats", []string{`"10.000"=10000 unit=soldats`}, "dot groups thousands"},
	1:  {"10 000 soldats", []string{`"10 000"=10000 unit=soldats`}, "space groups thousands"},
	2:  {"10\u00a0000 soldats", []string{`"10\u00a0000"=10000 unit=soldats`}, "no-break space"},
	3:  {"12\u202f000 soldats", []string{`"12\u202f000"=12000 unit=soldats`}, "narrow no-break space"},
	4:  {"10000 soldats", []string{`"10000"=10000 unit=soldats`}, "plain digits"},
	5:  {"1.200.000", []string{`"1.200.000"=1.2e+06`}, "several dot groups"},
	6:  {"1,5", []string{`"1,5"=1.5`}, "decimal comma"},
	7:  {"3.5", []string{`"3.5"=3.5`}, "dot not followed by three digits is a decimal point"},
	8:  {"6.700,54", []string{`"6.700,54"=6700.54`}, "groups and decimals"},
	9:  {"6 700,54", []string{`"6 700,54"=6700.54`}, "space groups and decimals"},
	10: {"-1200000", []string{`"-1200000"=-1.2e+06`}, "minus sign"},
	11: {"- 1.200.000", []string{`"- 1.200.000"=-1.2e+06`}, "spaced minus at the start of a line"},
	12: {"il fait −5 degrés", []string{`"−5"=-5 unit=degrés`}, "U+2212 minus"},
	13: {"100K", []string{`"100K"=100000`}, "K multiplier"},
	14: {"3M", []string{`"3M"=3e+06`}, "M multiplier"},
	15: {"1,2M", []string{`"1,2M"=1.2e+06`}, "decimal and multiplier"},
	16: {",0012G", []string{`",0012G"=1.2e+06`}, "leading comma decimal"},
	17: {"-,0012G", []string{`"-,0012G"=-1.2e+06`}, "signed leading comma"},
	18: {"12 % des voix", []string{`"12"=12 unit=%`}, "percent after a space"},
	19: {"12% des voix", []string{`"12"=12 unit=%`}, "percent glued"},
	20: {"12 pour cent des voix", []string{`"12"=12 unit=%`}, "pour cent is a unit, cent is not a number"},
	21: {"1,5 million de réfugiés", []string{`"1,5 million"=1.5e+06 unit=réfugiés`}, "decimal and scale word"},
	22: {"2,3 milliards d'euros", []string{`"2,3 milliards"=2.3e+09 unit=euros`}, "scale word, noun after d'"},
	23: {"10 millions d’habitants", []string{`"10 millions"=1e+07 unit=habitants`}, "typographic apostrophe"},
	24: {"3 000 milliards", []string{`"3 000 milliards"=3e+12`}, "grouped digits and scale"},
	25: {"2 millions et demi", []string{`"2 millions et demi"=2.5e+06`}, "et demi after a scale"},
	26: {"10km à pied", []string{`"10"=10 unit=km`}, "glued unit"},
	27: {"un colis de 5 kg", []string{`"5"=5 unit=kg`}, "spaced unit"},
	28: {"20 °C", []string{`"20"=20 unit=°C`}, "degrees"},
	29: {"150 €", []string{`"150"=150 unit=€`}, "currency symbol"},
	30: {"0", []string{`"0"=0`}, "zero"},
	31: {"0,5", []string{`"0,5"=0.5`}, "leading zero before a decimal comma is fine"},
	32: {"1,5 Md€ et 3 M€", []string{`"1,5 Md"=1.5e+09 unit=€`, `"3 M"=3e+06 unit=€`}, "Md and M before a currency"},
	33: {"1 000 000 de vues", []string{`"1 000 000"=1e+06 unit=vues`}, "round millions take de"},
	34: {"30 000 m2 et 20 km²", []string{`"30 000"=30000 unit=m2`, `"20"=20 unit=km²`}, "square units"},
	35: {"+3,5 % puis -2 %", []string{`"+3,5"=3.5 unit=%`, `"-2"=-2 unit=%`}, "signed percentages"},
	36: {"les 18-25 ans", []string{`"18-25"=18 [18..25] unit=ans`}, "age bracket"},
	37: {"$5 millions et £300", []string{`"5 millions"=5e+06 unit=$`, `"300"=300 unit=£`}, "currency symbol before the digits"},
	38: {"https://www.example.com/2024/11/05/article-12345.html", nil, "a web address"},
	39: {"Par AFP, le 12/11/2024 à 14h05", nil, "numeric date and time"},
	40: {"le relais 4x100 m", nil, "glued letters make a name"},
}

func TestFindDigits(t *testing.T) { runFind(t, findDigitsCases) }

var findWordsCases = []findCase{
	0:  {"trois policiers blessés", []string{`"trois"=3 unit=policiers`}, "unit word"},
	1:  {"vingt et un", []string{`"vingt et un"=21`}, "et un"},
	2:  {"vingt-et-un", []string{`"vingt-et-un"=21`}, "1990 spelling"},
	3:  {"vingt-et-une personnes", []string{`"vingt-et-une"=21 unit=personnes`}, "feminine"},
	4:  {"soixante-dix", []string{`"soixante-dix"=70`}, "seventy"},
	5:  {"soixante et onze", []string{`"soixante et onze"=71`}, "seventy-one"},
	6:  {"quatre-vingt-dix-neuf", []string{`"quatre-vingt-dix-neuf"=99`}, "ninety-nine"},
	7:  {"quatre-vingts", []string{`"quatre-vingts"=80`}, "plural vingts"},
	8:  {"deux cent mille", []string{`"deux cent mille"=200000`}, "hundreds of thousands"},
	9:  {"deux-cent-mille", []string{`"deux-cent-mille"=200000`}, "1990 spelling of hundreds"},
	10: {"douze mille cinq cents", []string{`"douze mille cinq cents"=12500`}, "plural cents"},
	11: {"septante-cinq, huitante, octante et nonante", []string{`"septante-cinq"=75`, `"huitante"=80`, `"octante"=80`, `"nonante"=90`}, "Belgian and Swiss tens"},
	12: {"un million deux cent mille", []string{`"un million deux cent mille"=1.2e+06`}, "million then thousands"},
	13: {"cinquante trois mille millions", []string{`"cinquante trois mille millions"=5.3e+10`}, "thousand millions"},
	14: {"mil neuf cent vingt", []string{`"mil neuf cent vingt"=1920`}, "mil in years"},
	15: {"dix neuf cent soixante-treize", []string{`"dix neuf cent soixante-treize"=1973`}, "nineteen hundred"},
	16: {"deux millions de personnes", []string{`"deux millions"=2e+06 unit=personnes`}, "scale word"},
	17: {"un demi-million de personnes", []string{`"un demi-million"=500000 unit=personnes`}, "half a million"},
	18: {"zéro virgule cinq", []string{`"zéro virgule cinq"=0.5`}, "spoken decimal"},
	19: {"zéro virgule cent douze", []string{`"zéro virgule cent douze"=0.112`}, "spoken decimal digits"},
	20: {"trente 3", []string{`"trente 3"=33`}, "a ten and a digit"},
	21: {"moins 1200000", []string{`"moins 1200000"=-1.2e+06`}, "spoken minus"},
	22: {"deux trois jours", []string{`"deux"=2`, `"trois"=3 unit=jours`}, "two numbers side by side"},
	23: {"Mille deux cent soixante-six clous.", []string{`"Mille deux cent soixante-six"=1266 unit=clous`}, "capitalised"},
	24: {"il y a deux jours", []string{`"deux"=2 unit=jours`}, "for the date package"},
	25: {"dans trois semaines", []string{`"trois"=3 unit=semaines`}, "for the date package"},
	26: {"cent un mille", []string{`"cent un mille"=101000`}, "un inside a number"},
	27: {"un milliard vingt-cinq millions", []string{`"un milliard vingt-cinq millions"=1.025e+09`}, "milliard then millions"},
}

func TestFindWords(t *testing.T) { runFind(t, findWordsCases) }

var findOrdinalsCases = []findCase{
	0:  {"le 1er novembre", []string{`"1er"=1 ord`}, "day ordinal"},
	1:  {"la 1re fois, la 1ère fois", []string{`"1re"=1 ord`, `"1ère"=1 ord`}, "feminine"},
	2:  {"le 2e tour", []string{`"2e"=2 ord`}, "2e"},
	3:  {"le 11ème", []string{`"11ème"=11 ord`}, "ème"},
	4:  {"le 2nd", []string{`"2nd"=2 ord`}, "nd"},
	5:  {"au XXIe siècle", []string{`"XXIe"=21 ord`}, "Roman ordinal"},
	6:  {"la IIe République", []string{`"IIe"=2 ord`}, "Roman ordinal"},
	7:  {"le quatrième", []string{`"quatrième"=4 ord`}, "word ordinal"},
	8:  {"vingt et unième", []string{`"vingt et unième"=21 ord`}, "compound ordinal"},
	9:  {"quatre-vingt dix-septième", []string{`"quatre-vingt dix-septième"=97 ord`}, "compound ordinal"},
	10: {"cinq cent unième", []string{`"cinq cent unième"=501 ord`}, "unième after cent"},
	11: {"le 1er ministre", []string{`"1er"=1 ord`}, "1er ministre is ordinal 1; ordinals have no unit"},
	12: {"le Premier ministre, la première fois", []string{`"première"=1 ord`}, "premier is ordinal 1, except in the title Premier ministre"},
	13: {"la seconde guerre mondiale", []string{`"seconde"=2 ord`}, "seconde after a determiner"},
	14: {"Un douzième essai", []string{`"douzième"=12 ord`}, "un is an article here"},
	15: {"le millionième", []string{`"millionième"=1e+06 ord`}, "scale ordinal"},
	16: {"cinq cent premiers", []string{`"cinq cent"=500`}, "premiers does not join a number"},
	17: {"deux cinquièmes", []string{`"deux cinquièmes"=0.4`}, "a plural ordinal after a count is a fraction"},
	18: {"le 1ᵉʳ novembre et le XXIᵉ siècle", []string{`"1ᵉʳ"=1 ord`, `"XXIᵉ"=21 ord`}, "superscript endings"},
	19: {"la IVe République, le XIXe, le XLe, le XCIXe", []string{`"IVe"=4 ord`, `"XIXe"=19 ord`, `"XLe"=40 ord`, `"XCIXe"=99 ord`}, "subtractive Roman numerals"},
	20: {"IIIIe, VVe, IIe", []string{`"IIe"=2 ord`}, "Roman numerals must be well formed"},
}

func TestFindOrdinals(t *testing.T) { runFind(t, findOrdinalsCases) }

var findApproxCases = []findCase{
	0:  {"une trentaine d’autres blessées", []string{`"une trentaine"=30 ~ about unit=blessées`}, "collective noun; the noun after d'autres"},
	1:  {"une dizaine de soldats", []string{`"une dizaine"=10 ~ about unit=soldats`}, "dizaine"},
	2:  {"un millier de soldats", []string{`"un millier"=1000 ~ about unit=soldats`}, "millier"},
	3:  {"deux centaines de drones", []string{`"deux centaines"=200 ~ about unit=drones`}, "a count of collectives"},
	4:  {"une dizaine de milliers de manifestants", []string{`"une dizaine de milliers"=10000 ~ about unit=manifestants`}, "collective of thousands"},
	5:  {"des milliers de soldats", []string{`"des milliers"=? ~ vague unit=soldats`}, "vague"},
	6:  {"des dizaines de milliers de morts", []string{`"des dizaines de milliers"=? ~ vague unit=morts`}, "vague of thousands"},
	7:  {"plusieurs centaines", []string{`"plusieurs centaines"=? ~ vague`}, "plusieurs"},
	8:  {"placé en quarantaine", nil, "quarantaine without a count is quarantine"},
	9:  {"la cinquantaine", nil, "an age, not a count"},
	10: {"un tiers de sa valeur", []string{`"un tiers"=0.3333333333333333`}, "fraction"},
	11: {"les deux tiers des Français", []string{`"deux tiers"=0.6666666666666666 unit=Français`}, "fraction; noun after des"},
	12: {"trois quarts des électeurs", []string{`"trois quarts"=0.75 unit=électeurs`}, "fraction"},
	13: {"Plus d'un tiers des communes", []string{`"Plus d'un tiers"=0.3333333333333333 more-than unit=communes`}, "qualifier and fraction"},
	14: {"le tiers monde, les quarts de finale", nil, "tiers and quart without a count"},
}

func TestFindApprox(t *testing.T) { runFind(t, findApproxCases) }

var findQualifiersCases = []findCase{
	0:  {"environ 10 000 soldats", []string{`"environ 10 000"=10000 ~ about unit=soldats`}, "environ"},
	1:  {"près de 3.000 morts", []string{`"près de 3.000"=3000 ~ about unit=morts`}, "près de"},
	2:  {"Quelque 1.500 soldats", []string{`"Quelque 1.500"=1500 ~ about unit=soldats`}, "quelque"},
	3:  {"au moins 12 personnes", []string{`"au moins 12"=12 at-least unit=personnes`}, "au moins"},
	4:  {"plus de 10 000 soldats", []string{`"plus de 10 000"=10000 more-than unit=soldats`}, "plus de"},
	5:  {"moins de trente kilomètres", []string{`"moins de trente"=30 less-than unit=kilomètres`}, "moins de"},
	6:  {"jusqu'à 12.000 soldats", []string{`"jusqu'à 12.000"=12000 up-to unit=soldats`}, "jusqu'à"},
	7:  {"jusqu’à 12.000 soldats", []string{`"jusqu’à 12.000"=12000 up-to unit=soldats`}, "jusqu’à"},
	8:  {"plus d'un million de personnes", []string{`"plus d'un million"=1e+06 more-than unit=personnes`}, "plus d'"},
	9:  {"tuant au moins un policier", []string{`"au moins un"=1 at-least unit=policier`}, "un after a qualifier is a count"},
	10: {"plus d’une centaine de drones", []string{`"plus d’une centaine"=100 ~ more-than unit=drones`}, "qualifier and collective"},
	11: {"pas moins de 20 morts", []string{`"pas moins de 20"=20 at-least unit=morts`}, "pas moins de"},
	12: {"un peu plus de 300 euros", []string{`"un peu plus de 300"=300 more-than unit=euros`}, "un peu plus de"},
}

func TestFindQualifiers(t *testing.T) { runFind(t, findQualifiersCases) }

var findRangesCases = []findCase{
	0: {"âgées de 22 à 83 ans", []string{`"de 22 à 83"=22 [22..83] unit=ans`}, "de … à"},
	1: {"entre 10 000 et 12 000 soldats", []string{`"entre 10 000 et 12 000"=10000 [10000..12000] unit=soldats`}, "entre … et"},
	2: {"de 10 à 15 millions d'euros", []string{`"de 10 à 15 millions"=1e+07 [1e+07..1.5e+07] unit=euros`}, "scale applies to both bounds"},
	3: {"20 à 25 %", []string{`"20 à 25"=20 [20..25] unit=%`}, "bare range"},
	4: {"20-25 ans", []string{`"20-25"=20 [20..25] unit=ans`}, "hyphen range"},
	5: {"le score de 3 à 1", []string{`"3"=3`, `"1"=1`}, "a falling pair is no range"},
	6: {"un jeune de 19 ans", []string{`"19"=19 unit=ans`}, "de without à"},
	7: {"de 2022 à 2024", nil, "a span of years"},
	8: {"entre 1500 et 2000 euros", []string{`"entre 1500 et 2000"=1500 [1500..2000] unit=euros`}, "year-like bounds with a counted noun are a count"},
	9: {"les 20–25 ans et la saison 2022–2023", []string{`"20–25"=20 [20..25] unit=ans`}, "en dash ranges and spans of years"},
}

func TestFindRanges(t *testing.T) { runFind(t, findRangesCases) }

var findNotQuantitiesCases = []findCase{
	0:  {"les 27", []string{`"27"=27`}, "a number with no noun: reported, no unit"},
	1:  {"Louis XIV", nil, "a regnal numeral is not a count"},
	2:  {"Napoléon Ier", nil, "Ier after a name is regnal"},
	3:  {"la saison 2022-2023", nil, "a span of years"},
	4:  {"à 07 h 30", nil, "clock time"},
	5:  {"vers 22H00 (19H00 GMT)", nil, "clock times"},
	6:  {"à 15h", nil, "clock time"},
	7:  {"en 2022", nil, "year after en"},
	8:  {"février 2022", nil, "year after a month"},
	9:  {"le 11 octobre 2024", []string{`"11"=11`}, "the day is a number, the year is not"},
	10: {"il a vu un policier", nil, "un before a noun is an article"},
	11: {"un avion neuf", nil, "neuf after a noun is an adjective"},
	12: {"remis à neuf", nil, "à neuf is an adjective"},
	13: {"le logement numéro neuf", []string{`"neuf"=9`}, "neuf after numéro"},
	14: {"le neuf février", []string{`"neuf"=9`}, "neuf after a determiner"},
	15: {"neuf soldats", []string{`"neuf"=9 unit=soldats`}, "neuf before a noun"},
	16: {"Mille-Îles, Saint-Trois", nil, "a number word inside a hyphenated name"},
	17: {"des deux-roues", nil, "a hyphenated noun"},
	18: {"le G7, le Covid-19, des F-16 et le MI5", nil, "names with digits"},
	19: {"appelez le 06 12 34 56 78", nil, "phone number"},
	20: {"le 11.10.2024 à 10:30", nil, "numeric date and clock time"},
	21: {"la 5G et la 4G, un écran 4K", nil, "techniques"},
	22: {"les années 90", nil, "a decade"},
	23: {"l'an 2000", nil, "a year"},
	24: {"Me Dupont, Le Monde, De Gaulle", nil, "capitalised words that look Roman"},
	25: {"une seconde", nil, "article and time unit"},
	26: {"trente secondes", []string{`"trente"=30 unit=secondes`}, "seconde as a unit"},
	27: {"la une du journal", nil, "la une"},
	28: {"l'un des soldats", nil, "pronoun"},
	29: {"comme à l’hiver 2022 et 2023, un moyen", nil, "years after a season, and the one after et"},
	30: {"2000 soldats", []string{`"2000"=2000 unit=soldats`}, "a year-like number before a noun is a count"},
	31: {"plus de 2000", []string{`"plus de 2000"=2000 more-than`}, "a qualifier makes it a count"},
	32: {"en 2023 Moscou", nil, "year"},
	33: {"un", []string{`"un"=1`}, "the whole text"},
	34: {"une Tasse", []string{`"une"=1 unit=Tasse`}, "un before a unit of measure"},
	35: {"un seul soldat", []string{`"un"=1 unit=soldat`}, "un seul: a count of one; seul stands before the noun"},
	36: {"deux heures moins dix", []string{`"deux"=2 unit=heures`, `"dix"=10`}, "moins in a clock time is not a sign"},
	37: {"il a 3-1 au score", nil, "a falling hyphen pair is a score"},
	38: {"l'A380-800 et le B-52", nil, "model names"},
	39: {"2024-11-01", nil, "ISO date"},
	40: {"le CAC 40, le Boeing 737 MAX, la Ligue 1 et France 2", nil, "digits after a capitalised name belong to it"},
	41: {"Mardi 5 novembre", []string{`"5"=5`}, "a capitalised weekday is not a name"},
	42: {"Seulement 3 personnes", []string{`"3"=3 unit=personnes`}, "a capitalised adverb is not a name"},
	43: {"une personne sur trois déclare", []string{`"trois"=3`}, "after a count of two or more the noun is plural: déclare is a verb"},
	44: {"tuant un policier et en blessant 26 autres", []string{`"un"=1 unit=policier`, `"26"=26`}, "un after a verb of killing counts a victim"},
	45: {"Un policier tué et 30 autres blessés", []string{`"Un"=1 unit=policier`, `"30"=30 unit=blessés`}, "un before a noun and a casualty participle"},
	46: {"l'explosion a fait un mort et deux blessés", []string{`"un"=1 unit=mort`, `"deux"=2 unit=blessés`}, "un before a casualty noun"},
	47: {"un jeune de 19 ans", []string{`"19"=19 unit=ans`}, "un before an ordinary noun is an article"},
	48: {"il a fait une déclaration", nil, "faire is not a casualty verb"},
	49: {"depuis 1000 jours", []string{`"1000"=1000 unit=jours`}, "a duration noun makes a year-like number a count"},
	50: {"en 2022 plusieurs soldats", nil, "plusieurs is a determiner, not a noun"},
	51: {"la guerre des Six Jours et les Trois Mousquetaires", nil, "a capitalised number word before a capitalised word inside a sentence is a name"},
	52: {"Trois Russes ont été tués. « Deux Ukrainiens aussi »", []string{`"Trois"=3 unit=Russes`, `"Deux"=2 unit=Ukrainiens`}, "at the start of a sentence or quotation it is a count"},
}

func TestFindNotQuantities(t *testing.T) { runFind(t, findNotQuantitiesCases) }

var findSentencesCases = []findCase{
	0: {"La Corée du Nord aurait envoyé environ 10 000 soldats en Russie.",
		[]string{`"environ 10 000"=10000 ~ about unit=soldats`}, "seed 000"},
	1: {"Un policier tué et 30 autres blessés lors d’une frappe",
		[]string{`"Un"=1 unit=policier`, `"30"=30 unit=blessés`}, "a casualty count of one; autres stands before the noun"},
	2: {"il a blessé 30 autres vendredi", []string{`"30"=30`}, "autres with no noun after"},
	3: {"sept femmes âgées de 22 à 83 ans et cinq hommes de 21 à 38 ans",
		[]string{`"sept"=7 unit=femmes`, `"de 22 à 83"=22 [22..83] unit=ans`, `"cinq"=5 unit=hommes`, `"de 21 à 38"=21 [21..38] unit=ans`}, "seed 002"},
	4: {"Ce vendredi 1er novembre 2024, découvrez", []string{`"1er"=1 ord`}, "date in a sentence"},
	5: {"Selon Washington, près de 10\u00a0000 soldats nord-coréens et environ 8\u00a0000 d’entre eux",
		[]string{`"près de 10\u00a0000"=10000 ~ about unit=soldats`, `"environ 8\u00a0000"=8000 ~ about`}, "seed 004"},
	6: {"Le bilan s'élève à 1 234 morts et 2,5 millions de déplacés selon l'ONU.",
		[]string{`"1 234"=1234 unit=morts`, `"2,5 millions"=2.5e+06 unit=déplacés`}, "own sentence"},
	7: {"Le pays compte quarante-sept millions d'habitants.",
		[]string{`"quarante-sept millions"=4.7e+07 unit=habitants`}, "own sentence"},
	8: {"Des centaines de personnes ont manifesté, dont une vingtaine ont été interpellées.",
		[]string{`"Des centaines"=? ~ vague unit=personnes`, `"une vingtaine"=20 ~ about`}, "own sentence"},
	9:  {"Le taux est passé de 3,5 % à 4 %.", []string{`"de 3,5 % à 4"=3.5 [3.5..4] unit=%`}, "a range with units on both bounds"},
	10: {"Elle a 3 enfants et 2 petits-enfants.", []string{`"3"=3 unit=enfants`, `"2"=2 unit=petits-enfants`}, "a hyphenated noun is the unit whole"},
	11: {"Le bilan est lourd.\nTrois personnes sont mortes.\n\nVingt-deux autres ont été blessées.",
		[]string{`"Trois"=3 unit=personnes`, `"Vingt-deux"=22`}, "a number word opening a line"},
	12: {"Il est arrivé\ndeux jours plus tard.", []string{`"deux"=2 unit=jours`}, "a lower-case number word after a line break"},
}

func TestFindSentences(t *testing.T) { runFind(t, findSentencesCases) }

// allFindCases seeds FuzzFind.
var allFindCases = [][]findCase{findDigitsCases, findWordsCases, findOrdinalsCases, findApproxCases, findQualifiersCases, findRangesCases, findNotQuantitiesCases, findSentencesCases}

// longRuns are units repeated into long runs of tokens that start numbers
// but never finish one: a careless scanner reads them in quadratic time.
var longRuns = []string{"moins ", "des ", "1 ", "vingt-", "1.", "un ", "- ", "plus de ", "10-"}

// TestFindLongRuns reads the long runs whole; BenchmarkFindLongRuns
// measures them (tests make no timing assertions: a quadratic step shows
// as a collapse of MB/s there).
func TestFindLongRuns(t *testing.T) {
	for _, unit := range longRuns {
		s := strings.Repeat(unit, 20000)
		last := 0
		for _, n := range number.Find(s) {
			if n.Start < last || n.End > len(s) || n.Text != s[n.Start:n.End] {
				t.Fatalf("Find(%q × 20000): bad span %d-%d after %d", unit, n.Start, n.End, last)
			}
			last = n.End
		}
	}
}

func BenchmarkFindLongRuns(b *testing.B) {
	for _, unit := range longRuns {
		s := strings.Repeat(unit, 20000)
		b.Run(strings.TrimSpace(unit), func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				number.Find(s)
			}
		})
	}
}
