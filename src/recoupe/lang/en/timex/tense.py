"""English tense oracles: from the parse (Penn tags and auxiliaries) and, without a parser, from
verb forms. They decide the direction of "Tuesday", "in March": see :mod:`recoupe.nlp.timex.calendar`."""

from __future__ import annotations

import re
from typing import Any

from recoupe.lang.en.dates import PLANNING_ONLY_WITH_FOR, PLANNING_PARTICIPLES
from recoupe.nlp.timex.engine import Tense, TenseAt, tense_at_from_doc

_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "’ll"})


def tense_from_doc(doc: Any) -> TenseAt:
    """``tense_at`` from an English spaCy Doc (Penn tags): the tense of the verb governing a span."""
    return tense_at_from_doc(doc, _verb_of, _tense_of)


def _verb_of(tok: Any) -> Any:
    cur = tok
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("aux", "auxpass"):
            return cur
        if cur.head is cur:
            break
        cur = cur.head
    return cur if cur.pos_ in ("VERB", "AUX") else None


# a participle as an adverbial clause (« While touring … ») or under a preposition (« After meeting … »)
_ADVERBIAL_DEPS = frozenset({"advcl", "pcomp"})


def _governing_verb(v: Any) -> Any:
    """The verb a participle clause hangs on (through its preposition), or None."""
    cur = v.head
    for _ in range(3):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("aux", "auxpass") and cur is not v:
            return cur
        if cur.head is cur:
            return None
        cur = cur.head
    return None


def _tense_of(v: Any, depth: int = 0) -> Tense:
    aux = [ch for ch in v.children if ch.dep_ in ("aux", "auxpass")]
    for a in aux:
        low = a.text.lower()
        if low in _FUTURE_AUX:
            return "future"
        if low in ("would", "could", "might", "may", "should", "must", "can"):
            return None
        if a.lemma_ == "have" or a.tag_ == "VBD":
            return "past"
        if low in ("'s", "is", "are", "am", "'re") and v.tag_ == "VBG":
            return None  # "is leaving Monday": often a plan
    if v.tag_ == "VB" and depth < 3 and v.head is not v:
        h = v.head
        if h.lemma_ == "go" and h.tag_ == "VBG":
            return "future"  # "going to announce"
        if h.pos_ in ("VERB", "AUX"):
            return _tense_of(h, depth + 1)
    if v.tag_ == "VBG" and not aux and depth < 3 and v.dep_ in _ADVERBIAL_DEPS:
        # « While touring the harbour on Monday, the mayor promised … »: a participle clause has no
        # tense of its own; its days are those of the clause it hangs on
        gov = _governing_verb(v)
        if gov is not None:
            return _tense_of(gov, depth + 1)
    if not aux and _planned(v):
        # "Strike planned Saturday": the occasion planned, not done, so a coming day; the nearest one when the
        # clause it sits in tells what became of the plan ("a strike planned Saturday was called off")
        gov = _governing_verb(v) if v.head is not v else None
        return None if gov is not None and depth < 3 and _tense_of(gov, depth + 1) == "past" else "future"
    if v.tag_ == "VBD":
        return "past"
    if v.tag_ == "VBN":
        if v.head is not v and v.head.pos_ in ("VERB", "AUX") and depth < 3:
            return _tense_of(v.head, depth + 1)
        return "past"
    if v.tag_ in ("VBP", "VBZ"):
        return "present"
    return None


def _planned(v: Any) -> bool:
    """Is a verb with no auxiliary a participle that plans an occasion ("Strike planned Saturday", "a vote
    scheduled for Monday"): a planning lemma with no subject or object of its own that acts (the parser reads
    a headline's "Strike planned Saturday" as a past tense with "Strike" for its subject)?"""
    if v.tag_ not in ("VBN", "VBD") or v.lemma_.lower() not in PLANNING_PARTICIPLES:
        return False
    if v.lemma_.lower() in PLANNING_ONLY_WITH_FOR and not any(
            ch.dep_ == "prep" and ch.lower_ == "for" for ch in v.children):
        return False
    return not any(ch.dep_ in ("dobj", "dative", "ccomp", "xcomp", "nsubjpass", "agent") for ch in v.children)


_TXT_FUTURE = re.compile(r"(?<![\w])(?:will|shall|won['’]t|\w+['’]ll|(?:is|are|am)\s+going\s+to|"
                         r"(?:is|are)\s+(?:expected|scheduled|due|set|slated)\s+to|plans?\s+to)"
                         r"(?![\w])", re.IGNORECASE)
_TXT_PAST = re.compile(r"(?<![\w])(?:was|were|had|did|said|told|went|came|made|took|gave|got|"
                       r"began|fell|rose|sold|bought|paid|won|lost|held|met|left|saw|found|"
                       r"(?:has|have)\s+(?:\w+\s+)?(?:been|\w+ed|\w+en)|\w{3,}ed)(?![\w])",
                       re.IGNORECASE)
_TXT_PRESENT = re.compile(r"(?<![\w])(?:is|are|am|says|say)(?![\w])", re.IGNORECASE)
_NOT_PAST = frozenset({"need", "needed", "red", "bed", "speed", "feed", "seed", "indeed", "united",
                       "limited", "proceed", "exceed", "succeed", "based", "related", "concerned",
                       "interested", "expected", "scheduled", "planned", "proposed", "called",
                       "so-called", "hundred", "fixed", "owned", "listed"})


_TXT_COORD = re.compile(r"\s(?:and|but|while|whereas)\s", re.IGNORECASE)


def tense_from_text(text: str) -> TenseAt:
    """A cheap ``tense_at`` without a parser: the verb form nearest the span in its sentence."""

    def at(start: int, end: int) -> Tense:
        lo = max(text.rfind(ch, 0, start) for ch in ".!?;\n") + 1
        his = [text.find(ch, end) for ch in ".!?;\n"]
        hi = min([h for h in his if h >= 0] or [len(text)])
        # a coordinated clause has its own verb: "moved in on Tuesday and will leave next month"
        for m in _TXT_COORD.finditer(text, lo, hi):
            if m.end() <= start:
                lo = m.end()
            elif m.start() >= end:
                hi = m.start()
                break
        clause = text[lo:hi]
        rel_s, rel_e = start - lo, end - lo
        best: tuple[int, Tense] | None = None
        cues: tuple[tuple[re.Pattern[str], Tense], ...] = (
            (_TXT_FUTURE, "future"), (_TXT_PAST, "past"), (_TXT_PRESENT, "present"))
        for rx, t in cues:
            for m in rx.finditer(clause):
                if rel_s <= m.start() < rel_e:
                    continue
                if t == "past" and m[0].lower() in _NOT_PAST:
                    continue
                dist = min(abs(m.start() - rel_e), abs(m.end() - rel_s))
                if best is None or dist < best[0]:
                    best = (dist, t)
        return best[1] if best else None

    return at
