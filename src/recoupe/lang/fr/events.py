"""Events that happen once, at one moment, and the nouns of what they happen to (French).

Read by :func:`recoupe.claims.contradictions.check_event_date`: two accounts of one story that
date one capsizing, one crash or one explosion to days apart contradict each other, however each
names the vessel (« l'embarcation » / « un bateau ») and whatever else its clause says. Lemmas as
spaCy's French model gives them; nouns folded (lowercase, no accents).
"""

from __future__ import annotations

# the verb of a one-off event (its lemma) -> the event
EVENT_VERBS: dict[str, str] = {
    "chavirer": "naufrage", "sombrer": "naufrage",
    "écraser": "crash",
    "exploser": "explosion",
    "effondrer": "effondrement", "écrouler": "effondrement",
    "dérailler": "deraillement",
    "percuter": "collision",
    "cambrioler": "vol", "braquer": "vol", "dérober": "vol",
    "évader": "evasion",
    "kidnapper": "enlevement",
    "assassiner": "assassinat",
    "poignarder": "agression",
}

# verbs of a person's death (lemmas): one event per person, so only for a named person (an entity),
# the same on both sides; « un homme est mort » twice in one story may be two men
DEATH_VERBS: frozenset[str] = frozenset({"mourir", "décéder", "succomber", "périr"})

# the noun of a one-off event (folded) -> the event, when it is the subject of a verb of
# occurrence (« le naufrage s'est produit mardi », « l'explosion a eu lieu vers 3 h »)
EVENT_NOUNS: dict[str, str] = {
    "naufrage": "naufrage", "chavirage": "naufrage",
    "crash": "crash", "ecrasement": "crash",
    "explosion": "explosion", "deflagration": "explosion",
    "effondrement": "effondrement", "ecroulement": "effondrement",
    "deraillement": "deraillement", "collision": "collision", "carambolage": "collision",
    "seisme": "seisme", "tremblement": "seisme",
    "attentat": "attentat", "fusillade": "fusillade",
    "cambriolage": "vol", "braquage": "vol",
    "evasion": "evasion", "enlevement": "enlevement", "rapt": "enlevement", "assassinat": "assassinat",
    "agression": "agression",
}

# verbs that say an event took place (lemmas); « avoir lieu » is read from the text
OCCURRENCE_VERBS: frozenset[str] = frozenset({
    "produire", "survenir", "dérouler", "frapper", "secouer", "toucher", "éclater", "déclencher", "intervenir",
})

# nouns of what such an event happens to (folded), by kind: two accounts that name the bearer with
# nouns of one kind may tell one event (« l'embarcation a chaviré » / « un bateau a chaviré »)
BEARER_KINDS: dict[str, str] = {
    **dict.fromkeys(("bateau", "embarcation", "navire", "pirogue", "ferry", "chalutier", "canot", "barque",
                     "voilier", "cargo", "paquebot", "yacht", "vedette", "bac", "catamaran", "petrolier",
                     "zodiac", "canoe", "kayak", "radeau"), "vessel"),
    **dict.fromkeys(("avion", "appareil", "helicoptere", "jet", "monomoteur", "bimoteur", "biplace", "ulm",
                     "planeur", "airbus", "boeing", "cessna", "canadair", "aeronef", "drone"), "aircraft"),
    **dict.fromkeys(("train", "tgv", "ter", "rer", "metro", "tramway", "tram", "convoi", "rame", "locomotive"),
                    "train"),
    **dict.fromkeys(("voiture", "vehicule", "bus", "autocar", "camion", "minibus", "automobile",
                     "fourgon", "camionnette", "moto", "scooter"), "vehicle"),
    **dict.fromkeys(("immeuble", "batiment", "maison", "pont", "tour", "toit", "toiture", "mur", "edifice",
                     "viaduc", "facade", "plafond", "eglise", "hangar", "entrepot", "usine"), "building"),
}

