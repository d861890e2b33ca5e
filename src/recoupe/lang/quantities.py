"""Quantity words of every language pack that the contradiction and grouping checks read on a
claim's folded text, as one set per name (as :mod:`recoupe.lang.predicates` does for predicate
classes): a claim is checked with its own language's words and the other's, which do not occur in
it (« another » in French text, « autre » in English)."""

from __future__ import annotations

import re

from recoupe.lang.en import quantities as en
from recoupe.lang.fr import quantities as fr

ANOTHER_EVENT: frozenset[str] = fr.ANOTHER_EVENT | en.ANOTHER_EVENT
VAGUE_FIGURE_OPENERS: tuple[str, ...] = (*fr.VAGUE_FIGURE_OPENERS, *en.VAGUE_FIGURE_OPENERS)
SEVERAL_WORDS: frozenset[str] = fr.SEVERAL_WORDS | en.SEVERAL_WORDS
EVENT_PLURALS: frozenset[str] = fr.EVENT_PLURALS | en.EVENT_PLURALS
PLURAL_SCALES: frozenset[str] = fr.PLURAL_SCALES | en.PLURAL_SCALES
EARLIER_FIGURE: tuple[str, ...] = (*fr.EARLIER_FIGURE, *en.EARLIER_FIGURE)
PAST_PERIOD: tuple[str, ...] = (*fr.PAST_PERIOD, *en.PAST_PERIOD)
COUNTING_VERBS: frozenset[str] = fr.COUNTING_VERBS | en.COUNTING_VERBS
RUNNING_TOTALS: tuple[str, ...] = (*getattr(fr, "RUNNING_TOTALS", ()), *en.RUNNING_TOTALS)
PEOPLE_COUNTED: frozenset[str] = fr.PEOPLE_COUNTED | en.PEOPLE_COUNTED
DEATH_PHRASE: re.Pattern[str] = re.compile("|".join((*fr.DEATH_PHRASES, *en.DEATH_PHRASES)))
