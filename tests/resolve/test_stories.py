from __future__ import annotations

from collections import Counter
from datetime import date

import numpy as np

from recoupe.model import Article
from recoupe.nlp.meaning import from_bytes, to_bytes
from recoupe.resolve.stories import (
    MEANING_BANDS,
    assign_story,
    event_classes,
    meaning_keys,
    reread_story,
    specific_places,
)
from recoupe.storage import Store


def _add(store: Store, aid: str, terms: dict[str, int], day: int) -> str:
    store.add_article(Article(id=aid, origin=aid, text=aid, published=date(2026, 8, day)), [], "")
    return assign_story(store, aid, Counter(terms), date(2026, 8, day), aid)[0]


def test_stories_related_articles_share_a_story_and_others_do_not(store: Store) -> None:
    quake = {"E:e1": 3, "L:séisme": 4, "L:magnitude": 2, "L:secours": 2, "E:e2": 1}
    s1 = _add(store, "a", quake, 14)
    s2 = _add(store, "b", {**quake, "L:bilan": 3}, 15)
    s3 = _add(store, "c", {"E:e9": 3, "L:football": 4, "L:transfert": 3, "L:mercato": 2}, 15)
    assert s1 == s2 != s3
    assert store.story_size(s1) == 2


def test_stories_window_closes_old_stories(store: Store) -> None:
    terms = {"E:e1": 3, "L:grève": 4, "L:syndicat": 2}
    s1 = _add(store, "a", terms, 1)
    s2 = _add(store, "b", terms, 28)  # three weeks later: a new story
    assert s1 != s2


def _vec(seed: int, near: np.ndarray | None = None, noise: float = 0.3) -> bytes:
    """A stored meaning vector: random, or ``near`` another one plus some noise."""
    rng = np.random.default_rng(seed)
    v = rng.standard_normal(512) if near is None else near + noise * rng.standard_normal(512)
    return to_bytes(v / np.linalg.norm(v))


def _put(store: Store, aid: str, terms: dict[str, int], day: date, meaning: bytes, language: str = "fr",
         **kw: object) -> str:
    store.add_article(Article(id=aid, origin=aid, text=aid, published=day, language=language), [], "")
    return assign_story(store, aid, Counter(terms), day, aid, meaning=meaning, meaning_weight=0.5,
                        language=language, threshold=0.4, **kw)[0]  # type: ignore[arg-type]


def test_stories_meaning_keys_are_stable_and_shared_by_near_vectors() -> None:
    base = np.random.default_rng(1).standard_normal(512)
    a, b = from_bytes(_vec(2, base, 0.2)), from_bytes(_vec(3, base, 0.2))
    far = from_bytes(_vec(4))
    assert meaning_keys(a) == meaning_keys(a.copy())
    assert len(meaning_keys(a)) == MEANING_BANDS
    assert set(meaning_keys(a)) & set(meaning_keys(b))  # cosine about 0.96: most bands agree
    assert len(set(meaning_keys(a)) & set(meaning_keys(b))) > len(set(meaning_keys(a)) & set(meaning_keys(far)))
    assert meaning_keys(np.zeros(512, dtype=np.int64)) == []


def test_stories_translation_joins_its_original_across_languages(store: Store) -> None:
    base = np.random.default_rng(7).standard_normal(512)
    on = {"meaning_candidates": 5, "cross_language_margin": 0.1}
    fr = _put(store, "fr", {"L:séisme": 3, "L:secours": 2}, date(2026, 8, 14), _vec(8, base, 0.2), **on)
    _put(store, "x", {"L:grève": 3, "L:rail": 2}, date(2026, 8, 14), _vec(9), **on)
    # the English version shares no word with the French one: without its meaning's keys the
    # French story is not even compared with it
    off = _put(store, "en0", {"L:earthquake": 3, "L:rescue": 2}, date(2026, 8, 14), _vec(10, base, 0.2), "en")
    assert off != fr
    en = _put(store, "en1", {"L:quake": 3, "L:rescuer": 2}, date(2026, 8, 14), _vec(11, base, 0.2), "en", **on)
    assert en == fr and store.story_size(fr) == 2


