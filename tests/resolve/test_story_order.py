"""Stories do not depend on the order the inputs come in (issue 13: the same files in any order)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from recoupe.pipeline import build
from recoupe.storage import Store

# Three stories told by several outlets over three days, plus an unrelated item: invented texts.
ARTICLES = [
    ("seisme-1", "2026-03-02", "Séisme de magnitude 6,1 dans le sud de la Turquie",
     "Un séisme de magnitude 6,1 a frappé lundi la province de Hatay, dans le sud de la Turquie, selon "
     "l'agence turque AFAD. Les secours recherchent des survivants dans les décombres d'immeubles effondrés."),
    ("seisme-2", "2026-03-02", "Turquie : au moins douze morts après un tremblement de terre dans la province de Hatay",
     "Le bilan du tremblement de terre qui a touché la province de Hatay s'élève à douze morts, a annoncé "
     "l'AFAD. Des centaines de secouristes fouillent les bâtiments détruits à Antakya."),
    ("seisme-3", "2026-03-03", "Séisme en Turquie : le bilan s'alourdit à Hatay",
     "Le séisme de lundi dans la province turque de Hatay a fait au moins vingt morts, selon un nouveau "
     "bilan de l'AFAD. Le président turc s'est rendu à Antakya pour rencontrer les secouristes."),
    ("greve-1", "2026-03-02", "Grève à la SNCF : trafic très perturbé mardi sur les TGV",
     "La SNCF prévoit un TGV sur deux mardi en raison de la grève lancée par les syndicats de cheminots "
     "contre la réforme des retraites. Les TER sont aussi très touchés en Île-de-France."),
    ("greve-2", "2026-03-03", "Grève SNCF : les syndicats de cheminots reconduisent le mouvement",
     "Les syndicats de cheminots de la SNCF ont voté la reconduction de la grève contre la réforme des "
     "retraites. Le trafic des TGV restera perturbé mercredi, prévient la direction."),
    ("greve-3", "2026-03-04", "SNCF : la grève des cheminots se poursuit, un TGV sur trois mercredi",
     "La grève des cheminots contre la réforme des retraites entre dans son troisième jour à la SNCF, "
     "avec un TGV sur trois en circulation selon la direction de l'entreprise."),
    ("foot-1", "2026-03-03", "Ligue des champions : le PSG s'impose face au Bayern Munich",
     "Le Paris Saint-Germain a battu le Bayern Munich deux buts à un mardi soir au Parc des Princes en "
     "huitième de finale aller de la Ligue des champions."),
    ("foot-2", "2026-03-04", "PSG-Bayern Munich : Paris prend une option sur les quarts de finale",
     "Vainqueur du Bayern Munich deux à un au Parc des Princes, le Paris Saint-Germain prend l'avantage "
     "avant le match retour de Ligue des champions à Munich."),
    ("vin-1", "2026-03-04", "Les vendanges en avance dans le Bordelais",
     "Les viticulteurs du Bordelais commencent les vendanges avec deux semaines d'avance, une conséquence "
     "de la chaleur de l'été sur la maturité du raisin."),
]


def _write(folder: Path, order: list[int], per_file: int) -> list[str]:
    folder.mkdir()
    paths = []
    for f, start in enumerate(range(0, len(order), per_file)):
        path = folder / f"part{f}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for i in order[start:start + per_file]:
                slug, day, title, text = ARTICLES[i]
                out.write(json.dumps({"url": f"https://example.org/{slug}", "published": day, "title": title,
                                      "text": f"{title}\n\n{text}", "outlet": f"outlet{i % 4}"},
                                     ensure_ascii=False) + "\n")
        paths.append(str(path))
    return paths


def _stories(db: Path) -> tuple[dict[str, str], set[frozenset[str]]]:
    with Store.open(db) as s:
        by_url = {r["url"]: r["story_id"] for r in s.article_rows()}
    members: dict[str, set[str]] = {}
    for url, sid in by_url.items():
        members.setdefault(sid, set()).add(url)
    return by_url, {frozenset(m) for m in members.values()}


@pytest.mark.model
def test_stories_same_files_in_any_order_give_the_same_stories(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    n = len(ARTICLES)
    forward = _write(tmp_path / "fwd", list(range(n)), per_file=3)
    backward = _write(tmp_path / "bwd", [(i * 4) % n for i in range(n)][::-1], per_file=2)
    results = []
    for name, paths in (("fwd.db", forward), ("bwd.db", list(reversed(backward)))):
        with Store.open(tmp_path / name) as s:
            assert build(s, paths, nlp=nlp).added == n
        results.append(_stories(tmp_path / name))
    (ids_a, groups_a), (ids_b, groups_b) = results
    assert groups_a == groups_b  # the same memberships
    assert ids_a == ids_b  # and the same story ids
    # and the stories are the ones told: each multi-article story holds together
    url = "https://example.org/{}".format
    assert len({ids_a[url(f"greve-{k}")] for k in (1, 2, 3)}) == 1
    assert ids_a[url("greve-1")] != ids_a[url("seisme-1")]
    assert ids_a[url("vin-1")] not in {ids_a[url("greve-1")], ids_a[url("seisme-1")], ids_a[url("foot-1")]}


def _claims_follow_their_stories(s: Store) -> None:
    """Everything the per-story claim stages wrote agrees with where the articles now are."""
    story_of = {r["id"]: r["story_id"] for r in s.article_rows()}
    group_story = {g["id"]: g["story_id"] for g in s.groups()}
    claims = {c.id: c for c in s.claims()}
    for c in claims.values():
        assert c.group_id, c.id  # every claim grouped
        assert group_story[c.group_id] == story_of[c.article_id], (c.id, c.group_id)
    for row in s.contradictions(updates=True):
        for side in ("a", "b"):
            assert row[f"group_{side}"] == claims[row[f"claim_{side}"]].group_id
    stamps = s.db.execute("SELECT story_id, claim_id FROM claim_terms UNION SELECT story_id, claim_id"
                          " FROM conflict_keys WHERE story_id != '*'").fetchall()
    assert all(story_of[claims[cid].article_id] == sid for sid, cid in stamps)
    sizes = {r["id"]: r["size"] for r in s.stories()}
    members = Counter(story_of.values())
    assert sizes == dict(members)  # no story left empty, every size right


@pytest.mark.model
def test_stories_reread_moves_an_article_with_its_claims(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    """An article moved by the re-reading pass takes its claims along (move_claims): they leave
    the groups, components, postings and contradictions of the story it left and join the
    components of the story it joined, as a new article's would."""
    from recoupe.pipeline import move_claims
    from recoupe.settings import Settings

    paths = _write(tmp_path / "in", list(range(len(ARTICLES))), per_file=4)
    settings = Settings.load(stories__reread=False)
    with Store.open(tmp_path / "s.db") as s:
        build(s, paths, nlp=nlp, settings=settings)
        _claims_follow_their_stories(s)
        by_url = {r["url"]: r for r in s.article_rows()}
        quake, strike = by_url["https://example.org/seisme-3"], by_url["https://example.org/greve-1"]
        assert quake["story_id"] != strike["story_id"]
        mine = [c.id for c in s.claims(article_id=quake["id"])]
        kept = {c.id: c.group_id for c in s.claims(story_id=strike["story_id"])}
        left = [c.id for c in s.claims(story_id=quake["story_id"]) if c.article_id != quake["id"]]
        assert mine and kept and left
        with s.transaction():  # move one quake article into the strike story, as the pass would
            s.remove_from_story(quake["story_id"], quake["id"], {})
            s.add_to_story(strike["story_id"], quake["id"], {}, None)
            assert move_claims(s, [quake["id"]], settings) >= len(mine)
        _claims_follow_their_stories(s)
        strike_groups = {g["id"] for g in s.groups(strike["story_id"])}
        assert {s.claim(c).group_id for c in mine} <= strike_groups
        # the strike's own claims were not touched: a quake claim states none of its facts
        assert {c: s.claim(c).group_id for c in kept} == kept
        assert all(s.claim(c).group_id not in strike_groups for c in left)  # the others stay behind


