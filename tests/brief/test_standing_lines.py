"""A briefing line must stand alone (issue 13): a sentence opening on a pronoun (« L'une d'elles … »,
« Il … ») is never shown with the sentence before it, which nobody else tells, under the group's status;
a member telling the confirmed fact that stands alone is shown instead, else the confirmed sentence
alone (a confirmed fact is never left out); another line leaning on what is not shown is left out.
Invented sentences, no spaCy."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from recoupe.brief import build_briefing
from recoupe.brief.briefing import _opens_on_pronoun
from recoupe.claims.status import GroupStatus
from recoupe.model import Article, ArticleAnalysis, Claim
from recoupe.storage import Store

LEMMAS = ["gardien", "phare", "libérer", "jeudi", "garde", "vue"]
# (article id, the sentence before, the claim's sentence, outlet, modality)
Row = tuple[str, str, str, str, str]


def _store(rows: list[Row]) -> Store:
    s = Store.open(":memory:")
    day = date(2031, 5, 6)
    with s.transaction():
        for aid, before, sentence, outlet, modality in rows:
            text = f"{before} {sentence}" if before else sentence
            start = len(text) - len(sentence)
            spans = [(0, len(before)), (start, len(text))] if before else [(0, len(text))]
            s.add_article(Article(id=aid, origin=f"{aid}.txt", text=text, outlet=outlet, published=day, language="fr"),
                          spans, analysed_by="test")
            claim = Claim(id=f"{aid}:c1", article_id=aid, text=sentence.rstrip("."), sentence=sentence, start=start,
                          end=len(text) - 1, subject="", predicate="libérer", modality=modality,  # type: ignore[arg-type]
                          group_id="G1", lemmas=LEMMAS, language="fr")
            s.save_analysis(ArticleAnalysis(aid, claims=[claim]))
            s.set_source(aid, aid, "")
        s.create_story("S1", "phare")
        for aid, *_ in rows:
            s.add_to_story("S1", aid, {"L:phare": 1.0}, day)
        s.create_group("G1", "S1", "", "G1", [])
    return s


BEFORE = "Deux gardiens du phare de Kerbrune étaient retenus au poste de Valmorin depuis mercredi."
# another article's sentence before: a deed only it tells
BEFORE_B = "Les douaniers ont fouillé la nuit durant le logement des deux gardiens du phare de Kerbrune."
LEANING = "L'un d'entre eux est ressorti libre jeudi, son collègue du phare reste retenu à Valmorin."
LEANING_B = "L'un d'eux quittait jeudi le poste de Valmorin, tandis que son collègue y demeure."


def test_the_pronouns_of_one_of_a_pair_lean_on_the_sentence_before() -> None:
    assert _opens_on_pronoun(LEANING, "fr") and _opens_on_pronoun("L’une d’elles reste au phare.", "fr")
    assert _opens_on_pronoun("L'une des deux est repartie seule vers le phare.", "fr")
    assert _opens_on_pronoun("Celui de Valmorin a rouvert ses grilles lundi.", "fr")
    # a singular free relative stands for someone told before (who?)
    assert _opens_on_pronoun("Celui qui fut le premier gardien du phare avait 91 ans.", "fr")
    # any number of the group told before, and « les autres »: still one of them (which?)
    for sentence in ("L'un des onze a été conduit au dispensaire.", "L'un des dix-huit a été relâché.",
                     "L'une des autres a été soignée sur place."):
        assert _opens_on_pronoun(sentence, "fr"), sentence


def test_one_of_before_a_noun_or_a_superlative_and_a_free_relative_stand_alone() -> None:
    """« L'une des plus vastes … », « L'un des douaniers … » name what they tell, and so does a free
    relative (« Ceux qui … »): they lean on nothing."""
    for sentence in ("L'une des plus vastes scieries du canton cessera son activité au printemps.",
                     "L’un des douaniers de Valmorin a été muté vers un autre port.",
                     "L'un des deux gardiens du phare est ressorti libre jeudi.",
                     "Ceux qui ont vu leur cabane emportée par la crue recevront une aide du canton.",
                     "Celles qu'avait dessinées l'architecte du port seront démolies."):
        assert not _opens_on_pronoun(sentence, "fr"), sentence
        assert not _opens_on_pronoun(sentence), sentence


def test_a_confirmed_line_opening_on_a_pronoun_never_shows_an_uncited_sentence() -> None:
    """Review revb27 (F3): the sentence before a leaning line is told by its article alone (here a
    search only one outlet tells): shown in front of a confirmed line, it read as confirmed by both. The
    confirmed fact is shown by its own sentence, citing the pair."""
    rows = [("a", BEFORE, LEANING, "outlet a", "asserted"), ("b", BEFORE_B, LEANING_B, "outlet b", "asserted")]
    with _store(rows) as s:
        (line,) = build_briefing(s, "S1")
    assert line["kind"] == "confirmed"
    assert line["text"] in {LEANING, LEANING_B}
    assert [c.get("confirms") for c in line["citations"]] == [True, True]


def test_a_member_telling_the_confirmed_fact_alone_is_shown_before_a_leaning_pair(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The pair a status rests on may both lean on their sentences before while a third member tells the
    fact alone: that member's sentence is the line, still citing the pair first (the pair is set here:
    which two claims the status picks is :func:`recoupe.claims.status.confirming_part`'s business)."""
    import dataclasses

    from recoupe.brief import briefing

    real = briefing.group_status

    def leaning_pair(*args: Any, **kw: Any) -> GroupStatus:
        return dataclasses.replace(real(*args, **kw), status="confirmed", confirmed_by=("a:c1", "b:c1"))

    monkeypatch.setattr(briefing, "group_status", leaning_pair)
    alone = "Jeudi, un des deux gardiens du phare de Kerbrune est ressorti libre du poste de Valmorin."
    rows = [("a", BEFORE, LEANING, "outlet a", "asserted"), ("b", BEFORE, LEANING_B, "outlet b", "asserted"),
            ("c", "", alone, "outlet c", "asserted")]
    with _store(rows) as s:
        (line,) = build_briefing(s, "S1")
    assert line["kind"] == "confirmed" and line["text"] == alone
    assert [c["article_id"] for c in line["citations"] if c.get("confirms")] == ["a", "b"]


def test_a_single_source_line_leaning_on_what_is_not_shown_is_left_out() -> None:
    # one outlet, two articles: one source; its sentence leans, with or without a sentence before it
    for before in ("", BEFORE):
        rows = [("a", before, LEANING, "outlet a", "asserted"), ("b", before, LEANING_B, "outlet a", "asserted")]
        with _store(rows) as s:
            assert build_briefing(s, "S1") == []


def test_a_single_source_line_opening_on_a_free_relative_is_shown() -> None:
    alone = "Ceux qui ont vu leur cabane emportée par la crue recevront une aide du canton avant l'hiver."
    rows = [("a", "", alone, "outlet a", "asserted"), ("b", BEFORE, alone.replace("avant", "dès"), "outlet a",
                                                      "asserted")]
    with _store(rows) as s:
        (line,) = build_briefing(s, "S1")
    assert line["kind"] == "single_source" and line["text"].startswith("Ceux qui ont vu")
