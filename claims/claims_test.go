package claims_test

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/frnews/frnews/article"
	"github.com/frnews/frnews/claims"
	"github.com/frnews/frnews/normalize"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// extract parses paragraphs (one per line) as an article and returns its claims.
func extract(t testing.TB, text string) ([]claims.Claim, *article.Article) {
	t.Helper()
	var x claims.Extractor
	// A first line that reads as a title keeps the text in the body.
	cs, a, err := x.ExtractText("Titre de l’article de test\n"+text, time.Date(2024, 11, 5, 8, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatalf("ExtractText(%q): %v", text, err)
	}
	return cs, a
}

type want struct {
	kind, speaker, cue string
}

type block struct {
	text  string
	wants []want
	line  int
}

func readAnnotated(t *testing.T) []block { return readBlocks(t, "testdata/annotated.txt") }

// readBlocks reads a file in annotated.txt's format.
func readBlocks(t *testing.T, name string) []block {
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []block
	var cur block
	flush := func() {
		if cur.text != "" {
			out = append(out, cur)
		}
		cur = block{}
	}
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		l := sc.Text()
		switch {
		case strings.HasPrefix(l, "#"):
		case strings.TrimSpace(l) == "":
			flush()
		case strings.HasPrefix(l, "> "):
			if cur.text == "" {
				cur.line = n
			}
			cur.text += l[2:] + "\n"
		case strings.HasPrefix(l, "= "):
			p := strings.Split(l[2:], "|")
			if len(p) != 3 {
				t.Fatalf("%s:%d: want 3 fields", name, n)
			}
			cur.wants = append(cur.wants, want{strings.TrimSpace(p[0]), strings.TrimSpace(p[1]), strings.TrimSpace(p[2])})
		default:
			t.Fatalf("%s:%d: bad line %q", name, n, l)
		}
	}
	flush()
	return out
}

func fold(s string) string { return strings.Join(strings.Fields(normalize.Fold(s)), " ") }

func cueMatch(got, want string) bool {
	if want == "-" {
		return got == "" || got == "«»" // no cue: a reported fact, a quotation standing alone
	}
	g, w := fold(got), fold(want)
	return g != "" && (strings.Contains(g, w) || strings.Contains(w, g))
}

func speakerMatch(c claims.Claim, want string) bool {
	if want == "-" {
		return c.Speaker == nil
	}
	if c.Speaker == nil {
		return false
	}
	w := fold(want)
	return strings.Contains(fold(c.Speaker.Text), w) || strings.Contains(fold(c.Speaker.Canonical), w) ||
		strings.Contains(w, fold(c.Speaker.Text)) && len(fold(c.Speaker.Text)) > 3 ||
		sameWords(want, c.Speaker.Canonical)
}