@pytest.mark.model
def test_stories_reread_leaves_a_consistent_store(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    from recoupe.settings import Settings

    paths = _write(tmp_path / "in", list(range(len(ARTICLES))), per_file=4)
    settings = Settings.load(stories__reread=True)
    with Store.open(tmp_path / "s.db") as s:
        summary = build(s, paths, nlp=nlp, settings=settings)
        _claims_follow_their_stories(s)
        assert summary.stories_touched == {r["story_id"] for r in s.article_rows()}
        again = build(s, paths, nlp=nlp, settings=settings)  # re-ingesting: nothing added, nothing re-read
        assert again.added == 0 and again.moved == 0


@pytest.mark.model
def test_stories_merge_pass_moves_a_whole_story_with_its_claims(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    """The merge pass (``stories.merge_ratio``) puts a whole story into another, its claims along:
    here the strike's three articles, as if each had scored the quake's story over the threshold."""
    from recoupe.pipeline import merge_stories
    from recoupe.settings import Settings

    paths = _write(tmp_path / "in", list(range(len(ARTICLES))), per_file=4)
    settings = Settings.load(stories__reread=False)
    with Store.open(tmp_path / "s.db") as s:
        build(s, paths, nlp=nlp, settings=settings)
        by_url = {r["url"]: r for r in s.article_rows()}
        strike = [by_url[f"https://example.org/greve-{k}"] for k in (1, 2, 3)]
        quake = by_url["https://example.org/seisme-1"]["story_id"]
        gone = strike[0]["story_id"]
        assert {r["story_id"] for r in strike} == {gone} != {quake} and s.story_size(quake) == 3
        last = {r["id"]: (gone, {quake: 0.5}) for r in strike}
        assert merge_stories(s, last, 0.6, 1.0, settings) == (0, set(), set())  # under the threshold: nothing
        assert merge_stories(s, last, 0.4, 1.0, settings) == (3, {quake}, {gone})
        assert s.story(gone) is None and s.story_size(quake) == 6
        assert {r["story_id"] for r in s.article_rows() if r["url"].startswith("https://example.org/greve")} == {quake}
        _claims_follow_their_stories(s)
        assert any(c.article_id == strike[0]["id"] for c in s.claims(story_id=quake))
