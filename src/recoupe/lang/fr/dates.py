"""French date words as data: months, weekdays, number words, modifiers, units, seasons, day parts.

Keys are lower-case surface forms (with and without accents where newspapers drop them). The
tagger in ``recoupe.nlp.timex`` builds its regular expressions from these tables.
"""

# Month names and their usual abbreviations -> month number.
MONTHS: dict[str, int] = {
    "janvier": 1, "janv.": 1, "janv": 1, "jan.": 1,
    "février": 2, "fevrier": 2, "févr.": 2, "fevr.": 2, "févr": 2, "fév.": 2, "fev.": 2,
    "mars": 3,
    "avril": 4, "avr.": 4, "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7, "juil.": 7, "juil": 7,
    "août": 8, "aout": 8, "aoû.": 8,
    "septembre": 9, "sept.": 9, "sept": 9, "sep.": 9,
    "octobre": 10, "oct.": 10, "oct": 10,
    "novembre": 11, "nov.": 11, "nov": 11,
    "décembre": 12, "decembre": 12, "déc.": 12, "dec.": 12, "déc": 12,
}

# English month names, for the odd wire-style date ("Sep.12,2023", "September 12, 2023").
MONTHS_EN: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

# Weekdays -> ISO weekday (Monday = 1).
WEEKDAYS: dict[str, int] = {
    "lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6,
    "dimanche": 7,
}

# Cardinal number words -> value. Compounds ("vingt-deux", "deux mille") are parsed by the
# tagger from these parts.
NUMBER_WORDS: dict[str, int] = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100, "mille": 1000, "vingts": 20,
}

# Words that stand for a small, unknown quantity: the value becomes "X" ("PXD").
VAGUE_QUANTITIES: frozenset[str] = frozenset({
    "quelques", "plusieurs", "des", "certaines", "certains", "de nombreuses", "de nombreux",
    "nombreuses", "nombreux", "maintes",
})

# Fractions and collective numbers used with units ("une demi-heure", "une dizaine de jours").
FRACTIONS: dict[str, float] = {"demi": 0.5, "demie": 0.5, "quart": 0.25}
COLLECTIVES: dict[str, int] = {
    "huitaine": 8, "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20,
    "trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "centaine": 100,
}

# Ordinals in words ("le premier mai", "la deuxième semaine").
ORDINAL_WORDS: dict[str, int] = {
    "premier": 1, "première": 1, "1er": 1, "1re": 1, "deuxième": 2, "second": 2, "seconde": 2,
    "troisième": 3, "quatrième": 4, "cinquième": 5, "dernier": -1, "dernière": -1,
}

# Fuzzy modifiers of a month, season or year -> TIMEX3 mod and the part of the period meant
# (fractions of the period, inclusive start and end).
FUZZY_MODIFIERS: dict[str, tuple[str, float, float]] = {
    "début": ("START", 0.0, 0.33),
    "courant": ("MID", 0.0, 1.0),
    "mi": ("MID", 0.33, 0.66),
    "milieu": ("MID", 0.33, 0.66),
    "fin": ("END", 0.66, 1.0),
}

# Relative words. Day offsets from the anchor:
DAY_OFFSETS: dict[str, int] = {
    "avant-hier": -2, "hier": -1, "aujourd'hui": 0, "aujourd’hui": 0, "demain": 1,
    "après-demain": 2, "apres-demain": 2,
}

# Direction words after a unit or a name ("la semaine dernière", "lundi prochain").
PAST_WORDS: frozenset[str] = frozenset({
    "dernier", "dernière", "derniers", "dernières", "précédent", "précédente", "passé", "passée",
    "écoulé", "écoulée",
})
FUTURE_WORDS: frozenset[str] = frozenset({
    "prochain", "prochaine", "prochains", "prochaines", "suivant", "suivante", "à venir",
})
# Prepositions that fix the direction of a bare weekday, month or "12 mars" whatever the verb:
# « d'ici lundi » is the next Monday (strictly after the anchor: "by Monday" on a Monday means
# the next one), « depuis mars » the last March (on or before the anchor). Matched right before
# the expression, lower case, apostrophes straight.
FORWARD_PREPOSITIONS: tuple[str, ...] = ("d'ici à", "d'ici au", "d'ici le", "d'ici")
BACKWARD_PREPOSITIONS: tuple[str, ...] = ("depuis le", "depuis")
# Adverbs that put a participle without auxiliary in the past: « un ressortissant déjà
# sanctionné en mars » (a bare participle is otherwise undecided: « la réunion prévue le 15 »).
PAST_ADVERBS: frozenset[str] = frozenset({"déjà", "deja", "précédemment", "auparavant", "récemment"})

