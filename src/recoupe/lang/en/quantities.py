"""English words for quantities: the names :func:`recoupe.claims.quantities.parse` reads from a
language pack, as :mod:`recoupe.lang.fr.quantities` gives them for French.

What is counted is named with the French pack's ids (``mort``, ``blessé``, ``évacué``,
``interpellation``; units ``euro``, ``km``, ``an``): they are the ids of a count, not words to
print, and sharing them lets an English toll meet the French one of the same event.

Language data only (like a dictionary): nothing here names a person, place or outlet of any corpus.
"""

from recoupe.lang.fr.quantities import RACE_WORDS as RACE_WORDS

NUMBER_WORDS: dict[str, float] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
}
# "twenty-two": one token
NUMBER_WORDS |= {f"{ten}-{unit}": NUMBER_WORDS[ten] + NUMBER_WORDS[unit]
                 for ten in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
                 for unit in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")}
SCALES: dict[str, float] = {
    "thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
    "trillion": 1e12, "m": 1e6, "bn": 1e9,
}
# "a dozen": about twelve
COLLECTIVES: dict[str, float] = {"dozen": 12, "score": 20}
# "dozens of", "hundreds of", "thousands": an order of magnitude
PLURAL_COLLECTIVES: dict[str, tuple[float, float]] = {
    "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2000, 9999),
    "millions": (2e6, 9.99e8), "billions": (2e9, 9.99e11),
}
LOWER_BOUNDS: tuple[str, ...] = ("more than", "at least", "over", "in excess of", "upwards of", "no fewer than",
                                 "no less than", "not fewer than", "not less than", "exceeding", "topped", "passed")
UPPER_BOUNDS: tuple[str, ...] = ("fewer than", "less than", "under", "up to", "at most", "no more than",
                                 "not more than")
# bounds that leave the figure itself out: "nearly 300" is below 300, "more than 300" above it, so the two
# meet at no figure (a bare "300" stays within either: a round figure)
STRICT_BELOW: tuple[str, ...] = ("fewer than", "less than", "under", "just under", "nearly", "almost")
STRICT_ABOVE: tuple[str, ...] = ("more than", "over", "in excess of", "upwards of", "exceeding", "topped", "passed",
                                 "just over")
APPROXIMATIONS: dict[str, tuple[float, float]] = {
    "nearly": (0.9, 1.0), "almost": (0.9, 1.0), "close to": (0.9, 1.0), "just under": (0.9, 1.0),
    "about": (0.9, 1.1), "around": (0.9, 1.1), "some": (0.9, 1.1), "roughly": (0.9, 1.1),
    "approximately": (0.9, 1.1), "an estimated": (0.9, 1.1), "estimated": (0.9, 1.1),
    "just over": (1.0, 1.15), "more or less": (0.9, 1.1),
}
UNITS: dict[str, str] = {
    "%": "%", "percent": "%", "per cent": "%",
    "km": "km", "kilometer": "km", "kilometers": "km", "kilometre": "km", "kilometres": "km",
    "mile": "mile", "miles": "mile", "nautical mile": "nmi", "nautical miles": "nmi", "feet": "ft", "foot": "ft",
    "ft": "ft", "meter": "m", "meters": "m", "metre": "m", "metres": "m",
    "km2": "km2", "hectare": "ha", "hectares": "ha", "acre": "acre", "acres": "acre",
    "euro": "euro", "euros": "euro", "€": "euro", "dollar": "dollar", "dollars": "dollar", "$": "dollar",
    "pound": "livre", "pounds": "livre", "£": "livre",
    "year": "an", "years": "an", "month": "mois", "months": "mois", "day": "jour", "days": "jour",
    "hour": "heure", "hours": "heure", "minute": "minute", "minutes": "minute",
    "ton": "tonne", "tons": "tonne", "tonne": "tonne", "tonnes": "tonne", "kg": "kg", "kilograms": "kg",
    "degree": "degré", "degrees": "degré", "°": "degré", "mph": "mph", "km/h": "km/h",
    "liter": "litre", "liters": "litre", "litre": "litre", "litres": "litre", "barrel": "baril", "barrels": "baril",
}
THING_SYNONYMS: dict[str, str] = {
    "dead": "mort", "death": "mort", "deaths": "mort", "killed": "mort", "fatality": "mort", "fatalities": "mort",
    "died": "mort", "injured": "blessé", "wounded": "blessé", "hurt": "blessé", "injury": "blessé",
    "injuries": "blessé", "missing": "disparu", "arrested": "interpellation", "arrest": "interpellation",
    "arrests": "interpellation", "detained": "interpellation", "evacuated": "évacué", "evacuee": "évacué",
    "rescued": "secouru",
    "evacuees": "évacué", "displaced": "déplacé", "refugee": "réfugié", "refugees": "réfugié",
    "protester": "manifestant", "protesters": "manifestant", "demonstrator": "manifestant",
    "demonstrators": "manifestant", "striker": "gréviste", "strikers": "gréviste", "hostage": "otage",
    "hostages": "otage", "case": "cas", "cases": "cas", "infection": "cas", "infections": "cas",
    "hospitalized": "hospitalisé", "hospitalised": "hospitalisé", "firefighter": "pompier",
    "firefighters": "pompier", "police officer": "policier", "officer": "policier", "officers": "policier",
    "soldier": "soldat", "soldiers": "soldat", "troop": "soldat", "troops": "soldat",
    "house": "logement", "houses": "logement", "home": "logement", "homes": "logement", "dwelling": "logement",
    "astronaut": "astronaute", "cosmonaut": "astronaute", "victim": "victime", "victims": "victime",
    "casualty": "victime", "casualties": "victime", "crewman": "crew", "crewmen": "crew",
    # counted nouns a French account names its own way: one key in both packs, so that one count told in the two
    # languages is one counted thing (« 1 200 emplois » / "1,200 jobs", « 12 sièges » / "12 seats")
    "job": "emploi", "jobs": "emploi", "seat": "siège", "seats": "siège", "vote": "voix", "votes": "voix",
}
COUNTED_PARTICIPLES: frozenset[str] = frozenset({
    "killed", "dead", "injured", "wounded", "hurt", "missing", "arrested", "detained", "evacuated", "displaced",
    "hospitalized", "hospitalised", "rescued",
})
SINGLE_TOLLS: frozenset[str] = frozenset({"dead", "death", "killed", "injured", "wounded", "missing"})
SINGLE_COUNTED_HEADS: frozenset[str] = frozenset({"person"})
COUNTED_VERBS: dict[str, str] = {"died": "mort", "die": "mort", "dies": "mort", "perished": "mort"}
COUNTED_PHRASES: dict[tuple[str, ...], str] = {("lost", "their", "lives"): "mort", ("lost", "his", "life"): "mort",
                                               ("lost", "her", "life"): "mort"}
# English puts a difference before the thing ("24 more deaths than"): not read
DIFFERENCE_AFTER: frozenset[str] = frozenset()
DIFFERENCE_PREPS: frozenset[str] = frozenset()
# Words that make a figure an increment, not a total ("another 150 acres", "a further 150", "150 more acres",
# "150 additional acres"): what was added since an earlier figure, never the thing's count.
INCREMENT_AFTER: frozenset[str] = frozenset({"more", "additional", "extra"})
INCREMENT_PREPS: frozenset[str] = frozenset()
INCREMENT_BEFORE: frozenset[str] = frozenset({"another", "further", "additional", "extra"})
INCREMENT_ADVERBS: frozenset[str] = frozenset()
# between the figure and the counted noun, a count of new or other ones ("2 new deaths", "3 other people")
NEW_COUNT_WORDS: frozenset[str] = frozenset({"new", "other"})
INCREMENT_NOT_AFTER_PLUS: frozenset[str] = frozenset()
INCREMENT_PARTICIPLE: str = ""
INCREMENT_NOT_PARTICIPLES: frozenset[str] = frozenset()
GENERIC_HEADS: frozenset[str] = frozenset({"people", "person", "resident", "residents", "civilian", "civilians",
                                           "man", "men", "woman", "women", "child", "children", "adult", "adults",
                                           "individual", "individuals"})
# bearers of an age a story often has two of ("a 17-year-old boy" shot, "a 15-year-old boy" arrested), on top of
# GENERIC_HEADS: two ages of one such noun are not one person's
GENERIC_BEARERS: frozenset[str] = frozenset({"boy", "girl", "teenager", "teen", "youth", "baby", "toddler", "infant"})
MEASURES: dict[str, str] = {
    "magnitude": "magnitude", "depth": "profondeur", "age": "âge", "aged": "âge", "altitude": "altitude",
    "height": "hauteur", "speed": "vitesse", "temperature": "température", "rate": "taux", "score": "score",
    "area": "superficie", "distance": "distance",
}
# no country named here: "nationwide" is the article's own country, and a France named anywhere in an English
# sentence (a firm "based in France") need not be where the count was made
NATIONAL_SCOPES: tuple[str, ...] = ("nationwide", "across the country", "across the nation", "national total",
                                    "in the whole country", "throughout the country", "nationally")
MONTHS: frozenset[str] = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                                    "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                                    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
COUNTING_WINDOWS: tuple[str, ...] = (
    r"\bfrom (?:\w+ )?\d{1,2}(?:st|nd|rd|th)? to (?:\w+ )?\d{1,2}(?:st|nd|rd|th)?",
    r"\bsince (?:the )?(?:start|beginning|january|february|march|april|may|june|july|august|september|october"
    r"|november|december)[\w' -]{0,30}?(?=[,.;]|$| and | have | has | were )",
    r"\bthis year\b", r"\bso far this year\b", r"\bthis summer\b", r"\bin the (?:first|second|third|fourth) quarter\b",
    # « lost seven of their last 12 matches », « in the past 24 hours »: a figure over the latest stretch of
    # time or of contests; not any noun (« freed 20 hostages, the last 3 of them » counts no stretch)
    r"\b(?:the|their|its|his|her|our) (?:last|past) \d+ (?:minutes?|hours?|days?|nights?|weeks?|months?"
    r"|years?|decades?|quarters?|seasons?|games?|matches|fixtures?|races?|starts?|outings?|sessions?"
    r"|tournaments?|elections?)\b",
)
# One stretch in other words: « over the past 24 hours » and « during the last 24 hours », « their last 12
# matches » and « the last 12 matches » are one window (pattern, replacement on the folded window).
COUNTING_WINDOW_FORMS: tuple[tuple[str, str], ...] = (
    (r"^(?:the|their|its|his|her|our) (?:last|past) ", "last "),
)

# -- how figures are written and read
NUMBER_PATTERN = (r"(?<![\w,.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w]|[.,]\d)"
                  r"|(?<![\w,.])\d+(?:\.\d+)?(?![\w]|[.,]\d)")
ELISION_PATTERN = ""
SYMBOLS = "%€$£°²"
DECIMAL_MARK = "."
CURRENCY_BEFORE = True  # "$5 million", "£300"
NAMED_PLACE_PATTERN = (r"\b(?:in|in the city of|in the town of|in the region of|in the state of)\s+"
                       r"(?!(?:January|February|March|April|May|June|July|August|September|October|November"
                       r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The)\b)"
                       r"((?:[A-Z][\w'-]+)(?:[ -][A-Z][\w'-]+)*)")
