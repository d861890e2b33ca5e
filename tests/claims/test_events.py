"""Event mentions across documents (recoupe.claims.events): frames read from English parses,
similarity with its vetoes, and the two clustering stages."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from recoupe.claims.events import (
    EventMention,
    cluster_documents,
    cluster_events,
    document_vectors,
    event_class,
    mention_of,
    related_forms,
    similarity,
)
from recoupe.lang.en.events import EVENT_CLASSES


def _m(mid: str, lemma: str, cls: str = "", who: tuple[str, ...] = (), time: str = "", negated: bool = False,
       doc: str = "d") -> EventMention:
    return EventMention(id=mid, doc=doc, lemma=lemma, action_class=cls, participants=frozenset(who),
                        places=frozenset(), time=time, negated=negated)


def test_events_same_lemma_or_class_match_and_a_participant_raises_it() -> None:
    assert similarity(_m("a", "arrest"), _m("b", "arrest")) > similarity(_m("a", "arrest", "arrest"),
                                                                         _m("b", "detain", "arrest"))
    assert similarity(_m("a", "detain", "arrest"), _m("b", "jail", "arrest")) > 0
    shared = similarity(_m("a", "kill", who=("jeffs",)), _m("b", "kill", who=("jeffs",)))
    assert shared > similarity(_m("a", "kill", who=("jeffs",)), _m("b", "kill", who=("oler",)))
    assert similarity(_m("a", "kill"), _m("b", "arrest")) == 0.0


def test_events_vetoes_another_polarity_or_another_year() -> None:
    assert similarity(_m("a", "convict"), _m("b", "convict", negated=True)) == 0.0
    assert similarity(_m("a", "quake", time="2009-04-06"), _m("b", "quake", time="2011-03-11")) == 0.0
    assert similarity(_m("a", "quake", time="2009-04"), _m("b", "quake", time="2009-04-06")) > 0


def test_events_clusters_do_not_depend_on_input_order() -> None:
    ms = [_m("1", "arrest", "arrest"), _m("2", "detain", "arrest"), _m("3", "kill", "kill"), _m("4", "say"),
          _m("5", "kill", "kill", time="2001")]
    a = cluster_events(ms)
    b = cluster_events(list(reversed(ms)))
    assert a == b
    assert a["1"] == a["2"] and a["3"] == a["5"] and len({a["1"], a["3"], a["4"]}) == 3


def test_events_documents_cluster_by_meaning_vectors() -> None:
    v = {"a": np.array([1.0, 0.0]), "b": np.array([0.96, 0.28]), "c": np.array([0.0, 1.0])}
    out = cluster_documents(v, threshold=0.5)
    assert out["a"] == out["b"] != out["c"]
    assert len(set(cluster_documents(v, threshold=0.99).values())) == 3
    assert cluster_documents({}) == {}


@pytest.mark.model
def test_events_mention_of_reads_participants_time_and_negation() -> None:
    from recoupe.lang import pack
    from recoupe.nlp.pipeline import load

    nlp: Any = load(pack("en").model)
    doc = nlp("Police arrested Warren Jeffs in Las Vegas on August 28, 2006.")
    m = mention_of(doc[1:2], "m1", "d1")
    assert m.lemma == "arrest" and m.action_class == "arrest"
    assert "jeffs" in m.participants and "police" in m.participants
    assert m.time == "2006-08-28"
    assert "las vegas" in m.places
    neg = nlp("The jury did not convict him.")
    assert mention_of(neg[4:5], "m2", "d2").negated
    assert mention_of(neg[4:5], "m2", "d2").time == ""


def test_events_related_forms_of_one_word_family() -> None:
    assert related_forms("shooting", "shoot") and related_forms("oscars", "oscar")
    assert related_forms("nomination", "nominate")
    assert not related_forms("arrest", "arm") and not related_forms("death", "deal")


def test_events_english_event_classes_are_disjoint_and_looked_up_first() -> None:
    seen: dict[str, str] = {}
    for name, lemmas in EVENT_CLASSES.items():
        for lemma in lemmas:
            assert lemma not in seen, f"{lemma} in {seen.get(lemma)} and {name}"
            seen[lemma] = name
    assert event_class("nab") == event_class("capture") == "arrest"
    assert event_class("bomb") == "attack"  # not an event-class word: the claim class
    assert event_class("strike") == event_class("hit") == "hit"  # an event class wins over the claim class
    assert event_class("die") == event_class("murder") == "kill"
    a = _m("a", "thwart", event_class("thwart"))
    b = _m("b", "foil", event_class("foil"))
    assert similarity(a, b) > 0


def test_events_document_vectors_blend_meaning_and_words() -> None:
    from collections import Counter

    meaning = {"a": np.array([1.0, 0.0]), "b": np.array([1.0, 0.0]), "c": np.array([1.0, 0.0])}
    terms = {"a": Counter({"jeffs": 2, "trial": 1}), "b": Counter({"jeffs": 1, "trial": 1}),
             "c": Counter({"quake": 3, "chile": 1})}
    v = document_vectors(meaning, terms, meaning_weight=0.5)
    ab, ac = float(v["a"] @ v["b"]), float(v["a"] @ v["c"])
    assert ac == pytest.approx(0.5)  # the same meaning, no shared word
    assert 0.5 < ab <= 1.0
    assert float(v["a"] @ v["a"]) == pytest.approx(1.0)
    out = cluster_documents(v, threshold=0.7)
    assert out["a"] == out["b"] != out["c"]


def test_events_saying_and_light_verbs_need_a_shared_participant() -> None:
    assert similarity(_m("a", "say", who=("police",)), _m("b", "say", who=("lawyer",))) == 0.0
    assert similarity(_m("a", "say", who=("police",)), _m("b", "say", who=("police",))) > 0
    assert similarity(_m("a", "take"), _m("b", "take")) == 0.0
    assert similarity(_m("a", "arrest"), _m("b", "arrest")) > 0  # an occurrence needs none


@pytest.mark.model
def test_events_mention_of_reads_a_verb_with_its_object_as_one_action() -> None:
    from recoupe.lang import pack
    from recoupe.nlp.pipeline import load

    nlp: Any = load(pack("en").model)
    doc = nlp("Gunmen opened fire on the crowd.")
    m = mention_of(doc[1:2], "m1", "d1")
    assert m.lemma == "open fire" and m.action_class == event_class("shooting") == "shoot"
    other = nlp("Police opened the door.")
    assert mention_of(other[1:2], "m2", "d2").lemma == "open"


def test_events_a_charge_is_a_legal_act_not_saying() -> None:
    assert similarity(_m("a", "charge", "arrest"), _m("b", "charge", "arrest")) > 0
