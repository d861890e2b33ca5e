"""The briefing leads with conflicts and disputes, and a hedged claim never leads as confirmed."""

from __future__ import annotations

from datetime import date

from recoupe.brief import build_briefing
from recoupe.model import Article, ArticleAnalysis, Claim
from recoupe.storage import Store

TEXTS = {
    "a": "Selon plusieurs sources, la Russie aurait reçu des milliers d'obus de la Corée du Nord cet été. "
         "Les deux dirigeants se sont rencontrés mercredi au cosmodrome de la région de l'Amour.",
    "b": "La Russie pourrait avoir reçu des milliers d'obus nord-coréens au cours de l'été dernier. "
         "Les deux dirigeants se sont rencontrés mercredi dans l'Extrême-Orient russe, au cosmodrome.",
    "c": "Le ministère russe de la Défense dément avoir reçu des obus de la Corée du Nord cet été. "
         "Le sommet entre les deux dirigeants a duré plusieurs heures mercredi au cosmodrome.",
}


def _claim(cid: str, aid: str, sentence_no: int, modality: str, group: str, predicate: str) -> Claim:
    text = TEXTS[aid]
    sentences = text.split(". ")
    sent = sentences[sentence_no].rstrip(".") + "."
    start = text.index(sentences[sentence_no])
    return Claim(id=cid, article_id=aid, text=sent, sentence=sent, start=start, end=start + len(sent), subject="",
                 predicate=predicate, modality=modality, group_id=group)  # type: ignore[arg-type]


def _store() -> Store:
    s = Store.open(":memory:")
    with s.transaction():
        for aid, text in TEXTS.items():
            s.add_article(Article(id=aid, origin=f"{aid}.txt", text=text, outlet=f"outlet {aid}",
                                  published=date(2023, 9, 14)), [(0, len(text))], analysed_by="test")
        claims = [_claim("a:c1", "a", 0, "conditional", "G1", "recevoir"),
                  _claim("b:c1", "b", 0, "speculative", "G1", "recevoir"),
                  _claim("a:c2", "a", 1, "asserted", "G2", "rencontrer"),
                  _claim("b:c2", "b", 1, "asserted", "G2", "rencontrer"),
                  _claim("c:c2", "c", 1, "asserted", "G3", "durer"),
                  _claim("c:c1", "c", 0, "denied", "G4", "recevoir")]
        for aid in TEXTS:
            s.save_analysis(ArticleAnalysis(aid, claims=[c for c in claims if c.article_id == aid]))
            s.set_source(aid, aid, "")
        s.create_story("S1", "obus")
        for aid in TEXTS:
            s.add_to_story("S1", aid, {"L:obus": 1.0}, date(2023, 9, 14))
        for gid, pred in [("G1", "recevoir"), ("G2", "rencontrer"), ("G3", "durer"), ("G4", "recevoir")]:
            s.create_group(gid, "S1", pred, gid, [])
    return s


def test_briefing_hedged_claims_never_lead_as_confirmed() -> None:
    with _store() as s:
        brief = build_briefing(s, "S1")
    kinds = {b["text"][:30]: b["kind"] for b in brief}
    assert brief[0]["kind"] != "hedged"
    rumour = next(b for b in brief if "obus" in b["text"] and b["kind"] != "disputed")
    assert rumour["kind"] == "hedged", kinds
    met = next(b for b in brief if "rencontrés" in b["text"])
    assert met["kind"] == "confirmed" and len(met["citations"]) == 2
    # confirmed before single source before hedged
    order = [b["kind"] for b in brief]
    assert order.index("confirmed") < order.index("hedged")


def test_briefing_leads_with_conflicts_and_names_both_sides() -> None:
    with _store() as s:
        c = {x.id: x for x in s.claims()}
        with s.transaction():
            s.add_contradiction("S1", "denial", c["a:c1"], c["c:c1"], "one account has it, the ministry denies it")
            s.add_contradiction("S1", "update", c["a:c2"], c["c:c2"], "a later report")
        brief = build_briefing(s, "S1")
    assert brief[0]["kind"] == "disputed"
    assert {x["article_id"] for x in brief[0]["citations"]} == {"a", "c"}
    assert all(b["kind"] != "contradicted" for b in brief)  # an update is no contradiction


