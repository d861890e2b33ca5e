"""French cues of modality: hedges, expectations, denials and negation, by lemma or form."""

# Verbs that, governing an infinitive, make it an expectation or possibility.
SPECULATIVE_MODALS: frozenset[str] = frozenset({"devoir", "pouvoir", "sembler", "paraître", "risquer"})

# Verbs whose content is only envisaged or supposed ("la Russie envisage de ..."). Attempts and
# wishes (chercher, tenter, vouloir, souhaiter) state a fact about the actor: not hedges.
SPECULATIVE_VERBS: frozenset[str] = frozenset({
    "envisager", "espérer", "spéculer", "supposer", "soupçonner", "craindre", "redouter", "imaginer",
})

# Verbs of attempt, wish or intention: the claim is read from their infinitive (« chercherait à
# quitter » -> quitter, conditional), but they do not hedge it themselves.
CONTROL_VERBS: frozenset[str] = frozenset({
    "chercher", "tenter", "vouloir", "souhaiter", "viser", "essayer", "entendre", "prévoir", "compter",
    "projeter", "planifier", "songer", "décider", "promettre", "menacer", "refuser", "accepter", "apprêter",
})

# Speech acts that are events in their own right (« la maire dénonce une campagne de haine », « des ONG
# appellent le gouvernement à suspendre le projet », « les syndicats réclament une hausse des salaires », « elle
# plaide non coupable »): told in the article's voice, with the actor as subject, when their content is a noun
# phrase or an infinitive (a demand, a condemnation, a plea). An incise (« "...", dénonce X ») or a
# content clause in « que » still reports the speaker's words.
PERFORMATIVE_SPEECH_ACTS: frozenset[str] = frozenset({
    "dénoncer", "condamner", "fustiger", "critiquer", "appeler", "exhorter", "sommer", "exiger", "demander",
    "réclamer", "recommander", "préconiser", "menacer", "plaider",
})

# Verbs that, with a noun of the speaker's own (« annonce sa démission », « son départ », « la fin de
# son mandat »), perform what they announce: the announcement is the news, in the article's voice.
SELF_ANNOUNCING_VERBS: frozenset[str] = frozenset({"annoncer"})

# Verbs of admission: factive, they take the truth of what is admitted for granted, and the
# admission of a deed of the speaker's own (an infinitive: « le suspect a reconnu avoir volé la
# voiture ») is the news, told in the article's voice; it still rests on the admitter's word (one
# source, whichever outlet tells it: ``claims.status.original_source``). With a noun (« le pays
# reconnaît l'indépendance de X »), a clause in « que » (« reconnaît que la mesure semblait dure »:
# an opinion) or in an incise (« "...", a reconnu X »), they report words.
ADMISSION_VERBS: frozenset[str] = frozenset({"reconnaître", "admettre", "avouer"})
POSSESSIVES: frozenset[str] = frozenset({"son", "sa", "ses", "leur", "leurs"})

# Modals that hedge only in the conditional (« devrait »); indicative « doit » is a schedule.
CONDITIONAL_ONLY_MODALS: frozenset[str] = frozenset({"devoir"})

# Modals whose indicative or subjunctive tells an ability, a permission or an achievement (« l'avion peut
# transporter 200 passagers », « les vacanciers ont pu rejoindre leur camping », « pour que les
# élèves puissent partir »), not a possibility: they hedge in the conditional (« pourrait »), or in the present
# with a passive or copular infinitive, the epistemic reading (« ces pannes peuvent être liées à »).
ROOT_SENSE_MODALS: frozenset[str] = frozenset({"pouvoir"})

# Evaluations in the passive voice report an unnamed source (« sont réputées », « est considérée »).
REPORTED_PASSIVES: frozenset[str] = frozenset({
    "réputer", "considérer", "estimer", "juger", "dire", "croire", "présenter", "décrire", "qualifier",
})

# Verbs of accusing whose past participle hangs on the accused (« trois entités accusées de chercher
# à ... », « un élu inculpé d'avoir détourné ... »): what follows is the accusers' claim, not the
# article's.
ACCUSING_PARTICIPLES: frozenset[str] = frozenset({"accuser", "incriminer", "inculper"})

