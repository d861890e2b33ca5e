"""Cheap proofs that a regular expression cannot match somewhere, read from its syntax tree.

Two questions, for two stages that run many patterns over every article: the literals every
match must contain (:func:`required_literals`, the cleaning stage's furniture phrases), and the
characters a match can start with (:func:`first_atoms`, the time tagger's rules).

Written by hand: Python's ``re`` has no such prefilter and no maintained library derives one for
its patterns (RE2-style literal extraction does not cover ``re``'s syntax).

``required_literals(pattern)`` reads the pattern's syntax tree (``re._parser``, the parser ``re.compile``
itself uses) and returns lower-cased strings such that every match of the pattern contains at least one
of them, or None when it cannot tell (then the pattern must simply be run). ``folded(text)`` is the text
lower-cased for testing those strings with ``in``, or None when the text holds a character for which
``str.lower`` disagrees with the regex engine's case-insensitive matching.

Why ``key not in folded(text)`` for every key proves ``rx.search(text) is None`` (also with IGNORECASE):

* a match is the concatenation of what each node of the pattern matched; a run of consecutive nodes
  each matching one of finitely many strings (literals, small character sets like ``[- ]``, ``s?``,
  groups of alternatives, zero-width ``\\b``) matched one string of their product, so the match contains
  it; an alternation needs one of its branches, a repeat of at least one its body;
* under IGNORECASE a text character ``c`` matches a pattern character ``p`` when their simple lowercase
  forms are equal, or through one of the engine's few extra case equivalences. Keys are restricted to
  ASCII, Latin-1 (but the micro sign) and the typographic apostrophe, for which the only characters
  matching otherwise than ``c.lower() == p.lower()`` are the :data:`FOLD_HAZARDS` (dotless i, long s;
  dotted capital I is the one character whose ``str.lower`` has two characters, which would shift the
  text). ``folded`` refuses texts holding one of them (the patterns are then all run).
  ``tests/clean/test_clean_prefilter.py`` checks this claim over all of Unicode.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

try:  # the parser re.compile uses (Python >= 3.11); without it, no shortcut
    from re import _constants as _C  # type: ignore[attr-defined]  # private: not in typeshed
    from re import _parser as _P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _C = _P = None

# Characters matched case-insensitively by some key character although their str.lower() differs from
# its own (or is two characters long): "İ" (U+0130), "ı" (U+0131), "ſ" (U+017F).
FOLD_HAZARDS = ("\u0130", "\u0131", "\u017f")
MAX_ALTERNATIVES = 64  # largest set of strings tracked for one run of nodes


def key_char_ok(ch: str) -> bool:
    """Characters a key may hold (see module docstring): ASCII, Latin-1, the typographic apostrophe.

    Not the micro sign: the engine matches it with the Greek mu (both cases), which lower otherwise.
    """
    return (ord(ch) < 0x100 and ch != "\u00b5") or ch == "\u2019"


def folded(text: str) -> str | None:
    """``text.lower()``, or None when a character of the text makes the ``in`` test unsound."""
    if not text.isascii():
        for ch in FOLD_HAZARDS:
            if ch in text:
                return None
    return text.lower()


def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Lower-cased strings, one of which is in every match of ``pattern``; None when unknown."""
    if _P is None:
        return None
    try:
        tree = _P.parse(pattern, flags)
        keys = _seq_required(list(tree))
    except Exception:  # an unexpected tree shape (another Python version): no shortcut
        return None
    if not keys:
        return None
    lowered = {k.lower() for k in keys}
    if not all(key_char_ok(ch) for k in lowered for ch in k):
        return None
    # a key containing a shorter key adds nothing to the test
    return tuple(sorted(k for k in lowered if not any(o != k and o in k for o in lowered)))


def _product(a: set[str], b: set[str]) -> set[str] | None:
    out = {x + y for x in a for y in b}
    return out if len(out) <= MAX_ALTERNATIVES else None


def _exact(op: object, av: Any) -> set[str] | None:
    """Every string the node can match, when they are few; else None."""
    if op is _C.LITERAL:
        return {chr(av)}
    if op is _C.AT:  # \b, ^, $: zero-width
        return {""}
    if op is _C.IN:  # a set of plain characters only (no range, category or negation)
        chars = set()
        for item_op, item in av:
            if item_op is not _C.LITERAL:
                return None
            chars.add(chr(item))
        return chars
    if op is _C.SUBPATTERN or op is _C.BRANCH:
        out = _group_or_branch(op, av, _seq_exact)
        return out if out is None or len(out) <= MAX_ALTERNATIVES else None
    if op is _C.MAX_REPEAT or op is _C.MIN_REPEAT:
        lo, hi, sub = av
        body = _seq_exact(list(sub)) if hi <= 2 else None
        if body is None:
            return None
        out, current = set(), {""}
        for k in range(hi + 1):
            if k >= lo:
                out |= current
            if k < hi:
                current = _product(current, body)  # type: ignore[assignment]
                if current is None:
                    return None
        return out if len(out) <= MAX_ALTERNATIVES else None
    return None