// sameWords reports whether the content words of one phrase are all in the
// other: "M. Mercier" and "Pierre-Alain Mercier", "Le ministère russe de
// la Défense" and "ministère de la Défense (Russie)". Titles, articles and
// a parenthesis do not count.
func sameWords(a, b string) bool {
	words := func(s string) map[string]bool {
		if i := strings.IndexByte(s, '('); i >= 0 {
			s = s[:i]
		}
		m := map[string]bool{}
		for _, w := range strings.FieldsFunc(fold(s), func(r rune) bool { return r == ' ' || r == '\'' || r == '-' || r == '.' }) {
			switch w {
			case "m", "mme", "me", "le", "la", "les", "l", "de", "du", "des", "d":
				continue
			}
			m[w] = true
		}
		return m
	}
	wa, wb := words(a), words(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	sub := func(x, y map[string]bool) bool {
		for w := range x {
			if !y[w] {
				return false
			}
		}
		return true
	}
	return sub(wa, wb) || sub(wb, wa)
}

// TestAnnotated measures recall, speaker accuracy and precision on the
// hand-annotated file, and asserts floors.
func TestAnnotated(t *testing.T) {
	var sc score
	for _, b := range readAnnotated(t) {
		cs, _ := extract(t, b.text)
		sc.add(t, b, cs)
	}
	sc.check(t, "annotated", 0.95, 0.95, 0.95)
}

// TestHeldOut scores whole articles that helpers wrote and annotated
// without seeing the code (testdata/heldout_*.txt, see the README there):
// each block is an article, its first line the title, scraping debris
// included. The floors are regression guards just below the scores of the
// rules as they stand (the first, blind scores are in the README); the
// log gives the scores themselves.
func TestHeldOut(t *testing.T) {
	files, _ := filepath.Glob("testdata/heldout_*.txt")
	if len(files) == 0 {
		t.Fatal("no held-out files")
	}
	var all score
	for _, f := range files {
		var sc score
		for _, b := range readBlocks(t, f) {
			var x claims.Extractor
			cs, _, err := x.ExtractText(b.text, time.Date(2024, 11, 14, 8, 0, 0, 0, time.UTC))
			if err != nil {
				t.Fatalf("%s:%d: %v", f, b.line, err)
			}
			sc.add(t, b, cs)
			all.add(nil, b, cs)
		}
		sc.log(t, filepath.Base(f))
	}
	all.check(t, "held-out, all", 0.90, 0.95, 0.93)
}

// score counts matches of expected claims (by kind and cue) and checks
// their speakers.
type score struct {
	expected, found, speakerOK, reported, real int
}

// add scores the claims cs of block b; t, when not nil, logs the misses.
func (s *score) add(t *testing.T, b block, cs []claims.Claim) {
	logf := func(format string, args ...any) {
		if t != nil {
			t.Helper()
			t.Logf(format, args...)
		}
	}
	used := make([]bool, len(cs))
	for _, w := range b.wants {
		s.expected++
		hit := -1
		for i, c := range cs {
			if !used[i] && string(c.Kind) == w.kind && (cueMatch(c.Cue, w.cue) || w.kind == "reported_fact" && w.cue == "-") {
				hit = i
				break
			}
		}
		if hit < 0 {
			logf("line %d: missed %s %q by %q", b.line, w.kind, w.cue, w.speaker)
			continue
		}
		used[hit] = true
		s.found++
		if speakerMatch(cs[hit], w.speaker) {
			s.speakerOK++
		} else {
			logf("line %d: %q: speaker %+v, want %q", b.line, w.cue, cs[hit].Speaker, w.speaker)
		}
	}
	for i, c := range cs {
		s.reported++
		if used[i] {
			s.real++
		} else {
			logf("line %d: extra claim %s", b.line, c)
		}
	}
}

func (s *score) rates() (recall, speaker, precision float64) {
	return float64(s.found) / float64(max(s.expected, 1)),
		float64(s.speakerOK) / float64(max(s.found, 1)),
		float64(s.real) / float64(max(s.reported, 1))
}

func (s *score) log(t *testing.T, name string) {
	t.Helper()
	r, k, p := s.rates()
	t.Logf("%s: %d expected, recall %.1f%% (%d), speaker %.1f%% (%d), precision %.1f%% (%d/%d)",
		name, s.expected, 100*r, s.found, 100*k, s.speakerOK, 100*p, s.real, s.reported)
}

func (s *score) check(t *testing.T, name string, minRecall, minSpeaker, minPrecision float64) {
	t.Helper()
	s.log(t, name)
	r, k, p := s.rates()
	if r < minRecall || k < minSpeaker || p < minPrecision {
		t.Errorf("%s below the floor: recall %.2f (min %.2f), speaker %.2f (min %.2f), precision %.2f (min %.2f)",
			name, r, minRecall, k, minSpeaker, p, minPrecision)
	}
}

// TestShapes checks each attribution shape on one sentence of our own.
func TestShapes(t *testing.T) {
	tests := []struct {
		name, text                  string
		kind, speaker, cue, content string
		stance                      claims.Stance
	}{
		{"quote before, inverted speaker", "« Nous tenons bon », a déclaré le général Martin samedi.", "direct_quote", "le général Martin", "a déclaré", "Nous tenons bon", ""},
		{"speaker, colon, quote", "Le général Martin a déclaré : « Nous tenons bon. »", "direct_quote", "Le général Martin", "a déclaré", "Nous tenons bon.", ""},
		{"incise pronoun", "« Nous tenons bon », a-t-elle dit, « et nous tiendrons. »", "direct_quote", "elle", "a-t-elle dit", "Nous tenons bon et nous tiendrons.", ""},
		{"que clause", "Le ministre a affirmé mardi que les troupes se retiraient.", "indirect", "Le ministre", "a affirmé", "les troupes se retiraient", ""},
		{"infinitive", "Le ministère affirme avoir repris le village.", "indirect", "Le ministère", "affirme", "avoir repris le village", ""},
		{"inverted indirect", "Les troupes se retirent, a indiqué le porte-parole de l’armée.", "indirect", "le porte-parole de l’armée", "a indiqué", "Les troupes se retirent", ""},
		{"selon first", "Selon la police, deux personnes ont été blessées.", "according_to", "la police", "Selon", "deux personnes ont été blessées", ""},
		{"selon last", "Deux personnes ont été blessées, selon la police.", "according_to", "la police", "selon", "Deux personnes ont été blessées", ""},
		{"denial", "Le Kremlin a démenti les informations venues de Kiev.", "indirect", "Le Kremlin", "a démenti", "les informations venues de Kiev", claims.Denial},
		{"not a denial", "Le président n’a pas nié leur présence.", "indirect", "Le président", "n’a pas nié", "leur présence", ""},
		{"conditional", "L’armée aurait envoyé environ 10 000 soldats.", "reported_fact", "", "aurait envoyé", "L’armée aurait envoyé environ 10 000 soldats.", claims.Conditional},
		{"quotation over paragraphs", "Le général a déclaré :\n« Nous tenons.\n« Nous tiendrons. »", "direct_quote", "Le général", "a déclaré", "Nous tenons. Nous tiendrons.", ""},
		{"apposition after a quotation", "« L’eau est montée vite », raconte Sylvie, 54 ans, dont la maison a été inondée.", "direct_quote", "Sylvie", "raconte", "L’eau est montée vite", ""},
		{"name in apposition", "« C’est grave », a déclaré le préfet, Paul Roux, lors d’un point presse.", "direct_quote", "le préfet, Paul Roux", "a déclaré", "C’est grave", ""},
		{"gerund", "Le maire a parlé aux habitants, soulignant que la digue tiendrait.", "indirect", "Le maire", "soulignant", "la digue tiendrait", ""},
		{"incise inside the quotation marks", "« Cette réforme protège ceux qui travaillent, a-t-il ajouté. Elle ne stigmatise personne. »", "direct_quote", "il", "a-t-il ajouté", "Cette réforme protège ceux qui travaillent Elle ne stigmatise personne.", ""},
		{"addressee before an infinitive", "Un soldat de 24 ans a raconté à l’AFP avoir été battu chaque jour.", "indirect", "Un soldat de 24 ans", "a raconté", "avoir été battu chaque jour", ""},
		{"medium before the object", "Le maire a dénoncé sur Facebook un acte « d’une lâcheté inouïe ».", "indirect", "Le maire", "a dénoncé", "un acte « d’une lâcheté inouïe »", ""},
		{"quoted words inside the reporter's sentence", "Le président de la Chambre a salué « une victoire pour le peuple américain ».", "indirect", "Le président de la Chambre", "a salué", "une victoire pour le peuple américain", ""},
		{"relative clause of a selon source", "Des heurts ont éclaté, selon la préfecture de police, qui a fait état de trois interpellations.", "indirect", "la préfecture de police", "a fait état", "trois interpellations", ""},
		{"present of an -iquer verb", "Le syndicat revendique pour sa part « plus de 50 % » de grévistes.", "indirect", "Le syndicat", "revendique", "« plus de 50 % » de grévistes", ""},
		{"a forecast", "Météo-France prévoit jusqu’à 300 millimètres de pluie.", "indirect", "Météo-France", "prévoit", "jusqu’à 300 millimètres de pluie", ""},
		{"addressee with its complement", "La direction a annoncé mercredi aux représentants du personnel la fermeture du site.", "indirect", "La direction", "a annoncé", "la fermeture du site", ""},
		{"agency then the speaker's name", "« Le bateau a pris l’eau », a expliqué à l’AFP Chiara Benedetti, porte-parole de l’OIM.", "direct_quote", "Chiara Benedetti", "a expliqué", "Le bateau a pris l’eau", ""},
		{"selon lui in a relative clause", "Le ministre a dénoncé une démarche des Occidentaux, qui selon lui « ne fera qu’aggraver les tensions ».", "according_to", "lui", "selon", "ne fera qu’aggraver les tensions", ""},
		{"shared auxiliary", "L’état-major a fait état d’une attaque repoussée et reconnu la perte de cinq soldats.", "indirect", "L’état-major", "reconnu", "la perte de cinq soldats", claims.Confirmation},
		{"parenthesis before the object", "Un responsable a évoqué, sous couvert d’anonymat, la piste de cellules dormantes.", "indirect", "Un responsable", "a évoqué", "la piste de cellules dormantes", ""},
		{"relative clause of the speaker just named", "« C’est un chèque en blanc », a fustigé le député Dale Whitcomb, qui accuse la direction d’avoir « cédé sur tout ».", "indirect", "le député Dale Whitcomb", "accuse", "la direction d’avoir « cédé sur tout »", ""},
		{"a quoted name in the subject", "Nathalie Perrin, cheffe du groupe « Villeneuve en commun », accuse le maire de passer en force.", "indirect", "Nathalie Perrin", "accuse", "le maire de passer en force", ""},
		{"ce dernier", "Le ministre a été interrogé. Ce dernier a assuré que le calendrier serait maintenu.", "indirect", "Ce dernier", "a assuré", "le calendrier serait maintenu", ""},
		{"medium then the inverted subject", "« Nous sommes le parti du travail », a lancé sur la BBC la députée Emma Linden.", "direct_quote", "la députée Emma Linden", "a lancé", "Nous sommes le parti du travail", ""},
		{"fronted participle phrase", "Joint par téléphone, son frère Julien a confié avoir à peine dormi.", "indirect", "son frère Julien", "a confié", "avoir à peine dormi", ""},
		{"number word object", "L’avocate générale a requis jeudi vingt-deux ans de réclusion.", "indirect", "L’avocate générale", "a requis", "vingt-deux ans de réclusion", ""},
		{"future tense in the content", "Des enquêtes devront établir le rôle de la chaleur, a souligné la préfecture.", "indirect", "la préfecture", "a souligné", "Des enquêtes devront établir le rôle de la chaleur", ""},
		{"a stance on a fact", "Le Premier ministre s’est félicité d’un « signal fort de solidarité ».", "indirect", "Le Premier ministre", "s’est félicité", "d’un « signal fort de solidarité »", ""},
		{"coordinated participle after an object", "Le ministre a dénoncé une « violation flagrante » du droit international et affirmé que l’Iran riposterait.", "indirect", "Le ministre", "affirmé", "l’Iran riposterait", ""},
		{"relative clause after an inverted speaker", "« Le gouvernement est aux côtés des familles », a écrit sur X la présidente du Conseil, Giorgia Meloni, qui a promis de débloquer des fonds.", "indirect", "la présidente du Conseil, Giorgia Meloni", "a promis", "débloquer des fonds", ""},
		{"medium in lower case then the speaker", "« Nous n’avons pas d’autre choix », a déclaré à franceinfo Julien Arnaud, secrétaire fédéral.", "direct_quote", "Julien Arnaud", "a déclaré", "Nous n’avons pas d’autre choix", ""},
		{"preposition à inside a subject", "De son côté, la FDSEA du Cantal, affiliée à la FNSEA, a réclamé un moratoire.", "indirect", "la FDSEA du Cantal", "a réclamé", "un moratoire", ""},
		{"a second clause after tandis que", "Le syndicat a dénoncé un jugement sévère, tandis que l’avocate des policiers, Me Sophie Garnier, a annoncé son intention de faire appel.", "indirect", "l’avocate des policiers, Me Sophie Garnier", "a annoncé", "son intention de faire appel", ""},
		{"a place phrase before the inverted subject", "« Nous reviendrons », a lancé depuis la tribune le chef du parti.", "direct_quote", "le chef du parti", "a lancé", "Nous reviendrons", ""},
		{"a circumstance, then a determiner", "« Restez vigilants », a insisté lors d’une conférence de presse un responsable de l’agence.", "direct_quote", "un responsable de l’agence", "a insisté", "Restez vigilants", ""},
		{"a demand", "Le secrétaire général a réclamé une enquête rapide et impartiale.", "indirect", "Le secrétaire général", "a réclamé", "une enquête rapide et impartiale", ""},
		{"fronted complement, then the subject", "Dans une lettre ouverte au ministre, le maire de Lannion, Yannick Carré, réclame un moratoire.", "indirect", "le maire de Lannion, Yannick Carré", "réclame", "un moratoire", ""},
		{"relative clause with que", "Le maire, qui a déclaré mardi que la ville était prête, a visité les quartiers.", "indirect", "Le maire", "a déclaré", "la ville était prête", ""},
		{"ce que X a démenti", "D’après plusieurs élus, le gouvernement aurait préparé des concessions, ce que Matignon a démenti.", "indirect", "Matignon", "a démenti", "le gouvernement aurait préparé des concessions", claims.Denial},
		{"adverbial before the object", "Le ministre a démenti en revanche toute pénurie de vaccins.", "indirect", "Le ministre", "a démenti", "toute pénurie de vaccins", claims.Denial},
		{"selon lui inside an apposition", "Il a exhorté les pays du G20, responsables selon lui de 80 % des émissions, à « tenir leurs promesses ».", "according_to", "lui", "selon", "Il a exhorté les pays du G20, responsables de 80 % des émissions, à « tenir leurs promesses »", ""},
		{"conditional of a third-group verb", "Le septuagénaire aurait ouvert la porte à ses agresseurs.", "reported_fact", "", "aurait ouvert", "Le septuagénaire aurait ouvert la porte à ses agresseurs.", claims.Conditional},
		{"opinion of experts", "Pour plusieurs économistes, la hausse des prix va ralentir.", "according_to", "plusieurs économistes", "Pour", "la hausse des prix va ralentir", ""},
		{"an attribution after an object", "Le contrôle, effectué en janvier, a révélé la présence de trenbolone, a précisé l’organisme.", "indirect", "l’organisme", "a précisé", "Le contrôle, effectué en janvier, a révélé la présence de trenbolone", ""},
		{"named incise inside the quotation marks", "« Je n’ai rien pris, a martelé Paul Roux à la barre, la voix tremblante. J’ai signé ce qu’on me donnait. »", "direct_quote", "Paul Roux", "a martelé", "Je n’ai rien pris J’ai signé ce qu’on me donnait.", ""},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs, _ := extract(t, tc.text)
			for _, c := range cs {
				if string(c.Kind) != tc.kind || !cueMatch(c.Cue, tc.cue) {
					continue
				}
				sp := ""
				if c.Speaker != nil {
					sp = c.Speaker.Text
				}
				if sp != tc.speaker || c.Content != tc.content || c.Stance != tc.stance {
					t.Errorf("%d: Extract(%q) = speaker %q content %q stance %q, want %q %q %q", i, tc.text, sp, c.Content, c.Stance, tc.speaker, tc.content, tc.stance)
				}
				return
			}
			t.Errorf("%d: Extract(%q): no %s claim with cue %q; got %v", i, tc.text, tc.kind, tc.cue, cs)
		})
	}
}

