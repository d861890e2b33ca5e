"""French words that say what kind of source a reporting frame names, and how its words travelled.

A source is a person, an organisation, a medium, an anonymous voice or a document (figures, a study,
a release). These lists are the language's words for those kinds (and the names of the wire
agencies every French desk cites), not names taken from any corpus.
"""

# Head nouns of a medium speaking in its own name (« le quotidien X », « la chaîne Y »).
MEDIA_HEADS: frozenset[str] = frozenset({
    "journal", "journaux", "quotidien", "quotidiens", "hebdomadaire", "mensuel", "magazine", "revue",
    "chaîne", "chaînes", "télévision", "télé", "radio", "radios", "site", "blog", "presse", "média",
    "médias", "gazette", "tabloïd", "antenne", "station", "webzine", "newsletter", "fil",
})

# The wire agencies and broadcasters French news relays most (one form per line of the desk's usage).
NEWS_AGENCIES: frozenset[str] = frozenset({
    "afp", "reuters", "ap", "associated press", "bloomberg", "xinhua", "chine nouvelle", "yonhap", "kyodo",
    "tass", "itar-tass", "ria novosti", "interfax", "anadolu", "ansa", "dpa", "efe", "belga", "ats",
    "apa", "irna", "sana", "mena", "wafa", "kcna", "jiji", "bbc", "cnn", "rfi", "al-jazira", "al-jazeera",
    "al-arabiya", "france inter", "france info", "franceinfo", "europe 1", "rtl", "lci", "bfmtv", "tf1",
    "france 2", "france 24", "euronews", "radio-canada", "la presse canadienne", "presse canadienne",
})

# Last words of a medium's proper name (« Washington Post », « Phoenix TV », « Cambridge News »).
MEDIA_NAME_ENDINGS: frozenset[str] = frozenset({
    "times", "post", "news", "tv", "journal", "star", "herald", "tribune", "gazette", "telegraph",
    "guardian", "monde", "figaro", "libération", "express", "observateur", "reporter", "daily", "today",
    "press", "stampa", "repubblica", "zeitung", "spiegel", "bild", "país", "haaretz",
})

# Head nouns of a document or data given as the source (« selon les chiffres du ministère »).
DOCUMENT_HEADS: frozenset[str] = frozenset({
    "chiffre", "chiffres", "donnée", "données", "statistique", "statistiques", "étude", "études",
    "sondage", "sondages", "enquête", "rapport", "rapports", "communiqué", "communiqués", "document",
    "documents", "bilan", "note", "lettre", "courrier", "recours", "requête", "plainte", "texte",
    "décision", "arrêt", "jugement", "test", "tests", "examen", "examens", "analyse", "analyses",
    "estimation", "estimations", "projection", "projections", "relevé", "relevés", "compte", "registre",
    "archives", "dossier", "mémo", "câble", "câbles", "bulletin", "baromètre", "classement", "indice",
})

# Determiners that leave a source unnamed (« un diplomate », « des sources », « plusieurs experts »).
INDEFINITE_DETERMINERS: frozenset[str] = frozenset({
    "un", "une", "des", "d'", "d’", "de", "plusieurs", "certains", "certaines", "quelques", "divers",
    "diverses", "nombre", "beaucoup", "deux", "trois", "quatre", "cinq", "ce", "cet", "cette", "ces",
    "tous", "toutes",
})

