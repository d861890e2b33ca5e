"""Attribution frames: who says so, and who relayed it."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _frames(nlp, text: str):  # type: ignore[no-untyped-def]
    return nlp(text)._.frames


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Selon le ministère de l'Intérieur, trois personnes ont été interpellées.", "ministère de l'Intérieur"),
        ("D'après la police, l'incendie est d'origine criminelle.", "police"),
        ("Le procureur a déclaré que l'enquête progressait rapidement.", "procureur"),
        ("Les négociations sont dans l'impasse, a affirmé mardi le syndicat.", "syndicat"),
        ("Des sources diplomatiques affirment que l'accord est imminent.", "sources diplomatiques"),
    ],
)
def test_attribution_source(nlp, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    frames = _frames(nlp, text)
    assert frames, "no frame found"
    assert source in frames[0].source


def test_attribution_inverted_pronoun(nlp) -> None:  # type: ignore[no-untyped-def]
    frames = _frames(nlp, "« Nous ne céderons pas », a-t-il ajouté.")
    assert frames and frames[0].kind == "inverted"


def test_attribution_relay_chain_with_citant(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "L'armée a bombardé le village, a rapporté jeudi le Washington Post, citant des responsables locaux."
    f = _frames(nlp, text)[0]
    assert "responsables locaux" in f.source
    assert "Washington Post" in f.relay


def test_attribution_relay_chain_with_cite_par(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Des enquêteurs cités par le journal Le Monde ont confirmé la présence du suspect."
    frames = [f for f in _frames(nlp, text) if f.relay]
    assert frames and "Le Monde" in frames[0].relay and "enquêteurs" in frames[0].source


def test_attribution_resolves_pronoun_to_person(nlp) -> None:  # type: ignore[no-untyped-def]
    from recoupe.model import Article
    from recoupe.nlp.extract import analyse

    text = ("La ministre Claire Dubois a visité l'usine vendredi. "
            "Elle a assuré que les emplois seraient préservés.")
    doc = nlp(text)
    an = analyse(doc, Article(id="t", origin="t", text=text))
    reported = [c for c in an.claims if c.predicate == "préserver"]
    assert reported and reported[0].attributed_to == "Claire Dubois"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Pour le ministre de la Santé, la réforme est indispensable.", "ministre de la Santé"),
        ("Pour Marie Dupont, la décision du tribunal est une victoire.", "Marie Dupont"),
        ("Pour lui, ce projet ne verra jamais le jour.", "lui"),
        ("Pour l'instant, aucune date n'a été fixée.", None),
        ("Pour comprendre la crise, il faut remonter à 2008.", None),
        ("Pour la première fois, le parlement a rejeté le budget.", None),
    ],
)
def test_attribution_opinion_pour(nlp, text: str, source: str | None) -> None:  # type: ignore[no-untyped-def]
    """« Pour X, … » gives X's view only when X names someone, not a time or a purpose."""
    frames = [f for f in _frames(nlp, text) if f.cue == "pour"]
    if source is None:
        assert not frames
    else:
        assert frames and source in frames[0].source
