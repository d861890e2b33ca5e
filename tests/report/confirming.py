"""A hand-built story whose `confirmed` group lumps two facts: two named sources confirm a vote,
and a third article, in its own voice, tells something else about the same pool. The group's
summary is that third claim, so a page showing « confirmed » beside the summary alone would
mislead: the briefing, the report, the web app and the exports must show the pair (no spaCy)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from recoupe.brief import build_briefing
from recoupe.model import Article, ArticleAnalysis, Claim
from recoupe.storage import Store

# (text, modality, source): invented sentences
POOL = {
    "p1": ("Le conseil municipal a voté mardi la fermeture de la piscine du quartier nord, selon Paul Morel.",
           "reported", "Paul Morel"),
    "p2": ("Le conseil municipal a voté mardi soir la fermeture de la piscine du quartier nord, selon Claire Vidal.",
           "reported", "Claire Vidal"),
    "p3": ("La piscine du quartier nord accueillait deux cents nageurs chaque semaine.", "asserted", ""),
}
# p1 says first, hedged, that the pool may close: its cell must still show its confirming claim
HEDGED = ("p1:c0", "Le conseil envisagerait de fermer la piscine du quartier nord avant l'été.", "conditional")
PAIR = ("p1:c1", "p2:c1")
SUMMARY = POOL["p3"][0]


def confirming_store(path: str | Path = ":memory:", pool: dict[str, tuple[str, str, str]] | None = None) -> Store:
    """The story S1 in a new store (``pool``: other sentences for the articles, POOL's by default)."""
    s = Store.open(path)
    pool = POOL if pool is None else pool
    with s.transaction():
        for aid, (text, modality, source) in pool.items():
            before = HEDGED[1] + " " if aid == "p1" else ""
            body = before + text
            spans = [(0, len(HEDGED[1])), (len(before), len(body))] if before else [(0, len(body))]
            s.add_article(Article(id=aid, origin=f"{aid}.txt", text=body, title=f"Piscine {aid}",
                                  outlet=f"outlet {aid}", published=date(2024, 3, 5)), spans,
                          analysed_by="test")
            claim = Claim(id=f"{aid}:c1", article_id=aid, text=text, sentence=text, start=len(before), end=len(body),
                          subject="conseil" if source else "piscine", subject_entity="E:conseil" if source else "",
                          predicate="voter" if source else "accueillir", modality=modality,  # type: ignore[arg-type]
                          attributed_to=source, cue="selon" if source else "", group_id="G1")
            claims = [claim]
            if before:
                claims.insert(0, Claim(id=HEDGED[0], article_id=aid, text=HEDGED[1], sentence=HEDGED[1], start=0,
                                       end=len(HEDGED[1]), subject="conseil", subject_entity="E:conseil",
                                       predicate="fermer", modality=HEDGED[2], group_id="G1"))  # type: ignore[arg-type]
            s.save_analysis(ArticleAnalysis(aid, claims=claims))
            s.set_source(aid, aid, "")
        s.create_story("S1", "piscine")
        for aid in pool:
            s.add_to_story("S1", aid, {"L:piscine": 1.0}, date(2024, 3, 5))
        s.create_group("G1", "S1", "accueillir", pool["p3"][0], [])
    brief = build_briefing(s, "S1")
    with s.transaction():
        s.set_briefing("S1", brief)
    return s
