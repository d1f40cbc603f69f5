package entities

import (
	_ "embed"
	"strings"
	"sync"
)

// This file holds the built-in French word lists that decide what context a
// name stands in: role words (roles.txt), reporting verbs, determiners,
// prepositions, month and weekday names. They are unexported and read-only,
// built once on first use.

//go:embed roles.txt
var rolesTxt string

//go:generate go run makegiven.go

// givennames.txt lists given names with their gender, from Dicollecte's
// dictionary (see data/README.md).
//
//go:embed givennames.txt
var givenTxt string

// lexFlags classify a folded word.
type lexFlags uint32

const (
	lStop      lexFlags = 1 << iota // function word: never a name
	lMonth                          // month or weekday name
	lDet                            // determiner before a role: le, la, son…
	lVerb                           // reporting verb (participle or present)
	lAux                            // auxiliary before a participle: a, avait
	lPlaceNoun                      // ville, région…: "ville de X" is a place
	lLocative                       // à, depuis, vers: "à Moscou" is a place
	lInst                           // institution noun: ministère, armée…
	lDomain                         // complement word of a role or institution
	lPreMod                         // modifier before a role: ancien, nouveau
	lPostMod                        // modifier after a role: adjoint, général
	lParticle                       // name particle: de, van, von, al…
	lTitle                          // M, Mme, Dr
	lRoleStart                      // first word of a role phrase
	lPrep                           // preposition opening a complement
	lSelon                          // selon, d'après
	lAdverb                         // adverb between auxiliary and participle
	lAppos                          // article opening an apposition: un, une
	lPlural                         // plural determiner: les, des, ses
	lMediaNoun                      // quotidien, chaîne: "le quotidien X" is a medium
	lDative                         // soutien, aide: "soutien à Moscou" is the country
	lCommonCap                      // nouns written with a capital that are no names: État
	lGiven                          // a given name (givennames.txt): "Kévin Laroche" is a person
	lGivenFem                       // a feminine given name
	lGivenMasc                      // a masculine given name
)

// roleDef is one line of roles.txt.
type roleDef struct {
	function string // folded content words of the function
	display  string // the function as written in roles.txt
	bound    string // entity id the role is bound to, if any
	vague    bool
}

// lexicon is the built-in vocabulary.
type lexicon struct {
	ids   map[string]int32
	flags []lexFlags
	roles trie // role phrases over lexicon ids; payload: index in roleDefs
	defs  []roleDef
	words *wordTable // ids as a table, for the zero Dictionary
}

func (lx *lexicon) id(w string) int32 {
	if id, ok := lx.ids[w]; ok {
		return id
	}
	id := int32(len(lx.flags))
	lx.ids[w] = id
	lx.flags = append(lx.flags, 0)
	return id
}

func (lx *lexicon) add(f lexFlags, words string) {
	for _, w := range strings.Fields(words) {
		if strings.HasSuffix(w, "'") { // an elided word: l', d', qu'
			id := lx.id(string(appendFold(nil, w)))
			lx.flags[id] |= f
			continue
		}
		for _, part := range foldWords(w) {
			id := lx.id(part)
			lx.flags[id] |= f
		}
	}
}

// foldWords folds a phrase into its token folds.
func foldWords(s string) []string {
	var ts tokens
	tokenize(s, &ts)
	out := make([]string, 0, len(ts.toks))
	for i := range ts.toks {
		if ts.toks[i].is(fWord) {
			out = append(out, string(ts.fold(i)))
		}
	}
	return out
}

// functionStop are the words left out of a function key.
var functionStop = map[string]bool{
	"de": true, "du": true, "des": true, "la": true, "le": true, "les": true,
	"l'": true, "d'": true, "a": true, "au": true, "aux": true, "en": true, "et": true,
}

