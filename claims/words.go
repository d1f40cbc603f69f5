package claims

// Closed word classes the attribution grammar needs, folded
// (normalize.Fold: lowercase, no accents, ' apostrophe). They are grammar,
// not vocabulary of any article.

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

var (
	// auxiliaries of compound tenses (avoir; être only for pronominal verbs).
	auxAvoir = set("a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "ai", "as", "avons", "avez", "eut", "eurent", "aie", "ait")
	auxEtre  = set("est", "sont", "etait", "etaient", "sera", "seront", "serait", "seraient", "fut", "furent", "soit", "soient")
	// conditional auxiliaries: the journalistic conditional.
	auxCond = set("aurait", "auraient", "serait", "seraient")

	determiners = set("le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "son", "sa", "ses", "leur", "leurs",
		"ce", "cet", "cette", "ces", "au", "aux", "mon", "ma", "mes", "notre", "nos", "votre", "vos", "quelque", "quelques", "plusieurs", "certains", "certaines", "chaque", "tout", "toute", "tous", "toutes")

	// npStart words open a noun phrase that can be a subject.
	npStart = set("le", "la", "les", "l'", "un", "une", "des", "du", "son", "sa", "ses", "leur", "leurs",
		"ce", "cet", "cette", "ces", "m", "mme", "mmes", "mm", "plusieurs", "certains", "certaines", "deux", "trois", "quatre", "nombre",
		"tout", "toute", "tous", "toutes", "aucun", "aucune", "chaque")

	subjectPronouns = set("il", "elle", "ils", "elles", "on")
	// nameParticles stand inside people's names: "Armando Correia da
	// Silva", "Ursula von der Leyen".
	nameParticles = set("da", "de", "del", "della", "di", "do", "dos", "das", "du", "van", "von", "der", "den", "al", "el", "ben", "bin", "ibn", "la", "le", "y")
	// stressedPronouns stand alone after a preposition: "selon lui".
	stressedPronouns = set("lui", "elle", "eux", "elles")

	negations = set("pas", "jamais", "point", "guere", "nullement")

	// adverbs and other small words that may stand inside or just after a
	// verb group without changing it.
	adverbs = set("pas", "plus", "jamais", "point", "egalement", "aussi", "encore", "deja", "notamment", "meme", "toutefois",
		"ainsi", "alors", "enfin", "pourtant", "cependant", "ensuite", "aussitot", "immediatement", "publiquement",
		"officiellement", "explicitement", "clairement", "fermement", "vivement", "lui", "toujours", "souvent",
		"d'ailleurs", "serieusement", "formellement", "recemment", "personnellement",
		"hier", "aujourd'hui", "demain", "neanmoins", "bien", "tres", "longtemps", "brievement", "simplement", "surtout",
		"fortement", "largement", "directement", "volontiers", "discretement", "expressement", "ensemble", "auparavant",
		"jeudi", "lundi", "mardi", "mercredi", "vendredi", "samedi", "dimanche",
		"matin", "soir", "midi", "apres-midi", "nuit", "soiree", "matinee", "dernier", "derniere", "prochain", "prochaine",
		"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "tard", "tot")

	weekdays = set("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
	months   = set("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre")

	// introWords open a fronted adverbial ("Jeudi,", "De son côté,", "Lors
	// d’un voyage,"), never a subject.
	introWords = set("en", "dans", "lors", "plus", "apres", "avant", "depuis", "par", "pour", "sur", "selon", "d'apres", "de", "d'",
		"a", "au", "aux", "vers", "pendant", "durant", "hier", "aujourd'hui", "toutefois", "cependant", "enfin", "ainsi", "or", "mais",
		"et", "alors", "concernant", "quant", "contrairement", "comme", "face", "malgre", "outre", "pourtant", "neanmoins",
		"jeudi", "lundi", "mardi", "mercredi", "vendredi", "samedi", "dimanche", "ce", "cette", "cet", "des", "dimanche",
		"parallelement", "ailleurs", "desormais", "entre-temps", "auparavant", "sans", "avec", "sous", "selon", "interroge",
		"interrogee", "interroges", "questionne", "questionnee", "la", "le", "les", "l'", "puis", "si", "tandis", "lorsque", "lorsqu'",
		"quand", "alors", "dimanche", "suite", "afin", "cote", "grace", "loin", "pres", "environ", "jusqu'", "mi", "fin", "debut", "ici", "la-bas")

	// npStop ends a noun phrase that follows a verb ("a déclaré X sur
	// Telegram", "… X lors d’une rencontre").
	npStop = set("qui", "que", "qu'", "lors", "en", "dans", "sur", "depuis", "devant", "pendant", "apres", "avant", "par", "pour",
		"selon", "citant", "car", "mais", "a", "au", "aux", "lorsqu'", "lorsque", "quand", "tandis", "alors", "ajoutant",
		"precisant", "soulignant", "affirmant", "estimant", "indiquant", "expliquant", "rappelant", "assurant", "dont", "ou",
		"vers", "via", "contre", "chez", "sans", "sous", "durant", "ce", "cette", "hier", "aujourd'hui", "avec", "face", "suite", "interroge",
		"interrogee", "jeudi", "lundi", "mardi", "mercredi", "vendredi", "samedi", "dimanche", "le", "la", "les", "un", "une", "des")

	// queBlockers precede a "que" that does not introduce reported speech.
	queBlockers = set("ainsi", "alors", "parce", "bien", "tandis", "plus", "moins", "ce", "tant", "des", "avant", "apres",
		"sans", "pour", "autre", "autres", "aussi", "autant", "pendant", "sinon", "si", "tel", "telle", "tels",
		"telles", "mais", "pourvu", "a", "jusqu'a", "afin", "de", "ne", "n'", "moment", "pendant", "lors", "depuis", "sauf", "plutot")

	// speechNouns head "les affirmations de X selon lesquelles …".
	speechNouns = set("affirmations", "affirmation", "informations", "information", "declarations", "declaration", "propos",
		"accusations", "accusation", "rapports", "rapport", "estimations", "estimation", "allegations", "allegation",
		"assertions", "assertion", "affirme", "dires", "revelations", "revelation", "indications", "donnees", "chiffres", "sources", "source")

	// roleNouns head a short definite noun phrase that stands for a person
	// named earlier ("le ministre", "la diplomate").
	roleNouns = set("ministre", "vice", "president", "presidente", "diplomate", "chef", "dirigeant", "dirigeante", "porte-parole",
		"porte", "secretaire", "ambassadeur", "ambassadrice", "responsable", "directeur", "directrice", "conseiller", "conseillere",
		"chancelier", "chanceliere", "premier", "premiere", "general", "commandant", "maire", "gouverneur", "gouverneure",
		"vice-ministre", "vice-president", "vice-presidente", "homologue", "leader", "numero", "patron", "patronne", "souverain",
		"monarque", "roi", "reine", "pape", "depute", "deputee", "senateur", "senatrice", "procureur", "procureure", "juge",
		"colonel", "capitaine", "entraineur", "entraineuse", "gardien", "gardienne", "joueur", "joueuse", "attaquant",
		"defenseur", "selectionneur", "avocat", "avocate", "temoin", "expert", "experte", "chercheur", "chercheuse",
		"medecin", "professeur", "professeure", "syndicaliste", "militant", "militante", "prefet", "prefete",
		"commissaire", "chanteur", "chanteuse", "acteur", "actrice", "ecrivain", "ecrivaine", "journaliste", "eveque",
		"ministre-president", "consul", "consule", "lieutenant", "capitaine", "sergent", "commandante", "juge",
		"directrice", "presidente", "senateur", "senatrice", "elu", "elue", "candidat", "candidate", "opposant", "opposante")

	// attribution markers of the journalistic hedge.
	hedgeWords = set("presume", "presumee", "presumes", "presumees", "suppose", "supposee", "supposes", "supposees",
		"pretendu", "pretendue", "pretendus", "pretendues", "rumeur", "rumeurs", "soupconne", "soupconnee", "soupconnes", "soupconnees", "apparemment", "vraisemblablement")

	// selonWords introduce an according-to source.
	selonWords = set("selon", "d'apres")
)

// isInfinitive reports whether a folded word looks like an infinitive.
func isInfinitive(f string) bool {
	if len(f) < 4 {
		return false
	}
	switch f {
	case "premier", "dernier", "hier", "leur", "pour", "entre", "contre", "notre", "votre", "autre", "quatre", "cadre",
		"ordre", "nombre", "centre", "lettre", "ministre", "guerre", "frontiere", "terre", "titre", "offre", "membre",
		"foyer", "quartier", "dossier", "metier", "janvier", "fevrier", "pierre", "mer", "fer", "super", "cher", "chere",
		"plusieurs", "ailleurs", "leurs", "entier", "particulier", "militaire", "militaires", "etrangere", "cooperer", "autres":
		return f == "cooperer"
	}
	return (hasSuffix(f, "er") || hasSuffix(f, "ir") || hasSuffix(f, "re") || hasSuffix(f, "oir")) && !hasSuffix(f, "ier") || f == "avoir" || f == "etre"
}

func hasSuffix(s, suf string) bool { return len(s) >= len(suf) && s[len(s)-len(suf):] == suf }
