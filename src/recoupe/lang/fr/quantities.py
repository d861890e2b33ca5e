"""French words for quantities: number words, scale words, approximations, the things counted
that accumulate over time (tolls), and the compass words of relative directions.

Language data only (like a dictionary): nothing here names a person, place or outlet of any corpus.
"""

# number words read as values (« deux millions », « trois cents blessés »)
NUMBER_WORDS: dict[str, float] = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100,
    "mille": 1000,
}

# scale words after a number (« 1,12 million », « deux milliards »)
SCALES: dict[str, float] = {
    "mille": 1e3, "millier": 1e3, "milliers": 1e3, "million": 1e6, "millions": 1e6,
    "milliard": 1e9, "milliards": 1e9, "md": 1e9, "mds": 1e9, "m": 1e6,
}

# approximate collective nouns: « une quarantaine » is about 40, read as an interval around it
COLLECTIVES: dict[str, float] = {
    "dizaine": 10, "douzaine": 12, "demi-douzaine": 6, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000,
}

# « des dizaines de », « plusieurs centaines de », « des milliers de »: an order of magnitude
PLURAL_COLLECTIVES: dict[str, tuple[float, float]] = {
    "dizaines": (20, 99), "vingtaines": (40, 99), "centaines": (200, 999), "milliers": (2000, 9999),
    "millions": (2e6, 9.99e8), "milliards": (2e9, 9.99e11),
}

# words before a number that turn it into a bound or an approximation: (low factor, high factor);
# None for an open side (« plus de 500 » is [500, inf))
LOWER_BOUNDS: tuple[str, ...] = ("plus de", "au moins", "au minimum", "davantage que", "plus d'", "au-delà de",
                                 "supérieur à", "supérieure à", "dépassant", "dépasse", "passé la barre des",
                                 "franchi la barre des", "la barre des", "pas moins de", "pas moins d'")
UPPER_BOUNDS: tuple[str, ...] = ("moins de", "moins d'", "au plus", "au maximum", "jusqu'à", "pas plus de",
                                 "inférieur à", "inférieure à")
APPROXIMATIONS: dict[str, tuple[float, float]] = {
    "près de": (0.9, 1.0), "près d'": (0.9, 1.0), "presque": (0.9, 1.0), "quasiment": (0.9, 1.0),
    "environ": (0.9, 1.1), "quelque": (0.9, 1.1), "quelques": (0.9, 1.1), "approximativement": (0.9, 1.1),
    "autour de": (0.9, 1.1), "aux alentours de": (0.9, 1.1), "de l'ordre de": (0.85, 1.15),
    "à peu près": (0.9, 1.1), "grosso modo": (0.85, 1.15), "une bonne": (0.9, 1.2), "un peu plus de": (1.0, 1.15),
    "un peu moins de": (0.85, 1.0), "pas loin de": (0.9, 1.0), "plus ou moins": (0.9, 1.1),
}

# units: surface form -> canonical unit
UNITS: dict[str, str] = {
    "%": "%", "pour cent": "%", "pourcent": "%", "pourcents": "%",
    "km": "km", "kilomètre": "km", "kilomètres": "km", "m": "m", "mètre": "m", "mètres": "m",
    "km2": "km2", "km²": "km2", "hectare": "ha", "hectares": "ha", "ha": "ha",
    "euro": "euro", "euros": "euro", "€": "euro", "dollar": "dollar", "dollars": "dollar", "$": "dollar",
    "livre": "livre", "livres": "livre", "franc": "franc", "francs": "franc",
    "an": "an", "ans": "an", "année": "an", "années": "an", "mois": "mois", "jour": "jour", "jours": "jour",
    "heure": "heure", "heures": "heure", "minute": "minute", "minutes": "minute",
    "tonne": "tonne", "tonnes": "tonne", "kg": "kg", "kilo": "kg", "kilos": "kg", "kilogrammes": "kg",
    "degré": "degré", "degrés": "degré", "°c": "degré", "°": "degré", "kilomètres/heure": "km/h", "km/h": "km/h",
    "litre": "litre", "litres": "litre", "baril": "baril", "barils": "baril",
}

# what a counted noun means, so that paraphrases of one count meet (« 12 personnes tuées », « 12 morts »)
THING_SYNONYMS: dict[str, str] = {
    "mort": "mort", "morte": "mort", "tué": "mort", "tuée": "mort", "décès": "mort", "décédé": "mort",
    "décédée": "mort", "victime_mortelle": "mort", "blessé": "blessé", "blessée": "blessé",
    "disparu": "disparu", "disparue": "disparu", "interpellé": "interpellation", "interpellée": "interpellation",
    "interpellation": "interpellation", "arrestation": "interpellation", "arrêté": "interpellation",
    "arrêtée": "interpellation", "gardé_à_vue": "garde à vue", "évacué": "évacué", "évacuée": "évacué",
    "secouru": "secouru", "secourue": "secouru", "relogé": "sinistré", "relogée": "sinistré",
    "sinistré": "sinistré", "sinistrée": "sinistré", "déplacé": "déplacé", "déplacée": "déplacé",
    "réfugié": "réfugié", "réfugiée": "réfugié", "manifestant": "manifestant", "manifestante": "manifestant",
    "gréviste": "gréviste", "otage": "otage", "cas": "cas", "contamination": "cas", "hospitalisé": "hospitalisé",
    "hospitalisée": "hospitalisé", "hospitalisation": "hospitalisé", "secouriste": "secouriste",
    "pompier": "pompier", "policier": "policier", "gendarme": "gendarme", "soldat": "soldat", "militaire": "soldat",
    # one kind of dwelling, several words (« 250 maisons sinistrées » / « près de 600 habitations inondées »)
    "maison": "logement", "habitation": "logement", "logement": "logement",
    # one trade, several words (« la spationaute de 51 ans » is « l'astronaute »: one bearer of an age)
    "astronaute": "astronaute", "spationaute": "astronaute", "cosmonaute": "astronaute",
}

