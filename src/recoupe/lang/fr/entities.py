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
    "trésor", "état-major", "marine", "corps",
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
})
