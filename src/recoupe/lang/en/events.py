"""Classes of English news events: the verbs and nouns that name one kind of occurrence.

Cross-document event alignment (:mod:`recoupe.claims.events`) takes two mentions with lemmas of
one class for the same action ("arrested" / "captured" / "nabbed", "crash" / "collision"). The
predicate classes of claim grouping (:mod:`recoupe.lang.en.predicates`) are made for claims and
kept apart: these are finer (a shooting is not any attack; hitting with a car is not bombing) and
are looked up first by the event stage only, so adding a word here never changes claim groups.
Lemmas as en_core_web_sm gives them; a verb with its object or particle ("open fire", "step
down") when the two words name the occurrence. No WordNet: a word goes here only when, in news, it names the
class's occurrence in most of its uses ("fire" is left out: a gun, a blaze or a dismissal).
"""

from __future__ import annotations

EVENT_CLASSES: dict[str, frozenset[str]] = {
    "arrest": frozenset({"arrest", "capture", "nab", "apprehend", "detain", "detention", "custody", "bust"}),
    "kill": frozenset({"kill", "killing", "murder", "slay", "slaying", "homicide", "assassinate", "assassination",
                       "die", "death", "dead", "perish", "fatality"}),
    "shoot": frozenset({"shoot", "shooting", "gunfire", "gunshot", "shootout", "open fire", "gun down"}),
    "collide": frozenset({"crash", "accident", "collision", "collide", "wreck", "pileup"}),
    "hit": frozenset({"hit", "strike", "ram", "slam", "plow", "plough", "mow", "smash"}),
    "foil": frozenset({"foil", "thwart", "avert", "frustrate"}),
    "escape": frozenset({"flee", "escape", "getaway", "abscond", "run away", "run off"}),
    "drive": frozenset({"drive", "driving", "dui", "dwi"}),
    "nominate": frozenset({"nominate", "nomination", "nominee"}),
    "hire": frozenset({"hire", "appoint", "appointment", "recruit"}),
    "dismiss": frozenset({"sack", "dismiss", "dismissal", "oust", "ouster", "relieve", "let go"}),
    "resign": frozenset({"resign", "resignation", "quit", "step down"}),
    "quake": frozenset({"earthquake", "quake", "tremor", "temblor", "shake", "aftershock"}),
    "explode": frozenset({"explode", "explosion", "blast", "detonate", "detonation"}),
    "convict": frozenset({"convict", "conviction", "guilty", "verdict"}),
    "sentence": frozenset({"sentence", "sentencing"}),
    "acquire": frozenset({"acquire", "acquisition", "buy", "purchase", "takeover"}),
    "kidnap": frozenset({"kidnap", "kidnapping", "abduct", "abduction", "hijack", "hijacking"}),
    "win": frozenset({"win", "victory", "triumph", "beat", "defeat"}),
    "injure": frozenset({"injure", "injury", "wound", "hurt"}),
    "sink": frozenset({"sink", "capsize", "founder"}),
    "rescue": frozenset({"rescue", "save", "evacuate", "evacuation"}),
    "launch": frozenset({"launch", "unveil", "introduce", "debut"}),
    "burn": frozenset({"blaze", "wildfire", "burn", "inferno"}),
}

EVENT_CLASS_OF: dict[str, str] = {lemma: name for name, lemmas in EVENT_CLASSES.items() for lemma in sorted(lemmas)}

