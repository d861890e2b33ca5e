"""Words that tell a clause cut out of its sentence which states no fact on its own (read by
:mod:`recoupe.claims.shown`): a relative clause (« which closed the plant »), an infinitive
(« to close the plant »), a free relative (« what we know »)."""

# « that » is left out: it opens told facts as well (« said that the plant closed »).
RELATIVE_OPENERS: frozenset[str] = frozenset({"who", "whom", "whose", "which", "where", "what"})
# The relative pronouns that can be a clause's subject or object (« the ferry, which sailed », « a bill that
# would »): the parse's reading of a relative clause, and the one word a copy of a sentence may change.
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "which", "that", "whom"})
FREE_RELATIVE_HEADS: frozenset[str] = frozenset()
QUE: frozenset[str] = frozenset()
CONDITION_OPENERS: frozenset[str] = frozenset({"if", "unless"})
CONDITION_ELIDED: frozenset[tuple[str, str]] = frozenset()
# personal and demonstrative pronouns a clause's recovered subject may be (« that she had closed »): they
# name no one until resolved; and the determiners before a subject's noun (« the storm »)
SUBJECT_PRONOUNS: frozenset[str] = frozenset({
    "he", "she", "it", "they", "we", "you", "i", "this", "that", "these", "those", "him", "her", "them", "us",
})
DETERMINERS: frozenset[str] = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "your", "my",
})


def subject_head(words: list[str]) -> str:
    """The head noun of a subject's words, determiners off: the last before a preposition (« mayor of
    kelby » -> mayor, « city mayor » -> mayor)."""
    for i, w in enumerate(words):
        if i and w in ("of", "in", "at", "from", "for"):
            return words[i - 1]
    return words[-1]


def actor_phrase(subject: str) -> str | None:
    """The words of a subject before a name that only sets it (« teachers' union of Kelby » -> « teachers'
    union », « Parents in Orlac » -> « Parents »): the actor is the common noun's group, the place its
    modifier. None unless the subject is a head of common nouns (its first word may carry the sentence's
    capital), no role (« the mayor of Kelby » stands for the town's office) nor a place's own body (« the
    government of Sudan »: :data:`~recoupe.lang.en.sources.PLACE_BODIES`), then one of
    :data:`~recoupe.lang.en.sources.MODIFIER_PREPOSITIONS` and a capitalised name."""
    from recoupe.lang.en.sources import MODIFIER_PREPOSITIONS, PLACE_BODIES, ROLE_HEADS

    words = subject.split()
    k = next((i for i, w in enumerate(words) if i and w.lower() in MODIFIER_PREPOSITIONS), None)
    if k is None or not any(w[:1].isupper() for w in words[k + 1:]):
        return None
    head = words[:k]
    noun = head[-1].lower().rstrip("'’").removesuffix("'s")
    # a plural head is looked up singular too (« the governments of France and Germany »)
    forms = {noun, noun.removesuffix("s"), noun.removesuffix("es"), noun.removesuffix("ies") + "y"}
    if any(w[:1].isupper() for w in head[1:]) or forms & (ROLE_HEADS | PLACE_BODIES):
        return None
    return " ".join(head)


INFINITIVE_MARKERS: frozenset[str] = frozenset({"to"})
CLITICS: frozenset[str] = frozenset({"not"})
INFINITIVE_AUXILIARIES: frozenset[str] = frozenset({"have", "be"})
NONFINITE_OPENERS: frozenset[str] = frozenset({"having", "being"})
# a participle clause opens on the -ing form of its own verb (« closing the gym »); no word need come before it
GERUND_MARKERS: frozenset[str] = frozenset()
# what opens a clause whose missing subject is the main clause's (« Having lost the vote, X … », « after
# voting, X … »), unlike an infinitive's (« X urged Y to … »: Y's)
MAIN_SUBJECT_OPENERS: frozenset[str] = frozenset({"having", "being", "after"})
# English finite openers are not read (« has fled », « and fled » are cut with their subject): none
FINITE_OPENERS: frozenset[str] = frozenset()
FINITE_ENDINGS: tuple[str, ...] = ()
INVERTED_SUBJECTS: frozenset[str] = frozenset()
PARTICIPLE_ENDINGS: tuple[str, ...] = ()
GERUND_ENDING = "ing"
# « that » opens a clause whose teller is outside it (« that she would close the gym ») unless the claim
# opens its sentence (« That is four times the allowed level »): read with the sentence (shown.states_fact)
COMPLEMENT_OPENERS: frozenset[str] = frozenset({"that"})
# a subordinate clause (« when a van knocked her down »): the fact it serves is in the main clause
SUBORDINATE_OPENERS: frozenset[tuple[str, ...]] = frozenset({
    ("when",), ("after",), ("before",), ("because",), ("while",), ("although",), ("whereas",),
})
# English lemmas carry no verb ending: the verbless test is French only
VERB_LEMMA_ENDINGS: tuple[str, ...] = ()
COPULA_FORMS: frozenset[str] = frozenset()
NOUN_LOOKALIKES: dict[str, frozenset[str]] = {}

