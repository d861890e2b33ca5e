"""French words that shape entity mentions: titles, metonyms, materiel, events, organisation heads."""

# Honorifics and titles stripped from a name to find the person ("M. Dupont" -> "Dupont").
HONORIFICS: tuple[str, ...] = (
    "M.", "MM.", "Mme", "Mmes", "Mlle", "Me", "Dr", "Pr", "Mgr", "Monsieur", "Madame", "Mr", "Mrs", "Ms",
    "Sir", "Lord", "Dame",
)

# Government metonyms of French news: a place name that stands for an institution.
INSTITUTION_METONYMS: frozenset[str] = frozenset({
    "maison blanche", "kremlin", "élysée", "elysée", "matignon", "pentagone", "quai d'orsay",
    "quai d’orsay", "downing street", "capitole", "bercy", "vatican", "white house", "beauvau",
    "place beauvau", "foggy bottom", "zhongnanhai", "maison-blanche",
})

# Head nouns of organisations ("Conseil de sécurité", "ministère de la Défense").
ORG_HEADS: frozenset[str] = frozenset({
    "conseil", "ministère", "département", "agence", "institut", "fondation", "observatoire",
    "commission", "parlement", "assemblée", "sénat", "gouvernement", "armée", "service", "office",
    "organisation", "union", "banque", "fonds", "cour", "tribunal", "parti", "comité", "groupe",
    "université", "école", "centre", "association", "syndicat", "société", "entreprise", "compagnie",
    "trésor", "état-major", "marine", "corps", "parquet", "préfecture", "gendarmerie", "mairie",
    "municipalité", "ambassade", "présidence",
})

# Nouns of weapons and materiel; with a designation they form a WEAPON mention.
WEAPON_NOUNS: frozenset[str] = frozenset({
    "missile", "missiles", "obus", "roquette", "roquettes", "drone", "drones", "char", "chars",
    "munition", "munitions", "canon", "canons", "obusier", "obusiers", "bombe", "bombes",
    "torpille", "torpilles", "fusil", "fusils", "mortier", "mortiers", "lance-roquettes",
    "sous-marin", "sous-marins", "avion", "avions", "hélicoptère", "hélicoptères", "chasseur",
    "chasseurs", "frégate", "frégates", "porte-avions", "blindé", "blindés", "ogive", "ogives",
    "mine", "mines", "grenade", "grenades", "kalachnikov", "arme", "armes", "satellite", "satellites",
    "lanceur", "lanceurs", "radar", "radars",
})

# Weapon nouns specific enough to be a thing of their own even without a designation.
WEAPON_KINDS: frozenset[str] = frozenset({
    "missile", "obus", "roquette", "drone", "char", "munition", "obusier", "torpille", "mortier",
    "ogive", "lance-roquettes", "missiles", "roquettes", "drones", "munitions", "obusiers",
})

# Heads of named events ("Forum économique oriental", "sommet du G20").
EVENT_HEADS: frozenset[str] = frozenset({
    "forum", "sommet", "conférence", "festival", "jeux", "salon", "congrès", "assemblée générale",
    "exposition", "défilé", "championnat", "coupe", "olympiades", "exercice", "exercices",
})

# Nouns that give a person a role in an apposition ("X, porte-parole du Kremlin").
ROLE_HEADS: frozenset[str] = frozenset({
    "président", "présidente", "ministre", "porte-parole", "ambassadeur", "ambassadrice", "dirigeant",
    "dirigeante", "leader", "chef", "cheffe", "directeur", "directrice", "secrétaire", "conseiller",
    "conseillère", "chercheur", "chercheuse", "général", "amiral", "colonel", "commandant", "premier",
    "première", "vice-ministre", "vice-président", "vice-présidente", "sénateur", "sénatrice", "député",
    "députée", "maire", "gouverneur", "roi", "reine", "prince", "princesse", "pape", "patron",
    "patronne", "fondateur", "fondatrice", "analyste", "expert", "experte", "journaliste", "reporter",
    "correspondant", "correspondante", "envoyé", "envoyée", "émissaire", "responsable", "haut-représentant",
    "commissaire", "procureur", "procureure", "juge", "avocat", "avocate", "professeur", "professeure",
    "numéro", "successeur", "prédécesseur", "père", "mère", "fils", "fille", "frère", "sœur", "épouse",
    "époux", "chancelier", "chancelière", "premier ministre", "président-directeur", "p.-d.g.", "pdg",
    "magistrat", "magistrate", "préfet", "préfète", "sous-préfet", "sous-préfète", "recteur", "rectrice",
    "évêque", "archevêque", "abbesse", "bâtonnier", "bâtonnière",
})

