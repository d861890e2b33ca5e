"""Language identification from stopword profiles (fast, no model, no download).

Method: lower-case the text, take its word tokens (at most the first 2,000), and for each language count
the share of tokens that are among its most frequent function words (articles, pronouns, prepositions,
auxiliaries). The best-scoring language wins when at least 12% of the tokens are its stopwords and it
beats the runner-up by a clear margin; otherwise the answer is ``"und"``. Texts under 5 words are
``"und"``. Accuracy is good for news paragraphs in the listed languages; it does not know other
languages (they come out ``"und"``) and it is not meant for tweets.
"""

from __future__ import annotations

import re
from collections import Counter

from recoupe.lang import packs
from recoupe.lang.others import STOP_WORDS as OTHER_STOP_WORDS

# One profile a language: the packs' (recoupe reads those languages), then the languages it only
# recognises, to name them in a rejection.
STOPWORDS: dict[str, frozenset[str]] = {p.code: p.stop_words for p in packs()} | OTHER_STOP_WORDS

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
MIN_WORDS = 5
MIN_RATIO = 0.12
MARGIN = 1.25


def _tokens(text: str) -> list[str]:
    out: list[str] = []
    for m in _WORD.finditer(text[:20_000].lower()):
        tok = m.group()
        # French elision: "l'armée" counts "l"; English "don't" stays as one token
        if "'" in tok or "’" in tok:
            head, _, tail = tok.replace("’", "'").partition("'")
            if len(head) <= 2:
                out.extend((head, tail))
                continue
        out.append(tok)
        if len(out) >= 2000:
            break
    return out


def _token_counts(text: str) -> tuple[int, Counter[str]]:
    """``len(_tokens(text))`` and ``Counter(_tokens(text))``, without _tokens' per-token Python loop.

    The counts are those of the list: ``_WORD`` finds the same tokens; each distinct elided token
    ("l'armée") is then split into its two parts as ``_tokens`` does. ``_tokens`` can only stop early
    once it holds 2,000 tokens, so below that total nothing is cut; from there the order matters and
    ``_tokens`` itself gives the list.
    """
    low = text[:20_000].lower()
    words = _WORD.findall(low)
    counts = Counter(words)
    n = len(words)
    if "'" in low or "’" in low:
        for tok in [w for w in counts if "'" in w or "’" in w]:
            head, _, tail = tok.replace("’", "'").partition("'")
            if len(head) <= 2:
                k = counts.pop(tok)
                counts[head] += k
                counts[tail] += k
                n += k
    if n >= 2000:
        toks = _tokens(text)
        return len(toks), Counter(toks)
    return n, counts


def _shares(n: int, counts: Counter[str]) -> dict[str, float]:
    if not n:
        return dict.fromkeys(STOPWORDS, 0.0)
    # the number of tokens that are stopwords (an int, as the per-token sum was), over the token count
    present = counts.keys()
    return {lang: sum(counts[w] for w in present & words) / n for lang, words in STOPWORDS.items()}


def scores(text: str) -> dict[str, float]:
    """Share of the text's tokens that are stopwords of each language."""
    return _shares(*_token_counts(text))


def detect_language(text: str) -> str:
    """ISO 639-1 code of the best stopword profile, or "und" when unsure (see module docstring)."""
    n, counts = _token_counts(text)  # tokenised once, for the length test and the scores
    if n < MIN_WORDS:
        return "und"
    ranked = sorted(_shares(n, counts).items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < MIN_RATIO or top < second * MARGIN:
        return "und"
    return best