# participles after « personnes », « habitants »...: the participle names what is counted
COUNTED_PARTICIPLES: frozenset[str] = frozenset({
    "tué", "tuée", "mort", "morte", "décédé", "décédée", "blessé", "blessée", "disparu", "disparue",
    "interpellé", "interpellée", "arrêté", "arrêtée", "évacué", "évacuée", "hospitalisé", "hospitalisée",
    "déplacé", "déplacée", "sinistré", "sinistrée", "réfugié", "réfugiée", "secouru", "secourue", "relogé", "relogée",
})

# toll nouns that « un » / « une » counts (« un mort et une blessée »: one dead, one injured); the
# article before other nouns is not a count
SINGLE_TOLLS: frozenset[str] = frozenset({"mort", "morte", "tué", "tuée", "blessé", "blessée", "disparu",
                                          "disparue"})

# heads that « une » counts when a toll verb follows (« une personne est morte »): « un homme est
# mort » describes someone, it does not give a toll
SINGLE_COUNTED_HEADS: frozenset[str] = frozenset({"personne", "individu"})

# verbs by which counted people died or were hurt (« deux sont mortes », « un homme meurt »,
# « 310 personnes ont perdu la vie »): the verb names what is counted
COUNTED_VERBS: dict[str, str] = {
    "meurt": "mort", "meurent": "mort", "décède": "mort", "décèdent": "mort", "périt": "mort",
    "périssent": "mort", "succombe": "mort", "succombent": "mort",
}
COUNTED_PHRASES: dict[tuple[str, ...], str] = {
    ("perdu", "la", "vie"): "mort", ("trouvé", "la", "mort"): "mort", ("laissé", "la", "vie"): "mort",
}

# what follows a count to make it a difference, not a count (« 24 tués de moins qu'en 2025 »)
DIFFERENCE_AFTER: frozenset[str] = frozenset({"moins", "plus"})

# Words that make a figure an increment, not a total (« 150 hectares de plus », « 150 hectares
# supplémentaires », « a encore brûlé 150 hectares »): what was added since an earlier figure, never the
# thing's count. After the counted noun (or its « de » complement) ...
INCREMENT_AFTER: frozenset[str] = frozenset({
    "supplémentaire", "supplémentaires", "additionnel", "additionnelle", "additionnels", "additionnelles",
})
# ... a « de plus » / « en plus » there (the first word of DIFFERENCE_PREPS or this, then DIFFERENCE_AFTER's « plus »)
INCREMENT_PREPS: frozenset[str] = frozenset({"de", "d'", "en"})
# ... but not when « plus » opens another phrase: « en plus des douze maisons » (besides), « de plus en plus
# arides », « de plus de cinquante ans », « de plus que » (a difference, read by DIFFERENCE_AFTER)
INCREMENT_NOT_AFTER_PLUS: frozenset[str] = frozenset({"de", "d'", "des", "du", "en", "que", "qu'"})
# ... right before the figure
INCREMENT_BEFORE: frozenset[str] = frozenset()
# ... or before the participle that takes the figure as object (« a encore brûlé 150 hectares »): a past
# participle's ending, weekdays and time words left out (« on comptait encore lundi 300 sinistrés »)
INCREMENT_ADVERBS: frozenset[str] = frozenset({"encore"})
# between the figure and the counted noun, a count of new or other ones (« 2 nouveaux morts », « 3 autres
# blessés »): not the thing's total, though it may start one (not read as an increment by the contradiction check)
NEW_COUNT_WORDS: frozenset[str] = frozenset({"nouveau", "nouveaux", "nouvelle", "nouvelles", "autre", "autres"})
INCREMENT_PARTICIPLE: str = r"(?:é|ée|és|ées|i|is|ie|ies|u|us|ue|ues|it|its|ite|ites|ert|erts|int|ints)$"
INCREMENT_NOT_PARTICIPLES: frozenset[str] = frozenset({
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "midi", "aujourd'hui", "ici", "ainsi", "aussi",
    "parmi", "depuis", "lui", "qui", "oui", "plus", "tous", "sous", "dessus", "jusqu'ici",
})