def test_stories_time_decay_keeps_events_weeks_apart_in_separate_stories() -> None:
    base = np.random.default_rng(12).standard_normal(512)
    saga = [("a", {"E:e1": 3, "L:shutdown": 4, "L:budget": 2}, date(2026, 1, 2)),
            ("b", {"E:e1": 3, "L:shutdown": 3, "L:congrès": 2}, date(2026, 1, 4)),
            ("c", {"E:e1": 3, "L:urgence": 3, "L:mur": 2}, date(2026, 1, 20))]
    stories = {}
    for decay in (0.0, 0.02):
        with Store.open(":memory:") as s:
            stories[decay] = [_put(s, aid, terms, day, _vec(13 + i, base, 1.0), time_decay=decay)
                              for i, (aid, terms, day) in enumerate(saga)]
    assert stories[0.0] == ["s1", "s1", "s1"]  # the 21-day window alone: one story
    # two days apart is within the grace; sixteen days after the story's last article costs 0.26
    assert stories[0.02] == ["s1", "s1", "s2"]


def test_stories_event_signals_name_the_event_class_and_the_places_below_a_country() -> None:
    assert event_classes(["brûler", "ravager", "annoncer", "hectare"]) == {"burn"}
    assert event_classes(["annoncer", "réunion"]) == frozenset()
    places = specific_places([("e1", "LOC", "France"), ("e2", "LOC", "Mimizan"), ("e3", "PER", "Jean Dupont"),
                              ("", "LOC", "Biscarrosse"), ("e4", "LOC", "la Gironde")])
    assert places == {"e2", "e4"}  # a country does not tell two fires apart; an unresolved mention is skipped


def _fires(fires: list[tuple[str, dict[str, int], set[str]]], veto: float, events: frozenset[str]) -> list[str]:
    with Store.open(":memory:") as s:
        out = []
        for aid, terms, places in fires:
            s.add_article(Article(id=aid, origin=aid, text=aid, published=date(2026, 8, 14)), [], "")
            out.append(assign_story(s, aid, Counter(terms), date(2026, 8, 14), aid, threshold=0.4, events=events,
                                    places=frozenset(places), place_veto=veto)[0])
        return out


def test_stories_place_veto_keeps_one_kind_of_event_in_two_places_apart() -> None:
    words = {"L:incendie": 3, "L:hectare": 2, "L:feu": 2, "L:pompier": 2}
    fires = [("a", {**words, "E:e1": 2}, {"e1"}),  # a fire in one town
             ("b", {**words, "E:e2": 2}, {"e2"}),  # the same words, another town
             ("c", {**words, "E:e1": 2, "L:nuit": 1}, {"e1"})]  # the first fire again
    burn = frozenset({"burn"})
    assert _fires(fires, 0.0, burn) == ["s1", "s1", "s1"]
    assert _fires(fires, 0.3, burn) == ["s1", "s2", "s1"]
    # no event class, or no place below a country on one side: the places do not count
    assert _fires(fires, 0.3, frozenset()) == ["s1", "s1", "s1"]
    assert _fires([fires[0], (*fires[1][:2], set())], 0.3, burn) == ["s1", "s1"]


def test_stories_a_shared_figure_joins_a_development_told_with_other_words() -> None:
    from recoupe.resolve.stories import figure_keys

    keys = figure_keys(["#n:mort", "#e:kill", "#n:foyer:42", "#n:foyer:43", "#n:foyer:30", "#n:foyer:31"], "fr")
    # the buckets of a figure >= 10,000 (1.25^42 is 11,600; 1.25^30 is 808), not the bare tally
    assert keys == {"#n:foyer:42", "#n:foyer:43"}
    assert figure_keys(["#n:foyer:42"], "en") == frozenset()  # the things are read with French lexicons
    outage = ("a", {"L:panne": 3, "L:électricité": 2, "L:réseau": 2, "E:e1": 2}, keys)
    inquiry = ("b", {"L:enquête": 3, "L:parquet": 2, "L:panne": 2, "L:réseau": 2}, keys)
    got = {}
    for bonus in (0.0, 0.3):
        with Store.open(":memory:") as s:
            got[bonus] = []
            for aid, terms, figures in (outage, inquiry):
                s.add_article(Article(id=aid, origin=aid, text=aid, published=date(2026, 8, 14)), [], "")
                got[bonus].append(assign_story(s, aid, Counter(terms), date(2026, 8, 14), aid, threshold=0.4,
                                               figures=frozenset(figures), figure_bonus=bonus)[0])
    assert got[0.0] == ["s1", "s2"]  # few shared words: another story
    assert got[0.3] == ["s1", "s1"]  # the same figure of the same thing: the same fact


