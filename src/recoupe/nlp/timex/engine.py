"""The time tagger's engine: one for every language, driven by a pack's :class:`Grammar`.

A grammar is a list of rules (a regular expression, a handler that normalises its match against
the anchor, a priority), a ``finish`` step (overlaps settled, post-passes such as fuzzy modifiers
or day + clock joins), how a kept candidate reads as a TIMEX3 value and interval, and two tense
oracles (from a parse, from the bare text). The engine runs the rules through one prefilter (each
rule is tried only where its first characters can start a match), calls the handlers, and hands
the candidates to the grammar's ``finish``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from recoupe.model import Precision, TimeExpr, TimexType
from recoupe.regex_prefilter import first_atoms

Tense = Literal["past", "present", "future"] | None
TenseAt = Callable[[int, int], Tense]

B = r"(?<![\w])"
"""The left edge every rule opens with (or a stricter negative lookbehind starting ``(?<![\\w``)."""


@dataclass(slots=True)
class Cand:
    """A candidate expression: its span, TIMEX3 type and value, and what the post-passes need."""

    start: int
    end: int
    type: TimexType
    value: str
    istart: date | None = None
    iend: date | None = None
    precision: Precision = "unknown"
    rule: str = ""
    prio: int = 0
    kind: str = ""  # "day", "month", "year", "season", "week", "clock", "part", "rel-unit"...
    clock: str = ""  # "T18:00" / "TEV": date filled later from context


class Ctx:
    """What a handler may look at: the text, the anchor, and the tense oracle."""

    __slots__ = ("anchor", "tense_at", "text")

    def __init__(self, text: str, anchor: date | None, tense_at: TenseAt | None) -> None:
        self.text = text
        self.anchor = anchor
        self.tense_at = tense_at

    def tense(self, s: int, e: int) -> Tense:
        if self.tense_at is None:
            return None
        try:
            t = self.tense_at(s, e)
        except Exception:  # a faulty oracle must not break tagging
            return None
        return t if t in ("past", "present", "future") else None

    def before(self, s: int, n: int = 30) -> str:
        return self.text[max(0, s - n) : s]

    def after(self, e: int, n: int = 30) -> str:
        return self.text[e : e + n]


Handler = Callable[[re.Match[str], Ctx], "Cand | list[Cand] | None"]
Rule = tuple[str, re.Pattern[str], Handler, int]


class Rules(list[Rule]):
    """A grammar's rules in order; ``@RULES.rule(name, pattern, prio)`` registers a handler."""

    def rule(self, name: str, pattern: str, prio: int = 0) -> Callable[[Handler], Handler]:
        def deco(fn: Handler) -> Handler:
            self.append((name, re.compile(pattern, re.IGNORECASE), fn, prio))
            return fn

        return deco


def select(cands: list[Cand]) -> list[Cand]:
    """Non-overlapping candidates: longest first, then higher priority, then leftmost."""
    chosen: list[Cand] = []
    taken: list[tuple[int, int]] = []
    for cand in sorted(cands, key=lambda x: (-(x.end - x.start), -x.prio, x.start)):
        i = bisect.bisect_left(taken, (cand.start, cand.start))
        clash = (i > 0 and taken[i - 1][1] > cand.start) or (i < len(taken) and taken[i][0] < cand.end)
        if not clash:
            bisect.insort(taken, (cand.start, cand.end))
            chosen.append(cand)
    return sorted(chosen, key=lambda x: x.start)


_CAUGHT = (ValueError, KeyError, IndexError, OverflowError, TypeError, StopIteration)


@dataclass
class Grammar:
    """One language's time grammar (built by its pack: ``recoupe.lang.<code>.timex.GRAMMAR``)."""

    lang: str
    rules: Rules
    finish: Callable[[str, list[Cand], date | None], list[Cand]]
    """Candidates -> the kept ones, in text order (selection and the language's post-passes)."""
    reading: Callable[[Cand], tuple[str, date | None, date | None, Precision]]
    """A kept candidate -> its value, interval and precision."""
    tense_from_text: Callable[[str], TenseAt]
    tense_from_doc: Callable[[Any], TenseAt]
    trailing: str = " \t\n,;"
    """Characters trimmed off the end of a span."""
    _prefilter: _Prefilter | None = None

    def matches(self, text: str) -> Iterator[tuple[re.Match[str], Handler, int]]:
        """Every match of every rule on ``text``, rule by rule, as ``rx.finditer`` gives them."""
        if self._prefilter is None or self._prefilter.rules != self.rules:
            self._prefilter = _Prefilter(self.rules)
        starts = self._prefilter.candidates(text)
        for (_name, rx, fn, prio), st in zip(self._prefilter.rules, starts, strict=True):
            for m in rx.finditer(text) if st is None else _replay(rx, text, st):
                yield m, fn, prio

    def tag(self, text: str, anchor: date | None, *, tense_at: TenseAt | None = None) -> list[TimeExpr]:
        """Find and normalise the temporal expressions of ``text`` against ``anchor``.

        ``tense_at(start, end)`` gives the tense of the clause around a span; when None, the
        grammar's :attr:`tense_from_text` guesses it. Never raises: a rule that fails on odd
        input is skipped.
        """
        if not isinstance(text, str) or not text:
            return []
        if tense_at is None:
            tense_at = self.tense_from_text(text)
        ctx = Ctx(text, anchor, tense_at)
        cands: list[Cand] = []
        for m, fn, prio in self.matches(text):
            try:
                res = fn(m, ctx)
            except _CAUGHT:
                continue
            for r in (res if isinstance(res, list) else [res] if res else []):
                if 0 <= r.start < r.end <= len(text):
                    r.prio = prio
                    cands.append(r)
        out: list[TimeExpr] = []
        for c in self.finish(text, cands, anchor):
            s, e = c.start, c.end
            while e > s and text[e - 1] in self.trailing:
                e -= 1
            value, lo, hi, precision = self.reading(c)
            out.append(TimeExpr(start=s, end=e, text=text[s:e], type=c.type, value=value,
                                interval_start=lo, interval_end=hi, precision=precision, rule=c.rule,
                                anchor=anchor))
        return out


def tense_at_from_doc(doc: Any, verb_of: Callable[[Any], Any], tense_of: Callable[[Any], Tense]) -> TenseAt:
    """``tense_at`` from a parsed spaCy Doc: ``tense_of`` the verb governing a char span
    (``verb_of`` its root), else of its sentence's root when that is a verb."""
    sents: list[Any] = []

    def sentence(i: int) -> Any:
        # Token.sent walks doc.sents from the start on every call: list them once, then bisect
        if not sents:
            sents.extend(doc.sents)
        return sents[max(bisect.bisect_right([x.start for x in sents], i) - 1, 0)]

    def at(start: int, end: int) -> Tense:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        v = verb_of(span.root)
        if v is None:
            sent = sentence(span.root.i)
            v = sent.root if sent.root.pos_ in ("VERB", "AUX") else None
        return tense_of(v) if v is not None else None

    return at


# --------------------------------------------------------------------------- rule prefilter
#
# Every rule starts with a negative lookbehind on ``\w``, which stops ``re`` from skipping ahead
# to a possible first character: ``rx.finditer(text)`` tried the whole pattern at every position,
# a full scan of the article per rule for about 20 matches in all. Instead, one scan finds the
# word starts where some rule can begin, and each rule is tried only at those whose first three
# characters fit its head.
#
# Why the matches are exactly those of ``rx.finditer(text)``:
# * first_atoms() (recoupe.regex_prefilter) reads the rule's parsed pattern and lists the
#   one-character atoms (literals, classes) that its first _HEAD_LEN characters can match,
#   dropping zero-width assertions (which only widens the set); a shorter tuple means the match
#   can end there. The head regex built from them, compiled with the rule's own flags (same case
#   folding, same \w), therefore matches the first characters of every match of the rule: a
#   position it rejects cannot start a match.
# * The start scan is ``(?<![\w])`` followed by the union of the rules' first atoms: it finds
#   every position where any rule can begin (zero-width, so none is skipped). A rule opening
#   with a stricter lookbehind (``(?<![\w$£€.,/-])``: not after a letter, a digit or those
#   characters) can only begin where ``(?<![\w])`` holds too.
# * _replay() redoes finditer from those positions: finditer returns the leftmost position at or
#   after the end of the previous match where the pattern matches, with the same match as
#   ``rx.match(text, p)`` (lookbehind still sees the text before p; no endpos, lookahead sees it
#   all). No rule matches the empty string, so the next search starts at the previous end.
# A rule whose head cannot be worked out (an unmodelled construct, no leading lookbehind on
# ``\w``, other flags, a possibly empty match) keeps plain finditer. Written by hand: no library
# gives ``re`` a first-characters prefilter for patterns that open with a lookbehind.

_HEAD_LEN = 3
_RULE_FLAGS = re.compile("", re.IGNORECASE).flags


def _head_regex(rx: re.Pattern[str]) -> tuple[re.Pattern[str], set[str]] | None:
    """The head regex of a rule and its first atoms; None when the rule keeps plain finditer."""
    if rx.flags != _RULE_FLAGS or not rx.pattern.startswith(B[:-2]):
        return None
    heads = first_atoms(rx, _HEAD_LEN)
    if heads is None:
        return None
    return (re.compile("|".join(sorted("".join(h) for h in heads)), rx.flags),
            {h[0] for h in heads})


class _Prefilter:
    """Per rule, the positions of a text where a match can start (see the comment above)."""

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = list(rules)
        self.heads = [_head_regex(rx) for _name, rx, _fn, _prio in rules]
        firsts = set().union(*(h[1] for h in self.heads if h is not None))
        self.starts = re.compile(B + "(?=" + "|".join(sorted(firsts)) + ")" if firsts else "(?!)",
                                 _RULE_FLAGS)
        self.dispatch: dict[str, tuple[int, ...]] = {}  # first characters -> rules to try there

    def rules_at(self, key: str) -> tuple[int, ...]:
        idx = self.dispatch.get(key)
        if idx is None:
            idx = tuple(i for i, h in enumerate(self.heads) if h is not None and h[0].match(key))
            if len(self.dispatch) < 100_000:
                self.dispatch[key] = idx
        return idx

    def candidates(self, text: str) -> list[list[int] | None]:
        """Ascending start positions per rule; None for a rule that keeps plain finditer."""
        out: list[list[int] | None] = [[] if h is not None else None for h in self.heads]
        dispatch, k = self.dispatch, _HEAD_LEN
        for p in [m.start() for m in self.starts.finditer(text)]:
            key = text[p : p + k]
            idx = dispatch.get(key)
            for i in (self.rules_at(key) if idx is None else idx):
                out[i].append(p)  # type: ignore[union-attr]
        return out


def _replay(rx: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` given, in order, every position where a match of ``rx`` can start."""
    end = 0
    for p in starts:
        if p >= end and (m := rx.match(text, p)) is not None:
            yield m
            end = m.end()
