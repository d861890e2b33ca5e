"""French cues of modality: hedges, expectations, denials and negation, by lemma or form."""

# Verbs that, governing an infinitive, make it an expectation or possibility.
SPECULATIVE_MODALS: frozenset[str] = frozenset({"devoir", "pouvoir", "sembler", "paraître", "risquer"})

# Verbs whose own content is an intention or a possibility ("la Russie envisage de ...").
SPECULATIVE_VERBS: frozenset[str] = frozenset({
    "envisager", "espérer", "prévoir", "projeter", "compter", "souhaiter", "vouloir", "chercher",
    "tenter", "viser", "songer", "planifier", "soupçonner", "supposer", "craindre", "spéculer",
})

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

# Negation words that, with "ne", negate a finite verb.
NEGATION_WORDS: frozenset[str] = frozenset({"pas", "jamais", "aucun", "aucune", "plus", "rien", "nullement", "guère", "point"})

# Expressions of future intention that make an event planned, not happened.
PLANNED_LEMMAS: frozenset[str] = frozenset({"devoir", "aller", "prévoir", "compter", "envisager", "projeter", "intention"})

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