# Verbs that tell one seizure of goods (« the navy confiscated 14 rifles » / « six rifles were seized »): two
# figures of one counted thing told by two of them are two versions of one haul (claims/contradictions.py,
# check_quantity). Not « recover » (from an illness, a loss) nor « find » (a body, a report): they tell other
# deeds as often.
SEIZURE_VERBS: frozenset[str] = frozenset({"seize", "confiscate", "impound", "seizure", "confiscation"})
# The prepositions that name what a haul was taken from (« from a trawler », « aboard a lorry »): two accounts
# naming two kinds of carrier (a boat, a lorry) tell two hauls of one crackdown. Not « on » / « in »: they name
# places, times, hiding places and orders as often (« in Harwich », « on the orders of »).
SEIZED_FROM: frozenset[str] = frozenset({"from", "aboard"})
# The carriers a haul is taken from, by kind: one vessel is « the trawler » in one account and « a fishing
# boat » in another, so only two kinds (a vessel, a road vehicle, an aircraft) tell two hauls apart.
CARRIER_KINDS: dict[str, str] = {
    **dict.fromkeys(("boat", "trawler", "ship", "vessel", "dhow", "skiff", "yacht", "tanker", "freighter", "ferry",
                     "barge", "tug", "launch", "dinghy", "speedboat", "cutter", "schooner", "cargo"), "vessel"),
    **dict.fromkeys(("lorry", "truck", "van", "car", "vehicle", "trailer", "bus", "pickup", "suv", "sedan",
                     "motorcycle", "coach"), "road vehicle"),
    **dict.fromkeys(("plane", "aircraft", "jet", "helicopter", "airliner", "flight"), "aircraft"),
}
# What a haul was taken in that is no place nor vehicle (« in a raid », « during an operation »): not compared.
SEIZED_OCCASIONS: frozenset[str] = frozenset({
    "raid", "raids", "operation", "operations", "search", "searches", "crackdown", "sweep", "bust", "inspection",
    "inspections", "check", "checks", "investigation", "probe", "swoop",
})
# The words that end the noun phrase after one of them (« from a trawler at the port » -> trawler).
SEIZED_FROM_ENDS: frozenset[str] = frozenset({
    "at", "of", "in", "on", "from", "near", "off", "with", "by", "for", "to", "during", "after", "before",
    "and", "or", "but", "which", "that", "who", "when", "while", "as", "inside", "aboard", "were", "was",
    "along", "including", "plus", "together",
})

LIGHT: frozenset[str] = frozenset({"be", "have", "do", "make", "take", "get", "give", "go", "come", "put",
                                   "it", "this", "that", "one"})
"""Heads that name no occurrence by themselves (light verbs, pronouns standing for an event)."""

LEGAL_ACTS: frozenset[str] = frozenset({"charge"})
"""Words the attribution lexicons hold as reporting verbs ("…, he charged") that news mostly uses for
a legal act ("charged with murder"): for events they are occurrences, not acts of saying."""

# Verbs of a penalty or a charge, whose "for" names the offence ("jailed for ten years for fraud", "charged
# for assault"): two offences named are two cases, whatever figure each gives.
PENALTY_VERBS: frozenset[str] = frozenset({
    "sentence", "jail", "imprison", "convict", "charge", "ban", "suspend", "punish", "penalise",
    "penalize", "indict", "prosecute", "acquit", "arrest",
})
# Offence nouns by family: two penalties name two cases only when both name an offence here and of two
# families. One family holds the names one deed gets from two accounts (« murder » / « manslaughter », « fraud »
# / « embezzlement », « theft » / « robbery »); a verb (« for killing his wife », « for stabbing a man ») or any other
# word names none.
OFFENCE_FAMILIES: dict[str, str] = {
    **dict.fromkeys(("murder", "murders", "manslaughter", "homicide", "homicides"), "killing"),
    **dict.fromkeys(("assault", "assaults", "battery", "wounding", "affray"), "violence"),
    **dict.fromkeys(("rape", "rapes"), "sexual"),
    **dict.fromkeys(("theft", "thefts", "robbery", "robberies", "burglary", "burglaries", "larceny", "shoplifting",
                     "mugging"), "theft"),
    **dict.fromkeys(("fraud", "frauds", "embezzlement", "forgery", "bribery", "corruption", "extortion",
                     "laundering", "racketeering"), "fraud"),
    **dict.fromkeys(("arson",), "arson"),
    **dict.fromkeys(("kidnapping", "abduction"), "kidnapping"),
    **dict.fromkeys(("terrorism",), "terrorism"),
    **dict.fromkeys(("espionage", "treason"), "espionage"),
    **dict.fromkeys(("perjury",), "perjury"),
    **dict.fromkeys(("vandalism",), "vandalism"),
    **dict.fromkeys(("doping",), "doping"),
    **dict.fromkeys(("speeding",), "speeding"),
}