// TestNotClaims: sentences that report nothing.
func TestNotClaims(t *testing.T) {
	for _, text := range []string{
		"Paris est prêt à présenter une déclaration condamnant l’attaque.",
		"Les pays en développement, qui réclamaient davantage d’aide, se sont retirés.",
		"Une voisine, qui a requis l’anonymat, est sortie de chez elle.",
		"Le Kremlin n’a pas commenté dans l’immédiat.",
		"Pour de nombreux habitants, le service le plus proche sera celui de Morlaix.",
		"Conclu en 2015, l’accord de Vienne prévoyait une levée des sanctions.",
		"Un commerçant, qui a requis l’anonymat, est resté chez lui.",
		"Le président a parlé des dissidents qui ont rejeté l’accord de paix.",
	} {
		if cs, _ := extract(t, text); len(cs) > 0 {
			t.Errorf("Extract(%q) = %v, want no claim", text, cs)
		}
	}
}

// TestNested: reported speech inside a claim, said by a thing, is part of
// that claim; said by a named source, it is a claim too.
func TestNested(t *testing.T) {
	for _, tc := range []struct {
		text string
		cues []string
	}{
		{"Christine Lagarde a estimé que ces chiffres confirmaient la tendance.", []string{"a estimé"}},
		{"Le Kremlin a affirmé que Kiev avait démenti ces informations.", []string{"a affirmé", "avait démenti"}},
	} {
		cs, _ := extract(t, tc.text)
		var got []string
		for _, c := range cs {
			got = append(got, c.Cue)
		}
		if strings.Join(got, "|") != strings.Join(tc.cues, "|") {
			t.Errorf("Extract(%q): cues %q, want %q", tc.text, got, tc.cues)
		}
	}
}