# generic heads that take their meaning from a following participle or complement (« 400 riverains ont été
# évacués » counts the evacuated, as « 1 200 personnes » or « habitants » do)
GENERIC_HEADS: frozenset[str] = frozenset({"personne", "habitant", "individu", "civil", "gens", "homme", "femme",
                                           "enfant", "adulte", "riverain", "résident"})
# bearers of an age a story often has two of (« un garçon de 12 ans », « un garçon de 14 ans »), folded, on top
# of GENERIC_HEADS: two ages of one such noun are not one person's
GENERIC_BEARERS: frozenset[str] = frozenset({"garcon", "fillette", "adolescent", "adolescente", "bebe"})

# nouns whose number does not count things but measures a property (« magnitude 6,2 », « âgé de 45 ans »)
MEASURES: dict[str, str] = {
    "magnitude": "magnitude", "profondeur": "profondeur", "âge": "âge", "âgé": "âge", "âgée": "âge",
    "âgés": "âge", "âgées": "âge", "agé": "âge", "agée": "âge",  # « Agée de 51 ans » (a capital left unaccented)
    "altitude": "altitude", "hauteur": "hauteur", "vitesse": "vitesse", "température": "température",
    "taux": "taux", "score": "score", "superficie": "superficie", "distance": "distance",
}

# counts that only grow as the news goes on: a later, higher figure is an update, not a contradiction
CUMULATIVE: frozenset[str] = frozenset({
    "mort", "blessé", "victime", "disparu", "hectare", "ha", "cas", "interpellation", "garde à vue",
    "évacué", "sinistré", "déplacé", "réfugié", "hospitalisé", "bilan", "secouru", "rescapé", "survivant",
    "incendie", "feu", "plainte", "signalement", "dégât", "foyer", "réplique",
})

# areas placed under an alert: the list is extended through the day and the next (« quatre
# départements en vigilance orange » in the morning, « six » by the evening), so two of its counts
# are an update, not two versions of one count
ALERT_AREAS: frozenset[str] = frozenset({"département", "commune", "région", "canton", "province", "comté"})
ALERT_WORDS: tuple[str, ...] = ("vigilance", "alerte", "confinement", "evacuation", "interdiction",
                                "en orange", "en rouge")  # « neuf départements encore en orange »

# words that tell an alert's list as changed or held since an earlier bulletin (« prolongés »,
# « maintenus », « toujours en orange », « plus que six », « deux de plus »): the count is
# a moment of a moving list, an update of the counts before it. Two outlets' counts of one day
# without any of these are two versions of one bulletin (folded, whole words).
ALERT_CHANGE_WORDS: frozenset[str] = frozenset({
    "prolonge", "prolonges", "prolongee", "prolongees", "prolongent", "prolongera", "prolongeront", "prolongation",
    "maintenu", "maintenus", "maintenue", "maintenues", "maintient", "maintiennent", "maintien", "maintiendra",
    "reste", "restent", "restera", "resteront", "toujours", "encore", "desormais", "seuls", "seules",
    "seulement", "etendu", "etendus", "etendue", "etend", "etendent", "extension", "elargi", "elargie",
    "elargit", "rejoint", "rejoignent", "rejoindre", "rejoindront", "bascule", "basculent", "basculeront",
    "passe", "passes", "passent", "passeront", "passera", "leve", "levee", "levees", "leves", "retrograde",
    "retrogrades", "retrogradees", "supplementaire", "supplementaires", "nouveaux", "nouvelles", "ajoute",
    "ajoutes", "ajoutent", "sortent", "sortiront", "quittent", "quitteront",
})
# the levels of an alert and the hazards it is issued for (folded words, each form to its hazard): two
# counts of areas under one level for one hazard, or a hazard one of them leaves unsaid, count the same list
ALERT_LEVELS: frozenset[str] = frozenset({"orange", "rouge", "jaune", "verte"})
ALERT_HAZARDS: dict[str, str] = {
    "canicule": "chaleur", "caniculaire": "chaleur", "chaleur": "chaleur", "chaleurs": "chaleur",
    "orage": "orage", "orages": "orage", "orageux": "orage", "pluie": "pluie", "pluies": "pluie",
    "inondation": "pluie", "inondations": "pluie", "crue": "crue", "crues": "crue", "vent": "vent",
    "vents": "vent", "tempete": "vent", "tempetes": "vent", "neige": "neige", "verglas": "neige",
    "avalanche": "avalanche", "avalanches": "avalanche", "submersion": "submersion", "froid": "froid",
    "incendie": "feu", "incendies": "feu", "feux": "feu",
}
ALERT_CHANGE_PHRASES: tuple[str, ...] = ("plus que", "ne sont plus", "au lieu de", "de plus")

# scope words: a figure stated for the whole country
NATIONAL_SCOPES: tuple[str, ...] = ("dans toute la france", "dans tout le pays", "au niveau national",
                                    "à l'échelle nationale", "sur l'ensemble du territoire", "en france",
                                    "dans l'ensemble du pays", "partout en france", "à travers le pays",
                                    "à travers la france", "dans toute l'", "sur tout le territoire")

