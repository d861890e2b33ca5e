"""Stories: articles about the same event or developing situation share a story id.

Incremental single-pass clustering (the classic topic-detection-and-tracking set-up): a new
article is compared with the stories that share its rarest terms and were active within
``window_days`` of it, and joins the most similar one above ``threshold`` or starts a story.
Term weights are tf-idf with document frequencies kept in the store, so nothing is recomputed
over the whole collection. Terms are entity ids (weighted up: the same people and places are the
strongest signal of the same story) and content lemmas.

With a meaning vector (:mod:`recoupe.nlp.meaning`: the multilingual sentence encoder on the
headline and lead), the similarity is a blend: ``(1 - meaning_weight) * tf-idf cosine +
meaning_weight * cosine(article vector, story centroid)``. The centroid is the integer sum of the
members' stored int8 vectors (exact, so it does not depend on the order they were added in).

Meaning, entities and time (``stories.v2``; the settings ``stories.*`` hold the figures):

* **candidates by meaning** — the article's meaning vector is hashed into
  :data:`MEANING_BANDS` locality-sensitive keys (random hyperplanes with a fixed seed, 6 bits a
  band); stories posting one of the keys are scored too (up to ``meaning_candidates`` of them).
  Without them a story told in another language, whose words the article does not share, is
  never compared with it.
* **across languages** — against a story none of whose articles is in the article's language,
  the tf-idf cosine says nothing (the words differ), so the similarity is at least the meaning
  cosine minus ``cross_language_margin``.
* **time** — an article published ``d`` days before the story's first or after its last article
  loses ``time_decay`` per day beyond ``time_grace_days`` (a 21-day window alone chained a
  government shutdown, its deal and an emergency declaration weeks apart into one story).

* **places of an event** (``stories.place_veto``) — an article that tells a physical event (a
  fire, a death, a quake: :func:`event_classes`) and names places smaller than a country
  (:func:`specific_places`) loses ``place_veto`` against a story that tells the same kind of
  event but names none of its places: a forest fire in one département and one in another are two
  stories of one topic. Not a pair veto (two articles of one story often name different places
  as well); it is read against everything the story has named.
* **places apart** (``stories.place_apart_veto``) — the same, far stronger, when the article's claims
  tell a physical event by their predicates (:func:`apart_events`: not a toll or its victims recalled,
  not « secouer » or « fuir »), the story's did too, and every place the article names lies apart from
  every place the story named (:func:`story_apart`, by the one relation of the gazetteers,
  :func:`recoupe.resolve.places.located_apart`): places of two French regions, two regions abroad,
  places more than ``STORY_FAR_KM`` apart. A town and its department, two departments of one region,
  a country and anything, places of two countries that are not two far cities (one quake told from
  both sides of a border), a name the gazetteers cannot place or give to two countries: not apart.
  Two fires in two regions told with the same words of fire-fighting (the same verbs, hectares,
  prefecture) had been one story, and their claims one `confirmed` group.
* **event days apart** (``stories.day_veto``) — the same gate (the article and the story tell one kind
  of physical event by their predicates), when the days the article's headline and lead date its event
  (:func:`event_days`: « samedi », « mardi 15 août » resolved against the publication date; report time
  is not event time) lie ``stories.day_apart`` days or more from every day the story's articles dated
  an event of that class (:func:`days_apart`): two fires in one town a week apart. A follow-up that
  dates the event again (« samedi ») overlaps it; an article or a story without an event day is never set apart.
* **the same figure** (``stories.figure_bonus``) — a French article that gives a figure of
  10,000 or more of a counted thing which a story already gives (:func:`figure_keys`: « 12 000
  foyers », within a factor of 1.25) gains ``figure_bonus`` against it, and such stories are candidates even when
  the article tells the fact with other words (its inquiry, its aftermath): on our labels' tune
  days, the 68 article pairs sharing such a figure (and some words) were all of one story.

* **which race** (``stories.race_veto``) — a French headline that speaks of a competition and
  names races or field events (:func:`race_keys`: « finale du 200 m papillon », « bronze à la
  perche ») loses ``race_veto`` against a story whose headlines named races, none of them its
  own: one championship's medals in other races are other stories (on our labels' tune days, a
  swimmer's finals and an athletics championship's medals were the biggest false merges). A
  headline naming no race is not concerned.

* **the same deed, someone else** (``stories.actor_veto``) — an article whose headline names a person
  who does a deed of a class (:func:`headline_acts`: arrested, appointed, killed…; speech is not a deed)
  loses ``actor_veto`` against a story whose headlines give the same deed to others only, none of whom
  the article names: one team's two players arrested, one ceremony's two hosts years apart. People are
  matched by :func:`surname` (the entity linking keeps some spellings of one name apart). A development
  that names the story's actor (« after X's arrest, Y… ») is not concerned. On our labels (replay, mean
  of 4 orders): rss 0.658 -> 0.663 (tune 0.650 -> 0.651, held-out 0.762 -> 0.788), BASIL 0.952 -> 0.961,
  WMT unchanged, ECB+ dev 0.763 -> 0.772.

* **what the headlines share** (``stories.headline_weight``) — an article gains
  ``headline_weight`` times :func:`headline_share` against a story: the idf-weighted share of its
  headline's words that the story's headlines hold. Leads and bodies of one event's developments
  use other words (a theft of data, its inquiry, the thieves' claims), their headlines keep the
  event's own (« cyberattaque du cadastre »); on our labels' tune days it raised story F1 0.564 -> 0.584
  (mean of 8 build orders; held-out days 0.729 -> 0.759, BASIL and WMT linking unchanged).

* **no story of one word** (``stories.term_spread``) — in the tf-idf cosine, no one shared term
  counts for more than ``term_spread`` times all the other shared terms together
  (:func:`spread_cosine`): a headline and lead are short, and one shared name (« l'Europe »,
  « Donald Trump », « la Grèce ») gave a cosine of 0.4-0.5 on its own, enough with a loose meaning
  cosine to join a feature on European prisons to one on European satellites. On our labels' tune
  days, the articles whose join to their story rested for 80 % or more on one term were wrong two
  times in three; with the cap at 3, story F1 0.584 -> 0.611 (mean of 8 build orders; held-out
  days 0.759 -> 0.749, within their spread; BASIL and WMT unchanged).

* **an outlet's standing lead** (``stories.shared_lead``, :class:`Lead`) — when one outlet gives the
  same lead under two headlines (a programme's blurb under each of its videos, the day's weather
  summary under each clip), the lead is the outlet's, not the article's: such articles are read
  without it (their headline and what follows the lead), unless the lead names what the headline
  names. The first article to give the lead is read whole until the re-reading pass, which reads
  it again without it. On our labels' tune days the articles of one video feed had been one
  story by their blurb; without it story F1 0.609 -> 0.634 (mean of 8 build orders; held-out days
  0.747 -> 0.750, BASIL and WMT unchanged). A live page (:func:`live_page`, « EN DIRECT, … ») is
  read without its lead whoever else gives it: its lead is the page's latest entry, often about
  another of the day's events than its headline's (tune days 0.634 -> 0.642, mean of 8 build
  orders, 5 orders of 8 up, 2 down; held-out days 0.750 -> 0.751; BASIL and WMT have no live page).

The keys (``M:`` meaning buckets, ``lang:`` the languages, ``ev:`` event classes, ``pl:`` places,
``pl:*`` « names some place », ``ar:`` where its places lie (``ar:*`` « some place is known »),
``as:`` events bound to one site, ``fig:`` figures, ``rc:`` races, ``ac:`` deeds
(``ac:<class>`` and ``ac:<class>:<surname>``), ``h:`` headline words and ``h:*``
one per headline) are posted with the story's terms so
that one indexed lookup finds them, with a weight (:data:`KEY_WEIGHT`) too small to count in the
tf-idf cosine.

Independence of input order comes from the build (:func:`recoupe.pipeline.build` integrates the
articles of a build in a canonical order: publication date, then content hash), not from this
function: single-pass clustering is order-dependent by nature, and the order-free alternatives
measured on our labels were worse (connected components of article pairs: pairwise F1 0.32 against
0.44; ``benchmarks/RESULTS.md``). What the order still decides (where an undated story starts, an
article that came before the story it belongs to had formed) is partly undone by the re-reading
pass at the end of a build (``stories.reread``, :func:`reread_story`, run by
:func:`recoupe.pipeline.reread_stories`): each article of the build is taken out of its story and
assigned again against the final stories. That pass moves articles one at a time; the merge pass
after it (``stories.merge_ratio``, :func:`story_merges`) moves a whole small story whose every
article would have joined a story several times its size (a sub-event's near-twins beside their
event's story).
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import partial
from itertools import repeat
from operator import itemgetter, mul, truediv
from typing import Any

import numpy as np

from recoupe.claims.groups import EVENT_CLASSES
from recoupe.lang.en.events import FIRE_NOUNS as EN_FIRE_NOUNS
from recoupe.lang.fr.events import FIRE_NOUNS as FR_FIRE_NOUNS
from recoupe.lang.predicates import CLASS_OF, LOOSE_EVENT_LEMMAS
from recoupe.nlp.meaning import cosine as meaning_cosine
from recoupe.nlp.meaning import embed, from_bytes, sum_from_bytes, sum_to_bytes, to_bytes
from recoupe.resolve.names import fold
from recoupe.resolve.places import area_country, is_country_area, located, located_apart
from recoupe.resolve.places import lookup as lookup_place
from recoupe.storage import Store

ENTITY_WEIGHT = 2.0
MAX_TERMS = 100
# Pseudo-documents added to the collection size in idf: in a small collection every shared term
# would otherwise get the minimum weight and the article's one-off words would dominate.
BACKGROUND_DOCS = 50
# Stories scored exactly (cosine) per article: the ones sharing most weight of its top terms. That
# ranking favours big stories that post the article's common words; at 20 a story of a few articles
# sharing its telling words was not scored behind them (rss held-out days 0.788 -> 0.791, mean of 4
# orders; tune days, BASIL unchanged; 25, 30 and 40 the same).
CANDIDATES = 25
# Locality-sensitive keys of a meaning vector: MEANING_BANDS bands of MEANING_BITS random
# hyperplanes. Two translations (cosine about 0.8) share a band with probability
# 1 - (1 - 0.8^6)^12 = 0.96; unrelated texts (cosine about 0.2) in 6 in 100 of the cases.
MEANING_BANDS = 12
MEANING_BITS = 6
MEANING_POSTINGS = 30  # most recent stories read per key (a bucket holds about 1/64 of the stories)
_HYPERPLANES: np.ndarray | None = None
# Weight of a key (``M:`` meaning bucket, ``lang:`` language) posted with a story's terms: enough to
# rank the stories sharing keys, too small to move a tf-idf norm (1e-12 of a term's weight squared)
KEY_WEIGHT = 1e-6
PLACE_ANY = "pl:*"
RACE_ANY = "rc:*"
# Figures below this are too common to name one fact (a few thousand people: a rally, a festival, a
# flood's evacuees); the count keys bucket figures by powers of 1.25
MIN_STORY_FIGURE = 10_000
_MIN_FIGURE_BUCKET = math.floor(math.log(MIN_STORY_FIGURE, 1.25))


def _hyperplanes(dims: int) -> np.ndarray:
    global _HYPERPLANES
    if _HYPERPLANES is None or _HYPERPLANES.shape[1] != dims:
        # a fixed seed: the same vector gets the same keys in every process and every build; integer
        # planes, so that the products are exact (a float product near 0 could change sign with
        # the BLAS path, as the float cosines of nlp.meaning do)
        planes = np.random.default_rng(20261204).standard_normal((MEANING_BANDS * MEANING_BITS, dims))
        _HYPERPLANES = np.rint(planes * 1000).astype(np.int64)
    return _HYPERPLANES


def meaning_keys(vec: np.ndarray) -> list[str]:
    """``M:<band>:<bits>`` keys of a stored meaning vector (:func:`recoupe.nlp.meaning.from_bytes`)."""
    if not np.any(vec):
        return []
    bits = (_hyperplanes(len(vec)) @ vec.astype(np.int64)) > 0
    return [f"M:{b}:" + "".join("1" if x else "0" for x in bits[b * MEANING_BITS:(b + 1) * MEANING_BITS])
            for b in range(MEANING_BANDS)]


def event_classes(words: Iterable[str]) -> frozenset[str]:
    """The physical-event classes (:data:`recoupe.claims.groups.EVENT_CLASSES`: a death, a fire, a
    quake...) that an article's claim predicates and content lemmas name."""
    return frozenset(CLASS_OF.get(w, "") for w in words) & EVENT_CLASSES