# the forms of « be » after an existential « there » (« there were », « there have been »): read by
# claims.status._tally
EXISTENTIAL_BE: frozenset[str] = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "s"})

# A relative clause told as an earlier occurrence of its sentence's deed (read on folded text by
# :mod:`recoupe.claims.contradictions`): a pluperfect (« which had swamped »), its own time before now (« last
# spring », « two years ago », « in 2018 »); a repetition told in the main clause (« … swamped it again »).
# Without such a mark the clause tells today's deed, and its figure is today's.
EARLIER_CLAUSE = (r"\bhad (?!(?:\d|a|an|the|some|no|about|more|nearly|over|almost|at)\b)"
                  r"|\b(?:last|previous) (?:year|month|week|spring|summer|autumn|fall|winter|season|time)\b"
                  r"|\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some) "
                  r"(?:days?|weeks?|months?|years?|decades?) ago\b"
                  r"|\bin (?:19|20)\d\d\b|\b(?:previously|formerly)\b")
REPEATED_DEED = r"\bagain\b|\bonce more\b|\bonce again\b"
# Words that open a prepositional phrase or a clause read as a verb's object: not the thing acted on.
NOT_OBJECT_OPENERS: frozenset[str] = frozenset({"of", "in", "on", "at", "to", "for", "with", "by", "from", "about",
                                                "into", "that", "if", "whether"})
# the words opening a noun's complement (« le maire d'Orlac », "the mayor of Orlac"): a relative clause's
# antecedent may stand before one (recoupe.claims.shown.shown_text); not a noun phrase's first word
NOUN_COMPLEMENT_OPENERS: frozenset[str] = frozenset({"of"})
# prepositions: a noun phrase after one is the complement of the noun before it (« la panne du réseau qui
# … »), whose phrase a relative clause's antecedent may open (recoupe.claims.shown.shown_text)
PREPOSITIONS: frozenset[str] = frozenset({
    "of", "in", "on", "at", "against", "with", "without", "for", "by", "after", "before", "between", "from", "near",
})

# prepositions that open where an act happens or whom it bears on ("in Lorvel", "against Norvia", "to Italy"):
# a name after one is the act's place or target (recoupe.claims.status, two languages' accounts)
PLACE_PREPOSITIONS: frozenset[str] = frozenset({"in", "at", "to", "into", "against", "on", "towards", "toward"})

# a negation or a cleft before a relative clause's antecedent ("It was not the mayor who …") may deny that
# the antecedent is the clause's subject: the clause is then shown alone (recoupe.claims.shown.shown_text);
# "n't" is read as the word "t" after its verb ("wasn", "t")
NEGATIONS: frozenset[str] = frozenset({"not", "never", "t", "neither", "nor"})
CLEFT_OPENERS: frozenset[tuple[str, str]] = frozenset({
    ("it", "was"), ("it", "is"), ("it", "s"), ("it", "wasn"), ("it", "isn"), ("it", "were"),
})


# the suffixes that derive one actor's nouns from one stem (minister / ministry, police / policemen), for
# telling one doer named two ways from two doers whose nouns only share a start (governor / government)
ACTOR_SUFFIXES: frozenset[str] = frozenset({"", "s", "e", "es", "er", "ers", "ry", "man", "men", "y"})

# offices whose holder is set by a place, told by the title alone: two articles of two places name two people.
# A town's or a school's (a mayor, a head teacher), and a wider area's (a county's prosecutor or sheriff), whose
# holder two near towns share. Not a national office (minister, president)
TOWN_OFFICES: frozenset[str] = frozenset({"mayor", "headteacher", "headmaster", "headmistress"})
DISTRICT_OFFICES: frozenset[str] = frozenset({"prosecutor", "sheriff", "coroner"})
# the modifiers that make one of those offices national ("the federal prosecutor", "the attorney general")
NATIONAL_OFFICE_WORDS: frozenset[str] = frozenset({"national", "federal", "general"})
