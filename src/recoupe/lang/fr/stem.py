"""A crude French stem for search: « négociations », « négociation », « négocier » share
« negoci », which the search index then finds as a prefix (:mod:`recoupe.web.search`)."""

from __future__ import annotations

from recoupe.lang.stemming import SuffixStemmer

SUFFIXES: frozenset[str] = frozenset({
    "issements", "issement", "ications", "ication", "atrices", "atrice", "ateurs", "ateur", "ations", "ation",
    "ements", "ement", "ments", "ment", "ances", "ance", "ences", "ence", "ables", "able", "ibles", "ible",
    "istes", "iste", "ismes", "isme", "euses", "euse", "eux", "ives", "ive", "ifs", "if", "ites", "ite",
    "ions", "ion", "aient", "ait", "ant", "ants", "antes", "ante", "ees", "ee", "es", "er", "ez", "e", "s", "x",
    "iennes", "ienne", "iens", "ien", "aux", "al", "ales", "ale",
})

stem = SuffixStemmer(SUFFIXES)
