package frnews_test

import (
	"fmt"

	"github.com/frnews/frnews"
)

func ExampleAnalyze() {
	text := "Guerre en Ukraine : le point sur la situation\n" +
		"Ce mardi 5 novembre 2024, découvrez les dernières actualités.\n" +
		"Le ministère sud-coréen de la Défense a indiqué mardi que plus de 10.000 soldats nord-coréens étaient arrivés en Russie.\n" +
		"Partager\n"
	doc, err := frnews.Analyze(text, frnews.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("title:", doc.Title)
	fmt.Println("date:", *doc.Date)
	fmt.Println("paragraphs:", len(doc.Paragraphs))
	for _, b := range doc.Boilerplate {
		fmt.Printf("removed: %q (%s)\n", b.Line, b.Reason)
	}
	for _, n := range doc.Numbers {
		if n.Unit == "soldats" {
			fmt.Printf("%s → %v %s (%s)\n", n.Text, n.Value, n.Unit, n.Qualifier)
		}
	}
	// Output:
	// title: Guerre en Ukraine : le point sur la situation
	// date: 2024-11-05
	// paragraphs: 2
	// removed: "Partager" (page widget)
	// plus de 10.000 → 10000 soldats (more-than)
}
