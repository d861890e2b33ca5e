"""French action nouns and the verbs they are made from (« l'évacuation » / « évacuer »,
« le lancement » / « lancer », « la construction » / « construire »).

One outlet tells an act with its verb, another with the noun of the act: « le préfet a ordonné
l'évacuation du camping » / « le camping a été évacué ». Claim grouping compares content lemmas, and
the two share none. :func:`action_verb` gives the verb an action noun derives from, by its suffix;
the caller checks that the verb is a word (the spaCy vocabulary), since a suffix rule also makes
non-words (« sauvetage » -> « sauveter »). Only suffixes that make verbs of the act: « -ée »
(« armée », « durée », « donnée ») and « -age » (« passage », « entourage ») gave more wrong verbs
than right ones.
"""

from __future__ import annotations

# (noun suffix, verb ending), tried in order; the first verb that is a word wins
ACTION_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("ation", "er"),     # évacuation -> évacuer, annulation -> annuler
    ("ement", "er"),     # lancement -> lancer, effondrement -> effondrer
    ("ction", "ire"),    # construction -> construire, extraction -> extraire
    ("ution", "uer"),    # évolution -> évoluer
    ("ution", "uter"),   # exécution -> exécuter
)
MIN_STEM = 3  # « nation », « station »: too short a stem to be a verb's


def action_verbs(noun: str) -> tuple[str, ...]:
    """The verbs ``noun`` may derive from by its suffix, in the order to try (no check that they
    are words: see the module doc)."""
    return tuple(noun[: -len(suffix)] + ending for suffix, ending in ACTION_SUFFIXES
                 if noun.endswith(suffix) and len(noun) - len(suffix) >= MIN_STEM)