// TestAntecedents: a pronoun speaker stands for the most recent
// candidate of its number and gender, speakers and sentence subjects alike.
func TestAntecedents(t *testing.T) {
	tests := []struct{ text, cue, want string }{
		{"« Les frappes continuent », a déclaré le gouverneur Oleg Kiper. Selon l’armée de l’air, 88 drones ont été lancés. Quatorze autres ont été perdus, a-t-elle précisé.",
			"a-t-elle précisé", "l’armée de l’air"},
		{"Le Quartier général a précisé que 95 soldats étaient rentrés. Le ministère de la Défense a confirmé l’échange. Les soldats sont soignés au Bélarus, a-t-il ajouté.",
			"a-t-il ajouté", "Le ministère de la Défense"},
		{"L’ambassadeur de France a estimé que l’impunité ne pouvait durer. Selon lui, Paris présentera un texte.",
			"Selon", "L’ambassadeur de France"},
		{"Le ministre Paul Martin a visité le village. Une habitante, Elena Munteanu, montre ses vitres brisées. « C’était chez nous », souligne-t-elle.",
			"souligne-t-elle", "Elena Munteanu"},
		{"« Je n’ai rien pris, a martelé Gérard Lemoine à la barre. J’ai signé. » Il a reconnu avoir manqué de vigilance.",
			"a reconnu", "Gérard Lemoine"},
		{"La fédération a annoncé l’annulation du match. Elle a précisé que les billets seraient remboursés.",
			"a précisé", "La fédération"},
		// the given name tells the gender of a bare name
		{"Sandrine Lebrun a témoigné lundi que tout allait mal. Gérard Lemoine a affirmé qu’il était innocent. « C’est faux », a-t-elle dit.",
			"a-t-elle dit", "Sandrine Lebrun"},
	}
	for i, tc := range tests {
		cs, _ := extract(t, tc.text)
		found := false
		for _, c := range cs {
			if c.Cue != tc.cue {
				continue
			}
			found = true
			if c.Speaker == nil || !strings.Contains(c.Speaker.Canonical+"|"+c.Speaker.Text, tc.want) {
				t.Errorf("%d: %q: speaker %+v, want %q", i, tc.cue, c.Speaker, tc.want)
			}
		}
		if !found {
			t.Errorf("%d: no claim with cue %q in %v", i, tc.cue, cs)
		}
	}
}