def specific_places(mentions: Iterable[tuple[str, str, str]]) -> frozenset[str]:
    """Entity ids of the places an article names that are smaller than a country (a town, a
    département, a forest), from ``(entity_id, type, text)`` mentions: two fires in two of them are
    two fires, two fires in one country are not told apart by it."""
    out = set()
    for eid, typ, text in mentions:
        if typ != "LOC" or not eid:
            continue
        p = lookup_place(text)
        if p is None or p.kind != "country":
            out.add(eid)
    return frozenset(out)


AREA_ANY = "ar:*"
# two places this far apart are not where one event was, whatever border lies between them; closer, a
# storm, a fire or a quake may span them (:func:`recoupe.resolve.places.located_apart`)
STORY_FAR_KM = 250.0


def apart_events(predicates: Iterable[str]) -> frozenset[str]:
    """The physical-event classes an article's claims tell by their predicates, without the words that
    tell no event of their own where the article stands (:data:`LOOSE_EVENT_LEMMAS`: the victims of a
    trial, a scandal that shakes): what the places-apart veto reads. The content lemmas are left out,
    so an event only recalled in the text does not count."""
    return frozenset(CLASS_OF.get(w, "") for w in predicates if w not in LOOSE_EVENT_LEMMAS) & EVENT_CLASSES


FIRE_NOUNS = FR_FIRE_NOUNS | EN_FIRE_NOUNS


def site_events(lemmas: Iterable[str], counts: Iterable[str]) -> frozenset[str]:
    """The events bound to one site (:data:`SITE_EVENTS`) an article tells by what happened, not by its
    verb: a fire by a fire noun among its content ``lemmas`` or a count of hectares among its claims'
    ``counts`` (:func:`recoupe.claims.groups.count_keys`). A verb of the burn class says too little:
    « le feu a parcouru » has none, and « la tempête a ravagé des toitures » has one."""
    fire = any(fold(w) in FIRE_NOUNS for w in lemmas) or any(k.split(":")[1:2] == ["ha"] for k in counts)
    return frozenset({"burn"}) if fire else frozenset()