ONE_WORDS: frozenset[str] = frozenset({"one"})
COLLECTIVE_ARTICLES: frozenset[str] = frozenset({"a"})  # "a dozen"
DEFINITE_COLLECTIVE_ARTICLES: frozenset[str] = frozenset({"the"})  # "the dozen of ..." (rare)
COLLECTIVE_OF: frozenset[str] = frozenset({"of"})
COLLECTIVE_SIZES: dict[str, tuple[float, float]] = {"good": (1.0, 1.25)}  # "a good dozen"
HALF_WORDS: frozenset[str] = frozenset({"half"})  # "half a dozen"
PLURAL_DETERMINERS: frozenset[str] = frozenset({"several", "many", "some"})
BARE_PLURAL_COLLECTIVES = True  # "thousands fled", "dozens of people"
PLURAL_SCALE_PREPS: frozenset[str] = frozenset({"of"})
PLURAL_SCALES: frozenset[str] = frozenset({"thousands", "millions"})  # "tens of thousands"
MULTIPLIER_WORDS: frozenset[str] = frozenset({"hundred", "thousand"})  # "three hundred"
SELF_MULTIPLIERS: frozenset[str] = frozenset({"hundred", "thousand"})
AMBIGUOUS_SCALES: frozenset[str] = frozenset({"m"})
BETWEEN: tuple[str, str] = ("between", "and")
RANGE_LINKS: frozenset[str] = frozenset({"to", "or"})
AND_WORDS: frozenset[str] = frozenset({"and"})
FIGURE_OPENERS: tuple[str, ...] = ("more than", "less than", "fewer than", "at least", "over")
COMPLEMENT_PREPS: frozenset[str] = frozenset({"of"})  # "20 percent of the vote"
COMPLEMENT_ARTICLES: frozenset[str] = frozenset({"the"})
PROPORTION_WORDS: frozenset[str] = frozenset({"out", "in"})  # "three out of four", "one in five"
AGE_PREPS: frozenset[str] = frozenset({"aged"})
YEAR_WORDS: frozenset[str] = frozenset({"years", "year"})
MEASURE_LINKS: frozenset[str] = frozenset({"of", "a", "an", "the", "at"})
SOURCE_WORDS: frozenset[str] = frozenset({"according"})  # "800, according to the police"
SOURCE_LINKS: frozenset[str] = frozenset({"to"})
SOURCE_STOPS: frozenset[str] = frozenset({"and", "but", "who", "against"})
SOURCE_DETERMINERS: frozenset[str] = frozenset({"the"})  # "according to the police"
SAME_HOLDER: frozenset[str] = frozenset({"same"})  # "according to the same ministry in January"
# what may stand between one source's figure and another's in one sentence ("3,000 according to organisers,
# 800 according to police"): two versions of one count
VERSION_JOINS: frozenset[str] = frozenset({"", "and", "against", "but", "while"})
TIME_AFTER: frozenset[str] = frozenset({"pm", "am", "p", "gmt", "utc"})  # "3 p.m."
DAY_AFTER_MONTH = True  # "March 12"
HOUR_WORDS: frozenset[str] = frozenset({"o'clock"})
HOUR_PREPS: frozenset[str] = frozenset({"at", "by", "until", "before", "after"})
REFERENCE_BEFORE: frozenset[str] = frozenset({"no", "no.", "number", "article", "page", "chapter", "section",
                                              "route", "flight", "highway", "interstate", "vol", "line", "room"})
