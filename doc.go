// Package frnews turns scraped French news text into structured, attributed
// facts: who said what, when, about whom, with which numbers.
//
// The quickest way in is Analyze, which runs the whole pipeline on the text
// of one scraped article:
//
//	doc, err := frnews.Analyze(text, frnews.Options{})
//	if err != nil { … }
//	fmt.Println(doc.Title, *doc.Date)
//	for _, n := range doc.Numbers { fmt.Println(n.Text, n.Value, n.Unit) }
//	for _, c := range doc.Claims { fmt.Println(c) } // who said what, when
//
// # The pipeline
//
// Data flows one way, and each step is a package usable on its own:
//
//   - [github.com/frnews/frnews/normalize] repairs scraped text (quotation
//     marks, French spacing, doubled punctuation, fused words, NBSP, NFC)
//     and keeps a map from the repaired text back to the input;
//     its sub-packages [github.com/frnews/frnews/normalize/number] and
//     [github.com/frnews/frnews/normalize/date] read French numbers
//     ("12.000", "une trentaine") and dates ("mardi", "la semaine
//     dernière") resolved against the publication date;
//   - [github.com/frnews/frnews/article] splits a page into title,
//     publication date, paragraphs, sentences, captions and boilerplate,
//     keeping every removed line with the reason it was removed;
//   - [github.com/frnews/frnews/entities] finds people, countries, places,
//     organisations and media, with an embedded default dictionary, roles
//     ("le président ukrainien") and coreference within an article;
//   - [github.com/frnews/frnews/claims] finds attributed claims (speaker,
//     reporting cue, direct or indirect quotation, content, date, numbers)
//     and compares claims across articles: agreement, refinement, conflict.
//
// Lower packages never import higher ones. Every annotation carries byte
// offsets into the text it was found in: the Document's offsets point into
// Document.Text, and Article.Original maps them back to the input.
//
// The programs under examples/ are the command-line interface:
//
//	go run ./examples/extract seeds/*.txt
//	go run ./examples/normalize -explain < in.txt
//	go run ./examples/compare seeds/*.txt
//	go run ./examples/annotate -ref 2024-11-05 < lines.txt
package frnews
