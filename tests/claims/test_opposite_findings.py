"""A finding told as the opposite of the view just stated (« Le rectorat estime que la fraude ne peut être
établie. Un avis contraire à celui exprimé en mai par les inspecteurs. ») is about that view's
proposition: the view, and the other negated views of it, contradict it (issue 13, ``denial``). Sentences
written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from recoupe.claims.contradictions import Side, compare, finding
from recoupe.model import Article, Claim
from tests.claims.helpers import claim, keys_meet

TEXT = ("Dans son avis rendu lundi, le rectorat estime que la fraude au baccalauréat du lycée Colbert ne peut être "
        "établie. Un avis contraire à celui exprimé en mai par les inspecteurs.")
VIEW = claim("a1:c1", "que la fraude au baccalauréat du lycée Colbert ne peut être établie", predicate="établir",
             subject="fraude", modality="reported", negated=True, attributed_to="rectorat", cue="estimer")


def _opposite(obj: str = VIEW.text, **kw: Any) -> Claim:
    base: dict[str, Any] = {"predicate": "exprimer", "modality": "asserted", "object": obj}
    return claim("a1:c2", "Un avis contraire à celui exprimé en mai par les inspecteurs", **(base | kw))


def _kind(a: Claim, b: Claim) -> str | None:
    sa, sb = Side(a, outlet="un.fr", published=date(2025, 6, 3)), Side(b, outlet="autre.fr", published=date(2025, 6, 3))
    hit, back = compare(sa, sb), compare(sb, sa)
    assert hit == back
    return hit.kind if hit else None


OTHER_VIEW = claim("b1:c1", "que la fraude des candidats n'est pas prouvée", predicate="établir",
                   subject="fraude", modality="reported", negated=True, attributed_to="rectorat",
                   cue="estimer")
ELSE_VIEW = claim("b1:c2", "que les travaux du gymnase ne sont pas assez avancés", predicate="avancer",
                  subject="travaux", modality="reported", negated=True, attributed_to="rectorat", cue="estimer")


def test_an_opposite_finding_is_about_the_view_before_it_and_contradicts_it() -> None:
    found = finding(_opposite())
    assert found is not None and found[1] == "inspecteur" and "fraude" in found[0]
    assert _kind(_opposite(), VIEW) == "denial"
    assert keys_meet(_opposite(), VIEW)
    assert _kind(_opposite(), OTHER_VIEW) == "denial"  # another outlet's negated view of the same proposition
    assert _kind(_opposite(), ELSE_VIEW) is None  # a negated view of something else
    assert _kind(_opposite(obj=""), VIEW) is None  # without the view before it, the finding says nothing


@pytest.mark.model
def test_an_opposite_finding_takes_the_claim_of_the_sentence_before(nlp) -> None:  # type: ignore[no-untyped-def]
    from recoupe.nlp.extract import analyse

    claims = analyse(nlp(TEXT), Article(id="a", text=TEXT, origin="t", published=date(2025, 6, 3))).claims
    opposite = [c for c in claims if c.text.startswith("Un avis contraire")]
    assert opposite and opposite[0].object == "que la fraude au baccalauréat du lycée Colbert ne peut être établie"
    # not an opposite finding: its object stays its own
    plain = "Le rectorat estime que la fraude est établie. La position exprimée par les inspecteurs reste inconnue."
    claims = analyse(nlp(plain), Article(id="b", text=plain, origin="t", published=date(2025, 6, 3))).claims
    assert not any(c.object.startswith("que la fraude") for c in claims if c.predicate == "exprimer")


QUALIFIED = claim("a1:c1", "que le caractère frauduleux de l'examen du lycée Colbert ne peut être retenu",
                  predicate="retenir", subject="caractère", modality="reported", negated=True,
                  attributed_to="rectorat", cue="estimer")


def _denial(text: str, **kw: Any) -> Claim:
    base: dict[str, Any] = {"predicate": "contester", "modality": "denied", "cue": "contester",
                            "subject": "le syndicat", "attributed_to": "le syndicat"}
    return claim("c1:c1", text, **(base | kw))


def test_a_rejected_proposition_answers_an_opposite_finding_by_the_word_that_qualifies_the_view() -> None:
    opposite = _opposite(obj=QUALIFIED.text)
    # the view named the proposition « caractère frauduleux », the denial « la circonstance de fraude »:
    # another noun, the same qualifying word
    denial = _denial("Le syndicat conteste la circonstance de fraude")
    assert _kind(opposite, denial) == "denial"
    assert keys_meet(opposite, denial)
    # the same without a proposition noun in the view: its first word (« la fraude … n'est pas établie »)
    assert _kind(_opposite(), _denial("Le syndicat conteste la qualification de fraude")) == "denial"


@pytest.mark.parametrize("text", [
    "Le syndicat conteste la circonstance de préméditation",  # another proposition
    "Le syndicat conteste la qualification de l'examen",  # a word of the view that qualifies nothing
    "Le syndicat conteste la circonstance retenue par le lycée",  # the view's verb of finding
])
def test_no_answer_to_an_opposite_finding_by_another_proposition_or_the_views_other_words(text: str) -> None:
    assert _kind(_opposite(obj=QUALIFIED.text), _denial(text)) is None


def test_a_finding_that_is_not_an_opposite_one_keeps_its_own_proposition() -> None:
    plain = claim("a1:c2", "La position exprimée en mai par les inspecteurs", predicate="exprimer",
                  modality="asserted", object=QUALIFIED.text)
    assert _kind(plain, _denial("Le syndicat conteste la circonstance de fraude")) is None
