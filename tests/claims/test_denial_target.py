"""A denial disputes the claim it answers, not any claim that shares its actor's or its place's words
(issue 13, ``denial``). Sentences and names written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from recoupe.claims.contradictions import Side, _stems, compare
from recoupe.model import Claim

SENTENCE = "« Nous y resterons » : le chef de l'armée revendique la maîtrise totale du col de Merin, la Sélavie dément"


def _c(cid: str, text: str, **kw: Any) -> Claim:
    base: dict[str, Any] = dict(id=cid, article_id=cid.split(":")[0], text=text, sentence=kw.pop("sentence", text),
                                start=0, end=len(text), subject=kw.pop("subject", ""),
                                predicate=kw.pop("predicate", "faire"), modality=kw.pop("modality", "asserted"))
    base.update(kw)
    return Claim(**base)


def _side(c: Claim) -> Side:
    return Side(c, outlet=f"{c.article_id}.fr", published=date(2025, 4, 2))


DENIAL = _c("a1:c2", "la Sélavie dément", sentence=SENTENCE, subject="la Sélavie", predicate="démentir",
            modality="denied", cue="démentir")
# the same actor and the same pass, another deed: a threat, not the claim to hold the pass
THREAT = _c("b1:c1", "Le chef de l'armée menace Dorna à propos du col de Merin", subject="Le chef de l'armée",
            predicate="menacer", place="col de Merin")
# the claim the denial answers, told by another outlet
HOLD = _c("c1:c1", "Le chef de l'armée revendique la maîtrise du col de Merin", subject="Le chef de l'armée",
          predicate="revendiquer", object="la maîtrise du col de Merin")


def test_a_bare_denial_does_not_dispute_another_deed_of_the_same_actor_at_the_same_place() -> None:
    assert compare(_side(DENIAL), _side(THREAT)) is None


def test_a_bare_denial_still_disputes_the_claim_it_answers_told_elsewhere() -> None:
    hit = compare(_side(DENIAL), _side(HOLD))
    assert hit is not None and hit.kind == "denial"


def test_a_statement_called_a_lie_does_not_dispute_a_threat_against_the_same_place() -> None:
    called = ("Le chef de l'armée répète qu'il a le contrôle de la vallée de Merin, une affirmation que la Sélavie "
              "a qualifiée de mensonge")
    lie = _c("d1:c3", "que la Sélavie a qualifiée de mensonge", sentence=called, subject="la Sélavie",
             predicate="qualifier", cue="qualifier", modality="denied", attributed_to="chef de l'armée")
    # « contre » is no « contrôle »: the threat shares only the valley with what is called a lie
    threat = _c("e1:c1", "Le chef de l'armée hausse le ton contre Dorna, menaçant de frapper la vallée de Merin",
                subject="Le chef de l'armée", predicate="hausser")
    held = _c("f1:c1", "Le chef de l'armée a le contrôle de la vallée de Merin", subject="Le chef de l'armée",
              predicate="avoir")
    assert compare(_side(lie), _side(threat)) is None
    hit = compare(_side(lie), _side(held))
    assert hit is not None and hit.kind == "denial"


def test_a_preposition_shares_no_stem_with_a_noun() -> None:
    # « contre » and « contrôle » open alike: the preposition is no content word
    assert "contr" not in _stems("il hausse le ton contre Dorna")[0]
    assert "contr" in _stems("il revendique le contrôle du col")[0]


def test_a_name_opening_a_text_is_a_name() -> None:
    every, common = _stems("Paolo Verdi menace Dorna")
    assert "paolo" in every and "paolo" not in common and "menac" in common
    assert "menac" in _stems("Menace sur le col de Merin")[1]  # a capitalised first word alone is not a name


def test_an_english_denial_does_not_dispute_another_deed_at_the_same_place() -> None:
    denial = _c("g1:c1", "The ministry denied that army chief Holt controls the Merin pass", subject="The ministry",
                predicate="deny", cue="deny", modality="denied", language="en")
    threat = _c("h1:c1", "Army chief Holt threatened Dorna over the Merin pass", subject="Army chief Holt",
                predicate="threaten", place="the Merin pass", language="en")
    held = _c("k1:c1", "Army chief Holt says he controls the Merin pass", subject="Army chief Holt",
              predicate="control", language="en")
    assert compare(_side(denial), _side(threat)) is None
    hit = compare(_side(denial), _side(held))
    assert hit is not None and hit.kind == "denial"