# The re-reading pass (stories.reread). A fire story (x) and a strike story (y); the strike article
# « bridge » also names the fire's place once. Coming right after the first fire article, before any
# strike article, it joins the fire story (the only one there is); coming after a strike article,
# it joins the strike. Re-read against the final stories, it is with the strike whatever the order.
_FIRE = {"E:e1": 3, "L:incendie": 4, "L:forêt": 2, "L:pompier": 2}
_STRIKE = {"E:e2": 3, "L:grève": 4, "L:syndicat": 2, "L:rail": 2}
_REREAD = {
    "bridge": {"E:e1": 1, "L:grève": 2, "L:syndicat": 2, "L:rail": 2},
    "x1": _FIRE, "x2": {**_FIRE, "L:bilan": 2}, "x3": {**_FIRE, "L:hectare": 2},
    "y1": _STRIKE, "y2": {**_STRIKE, "L:trafic": 2}, "y3": {**_STRIKE, "L:cheminot": 2},
}


def _partition(store: Store) -> list[list[str]]:
    by: dict[str, list[str]] = {}
    for r in store.article_rows():
        by.setdefault(r["story_id"], []).append(r["id"])
    return sorted(sorted(v) for v in by.values())


def _reread_build(order: list[str]) -> tuple[list[list[str]], list[list[str]], Store]:
    s = Store.open(":memory:")
    day = date(2026, 8, 14)
    kept = []
    with s.transaction():
        for aid in order:
            s.add_article(Article(id=aid, origin=aid, text=aid, published=day), [], "")
            posted: dict[str, float] = {}
            assign_story(s, aid, Counter(_REREAD[aid]), day, aid, threshold=0.3, posted=posted)
            kept.append((aid, posted))
        forward = _partition(s)
        for aid, posted in kept:
            old = s.article_row(aid)["story_id"]
            reread_story(s, aid, old, posted, Counter(_REREAD[aid]), day, aid, threshold=0.3)
    return forward, _partition(s), s


def test_stories_reread_moves_an_early_article_to_the_story_it_belongs_to_whatever_the_order() -> None:
    strike = ["bridge", "y1", "y2", "y3"]
    fire = ["x1", "x2", "x3"]
    early, after_early, s1 = _reread_build(["x1", "bridge", "x2", "x3", "y1", "y2", "y3"])
    late, after_late, s2 = _reread_build(["y1", "bridge", "y2", "y3", "x1", "x2", "x3"])
    assert early == [["bridge", "x1", "x2", "x3"], ["y1", "y2", "y3"]]  # the forward pass got it wrong
    assert late == [strike, fire]
    assert after_early == after_late == [strike, fire]  # the same stories after the pass
    for s in (s1, s2):
        sizes = {r["id"]: r["size"] for r in s.stories()}
        for members in _partition(s):
            assert sizes[s.article_row(members[0])["story_id"]] == len(members)
        s.close()


def test_stories_reread_takes_the_article_out_of_its_story_exactly() -> None:
    """What a story holds after an article left is what it held before the article came."""
    s = Store.open(":memory:")
    posted: dict[str, dict[str, float]] = {}
    days = {"x1": date(2026, 8, 14), "x2": date(2026, 8, 15), "x3": date(2026, 8, 20)}
    with s.transaction():
        held = []
        for aid, day in days.items():
            s.add_article(Article(id=aid, origin=aid, text=aid, title=f"titre {aid}", published=day), [], "")
            posted[aid] = {}
            sid = assign_story(s, aid, Counter(_REREAD[aid]), day, aid, threshold=0.3, posted=posted[aid])[0]
            held.append(dict(s.story_terms(sid)))
        assert s.story_size(sid) == 3 and s.story_dates(sid) == ("2026-08-14", "2026-08-20")
        assert s.remove_from_story(sid, "x3", posted["x3"]) == 2
        assert s.story_terms(sid).keys() == held[1].keys()
        assert all(abs(w - held[1][t]) < 1e-9 for t, w in s.story_terms(sid).items())
        assert s.story_dates(sid) == ("2026-08-14", "2026-08-15")  # the dates of the articles left
        s.remove_from_story(sid, "x1", posted["x1"])
        assert s.story(sid)["label"] == "titre x2"  # its first article's, as when a story is made
        assert s.story_terms(sid).keys() == posted["x2"].keys()
        s.remove_from_story(sid, "x2", posted["x2"])
        assert s.story_terms(sid) == {} and s.story_size(sid) == 0 and s.story_dates(sid) == (None, None)
        s.drop_story(sid)
        assert s.story(sid) is None
    s.close()