# the noun after « N mois après (leur / son / le …) » that names a one-off event (folded) -> the
# event: the nouns of EVENT_NOUNS, and « vol » (a theft, which a flight never is for the
# verbs that date a theft: « dérober », « cambrioler », « braquer »)
ELAPSED_NOUNS: dict[str, str] = {**EVENT_NOUNS, "vol": "vol"}
# Races and field events of a championship (folded): which race a headline is about (« se qualifie
# pour la finale du 200 m papillon », « en bronze à la perche »). Read by
# :func:`recoupe.resolve.stories.race_keys`, only in a headline that speaks of a competition
# (:data:`COMPETITION_WORDS`): the medals of one championship in other races are other stories.
STROKES: dict[str, str] = {
    "papillon": "papillon", "nage libre": "libre", "brasse": "brasse", "dos": "dos", "quatre nages": "4n",
    "4 nages": "4n", "haies": "haies", "marche": "marche",
}
FIELD_EVENTS: frozenset[str] = frozenset({
    "perche", "saut en hauteur", "saut en longueur", "triple saut", "javelot", "lancer du disque", "marteau",
    "lancer du poids", "decathlon", "heptathlon", "marathon", "steeple", "omnium", "keirin", "sprint",
    "poursuite", "contre-la-montre",
})
# Words by which a headline tells a result or a stage of a competition (folded): the people it names
# are its competitors (« X en bronze », « Y qualifiée pour la finale »), whose deed is to compete. Read
# by :func:`recoupe.resolve.stories.headline_acts` (the class ``compete``): one championship's
# medals won by others are other stories. Narrower than :data:`COMPETITION_WORDS` (no « or »,
# « euro », « course », « titre », « record »: a conjunction, a currency, a race for office...).
MEDAL_WORDS: frozenset[str] = frozenset({
    "medaille", "medailles", "finale", "finales", "demi-finale", "demi-finales", "champion", "championne",
    "championnat", "championnats", "podium", "qualifie", "qualifiee", "qualifies", "sacre", "sacree", "mondiaux",
    "bronze", "relais",
})
COMPETITION_WORDS: frozenset[str] = frozenset({
    "medaille", "medailles", "finale", "finales", "demi-finale", "demi-finales", "champion", "championne",
    "championnat", "championnats", "titre", "record", "podium", "qualifie", "qualifiee", "qualifies", "series",
    "course", "nage", "relais", "sacre", "sacree", "or", "argent", "bronze", "euro", "mondiaux",
})

# what kind of accident or fire a report names (« accident d'attelage », « accident de voiture »,
# « feu de forêt », « incendie d'immeuble »): the event noun (folded) -> the word after « de » (folded,
# article dropped), or an adjective after the noun, -> the kind. Two reports of one story naming two
# kinds tell two events (a cart overturned in the hills, a car crash on a main road days later);
# kinds that one event can be told as share a value (a car's or a coach's accident is a road accident).
EVENT_KINDS: dict[str, dict[str, str]] = {
    "accident": {
        "route": "road", "circulation": "road", "voiture": "road", "auto": "road", "moto": "road",
        "scooter": "road", "car": "road", "autocar": "road", "bus": "road", "camion": "road",
        "trottinette": "road", "velo": "road", "tracteur": "road", "routier": "road", "routiere": "road",
        "caleche": "horse", "cheval": "horse", "attelage": "horse",
        "train": "rail", "tram": "rail", "tramway": "rail", "metro": "rail", "ferroviaire": "rail",
        "avion": "air", "helicoptere": "air", "ulm": "air", "planeur": "air", "parapente": "air",
        "montgolfiere": "air", "aerien": "air",
        "bateau": "water", "plongee": "water", "baignade": "water", "kayak": "water",
        "ski": "mountain", "montagne": "mountain", "escalade": "mountain", "alpinisme": "mountain",
        "telepherique": "cable", "telesiege": "cable", "manege": "ride",
        "chasse": "hunt", "travail": "work", "chantier": "work",
    },
    "incendie": {
        "foret": "land", "vegetation": "land", "broussailles": "land", "champ": "land",
        "immeuble": "building", "appartement": "building", "maison": "building", "habitation": "building",
        "logement": "building", "hotel": "building",
        "usine": "industry", "entrepot": "industry", "site": "industry",
        "voiture": "vehicle", "vehicule": "vehicle", "bus": "vehicle",
    },
}
# the kinds written as an adjective right after the noun (« accident ferroviaire »); any other kind
# needs its « de » (« accident de car »), else a word that follows is read as one (the conjunction « car »)
KIND_ADJECTIVES = frozenset({"routier", "routiere", "ferroviaire", "aerien"})
# (folded) where two kinds of vehicle meet in one accident: a car on a level crossing is told as road or rail
KINDS_MEET = ("passage a niveau", "passages a niveau", "collision", "collisions")
# ... and the kinds that can so meet: a road « collision » says nothing of a plane crash
MEETING_KINDS = frozenset({"road", "rail"})
EVENT_KINDS["feu"] = EVENT_KINDS["incendie"]
EVENT_KINDS["feux"] = EVENT_KINDS["incendie"]
EVENT_KINDS["accidents"] = EVENT_KINDS["accident"]
EVENT_KINDS["incendies"] = EVENT_KINDS["incendie"]