AUXILIARIES: frozenset[str] = frozenset({"were", "was", "have", "has", "had", "been", "are", "is", "being"})
PARTICIPLE_AUXILIARIES: frozenset[str] = frozenset({"were", "was", "have", "has", "had", "been", "are", "is",
                                                    "being", "reportedly", "also"})
# "killing at least 45 people", "a blast that killed 12": English puts the toll verb first
TOLL_VERBS_BEFORE: dict[str, str] = {
    "killing": "mort", "killed": "mort", "kills": "mort", "kill": "mort", "injuring": "blessé",
    "injured": "blessé", "injures": "blessé", "wounding": "blessé", "wounded": "blessé",
    "claimed": "mort", "claiming": "mort",
    # counts that grow over the hours (CUMULATIVE): "police arrested 12 people", "forcing the evacuation of 40
    # people"; a later larger one is an update
    "arrested": "interpellation", "arresting": "interpellation", "arrests": "interpellation",
    "detained": "interpellation", "detaining": "interpellation", "evacuated": "évacué", "evacuating": "évacué",
    "evacuation": "évacué", "evacuate": "évacué", "displaced": "déplacé", "displacing": "déplacé",
    "rescued": "secouru", "rescuing": "secouru", "hospitalized": "hospitalisé", "hospitalised": "hospitalisé",
}
# the only words that may stand between such a verb and its figure ("killing at least 45", "the evacuation of 40")
TOLL_LINKS: frozenset[str] = frozenset({"of", "at", "least", "about", "some", "nearly", "almost", "more", "than",
                                        "over", "up", "to", "around", "approximately", "a", "total", "another"})