# Nouns that name a person by their tie to another (« un cousin de X », « la veuve de X », « des
# proches de X »): a subject « <noun> de X » is someone else than X. Singular forms; a plural is
# read by its final -s or -x (« neveux », « proches »).
RELATIVE_NOUNS: frozenset[str] = frozenset({
    "cousin", "cousine", "frère", "sœur", "demi-frère", "demi-sœur", "père", "mère", "fils", "fille", "oncle",
    "tante", "neveu", "nièce", "grand-père", "grand-mère", "grand-parent", "petit-fils", "petite-fille", "époux",
    "épouse", "mari", "femme", "veuve", "veuf", "compagnon", "compagne", "conjoint", "conjointe", "beau-frère",
    "belle-sœur", "beau-père", "belle-mère", "gendre", "belle-fille", "ami", "amie", "proche", "voisin", "voisine",
    "parent", "enfant", "famille", "entourage", "camarade", "collègue",
})

# More head nouns of organisations, that NER sometimes types PER (« Fédération allemande des
# journalistes »): a PER span opening on one of them is an organisation.
ORG_HEADS_EXTRA: frozenset[str] = frozenset({
    "fédération", "confédération", "ligue", "préfecture", "mairie", "gendarmerie", "police", "alliance",
    "coalition", "autorité", "direction", "hôpital", "clinique", "laboratoire", "musée", "mouvement",
    "front", "collectif", "consortium", "holding", "chambre", "régie", "caisse", "mutuelle", "académie",
    "haut-commissariat", "secrétariat", "ambassade", "consulat", "présidence", "bureau",
})

# Nouns that, right before a name, say it is a firm's (« la société X », « le groupe X », « l'assureur X »):
# NER types an unknown firm's two capitalised words a person; the noun tells it is not one.
COMPANY_NOUNS: frozenset[str] = frozenset({
    "société", "entreprise", "groupe", "compagnie", "firme", "constructeur", "fabricant", "distributeur",
    "transporteur", "assureur", "opérateur", "enseigne", "holding", "start-up", "filiale", "banque", "cabinet",
    "laboratoire", "chaîne", "conglomérat", "fournisseur", "sous-traitant", "exploitant", "minotier", "négociant",
})

# Prepositions of a noun's complement (« une habitante de Moscou », « the mayor of Tidewick »): a name after one
# is a modifier of the phrase's head, not the claim's actor or theme: an entity's claims (its page,
# ``claims --entity``) leave out those (``resolve.names.in_complement``). French and English alike.
COMPLEMENT_PREPOSITIONS: frozenset[str] = frozenset({"de", "d'", "d’", "du", "des", "of", "from"})
COMPLEMENT_DETERMINERS: frozenset[str] = frozenset({"le", "la", "les", "l'", "l’", "the"})

# Company-form words: a name holding one is an organisation (« Dupont Industries SA », « X & Co »).
ORG_SUFFIXES: frozenset[str] = frozenset({
    "sa", "sas", "sarl", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "gmbh", "ag", "corp", "corp.",
    "co", "co.", "group", "groupe", "holding", "industries", "&", "s.a.", "nv", "bv", "spa", "s.p.a.",
})

# Heads of institutions every state has: two « ministère de l'Intérieur » are one only in one country.
GENERIC_INSTITUTION_HEADS: frozenset[str] = frozenset({
    "ministère", "gouvernement", "parlement", "armée", "police", "présidence", "cour", "sénat",
    "assemblée", "état-major", "service", "services", "marine", "diplomatie", "ambassade", "chambre",
    "douane", "douanes", "gendarmerie", "banque", "justice", "garde", "tribunal", "parquet",
    "département", "secrétariat",
})