def _group_or_branch(op: object, av: Any, seq_strings: Callable[[list], set[str] | None]) -> set[str] | None:
    """A group is its sequence; an alternation, the union over its branches (None if any is)."""
    if op is _C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else seq_strings(list(sub))
    out: set[str] = set()
    for alt in av[1]:
        strings = seq_strings(list(alt))
        if strings is None:
            return None
        out |= strings
    return out


def _seq_exact(seq: list) -> set[str] | None:
    out: set[str] | None = {""}
    for op, av in seq:
        strings = _exact(op, av)
        if strings is None:
            return None
        out = _product(out, strings)  # type: ignore[arg-type]
        if out is None:
            return None
    return out


def _required(op: object, av: Any) -> set[str] | None:
    """Strings one of which every match of the node contains; None when unknown."""
    if op is _C.SUBPATTERN or op is _C.BRANCH:
        return _group_or_branch(op, av, _seq_required)
    if (op is _C.MAX_REPEAT or op is _C.MIN_REPEAT) and av[0] >= 1:
        return _seq_required(list(av[2]))
    return None


def _shortest(strings: set[str]) -> int:
    return min(map(len, strings)) if strings else 0


def _seq_required(seq: list) -> set[str] | None:
    """The best of: each run of consecutive exact nodes (their product), each other node's own need."""
    candidates: list[set[str]] = []
    run: set[str] = {""}
    for op, av in seq:
        strings = _exact(op, av)
        if strings is not None:
            longer = _product(run, strings)
            if longer is not None:
                run = longer
            else:
                candidates.append(run)
                run = strings
            continue
        candidates.append(run)
        run = {""}
        need = _required(op, av)
        if need is not None:
            candidates.append(need)
    candidates.append(run)
    best = max(candidates, key=lambda s: (_shortest(s), -len(s)))
    return best if _shortest(best) > 0 else None


# -- what a match can start with (the time tagger's rule prefilter) ------------------------------

class _NoHead(Exception):
    """A construct first_atoms() does not model."""


def _atom(op: Any, av: Any) -> str | None:
    """Regex source matching exactly the characters one parsed single-character item matches."""
    c = _C
    if op is c.LITERAL:
        return re.escape(chr(av))
    if op is c.NOT_LITERAL:
        return "[^" + re.escape(chr(av)) + "]"
    if op is c.ANY:
        return r"[\s\S]"  # wider than "." without DOTALL: safe
    if op is c.IN:
        cats = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_SPACE: r"\s",
                c.CATEGORY_NOT_SPACE: r"\S", c.CATEGORY_WORD: r"\w", c.CATEGORY_NOT_WORD: r"\W"}
        out: list[str] = []
        for o, a in av:
            if o is c.NEGATE:
                out.insert(0, "^")
            elif o is c.LITERAL:
                out.append(re.escape(chr(a)))
            elif o is c.RANGE:
                out.append(re.escape(chr(a[0])) + "-" + re.escape(chr(a[1])))
            elif o is c.CATEGORY and a in cats:
                out.append(cats[a])
            else:
                raise _NoHead(o)
        return "[" + "".join(out) + "]"
    return None


def _heads(items: list[Any], k: int, depth: int = 0) -> set[tuple[str, ...]]:
    """Atoms of the first ``k`` characters of any match of the parsed sequence ``items``."""
    c = _C
    if depth > 500:
        raise _NoHead("too deep")
    if k == 0 or not items:
        return {()}
    (op, av), rest = items[0], list(items[1:])
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return _heads(rest, k, depth + 1)
    a = _atom(op, av)
    if a is not None:
        return {(a, *t) for t in _heads(rest, k - 1, depth + 1)}
    if op is c.SUBPATTERN:
        if av[1] or av[2]:
            raise _NoHead("scoped flags")
        return _heads(list(av[3]) + rest, k, depth + 1)
    if op is c.ATOMIC_GROUP:
        return _heads(list(av) + rest, k, depth + 1)
    if op is c.BRANCH:
        return set().union(*(_heads(list(alt) + rest, k, depth + 1) for alt in av[1]))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        out = _heads(rest, k, depth + 1) if lo == 0 else set()
        if hi != 0:
            again = (op, (max(lo - 1, 0), hi if hi == c.MAXREPEAT else hi - 1, sub))
            out |= _heads([*sub, again, *rest], k, depth + 1)
        return out
    raise _NoHead(op)  # back-references, conditionals...


def first_atoms(rx: re.Pattern[str], k: int) -> set[tuple[str, ...]] | None:
    """For each way a match of ``rx`` can begin, the regex sources (one per character, for the
    first ``k`` characters; fewer when the match can end sooner) matching exactly the characters
    allowed there. Zero-width assertions are dropped, which only widens the set. None when the
    pattern can match the empty string, has a construct not modelled, or ``re._parser`` is missing."""
    if _P is None:
        return None
    try:
        tree = _P.parse(rx.pattern, rx.flags)
        if tree.getwidth()[0] == 0:
            return None
        heads = _heads(list(tree), k)
    except (_NoHead, RecursionError, AttributeError, TypeError, ValueError):
        return None
    return None if not heads or () in heads else heads