# Nouns that name a voice without naming who it is: with no name in the phrase and an indefinite
# or plural determiner the source is anonymous (« des témoins », « les analystes », « une source »).
ANONYMOUS_HEADS: frozenset[str] = frozenset({
    "source", "sources", "responsable", "responsables", "officiel", "officiels", "diplomate",
    "diplomates", "expert", "experts", "analyste", "analystes", "observateur", "observateurs", "témoin",
    "témoins", "proche", "proches", "entourage", "spécialiste", "spécialistes", "chercheur",
    "chercheurs", "militaire", "militaires", "fonctionnaire", "fonctionnaires", "interlocuteur",
    "habitant", "habitants", "résident", "résidents", "riverain", "riverains", "manifestant",
    "manifestants", "militant", "militants", "participant", "participants", "trader", "traders",
    "investisseur", "investisseurs", "économiste", "économistes", "policier", "policiers", "médecin",
    "médecins", "membre", "membres", "porte-parole", "employé", "employés", "salarié", "salariés",
    "élu", "élus", "dirigeant", "dirigeants", "cadre", "cadres", "opposant", "opposants", "critique",
    "critiques", "détracteur", "détracteurs", "défenseur", "défenseurs", "acteur", "acteurs", "gens",
    "personne", "personnes", "pompier", "pompiers", "cliente", "client", "clients", "voix", "fuite",
    "fuites", "sénateur", "sénateurs", "député", "députés", "juge", "pro-morsi", "homme", "femme",
    "jeune", "jeunes", "étudiant", "étudiants", "candidat", "candidats", "parent", "parents",
    "gérant", "gérante", "gérants", "commerçant", "commerçante", "commerçants", "patron", "patronne",
    "patrons", "propriétaire", "propriétaires", "médiateur", "médiateurs", "négociateur", "négociateurs",
    "enquêteur", "enquêteurs", "secouriste", "secouristes", "soignant", "soignants", "agriculteur",
    "agriculteurs", "syndicaliste", "syndicalistes", "conseiller", "conseillers", "collaborateur",
    "collaborateurs", "collègue", "collègues", "voisin", "voisine", "voisins",
})

# « de source policière », « selon une source proche du dossier »
SOURCE_WORDS: frozenset[str] = frozenset({"source", "sources"})

# Prepositions that open the adjunct ending a source phrase (« le magasin dans un communiqué »,
# « l'aéroport sur son compte Twitter », « le tribunal sur son microblog »).
SOURCE_ADJUNCT_PREPS: frozenset[str] = frozenset({
    "dans", "sur", "lors", "devant", "pendant", "durant", "depuis", "via", "par", "lundi", "mardi",
    "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui", "aujourd’hui",
    "également", "aussi", "encore", "ensuite", "enfin", "notamment", "ainsi", "cependant", "toutefois",
    "pourtant", "néanmoins", "gentiment", "clairement",
    "auprès",  # « un agronome auprès de la radio X »: whom the source spoke to
    "après",  # « a salué la présidente du club après la défaite »: when the source spoke
})

# Adjuncts of more than one word that end a source phrase as the prepositions above do (« a
# déclaré le maire en marge d'une réunion », « a dit la ministre à l'issue du conseil »), as the
# tokenizer cuts them.
SOURCE_ADJUNCT_PHRASES: tuple[tuple[str, ...], ...] = (
    ("en", "marge"), ("à", "l'", "issue"), ("à", "l’", "issue"), ("au", "cours"), ("à", "l'", "occasion"),
    ("à", "l’", "occasion"), ("au", "terme"), ("au", "sortir"),
)

# Participles that pass words on: « cité par l'AFP », « interrogé par Reuters », « repris par X ».
RELAY_PARTICIPLES: frozenset[str] = frozenset({
    "cité", "citée", "cités", "citées", "interrogé", "interrogée", "interrogés", "interrogées",
    "repris", "reprise", "reprises", "rapporté", "rapportés", "rapportée", "rapportées", "joint",
    "jointe", "joints", "relayé", "relayée", "relayés", "relayées", "publié", "publiée", "publiés",
    "publiées", "diffusé", "diffusée", "diffusés", "diffusées", "accordé", "accordée", "accordés", "accordées",
})

# First-person words: a sentence of them right after a speaker's words, with no frame of its own,
# continues that speaker (news prints unquoted speech as its own paragraph).
FIRST_PERSON: frozenset[str] = frozenset({
    "je", "j'", "j’", "me", "m'", "m’", "moi", "mon", "ma", "mes", "nous", "notre", "nos", "on",
})

# Adverbial phrases that sit between an incise verb and its subject (« ..., dit en substance le
# texte », « ..., résume quant à elle X », « ..., ajoute pour sa part le ministre »): skipped to
# reach the subject. Each is a tuple of lower-case tokens as the tokenizer cuts them.
INCISE_ADVERBIALS: tuple[tuple[str, ...], ...] = (
    ("en", "substance"), ("en", "effet"), ("en", "outre"), ("de", "nouveau"), ("à", "nouveau"),
    ("quant", "à", "lui"), ("quant", "à", "elle"), ("quant", "à", "eux"), ("quant", "à", "elles"),
    ("pour", "sa", "part"), ("pour", "leur", "part"), ("de", "son", "côté"), ("de", "leur", "côté"),
    ("à", "son", "tour"), ("à", "leur", "tour"), ("lui", "aussi"), ("elle", "aussi"), ("eux", "aussi"),
    ("elles", "aussi"), ("en", "conclusion"), ("en", "résumé"), ("au", "passage"), ("en", "privé"),
    ("en", "public"), ("sans", "détour"), ("sans", "ambages"), ("à", "juste", "titre"),
)