# Adverbs and adjectives that hedge the clause they modify.
HEDGES: frozenset[str] = frozenset({
    "peut-être", "probablement", "éventuellement", "vraisemblablement", "apparemment",
    "possiblement", "sans doute", "possible", "probable", "potentiel", "potentiellement",
    "présumé", "supposé", "prétendu", "hypothétique", "envisageable", "plausible", "certainement",
})

# Nouns that frame what follows as speculation ("des spéculations font état de ...").
SPECULATIVE_NOUNS: frozenset[str] = frozenset({
    "spéculation", "rumeur", "hypothèse", "possibilité", "éventualité", "supposition", "perspective",
})

# Verbs of denial ("a nié", "dément", "a refusé de confirmer").
DENIAL_VERBS: frozenset[str] = frozenset({"nier", "démentir", "réfuter", "contester", "récuser"})
# present forms of those verbs that close a headline after a comma (« X revendique ..., Y dément »),
# which the tagger often reads as an adverb or a noun -> lemma
TRAILING_DENIALS: dict[str, str] = {
    "dément": "démentir", "démentent": "démentir", "nie": "nier", "nient": "nier", "réfute": "réfuter",
    "réfutent": "réfuter", "conteste": "contester", "contestent": "contester", "récuse": "récuser",
    "récusent": "récuser",
}

# The forms of the verbs that reject what a noun of saying reports (« a démenti la rumeur selon laquelle … »):
# whole words, so that « nièce » or the adjective before a comma are not read as « nie », « contesté »
_REGULAR_REJECTING = ("ni", "réfut", "contest", "récus", "rejet", "balay")
REJECTING_FORMS: frozenset[str] = frozenset(
    {stem + end for stem in _REGULAR_REJECTING
     for end in ("e", "es", "ent", "é", "ée", "és", "ées", "ait", "aient", "ant", "er", "era", "eront", "erait")}
    | {"rejette", "rejettent", "rejettera", "rejetteront", "balaie", "balaient", "dément", "démentent", "démenti",
       "démentie", "démentis", "démenties", "démentait", "démentaient", "démentant", "démentir", "démentira"})

# Words that call what a source said false (« X a qualifié ces informations de mensonge », « traité
# de fake news »): with « qualifier de » / « traiter de » they make the clause a denial.
FALSEHOOD_WORDS: frozenset[str] = frozenset({
    "mensonge", "mensonger", "mensongère", "faux", "fausse", "infondé", "infondée", "fake", "calomnie",
    "calomnieux", "calomnieuse", "diffamatoire", "affabulation", "fantaisiste", "intox", "désinformation",
    "erroné", "erronée", "inexact", "inexacte",
})

# A verdict quoted alone that calls what was said groundless or false (« "Sans fondement" : accusé de
# fraude, le maire répond »): the speaker's denial of the accusation its headline tells. Folded words; the
# whole quotation must be the verdict (intensifiers allowed), so « "Une enquête sans fondement juridique" »
# or « "Des faux billets" » are not one.
VERDICT_PATTERN = (
    r"^(?:(?:c est|ce sont|des|de|une?|accusations?|allegations?|affirmations?|propos|totalement|completement|"
    r"parfaitement|entierement|absolument|tout a fait|purement|archi)\s+)*"
    r"(?:sans\s+(?:aucun\s+|le\s+moindre\s+)?fondement|(?:denue|depourvu)e?s?\s+de\s+(?:tout\s+)?fondement|"
    r"infondee?s?|mensong(?:e|es|er|ere|ers|eres)|calomni(?:e|es|eux|euse|euses)|diffamatoires?|faux|fausses?|"
    r"fake\s+news|(?:pure\s+)?(?:invention|affabulation)s?|fantaisistes?)$"
)