# A bare past participle (no auxiliary) is undecided on its own: « 100 hectares brûlés samedi » tells a deed done,
# « policiers déployés samedi », « navettes mises en service samedi », « vols annulés samedi » tell, in an
# announcement, the coming day. So a weekday it governs reads past only when the participle's lemma is one of
# these deeds (a toll, damage, an arrest, a crime: nobody announces them ahead), and reads the coming day when
# it plans an occasion (« grève prévue samedi », « réunion programmée samedi »: on a Sunday, yesterday is not
# meant). Any other participle keeps the nearest reading. Left out as both: « ouvert » (« enquête ouverte
# samedi » done, « pont rouvert samedi » announced), « annoncé » (« orages annoncés samedi » is a forecast).
DEED_PARTICIPLES: frozenset[str] = frozenset({
    "tuer", "mourir", "décéder", "blesser", "brûler", "incendier", "ravager", "embraser", "détruire",
    "endommager", "dévaster", "saccager", "piller", "vandaliser", "dégrader", "inonder", "submerger", "sinistrer",
    "interpeller", "arrêter", "appréhender", "écrouer", "incarcérer", "inculper", "agresser", "poignarder",
    "abattre", "percuter", "renverser", "noyer", "retrouver", "découvrir", "hospitaliser", "voler", "dérober",
    "cambrioler", "braquer", "enlever", "kidnapper", "séquestrer", "violer", "frapper", "battre", "élire",
    "sauver", "secourir", "emporter", "effondrer", "écraser", "chavirer", "déposer", "condamner", "limoger",
    # an occasion that happened (« l'accident survenu vendredi »)
    "survenir", "disparaître", "commettre",
})
# ... and these when they qualify one of the nouns given: « une enquête ouverte samedi » was opened, « le pont
# ouvert samedi » may open then
DEED_PARTICIPLES_ON: dict[str, frozenset[str]] = {
    "ouvrir": frozenset({"enquête", "information", "procédure", "instruction"}),
}
PLAN_PARTICIPLES: frozenset[str] = frozenset({
    "prévoir", "programmer", "planifier", "convoquer", "attendre", "envisager", "projeter", "agender",
})
# ... and those that move an occasion read the coming day when it is their target (« réunion reportée à samedi »);
# without the preposition the weekday may be the day it was moved on
MOVE_PARTICIPLES: frozenset[str] = frozenset({
    "reporter", "repousser", "décaler", "ajourner", "différer", "avancer", "prolonger", "renvoyer",
})
# Words right before a weekday that make it a target, never the day of a deed (« jusqu'à samedi », « reporté à
# samedi », « pour samedi »), lower case, apostrophes straight.
TARGET_PREPOSITIONS: tuple[str, ...] = ("jusqu'à", "jusqu'au", "à", "au", "pour", "dès", "avant")
# Words that give the period containing the anchor ("cette semaine", "l'année en cours").
THIS_WORDS: frozenset[str] = frozenset({"ce", "cet", "cette", "en cours"})

# Calendar units -> (TIMEX3 duration letter, is a time unit "PT…").
UNITS: dict[str, tuple[str, bool]] = {
    "seconde": ("S", True), "secondes": ("S", True),
    "minute": ("M", True), "minutes": ("M", True),
    "heure": ("H", True), "heures": ("H", True),
    "jour": ("D", False), "jours": ("D", False), "journée": ("D", False), "journées": ("D", False),
    "nuit": ("D", False), "nuits": ("D", False),
    "semaine": ("W", False), "semaines": ("W", False),
    "mois": ("M", False),
    "trimestre": ("Q", False), "trimestres": ("Q", False),
    "semestre": ("S6", False), "semestres": ("S6", False),
    "an": ("Y", False), "ans": ("Y", False), "année": ("Y", False), "années": ("Y", False),
    "décennie": ("DE", False), "décennies": ("DE", False),
    "siècle": ("CE", False), "siècles": ("CE", False),
    "millénaire": ("ML", False), "millénaires": ("ML", False),
}