def place_areas(mentions: Iterable[tuple[str, str, str]]) -> frozenset[str]:
    """Where the places an article names lie (:func:`recoupe.resolve.places.located`), from ``(entity_id,
    type, text)`` mentions; names the gazetteers cannot place say nothing."""
    return frozenset(a for _, typ, text in mentions if typ == "LOC" and (a := located(text)))


def story_apart(areas: frozenset[str], story: dict[str, float]) -> bool:
    """Does every place of ``areas`` lie apart from every place a story named (the ``ar:`` keys it
    posts)? A story that named none is not apart."""
    named = [k[3:] for k in story if k.startswith("ar:") and k != AREA_ANY]
    return bool(named) and all(located_apart(a, b, STORY_FAR_KM) for a in areas for b in named)


def areas_apart(a: Iterable[str], b: Iterable[str]) -> bool:
    """Does every place of ``a`` lie apart from every place of ``b`` (:func:`place_areas` descriptors, by the
    one relation :func:`recoupe.resolve.places.located_apart`, as :func:`story_apart`)? Places on one side
    only, or none, say nothing: apart needs places on both."""
    a, b = frozenset(a), frozenset(b)
    return bool(a) and bool(b) and all(located_apart(x, y, STORY_FAR_KM) for x in a for y in b)


EVENT_DAY_ANY = "ed:*"
# a news item reports what happened within the week before it: a day further back is recalled (when a
# month-long fire broke out, an anniversary), a day after the next a plan or a weekday resolved forward;
# neither is the day of what the article reports, and a month-long fire told by its start was split off
EVENT_BACK_DAYS = 7
EVENT_AHEAD_DAYS = 1
# a headline and lead that date their event over a longer span tell no one day (a week's summary)
EVENT_SPAN_DAYS = 7


def event_days(times: Iterable[tuple[date | None, date | None, str, date | None]]) -> tuple[date, date] | None:
    """The days an article's event took place, from the resolved times of its headline and lead's claims
    (``(start, end, precision, anchor)``, :class:`recoupe.model.Event`): the span of those of a day or a
    week resolved against the publication date (``anchor``) within :data:`EVENT_BACK_DAYS` before it and
    :data:`EVENT_AHEAD_DAYS` after. None when none is, or when they span more than
    :data:`EVENT_SPAN_DAYS` (the article tells several days): the publication date alone is report time,
    not event time, and an article without an event day is never set apart by it."""
    spans = [(s, e or s) for s, e, precision, anchor in times
             if s is not None and anchor is not None and precision in ("day", "week")
             and (s - anchor).days >= -EVENT_BACK_DAYS and ((e or s) - anchor).days <= EVENT_AHEAD_DAYS]
    if not spans:
        return None
    first, last = min(s for s, _ in spans), max(e for _, e in spans)
    return (first, last) if (last - first).days <= EVENT_SPAN_DAYS else None


def event_day_keys(days: tuple[date, date] | None, deeds: Iterable[str]) -> list[str]:
    """The ``ed:`` keys an article posts to its story: one per event class it tells (:func:`apart_events`)
    and day of its event span. An article that tells no physical event dates none of the story's: a war's
    daily toll told on the 13th says nothing of which day another strike the story tells happened."""
    if days is None:
        return []
    span = [(days[0] + timedelta(days=i)).isoformat() for i in range((days[1] - days[0]).days + 1)]
    return [f"ed:{cls}:{d}" for cls in sorted(deeds) for d in span]


def days_apart(days: tuple[date, date], deeds: Iterable[str], story: dict[str, float], apart: int) -> bool:
    """Are the article's event ``days`` ``apart`` days or more from every day its story's articles dated an
    event of one of the classes it tells (``deeds``)? A story that dated no such event is not apart; spans
    that overlap or touch never are."""
    classes = {f"ed:{cls}:" for cls in deeds}
    named = [date.fromisoformat(k.rsplit(":", 1)[1]) for k in story if k[:k.rfind(":") + 1] in classes]
    return bool(named) and all(max((days[0] - d).days, (d - days[1]).days) >= apart for d in named)


def figure_keys(keys: Iterable[str], language: str) -> frozenset[str]:
    """The count keys (:func:`recoupe.claims.groups.count_keys`) that carry a figure of
    :data:`MIN_STORY_FIGURE` or more (``#n:<thing>:<bucket>``: « 12 000 foyers privés de courant »),
    not the bare tallies (``#n:mort``) nor the event keys: two articles giving the same large figure
    of a thing tell one fact. French articles only: the count keys read the counted thing with
    French lexicons (in English they take « and » or « it » for it)."""
    if language != "fr":
        return frozenset()
    return frozenset(k for k in keys if k.startswith("#n:") and k.count(":") >= 2
                     and k.rsplit(":", 1)[1].lstrip("-").isdigit() and int(k.rsplit(":", 1)[1]) >= _MIN_FIGURE_BUCKET)


# classes of speech, not of deeds: two people who speak, deny or warn are not two events
SPEECH_CLASSES = frozenset({"announce", "warn", "deny", "admit", "accuse", "mock"})
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def surname(name: str) -> str:
    """The folded last word of a person's name, suffixes left out (« Roger J. Stone Jr. » -> ``stone``):
    two spellings of one name that the entity linking kept apart still meet."""
    words = [w for w in re.findall(r"[^\W\d_]+", fold(name)) if w not in _NAME_SUFFIXES]
    return words[-1] if words and len(words[-1]) > 2 else ""


def headline_acts(headline: str, mentions: Iterable[tuple[str, str, str]],
                  claims: Iterable[tuple[str, str]]) -> tuple[frozenset[str], frozenset[str]]:
    """What :func:`assign_story`'s ``actor_veto`` reads, from an article's ``(entity_id, type, text)``
    mentions and ``(predicate, subject entity)`` claims: ``<class>:<surname>`` for each deed (a
    predicate of a class of :data:`recoupe.lang.predicates.CLASS_OF`, speech left out) whose subject is
    a person the headline names, and the :func:`surname` of every person the article names.

    A headline that tells a result or a stage of a competition (a word of
    :data:`recoupe.lang.fr.events.MEDAL_WORDS`: « médaille », « finale », « podium »…) makes each
    person it names a competitor, ``compete:<surname>``: one championship's medals won by others
    are other stories (the veto holds back when the article names the story's competitors)."""
    from recoupe.lang.fr.events import MEDAL_WORDS

    names: dict[str, str] = {}
    people = set()
    for eid, typ, text in mentions:
        if typ != "PER" or not eid:
            continue
        if len(text) > len(names.get(eid, "")):
            names[eid] = text
        if len(text) > 2 and text in headline:
            people.add(eid)
    acts = set()
    for predicate, subject in claims:
        cls = CLASS_OF.get(predicate)
        if cls and cls not in SPEECH_CLASSES and subject in people and surname(names[subject]):
            acts.add(f"{cls}:{surname(names[subject])}")
    if people and not MEDAL_WORDS.isdisjoint(_HEAD_WORD.findall(fold(headline))):
        acts.update(f"{COMPETE}:{surname(names[e])}" for e in people if surname(names[e]))
    return frozenset(acts), frozenset(filter(None, map(surname, names.values())))