def test_representative_is_the_outlets_common_fact_in_their_own_voice() -> None:
    """A group about a meeting is told by « X a rencontré Y », not by a spokesman's detail, nor by
    a long sentence the claim barely touches."""
    from recoupe.brief.briefing import representative

    def c(cid: str, aid: str, modality: str, text: str, sentence: str, lemmas: list[str]) -> Claim:
        return Claim(id=cid, article_id=aid, text=text, sentence=sentence, start=0, end=len(text), subject="",
                     predicate="rencontrer", modality=modality, lemmas=lemmas)  # type: ignore[arg-type]

    ms = [
        c("a:c1", "a", "reported", "Selon le porte-parole, les deux dirigeants discuteront de sujets sensibles",
          "Selon le porte-parole, les deux dirigeants discuteront de sujets sensibles.",
          ["dirigeant", "discuter", "sujet", "sensible"]),
        c("b:c1", "b", "asserted", "où il rencontrera le président",
          "Dans le cadre d'un rare voyage, le dirigeant partira en train blindé vers la côte, où il rencontrera le "
          "président.", ["rencontrer", "président"]),
        c("c:c1", "c", "asserted", "Le dirigeant a rencontré le président au cosmodrome",
          "Le dirigeant a rencontré le président au cosmodrome.", ["dirigeant", "rencontrer", "président",
                                                                   "cosmodrome"]),
    ]
    assert representative(ms).id == "c:c1"


def test_a_confirmed_line_tells_and_cites_the_pair_it_rests_on() -> None:
    """The group's best sentence (the outlet's own voice) is not what two sources confirm: the
    confirmed line tells the pair's fact and cites the pair's two articles first, marked."""
    from tests.report.confirming import PAIR, SUMMARY, confirming_store

    with confirming_store() as s:
        line = next(b for b in s.briefing("S1") if b["kind"] == "confirmed")
    assert line["text"] != SUMMARY and "a voté mardi" in line["text"]
    assert [c["claim_id"] for c in line["citations"][:2]] == list(PAIR)
    # p3 tells another fact of the group (the pool's attendance): not cited under the vote
    assert [bool(c.get("confirms")) for c in line["citations"]] == [True, True]
    assert {c["article_id"] for c in line["citations"]} == {"p1", "p2"}


def test_a_confirmed_line_falls_back_to_the_other_claim_of_its_pair() -> None:
    """The pair's best claim is a bare headline (too short to be a line): the line tells the pair's
    other claim instead of dropping a confirmed fact."""
    from tests.report.confirming import PAIR, POOL, confirming_store

    pool = {**POOL, "p1": ("Le conseil a voté, selon Paul Morel.", "reported", "Paul Morel")}
    with confirming_store(pool=pool) as s:
        lines = [b for b in s.briefing("S1") if b["kind"] == "confirmed"]
    assert [b["text"] for b in lines] == [POOL["p2"][0]]
    assert [c["claim_id"] for c in lines[0]["citations"][:2]] == list(PAIR)


def test_a_line_cites_its_own_article_through_the_claim_it_shows() -> None:
    """One firm source (p1), whose hedged claim on the pool comes first in its article: the line
    tells p1's firm claim, and p1's citation points at that claim, not at the earlier one."""
    from tests.report.confirming import HEDGED, POOL, confirming_store

    pool = {**POOL, "p2": (POOL["p2"][0].replace("a voté", "aurait voté"), "conditional", "Claire Vidal"),
            "p3": ("La piscine du quartier nord pourrait accueillir moins de nageurs l'an prochain.",
                   "conditional", "")}
    with confirming_store(pool=pool) as s:
        (line,) = [b for b in s.briefing("S1") if b["text"] == POOL["p1"][0]]
    assert line["kind"] == "single_source"
    cited = {c["article_id"]: c["claim_id"] for c in line["citations"]}
    # p2 tells the vote (hedged), p3 another fact of the group: only p2 is cited beside p1
    assert cited["p1"] == "p1:c1" and cited["p1"] != HEDGED[0] and set(cited) == {"p1", "p2"}
