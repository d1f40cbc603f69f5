package claims_test

import (
	"fmt"
	"time"

	"github.com/frnews/frnews/claims"
)

func ExampleExtractor_ExtractText() {
	text := "Le point sur la situation\n" +
		"« Nous tenons bon », a déclaré le maire de la ville, Jean Dupuis.\n" +
		"Selon la préfecture, trois personnes ont été blessées."
	var x claims.Extractor
	cs, _, err := x.ExtractText(text, time.Date(2024, 11, 1, 8, 0, 0, 0, time.UTC))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range cs {
		fmt.Printf("%s | %s | %s | %s\n", c.Kind, c.Speaker.Text, c.Cue, c.Content)
	}
	// Output:
	// direct_quote | le maire de la ville, Jean Dupuis | a déclaré | Nous tenons bon
	// according_to | la préfecture | Selon | trois personnes ont été blessées
}