# The second re-reading pass (stories.reread_again). An event's story (m) and a sub-event told by two
# articles (b1, b2: the inquiry) that the forward pass put apart. In the first pass b2, read before
# b1, is still held by b1; b1 then leaves for the event's story. Only a second pass sees b2 alone,
# beside a story that now holds the inquiry's words too.
_EVENT = {"E:e1": 3, "L:piratage": 3, "L:fisc": 2, "L:impot": 2}
_AGAIN = {
    "m1": _EVENT, "m2": {**_EVENT, "L:bilan": 2}, "m3": {**_EVENT, "L:victime": 2},
    "b1": {"L:enquete": 3, "L:parquet": 3, "L:fisc": 1, "L:impot": 2, "E:e1": 3, "L:ouvrir": 1, "L:bilan": 3},
    "b2": {"L:enquete": 3, "L:parquet": 3, "L:piratage": 3, "L:fisc": 3, "L:impot": 1, "L:bilan": 1},
}


def _again_build(again: float) -> tuple[list[list[str]], list[list[str]], int]:
    from recoupe.pipeline import StoryInput, reread_stories, story_settings
    from recoupe.settings import Settings

    settings = Settings.load(stories__reread_again=again)
    s = Store.open(":memory:")
    day = date(2026, 8, 14)
    inputs = []
    with s.transaction():
        for aid in ["m1", "b2", "b1", "m2", "m3"]:
            s.add_article(Article(id=aid, origin=aid, text=aid, published=day), [], "")
            posted: dict[str, float] = {}
            assign_story(s, aid, Counter(_AGAIN[aid]), day, aid, posted=posted, **story_settings(settings))
            inputs.append(StoryInput(aid, Counter(_AGAIN[aid]), day, aid, None, {}, posted))
    forward = _partition(s)
    moved = reread_stories(s, inputs, settings)[0]
    after = _partition(s)
    s.close()
    return forward, after, moved


def test_stories_reread_again_follows_a_sub_event_whose_other_article_left() -> None:
    forward, one_pass, moved = _again_build(0.0)
    assert forward == [["b1", "b2"], ["m1", "m2", "m3"]]
    assert one_pass == [["b1", "m1", "m2", "m3"], ["b2"]] and moved == 1
    forward, two_passes, moved = _again_build(0.1)
    assert forward == [["b1", "b2"], ["m1", "m2", "m3"]]
    assert two_passes == [["b1", "b2", "m1", "m2", "m3"]] and moved == 2


# An article that moves in the first re-reading pass and again in the second (a build keeps the
# inputs on disk, a Spill, read back fresh for each pass). ``fil`` starts a story; ``marche`` and
# ``pont`` go their ways; ``sommet`` ends alone. Terms invented.
_TWICE = [("fil", {"L:canal": 1, "L:vanne": 2, "L:digue": 2}),
          ("marche", {"L:crue": 3, "L:barrage": 3, "L:digue": 3, "L:vanne": 3, "E:e1": 2}),
          ("sommet", {"L:canal": 1, "L:écluse": 1, "L:digue": 2, "E:e3": 1}),
          ("pont", {"L:canal": 3, "E:e1": 2})]


def _twice_build(spill: bool) -> tuple[list[list[str]], dict[str, dict[str, float]], int]:
    from recoupe.pipeline import Spill, StoryInput, reread_stories, story_settings
    from recoupe.settings import Settings

    settings = Settings.load(stories__reread_again=0.1)
    s = Store.open(":memory:")
    day = date(2026, 8, 14)
    inputs: list[StoryInput] | Spill = Spill() if spill else []
    with s.transaction():
        for aid, terms in _TWICE:
            s.add_article(Article(id=aid, origin=aid, text=aid, published=day), [], "")
            posted: dict[str, float] = {}
            assign_story(s, aid, Counter(terms), day, aid, posted=posted, **story_settings(settings))
            inputs.append(StoryInput(aid, Counter(terms), day, aid, None, {}, posted))
    moved = reread_stories(s, inputs, settings)[0]
    if isinstance(inputs, Spill):
        inputs.close()
    by_story = {r["id"]: {t: round(w, 9) for t, w in s.story_terms(r["story_id"]).items() if t[:2] != "h:"}
                for r in s.article_rows()}
    out = _partition(s), by_story, moved
    s.close()
    return out