# Nouns that name a person by what they are (« cette jeune fille », « l'étudiante »): a subject noun
# phrase of one of these (or of a role or a voice) can be what a later « elle » / « il » stands for.
# These also seed the word-vector test of person nouns (``nlp.extract.human_like``).
PERSON_NOUN_SEEDS: frozenset[str] = frozenset({
    "fille", "filles", "garçon", "garçons", "enfant", "enfants", "femme", "femmes", "homme", "hommes",
    "mère", "père", "fils", "sœur", "frère", "étudiante", "étudiantes", "lycéen", "lycéenne", "adolescent",
    "adolescente", "retraité", "retraitée", "habitante", "militante", "grand-mère", "grand-père",
    "veuve", "veuf", "patient", "patiente", "victime", "auteur", "auteure", "autrice", "architecte",
    "enseignante", "enseignant", "professeure", "chercheuse", "agricultrice", "agriculteur", "ouvrier",
    "ouvrière", "infirmière", "infirmier", "avocate", "avocat", "journaliste", "artiste", "écrivain",
    "écrivaine", "romancier", "romancière", "philosophe", "sociologue", "historien", "historienne",
    "vacancier", "vacancière", "vacanciers", "touriste", "touristes", "voyageur", "voyageuse", "voyageurs",
    "passager", "passagère", "passagers", "famille", "familles", "mères", "pères", "victimes", "retraités",
    "retraitées", "habitantes", "riveraine", "riveraines", "élève", "élèves", "lycéens", "lycéennes",
    "supporter", "supporters", "bénévole", "bénévoles", "sinistré", "sinistrés", "proche", "proches",
    "travailleur", "travailleuse", "travailleurs", "travailleuses", "mannequin", "mannequins", "dessinateur",
    "dessinatrice", "dessinateurs", "penseur", "penseuse", "chanteur", "chanteuse", "comédien", "comédienne",
    "acteur", "actrice", "cinéaste", "réalisateur", "réalisatrice", "sportif", "sportive", "athlète", "pilote",
    "entraîneur", "entraîneuse", "joueur", "joueuse", "musicien", "musicienne", "danseur", "danseuse",
    "photographe", "peintre", "sculpteur", "sculptrice", "cuisinier", "cuisinière", "chef", "cheffe",
    "médecin", "chirurgien", "chirurgienne", "psychologue", "psychiatre", "pharmacien", "pharmacienne",
    "commerçant", "commerçante", "artisan", "artisane", "éleveur", "éleveuse", "viticulteur", "viticultrice",
    "pêcheur", "pêcheuse", "salarié", "salariée", "salariés", "employé", "employée", "employés", "ouvriers",
    "ouvrières", "infirmières", "infirmiers", "aide-soignante", "aide-soignant", "policière", "gendarme",
    "pompier", "pompière", "militaire", "soldat", "soldate", "chauffeur", "chauffeuse", "conducteur",
    "conductrice", "locataire", "locataires", "propriétaire", "propriétaires", "quadragénaire",
    "quinquagénaire", "sexagénaire", "septuagénaire", "octogénaire", "nonagénaire", "centenaire",
    "trentenaire", "vingtenaire", "youtubeur", "youtubeuse", "influenceur", "influenceuse", "hacker",
})