# Words of a generic institution's name that say what it does, not whose it is (« de l'Intérieur »,
# « des Affaires étrangères », « centrale »): a name made only of these and a generic head is generic.
INSTITUTION_DOMAINS: frozenset[str] = frozenset({
    "interieur", "affaires", "etrangeres", "exterieures", "exterieur", "relations", "defense", "justice",
    "sante", "economie", "finances", "finance", "education", "agriculture", "culture", "travail",
    "environnement", "transports", "transport", "commerce", "industrie", "energie", "budget", "armees",
    "securite", "nationale", "national", "publique", "public", "supreme", "constitutionnelle",
    "constitutionnel", "centrale", "central", "renseignement", "renseignements", "information",
    "communication", "sports", "logement", "immigration", "emploi", "recherche", "enseignement",
    "superieur", "sociales", "solidarite", "territoires", "interieure", "populaire", "federal",
    "federale", "militaire", "militaires", "speciaux", "secrets", "secret", "frontieres", "cassation",
    "appel", "comptes", "ministres", "representants", "deputes", "chef", "general", "generale",
    "protection", "civile", "urgence", "situations", "presidentielle", "republicaine", "revolutionnaire",
    "terre", "air", "mer", "forces", "aerienne", "aeriennes", "navale", "armee", "police", "judiciaire",
    "penitentiaire", "douanes", "fiscale", "impots", "statistique", "statistiques", "plan",
    "developpement", "cooperation", "peche", "peches", "mines", "petrole", "eau", "famille", "femme",
    "femmes", "jeunesse", "tourisme", "numerique", "technologies", "science", "sciences", "outre",
})

