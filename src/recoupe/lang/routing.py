"""Which pipeline reads an article: French, English, or none (a named rejection).

The language comes from :func:`recoupe.clean.language.detect_language` (``article.language``).
French and English articles go to their own spaCy pipeline; an article in any other language is
rejected with ``E085``, its language and the reason, and never parsed with a model of another
language. When the detector could not tell French or English apart from the language it chose
(see :func:`pipeline_language`), the better of French and English reads the article.

Parsing keeps the input order: consecutive articles of one language go through one ``nlp.pipe``
(an all-French stream is a single group, exactly as before).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from itertools import groupby
from typing import TYPE_CHECKING, Any

from recoupe.errors import E
from recoupe.lang import SUPPORTED
from recoupe.model import Article, Rejection

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc



SHORT_WORDS = 25  # below this many words (a headline, a lead) the stopword detector is unreliable


def pipeline_language(language: str, text: str = "") -> str | None:
    """The pipeline language ("fr" or "en") for an article detected as ``language``; None when
    recoupe cannot read it.

    Another detected language (or ``"und"``) still goes to French or English when the detector
    could not tell them apart: the better of the two reaches the detector's threshold and is
    within its margin of the winner (``"und"``: reaches the threshold), or, in a short text, has
    at least half the winner's share (short French headlines share most stopwords with Spanish).
    """
    if language in SUPPORTED:
        return language
    if not text:
        return None
    from recoupe.clean.language import MARGIN, MIN_RATIO, scores

    shares = scores(text)
    best = max(SUPPORTED, key=lambda lang: shares.get(lang, 0.0))
    mine, top = shares.get(best, 0.0), max(shares.values(), default=0.0)
    if mine <= 0.0:
        return None
    if mine >= MIN_RATIO and (language == "und" or mine * MARGIN >= top):
        return best
    if len(re.findall(r"\w+", text[:2000])) < SHORT_WORDS and 2 * mine >= top:
        return best
    return None


def unsupported(article: Article) -> Rejection | None:
    """An ``E085`` rejection for an article recoupe cannot read, else None."""
    if pipeline_language(article.language, article.text) is not None:
        return None
    if article.language == "und":
        reason = "no French or English stopword profile reaches the detector's threshold"
    else:
        reason = "detected from its stopword profile"
    return Rejection(origin=article.origin, code="E085", reason=E.E085.format(
        path=article.origin, language=article.language, reason=reason,
        supported=", ".join(SUPPORTED)))


def load_for(language: str, french: Language | None = None) -> Language:
    """The loaded pipeline of ``language``, its pack's model (``french`` is used as is when given)."""
    if language == "fr" and french is not None:
        return french
    from recoupe.lang import pack
    from recoupe.nlp.pipeline import load

    return load(pack(language).model)


def parse_by_language(nlp: Language, items: Iterable[tuple[str, date | None, Any]], *,
                      language_of: Callable[[Any], str], batch_size: int = 16,
                      loader: Callable[[str], Language] | None = None) -> Iterator[tuple[Doc, Any]]:
    """Like :func:`recoupe.nlp.pipeline.parse_with_context`, each item parsed by the pipeline of
    its language (``language_of(context)``; ``nlp`` serves its own language). In input order."""
    from recoupe.nlp.pipeline import parse_with_context

    own = nlp.lang or ""  # (always set on a loaded pipeline; "" routes like None did)

    def key(item: tuple[str, date | None, Any]) -> str:
        return pipeline_language(language_of(item[2]), item[0]) or own

    for lang, group in groupby(items, key=key):
        pipe = nlp if lang == own else (loader or load_for)(lang)
        yield from parse_with_context(pipe, group, batch_size=batch_size)


def article_language(ctx: tuple[Any, Article]) -> str:
    """``language_of`` for the pipeline's ``(raw, article)`` contexts."""
    return ctx[1].language