_HEAD_WORD = re.compile(r"\w+(?:-\w+)*")
COMPETE = "compete"  # the deed of a person a competition's headline names (:func:`headline_acts`)


def _actor_named(story: dict[str, float], cls: str, named: frozenset[str]) -> bool:
    """Whether the article names someone the story's headlines make the subject of a deed of ``cls``."""
    prefix = f"ac:{cls}:"
    return any(k[len(prefix):] in named for k in story if k.startswith(prefix))


# a race's distance in a headline: « 200 m », « 10 000 m », « 4x100 m », « 20 km »
_DISTANCE = re.compile(r"\b(?:(\d)\s?x\s?)?(\d{1,3}(?:[ .\u00a0\u202f]?\d{3})?)\s?(m|km|metres|kilometres)\b")


def race_keys(headline: str) -> frozenset[str]:
    """Which races or field events of a competition a French headline is about (« finale du 200 m
    papillon » -> ``200m:papillon``; « bronze à la perche » -> ``perche``): none when it speaks of
    no competition (:data:`recoupe.lang.fr.events.COMPETITION_WORDS`). Two headlines of one
    championship about other races tell other events (a swimmer's 200 m and 400 m finals)."""
    from recoupe.lang.fr.events import COMPETITION_WORDS, FIELD_EVENTS, STROKES

    text = f" {fold(headline)} "
    if not any(f" {w} " in text for w in COMPETITION_WORDS):
        return frozenset()
    strokes = sorted({v for k, v in STROKES.items() if f" {k} " in text})
    keys = {e.replace(" ", "-") for e in FIELD_EVENTS if f" {e} " in text}
    for relay, figure, unit in _DISTANCE.findall(text):
        metres = int(re.sub(r"\D", "", figure)) * (1000 if unit.startswith("k") else 1)
        if not 50 <= metres <= 50_000:
            continue
        base = f"{relay + 'x' if relay else ''}{metres}m"
        keys |= {f"{base}:{x}" for x in strokes} if strokes else {base}
    return frozenset(keys)


_WORD = re.compile(r"\w{4,}")
HEADLINE_ANY = "h:*"


def headline_words(headline: str) -> frozenset[str]:
    """The words of four letters or more of a headline, folded, figures left out: what
    :func:`headline_share` compares (its idf, not a stop list, tells the telling ones)."""
    return frozenset(w for w in _WORD.findall(fold(headline)) if not w.isdigit())


def headline_share(words: frozenset[str], idf: dict[str, float], story: dict[str, float]) -> float:
    """How much of a headline the headlines of a story use: the idf-weighted mean, over the
    headline's ``words``, of the share of the story's headlines that hold the word (``h:<word>``
    and ``h:*`` keys, one :data:`KEY_WEIGHT` a headline, in the story's posted terms). 1.0 when every
    headline of the story holds every word, 0.0 when none holds any."""
    n = story.get(HEADLINE_ANY, 0.0)
    total = sum(idf.values())
    if n <= 0 or not total:
        return 0.0
    return sum(idf[w] * min(story.get(f"h:{w}", 0.0) / n, 1.0) for w in words) / total


def headline_keys(words: frozenset[str], idf: dict[str, float]) -> tuple[list[tuple[float, str]], float]:
    """What :func:`headline_share` reads of a headline, once for the many stories one article is
    compared with: each word's idf with its ``h:`` key, in ``words``' order, and the idf total."""
    return [(idf[w], f"h:{w}") for w in words], sum(idf.values())


def headline_share_of(keys: list[tuple[float, str]], total: float, story: dict[str, float]) -> float:
    """:func:`headline_share` from :func:`headline_keys`: the same products summed in the same order
    (the same float), without formatting each word's key again for each story."""
    n = story.get(HEADLINE_ANY, 0.0)
    if n <= 0 or not total:
        return 0.0
    # map over the pairs, not a generator: the same products summed in the same order
    shares = map(min, map(truediv, map(story.get, map(itemgetter(1), keys), repeat(0.0)), repeat(n)), repeat(1.0))
    return sum(map(mul, map(itemgetter(0), keys), shares)) / total


def without_posted(story: dict[str, float], posted: dict[str, float]) -> dict[str, float]:
    """``story``'s terms less what one article ``posted`` to it, those left under 1e-9 dropped (the
    story as if the article had never come), in the story's order. A copy changed at the posted
    terms only: the same weights and order as a walk of the whole story (it holds thousands of
    terms, an article posts ~120) whenever every weight is 1e-9 or more, which the store keeps
    (:meth:`recoupe.storage.Store.remove_from_story`); else that walk."""
    if min(story.values(), default=1.0) < 1e-9:
        posted_by = posted.get
        return {t: v for t, w in story.items() if (v := w - posted_by(t, 0.0)) >= 1e-9}
    out = story.copy()
    for t, p in posted.items():
        w = out.get(t)
        if w is None:
            continue
        if (v := w - p) >= 1e-9:
            out[t] = v
        else:
            del out[t]
    return out


LEAD_PREFIX = "lead:"
# A lead shorter than this (folded, in characters) is too short to be one outlet's standing text
MIN_LEAD_CHARS = 40


@dataclass
class Lead:
    """An article read without its lead, for when the lead is its outlet's, not the article's
    (:func:`shared_lead`): a feed that gives every video of a programme the programme's blurb
    (« retrouvez chaque semaine notre magazine »), or the day's summary under each of
    its clips. Such a lead makes its articles one story whatever their headlines say."""

    key: str  # LEAD_PREFIX and a hash of the outlet and the lead's words (:func:`lead_key`)
    terms: Counter[str]  # the article's story terms without the lead's
    text: str  # what its meaning vector reads without the lead: the headline, and the text after the lead
    meaning: bytes | None = None  # the vector of ``text``, computed when first needed
    used: bool = False  # whether the last assignment read the article without its lead
    live: bool = False  # a live page (:func:`live_page`): read without its lead whoever else gives it


def lead_key(outlet: str, lead: str) -> str:
    """The key under which an article's lead is counted (``term_df``): one outlet's lead, its
    words folded; '' when there is no outlet or the lead is too short to tell."""
    words = " ".join(fold(lead).split())
    if not outlet or len(words) < MIN_LEAD_CHARS:
        return ""
    return LEAD_PREFIX + hashlib.sha1(f"{fold(outlet)}\0{words}".encode()).hexdigest()[:16]


# A live page's headline opens with its label and a mark: « EN DIRECT, … », « DIRECT. … », « En direct - … »,
# « LIVE: … », « Live updates: … » (« Direct Energie … » is a name, not a label)
_LIVE = re.compile(r"^\W{0,3}(?:en direct|direct|en continu|live(?: updates?| blog)?)\s*[.,:;!|\-\u2013\u2014]",
                   re.IGNORECASE)


def live_page(headline: str) -> bool:
    """Whether ``headline`` is a live page's: such a page follows a day of several events, its
    headline says which one it is filed under, and its lead is the page's latest entry, often
    about another of them (the heatwave under a fire's headline, one fire under another's)."""
    return bool(_LIVE.match(headline))