# Nouns that name what a source said (« les accusations », « les affirmations selon lesquelles »):
# rejecting one of them is denying it, while « rejeter une proposition » is only refusing it.
STATEMENT_NOUNS: frozenset[str] = frozenset({
    "accusation", "affirmation", "allégation", "information", "rumeur", "assertion", "imputation",
    "soupçon", "version", "thèse", "insinuation", "propos", "déclaration", "révélation", "reproche",
})

# Verbs (lemmas) and words that put forward a claim someone may deny (« selon le journal, le maire aurait ... »,
# « l'opposition accuse le maire d'avoir ... »): what « ces informations », « ces accusations » take back.
CLAIMING_CUES: frozenset[str] = frozenset({
    "selon", "d'après", "affirmer", "accuser", "rapporter", "révéler", "assurer", "soutenir", "prétendre",
    "alléguer", "dénoncer", "écrire", "indiquer",
})
# Demonstratives: « ces informations », « cette rumeur » point back at what was just told.
DEMONSTRATIVES: frozenset[str] = frozenset({"ce", "cet", "cette", "ces"})

# Nouns of a proposition: what someone found, holds or states about a fact (a finding, an accusation, a
# version, a figure, a characterisation or circumstance held against someone: « les faits », « les
# conclusions de l'audit », « l'analyse des experts », « la circonstance aggravante », « le bilan »).
# Contesting, rejecting, setting aside (« écarter ») or opposing (« s'opposer à ») one of them denies that
# proposition; doing so to a decision, a plan, a proposal or a law (``DECISION_OBJECTS``) is an act.
PROPOSITION_NOUNS: frozenset[str] = STATEMENT_NOUNS | frozenset({
    "fait", "circonstance", "analyse", "conclusion", "constat", "diagnostic", "chiffre", "bilan", "estimation",
    "évaluation", "qualification", "caractère", "motif", "mobile", "responsabilité", "culpabilité", "implication",
    "existence", "réalité", "lien", "témoignage", "récit", "interprétation", "lecture", "hypothèse", "piste",
    "scénario", "explication", "grief", "charge", "expertise", "décompte", "comptage",
    "faute", "tort", "erreur", "critique", "idée", "terme", "qualificatif", "manquement", "négligence", "résultat",
    "légalité", "validité", "authenticité", "véracité", "exactitude", "fondement", "légitimité",
})

# Verbs that deny a proposition only when their object is one of ``PROPOSITION_NOUNS`` (« le parquet écarte
# la piste criminelle », « s'oppose aux conclusions des experts »); with any other object they tell an act
# (« écarter un joueur », « s'opposer au projet »). « s'opposer » counts in its reflexive form, its
# proposition after « à ».
SETTING_ASIDE_VERBS: frozenset[str] = frozenset({"écarter", "opposer"})

# Past participles of the denial verbs: « des accusations démenties par le maire »,
# « l'information a été niée par le ministère » (the participle followed by « par »).
DENIAL_PARTICIPLES: frozenset[str] = frozenset({"démenti", "nié", "réfuté", "contesté", "récusé"})

# Verbs that deny when their object is one of ``STATEMENT_NOUNS`` (« a rejeté les accusations »,
# « a balayé les critiques »).
REJECTING_VERBS: frozenset[str] = frozenset({"rejeter", "balayer"})

# What an authority rejects by deciding (« le juge a rejeté la demande », « le Sénat rejette le
# projet de loi »): an act told in the article's voice, not a denial. So is rejecting any other thing
# done or planned (« conteste la cession »); a proposition (« a rejeté toute faute », « cette
# éventualité ») is denied.
DECISION_OBJECTS: frozenset[str] = frozenset({
    "demande", "requête", "recours", "pourvoi", "appel", "plainte", "proposition", "projet", "texte", "loi",
    "amendement", "motion", "offre", "candidature", "plan", "budget", "réforme", "accord", "dossier",
    "candidat", "ultimatum", "compromis", "résolution", "initiative", "pétition", "référé", "saisine",
    "décision", "jugement", "verdict", "condamnation", "sanction", "mesure", "arrêté", "décret", "licenciement",
    "nomination", "amende", "peine", "règlement", "interdiction", "expulsion", "taxe", "traité", "contrat",
    "suspension", "exclusion",
})