# Countries as French news names them: ISO code -> (names, masculine singular adjectives). The
# adjective's other forms (« russes », « américaine(s) », « italienne ») follow French inflection.
COUNTRIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "FR": (("france",), ("français",)), "US": (("états-unis", "etats-unis", "amérique"), ("américain",)),
    "RU": (("russie",), ("russe",)), "UA": (("ukraine",), ("ukrainien",)), "DE": (("allemagne",), ("allemand",)),
    "GB": (("royaume-uni", "grande-bretagne", "angleterre"), ("britannique", "anglais")),
    "IT": (("italie",), ("italien",)), "ES": (("espagne",), ("espagnol",)), "PT": (("portugal",), ("portugais",)),
    "BE": (("belgique",), ("belge",)), "CH": (("suisse",), ("suisse",)), "NL": (("pays-bas",), ("néerlandais",)),
    "CA": (("canada",), ("canadien",)), "QC": (("québec",), ("québécois",)), "MX": (("mexique",), ("mexicain",)),
    "BR": (("brésil",), ("brésilien",)), "AR": (("argentine",), ("argentin",)), "CN": (("chine",), ("chinois",)),
    "JP": (("japon",), ("japonais",)), "KR": (("corée du sud",), ("sud-coréen",)),
    "KP": (("corée du nord",), ("nord-coréen",)), "IN": (("inde",), ("indien",)),
    "PK": (("pakistan",), ("pakistanais",)), "AF": (("afghanistan",), ("afghan",)), "IR": (("iran",), ("iranien",)),
    "IQ": (("irak",), ("irakien",)), "SY": (("syrie",), ("syrien",)), "LB": (("liban",), ("libanais",)),
    "IL": (("israël",), ("israélien",)), "PS": (("palestine",), ("palestinien",)), "EG": (("égypte",), ("égyptien",)),
    "TR": (("turquie",), ("turc", "turque")), "SA": (("arabie saoudite",), ("saoudien",)),
    "JO": (("jordanie",), ("jordanien",)), "LY": (("libye",), ("libyen",)), "TN": (("tunisie",), ("tunisien",)),
    "DZ": (("algérie",), ("algérien",)), "MA": (("maroc",), ("marocain",)), "ML": (("mali",), ("malien",)),
    "SN": (("sénégal",), ("sénégalais",)), "CI": (("côte d'ivoire",), ("ivoirien",)),
    "CD": (("rdc", "congo"), ("congolais",)), "NG": (("nigeria",), ("nigérian",)),
    "ZA": (("afrique du sud",), ("sud-africain",)), "KE": (("kenya",), ("kényan",)),
    "GR": (("grèce",), ("grec", "grecque")), "PL": (("pologne",), ("polonais",)), "SE": (("suède",), ("suédois",)),
    "NO": (("norvège",), ("norvégien",)), "DK": (("danemark",), ("danois",)), "FI": (("finlande",), ("finlandais",)),
    "AT": (("autriche",), ("autrichien",)), "HU": (("hongrie",), ("hongrois",)), "RO": (("roumanie",), ("roumain",)),
    "CZ": (("république tchèque",), ("tchèque",)), "IE": (("irlande",), ("irlandais",)),
    "AU": (("australie",), ("australien",)), "BY": (("biélorussie", "bélarus"), ("biélorusse",)),
    "GE": (("géorgie",), ("géorgien",)), "AM": (("arménie",), ("arménien",)),
    "AZ": (("azerbaïdjan",), ("azerbaïdjanais",)), "KZ": (("kazakhstan",), ("kazakh",)),
    "VE": (("venezuela",), ("vénézuélien",)), "CO": (("colombie",), ("colombien",)), "CU": (("cuba",), ("cubain",)),
    "CL": (("chili",), ("chilien",)), "PE": (("pérou",), ("péruvien",)),
    "VN": (("vietnam", "viêt nam"), ("vietnamien",)),
    "TH": (("thaïlande",), ("thaïlandais",)), "ID": (("indonésie",), ("indonésien",)),
    "PH": (("philippines",), ("philippin",)), "MY": (("malaisie",), ("malaisien",)), "YE": (("yémen",), ("yéménite",)),
    "QA": (("qatar",), ("qatari",)), "AE": (("émirats arabes unis",), ("émirati",)),
    "SD": (("soudan",), ("soudanais",)),
    "ET": (("éthiopie",), ("éthiopien",)), "SO": (("somalie",), ("somalien",)), "RS": (("serbie",), ("serbe",)),
    "HR": (("croatie",), ("croate",)), "LU": (("luxembourg",), ("luxembourgeois",)),
    "TW": (("taïwan", "taiwan"), ("taïwanais",)), "BF": (("burkina faso",), ("burkinabé",)),
    "NE": (("niger",), ("nigérien",)), "TD": (("tchad",), ("tchadien",)), "CM": (("cameroun",), ("camerounais",)),
    "HT": (("haïti",), ("haïtien",)), "VA": (("vatican",), ()),
}


# Adjectives of a region or a bloc (« pays occidentaux », « ministres européens »): with those of
# nationality, what tells apart two groups of one noun (:func:`belonging_adjectives`).
REGION_ADJECTIVES: tuple[str, ...] = (
    "européen", "occidental", "oriental", "africain", "asiatique", "arabe", "sud-américain", "nord-américain",
    "latino-américain", "scandinave", "balte", "maghrébin", "sahélien", "caribéen",
)


def adjective_forms(masc: str) -> set[str]:
    """The four forms of a French adjective of nationality from its masculine singular."""
    if masc.endswith("al"):
        return {masc, masc[:-2] + "aux", masc + "e", masc + "es"}
    if masc.endswith("e"):
        return {masc, masc + "s"}
    if masc.endswith("s"):
        return {masc, masc + "e", masc + "es"}
    fem = masc + ("ne" if masc.endswith("en") else "e")
    return {masc, masc + "s", fem, fem + "s"}


def nationality_adjectives() -> frozenset[str]:
    """Every form of every adjective of nationality in :data:`COUNTRIES`."""
    return frozenset(f for _, adjs in COUNTRIES.values() for a in adjs for f in adjective_forms(a))


def belonging_adjectives() -> dict[str, str]:
    """Every form of every adjective of nationality or region -> its masculine singular (« ukrainiennes »
    -> « ukrainien »)."""
    masc = [a for _, adjs in COUNTRIES.values() for a in adjs] + list(REGION_ADJECTIVES)
    return {f: a for a in masc for f in adjective_forms(a)}
