"""The French time grammar (built on first use by :func:`recoupe.nlp.timex.grammar`).

``grammar`` the regular expressions made from :mod:`recoupe.lang.fr.dates`, ``rules`` the patterns
and their handlers, ``normalise`` the values, intervals and post-passes, ``tense`` the tense
oracles. French conventions: « lundi dernier » / « lundi prochain » are strict; « d'ici lundi »
is after the anchor, « depuis mars » on or before it; « fin juillet », « mi-mars » narrow the
interval; a clock time (« 18 h ») takes the day last mentioned in its paragraph.
"""

from __future__ import annotations

from recoupe.lang.fr.timex import normalise, rules, tense
from recoupe.nlp.timex.engine import Grammar

GRAMMAR = Grammar(
    lang="fr", rules=rules.RULES, finish=normalise.finish, reading=normalise.reading,
    tense_from_text=tense.tense_from_text, tense_from_doc=tense.tense_from_doc, trailing=" \t\n,;",
)
