"""An infinitive an urging verb governs (« le maire appelle la préfète à « suspendre les travaux » », "urged the
council to close the schools") is an act asked for, not done: it confirms no one's deed, whoever told the deed
(fixcut30, extending fixrevb29's « urge vs act urged » rule to the infinitive cut off its verb). Sentences written
for the tests."""

from __future__ import annotations

import pytest

from recoupe.claims.contest import urged_infinitive
from recoupe.claims.status import group_status
from tests.claims.test_bare_fragments import SOURCES, _act


@pytest.mark.parametrize(("deed", "call", "sentence", "predicate", "language"), [
    ("La préfète a suspendu mardi les travaux du port", "à « suspendre les travaux du port",
     "Le maire appelle la préfète à « suspendre les travaux du port »", "suspendre", "fr"),
    ("La préfète a suspendu mardi les travaux du port", "de suspendre les travaux du port",
     "Le syndicat a demandé mardi à la préfète de suspendre les travaux du port", "suspendre", "fr"),
    ("The council closed the schools on Monday", "to close the schools",
     "Parents urged the council to close the schools", "close", "en"),
    ("The council closed the schools on Monday", "to close the schools",
     "The union called on the council on Monday to close the schools", "close", "en"),
])
def test_an_urged_infinitive_confirms_no_deed(deed: str, call: str, sentence: str, predicate: str,
                                              language: str) -> None:
    """A call to act is its caller's deed: the act asked for may never come, whoever told it done."""
    ms = [_act("a:c1", "a", deed, predicate, "préfète" if language == "fr" else "council", language),
          _act("b:c1", "b", call, predicate, language=language, sentence=sentence)]
    assert urged_infinitive(ms[1])
    assert group_status(ms, SOURCES).status == "single_source"


@pytest.mark.parametrize(("text", "sentence", "predicate", "language"), [
    ("de suspendre les travaux du port", "La préfète a décidé mardi de suspendre les travaux du port", "suspendre",
     "fr"),
    ("à suspendre les travaux du port", "La préfète a été la première à suspendre les travaux du port", "suspendre",
     "fr"),
    ("to close the schools", "The council voted on Monday to close the schools", "close", "en"),
    ("to close the schools", "The council began on Monday to close the schools", "close", "en"),
])
def test_an_infinitive_no_urging_verb_governs_is_not_urged(text: str, sentence: str, predicate: str,
                                                           language: str) -> None:
    assert not urged_infinitive(_act("b:c1", "b", text, predicate, language=language, sentence=sentence))


@pytest.mark.parametrize(("call", "sentence", "predicate", "language"), [
    # the urging word sits before a comma, in an apposition or a fronted phrase: the infinitive is the next verb's
    ("to put out the fire", "Firefighters, called at midnight, managed to put out the fire", "put", "en"),
    ("à éteindre le feu", "Les pompiers, appelés vers minuit, ont réussi à éteindre le feu", "éteindre", "fr"),
    ("de fermer ses portes", "Face à la demande, l'usine a décidé de fermer ses portes", "fermer", "fr"),
])
def test_an_urging_word_before_a_comma_governs_no_infinitive(call: str, sentence: str, predicate: str,
                                                             language: str) -> None:
    assert not urged_infinitive(_act("b:c1", "b", call, predicate, language=language, sentence=sentence))
