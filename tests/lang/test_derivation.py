"""French action nouns and their verbs (lang/fr/derivation.py), on words of our own."""

from __future__ import annotations

import pytest

from recoupe.lang.fr.derivation import action_verbs


@pytest.mark.parametrize(("noun", "verb"), [
    ("évacuation", "évacuer"), ("annulation", "annuler"), ("lancement", "lancer"),
    ("effondrement", "effondrer"), ("construction", "construire"), ("extraction", "extraire"),
    ("évolution", "évoluer"), ("exécution", "exécuter"),
])
def test_derivation_action_noun_gives_its_verb_among_the_candidates(noun: str, verb: str) -> None:
    assert verb in action_verbs(noun)


@pytest.mark.parametrize("word", ["nation", "armée", "passage", "incendie", "maison", "évacuer"])
def test_derivation_other_words_give_no_verb(word: str) -> None:
    # too short a stem, or a suffix left out on purpose (« -ée », « -age »), or no action suffix
    assert action_verbs(word) == ()
