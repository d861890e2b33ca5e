"""A crude English stem for search: "negotiations", "negotiation", "negotiated" share "negotiat",
which the search index then finds as a prefix (:mod:`recoupe.web.search`)."""

from __future__ import annotations

from recoupe.lang.stemming import SuffixStemmer

SUFFIXES: frozenset[str] = frozenset({
    "ations", "ation", "ements", "ement", "ments", "ment", "ings", "ing", "ions", "ion", "ness", "ities",
    "ity", "ives", "ive", "ers", "er", "ies", "ied", "ed", "es", "ly", "s",
})

stem = SuffixStemmer(SUFFIXES)