# Verbs of rejection whose object decides what they do: a decision (``DECISION_OBJECTS``) or another noun
# that names no proposition is rejected by an act (« le syndicat conteste la réforme », « le juge rejette la
# demande », « conteste la cession des actions »); a proposition (``PROPOSITION_NOUNS``), a pronoun or a clause
# is denied (« conteste les accusations », « rejette toute faute », « conteste avoir frappé »).
# (« refuser » is apart: it refuses a thing by an act unless its object is a statement.)
OBJECT_DECIDES_VERBS: frozenset[str] = frozenset({"rejeter", "balayer", "contester", "récuser"})

# Verbs that, with « de » and one of ``FALSEHOOD_WORDS``, call a statement false.
CALLING_VERBS: frozenset[str] = frozenset({"qualifier", "traiter"})

# Negation words that, with "ne", negate a finite verb.
NEGATION_WORDS: frozenset[str] = frozenset({"pas", "jamais", "aucun", "aucune", "plus", "rien", "nullement", "guère",
                                            "point"})

# Expressions of future intention that make an event planned, not happened; a threat, a promise,
# a decision or a wish governing an infinitive (« menace de bombarder le port », « promet de baisser
# les impôts ») tells an event still to come, as an imminent one does (« s'apprête à sortir »).
PLANNED_LEMMAS: frozenset[str] = frozenset({"devoir", "aller", "prévoir", "compter", "envisager", "projeter",
                                           "planifier", "intention", "menacer", "promettre", "décider",
                                           "vouloir", "souhaiter", "apprêter"})
# « être sur le point de » + infinitive: the noun and its preposition; the act is still to come
IMMINENCE_NOUN: tuple[str, str] = ("point", "sur")
# Verbs of planning whose noun object is a plan too (« le projet prévoit la construction de 500
# logements », « envisage la fermeture du site »): the act the noun names is still to come.
PLAN_NOUN_VERBS: frozenset[str] = frozenset({"prévoir", "envisager", "projeter", "planifier", "programmer"})

# Verbs that announce what someone will do or what will happen: under one of them in a past tense,
# the conditional of the clause they govern is the future of indirect speech (« a annoncé qu'il
# recevrait les syndicats », « a déclaré que la réunion serait reportée »), reported and planned,
# not hearsay. Verbs of opinion and warning are left out: their conditional is often hypothetical
# (« a estimé qu'une attaque serait une violation »).
ANNOUNCING_VERBS: frozenset[str] = frozenset({
    "annoncer", "dire", "déclarer", "affirmer", "assurer", "promettre", "indiquer", "préciser",
    "confirmer", "expliquer", "informer", "écrire", "répondre", "jurer", "garantir",
})

# Verbs that judge what something would be or do (« violerait les résolutions », « constituerait
# une menace », « porterait atteinte »): in the conditional under a verb that announces, a
# hypothetical judgment, not the future of indirect speech.
JUDGMENT_VERBS: frozenset[str] = frozenset({
    "violer", "constituer", "représenter", "signifier", "équivaloir", "porter", "nuire", "menacer",
    "contrevenir", "enfreindre", "marquer", "relever",
})

# Two-word openers of a condition (besides « si »): a conditional after one is hypothetical
# (« il a dit qu'une fois la guerre gagnée, il signerait »), not the future of indirect speech.
CONDITION_OPENERS: frozenset[tuple[str, str]] = frozenset({("une", "fois"), ("au", "cas"), ("le", "cas")})

# Subject pronouns of the first person: a clause of a news text they are the subject of is someone's
# words (a quotation whose marks were lost, a headline quoting), not the writer's.
FIRST_PERSON: frozenset[str] = frozenset({"je", "j'", "j’", "nous"})

# Verbs whose conditional in the first person is politeness (« je voudrais remercier », « nous
# aimerions »), not a hedge.
POLITE_CONDITIONALS: frozenset[str] = frozenset({"vouloir", "aimer", "souhaiter"})