PLURAL_ENDINGS: tuple[tuple[str, str, int], ...] = (("ies", "y", 5), ("s", "", 4))
# a count's noun is its plural head, not the first modifier after the number ("14 foreign vessels")
PLURAL_HEADS = True
# "crew members", "staff members": the modifier names what is counted
MEMBER_HEADS: frozenset[str] = frozenset({"members"})
# "AK 47": a short capitalised name glued to a number is a model, the number no count
DESIGNATIONS = True
SKIP_ADJ: frozenset[str] = frozenset({"new", "other", "more", "additional", "young", "small", "large", "former",
                                      "first", "last", "further"})
INVARIABLE: frozenset[str] = frozenset({"news", "series", "species", "gas", "bus", "this", "his", "its", "was", "has",
                                        "is", "as", "us", "plus", "press", "status", "campus", "virus", "census",
                                        "always", "across", "years", "hours", "days", "times"})
FUNCTION_WORDS: frozenset[str] = frozenset({
    "of", "the", "a", "an", "to", "in", "on", "at", "by", "for", "and", "or", "but", "with", "from", "that", "which",
    "who", "whom", "were", "was", "are", "is", "been", "had", "have", "has", "be", "it", "its", "they", "them",
    "their", "he", "she", "his", "her", "we", "our", "this", "these", "those", "than", "as", "per", "after",
    "before", "during", "since", "until", "against", "between", "among", "into", "over", "under", "times", "more",
    "less", "not", "no", "according", "while", "when", "where",
})
DETERMINERS: frozenset[str] = frozenset({"the", "a", "an", "this", "that", "these", "those"})