def shared_lead(store: Store, key: str) -> bool:
    """Whether the lead of ``key`` is its outlet's standing text: two of the stored articles (two
    links, two texts, so two headlines) give it."""
    return store.df([key]).get(key, 0) >= 2


def article_vector(store: Store, terms: Counter[str]) -> dict[str, float]:
    """tf-idf weights of an article's terms (its document frequency already counted), L2-normed."""
    if not terms:
        return {}
    n = max(store.article_total(), 1)
    df = store.df(list(terms)).get
    # an idf per document frequency and a weight per term frequency, each computed once: most of an
    # article's ~400 terms share a few frequencies (the same logarithms, the same products)
    docs = n + BACKGROUND_DOCS
    idfs: dict[int, float] = {}
    tfs: dict[int, float] = {}
    vec = {}
    for t, tf in terms.items():
        d = df(t, 0)
        idf = idfs.get(d)
        if idf is None:
            idf = idfs[d] = math.log(docs / (d + 1)) + 1.0
        w = tfs.get(tf)
        if w is None:
            w = tfs[tf] = 1 + math.log(tf)
        vec[t] = w * idf * (ENTITY_WEIGHT if t.startswith("E:") else 1.0)
    # by weight, highest first, ties in term order (a stable sort reversed keeps ties in order: the
    # same as by -weight, without a Python call per term)
    top = dict(sorted(vec.items(), key=itemgetter(1), reverse=True)[:MAX_TERMS])
    norm = math.sqrt(sum(v * v for v in top.values())) or 1.0
    return {t: v / norm for t, v in top.items()}


def l2_norm(b: dict[str, float]) -> float:
    """L2 norm of a term vector (1.0 for a zero vector)."""
    return math.sqrt(sum(map(mul, b.values(), b.values()))) or 1.0


def cosine(a: dict[str, float], b: dict[str, float], b_norm: Callable[[], float] | None = None) -> float:
    """Cosine of ``a`` (L2-normed) and ``b``; ``b_norm`` gives :func:`l2_norm` of ``b`` when it is kept."""
    if not a or not b:
        return 0.0
    # map over the values rather than a generator: the same products summed in the same order
    dot = sum(map(mul, a.values(), map(b.get, a, repeat(0.0))))
    if dot == 0.0:
        return 0.0  # no shared term (a story found by meaning only): skip the norm of a large vector
    return dot / (b_norm() if b_norm is not None else l2_norm(b))


def spread_cosine(a: dict[str, float], b: dict[str, float], b_norm: Callable[[], float], spread: float,
                  order: dict[str, int] | None = None) -> float:
    """:func:`cosine` of ``a`` and ``b`` where no one shared term weighs more than ``spread`` times all the
    others together: a story is not one word (0 when only one term is shared).

    ``order`` is ``a``'s terms numbered in its order (:func:`term_order`), for a caller that compares
    one ``a`` with many ``b``: the shared terms are then found in C (a set intersection, over the
    smaller vector) and only they are multiplied, summed in ``a``'s order as before (the same float
    sums, bit for bit), instead of a lookup in ``b`` for each of ``a``'s ~100 terms."""
    if order is None:
        products = [x for x in map(mul, a.values(), map(b.get, a, repeat(0.0))) if x]
    else:
        shared = sorted(a.keys() & b.keys(), key=order.__getitem__)
        products = [x for x in map(mul, map(a.__getitem__, shared), map(b.__getitem__, shared)) if x]
    if not products:
        return 0.0
    top = max(products)
    rest = sum(products) - top
    return (rest + min(top, spread * rest)) / b_norm()


def term_order(a: dict[str, float]) -> dict[str, int]:
    """``a``'s terms numbered in its order (:func:`spread_cosine`'s ``order``)."""
    return {t: i for i, t in enumerate(a)}


@dataclass
class StoryMemo:
    """What one assignment of an article read (:func:`assign_story`'s ``memo``), for the next one of
    the same article with the same arguments: the store's mark then (:meth:`Store.reads_since`), the
    article's story, lead reading and the article total, its tf-idf vector, and each candidate
    story's similarity before the time decay (a pure function of the article and the story).

    ``posted`` and ``lead``: when that assignment put the article in a story anew (it moved, or was
    read another way), what it posted there and its :class:`Lead` as it then read it, for the next
    reading to take it out of that story with them (the re-reading pass's inputs come back from
    disk as integration wrote them: :func:`recoupe.pipeline.reread_stories`)."""

    mark: tuple[int, int, int] = (-1, -1, -1)
    reading: tuple[Any, ...] = ()
    vec: dict[str, float] | None = None
    sims: dict[str, float] = field(default_factory=dict)
    posted: dict[str, float] | None = None
    lead: Lead | None = None


# story meaning sums (stored int32 bytes) -> the sum as int64 and its squared norm, for many articles
_CENTROIDS: dict[bytes, tuple[np.ndarray, int]] = {}
CENTROID_CACHE = 4096


def _cosine_to(vec: np.ndarray, vec_norm: int, blob: bytes) -> float:
    """:func:`recoupe.nlp.meaning.cosine` of ``vec`` (its squared norm ``vec_norm``) and the story
    meaning sum stored as ``blob``: the same integers, the same division. The sum is decoded and its
    norm computed once per stored value (keyed by its bytes: a changed sum is another key)."""
    hit = _CENTROIDS.get(blob)
    if hit is None:
        centroid = sum_from_bytes(blob)
        hit = (centroid, int(np.dot(centroid, centroid)))
        if len(_CENTROIDS) >= CENTROID_CACHE:
            _CENTROIDS.clear()
        _CENTROIDS[blob] = hit
    centroid, norm = hit
    if vec_norm == 0 or norm == 0:
        return 0.0
    return int(np.dot(vec, centroid)) / math.sqrt(vec_norm * norm)


def days_outside(published: date | None, first: str | None, last: str | None) -> int:
    """Days between ``published`` and the span of a story's dates; 0 inside it or when unknown."""
    if published is None or not first or not last:
        return 0
    if published < date.fromisoformat(first):
        return (date.fromisoformat(first) - published).days
    if published > date.fromisoformat(last):
        return (published - date.fromisoformat(last)).days
    return 0


