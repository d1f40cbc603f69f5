package number_test

import (
	"errors"
	"fmt"

	"github.com/frnews/frnews/normalize/number"
)

func ExampleFind() {
	s := "Jusqu’à 12.000 soldats nord-coréens, dont une trentaine d’officiers, et des milliers de drones."
	for _, n := range number.Find(s) {
		if n.Known {
			fmt.Printf("%q %v %s %s\n", n.Text, n.Value, n.Qualifier, n.Unit)
		} else {
			fmt.Printf("%q ? %s %s\n", n.Text, n.Qualifier, n.Unit)
		}
	}
	// Output:
	// "Jusqu’à 12.000" 12000 up-to soldats
	// "une trentaine" 30 about officiers
	// "des milliers" ? vague drones
}

func ExampleFind_range() {
	for _, n := range number.Find("sept femmes âgées de 22 à 83 ans") {
		fmt.Println(n.Text, n.HasRange, n.Min, n.Max, n.Unit)
	}
	// Output:
	// sept false 0 0 femmes
	// de 22 à 83 true 22 83 ans
}

func ExampleParse() {
	for _, s := range []string{"vingt et un", "10 000", "quatre-vingt-dix-neuf", "1,5 million", "dix soldats"} {
		v, err := number.Parse(s)
		fmt.Println(v, err, errors.Is(err, number.ErrSyntax))
	}
	// Output:
	// 21 <nil> false
	// 10000 <nil> false
	// 99 <nil> false
	// 1.5e+06 <nil> false
	// 0 number.Parse: parsing "dix soldats": invalid syntax true
}