# -- words the contradiction checks read on folded claim text (see the French pack for each)
# another occurrence or subset: "a second blast", "another fire", "a separate attack" ("new" is
# left out: it is also the first word of place names that French text cites)
ANOTHER_EVENT: frozenset[str] = frozenset({"another", "second", "third", "separate", "other", "others", "distinct",
                                           "additional", "aftershock"})
VAGUE_FIGURE_OPENERS: tuple[str, ...] = ("dozens ", "scores ", "hundreds ", "thousands ", "millions ", "several ",
                                         "many ", "numerous ")
SEVERAL_WORDS: frozenset[str] = frozenset({"two", "three", "four", "five", "six", "several", "multiple", "series",
                                           "separate"})
EVENT_PLURALS: frozenset[str] = frozenset({
    "fires", "wildfires", "attacks", "strikes", "airstrikes", "accidents", "explosions", "blasts", "earthquakes",
    "shootings", "collisions", "crashes", "storms", "floods", "landslides", "avalanches", "raids", "riots",
    "protests", "bombings", "operations", "missions", "incidents",
})
# Phrases (folded) that place a figure in an earlier period than the report's (« last year's
# ceremony drew 32 million viewers », « a side that took 31 matches last season »): a figure of another
# occasion of a recurring thing, never a version of the current one. « the year before » is left out:
# it follows a comparison (« up 5% on the year before ») more often than it places a figure.
PAST_PERIOD: tuple[str, ...] = ("last year", "last season", "a year ago", "a year earlier", "previous year",
                                "previous season", "prior year")
EARLIER_FIGURE: tuple[str, ...] = ("earlier toll", "previous toll", "initial toll", "earlier figure", "initially",
                                   "toll rose", "toll has risen", "toll climbed", "has since risen", "revised",
                                   "so far", "already", "earlier estimate")
