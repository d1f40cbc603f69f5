package entities_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/frnews/frnews/entities"
)

func ExampleDictionary_Find() {
	d, err := entities.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "La Corée du Nord soutiendra la Russie, a déclaré le ministre nord-coréen des Affaires étrangères Choe Son-hui à Moscou. " +
		"Pyongyang a promis des soldats. Le chef de la diplomatie nord-coréenne a rencontré Sergueï Lavrov."
	for _, m := range d.Find(text) {
		fmt.Printf("%-40q %-22s %-8s %q\n", m.Text, m.ID, m.Kind, m.Role)
	}
	// Output:
	// "Corée du Nord"                          country:kp             name     ""
	// "Russie"                                 country:ru             name     ""
	// "nord-coréen"                            country:kp             demonym  ""
	// "Choe Son-hui"                           person:choe-son-hui    name     "ministre nord-coréen des Affaires étrangères"
	// "Moscou"                                 place:moscou           name     ""
	// "Pyongyang"                              country:kp             metonym  ""
	// "Le chef de la diplomatie nord-coréenne" person:choe-son-hui    role     "chef de la diplomatie nord-coréenne"
	// "nord-coréenne"                          country:kp             demonym  ""
	// "Sergueï Lavrov"                         person:serguei-lavrov  name     ""
}

func ExampleGroup() {
	d, err := entities.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "Le président ukrainien Volodymyr Zelensky a salué les soldats ukrainiens. M. Zelensky a ensuite parlé à Kharkiv."
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	for _, g := range entities.Group(d.Find(text)) {
		enc.Encode(g)
	}
	// Output:
	// {"id":"country:ua","canonical":"Ukraine","type":"country","roles":[],"mentions":[],"demonyms":[{"text":"ukrainien","start":14,"end":23},{"text":"ukrainiens","start":64,"end":74}]}
	// {"id":"person:volodymyr-zelensky","canonical":"Volodymyr Zelensky","type":"person","roles":["président ukrainien"],"mentions":[{"text":"Volodymyr Zelensky","start":24,"end":42,"kind":"name"},{"text":"Zelensky","start":79,"end":87,"kind":"name"}],"demonyms":[]}
	// {"id":"place:kharkiv","canonical":"Kharkiv","type":"place","roles":[],"mentions":[{"text":"Kharkiv","start":108,"end":115,"kind":"name"}],"demonyms":[]}
}

func ExampleLoad() {
	// A dictionary of one's own, in the TSV format, merged with the default.
	mine, err := entities.Load(strings.NewReader(
		"# id\ttype\tcanonical\taliases\n" +
			"person:andrii-matvienko\tperson\tAndriï Matvienko\tAndrii Matvienko\t\t\tcountry:ua\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	def, err := entities.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	d, err := entities.Merge(def, mine)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range d.Find("Le colonel Andrii Matvienko a été tué à Kharkiv.") {
		fmt.Println(m.Text, m.ID, m.Type)
	}

	// A bad entry is reported with its line.
	_, err = entities.Load(strings.NewReader("place:a\tplace\tA\nplace:b\tville\tB\n"))
	fmt.Println(err)
	// Output:
	// Andrii Matvienko person:andrii-matvienko person
	// Kharkiv place:kharkiv place
	// entities: line 2: bad entry: place:b: unknown type "ville"
}

func ExampleDictionary_Find_unknownNames() {
	// The zero Dictionary knows no name, but finds names by their position.
	var d entities.Dictionary
	text := "Le maire de la ville, Oleksandr Bilous, a annoncé l'évacuation du village de Novohrodivka. " +
		"M. Bilous a précisé que tout était prêt."
	for _, m := range d.Find(text) {
		fmt.Printf("%s %s %s %.2f\n", m.Text, m.ID, m.Type, m.Confidence)
	}
	// Output:
	// Oleksandr Bilous local:oleksandr-bilous person 0.70
	// Novohrodivka local:novohrodivka place 0.90
	// Bilous local:oleksandr-bilous person 0.95
}
