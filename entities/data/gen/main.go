//go:build ignore

// Command gen prints a draft of countries.tsv columns 1-3 (id, type,
// CLDR French display name) for every ISO 3166-1 alpha-2 region known to
// golang.org/x/text/language, from the CLDR data bundled in
// golang.org/x/text/language/display. The draft is curated by hand in
// ../countries.tsv (press names, demonyms, capitals); this program is kept
// only to document where the starting point came from.
//
//	go run gen/main.go > /tmp/countries-draft.tsv
package main

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// iso3166 lists the 249 officially assigned ISO 3166-1 alpha-2 codes plus
// XK (Kosovo, user-assigned but universally used).
const iso3166 = `AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI
BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR
CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA
GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE
IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU
MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO
SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM
US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK`

func main() {
	names := display.French.Regions()
	for _, code := range strings.Fields(iso3166) {
		r := language.MustParseRegion(code)
		fmt.Printf("country:%s\tcountry\t%s\n", strings.ToLower(code), names.Name(r))
	}
}