# Conditional stems of irregular verbs (the conditional is stem + ais/ait/ions/iez/aient).
IRREGULAR_CONDITIONAL_STEMS: dict[str, str] = {
    "être": "ser", "avoir": "aur", "pouvoir": "pourr", "devoir": "devr", "faire": "fer", "aller": "ir",
    "vouloir": "voudr", "venir": "viendr", "devenir": "deviendr", "revenir": "reviendr", "tenir": "tiendr",
    "obtenir": "obtiendr", "maintenir": "maintiendr", "contenir": "contiendr", "savoir": "saur",
    "voir": "verr", "revoir": "reverr", "falloir": "faudr", "valoir": "vaudr", "envoyer": "enverr",
    "courir": "courr", "mourir": "mourr", "recevoir": "recevr", "apercevoir": "apercevr",
    "percevoir": "percevr", "asseoir": "assiér", "acquérir": "acquerr", "conquérir": "conquerr",
    "pleuvoir": "pleuvr", "cueillir": "cueiller", "appeler": "appeller", "jeter": "jetter",
}
CONDITIONAL_ENDINGS: tuple[str, ...] = ("aient", "ions", "iez", "ait", "ais")

# Verbs that « ne » alone negates, without « pas » (« la préméditation ne peut être retenue », « il ne saurait
# accepter », « personne n'ose dire »), unless « que » follows (« ne peut que constater »: a restriction).
# (« ne cesse de » is left out: it says the event goes on.)
NE_ALONE_VERBS: frozenset[str] = frozenset({"pouvoir", "savoir", "oser"})

# A negation word followed by one of these restricts rather than negates (« il ne reste plus que
# 20 km », « il n'y a guère que lui »): the event is stated, not denied.
RESTRICTIVE_AFTER: frozenset[str] = frozenset({"que", "qu'", "qu’"})

# Adverbs of degree: a participle they modify tells a quality, not an event (« Plus contesté, le second
# projet ... », « Très attendu, le rapport ... »).
DEGREE_ADVERBS: frozenset[str] = frozenset({"plus", "moins", "très", "si", "aussi", "trop", "assez", "peu", "fort"})
# adverbs that grade a participle into an adjective (« restent très sollicités », « peu touchée »): not « aussi »
# (« ont aussi interpellé »: also), « si », « bien » (« a bien été arrêté »: indeed), « plus », « moins »
# (negation, comparison), which stand before an act's participle as often
GRADING_ADVERBS: frozenset[str] = frozenset({
    "très", "trop", "peu", "assez", "fort", "tellement", "extrêmement", "particulièrement", "fortement",
    "hautement",
})  # not « légèrement », « grièvement »: they tell how an act hurt (« légèrement blessés »)

# « pas » followed by one of these is a litotes (« non sans mal », « ce n'est pas rare », « pas
# moins de 300 »): the clause is affirmative.
LITOTES_AFTER_PAS: frozenset[str] = frozenset({
    "sans", "moins", "rare", "négligeable", "anodin", "étranger", "inconnu", "insensible", "inutile",
    "impossible", "exclu",
})

# Negated, these frame their complement clause as a possibility (« il n'est pas exclu que »).
HEDGE_EXCLUSION: frozenset[str] = frozenset({"exclure", "écarter"})

# Impersonal verbs of appearance that hedge their complement clause (« il semble que », « il se
# peut que », « il paraît que »).
HEDGE_FRAME_VERBS: frozenset[str] = frozenset({"sembler", "paraître", "pouvoir"})

# « en » + noun that is no state of the thing named before (« le Cher en alerte » is one): set
# phrases of discourse; dates after « en » (« en juillet », « en été ») are read from the date lexicons.
EN_NOT_STATE: frozenset[str] = frozenset({
    "effet", "fait", "revanche", "outre", "particulier", "général", "moyenne", "réalité", "attendant",
    "somme", "tout", "cas", "partie", "fin", "début", "milieu", "vue", "raison", "face", "matière",
})