def assign_story(store: Store, article_id: str, terms: Counter[str], published: date | None, label: str,
                 *, threshold: float = 0.3, window_days: int = 21, meaning: bytes | None = None,
                 meaning_weight: float = 0.0, language: str = "", time_decay: float = 0.0,
                 time_grace_days: int = 3, cross_language_margin: float | None = None,
                 meaning_candidates: int = 0, events: frozenset[str] = frozenset(),
                 places: frozenset[str] = frozenset(), place_veto: float = 0.0,
                 areas: frozenset[str] = frozenset(), deeds: frozenset[str] = frozenset(),
                 sites: frozenset[str] = frozenset(), place_apart_veto: float = 0.0,
                 figures: frozenset[str] = frozenset(), figure_bonus: float = 0.0,
                 days: tuple[date, date] | None = None, day_veto: float = 0.0, day_apart: int = 5,
                 races: frozenset[str] = frozenset(), race_veto: float = 0.0, headline_weight: float = 0.0,
                 term_spread: float = 0.0, lead: Lead | None = None,
                 acts: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()), actor_veto: float = 0.0,
                 posted: dict[str, float] | None = None, leaving: tuple[str, dict[str, float]] | None = None,
                 scored: dict[str, float] | None = None, memo: StoryMemo | None = None,
                 decayed: dict[str, float] | None = None) -> tuple[str, float]:
    """Put the article in a story; return the story id and the similarity that decided it.

    ``meaning`` is the article's stored meaning vector (:func:`recoupe.nlp.meaning.to_bytes`);
    with ``meaning_weight`` > 0 it is blended into the similarity, and ``meaning_candidates``,
    ``cross_language_margin`` (with the article's ``language``), ``time_decay`` and
    ``time_grace_days`` work as the module docstring says (0 / None: off).

    ``scored``, when given, receives each candidate story's final similarity (the re-reading pass
    reads from it how near an article came to moving; the time decay is taken only off a story
    that could win, so a story scored behind the running best is there undecayed). ``decayed``,
    when given, receives each candidate story scoring ``threshold`` or more before the time decay,
    with the decay taken off whatever the order (the merge pass, :class:`MergeReads`); it changes
    neither the assignment nor ``scored``. ``posted``, when given, receives the terms
    and keys posted to the story. ``leaving`` is the
    re-reading pass (:func:`reread_story`): the article is already in story ``leaving[0]``, where it
    posted ``leaving[1]``; it is compared with that story as if it had never come (its terms and
    meaning taken off), its document frequencies are not counted again, and when it stays
    nothing is written (``posted`` is then ``leaving[1]``). An article alone in its story that
    joins no other stays.

    ``memo`` (:class:`StoryMemo`): what the last assignment of the same article with the same
    arguments read (the re-reading pass's second pass reads each article again): while the store's
    document frequencies and article total are as they were, its tf-idf vector is taken again, and
    so is the similarity to each candidate story the store has not written since; ``memo`` is then
    updated with this reading.

    ``lead`` (:class:`Lead`): when the article's outlet gave the same lead under another headline
    too (:func:`shared_lead`), the article is read without it (``lead.terms``, ``lead.meaning``);
    ``lead.used`` says whether it was. In the re-reading pass an article read another way than
    when it was added is taken out and added again, even to the same story."""
    old_sid, old_posted = leaving if leaving is not None else (None, {})
    if leaving is None:
        store.bump_df(terms)
    left_meaning, reread_as = meaning, False  # what the article added to its story; whether it is read anew
    if lead is not None and lead.key:
        if leaving is None:
            store.bump_df([lead.key])
        elif lead.used:
            left_meaning = lead.meaning
        was = lead.used
        lead.used = lead.live or shared_lead(store, lead.key)
        reread_as = leaving is not None and lead.used != was
        if lead.used:
            if lead.meaning is None and meaning is not None:
                lead.meaning = to_bytes(embed([lead.text])[0])
            terms, meaning = lead.terms, lead.meaning
    sims: dict[str, float] = {}  # each candidate's similarity before the time decay, for the memo
    before: dict[str, float] = {}
    before_mark = (-1, -1, -1)
    if memo is not None:
        mark = store.reads_since()
        reading = (old_sid, lead.used if lead is not None and lead.key else None, store.article_total())
        if memo.vec is not None and memo.mark[:2] == mark[:2] and memo.reading == reading:
            vec, before, before_mark = memo.vec, memo.sims, memo.mark  # the same terms, frequencies, total
        else:
            vec = article_vector(store, terms)
    else:
        vec = article_vector(store, terms)
    words = headline_words(label) if headline_weight else frozenset()
    if words:
        hkeys = [f"h:{w}" for w in sorted(words)]
        if leaving is None:
            store.bump_df(hkeys)
        n_docs = max(store.article_total(), 1)
        hdf = store.df(hkeys)
        idf = {w: math.log((n_docs + BACKGROUND_DOCS) / (hdf.get(f"h:{w}", 0) + 1)) for w in words}
        head_keys, head_total = headline_keys(words, idf)
    mvec = from_bytes(meaning) if meaning is not None and meaning_weight > 0 else None
    left_vec = from_bytes(left_meaning) if mvec is not None and left_meaning is not None else None
    mnorm = int(np.dot(mvec, mvec)) if mvec is not None else 0
    keys = meaning_keys(mvec) if mvec is not None and meaning_candidates > 0 else []
    since = (published - timedelta(days=window_days)).isoformat() if published else None
    candidates = store.story_candidates(sorted(vec, key=vec.__getitem__, reverse=True)[:15], since, limit=CANDIDATES)
    if keys:
        seen = set(candidates)
        by_meaning = store.story_candidates(keys, since, limit=meaning_candidates, per_term=MEANING_POSTINGS)
        candidates += [c for c in by_meaning if c not in seen]
    fig_keys = sorted(f"fig:{k}" for k in figures) if figure_bonus else []
    if fig_keys:
        seen = set(candidates)
        by_figure = store.story_candidates(fig_keys, since, limit=CANDIDATES, per_term=MEANING_POSTINGS)
        candidates += [c for c in by_figure if c not in seen]
    lang_key = f"lang:{language}" if language and language != "und" else ""
    if scored is not None:
        scored.clear()
    if decayed is not None:
        decayed.clear()
    best, best_sim = None, 0.0
    order = term_order(vec) if term_spread and len(candidates) > 1 else None
    for sid in candidates:
        known = before.get(sid)
        if known is not None and store.story_unchanged(sid, before_mark):
            sim, dated = known, False  # the same story and article as when it was last scored
        else:
            dated = True
            story, blob, first, last = store.story_state(sid)
            if sid == old_sid:  # the story without the article (the same sums as if it had never come)
                story = without_posted(story, old_posted)
                sim = (spread_cosine(vec, story, partial(l2_norm, story), term_spread, order) if term_spread
                       else cosine(vec, story))
            elif term_spread:
                sim = spread_cosine(vec, story, partial(store.story_norm, sid, l2_norm), term_spread, order)
            else:
                sim = cosine(vec, story, partial(store.story_norm, sid, l2_norm))  # the norm kept until it changes
            if mvec is not None:
                if not blob:
                    msim = 0.0
                elif sid == old_sid and left_vec is not None:
                    msim = meaning_cosine(mvec, sum_from_bytes(blob) - left_vec)
                else:
                    msim = _cosine_to(mvec, mnorm, blob)
                sim = (1 - meaning_weight) * sim + meaning_weight * msim
                if (cross_language_margin is not None and lang_key and lang_key not in story
                        and any(t.startswith("lang:") for t in story)):
                    sim = max(sim, msim - cross_language_margin)  # no shared language: the words cannot match
            if (place_veto and events and places and PLACE_ANY in story and any(f"ev:{e}" in story for e in events)
                    and not any(f"pl:{x}" in story for x in places)):
                sim -= place_veto  # the same kind of event somewhere else: another fire, another quake
            if (place_apart_veto and areas and deeds and AREA_ANY in story
                    and any(f"ae:{e}" in story for e in deeds)
                    and not any(f"pl:{x}" in story for x in places) and story_apart(areas, story)):
                sim -= place_apart_veto  # every place it names lies away from every place the story named
            if (day_veto and days is not None and deeds and EVENT_DAY_ANY in story
                    and days_apart(days, deeds, story, day_apart)):
                sim -= day_veto  # the same kind of event on days apart: another fire at the same place
            if race_veto and races and RACE_ANY in story and not any(f"rc:{x}" in story for x in races):
                sim -= race_veto  # one championship's other race: another final, another medal
            if actor_veto and acts[0] and any(f"ac:{a.split(':', 1)[0]}" in story and f"ac:{a}" not in story
                                              and not _actor_named(story, a.split(':', 1)[0], acts[1])
                                              for a in acts[0]):
                sim -= actor_veto  # the deed the story tells, done by someone it never names: another event
            if fig_keys and any(k in story for k in fig_keys):
                sim += figure_bonus
            if words:
                sim += headline_weight * headline_share_of(head_keys, head_total, story)
        if memo is not None:
            sims[sid] = sim
        wins = sim >= max(best_sim, threshold)  # else it cannot win anyway: undecayed in ``scored``
        kept = decayed is not None and sim >= threshold
        if time_decay and published is not None and (wins or kept):
            if not dated:
                first, last = store.story_dates(sid)
            late = time_decay * max(0, days_outside(published, first, last) - time_grace_days)
            if kept and decayed is not None:
                decayed[sid] = sim - late
            if wins:
                sim -= late
        elif kept and decayed is not None:
            decayed[sid] = sim
        if scored is not None:
            scored[sid] = sim
        if sim > best_sim or (sim == best_sim and best is not None and sid < best):
            best, best_sim = sid, sim
    if memo is not None:
        memo.mark, memo.reading, memo.vec, memo.sims = mark, reading, vec, sims
    stays = old_sid is not None and (best == old_sid or ((best is None or best_sim < threshold)
                                                         and store.story_size(old_sid) <= 1))
    if old_sid is not None and stays:
        if not reread_as:
            if posted is not None and posted is not old_posted:
                posted.clear()
                posted.update(old_posted)
            return old_sid, best_sim if best == old_sid else 1.0  # it stays: nothing changes
        best, best_sim = old_sid, best_sim if best == old_sid else 1.0  # read another way: out and in again
    if old_sid is not None:
        store.remove_from_story(old_sid, article_id, old_posted)
        if left_meaning is not None:
            blob = store.story_meaning(old_sid)
            if blob:
                store.set_story_meaning(old_sid, sum_to_bytes(sum_from_bytes(blob) - from_bytes(left_meaning)))
    if best is None or (not stays and best_sim < threshold):
        best = f"s{store.next_story_number()}"
        store.create_story(best, label)
        best_sim = 1.0
    posted_now = dict(vec)
    posted_now.update({k: KEY_WEIGHT for k in keys})
    if lang_key:
        posted_now[lang_key] = KEY_WEIGHT
    posted_now.update({f"ev:{e}": KEY_WEIGHT for e in events})
    posted_now.update({f"pl:{x}": KEY_WEIGHT for x in places})
    posted_now.update({f"fig:{k}": KEY_WEIGHT for k in figures})
    if place_apart_veto and areas:
        posted_now.update({f"ar:{a}": KEY_WEIGHT for a in areas})
        posted_now[AREA_ANY] = KEY_WEIGHT
        posted_now.update({f"as:{e}": KEY_WEIGHT for e in sites})
    if place_apart_veto or day_veto:
        posted_now.update({f"ae:{e}": KEY_WEIGHT for e in deeds})
    if day_veto and days is not None and deeds:
        posted_now.update({k: KEY_WEIGHT for k in event_day_keys(days, deeds)})
        posted_now[EVENT_DAY_ANY] = KEY_WEIGHT
    if places:
        posted_now[PLACE_ANY] = KEY_WEIGHT
    if words:
        posted_now.update({f"h:{w}": KEY_WEIGHT for w in words})
        posted_now[HEADLINE_ANY] = KEY_WEIGHT
    if actor_veto:
        posted_now.update({f"ac:{a}": KEY_WEIGHT for a in acts[0]})
        posted_now.update({f"ac:{a.split(':', 1)[0]}": KEY_WEIGHT for a in acts[0]})
    posted_now.update({f"rc:{x}": KEY_WEIGHT for x in races})
    if races:
        posted_now[RACE_ANY] = KEY_WEIGHT
    store.add_to_story(best, article_id, posted_now, published)
    if posted is not None:
        posted.clear()
        posted.update(posted_now)
    if meaning is not None:
        blob = store.story_meaning(best)
        total = from_bytes(meaning) + (sum_from_bytes(blob) if blob else 0)
        store.set_story_meaning(best, sum_to_bytes(total))
    return best, best_sim


