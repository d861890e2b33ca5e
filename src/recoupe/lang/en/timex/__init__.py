"""The English time grammar (built on first use by :func:`recoupe.nlp.timex.grammar`).

``grammar`` the regular expressions made from :mod:`recoupe.lang.en.dates`, ``rules`` the patterns
and their handlers, ``normalise`` the values, intervals and the day + clock join, ``tense`` the
tense oracles. Values: ``2013-03-22``, ``2013-W11`` (ISO week), ``2013-03``, ``2013``,
``2013-Q1``, ``2013-H1``, ``2013-SU`` (season), ``199`` (the 1990s), ``19`` (the 20th century),
``2013-03-19TMO`` (Tuesday morning), ``2013-03-22T15:00``; durations ``P3D``, ``PT2H``, ``P10Y``
(a decade), ``PXY`` ("several years"); sets ``P1W`` ("weekly"), ``XXXX-WXX-1`` ("every
Monday"); ``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``. "last"/"next" are strict; a bare month
or season with no tense is the anchor's year.
"""

from __future__ import annotations

from recoupe.lang.en.timex import normalise, rules, tense
from recoupe.nlp.timex.engine import Grammar

GRAMMAR = Grammar(
    lang="en", rules=rules.RULES, finish=normalise.finish, reading=normalise.reading,
    tense_from_text=tense.tense_from_text, tense_from_doc=tense.tense_from_doc, trailing=" \t\n,;:",
)