# verbs whose subject gives a count ("police counted 800", "officials estimated 3,000"); "put", "record"
# and "claim" are left out: their subject is as often the doer ("the state put trackers on 500 cars")
COUNTING_VERBS: frozenset[str] = frozenset({"count", "estimate", "tally", "tabulate"})
# a figure told as a running total ("has impounded 30 crates in all") against one that is not
# ("nine crates were impounded"): the whole and one of its parts, not two versions ("so far" is an update:
# EARLIER_FIGURE)
# EARLIER_FIGURE). Regular expressions on the lowercased clause, hyphens read as spaces, each marker within
# its phrase: "in all" closes a phrase ("30 crates in all." but not "in all three streets"), "to date" is
# not "up to date", and "a total of" is the everyday way to give any count, a running total only after a
# perfect ("has taken a total of 30")
RUNNING_TOTALS: tuple[str, ...] = (
    r"\bin total\b", r"\bthus far\b", r"(?<!\bup )\bto date\b", r"\bin all(?=\s*(?:[,.;:!?)]|$))",
    r"\baltogether\b", r"\ball told\b", r"\bcumulative\b",
    r"\b(?:has|have|had|'s|'ve)(?:\s+[\w,]+){0,3}?\s+a total of\b",
)
# the participles of a capture ("were seized by the coastguard"), whose passive agent is the doer; a toll's
# "by" names a cause ("killed by the blast"), told in other words by another account
CAPTURE_PARTICIPLES: frozenset[str] = frozenset({
    "seized", "taken", "captured", "impounded", "confiscated", "detained", "hijacked",
})
# "15 Rue X", "10 Downing Street": a house number
STREET_WORDS: frozenset[str] = frozenset({"street", "avenue", "road", "boulevard", "lane", "rue", "drive"})
AGO_WORDS: frozenset[str] = frozenset({"ago", "earlier", "later", "before"})  # "five years ago"
RATE_WORDS: frozenset[str] = frozenset({"per", "a", "an", "each"})  # "$2.71 per share", "$5 a day"

# "a 36-year-old climber": the compound after a figure makes it the age of the noun that follows
AGE_COMPOUNDS: frozenset[str] = frozenset({"year-old", "years-old"})
# "Jane Doe, 27, of Springfield": a figure set between commas after a capitalised name is that person's age
APPOSITIVE_AGES = True
# "a 36-year-old South African climber": after "a", capitals before a noun are a modifier, not a name
AGE_INDEFINITES: frozenset[str] = frozenset({"a", "an"})
# "Mr Doe, 27,": a title makes one capitalised word a person's name
AGE_TITLES: frozenset[str] = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "lord", "prof",
                                        "sgt", "cpl", "pte", "capt", "lt", "col", "gen", "officer", "constable"})
NOT_A_NAME: frozenset[str] = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                                        "dec", "no", "number", "room", "flight", "route", "highway", "interstate"})
# "60m", "200ft": a unit glued to its figure, read as the figure then the unit
# (a lowercase "m" only: "3M" is a name or millions)
GLUED_UNITS = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(m|(?i:km|ft))"
# the words after a glued "m" that make it metres ("fell 60m down", "1.78m tall"); any other word makes it
# a million or nothing ("5m people", "5m euros"), and the figure is not read
LENGTH_AFTER: frozenset[str] = frozenset({
    "high", "tall", "deep", "long", "wide", "thick", "below", "above", "down", "up", "from", "away", "into",
    "onto", "to", "off", "over", "under", "beneath", "across", "along", "through", "toward", "towards", "short",
    "beyond", "north", "south", "east", "west", "inland", "offshore", "underground", "underwater", "ahead",
    "behind", "apart", "while", "when", "before", "after", "during", "as", "since", "until", "but", "and", "in",
    "on", "at",
})
GLUED_NAMES: dict[str, str] = {"m": "metres"}  # a bare "m" is also "million": glued to a length, metres
# English reports give one length in two systems ("2,000 feet (600 metres)") and round the conversion:
# a length in feet or miles is read in metres or km, its interval widened by CONVERSION_MARGIN
UNIT_CONVERSIONS: dict[str, tuple[str, float]] = {"ft": ("m", 0.3048), "mile": ("km", 1.609344)}
CONVERSION_MARGIN = 0.1

