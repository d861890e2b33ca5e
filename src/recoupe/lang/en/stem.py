"""A crude English stem for search: "negotiations", "negotiation", "negotiated" share "negotiat",
which the search index then finds as a prefix (:mod:`recoupe.web.search`)."""

from __future__ import annotations

from recoupe.lang.stemming import SuffixStemmer

SUFFIXES: frozenset[str] = frozenset({
    "ations", "ation", "ements", "ement", "ments", "ment", "ings", "ing", "ions", "ion", "ness", "ities",
    "ity", "ives", "ive", "ers", "er", "ies", "ied", "ed", "es", "ly", "s",
})

stem = SuffixStemmer(SUFFIXES)

# The endings a regular verb takes after its lemma (« tow » -> « towed », « tows », « towing »): with a
# final « e » dropped (« raise » -> « raised »), a final « y » made « i » (« try » -> « tried ») or a last
# consonant doubled (« stop » -> « stopped »). Irregular forms (« won ») are not read.
VERB_ENDINGS: frozenset[str] = frozenset({"s", "es", "d", "ed", "ing"})
