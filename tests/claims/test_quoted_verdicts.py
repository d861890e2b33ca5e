"""A verdict quoted alone (« "Sans fondement" : accusé de fraude, X répond ») is its speaker's denial of
the accusation its sentence tells (issue 13, ``denial``). Sentences written for the tests."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from recoupe.claims.contradictions import Side, compare, conflict_keys, defended_wrongs, verdict
from recoupe.model import Claim
from tests.claims.helpers import claim

HEADLINE = "« Sans fondement » : accusé de corruption par un ancien associé, le maire de Vernoux répond"


def _verdict(text: str = "Sans fondement", **kw: Any) -> Claim:
    base: dict[str, Any] = {"sentence": HEADLINE, "predicate": "fondement", "modality": "denied",
                            "cue": "fondement", "attributed_to": "le maire de Vernoux"}
    return claim("a1:c1", text, **(base | kw))


def _side(c: Claim, outlet: str) -> Side:
    return Side(c, outlet=outlet, published=date(2025, 9, 2))


def _kind(a: Claim, b: Claim) -> str | None:
    hit, back = compare(_side(a, "un.fr"), _side(b, "autre.fr")), compare(_side(b, "autre.fr"), _side(a, "un.fr"))
    assert hit == back
    return hit.kind if hit else None


ACCUSATION = claim("b1:c1", "Un ancien associé accuse le maire de Vernoux de corruption", subject="Un ancien associé",
                   predicate="accuser", modality="asserted")
CASE = claim("c1:c1", "Le maire de Vernoux mêlé à une affaire de corruption", subject="Le maire de Vernoux",
             predicate="mêler", modality="asserted")


@pytest.mark.parametrize("text", ["Sans fondement", "Dénuées de fondement", "Totalement faux", "Des accusations "
                                  "mensongères", "C'est faux", "Infondées"])
def test_a_quoted_verdict_of_groundlessness_is_a_verdict(text: str) -> None:
    assert verdict(_verdict(text=text))


@pytest.mark.parametrize("text", ["Une enquête sans fondement juridique", "Des faux billets saisis", "Le fondement"])
def test_a_phrase_that_holds_more_than_the_verdict_is_none(text: str) -> None:
    assert not verdict(_verdict(text=text))
    assert not verdict(_verdict(modality="asserted"))  # the parse must have read it as a denial


def test_a_quoted_verdict_denies_the_accusation_of_the_wrong_its_headline_names() -> None:
    assert defended_wrongs(_verdict()) == {"fraude"}
    assert _kind(_verdict(), ACCUSATION) == "denial"
    assert _kind(_verdict(), CASE) == "denial"  # « mêlé à une affaire de corruption » tells the accusation
    assert "DF:fraude" in conflict_keys(_verdict())[0] and "DF:fraude" in conflict_keys(ACCUSATION)[1]


@pytest.mark.parametrize("other", [
    # another wrong
    claim("b1:c1", "Un ancien associé accuse le maire de Vernoux de harcèlement", predicate="accuser"),
    # the wrong without an accusation
    claim("b1:c1", "La corruption coûte cher aux communes", predicate="coûter"),
    # the defender's own words
    claim("b1:c1", "Le maire de Vernoux dénonce une manœuvre de corruption", predicate="dénoncer",
          attributed_to="le maire de Vernoux", modality="reported"),
    # the same article
    claim("a1:c2", "Un ancien associé accuse le maire de Vernoux de corruption", predicate="accuser"),
])
def test_no_verdict_denial_of_another_wrong_a_mere_mention_its_own_words_or_in_one_article(other: Claim) -> None:
    assert _kind(_verdict(), other) is None


def test_a_verdict_without_a_speaker_or_without_a_wrong_denies_nothing() -> None:
    assert defended_wrongs(_verdict(attributed_to="")) == frozenset()
    assert _kind(_verdict(attributed_to=""), ACCUSATION) is None
    bare = _verdict(sentence="« Sans fondement » : le maire de Vernoux répond à son ancien associé")
    assert defended_wrongs(bare) == frozenset()
    assert defended_wrongs(bare, "Vernoux : le maire accusé de corruption") == {"fraude"}


@pytest.mark.model
def test_a_quoted_verdict_in_a_headline_disputes_another_outlets_accusation(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from recoupe.pipeline import build
    from recoupe.report.dossier import build_dossier
    from recoupe.storage import Store

    items = [
        {"url": "https://un.example/vernoux-maire", "outlet": "un.example", "published": "2025-09-02",
         "text": "Le maire de Vernoux mêlé à une affaire de corruption. Un ancien associé du maire de Vernoux "
                 "l'accuse de corruption dans l'attribution du marché de la piscine."},
        {"url": "https://autre.example/vernoux-reponse", "outlet": "autre.example", "published": "2025-09-03",
         "text": "« Dénuées de fondement » : mis en cause pour corruption, le maire de Vernoux répond. "
                 "Le maire de Vernoux rejette tout favoritisme dans le marché de la piscine."},
    ]
    path = tmp_path / "items.jsonl"
    path.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items) + "\n", encoding="utf-8")
    with Store.open(tmp_path / "s.db") as s:
        build(s, [str(path)], fmt="jsonl", nlp=nlp)
        dossier = build_dossier(s)
    claims = {c["id"]: c for c in dossier["claims"]}
    said = [c for c in claims.values() if c["text"] == "Dénuées de fondement"]
    assert said and said[0]["modality"] == "denied"
    denials = [x for x in dossier["contradictions"] if x["kind"] == "denial"
               and said[0]["id"] in x["claims"]]
    assert denials, dossier["contradictions"]
    assert {claims[c]["article"] for c in denials[0]["claims"]} != {said[0]["article"]}


def test_a_quoted_verdict_disputes_the_accusation_its_own_headline_tells() -> None:
    # « ... : accusé de corruption par un ancien associé, le maire de Vernoux répond »: the associate
    # accuses, the mayor rejects; the apposition is a claim of its own in the same sentence
    told = claim("a1:c2", "accusé de corruption par un ancien associé", sentence=HEADLINE, predicate="accuser",
                 modality="asserted")
    hit = compare(_side(_verdict(), "un.fr"), _side(told, "un.fr"))
    assert hit is not None and hit.kind == "denial" and hit.same_article
    assert compare(_side(told, "un.fr"), _side(_verdict(), "un.fr")) == hit
    # the same words in another sentence of the article: the verdict's own sentence only
    elsewhere = claim("a1:c3", "Un ancien associé accuse le maire de Vernoux de corruption", predicate="accuser")
    assert compare(_side(_verdict(), "un.fr"), _side(elsewhere, "un.fr")) is None
