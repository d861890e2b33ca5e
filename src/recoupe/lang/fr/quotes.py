"""French words that tell a quotation mark from a quote: what sits in « » after them is a name or
a title (« l'opération « X » », « le livre intitulé « X » », « (lire « X ») », « la section dite
« X » »), not someone's words. The language, not a corpus: names of the naming constructions.
"""

NAMING_CUES: frozenset[str] = frozenset({
    "intitulé", "intitulée", "intitulés", "intitulées", "baptisé", "baptisée", "baptisés", "baptisées",
    "dite", "nommé", "nommée", "surnommé", "surnommée", "appelé", "appelée",
    "opération", "lire", "voir", "titre", "titré", "titrée", "rubrique", "slogan", "hashtag", "label",
    "catégorie", "collection", "émission", "programme", "plan", "mot", "terme", "expression",
})

# Contracted articles before a quotation mark: « le succès du « X » », « au « X » »: the quoted
# stretch is the noun of a noun phrase (a title, a programme, a name), not words someone said, when
# it opens on a capital and holds no finite verb.
TITLE_ARTICLES: frozenset[str] = frozenset({"du", "au", "aux"})

# first and second person pronouns: inside a quote they are the quoted person, never a way for the
# article to name a speaker
SPEAKER_NON_PRONOUNS: frozenset[str] = frozenset({
    "je", "j'", "j’", "me", "moi", "nous", "tu", "te", "toi", "vous", "on",
})

RELATIVE_PRONOUNS: frozenset[str] = frozenset({"qui", "que", "qu'", "qu’", "lequel", "laquelle", "lesquels",
                                               "lesquelles", "dont"})