def test_stories_reread_from_disk_takes_an_article_out_of_the_story_the_first_pass_put_it_in() -> None:
    listed, spilled = _twice_build(False), _twice_build(True)
    assert listed[2] == 4  # moved in both passes
    assert spilled == listed
    # the lone article's story holds its own terms only: nothing left behind by the one that passed through
    assert set(spilled[1]["sommet"]) == {"L:canal", "L:écluse", "L:digue", "E:e3"}


def _memo_steps(memo: bool) -> tuple[list[dict[str, float]], list[str], bool]:
    """The fire, the strike and the bridge article (``_REREAD``); the bridge is re-read (it moves to the
    strike), re-read twice more, then a new article is written to the fire's story (no frequency
    bumped) and it is re-read again: each reading's scores, the stories it ended in, whether the third
    reading took the second's vector again."""
    from recoupe.resolve.stories import StoryMemo

    s = Store.open(":memory:")
    day = date(2026, 8, 14)
    posted: dict[str, dict[str, float]] = {}
    scores: list[dict[str, float]] = []
    ends: list[str] = []
    kept = StoryMemo() if memo else None
    with s.transaction():
        for aid in ["x1", "bridge", "x2", "x3", "y1"]:
            s.add_article(Article(id=aid, origin=aid, text=aid, published=day), [], "")
            posted[aid] = {}
            assign_story(s, aid, Counter(_REREAD[aid]), day, aid, threshold=0.3, posted=posted[aid])
        s.add_article(Article(id="y9", origin="y9", text="y9", published=day), [], "")
        fire = s.article_row("x1")["story_id"]
        again = False
        for step in range(4):
            if step == 3:
                s.add_to_story(fire, "y9", {"E:e1": 0.5, "L:grève": 0.5}, day)
            vec = kept.vec if kept is not None else None
            scored: dict[str, float] = {}
            old = s.article_row("bridge")["story_id"]
            ends.append(reread_story(s, "bridge", old, posted["bridge"], Counter(_REREAD["bridge"]), day, "bridge",
                                     threshold=0.3, scored=scored, memo=kept))
            scores.append(scored)
            again = again or (step == 2 and kept is not None and kept.vec is vec)
    s.close()
    return scores, ends, again


def test_stories_a_memo_of_the_last_reading_gives_the_same_scores_and_scores_a_written_story_again() -> None:
    plain, plain_ends, _ = _memo_steps(False)
    kept, kept_ends, again = _memo_steps(True)
    assert again  # the second reading took the first's vector (nothing was written between)
    assert kept == plain and kept_ends == plain_ends
    assert plain[3] != plain[2]  # the write changed the fire's score: a stale one would differ


def test_store_marks_a_story_changed_by_each_write_and_everything_after_a_rollback() -> None:
    day = date(2026, 8, 14)
    with Store.open(":memory:") as s, s.transaction():
        s.add_article(Article(id="a", origin="a", text="a", published=day), [], "")
        s.create_story("s1", "un")
        s.create_story("s2", "deux")
        mark = s.reads_since()
        assert s.story_unchanged("s1", mark) and s.story_unchanged("s2", mark)
        s.add_to_story("s1", "a", {"L:x": 1.0}, day)
        assert not s.story_unchanged("s1", mark) and s.story_unchanged("s2", mark)
        mark = s.reads_since()
        s.set_story_meaning("s2", b"\0" * 8)
        assert s.story_unchanged("s1", mark) and not s.story_unchanged("s2", mark)
        mark = s.reads_since()
        s.remove_from_story("s1", "a", {"L:x": 1.0})
        assert not s.story_unchanged("s1", mark)
        mark = s.reads_since()
        s.bump_df(["L:x"])
        assert s.reads_since()[1] != mark[1]  # a frequency bumped: an article's vector is read again
        mark = s.reads_since()
        try:
            with s.savepoint():
                s.create_story("s3", "trois")
                raise RuntimeError
        except RuntimeError:
            pass
        assert not s.story_unchanged("s1", mark) and not s.story_unchanged("s2", mark)  # rolled back: all