// functionKey folds a function phrase to its content words.
func functionKey(words []string) string {
	var b strings.Builder
	for _, w := range words {
		if functionStop[w] {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

var builtin = sync.OnceValue(func() *lexicon {
	lx := &lexicon{ids: make(map[string]int32, 1024)}
	lx.roles.init()
	lx.add(lStop, `le la les l' un une des du de d' au aux à a en dans sur sous pour par
		avec sans selon entre vers chez depuis pendant après avant contre et ou mais donc
		or ni car que qu' qui quoi dont où ce cet cette ces son sa ses leur leurs mon ma
		mes notre nos votre vos il elle ils elles on nous vous je tu lui eux celui celle
		ceux celles cela ça ceci tout tous toute toutes plusieurs quelques chaque aucun
		aucune si ainsi alors aussi puis enfin toutefois cependant pourtant néanmoins
		outre lors quand comme comment pourquoi oui non ne n' y se s' c' j' m' t' très
		plus moins bien déjà encore jamais toujours ici là hier aujourd'hui demain cet
		jusqu' lorsqu' puisqu' quelque autre autres même mêmes tel telle tels telles
		voici voilà parmi malgré durant via face côté faute grâce afin est sont était
		sera ont avait fut été être avoir fait peut doit the of and in on at for to by
		with from a an is are was this that these those it he she they we you i
		monsieur madame mademoiselle messieurs mesdames selon d'après certes bref
		surtout notamment également environ près loin contrairement concernant`)
	lx.add(lMonth, `janvier février mars avril mai juin juillet août septembre octobre
		novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche`)
	lx.add(lDet, `le la l' du au son sa leur ce cette notre votre`)
	lx.add(lPlural, `les des ses leurs ces aux nos vos`)
	lx.add(lAppos, `un une le la l' son sa`)
	lx.add(lVerb, `déclaré affirmé indiqué annoncé ajouté assuré estimé précisé souligné
		averti dit expliqué confirmé démenti répondu prévenu jugé rappelé insisté
		promis reconnu admis dénoncé accusé condamné salué martelé lancé écrit raconté
		réagi demandé appelé exhorté menacé nié rapporté signalé déploré regretté
		réaffirmé assuré commenté révélé répété confié poursuivi conclu argué plaidé
		prévenu tweeté publié
		déclare affirme indique annonce ajoute assure estime précise souligne avertit
		explique confirme dément répond prévient juge rappelle insiste promet
		reconnaît dénonce accuse condamne salue martèle lance écrit raconte réagit
		demande appelle exhorte menace nie rapporte signale déplore regrette réaffirme
		commente révèle répète confie poursuit conclut affirmait déclarait estimait
		indiquait assurait expliquait`)
	lx.add(lAux, `a avait aurait ont avaient`)
	lx.add(lAdverb, `également aussi encore déjà ensuite enfin notamment par ailleurs
		lundi mardi mercredi jeudi vendredi samedi dimanche hier soir matin dernier
		récemment alors pourtant toutefois cependant publiquement immédiatement
		officiellement`)
	lx.add(lPlaceNoun, `ville village région localité commune province oblast district
		quartier périphérie banlieue capitale port cité département secteur bourg
		hameau agglomération faubourg île villes villages régions localités communes
		provinces ports municipalité raïon canton comté maire gouverneur habitants
		aéroport environs mairie parquet tribunal université hôpital gare préfecture
		accord accords traité sommet conférence`)
	lx.add(lLocative, `à au aux depuis vers dans en sur via jusqu'à près proche proximité
		environs nord sud est ouest centre`)
	// the words of share buttons, page widgets and field labels
	// ("Partager sur Facebook", "Date :") are no names either
	lx.add(lCommonCap, `partager partagez imprimer commenter télécharger abonnez inscrivez suivez envoyer
		lire voir écouter regarder date vues source photo crédit crédits légende auteur publié`)
	lx.add(lCommonCap, `état etat république nation gouvernement parlement assemblée sénat
		église dieu constitution présidence administration ouest orient nord sud est
		gauche droite conseil cour justice défense intérieur affaires étrangères armées`)
	lx.add(lDative, `soutien aide aides appel message ultimatum avertissement menaces
		pression pressions armes missiles munitions livraisons sanctions reproches
		demande offre proposition allégeance fidélité`)
	lx.add(lMediaNoun, `quotidien journal hebdomadaire magazine chaîne radio télévision
		tabloïd mensuel site`)
	lx.add(lInst, `ministère gouvernement armée agence service services police ambassade
		parlement présidence marine diplomatie justice parquet douanes administration
		renseignement aviation`)
	lx.add(lDomain, `affaires étrangères extérieures défense intérieur justice économie
		finances santé sécurité renseignement armées énergie diplomatie police état
		gouvernement république agriculture éducation culture travail environnement
		transports industrie commerce numérique budget nationale national conseil
		relations internationales europe européennes militaire militaires stratégique
		coopération développement opérations guerre anciens combattants territoires
		occupés frontières garde frontière marine aviation armée forces spéciales
		cabinet présidence parlement assemblée sénat commission fédérale fédéral bureau
		office administration cybersécurité nucléaire communications information presse
		protection civile urgences situations sociales solidarité famille femmes égalité
		droits homme transition écologique climat recherche enseignement supérieur
		technologie innovation sport jeunesse logement immigration armement
		intelligence services service sûreté publique publiques extérieure intérieure
		étranger étrangère ukrainiens réintégration stratégiques politique
		politiques spécial spéciale terrestres navales aériennes aérospatiales`)
	lx.add(lPreMod, `nouveau nouvelle ancien ancienne ex actuel actuelle futur future
		distingué distinguée puissant puissante influent influente éphémère défunt
		défunte feu emblématique controversé controversée dernier dernière premier
		première haut haute très vice jeune vieux vieil`)
	lx.add(lPostMod, `général générale adjoint adjointe délégué déléguée intérimaire
		sortant sortante élu élue principal principale spécial spéciale national
		nationale fédéral fédérale militaire chargé chargée par intérim adjoints
		suprême régional régionale local locale`)
	lx.add(lParticle, `de van von der den al el ben bin ibn da di du dos das del della
		le la ter ten abou abu bou y mac`)
	lx.add(lTitle, `m mm mme mmes mlle dr pr mgr me`)
	for _, line := range strings.Split(givenTxt, "\n") {
		name, g, ok := strings.Cut(line, " ")
		if !ok || name == "" || name[0] == '#' {
			continue
		}
		lx.add(lGiven, name)
		switch g {
		case "f":
			lx.add(lGivenFem, name)
		case "m":
			lx.add(lGivenMasc, name)
		}
	}
	lx.add(lPrep, `de du des d' en à au aux auprès pour chargé chargée`)
	lx.add(lSelon, `selon`)
	for _, line := range strings.Split(rolesTxt, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		phrase := foldWords(cols[0])
		def := roleDef{display: cols[0]}
		if len(cols) > 1 {
			def.display = cols[1]
			def.function = functionKey(foldWords(cols[1]))
		}
		if len(cols) > 2 {
			for _, f := range strings.Fields(cols[2]) {
				if f == "vague" {
					def.vague = true
				} else {
					def.bound = f
				}
			}
		}
		ids := make([]int32, len(phrase))
		for i, w := range phrase {
			ids[i] = lx.id(w)
		}
		lx.flags[ids[0]] |= lRoleStart
		lx.roles.insert(ids, int32(len(lx.defs)))
		lx.defs = append(lx.defs, def)
	}
	words := make(map[string]wordIDs, len(lx.ids))
	for w, id := range lx.ids {
		words[w] = wordIDs{voc: -1, lex: id}
	}
	lx.words = newWordTable(words, lx.flags)
	return lx
})

// id0 returns the id of a folded word, or -1.
func (lx *lexicon) id0(w string) int32 {
	if id, ok := lx.ids[w]; ok {
		return id
	}
	return -1
}

// GivenNameGender returns the gender that the first word of a person's
// name suggests, from the embedded list of given names (givennames.txt):
// "f" for Sandrine, "m" for Gérard, "" when the word is no given name or
// is given to both (Claude, Dominique). Case and accents are ignored.
func GivenNameGender(name string) string {
	first, _, _ := strings.Cut(strings.TrimSpace(name), " ")
	parts := foldWords(first)
	if len(parts) == 0 {
		return ""
	}
	lx := builtin()
	id, ok := lx.ids[parts[0]]
	if !ok {
		return ""
	}
	switch fl := lx.flags[id]; {
	case fl&lGivenFem != 0 && fl&lGivenMasc == 0:
		return "f"
	case fl&lGivenMasc != 0 && fl&lGivenFem == 0:
		return "m"
	}
	return ""
}