# More nouns of people by what they are: audiences and users, carers. Listed apart from
# :data:`PERSON_NOUN_SEEDS`, which seed the word-vector test of person nouns (``nlp.extract.human_like``):
# nouns of consumers and subscribers sit near nouns of prices in the vectors and would draw them in.
MORE_HUMAN_NOUNS: frozenset[str] = frozenset({
    # audiences and users
    "fan", "fans", "admirateur", "admiratrice", "admirateurs", "admiratrices", "spectateur", "spectatrice",
    "spectateurs", "spectatrices", "téléspectateur", "téléspectatrice", "téléspectateurs", "téléspectatrices",
    "auditeur", "auditrice", "auditeurs", "auditrices", "internaute", "internautes", "abonné", "abonnée",
    "abonnés", "abonnées", "usager", "usagère", "usagers", "consommateur", "consommatrice", "consommateurs",
    "consommatrices",
    # carers and therapists
    "psy", "psys", "thérapeute", "thérapeutes", "psychologues", "psychiatres", "médecins", "soignante",
    "soignantes", "sage-femme", "sages-femmes",
    # players and athletes
    "joueur", "joueuse", "joueurs", "joueuses", "footballeur", "footballeuse", "footballeurs", "footballeuses",
    "cycliste", "cyclistes", "coureur", "coureuse", "coureurs", "coureuses", "athlète", "athlètes",
    "nageur", "nageuse", "nageurs", "nageuses", "sportif", "sportive", "sportifs", "sportives", "skieur",
    "skieuse", "skieurs", "skieuses", "rugbyman", "rugbymen", "basketteur", "basketteuse", "basketteurs",
    "basketteuses", "handballeur", "handballeuse", "handballeurs", "handballeuses", "tennisman", "tenniswoman",
})

HUMAN_NOUNS: frozenset[str] = PERSON_NOUN_SEEDS | MORE_HUMAN_NOUNS

# Nouns of what someone says or feels aloud (« le message des proches », « la colère des
# infirmiers », « l'appel d'une riveraine »): in a headline after a quotation, the person
# noun in their complement names the quotation's speaker.
VOICE_NOUNS: frozenset[str] = frozenset({
    "message", "messages", "colère", "appel", "cri", "témoignage", "témoignages", "récit", "lettre",
    "réponse", "inquiétude", "inquiétudes", "désarroi", "ras-le-bol", "détresse", "alerte", "plaidoyer",
    "avertissement", "confession", "confidences", "aveu", "aveux", "indignation",
    "regret", "regrets", "grogne", "exaspération", "émotion", "tristesse", "fierté", "soulagement",
    "déception", "plainte", "craintes", "crainte", "doutes", "réaction", "réactions", "riposte",
    "réplique", "mot", "mots", "promesse", "vœu", "supplique", "interpellation",
    "désespoir", "angoisse", "stupeur", "incompréhension", "amertume", "mea-culpa", "excuses",
    "prédication", "homélie", "sermon", "discours", "allocution", "tribune", "entretien", "interview",
    "menace", "menaces", "appels", "promesses", "accusation", "accusations", "exigence", "exigences",
})

# Nouns of words said (« les déclarations du ministre divisent le pays »): a headline subject they
# head is a voice's words, not a thing that affects people (:data:`VOICE_NOUNS` says more).
SPEECH_NOUNS: frozenset[str] = frozenset({
    "déclaration", "déclarations", "propos", "parole", "paroles", "annonce", "annonces", "commentaire",
    "commentaires", "remarque", "remarques", "sortie", "sorties", "tweet", "tweets", "phrase", "phrases",
    "formule", "critique", "critiques", "attaque", "attaques", "insulte", "insultes", "provocation",
    "provocations", "blague", "blagues", "confidence", "révélation", "révélations", "mise en garde",
})

# Collective nouns that speak as a body (« "..." : le secteur du bâtiment inquiet »,
# « le patronat », « l'opposition », « la presse », « la gauche », a trade: « l'hôtellerie »): a
# headline voice of the organisation kind.
COLLECTIVE_VOICES: frozenset[str] = frozenset({
    "secteur", "filière", "profession", "patronat", "syndicat", "syndicats", "opposition", "gouvernement",
    "entreprises", "associations", "association", "collectif", "ong", "mairie", "préfecture", "club",
    "fédération", "majorité", "exécutif", "direction", "intersyndicale", "ministère",
    "presse", "peloton", "gauche", "droite", "usine", "hôtellerie", "restauration",
})


# Prepositions (folded) after which a person named in a headline, right after its quotation, is
# whom the speakers deal with, not the speaker (« "..." : la colère des infirmiers après leur rencontre
# avec X », « les entreprises sur la réserve après les annonces de X »).
HEADLINE_NOT_SPEAKER_AFTER: frozenset[str] = frozenset({"avec", "contre", "apres", "envers", "face", "sur", "par"})

# Indefinite pronouns that can head a negated or universal statement (« personne n'est soucieux »,
# « tout le monde se porte bien »): never the name of who speaks or denies, folded.
INDEFINITE_SUBJECTS: frozenset[str] = frozenset({
    "personne", "tout le monde", "nul", "aucun", "aucune", "chacun", "chacune", "rien", "on", "quiconque",
})
