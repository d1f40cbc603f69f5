// Package normalize repairs scraped French news text and reports each
// repair.
//
//	r := normalize.String(text)
//	r.Text    // the repaired text
//	r.Repairs // what changed: kind, byte span in text, before, after
//	r.Original(off) // where offset off of r.Text was in text
//
// A whole article goes in at once, many lines; its newlines are kept, so
// its paragraphs stay as they were (only \r\n and other line breaks become
// \n). Options choose between the right forms where French has several
// (apostrophe ’ or ', no-break spaces kept or plain) and can turn off the
// repairs that need the word list:
//
//	r := normalize.Options{ASCIIApostrophe: true, PlainSpaces: true}.String(text)
//
// # Guarantees
//
// The text out is valid UTF-8 in Unicode normalisation form C. Repairing it
// again changes nothing (String is idempotent). No letter or digit of the
// input is lost except inside a reported repair. Every repair's Start, End
// and Before refer to the input; Original and OriginalSpan map offsets of
// the output back to it, monotonically. String is safe for concurrent use.
//
// # Repairs
//
// The repairs run as steps, in this order, each on the output of the one
// before, and each recording its repairs against the original input:
//
//  1. Invalid UTF-8: each run of bad bytes becomes U+FFFD ([KindUTF8]).
//  2. Unicode NFC ([KindNFC]), with golang.org/x/text/unicode/norm.
//  3. Rune mappings, one rune at a time: line breaks to \n
//     ([KindNewline]); control and invisible characters removed (soft
//     hyphen, zero-width space, BOM, bidi marks: [KindControl]); tabs and
//     exotic spaces to a space, NBSP and narrow NBSP kept or unified
//     ([KindSpace]); hyphens U+2010 and U+2011 to '-' ([KindHyphen]);
//     apostrophes between letters (' ’ ‘ ʼ ` ´) to the chosen one
//     ([KindApostrophe]).
//  4. Quotation marks, one paragraph at a time: “ ” „ and " become « »
//     ([KindQuote]). Each mark's role (opening or closing) comes from its
//     neighbours, and marks are paired; only outermost quotations change
//     (French nests “ ” inside « »), and a straight quote left without a
//     partner (12") stays.
//  5. Word repairs, one chunk (text between spaces, quotation marks and
//     : ; ? !) at a time, as named rules: dropCap (CC’est → C’est at the
//     start of a sentence, never in acronyms: [KindDropCap]);
//     duplicateGlued and duplicateSpaced (nord-coréen. Coréen, Kim →
//     nord-coréen, Kim: [KindDuplicate]); periodSpace (mardi.Le → mardi. Le:
//     [KindPunctSpace]); glued (Streetcitant → Street citant,
//     déclaréZelensky → déclaré Zelensky: [KindGlued]). Chunks that look
//     like addresses or code (lemonde.fr, an e-mail, a path, 3.14) are left
//     alone, and so are the apostrophes in them.
//  6. Spacing: one space inside « », before : ; ? ! and after a closing
//     quotation mark before a word, before « after a word
//     ([KindPunctSpace]); doubled », « and commas made single
//     ([KindDoubled]); runs of spaces made one (a no-break space wins), and
//     spaces at the ends of lines removed ([KindSpace]).
//  7. NFC again, only where an edit put a combining mark after new text.
//
// What cannot be repaired safely (garbled machine translation, a sentence
// cut in two) is left as it is.
//
// # Glued words and the word list
//
// Splitting glued words needs to know words. The package embeds
// lexicon.gz (about 360 KB; about 10 MB in memory once loaded, on first need):
// the inflected forms of the Dicollecte French dictionary and the common
// words of the SCOWL English lists, built by makelexicon.go (run "go
// generate"); LEXICON.md gives their provenance and licences. A run of
// letters is split only when it is no known word, when it splits in exactly
// one way, and when the second part is a verb form or a grammatical word
// that does not commonly end other words (so adverbs in -ment and verbs in
// -aient never split); a capitalised run splits only after a common
// English word (the end of an English name: Wall Street), so French names
// made of French words (Villeneuve, Beaumont, Leblanc) stay whole.
// [Options.NoSplit] turns off the repairs that need the list and never
// loads it.
//
// # Offsets
//
// Each step records its edits; Original composes the steps' offset maps,
// from the last step back to the first, with a binary search in each. Text
// no repair touched maps to where it was. An offset inside a replacement,
// or where text was removed, maps to the start of the replaced or removed
// text; OriginalSpan maps the end of a span to the end of a replacement
// instead, giving the smallest span of the input a span of the output came
// from.
//
// # Fold
//
// [Fold] is the key for dictionary lookups used across frnews: lowercase,
// no diacritics, œ and æ spelt out, apostrophes as ', hyphens and no-break
// spaces as spaces.
package normalize
