package number_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/frnews/frnews/normalize/number"
)

var parseTests = []struct {
	in   string
	want float64
	err  error
}{
	0:  {"deux", 2, nil},
	1:  {"vingt et un", 21, nil},
	2:  {"10.000", 10000, nil},
	3:  {"10 000", 10000, nil},
	4:  {"  quatre-vingt-dix-neuf ", 99, nil},
	5:  {"un", 1, nil},
	6:  {"une", 1, nil},
	7:  {"2022", 2022, nil},
	8:  {"07", 7, nil},
	9:  {"1er", 1, nil},
	10: {"vingt et unième", 21, nil},
	11: {"une trentaine", 30, nil},
	12: {"1,5 million", 1.5e6, nil},
	13: {"-1,2M", -1.2e6, nil},
	14: {"moins 1200000", -1.2e6, nil},
	15: {"septante-huit", 78, nil},
	16: {"neuf", 9, nil},
	17: {"", 0, number.ErrSyntax},
	18: {"   ", 0, number.ErrSyntax},
	19: {"dix mille soldats", 0, number.ErrSyntax},
	20: {"des milliers", 0, number.ErrSyntax},
	21: {"soldats", 0, number.ErrSyntax},
	22: {"deux trois", 0, number.ErrSyntax},
	23: {"vingts", 0, number.ErrSyntax},
	24: {"mille mille", 0, number.ErrSyntax},
	25: {strings.Repeat("9", 400), 0, number.ErrRange},
	26: {"G7", 0, number.ErrSyntax},
	27: {"\xff\xfe", 0, number.ErrSyntax},
	28: {"environ 10", 10, nil},
	29: {"de 22 à 83", 0, number.ErrSyntax},
	30: {"20-25", 0, number.ErrSyntax},
	31: {"XXIe", 21, nil},
	32: {"zéro virgule cinq", 0.5, nil},
	33: {"deux tiers", 2.0 / 3, nil},
	34: {"cinq zéro", 0, number.ErrSyntax},
	35: {"vingt zéro trois", 0, number.ErrSyntax},
	36: {"mille mille deux cents", 0, number.ErrSyntax},
	37: {"dix deux", 0, number.ErrSyntax},
	38: {"vingtième cinq", 0, number.ErrSyntax},
	39: {"deux millions trois millions", 0, number.ErrSyntax},
	40: {"quatre-vingts", 80, nil},
	41: {"cinquante trois mille millions deux cent quarante-trois mille sept cent vingt-quatre", 53000243724, nil},
}

func TestParse(t *testing.T) {
	for i, tt := range parseTests {
		got, err := number.Parse(tt.in)
		if tt.err != nil {
			var ne *number.NumError
			if !errors.Is(err, tt.err) || !errors.As(err, &ne) || ne.Num != tt.in || ne.Func != "Parse" {
				t.Errorf("%d: Parse(%q) = %v, %v; want error %v as *NumError", i, tt.in, got, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("%d: Parse(%q) = %v, %v; want %v", i, tt.in, got, err, tt.want)
		}
	}
}

func TestNumErrorMessage(t *testing.T) {
	_, err := number.Parse("soldats")
	if got, want := fmt.Sprint(err), `number.Parse: parsing "soldats": invalid syntax`; got != want {
		t.Errorf("error = %q, want %q", got, want)
	}
}

func TestMarshalJSON(t *testing.T) {
	for i, tt := range []struct{ in, want string }{
		0: {"plus de 10 000 soldats", `[{"text":"plus de 10 000","start":0,"end":14,"value":10000,"ordinal":false,"approx":false,"qualifier":"more-than","unit":"soldats"}]`},
		1: {"des milliers", `[{"text":"des milliers","start":0,"end":12,"value":null,"ordinal":false,"approx":true,"qualifier":"vague","unit":""}]`},
		2: {"de 22 à 83 ans", `[{"text":"de 22 à 83","start":0,"end":11,"value":22,"ordinal":false,"approx":false,"qualifier":"","min":22,"max":83,"unit":"ans"}]`},
	} {
		b, err := json.Marshal(number.Find(tt.in))
		if err != nil || string(b) != tt.want {
			t.Errorf("%d: json(Find(%q)) = %s, %v\nwant %s", i, tt.in, b, err, tt.want)
		}
	}
}

// FuzzFind checks Find's promises on any input: no panic, spans inside the
// input on UTF-8 boundaries, Text == s[Start:End], finite values, spans in
// order and not overlapping.
func FuzzFind(f *testing.F) {
	for _, tt := range parseTests {
		f.Add(tt.in)
	}
	for _, cs := range allFindCases {
		for _, c := range cs {
			f.Add(c.in)
		}
	}
	f.Add("10\u202f000,5 % \xc3 -,5G vingt-et-\xff un")
	f.Fuzz(func(t *testing.T, s string) {
		// Rune boundaries; an invalid byte counts as a rune of its own.
		bound := make([]bool, len(s)+1)
		for i := range s {
			bound[i] = true
		}
		bound[len(s)] = true
		prev := 0
		for _, n := range number.Find(s) {
			if n.Start < prev || n.End <= n.Start || n.End > len(s) {
				t.Fatalf("Find(%q): bad span [%d:%d] after %d", s, n.Start, n.End, prev)
			}
			prev = n.End
			if !bound[n.Start] || !bound[n.End] {
				t.Fatalf("Find(%q): span [%d:%d] cuts a rune", s, n.Start, n.End)
			}
			if n.Text != s[n.Start:n.End] {
				t.Fatalf("Find(%q): Text %q != s[%d:%d]", s, n.Text, n.Start, n.End)
			}
			for _, v := range []float64{n.Value, n.Min, n.Max} {
				if math.IsInf(v, 0) || math.IsNaN(v) {
					t.Fatalf("Find(%q): %q has value %v", s, n.Text, v)
				}
			}
		}
		number.Parse(s)
	})
}
