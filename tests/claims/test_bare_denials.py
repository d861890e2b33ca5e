"""« X revendique ..., Y dément »: a bare denial closing a sentence denies the statement before it
(issue 13, ``denial``). Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from recoupe.claims.contradictions import Side, compare, conflict_keys, denied_content
from recoupe.model import Claim

SENTENCE = "« Nous tenons la colline » : l'armée revendique la prise du col de Vélika, les rebelles démentent"


def _c(cid: str, text: str, **kw: Any) -> Claim:
    base: dict[str, Any] = dict(id=cid, article_id=cid.split(":")[0], text=text, sentence=kw.pop("sentence", text),
                                start=0, end=len(text), subject=kw.pop("subject", ""),
                                predicate=kw.pop("predicate", "faire"))
    base.update(kw)
    return Claim(**base)


STATED = _c("a1:c1", "l'armée revendique la prise du col de Vélika", sentence=SENTENCE, subject="l'armée",
            predicate="revendiquer", modality="asserted")
DENIAL = _c("a1:c2", "les rebelles démentent", sentence=SENTENCE, subject="les rebelles", predicate="démentir",
            modality="denied", cue="démentir")


def _side(c: Claim) -> Side:
    return Side(c, outlet="journal.fr", published=date(2025, 4, 2))


def test_a_bare_denial_conflicts_with_the_statement_of_its_sentence() -> None:
    hit = compare(_side(STATED), _side(DENIAL))
    assert hit is not None and hit.kind == "denial" and hit.same_article
    assert "rebelles" in hit.explanation
    fa, la = conflict_keys(STATED)
    fb, lb = conflict_keys(DENIAL)
    assert fa & lb and fb & la


def test_what_a_bare_denial_denies_is_the_statement_not_the_quote_before_it() -> None:
    every, _ = denied_content(DENIAL)
    assert {"prise", "velik"} <= every
    assert not {"tenon", "colli"} & every  # « Nous tenons la colline »: the headline's quote


def test_two_clauses_of_one_sentence_without_a_bare_denial_do_not_conflict() -> None:
    sentence = "L'armée a démenti toute perte, et le ministre a visité le col de Vélika"
    denied = _c("b1:c1", "L'armée a démenti toute perte", sentence=sentence, subject="L'armée",
                predicate="démentir", modality="denied", cue="démentir")
    visit = _c("b1:c2", "le ministre a visité le col de Vélika", sentence=sentence, subject="le ministre",
               predicate="visiter")
    assert compare(_side(denied), _side(visit)) is None


CALLED = ("Le général répète que les insurgés tiennent la vallée de Vélika, une affirmation que Kiev a qualifiée "
          "de mensonge")


def test_a_statement_called_a_lie_in_its_own_sentence_is_denied_by_whoever_calls_it_so() -> None:
    stated = _c("c1:c1", "que les insurgés tiennent la vallée de Vélika, une affirmation", sentence=CALLED,
                subject="les insurgés", predicate="tenir", modality="reported", attributed_to="Le général")
    called = _c("c1:c2", "que Kiev a qualifiée de mensonge", sentence=CALLED, subject="Kiev", predicate="qualifier",
                modality="denied", cue="qualifier")
    hit = compare(_side(stated), _side(called))
    assert hit is not None and hit.kind == "denial" and hit.same_article
    # calling it something else than false denies nothing
    praised = _c("c1:c2", "que Kiev a qualifiée de prudente", sentence=CALLED, subject="Kiev", predicate="qualifier",
                 modality="asserted")
    assert compare(_side(stated), _side(praised)) is None