# Prepositions that put a count of calendar units as a duration (« depuis deux semaines », « pendant
# trois jours »); two accounts giving other durations of one thing do not agree (claims.status).
DURATION_PREPOSITIONS: frozenset[str] = frozenset({"depuis", "pendant", "durant", "pour"})
# ... of which those after which a count of hours or minutes is as often a clock time (« depuis 6 heures
# ce matin », « rendez-vous pour 20 heures »): no duration is read there in clock units
CLOCK_TIME_PREPOSITIONS: frozenset[str] = frozenset({"depuis", "pour"})

# Nouns that name a fixed length of time by themselves -> TIMEX3 duration.
DURATION_NOUNS: dict[str, str] = {
    "quinquennat": "P5Y", "septennat": "P7Y", "triennat": "P3Y", "biennale": "P2Y",
    "quinzaine": "P2W", "huitaine": "P1W", "semestre": "P6M", "trimestre": "P3M",
}

# Seasons -> (TIMEX3 code, first month, last month). Winter spans the year change.
SEASONS: dict[str, tuple[str, int, int]] = {
    "printemps": ("SP", 3, 5), "été": ("SU", 6, 8), "ete": ("SU", 6, 8),
    "automne": ("FA", 9, 11), "hiver": ("WI", 12, 2),
}

# Parts of the day -> TIMEX3 code.
DAY_PARTS: dict[str, str] = {
    "matin": "MO", "matinée": "MO", "après-midi": "AF", "apres-midi": "AF", "midi": "MI",
    "soir": "EV", "soirée": "EV", "nuit": "NI", "journée": "DT",
}

# Adverbs and adjectives that refer vaguely to the past, present or future.
PRESENT_REF_WORDS: frozenset[str] = frozenset({
    "actuellement", "désormais", "dorénavant", "maintenant", "à présent", "en ce moment",
    "à l'heure actuelle", "de nos jours", "aujourd'hui encore", "jusqu'à présent",
    "présentement",
})
PAST_REF_WORDS: frozenset[str] = frozenset({
    "récemment", "dernièrement", "naguère", "jadis", "autrefois", "auparavant", "jusqu'ici",
    "jusqu'alors", "par le passé", "nouvellement",
})
FUTURE_REF_WORDS: frozenset[str] = frozenset({
    "prochainement", "à l'avenir", "sous peu", "à terme",
    "dans l'avenir", "ultérieurement",
})

# Words of recurrence ("chaque année", "tous les lundis") and adjectives of frequency.
SET_ADJECTIVES: dict[str, str] = {
    "quotidien": "P1D", "quotidienne": "P1D", "quotidiens": "P1D", "quotidiennes": "P1D",
    "quotidiennement": "P1D", "journalier": "P1D", "journalière": "P1D",
    "hebdomadaire": "P1W", "hebdomadaires": "P1W",
    "mensuel": "P1M", "mensuelle": "P1M", "mensuels": "P1M", "mensuelles": "P1M",
    "annuel": "P1Y", "annuelle": "P1Y", "annuels": "P1Y", "annuelles": "P1Y",
    "annuellement": "P1Y",
}

# Feasts with a fixed date -> (month, day).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "noël": (12, 25), "noel": (12, 25), "la saint-sylvestre": (12, 31), "le jour de l'an": (1, 1),
    "le nouvel an": (1, 1), "la toussaint": (11, 1), "le 14-juillet": (7, 14),
    "la fête nationale": (7, 14), "l'assomption": (8, 15), "la saint-valentin": (2, 14),
    "le réveillon": (12, 31), "l'armistice": (11, 11),
}

