"""The time tagger: temporal expressions found and normalised as TIMEX3 values, resolved against
an anchor date (usually the publication date), in any language that has a pack.

One engine (:mod:`.engine`: rules through a prefilter, overlaps settled, post-passes) and shared
normalisation (:mod:`.calendar`); each language pack brings its grammar
(``recoupe.lang.<code>.timex``: ``grammar`` the regex building blocks from its date words,
``rules`` the patterns and their handlers, ``normalise`` its post-passes and values, ``tense``
its tense oracles). A pack's grammar is built the first time its language is tagged: importing
this module compiles nothing.

Direction of underspecified expressions (a bare weekday, month, "12 mars", "March 5", a season)
comes from the tense of the governing verb (``tense_at``; see :mod:`.calendar`). Without
``tense_at``, the grammar's ``tense_from_text`` (a cheap verb-form heuristic) is used; pass
``tense_at=lambda s, e: None`` to get the pure nearest rule. Without an anchor, relative values
are left underspecified ("XXXX-07", "XXXX-XX-XX") and intervals are None.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from functools import cache
from importlib import import_module
from typing import Any

from recoupe.lang import pack
from recoupe.model import TimeExpr
from recoupe.nlp.timex.engine import Grammar, Tense, TenseAt

__all__ = ["Grammar", "Tense", "TenseAt", "grammar", "tag", "tense_from_doc", "tense_from_text", "to_json_lines"]


@cache
def grammar(lang: str = "fr") -> Grammar:
    """The time grammar of ``lang``'s pack, built on first use."""
    found: Grammar = import_module(pack(lang).time_grammar).GRAMMAR
    return found


def tag(text: str, anchor: date | None, *, tense_at: TenseAt | None = None, lang: str = "fr") -> list[TimeExpr]:
    """Find and normalise the temporal expressions of ``text`` (in ``lang``) against ``anchor``.

    ``tense_at(start, end)`` gives the tense of the clause around a span (see
    :func:`tense_from_doc`); when None, :func:`tense_from_text` guesses it from verb forms.
    Never raises: a rule that fails on odd input is skipped.
    """
    return grammar(lang).tag(text, anchor, tense_at=tense_at)


def tense_from_doc(doc: Any, lang: str | None = None) -> TenseAt:
    """``tense_at`` from a parsed spaCy Doc (of ``lang``, by default the Doc's own language)."""
    return grammar(lang or doc.lang_).tense_from_doc(doc)


def tense_from_text(text: str, lang: str = "fr") -> TenseAt:
    """A cheap ``tense_at`` without a parser: the verb forms of the span's clause."""
    return grammar(lang).tense_from_text(text)


def to_json_lines(text: str, anchor: date | None, *, nlp: Any = None, lang: str = "fr") -> Iterator[dict[str, Any]]:
    """The ``recoupe tag-time`` output: one JSON-ready dict per expression found in ``text``."""
    tense_at: TenseAt | None = None
    if nlp is not None:
        tense_at = tense_from_doc(nlp(text), lang)
    for t in tag(text, anchor, tense_at=tense_at, lang=lang):
        yield {
            "start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value,
            "interval_start": t.interval_start.isoformat() if t.interval_start else None,
            "interval_end": t.interval_end.isoformat() if t.interval_end else None,
            "precision": t.precision, "rule": t.rule,
            "anchor": t.anchor.isoformat() if t.anchor else None,
        }