# Headline labels that name what an article answers or tells, not a fact it states (« Cinq
# questions sur le départ de X », « Les raisons de sa démission », « Les coulisses du rachat »):
# a claim headed by one of these nouns states nothing a second source could confirm.
TOPIC_LABEL_NOUNS: frozenset[str] = frozenset({
    "question", "raison", "coulisse", "condition", "enjeu", "clé", "clef", "secret", "dessous", "réponse",
    "explication", "scénario", "piste", "leçon", "interrogation", "mystère", "hypothèse",
})

# Words (folded) by which a headline offers a selection (« les dix films à voir », « les 20 romans
# les plus attendus »): with « les » and a number before the listed noun, a list, not a fact.
LIST_CUES: tuple[str, ...] = (
    "les plus", "a lire", "a voir", "a suivre", "a savoir", "a retenir", "a ne pas manquer", "a decouvrir",
    "a tester", "a ecouter", "a visiter", "incontournables", "meilleurs", "meilleures", "preferes", "preferees",
)

# Words (folded) that open a direct question (« À quoi ressemblera le mandat de X ? », « Pourquoi
# maintenant ? »): a clause they open in a sentence that ends with « ? » states nothing firmly.
INTERROGATIVE_OPENERS: tuple[str, ...] = (
    "a quoi", "pourquoi", "comment", "qui ", "que ", "qu'", "quel ", "quelle ", "quels ", "quelles ", "ou ",
    "quand", "combien", "est-ce", "faut-il", "peut-on", "doit-on",
)

# Ordinals before a superlative or « rang » (« la deuxième plus longue », « au troisième rang des
# plus meurtriers »); a superlative without one is the first.
ORDINALS: dict[str, int] = {
    "premier": 1, "premiere": 1, "1er": 1, "1re": 1, "1ere": 1, "deuxieme": 2, "second": 2, "seconde": 2, "2e": 2,
    "troisieme": 3, "3e": 3, "quatrieme": 4, "4e": 4, "cinquieme": 5, "5e": 5, "sixieme": 6, "6e": 6,
    "septieme": 7, "7e": 7, "huitieme": 8, "8e": 8, "neuvieme": 9, "9e": 9, "dixieme": 10, "10e": 10,
}

# Superlatives written in one word (folded), each with the adjective it ranks by (« le pire incendie »
# ranks like « le plus mauvais »): ``claims.status.ranks`` reads them as it reads « le plus X ».
SYNTHETIC_SUPERLATIVES: dict[str, str] = {
    "pire": "mauvais", "pires": "mauvais", "meilleur": "bon", "meilleure": "bon", "meilleurs": "bon",
    "meilleures": "bon", "moindre": "petit", "moindres": "petit",
}

# Openings (folded, apostrophes as spaces) of a partitive superlative, « l'un des plus longs »,
# « une des pires », « parmi les meilleurs »: one among the first, which neither says nor denies that it
# is the first.
PARTITIVE_RANKS: tuple[str, ...] = ("l un des", "l une des", "un des", "une des", "parmi les")

# Verbs of wish and attempt (« cherche un accord », « veut un recomptage »): what their actor
# aims at, never the deed aimed at; a clause they head does not confirm a clause that tells the deed
# (claims.status). Verbs of plan and intention are apart (PLANNED_LEMMAS).
WISH_VERBS: frozenset[str] = frozenset({"chercher", "vouloir", "souhaiter", "tenter", "essayer", "viser", "espérer"})

# Verbs of perception (« la voisine a vu l'homme sortir »): their clause tells what a witness saw or
# heard; it does not confirm a clause that tells the perceived act itself (claims.status).
PERCEPTION_VERBS: frozenset[str] = frozenset({"voir", "apercevoir", "entendre", "observer", "remarquer"})

# Openings of an explainer headline (the French for « what we know about … », « what to remember
# from … »), folded, apostrophes as spaces, after its leading « ce » (claims.status drops it): it
# announces what the article explains; two of them on one topic share the topic, not a fact.
EXPLAINER_OPENERS: tuple[str, ...] = (
    "que l on sait", "qu on sait", "que nous savons", "qu il faut savoir", "qu il faut retenir",
    "qu il faut comprendre",
)