def reread_story(store: Store, article_id: str, story_id: str, posted: dict[str, float], terms: Counter[str],
                 published: date | None, label: str, scored: dict[str, float] | None = None,
                 memo: StoryMemo | None = None, decayed: dict[str, float] | None = None, **settings: Any) -> str:
    """The re-reading pass for one article (``stories.reread``): compare it, with the same
    ``settings`` and signals (:func:`assign_story`'s keywords, ``meaning`` included), with the
    stories as they now stand, its own story ``story_id`` taken as if it had never come (its
    ``posted`` terms and its meaning vector off); when another story is closer, or its own no
    longer reaches the threshold, it moves (taken out of ``story_id``, added to the other or to a
    new story; ``posted`` updated). Returns the story it is in.

    Single-pass clustering puts an article with what was there when it came: a development
    integrated before the story it belongs to had formed starts one of its own, a story's
    first article cannot see those after it. Re-read against the final stories, each article
    goes where all the others point (rss-trends-fr, mean of 8 build orders, measured in
    ``benchmarks.diag_stories``: held-out days 0.700 -> 0.726, tune days 0.526 -> 0.537, BASIL
    and WMT unchanged; benchmarks/RESULTS.md). An article that stays costs reads only."""
    return assign_story(store, article_id, terms, published, label, posted=posted, leaving=(story_id, posted),
                        scored=scored, memo=memo, decayed=decayed, **settings)[0]


class MergeReads:
    """What the re-reading passes hand the merge pass (:func:`story_merges`): each article's story
    after its last reading and the other stories that reading scored at the threshold or more, the
    time decay taken off (``assign_story``'s ``decayed``), less the stories dropped or created
    since that reading (an article the second pass did not re-read keeps its first reading: a story
    dropped since, or a new story under a dropped one's id, is not the story it scored)."""

    def __init__(self) -> None:
        self._reads: dict[str, tuple[str, dict[str, float], int]] = {}
        self._changed: dict[str, int] = {}
        self._tick = 0

    def read(self, article_id: str, story_id: str, decayed: dict[str, float], threshold: float,
             created: bool) -> None:
        """Article ``article_id`` was just read into ``story_id`` (``created``: a story it started)."""
        self._tick += 1
        if created:
            self._changed[story_id] = self._tick
        self._reads[article_id] = (story_id, {k: v for k, v in decayed.items() if k != story_id and v >= threshold},
                                   self._tick)

    def dropped(self, story_id: str) -> None:
        """Story ``story_id`` was deleted (left empty)."""
        self._tick += 1
        self._changed[story_id] = self._tick

    def __bool__(self) -> bool:
        return bool(self._reads)

    def last(self) -> dict[str, tuple[str, dict[str, float]]]:
        """Article -> its story and the stories it scored that were neither dropped nor created since."""
        changed = self._changed
        return {a: (sid, {b: v for b, v in sc.items() if changed.get(b, 0) < tick})
                for a, (sid, sc, tick) in self._reads.items()}