# adjectives after a place name that tell it is the place beside the one the article is about (« dans
# le Gers voisin »), not that place: folded
NEIGHBOURING: frozenset[str] = frozenset({"voisin", "voisine", "voisins", "voisines", "limitrophe", "limitrophes"})
# Les noms de ce qui arrive (folded): a verbless clause headed by one tells an event (« Grève à la SNCF »,
# « Incendie dans une usine », « Démission du ministre », « Hausse des prix »), and two outlets' such headlines may
# confirm each other. A verbless clause with none of them, no figure and no name (« Coup de théâtre à la mairie »)
# tells no event: it is kept, but confirms and contradicts nothing (Claim.eventless). The nouns of EVENT_NOUNS too.
HAPPENING_NOUNS: frozenset[str] = frozenset({
    *EVENT_NOUNS, "greve", "incendie", "feu", "hausse", "baisse", "chute", "recul", "envolee", "flambee",
    "demission", "victoire", "defaite", "mort", "deces", "accident", "attaque", "meurtre", "vol", "tempete",
    "orage", "crue", "canicule", "secheresse", "emeute", "election", "scrutin", "vote", "referendum", "proces",
    "verdict", "depart", "arrivee", "retour", "visite", "rencontre", "sommet", "faillite", "fusion", "rachat",
    "panne", "fuite", "epidemie", "invasion", "offensive", "cessez-le-feu", "treve", "putsch", "rappel",
    "interdiction", "arrestation", "sauvetage", "licenciement", "blocage", "report", "annulation", "alerte",
    "accord", "frappe", "tir", "raid", "bombardement", "combat", "affrontement", "bataille", "guerre",
    # the weather that happens (« Grêle sur le vignoble »)
    "pluie", "averse", "neige", "grele", "foudre", "rafale", "bourrasque", "verglas", "brouillard", "gel",
    "tornade", "ouragan", "cyclone", "typhon", "avalanche", "eboulement", "submersion",
})
# Noun endings that make a noun of an act (« manifestation », « licenciement », « fermeture », « blocage »): such a
# head is read as an event too (a wrong reading here only keeps a headline able to confirm, as before the mark).
HAPPENING_SUFFIXES: tuple[str, ...] = ("ation", "ement", "ction", "ution", "ssion", "ure", "age")
# Les têtes d'une phrase sans verbe qui disent une réaction ou une rubrique, pas ce qui est arrivé (« Coup de
# théâtre à la mairie », « Rebondissement au conseil », « Décryptage : … »), folded, several words for a locution:
# only a headline headed by one of them is marked eventless; a head missing from this list is read as telling an
# event (a nominal headline keeps confirming).
EXCLAMATION_HEADS: frozenset[str] = frozenset({
    "coup de theatre", "coup de tonnerre", "coup de massue", "rebondissement", "surprise", "stupeur",
    "stupefaction", "consternation", "decryptage", "eclairage", "editorial", "edito", "chronique", "billet",
})

# Kinds of deadly event a toll is told of (folded nouns, singular and plural): two counts of one thing, each told
# of a kind the other's sentence never names (« un accident de car a fait 2 morts » / « l'incendie d'un entrepôt a
# fait 2 morts »), count two events. An explosion goes with a fire, a flood with a storm: one event is often told
# as either. Not « feu » (« cessez-le-feu », « feu vert »). The same for the people arrested or hurt after an
# event (« 3 interpellés après des heurts » / « … après l'agression d'un passant »): unrest is not an attack; not
# « violences », said of either. Not « attaque » nor « fusillade »: a riot's night is told as the attack on a
# police station or the shots fired in it. Lightning goes with a storm.
TOLL_EVENT_KINDS: dict[str, str] = {
    **dict.fromkeys(("accident", "accidents", "crash", "collision", "collisions", "carambolage"), "accident"),
    **dict.fromkeys(("incendie", "incendies", "explosion", "explosions", "deflagration"), "fire"),
    **dict.fromkeys(("intemperies", "orage", "orages", "tempete", "inondation", "inondations", "crue", "crues",
                     "cyclone", "ouragan", "typhon"), "weather"),
    **dict.fromkeys(("seisme", "tremblement"), "quake"),
    **dict.fromkeys(("naufrage", "chavirage"), "wreck"),
    **dict.fromkeys(("foudre",), "weather"),
    **dict.fromkeys(("avalanche", "avalanches", "eboulement", "eboulements"), "slide"),
    **dict.fromkeys(("heurts", "affrontements", "emeutes", "emeute", "echauffourees"), "unrest"),
    **dict.fromkeys(("agression", "agressions", "poignarde", "poignardee"), "attack"),
}

# nouns of a fire (folded): what marks a story of a fire, whatever its verb (« le feu a parcouru … »); a
# verb of burning also tells a storm's damage (« ravager »)
FIRE_NOUNS: frozenset[str] = frozenset({"incendie", "feu", "flamme"})

# nouns that name any thing (« un bâtiment », « le site », « le texte »): one thing may be told by one of them and
# by its own noun in another account (« un entrepôt » / « un bâtiment »), so two such nouns never make two things
GENERAL_THINGS: frozenset[str] = frozenset({
    "batiment", "batiments", "edifice", "edifices", "site", "sites", "local", "locaux", "lieu", "lieux", "structure",
    "construction", "etablissement", "installation", "installations", "ensemble", "bien", "biens", "endroit",
    "texte", "projet", "document", "dossier", "chose", "propriete", "immeuble", "complexe",
})
