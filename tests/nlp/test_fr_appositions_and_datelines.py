"""French leftovers of the twenty-fourth session (#14): a subject with its name in apposition, a root
participle the tagger read as a noun, a wire dateline cut off as a sentence. Sentences written for the tests."""

from __future__ import annotations

import pytest

from recoupe.model import Article
from recoupe.nlp.extract import analyse

pytestmark = pytest.mark.model


def _claims(nlp, text: str):  # type: ignore[no-untyped-def]
    return analyse(nlp(text), Article(id="t", origin="t", text=text, language="fr")).claims


@pytest.mark.parametrize(("text", "speaker"), [
    ("La maire, Ruth Okafor, a annoncé le report de la kermesse.", "Okafor"),
    ("Le préfet, Marc Dulac, a annoncé la fermeture du col.", "Dulac"),
])
def test_apposed_name_speaks_not_the_object(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    frames = nlp(text)._.frames
    assert frames and speaker in frames[0].source and frames[0].kind != "inverted"
    assert all("kermesse" not in c.attributed_to and "fermeture" not in c.attributed_to for c in _claims(nlp, text))


def test_true_incise_after_a_clause_still_inverted(nlp) -> None:  # type: ignore[no-untyped-def]
    frames = nlp("La route restera fermée, a annoncé le préfet, Marc Dulac.")._.frames
    assert frames and frames[0].kind == "inverted" and "Dulac" in frames[0].source


@pytest.mark.parametrize("text", [
    "Six ouvriers sont morts dans l'effondrement du pont.",
    "Six ouvriers sont morts dans l'effondrement du pont, a indiqué jeudi le préfet.",
])
def test_root_participle_tagged_noun_is_the_predicate(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, text)
    assert [c.predicate for c in claims] == ["mourir"]


def test_headline_count_keeps_its_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "Trois morts sous un éboulement près du col hier soir.")
    assert [c.predicate for c in claims] == ["mort"]


@pytest.mark.parametrize("dateline", ["PARIS, 3 mars (AFP) – ", "LYON (Reuters) - ", "BREST, 1er juin 2024 (AFP) — "])
def test_french_dateline_is_no_claim(nlp, dateline: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, dateline + "Le gouvernement a présenté mardi un texte sur les haies bocagères.")
    assert [c.predicate for c in claims] == ["présenter"]