def story_merges(members: dict[str, list[str]], scored: dict[str, dict[str, float]], size_of: Callable[[str], int],
                 threshold: float, ratio: float, anchored: Callable[[str, str], bool] | None = None,
                 share: float = 1.0, placed: Callable[[str, str], bool] | None = None) -> dict[str, str]:
    """The merge pass after the re-reading pass (``stories.merge_ratio``): which stories go into which.

    A story A of two or more articles, all of them re-read (``members``: story -> its re-read
    articles; ``size_of`` its size in the store), goes into the story B where every one of its
    articles, read alone, would have gone: each scored B at ``threshold`` or more (``scored``:
    article -> what its last reading scored the stories other than its own, decayed:
    :class:`MergeReads`), B, among the stories holding at least ``ratio`` times as many articles
    (a story dropped since holds none), the one whose lowest score is highest (ties: the smaller
    id). One hop: a story that goes into another takes none. Returns {A: B}.

    Why: single-pass clustering lets a sub-event's few near-identical articles (an inquiry opened,
    a second fire front) make a story of their own beside their event's story, and the re-reading
    pass moves articles one at a time, so each stays where its near-twins hold it although each
    alone would join the event. Read together they move. The ratio keeps two peer stories of one
    topic apart (on BASIL's three-article events, ratio 2 merged events).

    With ``anchored`` (article, story -> whether the article names a rare entity the story names:
    :func:`rare_entity_shared`) and ``share`` < 1, A also goes into B when only ``share`` of its
    articles (two at least: one article's reading is not its story's) scored B at the threshold,
    provided every one of them is anchored to B: a sub-event's
    story whose articles name the event's own people or places, though some read closer to each
    other than to the event.

    With ``placed`` (A, B -> whether B's articles name A's own places often enough:
    :func:`places_held`), a merge B's places do not hold is refused, not sent elsewhere: a big story
    that took a round-up or a live page naming several events' places scores a smaller event's
    articles well, and the merge is never undone.
    """
    into: dict[str, str] = {}
    for a in sorted(members):
        xs = members[a]
        if len(xs) < 2 or size_of(a) != len(xs):
            continue
        hits = Counter(b for x in xs for b in scored.get(x, {}) if b != a)
        best, rank = None, (0, 0.0)
        for b in sorted(hits):
            if size_of(b) < max(ratio * len(xs), 1):  # too small, or gone: it cannot take A
                continue
            n = hits[b]
            if n < len(xs) and (anchored is None or n < max(2, share * len(xs))
                                or not all(anchored(x, b) for x in xs)):
                continue
            v = (n, min(scored[x][b] for x in xs if b in scored.get(x, {})))
            if best is None or v > rank:
                best, rank = b, v
        if best is not None and rank[1] >= threshold and (placed is None or placed(a, best)):
            into[a] = best
    return {a: b for a, b in into.items() if b not in into}


# a story's own places are those at least this share of its articles name: one article's places (a
# round-up's, a live page's) are not its story's
OWN_AREA_SHARE = 0.5


def area_counts(story: dict[str, float]) -> dict[str, int]:
    """How many of a story's articles named each area (its ``ar:`` keys, one :data:`KEY_WEIGHT` an
    article)."""
    return {k[3:]: n for k, v in story.items() if k.startswith("ar:") and k != AREA_ANY
            and (n := round(v / KEY_WEIGHT)) > 0}


def same_place(own: str, named: str) -> bool:
    """Can area ``named`` (a bigger story's) be where area ``own`` (a smaller story's) is, read strictly: one
    country, not apart (:func:`recoupe.resolve.places.located_apart`), and ``named`` no whole country
    unless ``own`` is one (a country holds its places; naming it says nothing of which). Two countries
    are two places here, though the article-level veto lets them meet: a story's *frequent* places are
    compared, not one article's."""
    return (area_country(own) == area_country(named) and not located_apart(own, named, STORY_FAR_KM)
            and (is_country_area(own) or not is_country_area(named)))


# the physical events (:data:`recoupe.claims.groups.EVENT_CLASSES`) bound to one site: a fire burns where its
# forest is. A toll (kill, injure), a quake or an evacuation spans regions: one storm is told from two towns.
SITE_EVENTS = frozenset({"burn"})


def places_held(a: dict[str, float], a_size: int, b: dict[str, float], b_size: int, share: float) -> bool:
    """Does story B (its terms ``b``, ``b_size`` articles) hold story A's own places: is one of the areas
    that half or more of A's articles name (:data:`OWN_AREA_SHARE`) named, as the same place
    (:func:`same_place`), by ``share`` of B's articles that name a place (two at least), one area of B
    counted at a time?
    Only two stories that both tell an event bound to one site (:data:`SITE_EVENTS`, their ``as:`` keys,
    :func:`site_events`)
    are told apart by their places: one storm, strike or war is told from several towns and its country.
    A story with no own place is held anywhere (nothing to tell it apart), and so is any story by a B
    with fewer than two articles that name a place (too few to say where B is)."""
    if not any(f"as:{e}" in a and f"as:{e}" in b for e in SITE_EVENTS):
        return True
    mine = area_counts(a)
    own = [x for x, n in mine.items() if n >= OWN_AREA_SHARE * a_size]
    # a country is A's own place only when A names nothing more precise: « des avions envoyés par la France »
    # in each article of a fire abroad does not put it in every French town
    own = [x for x in own if not is_country_area(x)] or own
    if not own:
        return True
    placed = min(b_size, round(b.get(AREA_ANY, 0.0) / KEY_WEIGHT))
    if placed < 2:
        return True
    theirs = area_counts(b)
    # a share of B's articles that name a place at all: a story told mostly without places (an attack on a
    # computer system, a trial) says nothing of where by naming few
    need = max(2.0, share * placed)
    # the most frequent of B's areas that is the same place, not their sum: one round-up naming a country and
    # its capital is one article
    return any(max((n for y, n in theirs.items() if same_place(x, y)), default=0) >= need for x in own)


def rare_entity_shared(store: Store, terms: Iterable[str], story_id: str, rare: float) -> bool:
    """Whether an article (its ``terms``) names an entity that story ``story_id`` names and
    that at most ``rare`` of the store's articles name (at least two): the event's own people or
    places, not a country or a head of state every story of the topic names."""
    ents = sorted(t for t in terms if t.startswith("E:"))
    if not ents:
        return False
    story = store.story_terms(story_id)
    shared = [t for t in ents if story.get(t, 0.0) > 0]
    if not shared:
        return False
    cap = max(2.0, rare * store.article_total())
    df = store.df(shared)
    return any(df.get(t, 0) <= cap for t in shared)


def merge_story(store: Store, story_id: str, into: str) -> list[str]:
    """Put every article of ``story_id`` into ``into`` (:func:`story_merges`), the meaning sums added;
    returns the articles moved (their claims are the caller's: :func:`recoupe.pipeline.move_claims`)."""
    blob, other = store.story_meaning(story_id), store.story_meaning(into)
    moved = store.merge_story(story_id, into)
    if blob:
        total = sum_from_bytes(blob) + (sum_from_bytes(other) if other else 0)
        store.set_story_meaning(into, sum_to_bytes(total))
    return moved