// TestBareRole: a role phrase stands for the person quoted just before
// only when that person holds the role.
func TestBareRole(t *testing.T) {
	cs, _ := extract(t, "« Le groupe a versé des dividendes », a déclaré Karim Benali, délégué syndical. Le ministre de l’Industrie a fait savoir qu’il recevrait la direction.")
	for _, c := range cs {
		if c.Cue == "a fait savoir" {
			if c.Speaker == nil || strings.Contains(c.Speaker.ID+c.Speaker.Canonical, "enali") {
				t.Errorf("a fait savoir: speaker %+v, want the minister, not Karim Benali", c.Speaker)
			}
			return
		}
	}
	t.Errorf("no claim with cue a fait savoir in %v", cs)
}

// TestPronounGender: "elle" goes to the woman named before, not to the
// last man mentioned.
func TestPronounGender(t *testing.T) {
	text := "La ministre Anne Leroy a déclaré que le projet avancerait. Le préfet Paul Martin a estimé que le calendrier était tenable.\n« Nous serons prêts », a-t-elle assuré."
	cs, _ := extract(t, text)
	for _, c := range cs {
		if c.Cue == "a-t-elle assuré" {
			if c.Speaker == nil || !strings.Contains(c.Speaker.Canonical+c.Speaker.ID, "Leroy") && !strings.Contains(strings.ToLower(c.Speaker.ID), "leroy") {
				t.Errorf("a-t-elle assuré: speaker %+v, want Anne Leroy", c.Speaker)
			}
			return
		}
	}
	t.Errorf("no claim for a-t-elle assuré in %v", cs)
}

