"""A briefing line must stand alone: a sentence that is a noun phrase and its relative clause, with no
main clause (« Un outil ancien qui … »), leans on the sentence before it as a pronoun does
(brief32). Invented sentences, no spaCy."""

from __future__ import annotations

from datetime import date

from recoupe.brief import build_briefing
from recoupe.brief.briefing import _no_main_clause
from recoupe.model import Article, ArticleAnalysis, Claim
from recoupe.storage import Store

LEMMAS = ["méthode", "assurer", "repos", "gardien", "phare", "valbrune"]
# (article id, sentence, [(claim text, predicate, group)]); an article id's first letter is its outlet
Row = tuple[str, str, list[tuple[str, str, str]]]


def _store(rows: list[Row], opening: str = "Le vent a soufflé toute la nuit sur la côte. ") -> Store:
    s = Store.open(":memory:")
    published = date(2031, 5, 6)
    with s.transaction():
        s.create_story("S1", "valbrune")
        groups: set[str] = set()
        for aid, sentence, told in rows:
            # a sentence before the one told: a sentence with no main clause leans on it
            body = opening + sentence
            s.add_article(Article(id=aid, origin=f"{aid}.txt", text=body, outlet=f"outlet {aid[0]}",
                                  published=published), [(0, len(opening)), (len(opening), len(body))],
                          analysed_by="test")
            claims = []
            for i, (text, predicate, group) in enumerate(told, 1):
                at = body.index(text)
                claims.append(Claim(id=f"{aid}:c{i}", article_id=aid, text=text, sentence=sentence, start=at,
                                    end=at + len(text), subject="orage", predicate=predicate, modality="asserted",
                                    group_id=group, lemmas=LEMMAS, language="fr"))
                groups.add(group)
            s.save_analysis(ArticleAnalysis(aid, claims=claims))
            s.set_source(aid, aid, "")
            s.add_to_story("S1", aid, {"L:valbrune": 1.0}, published)
        for gid in sorted(groups):
            s.create_group(gid, "S1", "", gid, [])
    return s


REL = "qui assure le repos aux gardiens du phare de Valbrune"


def test_a_sentence_with_no_main_clause_is_no_line() -> None:
    with _store([("a", f"Une méthode éprouvée {REL}.", [(REL, "assurer", "G1")])]) as s:
        assert build_briefing(s, "S1") == []


def test_an_articles_opening_sentence_with_no_main_clause_is_still_a_line() -> None:
    # review revbrief32: an article opening on « Un incendie qui a ravagé … » leans on no sentence before it
    told = f"Une méthode éprouvée {REL}."
    with _store([("a", told, [(REL, "assurer", "G1")])], opening="") as s:
        assert [line["text"] for line in build_briefing(s, "S1")] == [told]


def test_a_relative_clause_in_a_sentence_with_its_main_clause_is_a_line() -> None:
    told = f"Les gardiens du phare de Valbrune ont adopté une méthode {REL}."
    main = "Les gardiens du phare de Valbrune ont adopté une méthode"
    with _store([("a", told, [(main, "adopter", "G0"), (REL, "assurer", "G1")])]) as s:
        texts = [line["text"] for line in build_briefing(s, "S1")]
    assert texts == [told]


def test_no_main_clause_is_read_on_the_claims_of_its_sentence() -> None:
    def claim(cid: str, text: str, sentence: str, language: str = "fr") -> Claim:
        return Claim(id=cid, article_id="a", text=text, sentence=sentence, start=0, end=len(text), subject="",
                     predicate="garder", modality="asserted", language=language)  # type: ignore[arg-type]

    told = "Une vieille grange qui abrite encore les archives du village."
    rel = claim("a:1", "qui abrite encore les archives du village", told)
    assert _no_main_clause(rel, [rel])
    # another claim of the sentence states a fact: its main clause
    sold = "Le maire a vendu une vieille grange qui abrite les archives."
    main = claim("a:2", "Le maire a vendu une vieille grange", sold)
    rel2 = claim("a:3", "qui abrite les archives", main.sentence)
    assert not _no_main_clause(rel2, [main, rel2])
    # a claim of another sentence is not its main clause
    assert _no_main_clause(rel, [rel, main])
    # a clause that states a fact, or one opening its sentence, is no relative clause leaning on a head
    fact = claim("a:4", "La grange abrite les archives", "La grange abrite les archives du village.")
    assert not _no_main_clause(fact, [fact])
    en = claim("e:1", "which still houses the village records", "An old barn which still houses the village records.",
               language="en")
    assert _no_main_clause(en, [en])


def test_a_main_clause_the_parse_missed_is_read_from_the_sentence() -> None:
    # counter-examples: a sentence that has its main clause, though the parse found no claim for it
    def alone(text: str, sentence: str) -> bool:
        c = Claim(id="a:1", article_id="a", text=text, sentence=sentence, start=0, end=len(text), subject="",
                  predicate="abriter", modality="asserted", language="fr")  # type: ignore[arg-type]
        return _no_main_clause(c, [c])

    # its predicate after the relative clause
    assert not alone("qui abrite les archives", "La vieille grange, qui abrite les archives, a brûlé mardi.")
    # a cleft (« c'est … qui »), a headline's rubric before a colon
    assert not alone("qui abrite les archives", "C'est la vieille grange qui abrite les archives.")
    assert not alone("qui abrite les archives", "Patrimoine : une vieille grange qui abrite les archives.")
    # a closing quotation mark is no predicate
    assert alone("qui abrite les archives", "« Une vieille grange qui abrite les archives »")


def test_a_main_clause_cut_by_the_parse_is_still_a_main_clause() -> None:
    told = "Les juges estiment que la grange abrite une collection qui n'est pas « protégée »."
    rel = Claim(id="a:1", article_id="a", text="qui n'est pas « protégée »", sentence=told, start=0, end=26,
                subject="", predicate="protéger", modality="asserted", language="fr")  # type: ignore[arg-type]
    content = Claim(id="a:2", article_id="a", text="que la grange abrite une collection", sentence=told, start=0,
                    end=35, subject="", predicate="abriter", modality="asserted", language="fr")  # type: ignore[arg-type]
    verb = Claim(id="a:3", article_id="a", text="ont donné l'alerte", sentence=told, start=0, end=18, subject="",
                 predicate="donner", modality="asserted", language="fr")  # type: ignore[arg-type]
    assert _no_main_clause(rel, [rel])
    assert not _no_main_clause(rel, [rel, content])
    assert not _no_main_clause(rel, [rel, verb])