# -- who a figure is told of (claims/contradictions.py, _en_persons_apart)
# Singular nouns that stand for one person without telling which (« the man fell 300 metres », « one of
# the group was hurt »): a story often holds several, so such a subject ties its figure to no one.
ONE_PERSON_HEADS: frozenset[str] = frozenset({"man", "woman", "boy", "girl", "person", "individual", "one",
                                              "someone", "teenager", "child", "adult", "victim", "male", "female"})
# « one of the X » is one person only when X are people (« one of the climbers »), not things (« one of the boats »)
ONE_OF_PEOPLE: frozenset[str] = frozenset({"group", "party", "team", "crew", "men", "women", "people", "climbers",
                                           "hikers", "victims", "passengers", "children", "boys", "girls",
                                           "survivors", "suspects", "them", "us", "pair", "couple", "friends",
                                           "brothers", "sisters", "officers", "soldiers", "workers", "miners",
                                           "students", "gunmen", "attackers", "prisoners", "hostages"})
# a person's age written beside them: « a 40-year-old », « the 40 year old », « aged 40 »
AGE_BEFORE_PATTERN = r"\b(\d{1,3})[- ]years?[- ]old\b"
AGE_AFTER_PATTERN = r"^(?:,\s*(\d{1,3})\s*,|\s*,?\s*aged\s+(\d{1,3})\b)"
# an age told by its decade, « in his early 30s »: (first, last) years of each part of a decade
AGE_DECADE_PATTERN = r"\bin\s+(?:his|her|their)\s+(?:(early|mid|late)[- ]?)?(\d)0s\b"
DECADE_PARTS: dict[str, tuple[int, int]] = {"early": (0, 3), "mid": (3, 7), "late": (6, 9), "": (0, 9)}
# what an English unit word measures, beside the canonical units of the French pack (a figure's counted
# noun when its unit is not read: "20 inches" is counted as « inche »)
UNIT_DIMENSIONS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("inch", "inche", "foot", "feet", "yard", "meter", "metre", "centimeter", "centimetre"),
                    frozenset({"longueur"})),
    **dict.fromkeys(("pound", "lb", "lbs", "ounce", "oz", "gram", "kilogram"), frozenset({"poids"})),
    **dict.fromkeys(("square", "sq"), frozenset({"surface"})),
    **dict.fromkeys(("gallon", "liter", "litre", "barrel"), frozenset({"volume"})),
    **dict.fromkeys(("degree", "celsius", "fahrenheit"), frozenset({"température"})),
    **dict.fromkeys(("knot",), frozenset({"vitesse"})),
}

# -- whether one age ties two accounts to one person (claims/contradictions.py, _aged_people_apart)
# words that tell a person's sex: one age told of a man, the same told of a woman, are two people
MALE_WORDS: frozenset[str] = frozenset({"man", "boy", "father", "son", "husband", "brother", "grandfather", "uncle",
                                        "nephew", "boyfriend", "male", "mr", "dad", "grandson"})
FEMALE_WORDS: frozenset[str] = frozenset({"woman", "girl", "mother", "daughter", "wife", "sister", "grandmother",
                                          "aunt", "niece", "girlfriend", "female", "mrs", "ms", "miss", "mum", "mom",
                                          "granddaughter"})

# counts of people that a death told with them makes a toll of the dead (see the French list)
PEOPLE_COUNTED: frozenset[str] = frozenset({"person", "people", "resident", "passenger", "child", "civilian"})
DEATH_PHRASES: tuple[str, ...] = (r"\bclaim\w* the lives? of\b", r"\blost their lives\b")