# one item of several told (« elle a notamment promis une prime de 300 euros »): two such items of one
# promise or plan are two things, not two versions of one figure (folded)
ONE_OF_SEVERAL: tuple[str, ...] = ("notamment", "entre autres", "parmi lesquelles", "parmi lesquels")

# month names: a number before one is a day of a date, not a quantity
MONTHS: frozenset[str] = frozenset({"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                    "septembre", "octobre", "novembre", "décembre", "fevrier", "aout", "decembre"})

# compass words of « dans l'ouest du pays », « le nord-est de la Syrie »: (north-south, east-west)
# components, +1 for north/east, -1 for south/west
DIRECTIONS: dict[str, tuple[int, int]] = {
    "nord": (1, 0), "sud": (-1, 0), "est": (0, 1), "ouest": (0, -1),
    "nord-est": (1, 1), "nord-ouest": (1, -1), "sud-est": (-1, 1), "sud-ouest": (-1, -1),
    "extrême-orient": (0, 1), "extrême-nord": (1, 0), "extrême-sud": (-1, 0),
}

# verbs whose subject gives a count rather than doing what is counted (« la CGT revendique 3 000
# grévistes », « la police a compté 800 manifestants »)
COUNTING_VERBS: frozenset[str] = frozenset({
    "compter", "recenser", "dénombrer", "revendiquer", "chiffrer", "estimer", "évaluer", "avancer", "établir",
    "comptabiliser", "communiquer", "donner", "faire_état", "relever", "enregistrer", "signaler", "dresser",
})

# One crowd told by several nouns: the marchers of a march (« 3 000 grévistes ont défilé selon la CGT » / « 800
# manifestants ont défilé selon la police »), counted as one thing (« manifestant ») when the claim tells the march
# itself (MARCH_VERBS); « personne » too then. A counter's own noun is the march's only when it names marchers
# (COUNTED_CROWD: « la préfecture a compté 1 800 participants »): « le ministère a recensé 30 000 grévistes » counts
# a strike, not a march. A gathering is no march (« le festival a rassemblé », « ont participé à la réunion »).
CROWD_NOUNS: frozenset[str] = frozenset({"manifestant", "gréviste", "participant", "marcheur"})
CROWD_ANY: frozenset[str] = frozenset({"personne"})
COUNTED_CROWD: frozenset[str] = frozenset({"participant", "marcheur"})
CROWD_THING = "manifestant"
MARCH_VERBS: frozenset[str] = frozenset({"manifester", "défiler", "marcher"})
# a gathering verb tells the march when its subject is the bare march (« la manifestation a rassemblé 3 000
# personnes », « le cortège a réuni … »: a determiner and the noun, nothing after: « le cortège de tête », « la marche
# blanche », « le défilé du carnaval » are a part of the march or another gathering) and the claim shows a protest
# (PROTEST_SIGNS: its marchers, a strike, a union's or the police's count): « manifestation » names any organised
# event too. Nouns unfolded (« marché » is no march); PROTEST_SIGNS folded.
GATHERING_VERBS: frozenset[str] = frozenset({"rassembler", "réunir"})
MARCH_NOUNS: frozenset[str] = frozenset({"manifestation", "cortège", "marche", "défilé"})
MARCH_DETERMINERS: frozenset[str] = frozenset({"la", "le", "l", "ce", "cette"})
PROTEST_SIGNS: frozenset[str] = frozenset({"manifestant", "manifestants", "syndicat", "syndicats", "intersyndicale",
                                           "greve", "greviste", "grevistes", "police", "prefecture"})
# what opens a march's cause right after its verb (« ont défilé contre la réforme », « pour le climat »): two
# causes, two marches; NOT_CAUSES are words after such an opener that tell no cause (« pour la troisième fois »)
MARCH_CAUSES: tuple[str, ...] = ("contre", "pour", "en faveur de", "en faveur du", "en faveur des", "en soutien à",
                                 "en soutien au", "en soutien aux")
NOT_CAUSES: frozenset[str] = frozenset({"fois"})
# what may stand between one source's figure and another's in one sentence (« 2 000 selon les organisateurs,
# 650 selon la police », « … et 650 selon la police », « … contre 650 selon la police »): two versions of one count
VERSION_JOINS: frozenset[str] = frozenset({"", "et", "contre", "mais"})

# Words (folded: lowercase, no accents) by which a claim tells another occurrence or another subset
# than the one the story is about: « une nouvelle secousse », « une deuxième coulée », « cinq autres
# personnes », « tués dans une explosion séparée », « un incendie distinct ». Figures of such a claim
# count something else.
ANOTHER_EVENT: frozenset[str] = frozenset({
    "nouvelle", "nouveau", "nouvel", "nouvelles", "nouveaux", "deuxieme", "second", "seconde", "troisieme",
    "autre", "autres", "replique", "separe", "separee", "separes", "separees", "distinct", "distincte",
    "distincts", "distinctes",
})

# The words of ANOTHER_EVENT that say « new » (folded): an occurrence new to the outlet, which is often
# the story's own (« un nouvel incendie » told by every account of that fire), where « autre »,
# « séparé », « distinct » always name another (claims/groups.py: ``own_counts``).
NEW_OCCURRENCE: frozenset[str] = frozenset({"nouvelle", "nouveau", "nouvel", "nouvelles", "nouveaux"})

# Ordinals of ANOTHER_EVENT (folded) and their rank: « la deuxième crue » names which
# occurrence a figure counts, so two accounts that name the same rank of the same noun count one thing
# (claims/groups.py: their count keys carry it).
EVENT_ORDINALS: dict[str, int] = {"deuxieme": 2, "second": 2, "seconde": 2, "troisieme": 3, "quatrieme": 4}

# How badly hurt, folded, as a pattern on the injury word: a count of the badly hurt (« deux
# grièvement blessés », « trois blessés graves ») or of the lightly hurt is a subset of the injured,
# another fact than the count of all the injured. « dont » before it gives the subset of a total
# that the claim states (« 12 blessés dont deux graves »): no severity then.
SEVERITY_PATTERNS: dict[str, str] = {
    "grave": r"\b(?:grievement|gravement|serieusement) bless|\bbless\w* (?:graves?|grievement)\b"
             r"|\bblessures? graves?\b|\burgence absolue\b",
    "light": r"\b(?:legerement) bless|\bbless\w* (?:legers?|legeres?|legerement)\b|\bblessures? legeres?\b"
             r"|\burgence relative\b",
}

# Openings (folded) of a figure that names no number (« des millions de personnes », « plusieurs
# milliers »): it says how large, not which count, so it never identifies a fact by its figure.
VAGUE_FIGURE_OPENERS: tuple[str, ...] = ("des ", "plusieurs ", "quelques ", "de nombreux ", "de nombreuses ",
                                         "nombre de ",
                                         # the same magnitudes after « de » (PLURAL_DETERMINERS), spelt out:
                                         # « de 30 à 40 » is a range, not vague
                                         "de dizaines ", "de vingtaines ", "de centaines ", "de milliers ",
                                         "de millions ", "de milliards ")

# A count over several occurrences (« 19 blessés dans deux incendies », « trois attaques ont fait 12
# morts »): a total, never to be set against the count of one of them. Folded: the quantity word, then
# a plural event noun.
SEVERAL_WORDS: frozenset[str] = frozenset({
    "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "plusieurs", "differents",
    "differentes", "multiples", "series", "serie",
})
# prepositions after which « des » is the indefinite plural (« tués dans des attaques », « par des frappes »),
# not « de les » (« le bilan des inondations »): the plural event is then several occurrences too
INDEFINITE_AFTER: frozenset[str] = frozenset({"dans", "par", "apres", "avec", "sous", "pendant"})
EVENT_PLURALS: frozenset[str] = frozenset({
    "incendies", "feux", "attaques", "frappes", "accidents", "explosions", "seismes", "fusillades", "collisions",
    "agressions", "attentats", "bombardements", "tempetes", "orages", "crues", "inondations", "eboulements",
    "avalanches", "naufrages", "crashs", "rixes", "emeutes", "manifestations", "vagues", "operations",
    "missions",
})

# Phrases (folded) that place a figure in an earlier period than the report's (« l'an dernier, la
# fête avait attiré 30 000 personnes », « la saison dernière »): a figure of another occasion of a
# recurring thing, never a version of the current one.
PAST_PERIOD: tuple[str, ...] = ("l an dernier", "l annee derniere", "l an passe", "l annee passee",
                                "la saison derniere", "il y a un an", "un an plus tot", "l annee precedente",
                                "la saison precedente")

# Phrases (folded) by which a claim gives an earlier figure that has since been revised: two such
# figures are an update, never a contradiction.
EARLIER_FIGURE: tuple[str, ...] = (
    "precedent bilan", "premier bilan", "bilan provisoire", "bilan precedent", "initialement",
    "bilan initial", "faisait etat", "faisaient etat", "avait fait etat", "avaient fait etat", "bilan revise",
    # ... or says its own figure replaces an earlier one (« affirme désormais en compter 31 »,
    # « le bilan s'est alourdi », « un nouveau bilan »)
    "desormais", "s'alourdit", "s'est alourdi", "nouveau bilan", "bilan actualise", "revu a la hausse",
    "revu a la baisse",
    # ... or a count still running (« 40 familles ont déjà été relogées »): a later, larger
    # figure of the same thing updates it
    "deja",
)

# « ..., faisant 12 morts et 10 blessés »: a present participle of these verbs whose object is a
# tally states the toll of the clause it hangs on, a fact of its own
TOLL_VERBS: frozenset[str] = frozenset({"faire", "causer", "provoquer", "entraîner", "laisser", "coûter"})
TOLL_NOUNS: frozenset[str] = frozenset({"mort", "blessé", "victime", "décès", "disparu", "sinistré", "vie"})


# a counting window: the figure counts what happened over that stretch of time (« 1 243 décès du
# 3 au 22 juillet », « depuis le début de l'année », « cette année »); two figures over different
# windows, or one over a window against one over none, count different things
COUNTING_WINDOWS: tuple[str, ...] = (
    r"\bdu \d{1,2}(?:er)?(?: \w+)? au \d{1,2}(?:er)?(?: \w+)?",
    r"\bentre le \d{1,2}(?:er)?(?: \w+)? et le \d{1,2}(?:er)?(?: \w+)?",
    r"\bdepuis (?:le |la |l'|les )?(?:début|mi-|fin|premier|première|\d{1,2}|janvier|février|mars|avril|mai|juin"
    r"|juillet|août|septembre|octobre|novembre|décembre)[\w' -]{0,30}?(?=[,.;]|$| et | ont | a | sont )",
    r"\bcette année\b", r"\bcet été\b", r"\bdepuis le début de l'année\b", r"\bsur l'année\b",
    r"\bau (?:premier|second|deuxième|troisième|quatrième) (?:semestre|trimestre)\b",
)

# Words after a length that make it the name of a race (« le 200 m papillon », « le 110 m haies », « le
# 4 x 100 m quatre nages »): a title won over that distance, not a distance measured. French and English.
RACE_WORDS: frozenset[str] = frozenset({
    "nage", "papillon", "dos", "brasse", "quatre", "4", "haies", "steeple", "marche", "relais", "crawl",
    "freestyle", "butterfly", "backstroke", "breaststroke", "medley", "hurdles", "relay",
})

# Nouns that stand for a figure just given (« 3 000 selon la CGT, un chiffre contesté par la préfecture »,
# « La préfecture conteste ce bilan »): a denial whose subject or object is one of them denies that figure.
FIGURE_NOUNS: frozenset[str] = frozenset({"chiffre", "bilan", "estimation", "décompte", "comptage", "évaluation",
                                          "total", "montant"})
# determiners by which such a noun points back at the figure told just before (not « le bilan de l'accident »)
FIGURE_POINTERS: frozenset[str] = frozenset({"ce", "cet", "cette", "ces", "un", "une"})


# -- how figures are written and read: the grammar words of :func:`recoupe.claims.quantities.parse`

# a figure: « 3 000 », « 3.000 », « 1,5 »; an elided article or pronoun is a word of its own (« d' »)
NUMBER_PATTERN = (r"(?<![\w,.])\d{1,3}(?:[ .]\d{3})+(?:,\d+)?(?![\w]|[.,]\d)"
                  r"|(?<![\w,.])\d+(?:,\d+)?(?![\w]|[.,]\d)")
ELISION_PATTERN = r"(?:jusqu|lorsqu|puisqu|qu|[dlnjcsmtDLNJCSMT])'|"
SYMBOLS = "%€$°²"
DECIMAL_MARK = ","
CURRENCY_BEFORE = False  # « 5 millions de dollars », « 5 M$ »
# a place named after these words gives the figure's scope (« 12 morts à Lyon »)
NAMED_PLACE_PATTERN = (r"\b(?:à|dans la ville de|dans la région de|dans le département de|en région)\s+"
                       r"((?:[A-ZÉÈÎÂ][\w'-]+)(?:[ -](?:sur|sous|en|de|du|la|le|d')?[ -]?[A-ZÉÈÎÂ][\w'-]+)*)")
ONE_WORDS: frozenset[str] = frozenset({"un", "une"})
COLLECTIVE_ARTICLES: frozenset[str] = frozenset({"un", "une"})  # « une quarantaine »
# « la trentaine de blessés »: a definite article before a collective that counts something (« de »)
DEFINITE_COLLECTIVE_ARTICLES: frozenset[str] = frozenset({"la"})
COLLECTIVE_OF: frozenset[str] = frozenset({"de", "d'"})
# an adjective between the article and the collective: (low, high) factors of its value
COLLECTIVE_SIZES: dict[str, tuple[float, float]] = {"petite": (0.8, 1.0), "bonne": (1.0, 1.25)}
HALF_WORDS: frozenset[str] = frozenset()  # French writes « une demi-douzaine » (COLLECTIVES)
# « des dizaines »; after the preposition « de » French drops « des » (« la mort de dizaines de civils »,
# « les comptes de centaines de milliers de sociétaires »): the bare « de » then opens the magnitude
PLURAL_DETERMINERS: frozenset[str] = frozenset({"des", "plusieurs", "quelques", "de", "d'"})
BARE_PLURAL_COLLECTIVES = False  # « dizaines » needs its determiner
PLURAL_SCALE_PREPS: frozenset[str] = frozenset({"de", "d'"})
PLURAL_SCALES: frozenset[str] = frozenset({"milliers", "millions"})  # « des dizaines de milliers »
MULTIPLIER_WORDS: frozenset[str] = frozenset({"cent", "cents", "mille"})  # « trois cents »
SELF_MULTIPLIERS: frozenset[str] = frozenset({"cent", "mille"})
AMBIGUOUS_SCALES: frozenset[str] = frozenset({"m", "md", "mds"})  # « 10 m » is a length, not millions
BETWEEN: tuple[str, str] = ("entre", "et")
RANGE_LINKS: frozenset[str] = frozenset({"à", "ou"})
AND_WORDS: frozenset[str] = frozenset({"et"})
FIGURE_OPENERS: tuple[str, ...] = ("plus de", "plus d'", "moins de", "moins d'", "au moins")
COMPLEMENT_PREPS: frozenset[str] = frozenset({"de", "d'", "des", "du"})  # « 20 % des voix »
COMPLEMENT_ARTICLES: frozenset[str] = frozenset({"la", "l'", "les"})
DIFFERENCE_PREPS: frozenset[str] = frozenset({"de", "d'"})  # « 24 tués de moins »
PROPORTION_WORDS: frozenset[str] = frozenset({"sur"})  # « trois sur quatre »
AGE_PREPS: frozenset[str] = frozenset({"de", "d'"})  # « un marin de 52 ans »
# « Martin, 42 ans, a été arrêté »: a length in years set between commas after a name is that person's age
APPOSITIVE_AGE_UNIT = "an"
# before « X, 42 ans, »: a word after these is a place or an institution (« à Lyon », « pour la Cour »), and
# a sentence opened by these adverbs (« Ensuite, 10 ans, … ») names no one: no age there
APPOSITIVE_NOT_AFTER: frozenset[str] = frozenset({
    "le", "la", "l'", "les", "un", "une", "ce", "cet", "cette", "ces", "à", "au", "aux", "en", "sur", "dans", "vers",
    "de", "d'", "du", "des"})
SENTENCE_ADVERBS: frozenset[str] = frozenset({
    "ensuite", "enfin", "puis", "alors", "ainsi", "depuis", "aujourd'hui", "hier", "désormais", "cependant",
    "toutefois", "pourtant", "néanmoins", "également", "aussi", "encore", "notamment", "maintenant", "demain"})
YEAR_WORDS: frozenset[str] = frozenset({"ans", "an"})
MEASURE_LINKS: frozenset[str] = frozenset({"de", "d'", "une", "un", "la", "le", "l'", "d'une", "d'un", "à"})
SOURCE_WORDS: frozenset[str] = frozenset({"selon", "d'après"})  # « 800 selon la police »
SOURCE_LINKS: frozenset[str] = frozenset()
SOURCE_STOPS: frozenset[str] = frozenset({"et", "mais", "qui", "contre"})
SOURCE_DETERMINERS: frozenset[str] = frozenset({"la", "le", "les", "l'", "l’"})  # « selon la police »
# « selon le même ministère en janvier »: the first holder again, of another moment; no second version
SAME_HOLDER: frozenset[str] = frozenset({"même", "mêmes"})
TIME_AFTER: frozenset[str] = frozenset({"h", "h."})  # « 14 h »
DAY_AFTER_MONTH = False  # French writes « 12 septembre »
HOUR_WORDS: frozenset[str] = frozenset({"heure", "heures"})
HOUR_PREPS: frozenset[str] = frozenset({"à", "vers", "dès", "jusqu'à", "avant", "après"})
REFERENCE_BEFORE: frozenset[str] = frozenset({"h", "h.", "n°", "numéro", "article", "page", "chapitre", "alinéa",
                                              "route", "vol", "ligne", "rn"})
# auxiliaries between a count and what it counts (« trois ont été blessés »)
AUXILIARIES: frozenset[str] = frozenset({"sont", "ont", "est", "a", "été", "auraient", "aurait", "seraient",
                                         "serait"})
PARTICIPLE_AUXILIARIES: frozenset[str] = frozenset({"ont", "été", "sont", "avaient", "auraient", "aurait", "a",
                                                    "se", "sont-elles", "y"})
# a verb or action noun before a count of people that names what it counts (« l'évacuation de 40
# personnes », « a interpellé 12 personnes »): most French tolls follow the figure (« faisant 12 morts »),
# these make « personnes » a count that grows over the hours (CUMULATIVE), so a later larger one is an update
TOLL_VERBS_BEFORE: dict[str, str] = {
    "évacuation": "évacué", "évacuer": "évacué", "évacué": "évacué", "évacuant": "évacué",
    "interpellation": "interpellation", "interpeller": "interpellation", "interpellé": "interpellation",
    "interpellant": "interpellation", "arrestation": "interpellation", "arrêter": "interpellation",
    "arrêtant": "interpellation", "hospitalisation": "hospitalisé", "hospitaliser": "hospitalisé",
    "hospitalisé": "hospitalisé", "secourir": "secouru", "secouru": "secouru", "sauvetage": "secouru",
    "relogement": "sinistré", "reloger": "sinistré", "relogé": "sinistré", "tuant": "mort", "blessant": "blessé",
}
# the only words that may stand between such a verb and its figure (bounds, approximations, « de »)
TOLL_LINKS: frozenset[str] = frozenset({"de", "des", "d'", "d", "du", "au", "moins", "plus", "environ", "près",
                                        "une", "quelque", "quelques", "total", "un"})
# plural endings: (suffix, replacement, shortest word) — « chevaux » -> « cheval », « morts » -> « mort »
PLURAL_ENDINGS: tuple[tuple[str, str, int], ...] = (("aux", "al", 6), ("s", "", 4), ("x", "", 4))
SKIP_ADJ: frozenset[str] = frozenset({
    "nouveaux", "nouvelles", "nouveau", "nouvelle", "autres", "premiers", "premières", "derniers", "dernières",
    "jeunes", "petits", "petites", "grands", "grandes", "seuls", "seules", "anciens", "anciennes", "milliers",
    "millions"})
INVARIABLE: frozenset[str] = frozenset({
    "cas", "fois", "mois", "pays", "bras", "corps", "voix", "prix", "dos", "poids", "temps", "décès", "avis", "bus",
    "gaz", "jours", "ans", "tours", "heures", "minutes", "sous", "plus", "moins", "lors", "alors", "selon", "dans",
    "sans", "vers", "chez", "près", "après", "depuis", "très", "tous", "puis"})
FUNCTION_WORDS: frozenset[str] = frozenset({
    "de", "d'", "des", "du", "la", "le", "les", "l'", "à", "au", "aux", "et", "ou", "en", "sur", "par", "pour",
    "selon", "dont", "qui", "que", "qu'", "ont", "a", "sont", "est", "été", "avait", "avaient", "auraient",
    "aurait", "se", "sa", "son", "ses", "leur", "leurs", "ce", "cette", "ces", "il", "elle", "ils", "elles", "on",
    "y", "ne", "n'", "pas", "contre", "après", "avant", "dans", "sans", "avec", "chez", "vers", "entre", "parmi",
    "soit", "fois", "heures", "h", "plus", "moins"})
DETERMINERS: frozenset[str] = frozenset({"le", "la", "l'", "les", "un", "une", "ce", "cet", "cette", "ces"})
# the noun of an address: « au 12 de la rue X » numbers a house, it counts nothing
STREET_WORDS: frozenset[str] = frozenset({"rue", "avenue", "boulevard", "impasse", "allée", "quai"})
# after a length, the word that makes it a date (English "five years ago"); French says « il y a »
AGO_WORDS: frozenset[str] = frozenset()
# after an amount, the word that makes it a rate: none read in French, where « par » is as often the
# agent (« trois jours par Donald X ») or « par rapport »
RATE_WORDS: frozenset[str] = frozenset()
# what a unit measures (the unit of a figure, or its counted noun when the unit is not read): a figure
# in parentheses after one of another unit of the same measure is its conversion (« 18 pouces (46 cm) »)
UNIT_DIMENSIONS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("km", "m", "cm", "mm", "pouce", "pied", "mile", "mille", "nmi", "ft", "yard"),
                    frozenset({"longueur"})),
    **dict.fromkeys(("kg", "g", "gramme", "tonne", "once", "quintal"), frozenset({"poids"})),
    **dict.fromkeys(("euro", "dollar", "franc", "yen", "yuan", "rouble", "roupie"), frozenset({"monnaie"})),
    "livre": frozenset({"poids", "monnaie"}),
    **dict.fromkeys(("ha", "hectare", "km2", "m2", "acre"), frozenset({"surface"})),
    **dict.fromkeys(("litre", "baril", "gallon", "m3"), frozenset({"volume"})),
    **dict.fromkeys(("degré", "celsius", "fahrenheit"), frozenset({"température"})),
    **dict.fromkeys(("km/h", "mph", "noeud", "nœud"), frozenset({"vitesse"})),
}

