"""Words that tell a heading glued onto the next sentence (a feed that dropped the line break and
left no stop: « Aucun blessé Le chauffeur a fui ... »), read by ``recoupe_paragraphs``."""

# Capitalised words that open a sentence and never stand capitalised inside one after a
# lower-case word, but in a name (« le journal Le Monde », « Marine Le Pen »: told apart by the
# words around them).
GLUED_OPENERS: frozenset[str] = frozenset({
    "Le", "La", "Les", "L'", "L’", "Un", "Une", "Des", "Ce", "Cet", "Cette", "Ces", "Son", "Sa", "Ses",
    "Leur", "Leurs", "Aucun", "Aucune", "Selon", "Il", "Elle", "Ils", "Elles", "On",
})

# Words after which a capitalised article opens a name, not a sentence (« au lieu-dit Le Pré »,
# « un navire baptisé La Mouette », « un livre intitulé Les Jours »).
NAMING_WORDS: frozenset[str] = frozenset({
    "dit", "dite", "dits", "dites", "baptisé", "baptisée", "baptisés", "baptisées", "nommé", "nommée",
    "nommés", "nommées", "appelé", "appelée", "appelés", "appelées", "intitulé", "intitulée", "intitulés",
    "intitulées", "surnommé", "surnommée", "surnommés", "surnommées", "titre", "signé", "signée",
})