func TestOffsets(t *testing.T) {
	for _, f := range seeds(t) {
		b, _ := os.ReadFile(f)
		var x claims.Extractor
		cs, a, err := x.ExtractText(string(b), time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			if a.Text[c.Start:c.End] != c.Sentence {
				t.Errorf("%s: sentence span %d-%d does not hold %q", f, c.Start, c.End, c.Sentence)
			}
			if c.ContentSpan.Start < c.Start || c.ContentSpan.End > c.End {
				t.Errorf("%s: content span outside the sentence: %v", f, c)
			}
			for _, n := range c.Numbers {
				if a.Text[n.Start:n.End] != n.Text {
					t.Errorf("%s: number span %d-%d holds %q, not %q", f, n.Start, n.End, a.Text[n.Start:n.End], n.Text)
				}
			}
			for _, d := range c.Dates {
				if a.Text[d.Start:d.End] != d.Text {
					t.Errorf("%s: date span %d-%d holds %q, not %q", f, d.Start, d.End, a.Text[d.Start:d.End], d.Text)
				}
			}
			if c.Speaker != nil && c.Speaker.Span.Len() > 0 && a.Text[c.Speaker.Span.Start:c.Speaker.Span.End] != c.Speaker.Text {
				t.Errorf("%s: speaker span holds %q, not %q", f, a.Text[c.Speaker.Span.Start:c.Speaker.Span.End], c.Speaker.Text)
			}
			if a.Text[c.CueSpan.Start:c.CueSpan.End] == "" && c.Kind != claims.ReportedFact && c.Cue != "«»" {
				t.Errorf("%s: empty cue span for %v", f, c)
			}
		}
	}
}