# -- whether one age ties two accounts to one person (claims/contradictions.py, _aged_people_apart)
# words that tell a person's sex, folded (« grand-mère » folds to « grand mere »): one age told of a man, the
# same told of a woman, are two people
MALE_WORDS: frozenset[str] = frozenset({"homme", "garcon", "pere", "fils", "mari", "frere", "oncle",
                                        "neveu", "monsieur", "m", "veuf", "conducteur"})
FEMALE_WORDS: frozenset[str] = frozenset({"femme", "fille", "fillette", "mere", "epouse", "sœur",
                                          "tante", "niece", "madame", "mme", "mlle", "agee", "veuve",
                                          "conductrice"})
# an age told in a subject or right after it: « un homme de 19 ans », « Paul Durand, 19 ans, »
SUBJECT_AGE_PATTERN = r"\b(\d{1,3})\s+ans\b"
SUBJECT_AGE_AFTER_PATTERN = r"^\s*,\s*(?:âgée?\s+de\s+)?(\d{1,3})\s+ans\b"

# counts of people that a death told with them makes a toll of the dead (« au moins 21 personnes ont péri »)
PEOPLE_COUNTED: frozenset[str] = frozenset({"personne", "individu", "habitant", "passager", "enfant", "civil"})
# a death told by a phrase, not by its verb's lemma (« coûter la vie à 23 personnes »), on folded text
DEATH_PHRASES: tuple[str, ...] = (r"\bcout\w* la vie\b",)
# nouns that count the people of a place or of a firm by another name (« 400 riverains » of « 1 200 habitants »,
# « 30 employés » of « 12 salariés »): another figure under one of them is the same group counted otherwise
PEOPLE_OTHERWISE: frozenset[str] = frozenset({"riverain", "résident", "voisin", "administré", "employé",
                                              "travailleur", "personnel", "individu", "gens"})
