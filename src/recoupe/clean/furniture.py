"""Tell article body from site furniture in plain text, line by line.

The text is cut into *units*: one unit per line, except that a line broken mid-sentence (no end
punctuation, next line starting in lower case, or a hard-wrapped block) is joined to the next. Each
unit gets one label:

``body``        a paragraph of the article;
``intertitle``  a short heading line (no end punctuation) with body paragraphs right before and after
                it. Decision: intertitles stay in ``Article.text`` as their own paragraph, because they
                are the author's words and a claim or a date may sit in them; a short line that is not
                between two body paragraphs is furniture;
``title``       the headline (first unit that reads like one, before the first body paragraph);
``byline``      the author line ("Par Jean Dupont", "Jean Dupont & AFP", "avec AFP", "By ...");
``furniture:<signal>`` anything else, with the signal that decided it.

Signals, in order (each documented with its patterns in :mod:`recoupe.clean.lexicons`):

1. ``symbol``: no letter or digit at all ("/", "•", "***");
2. line patterns: reading time, live/section labels, adverts, credits ("Crédit :", "Photo :", "Image
   source :", "©"), bare timestamps/durations, newsletter/subscription/account/notification/cookie
   prompts, share/follow/comment prompts, "Lire aussi"/"La rédaction vous recommande"/"Sur le même
   sujet"/"Read more", keyword/tag lines, publication markers ("Publié le ..."), navigation, paywall, app;
3. phrases: furniture phrasing anywhere in the unit (one is enough under 200 characters, two above);
4. ``repeat``: a short unit (< 100 characters) seen twice is furniture everywhere; a long one only
   from its second occurrence;
5. ``caption``: a short unit right before a credit line;
6. ``bio``: after an end-of-article marker ("First published in", "À propos de l'auteur") every
   unit is furniture; so is a tail block of author-bio sentences ("X vit à", "X est diplômé de",
   "X works for") at the end of the text;
7. position: before the first body paragraph, only the title and the byline are kept (``head``);
   after the last clean body paragraph (no furniture phrasing, no reader-directed "vous/you" once a
   furniture unit has been seen) everything is furniture (``tail``); a short unit without end
   punctuation that is not an intertitle is ``short``; an isolated short sentence between two furniture
   units (a video title, a teaser) is ``isolated``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from recoupe import regex_prefilter as prefilter
from recoupe.clean import lexicons
from recoupe.clean.metadata import alpha_words, byline_of, is_headline_shape, looks_like_name
from recoupe.lang import dateline_months

_FLAGS = re.IGNORECASE
LINE_PATTERNS = [(sig, re.compile(r"^\W{0,3}(?:" + rx + ")", _FLAGS)) for sig, rx in lexicons.LINE_PATTERNS]
PHRASES = [(sig, re.compile(rx, _FLAGS)) for sig, rx in lexicons.PHRASES]
# For each phrase pattern, lower-cased literals one of which every match contains (None: unknown). Most
# units hold none of them, and testing them with ``in`` is much cheaper than running the pattern: see
# phrase_signals and recoupe.regex_prefilter for why skipping a pattern then never changes a result.
_PHRASE_KEYS = [prefilter.required_literals(rx, _FLAGS) for _, rx in lexicons.PHRASES]
BIO_MARKERS = [re.compile(r"^\W{0,3}" + rx, _FLAGS) for rx in lexicons.BIO_MARKERS]
BIO_PHRASES = [re.compile(rx, _FLAGS) for rx in lexicons.BIO_PHRASES]
SECOND_PERSON = re.compile(lexicons.SECOND_PERSON, _FLAGS)

# Longest line (in words) each line-pattern signal may describe: a share button bar is short, a
# "Lire aussi : <headline>" line can be long.
MAX_WORDS: dict[str, int] = {
    "reading-time": 8, "live-label": 4, "advert": 4, "credit": 30, "timestamp": 6, "newsletter": 40,
    "account": 25, "notification": 40, "cookie": 60, "welcome": 12, "share": 10, "follow": 15, "comment": 8,
    "read-also": 40, "keywords": 200, "published": 14, "nav": 6, "paywall": 40, "app": 30,
}
TERMINAL = (".", "!", "?", "…", "»", '"', "”", ")", "’", "'", ":", ";")
_NAME_START = re.compile(r"^[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,3}\s")
_DIGIT_OR_MONTH = re.compile(
    r"\d|\b(?:" + "|".join(dateline_months()) + r")\b", _FLAGS)


# Furniture that may sit between an intertitle and its paragraphs (inline links, ad slots).
_SKIPPABLE = frozenset({"furniture:read-also", "furniture:advert"})


@dataclass(slots=True)
class Unit:
    lines: list[str]
    text: str
    label: str = ""
    signals: list[str] = field(default_factory=list)

    @property
    def kept(self) -> bool:
        return self.label in ("body", "intertitle")


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(TERMINAL)


def split_units(text: str) -> list[Unit]:
    """Cut text into units (see module docstring); every non-empty line lands in exactly one unit."""
    units: list[Unit] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [ln.strip() for ln in block.split("\n")]
        lines = [ln for ln in lines if ln]
        if not lines:
            continue
        inner = lines[:-1]
        wrapped = len(lines) >= 3 and sum(len(ln) >= 40 and not _ends_sentence(ln) for ln in inner) >= 0.6 * len(inner)
        if wrapped:
            units.append(Unit(lines=lines, text=" ".join(lines)))
            continue
        current: list[str] = []
        for ln in lines:
            if current and not _ends_sentence(current[-1]) and ln[:1].islower() and len(current[-1]) > 25 \
                    and byline_of(ln) is None and line_signal(ln) is None:
                current.append(ln)
                continue
            if current:
                units.append(Unit(lines=current, text=" ".join(current)))
            current = [ln]
        if current:
            units.append(Unit(lines=current, text=" ".join(current)))
    return units


def line_signal(text: str) -> str | None:
    """The furniture signal of one line taken alone, or None (see module docstring, steps 1-3)."""
    parts = text.split()
    text = " ".join(parts)
    if not text:
        return "symbol"
    if not any(c.isalnum() for c in text):
        return "symbol"
    words = len(parts)  # = len(text.split()): the parts hold no whitespace
    for sig, rx in LINE_PATTERNS:
        if words <= MAX_WORDS.get(sig, 40) and rx.match(text):
            if sig == "published" and not (_DIGIT_OR_MONTH.search(text) or text.rstrip().endswith(":")):
                continue
            if sig == "published" and text.endswith(".") and words > 6:
                continue
            return sig
    hits = phrase_signals(text)
    if hits and (len(text) < 200 or len(hits) >= 2):
        return hits[0]
    if len(text) <= 3 and not alpha_words(text):
        return "symbol"
    return None


def phrase_signals(text: str) -> list[str]:
    """The signals of the PHRASES found in ``text``, each once, in PHRASES order."""
    found: list[str] = []
    low = prefilter.folded(text)  # None: a character that str.lower() folds unlike the regex engine
    for (sig, rx), keys in zip(PHRASES, _PHRASE_KEYS, strict=True):
        if sig in found:
            continue
        if low is not None and keys is not None and not _has_any(low, keys):
            continue  # every match of rx contains one of the keys: rx.search(text) would be None
        if rx.search(text):
            found.append(sig)
    return found


def _has_any(low: str, keys: tuple[str, ...]) -> bool:
    # the same test as any(key in low for key in keys), without a generator frame per key: ~40,000
    # calls over ~250,000 keys in a 300-article build
    return any(map(low.__contains__, keys))


def is_bio(text: str) -> bool:
    """An author-bio sentence: starts with a name, says where they live/work/studied."""
    head = text[:160]
    return bool(_NAME_START.match(text)) and any(rx.search(head) for rx in BIO_PHRASES)


def is_body_like(text: str) -> bool:
    """A paragraph: ends like a sentence and has 8+ words, or is long whatever its ending."""
    return len(text) >= 200 or (_ends_sentence(text) and len(text.split()) >= 8)


def _norm(text: str) -> str:
    return " ".join(alpha_words(text.lower()))


def label_units(units: list[Unit], *, title: str = "") -> None:
    """Label every unit in place (see module docstring). ``title`` is a known title (record field)."""
    n = len(units)
    if not n:
        return
    sig: list[str | None] = [line_signal(u.text) for u in units]
    norms = [_norm(u.text) for u in units]

    # 4. repeats
    counts = Counter(norms)
    seen: set[str] = set()
    for i, u in enumerate(units):
        key = norms[i]
        if key and counts[key] > 1 and sig[i] is None and (len(u.text) < 100 or key in seen):
            sig[i] = "repeat"
        seen.add(key)

    # 5. captions: a short unit just before a credit line
    for i in range(n - 1):
        if sig[i + 1] == "credit" and sig[i] is None and len(units[i].text) < 250 \
                and _ends_sentence(units[i].text):
            sig[i] = "caption"

    # 6. end-of-article marker, then author-bio tail
    body_seen = False
    for i, u in enumerate(units):
        if body_seen and any(rx.match(u.text) for rx in BIO_MARKERS) and len(u.text) < 120:
            for j in range(i, n):
                if sig[j] is None or j == i:
                    sig[j] = "bio"
            break
        if sig[i] is None and is_body_like(u.text):
            body_seen = True
    for i in range(n - 1, 0, -1):
        if sig[i] is not None:
            continue
        if is_bio(units[i].text):
            sig[i] = "bio"
            continue
        if byline_of(units[i].text):
            continue
        break

    # bylines are not furniture whatever the phrasing
    bylines = [byline_of(u.text) if sig[i] in (None, "repeat") else None for i, u in enumerate(units)]

    clean_body = [sig[i] is None and bylines[i] is None and is_body_like(u.text) for i, u in enumerate(units)]
    first = next((i for i in range(n) if clean_body[i]), n)

    # 7. title, in the head only
    title_idx = -1
    if title:
        tnorm = _norm(title)
        for i in range(min(first + 1, n)):
            if tnorm and norms[i] == tnorm:
                title_idx = i
                break
    else:
        for i in range(min(first + 1, n)):
            if sig[i] not in (None, "repeat") or bylines[i]:
                continue
            text = units[i].text
            if sig[i] == "repeat" and len(alpha_words(text)) < 4:
                continue
            if len(alpha_words(text)) < 3 and not _ends_sentence(text):  # a section label ("Culture")
                continue
            if (is_headline_shape(text) or (text.endswith(("?", "!")) and len(text) < 200)) \
                    and any(clean_body[i + 1:]):
                title_idx = i
            break
    if title_idx == first and first < n:  # a question headline counted as body: it is the title
        clean_body[first] = False
        first = next((i for i in range(first + 1, n) if clean_body[i]), n)

    # last clean body paragraph, then the tail rule
    last = -1
    for i in range(n - 1, -1, -1):
        if clean_body[i] and not phrase_signals(units[i].text):
            last = i
            break
    if last < 0:  # reader-directed phrases trim a tail, never the whole body (a quote may say "welcome to")
        last = next((i for i in range(n - 1, -1, -1) if clean_body[i]), -1)
    # reader-directed paragraphs right after the last clean one stay, until a furniture unit shows up
    j = last + 1
    while last >= 0 and j < n and sig[j] is None and bylines[j] is None and is_body_like(units[j].text):
        if phrase_signals(units[j].text):
            break
        last = j
        j += 1

    byline_taken = False
    for i, u in enumerate(units):
        if i == title_idx:
            u.label = "title"
            continue
        if bylines[i] and not byline_taken and (i < first or i > last or sig[i] is None):
            u.label = "byline"
            byline_taken = True
            continue
        if bylines[i] is None and not byline_taken and i < first and sig[i] is None and looks_like_name(u.text) \
                and 0 <= title_idx == i - 1:
            u.label = "byline"
            byline_taken = True
            continue
        if sig[i] is not None:
            u.label = f"furniture:{sig[i]}"
            u.signals.append(sig[i] or "")
        elif i < first:
            u.label = "furniture:head"
        elif i > last:
            u.label = "furniture:tail"
        elif bylines[i]:
            u.label = "furniture:byline"
        elif _ends_sentence(u.text) or len(u.text) >= 200:
            u.label = "body"
        else:
            u.label = "short"  # decided below, once neighbours are known

    # intertitles: short units with body before and after (furniture lines in between do not count,
    # a "Lire aussi" link between a paragraph and the intertitle is common); a short unit right before
    # a credit line is a caption
    def neighbour(i: int, step: int) -> str:
        j = i + step
        while 0 <= j < n and units[j].label in _SKIPPABLE:
            j += step
        return units[j].label if 0 <= j < n else ""

    for i, u in enumerate(units):
        if u.label != "short":
            continue
        if i + 1 < n and sig[i + 1] == "credit":
            u.label = "furniture:caption"
            continue
        words = len(alpha_words(u.text))
        if neighbour(i, -1) == "body" and neighbour(i, 1) == "body" and 1 <= words <= 20 and len(u.text) < 150:
            u.label = "intertitle"
        else:
            u.label = "furniture:short"

    # isolated short sentences between furniture (teasers, video titles)
    for i, u in enumerate(units):
        if u.label != "body" or len(u.text) >= 150 or i in (first, last):
            continue
        prev_f = i == 0 or not units[i - 1].kept
        next_f = i + 1 == n or not units[i + 1].kept
        if prev_f and next_f:
            u.label = "furniture:isolated"