func seeds(t testing.TB) []string {
	fs, err := filepath.Glob("../seeds/*.txt")
	if err != nil || len(fs) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	return fs
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("..", "testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./claims -update)", err)
	}
	if d := cmp.Diff(string(want), string(got)); d != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", name, d)
	}
}

func marshal(t *testing.T, v any) []byte {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return []byte(b.String())
}

// TestGolden records the claims of every seed and the compare view.
func TestGolden(t *testing.T) {
	var srcs []claims.Source
	for _, f := range seeds(t) {
		b, _ := os.ReadFile(f)
		a, err := article.Parse(string(b))
		if err != nil {
			t.Fatal(err)
		}
		var x claims.Extractor
		cs, err := x.Extract(a)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		golden(t, "claims_"+name+".golden.json", marshal(t, goldenView(cs)))
		srcs = append(srcs, claims.Source{Name: filepath.Base(f), Published: a.Date, Claims: cs})
	}
	gs := claims.Compare(srcs)
	if gs == nil {
		gs = []claims.Group{}
	}
	golden(t, "compare.golden.json", marshal(t, gs))
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{"« Nous tenons bon », a déclaré M. Zelensky samedi.", "Selon Séoul, citant des sources du renseignement, 12.000 soldats.", "a-t-elle dit", "«", "», a", "Selon", "selon lesquelles", ""} {
		f.Add(s)
	}
	for _, p := range []string{"../seeds/000_4f98a978032fd170.txt", "../seeds/003_67df11bd5457b48a.txt"} {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := article.Parse(s)
		if err != nil {
			return
		}
		var x claims.Extractor
		cs, err := x.Extract(a)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			if c.Start < 0 || c.End > len(a.Text) || c.Start > c.End || a.Text[c.Start:c.End] != c.Sentence {
				t.Fatalf("bad sentence span %d-%d in %q", c.Start, c.End, a.Text)
			}
			if c.ContentSpan.Start < 0 || c.ContentSpan.End > len(a.Text) || c.ContentSpan.Start > c.ContentSpan.End {
				t.Fatalf("bad content span %v", c.ContentSpan)
			}
			for _, n := range c.Numbers {
				if n.Start < 0 || n.End > len(a.Text) || n.Start > n.End || a.Text[n.Start:n.End] != n.Text {
					t.Fatalf("bad number span %d-%d %q", n.Start, n.End, n.Text)
				}
			}
			if c.Speaker != nil && (c.Speaker.Span.Start < 0 || c.Speaker.Span.End > len(a.Text) || c.Speaker.Span.Start > c.Speaker.Span.End) {
				t.Fatalf("bad speaker span %v", c.Speaker.Span)
			}
			if _, err := json.Marshal(c); err != nil {
				t.Fatal(err)
			}
		}
	})
}