# Colour words an English account gives a named vehicle or thing (« a silver Nissan Leaf », « her 2016 black
# Honda Civic »), by the colour they name: « gray » and « grey » are one colour; « silver » is a paint of its own,
# not a grey (claims/contradictions.py, check_colour). Shades (« dark », « light ») are read past.
COLOURS: dict[str, str] = {
    "black": "black", "white": "white", "red": "red", "blue": "blue", "green": "green", "yellow": "yellow",
    "orange": "orange", "brown": "brown", "purple": "purple", "pink": "pink", "grey": "grey", "gray": "grey",
    "silver": "silver", "gold": "gold", "golden": "gold", "beige": "beige", "tan": "tan", "maroon": "maroon",
    "burgundy": "burgundy", "navy": "navy", "turquoise": "turquoise",
}
COLOUR_SHADES: frozenset[str] = frozenset({"dark", "light", "bright", "pale", "deep", "metallic"})
# Vehicle makes, folded: a colour is compared only on a vehicle named by its make AND model (« a silver Nissan
# Leaf »), never on a race word, a medal or a season (« a black Minneapolis man », « a gold Olympic medal »,
# « a white Christmas »), nor on a bare make (« a white Ford »: many cars) (check_colour).
VEHICLE_MAKES: frozenset[str] = frozenset({
    "acura", "audi", "bmw", "buick", "cadillac", "chevrolet", "chevy", "chrysler", "citroen", "dacia", "dodge",
    "fiat", "ford", "gmc", "honda", "hyundai", "infiniti", "jaguar", "jeep", "kia", "lexus", "lincoln", "mazda",
    "mercedes", "mercedes-benz", "mini", "mitsubishi", "nissan", "opel", "peugeot", "pontiac", "porsche", "ram",
    "renault", "saab", "seat", "skoda", "subaru", "suzuki", "tesla", "toyota", "vauxhall", "volkswagen", "vw",
    "volvo",
})

# A bearer's rank in a series counted over a span (« X is the third team captain since Y took charge », « will be
# the fourth captain under her watch »): the copulas that give the rank, the words that end the ranked noun's
# phrase, and the words that open the span (claims/contradictions.py, check_rank). A rank with no span
# (« the 21st captain in club history ») counts another series and is not compared.
RANK_COPULAS: frozenset[str] = frozenset({"is", "was", "be", "been", "becomes", "became", "remains"})
RANK_NOUN_ENDS: frozenset[str] = frozenset({
    "in", "of", "to", "for", "at", "on", "by", "with", "from", "since", "under", "and", "or", "who", "that",
    "which", "after", "before", "during", "ever", "overall",
})
RANK_SPANS: frozenset[str] = frozenset({"since", "under"})
# Possessives standing for the person a span is counted under (« under her watch »).
RANK_POSSESSIVES: frozenset[str] = frozenset({"his", "her", "their"})
# The past copulas: a rank held once (« in his first spell he was the fourth manager ») and a rank held now (« back
# for a second spell, he is the sixth ») are two tenures of one bearer, both true.
RANK_PAST_COPULAS: frozenset[str] = frozenset({"was", "were", "became"})
# Words before the ranked noun that name no smaller series (« the fourth head coach » is the fourth coach): any
# other lowercase modifier does (« the second foreign coach », « the first female captain »).
RANK_NEUTRAL_MODIFIERS: frozenset[str] = frozenset({"head", "team", "club"})
# Nouns an ordinal counts occasions by, not bearers of a post (« the defeat was the fourth time under Brand »).
RANK_NOT_SERIES: frozenset[str] = frozenset({"time", "times", "occasion", "instance"})
# Nouns after a possessive that name the person's whole tenure (« under her watch » = « under her »); any other
# noun names one event that opens the span (« since Pask's takeover », « since his return »).
RANK_TENURE_NOUNS: frozenset[str] = frozenset({
    "watch", "tenure", "leadership", "ownership", "stewardship", "reign", "rule", "charge", "presidency",
    "management", "command",
})

# The word forms that found a named thing once (« they founded the clinic in 2001 », « the fund was established in
# 1998 »): a thing founded in one year was not founded in another, nor stood since an earlier one
# (check_founding). Not « opened » / « launched » / « started »: a branch, a product or a season opens many times.
FOUNDING_LEMMAS: frozenset[str] = frozenset({"found", "cofound", "co-found", "establish"})
FOUNDING_FORMS: frozenset[str] = frozenset({"founded", "cofounded", "co-founded", "established"})
# The words that may end a thing's name in a noun phrase (« the Bayou Clinic, which … », « the Acme Fund in
# 1990 »): a lowercase word other than these after the capitalised words is the phrase's head (« the Red Cross
# office »: an office, not the Red Cross), so the phrase names no thing by its name.
NAME_PHRASE_ENDS: frozenset[str] = frozenset({
    "which", "that", "who", "whose", "in", "on", "at", "for", "from", "since", "has", "have", "had", "is", "was",
    "were", "will", "would", "and", "or", "to", "with", "by", "as", "after", "before", "during", "when",
})
NAME_CONNECTORS: frozenset[str] = frozenset({"of", "for", "and"})
# Words before « since » that make it count a record, not a standing (« has made the largest takeover since 1938 »,
# « its first loss since 1990 »); a word ending in -est after a determiner counts too (« the biggest »).
SINCE_RECORD_WORDS: frozenset[str] = frozenset({"most", "record", "first", "only"})
# What a thing may have been before its founding (« the museum has been a listed building since 1971 »: the
# building stood before the museum was founded in it).
SINCE_STRUCTURE_NOUNS: frozenset[str] = frozenset({"building", "site", "landmark", "monument", "property"})
# Adjectives before a place name that tell it is the place beside the one the article is about (« in
# neighbouring Gers »), not that place.
NEIGHBOURING: frozenset[str] = frozenset({"neighbouring", "neighboring", "adjacent"})

