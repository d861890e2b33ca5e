"""Name normalisation: the keys under which one real-world entity is found whatever the spelling.

Written by hand because no library folds French/English/German transliterations of Russian,
Korean or Arabic names into one key (unidecode strips accents, but "Gorbatchev" and "Gorbachev" stay
apart). The folds are phonetic families of the conventions, not a table of names:
ch/sh/sch, tch/ch, ou/u, j/zh/dj, kh/h, y/i, ei/ey/ej, doubled letters, final -e.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from recoupe.lang import packs
from recoupe.lang.fr.entities import HONORIFICS

# names are keyed across languages: the function words of every pack
_STOP = frozenset().union(*(p.name_stop_words for p in packs()))
_HONORIFICS = {h.lower().rstrip(".") for h in HONORIFICS}
_LEADING_ARTICLES = {"le", "la", "les", "l"}
_STRIPPED = _LEADING_ARTICLES | _HONORIFICS  # words name_words drops at the start of a name
_TRANSLIT = [
    ("sch", "ch"), ("tch", "ch"), ("tsh", "ch"), ("sh", "ch"), ("zh", "j"), ("dj", "j"), ("dzh", "j"),
    ("kh", "h"), ("ou", "u"), ("oo", "u"), ("w", "v"), ("y", "i"), ("ei", "ei"), ("ej", "ei"), ("ey", "ei"),
    ("ck", "k"), ("q", "k"), ("ph", "f"), ("gue", "ge"), ("gui", "gi"), ("ts", "c"), ("tz", "c"), ("x", "ks"),
]


class _Marks(dict[int, int | None]):
    """A :meth:`str.translate` table that drops the combining marks (``unicodedata.combining``
    not 0) and keeps every other character, each code point looked up once: a pass in C over the
    text instead of a Python test per character (the same text out). At most ``LIMIT`` code
    points are kept (a hostile text of every character does not grow it further)."""

    LIMIT = 1 << 16

    def __missing__(self, point: int) -> int | None:
        kept = None if unicodedata.combining(chr(point)) else point
        if len(self) < self.LIMIT:
            self[point] = kept
        return kept


_MARKS = _Marks()
_TO_SPACE = re.compile(r"[’'`´\-‐–—_.·/]")
_NOT_WORD = re.compile(r"[^\w\s]")


@lru_cache(maxsize=1 << 16)  # names recur across mentions and articles: fold each once
def fold(text: str) -> str:
    """Lowercase, accents off, apostrophes/hyphens/dots to spaces, spaces collapsed."""
    t = unicodedata.normalize("NFKD", text).translate(_MARKS).lower()
    t = _TO_SPACE.sub(" ", t)
    t = _NOT_WORD.sub("", t)
    return " ".join(t.split())


def strip_titles(words: list[str]) -> list[str]:
    out = list(words)
    while out and out[0] in _HONORIFICS:
        out = out[1:]
    return out


def name_words(text: str) -> list[str]:
    """The words of a name without honorifics or leading articles ("M. Durand" -> ["durand"])."""
    return list(_name_words(text))


@lru_cache(maxsize=1 << 16)  # asked many times per mention while resolving an article
def _name_words(text: str) -> tuple[str, ...]:
    words = fold(text).split()
    while words and words[0] in _LEADING_ARTICLES:
        words = words[1:]
    return tuple(strip_titles(words))


@lru_cache(maxsize=1 << 16)
def skeleton(word: str) -> str:
    """A transliteration-insensitive form of one word: "tchaïkovski", "tchaikovsky" -> "chaikovski"."""
    w = word
    for _ in range(4):  # to a fixed point, so that a key folds to itself
        before = w
        for a, b in _TRANSLIT:
            w = w.replace(a, b)
        w = re.sub(r"(.)\1+", r"\1", w)
        if len(w) > 3 and w.endswith("e"):
            w = w[:-1]
        if w == before:
            break
    return w


def _key_word(word: str) -> str:
    """The skeleton of a name word, unless the skeleton is a word that :func:`name_words` drops
    (an article or an honorific): "lee" stays "lee" instead of becoming "le", so that a key read
    again as a name is its own key (``full_key(full_key(x)) == full_key(x)``)."""
    s = skeleton(word)
    return word if s in _STRIPPED else s


def full_key(text: str) -> str:
    """Key of the whole name: "Moon Jae-in", "Moon Jae In", "MOON JAE IN" share it."""
    return " ".join(_key_word(w) for w in name_words(text))


def acronym(text: str) -> str:
    """Initials of the content words: "Conseil de sécurité des Nations unies" -> "csnu"."""
    words = [w for w in fold(text).split() if w not in _STOP]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def is_acronym(text: str) -> bool:
    bare = text.replace(".", "")
    return 2 <= len(bare) <= 7 and bare.isupper() and bare.isalpha()


def same_person_tokens(a: list[str], b: list[str]) -> bool:
    """Two multi-word person names are one person only if every word pairs up.

    Keeps a father and son apart ("Lee Jae Won" / "Lee Jae Min") and two people sharing a family
    name with different given names.
    """
    if len(a) != len(b):
        return False
    return all(skeleton(x) == skeleton(y) for x, y in zip(a, b, strict=True))


_VOWELS = set("aeiou")


def near_word(a: str, b: str) -> bool:
    """Are two name words spellings of one (their skeletons equal, or, for words long enough that
    a slip cannot make another name, a letter more or less — « Netanyahou »/« Netanyaou » — or one
    vowel for another — « Rohani »/« Rouhani »)?"""
    x, y = skeleton(a), skeleton(b)
    if x == y:
        return True
    if abs(len(x) - len(y)) == 1 and min(len(x), len(y)) >= 5:
        short, long_ = (x, y) if len(x) < len(y) else (y, x)
        return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))
    if len(x) == len(y) >= 6:
        diff = [(p, q) for p, q in zip(x, y, strict=True) if p != q]
        return len(diff) == 1 and diff[0][0] in _VOWELS and diff[0][1] in _VOWELS
    return False


def variant_person_tokens(a: list[str], b: list[str]) -> bool:
    """Two multi-word person names that are spelling variants of one name: every word pairs up
    as :func:`near_word` with at least one word spelt alike, or one name drops a middle name of
    the other (first and last words alike, « John F. Kennedy »/« John Kennedy »). A name of short
    syllables (« Lee Jae Won », every word of four letters or fewer) has no middle name to drop."""
    if len(a) < 2 or len(b) < 2:
        return False
    if len(a) == len(b):
        return all(near_word(x, y) for x, y in zip(a, b, strict=True)) and any(
            skeleton(x) == skeleton(y) for x, y in zip(a, b, strict=True))
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(long_) - len(short) != 1 or all(len(w) <= 4 for w in long_):
        return False
    sk = [skeleton(w) for w in short]
    return any([skeleton(w) for w in long_[:i] + long_[i + 1:]] == sk for i in range(1, len(long_) - 1))


def in_complement(text: str, name: str) -> bool:
    """Is every place ``name`` stands in ``text`` a noun's complement (« habitante de [la] Moscou », « the
    mayor of Tidewick »)? Not when the phrase opens with the name (it is then its head), nor when the name
    is not in it."""
    from recoupe.lang.fr.entities import COMPLEMENT_DETERMINERS, COMPLEMENT_PREPOSITIONS

    start = text.find(name) if name else -1
    if start == -1:
        return False
    while start != -1:
        before = text[:start].replace("’", "'").lower().replace("'", "' ").split()
        while before and before[-1] in COMPLEMENT_DETERMINERS:
            before.pop()
        if not (before and before[-1] in COMPLEMENT_PREPOSITIONS):
            return False
        start = text.find(name, start + 1)
    return True