# Ongoing events whose start two accounts can date differently (issue 13, ``date`` contradictions):
# folded nouns -> the event they name. Those who fight an event name it too (« les pompiers
# luttent depuis deux semaines »: the fire's duration).
ONGOING_EVENTS: dict[str, str] = {
    "incendie": "feu", "incendies": "feu", "feu": "feu", "feux": "feu", "brasier": "feu",
    "pompiers": "feu", "sapeurs": "feu",
    "guerre": "guerre", "conflit": "guerre", "offensive": "guerre", "invasion": "guerre",
    "greve": "greve", "greves": "greve", "grevistes": "greve",
    "canicule": "canicule", "secheresse": "secheresse", "crue": "crue", "crues": "crue", "inondations": "crue",
    "siege": "siege", "blocus": "siege", "blocage": "blocage", "occupation": "occupation",
    "recherches": "recherches", "captivite": "captivite", "detention": "captivite", "otage": "captivite",
    "otages": "captivite", "epidemie": "epidemie", "eruption": "eruption", "coupure": "coupure",
}
# a length of time the event has lasted by the report (« depuis deux semaines », « après un mois
# de combat », « pendant près d'un mois »), folded: preposition, approximation, number, unit
ELAPSED_PREPOSITIONS: tuple[str, ...] = ("depuis", "apres", "pendant", "durant")
ELAPSED_APPROXIMATIONS: dict[str, tuple[float, float]] = {
    # factor on the stated length: (shortest, longest) it allows
    "": (0.8, 1.2), "pres de": (0.8, 1.0), "pres d": (0.8, 1.0), "presque": (0.8, 1.0),
    "environ": (0.75, 1.25), "quelque": (0.75, 1.25), "plus de": (1.0, 3.0), "plus d": (1.0, 3.0),
    "moins de": (0.5, 1.0), "moins d": (0.5, 1.0),
}
ELAPSED_UNITS_DAYS: dict[str, float] = {
    "jour": 1, "jours": 1, "semaine": 7, "semaines": 7, "mois": 30, "an": 365, "ans": 365, "annee": 365, "annees": 365,
}
# verbs that date an event's start (« s'est déclaré le 21 juillet », « a éclaté en mars »), folded
START_VERBS: tuple[str, ...] = ("declare", "declaree", "declenche", "declenchee", "eclate", "debute", "debutee",
                                "commence", "commencee", "demarre", "demarree", "parti", "partie")

# When a piece of news was made known: verbs whose date is the announcement's (« ont annoncé
# mercredi des médias », « révélé ce jeudi ») and nouns that name one announcement already
# known (« La nouvelle est tombée le 3 mars », « L’annonce jeudi soir du départ de X »).
ANNOUNCING_VERBS: frozenset[str] = frozenset({"annoncer", "révéler", "officialiser", "dévoiler"})
ANNOUNCEMENT_NOUNS: frozenset[str] = frozenset({"annonce", "nouvelle", "révélation", "officialisation"})

# Words by which a clause tells an occasion apart from the one it is set against (« s'est rendu dimanche
# sur place, en amont de son déplacement officiel », « la veille de sa tournée »): its date is that
# occasion's, not a second date of the other. Folded.
OTHER_OCCASION_MARKERS: tuple[str, ...] = (
    r"\ben amont d", r"\ba la veille d", r"\bavant (?:sa|son|la|le) (?:visite|deplacement|venue|programme)",
    r"\bprealable a",
)

# Words that tie a clause to an earlier occurrence of a recurring thing than the story's own (« la
# cérémonie de l'an dernier », « une précédente arrestation », « le plus meurtrier depuis 2004 »): a
# clause told with one does not confirm an account without one (claims.status.told_apart).
# Attributive only: « a reçu le prix l'an dernier » dates the deed itself, « par rapport à l'année
# précédente » compares. Regexes on folded text.
BACKGROUND_CUES: tuple[str, ...] = (
    r"\b(?:de|du|d) l an (?:dernier|passe)\b", r"\b(?:de|d) l annee (?:derniere|passee)\b",
    r"\b(?:de la saison|du mois|de l ete|de l hiver) (?:dernier|derniere)\b",
    r"\b(?:un|une|son|sa|ses|leur|leurs) precedente?s?\b", r"\bplus \w+(?: \w+){0,2} depuis\b",
)

# A clause opened by these words right after a date (« le pire mois depuis mai 2009, quand 812 personnes
# étaient mortes ») tells the occasion of that date, not of the report (claims/contradictions.py, _when_apart).
WHEN_CLAUSE_WORDS: frozenset[str] = frozenset({"quand", "lorsque", "lorsqu"})
# the words right before a number that make it a year there (« depuis 2009, quand … »); a bare number is as
# often a count (« les syndicats revendiquent 2000, quand … ») and a month name is a cue of its own
YEAR_CUES: frozenset[str] = frozenset({"en", "depuis", "fin", "début", "mi", "printemps", "été", "automne",
                                       "hiver", "année"})