# The nouns that name something happening (lemmas, lowercase): a verbless clause headed by one tells an event
# (« Fire at chemical plant », « Strike at the port », « Rail strike threat »), and two outlets' such headlines may
# confirm each other. A verbless clause with none of them, no figure and no name (« Stunning twist at the
# academy ») tells no event: it is kept, but confirms and contradicts nothing (Claim.eventless).
HAPPENING_NOUNS: frozenset[str] = frozenset({
    "fire", "blaze", "wildfire", "strike", "walkout", "attack", "raid", "assault", "crash", "explosion", "blast",
    "shooting", "stabbing", "bombing", "murder", "killing", "death", "flood", "flooding", "storm", "earthquake",
    "quake", "heatwave", "drought", "landslide", "riot", "protest", "rally", "march", "resignation", "arrest",
    "win", "victory", "defeat", "loss", "rise", "fall", "drop", "surge", "slump", "cut", "hike", "collapse",
    "derailment", "collision", "pileup", "election", "vote", "referendum", "trial", "verdict", "ruling", "ban",
    "deal", "merger", "takeover", "bankruptcy", "closure", "layoff", "visit", "summit", "evacuation", "rescue",
    "escape", "kidnapping", "abduction", "theft", "robbery", "burglary", "leak", "outage", "spill", "outbreak",
    "ceasefire", "truce", "invasion", "coup", "sacking", "dismissal", "appointment", "launch", "recall",
    "airstrike", "bombardment", "clash", "battle", "war", "fighting", "shelling",
    # the weather that happens ("Hail over the vineyards")
    "rain", "downpour", "snow", "snowfall", "hail", "hailstorm", "lightning", "gust", "gale", "frost", "fog",
    "tornado", "hurricane", "cyclone", "typhoon", "avalanche", "blizzard",
})
# Noun endings that make a noun of an act (« resignation », « agreement », « closure »): such a head is read as an
# event too (a wrong reading here only keeps a headline able to confirm, as before the mark).
HAPPENING_SUFFIXES: tuple[str, ...] = ("ation", "tion", "sion", "ment", "ure")
# The heads of a verbless clause that tell a reaction or a label, not what happened ("Stunning twist at the
# academy", "Bombshell at city hall", "Explainer: …"): only a headline headed by one of them is marked eventless;
# a head missing from this list is read as telling an event (a nominal headline keeps confirming).
EXCLAMATION_HEADS: frozenset[str] = frozenset({
    "twist", "upset", "shock", "shocker", "bombshell", "surprise", "stunner", "astonishment", "dismay",
    "explainer", "factbox", "analysis", "editorial", "opinion",
})

# Kinds of deadly event a toll is told of (folded words, singular and plural): two counts of one thing, each told
# of a kind the other's sentence never names ("killed in a crash" / "killed in a house fire"), count two events.
# An explosion goes with a fire, a flood with a storm: one event is often told as either. "fire" only where no
# word of FIRE_NOT_AFTER comes before it (a gun's: "opened fire"; criticism: "under fire").
TOLL_EVENT_KINDS: dict[str, str] = {
    **dict.fromkeys(("accident", "accidents", "crash", "crashes", "collision", "collisions", "pileup"), "accident"),
    **dict.fromkeys(("fire", "fires", "blaze", "wildfire", "wildfires", "inferno", "explosion", "explosions",
                     "blast"), "fire"),
    **dict.fromkeys(("storm", "storms", "flood", "floods", "flooding", "hurricane", "typhoon", "cyclone",
                     "tornado"), "weather"),
    **dict.fromkeys(("earthquake", "quake", "tremor"), "quake"),
    **dict.fromkeys(("shipwreck", "capsizing", "sinking"), "wreck"),
}
FIRE_NOT_AFTER: frozenset[str] = frozenset({"open", "opened", "opens", "opening", "under", "return", "returned",
                                            "cease", "friendly"})

# nouns of a fire (folded lemmas): what marks a story of a fire, whatever its verb ("the fire swept
# through ..."); a verb of burning also tells a storm's damage ("ravage")
FIRE_NOUNS: frozenset[str] = frozenset({"fire", "wildfire", "blaze", "inferno", "flame"})
