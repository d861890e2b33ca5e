"""English function words as data: the language detector's profile, the words names and search
queries leave out, and the pronouns that tie a sentence to the one before it."""

from __future__ import annotations

# The detector's profile (:mod:`recoupe.clean.language`): the most frequent English function words.
STOP_WORDS: frozenset[str] = frozenset(
    "the a an and or but of to in on at by for with from as is are was were be been being has have had "  # noqa: SIM905 (a word list reads better as one string)
    "it its this that these those he she they we you i his her their our your my not no will would can "
    "could should may might which who whom whose what when where there than then also into about after "
    "over said more most such only do does did".split()
)

# Words too common to tie two claims by themselves: a denial of a report and an account of a
# misstatement that share only « from » or « which » are not about one point
# (:func:`recoupe.claims.contradictions.check_report_rebuttal`). Folded.
WEAK_WORDS: frozenset[str] = STOP_WORDS | frozenset({
    "before", "because", "while", "since", "some", "them", "him", "very", "just", "other", "many", "much",
    "each", "both", "being", "upon", "under", "among", "through", "during", "against", "says", "told",
    "still", "even", "well", "made", "make", "like", "here", "once", "ever", "himself", "herself", "itself",
    "themselves", "myself", "ourselves", "yourself"})

# Function words inside a name, left out of its acronym ("Bank of England" -> "be"). Folded.
NAME_STOP_WORDS: frozenset[str] = frozenset({"of", "the", "and", "for"})

# Words a search query drops (:mod:`recoupe.web.search`), unless nothing else is left. Folded.
SEARCH_STOP_WORDS: frozenset[str] = frozenset({
    "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "and", "or", "with", "from", "is",
    "are", "was", "were", "it", "its", "he", "she", "they", "this", "that"})

# First words of a sentence that leans on the one before, possessives and connectives too (see the
# French pack). Lower-case.
ANAPHORIC: frozenset[str] = frozenset({
    "he", "she", "it", "they", "him", "her", "them", "this", "these", "those", "such", "his", "its", "their",
    "but", "however", "yet", "nevertheless", "nonetheless"})
