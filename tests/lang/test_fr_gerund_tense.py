"""A weekday in a French present participle or gerund set after the main clause (« a promis une aide en
visitant lundi la vallée ») takes the tense of that clause: the participle hangs on a noun of it and has no
tense of its own; read as tenseless it sent the day to the nearest Monday, the coming one (issue #13,
review revb28's French equivalent). Sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from recoupe.lang import pack
from recoupe.lang.fr.timex.tense import tense_from_doc
from recoupe.nlp import timex
from recoupe.nlp.pipeline import load

pytestmark = pytest.mark.model

SATURDAY = date(2026, 5, 9)  # the coming Monday (11 May) is nearer than the last one (4 May)


@pytest.fixture(scope="module")
def fr():  # type: ignore[no-untyped-def]
    return load(pack("fr").model)


def _monday(fr, sentence: str) -> str:  # type: ignore[no-untyped-def]
    exprs = timex.tag(sentence, SATURDAY, lang="fr", tense_at=tense_from_doc(fr(sentence)))
    return next(e.value for e in exprs if e.text == "lundi")


@pytest.mark.parametrize(("sentence", "value"), [
    ("La préfète Ilona Varech a promis une aide en visitant lundi le port inondé de Sorgues.", "2026-05-04"),
    ("La préfète a promis une aide aux pêcheurs en se rendant lundi sur le port inondé.", "2026-05-04"),
    ("La préfète promettra une aide aux pêcheurs en visitant lundi le port inondé.", "2026-05-11"),
    ("En visitant lundi le port inondé, la préfète a promis une aide aux pêcheurs.", "2026-05-04"),
])
def test_a_gerund_takes_its_clause_tense(fr, sentence: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert _monday(fr, sentence) == value


@pytest.mark.parametrize("sentence", [
    # a bare present participle qualifies its noun: the strike and the law start on the coming Monday
    "Les syndicats des bus de Morlaix-sur-Orne ont déposé vendredi un préavis de grève débutant lundi.",
    "Le ministère a publié jeudi un arrêté sur les péages entrant en vigueur lundi.",
])
def test_a_bare_participle_keeps_no_tense_of_the_clause(fr, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert _monday(fr, sentence) == "2026-05-11"
