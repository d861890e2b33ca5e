"""The briefing's dispute lines give both sides, and its lines do not open on what leans on the
sentence before (invented sentences, no spaCy): a disputed group no conflict row explains prints its
claim with its holder and who denies it, in the denial's language; a denial alone that names nothing
it denies is no line; a line opening on a connective (« Mais … », « But … ») or in lower case gives
way to a sentence of the group that stands alone."""

from __future__ import annotations

from datetime import date
from typing import Any

from recoupe.brief import build_briefing
from recoupe.model import Article, ArticleAnalysis, Claim
from recoupe.storage import Store


def _store(rows: list[dict[str, Any]]) -> Store:
    s = Store.open(":memory:")
    with s.transaction():
        claims = []
        for r in rows:
            aid, sentence = r["article"], r["sentence"]
            s.add_article(Article(id=aid, origin=f"{aid}.txt", text=sentence, outlet=f"{aid}.example",
                                  published=date(2031, 5, 6)), [(0, len(sentence))], analysed_by="test")
            claims.append(Claim(id=f"{aid}:c1", article_id=aid, text=sentence, sentence=sentence, start=0,
                                end=len(sentence), subject=r.get("subject", ""), predicate=r.get("predicate", "faire"),
                                modality=r.get("modality", "asserted"), group_id=r["group"],
                                lemmas=r.get("lemmas", []), attributed_to=r.get("by", ""),
                                object_entity=r.get("object_entity", ""), language=r.get("language", "fr")))
        for c in claims:
            s.save_analysis(ArticleAnalysis(c.article_id, claims=[c]))
            s.set_source(c.article_id, c.article_id, "")
        s.create_story("S1", "valbrune")
        for c in claims:
            s.add_to_story("S1", c.article_id, {"L:valbrune": 1.0}, date(2031, 5, 6))
        for gid in sorted({c.group_id for c in claims}):
            s.create_group(gid, "S1", "", gid, [])
    return s


def test_a_dispute_no_conflict_row_explains_gives_the_claim_and_who_denies_it() -> None:
    rows = [
        {"article": "a", "group": "G1", "by": "l'association des riverains",
         "sentence": "Selon l'association des riverains, la station d'épuration de Valbrune rejette ses eaux "
                     "dans la Sorgue."},
        {"article": "b", "group": "G1", "modality": "denied", "subject": "le syndicat des eaux",
         "sentence": "Le syndicat des eaux dément tout rejet de la station d'épuration de Valbrune dans la Sorgue."},
    ]
    with _store(rows) as s:
        (line,) = [b for b in build_briefing(s, "S1") if b["kind"] == "disputed"]
    assert line["text"].startswith("l'association des riverains : « Selon")
    assert "le syndicat des eaux le dément : « Le syndicat" in line["text"]
    assert {c["article_id"] for c in line["citations"]} == {"a", "b"}


def test_an_english_dispute_line_is_in_english() -> None:
    rows = [
        {"article": "a", "group": "G1", "language": "en",
         "sentence": "The Harbin Mill discharged treated water into the Lorne River last spring, the report says."},
        {"article": "b", "group": "G1", "modality": "denied", "subject": "the mill's owner", "language": "en",
         "sentence": "The mill's owner denied that any water had been discharged into the Lorne River."},
    ]
    with _store(rows) as s:
        (line,) = [b for b in build_briefing(s, "S1") if b["kind"] == "disputed"]
    assert line["text"].startswith("a.example: « The Harbin Mill")
    assert "the mill's owner denies it: « The mill's owner" in line["text"]


def test_a_denial_alone_that_names_nothing_it_denies_is_no_line() -> None:
    rows = [{"article": "a", "group": "G1", "modality": "denied", "subject": "we", "by": "the club's lawyer",
             "language": "en", "sentence": "We deny any wrongdoing of any kind whatsoever, said the club's lawyer."}]
    with _store(rows) as s:
        assert not [b for b in build_briefing(s, "S1") if b["kind"] == "disputed"]
    # naming the party whose words it rejects, it says what it denies
    rows[0] |= {"object_entity": "e7", "sentence": "The club's lawyer denied every claim made by the Lorne Gazette."}
    with _store(rows) as s:
        assert [b for b in build_briefing(s, "S1") if b["kind"] == "disputed"]


def test_a_connective_or_lower_case_opener_gives_way_to_a_sentence_that_stands_alone() -> None:
    lemmas = ["pompier", "valbrune", "rouvrir", "route"]
    whole = "Les pompiers de Valbrune ont rouvert la route départementale mardi soir après six heures."
    for opener in ("Mais les pompiers de Valbrune ont rouvert la route départementale mardi soir.",
                   "les pompiers de Valbrune ont rouvert la route départementale mardi soir, enfin."):
        rows = [{"article": "a", "group": "G1", "lemmas": lemmas, "sentence": opener},
                {"article": "b", "group": "G1", "lemmas": lemmas, "sentence": whole}]
        with _store(rows) as s:
            texts = [b["text"] for b in build_briefing(s, "S1")]
        assert whole in texts and opener not in texts, texts


def test_a_line_opening_on_a_quotation_stands_alone() -> None:
    quoted = "« Ça suffit » : le maire de Valbrune ferme la déchetterie après un troisième incendie en un mois."
    rows = [{"article": "a", "group": "G1", "lemmas": ["maire", "fermer", "déchetterie"], "sentence": quoted}]
    with _store(rows) as s:
        assert quoted in [b["text"] for b in build_briefing(s, "S1")]


def test_a_dispute_told_by_one_sentence_prints_it_once() -> None:
    both = "Le promoteur affirme que le chantier de Valbrune est autorisé, ce que la mairie dément fermement."
    rows = [{"article": "a", "group": "G1", "sentence": both},
            {"article": "a2", "group": "G1", "modality": "denied", "subject": "la mairie", "sentence": both}]
    with _store(rows) as s:
        (line,) = [b for b in build_briefing(s, "S1") if b["kind"] == "disputed"]
    assert line["text"] == both
