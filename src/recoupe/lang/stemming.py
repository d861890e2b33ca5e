"""The search stemmer every pack builds from its list of endings (one engine, data per language)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable


def fold(word: str) -> str:
    """Lower case, accents off (as the search index folds them)."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


class SuffixStemmer:
    """A crude stem: the folded word less its longest listed ending, keeping at least ``keep``
    characters; words of ``keep`` characters or fewer, and numbers, stay whole."""

    def __init__(self, suffixes: Iterable[str], keep: int = 4) -> None:
        self.suffixes = sorted(set(suffixes), key=len, reverse=True)
        self.keep = keep

    def __call__(self, word: str) -> str:
        w = fold(word)
        if len(w) <= self.keep or w.isdigit():
            return w
        for suffix in self.suffixes:
            if w.endswith(suffix) and len(w) - len(suffix) >= self.keep:
                return w[: -len(suffix)]
        return w