// BenchmarkPipeline runs the whole pipeline, raw text to claims, on the
// seeds.
func BenchmarkPipeline(b *testing.B) {
	var texts []string
	n := 0
	for _, f := range seeds(b) {
		bs, _ := os.ReadFile(f)
		texts = append(texts, string(bs))
		n += len(bs)
	}
	var x claims.Extractor
	if _, _, err := x.ExtractText(texts[0], time.Time{}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range texts {
			if _, _, err := x.ExtractText(s, time.Time{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkExtract measures claims alone on parsed articles.
func BenchmarkExtract(b *testing.B) {
	var as []*article.Article
	n := 0
	for _, f := range seeds(b) {
		bs, _ := os.ReadFile(f)
		a, err := article.Parse(string(bs))
		if err != nil {
			b.Fatal(err)
		}
		as = append(as, a)
		n += len(bs)
	}
	var x claims.Extractor
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range as {
			if _, err := x.Extract(a); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// goldenClaim is a claim as the golden files record it: the extract
// contract's JSON, then what the Go value adds (stance, chain, the dates in
// the content resolved).
type goldenClaim struct {
	Claim   claims.Claim `json:"claim"`
	Stance  string       `json:"stance,omitempty"`
	Negated bool         `json:"negated,omitempty"`
	Via     []string     `json:"via,omitempty"`
	Dates   []string     `json:"dates,omitempty"`
}

func goldenView(cs []claims.Claim) []goldenClaim {
	out := []goldenClaim{}
	for _, c := range cs {
		g := goldenClaim{Claim: c, Stance: string(c.Stance), Negated: c.Negated}
		for _, v := range c.Via {
			g.Via = append(g.Via, v.Text)
		}
		for _, d := range c.Dates {
			v := d.Value
			if v.IsZero() {
				v = d.From
			}
			g.Dates = append(g.Dates, d.Text+" = "+v.Format("2006-01-02"))
		}
		out = append(out, g)
	}
	return out
}
