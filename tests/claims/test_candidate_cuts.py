"""The candidate loops' cheap tests (speed: the same answers, fewer pairs read in full): the link
before the vetoes in :func:`assign_group`, the pairs :func:`learned_links` leaves out before its
vetoes (:func:`never_linked`), the rarest terms and a claim's content keys read without a key per word."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

import recoupe.claims.groups as groups
from recoupe.claims.contradictions import _content_keys
from recoupe.claims.groups import (
    PairScores,
    _Features,
    _rarest,
    assign_group,
    cannot_be_one_fact,
    frame_link,
    learned_links,
    learned_probability,
    never_linked,
)
from recoupe.claims.pairscore import LINK, probability
from recoupe.model import Article, ArticleAnalysis, Claim
from recoupe.storage import Store


def _claim(cid: str, text: str, predicate: str, lemmas: list[str], **kw: object) -> Claim:
    return Claim(id=cid, article_id=cid.split(":")[0], text=text, sentence=text, start=0, end=len(text),
                 subject="", predicate=predicate, lemmas=lemmas, **kw)  # type: ignore[arg-type]


def _stored(store: Store, c: Claim) -> Claim:
    if not store.has_article(c.article_id):
        store.add_article(Article(id=c.article_id, origin=c.article_id, text=c.text), [], "")
    store.save_analysis(ArticleAnalysis(article_id=c.article_id, claims=[c]))
    return c


# invented accounts of one small story: a footbridge opened, planned and done, the injured counted
# on it, and two deaths dated apart
OPENED = _claim("a:c1", "La passerelle du port a été inaugurée par la maire", "inaugurer",
                ["passerelle", "port", "inaugurer", "maire"], time="2026-03-02")
OPENED2 = _claim("b:c1", "La maire inaugure la passerelle du port", "inaugurer",
                 ["maire", "inaugurer", "passerelle", "port"], time="2026-03-02")
COUNTED = _claim("c:c1", "Trois promeneurs se sont blessés sur la passerelle du port", "blesser",
                 ["promeneur", "blesser", "passerelle", "port"], time="2026-03-02")
PLANNED = _claim("d:c1", "La maire doit inaugurer la passerelle du port", "inaugurer",
                 ["maire", "inaugurer", "passerelle", "port"], planned=True, time="2026-02-20")
FELL = _claim("e:c1", "Un ouvrier est mort près du port", "mourir", ["ouvrier", "mourir", "port"],
              time="2026-03-01")
FELL2 = _claim("f:c1", "Un ouvrier est mort près du port", "mourir", ["ouvrier", "mourir", "port"],
               time="2026-03-09")


def test_never_linked_pairs_score_zero_and_are_never_frame_linked() -> None:
    assert LINK > 0.0  # a pair scored 0 is then never a link, nor a best match hiding one
    feats = {c.id: _Features(c, "2026-03-02") for c in (OPENED, OPENED2, COUNTED, PLANNED, FELL, FELL2)}
    cut = [(x, y) for x in feats for y in feats if x < y and never_linked(feats[x], feats[y])]
    # a count against none, a plan against the deed on another day, another occurrence
    assert {("a:c1", "c:c1"), ("a:c1", "d:c1"), ("e:c1", "f:c1")} <= set(cut)
    assert not never_linked(feats["a:c1"], feats["b:c1"])
    for x, y in cut:
        assert learned_probability(feats[x], feats[y], probability) == 0.0
        assert not frame_link(feats[x], feats[y]) and not frame_link(feats[y], feats[x])


def _links_scoring_every_pair(feats: Sequence[_Features]) -> set[tuple[int, int]]:
    """learned_links as it was before :func:`never_linked`: every pair not vetoed is scored."""
    scored: dict[tuple[int, int], float] = {}
    best: dict[tuple[int, str], tuple[float, int]] = {}
    framed: set[tuple[int, int]] = set()
    for i, a in enumerate(feats):
        for j in range(i + 1, len(feats)):
            b = feats[j]
            if cannot_be_one_fact(a, b):
                continue
            if frame_link(a, b):
                framed.add((i, j))
            p = scored[(i, j)] = learned_probability(a, b, probability)
            for u, v in ((i, j), (j, i)):
                key = (u, feats[v].claim.article_id)
                if key not in best or p > best[key][0]:
                    best[key] = (p, v)
    return framed | {(i, j) for (i, j), p in scored.items() if p >= LINK
                     and best[(i, feats[j].claim.article_id)][1] == j and best[(j, feats[i].claim.article_id)][1] == i}


def test_learned_links_without_the_never_linked_pairs_are_the_same() -> None:
    claims = [OPENED, OPENED2, COUNTED, PLANNED, FELL, FELL2,
              _claim("b:c2", "Trois promeneurs se sont blessés sur la passerelle du port lundi", "blesser",
                     ["promeneur", "blesser", "passerelle", "port", "lundi"], time="2026-03-02")]
    feats = [_Features(c, "2026-03-02") for c in sorted(claims, key=lambda c: c.id)]
    links = learned_links(feats)
    assert links  # the inauguration told twice
    assert links == _links_scoring_every_pair(feats)
    # the scores kept ahead: -1 for a pair left out or vetoed, else learned_probability's
    scores = PairScores.of(feats)
    assert learned_links(feats, ahead=[(scores, k) for k in range(len(feats))]) == links
    at = 0
    for k, a in enumerate(feats):
        for b in feats[k + 1:]:
            p = learned_probability(a, b, probability)
            assert scores.probs[at] == (-1.0 if never_linked(a, b) or cannot_be_one_fact(a, b) else p)
            at += 1


def test_assign_group_asks_the_vetoes_only_of_a_candidate_the_link_takes(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    real = groups.same_fact_possible

    def counting(*args: str) -> bool:
        asked.append(args[4])
        return real(*args)

    monkeypatch.setattr(groups, "same_fact_possible", counting)
    first = assign_group(store, _stored(store, OPENED), "s1", set(OPENED.lemmas))
    far = _claim("g:c1", "Le conseil vote le budget des écoles du port", "voter",
                 ["conseil", "voter", "budget", "école", "port"])
    assert assign_group(store, _stored(store, far), "s1", set(far.lemmas)) != first
    assert asked == []  # a candidate sharing one word: no link, no veto asked
    assert assign_group(store, _stored(store, OPENED2), "s1", set(OPENED2.lemmas)) == first
    assert asked == ["inaugurer"]
    # a veto still keeps apart what the link takes: the negated account
    denied = _claim("h:c1", "La maire n'a pas inauguré la passerelle du port", "inaugurer",
                    ["maire", "inaugurer", "passerelle", "port"], negated=True, time="2026-03-02")
    assert assign_group(store, _stored(store, denied), "s1", set(denied.lemmas)) != first


def test_rarest_terms_by_frequency_then_alphabet(store: Store) -> None:
    df = {"L:quai": 5, "L:grue": 1, "L:dock": 1, "L:port": 9, "L:navire": 2}
    sig = {"quai", "grue", "dock", "port", "navire", "~transport"}
    assert _rarest(store, sig, k=3, df=df) == ["dock", "grue", "navire", "~transport"]
    assert _rarest(store, sig, k=1, df=df) == ["dock", "~transport"]


def test_content_keys_are_the_eight_longest_stems_alphabetical_on_ties() -> None:
    c = _claim("a:c1", "Les dockers bloquent les grues, les quais, les navires, les ponts et les hangars du grand "
                       "port fluvial", "bloquer", [])
    # nine five-letter stems and one of four: the four-letter one goes, then the last in the alphabet
    assert _content_keys(c) == {"bloqu", "docke", "fluvi", "grand", "grues", "hanga", "navir", "ponts"}


def test_a_counterfactual_is_never_linked_to_the_event_it_imagines() -> None:
    # invented English accounts: the ferry reached the island; another outlet reports it as hearsay;
    # a third says what it would have done without the storm (it did not)
    words = ["ferry", "reach", "island", "harbour", "noon"]
    done = _claim("a:c1", "The ferry reached the island harbour at noon", "reach", words, language="en")
    heard = _claim("b:c1", "The ferry would reach the island harbour at noon", "reach", words, language="en",
                   modality="conditional", cue="would")
    imagined = _claim("c:c1", "The ferry would have reached the island harbour at noon", "reach", words,
                      language="en", modality="conditional", cue="would have")
    again = _claim("d:c1", "Without the storm the ferry would have reached the island harbour at noon", "reach",
                   [*words, "storm"], language="en", modality="conditional", cue="would have")
    f = {c.id: _Features(c, "2026-03-02") for c in (done, heard, imagined, again)}
    assert f["c:c1"].counterfactual and not f["b:c1"].counterfactual
    # the hearsay of the event may be the event; what would have happened is not
    assert frame_link(f["a:c1"], f["b:c1"]) and not never_linked(f["a:c1"], f["b:c1"])
    for x, y in (("a:c1", "c:c1"), ("b:c1", "c:c1")):
        assert never_linked(f[x], f[y]) and never_linked(f[y], f[x])
        assert not frame_link(f[x], f[y]) and not frame_link(f[y], f[x])
        assert learned_probability(f[x], f[y], probability) == 0.0
    # two counterfactuals of one event may still be one statement
    assert not never_linked(f["c:c1"], f["d:c1"])
