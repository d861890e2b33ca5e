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

STOPWORDS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        "le la les l un une des du de d au aux et ou mais donc or ni car que qu qui quoi dont où ce cet cette "  # noqa: SIM905 (a word list reads better as one string)  # noqa: SIM905 (a word list reads better as one string)
        "ces son sa ses leur leurs il ils elle elles on nous vous je j me m te t se s lui y en ne n pas plus "
        "est sont était été être avoir a ont avait sur dans par pour avec sans sous entre vers chez selon "
        "après avant depuis pendant comme aussi très tout tous toute toutes même si déjà encore où ainsi".split()
    ),
    "en": frozenset(
        "the a an and or but of to in on at by for with from as is are was were be been being has have had "  # noqa: SIM905 (a word list reads better as one string)  # noqa: SIM905 (a word list reads better as one string)
        "it its this that these those he she they we you i his her their our your my not no will would can "
        "could should may might which who whom whose what when where there than then also into about after "
        "over said more most such only do does did".split()
    ),
    "de": frozenset(
        "der die das den dem des ein eine einen einem einer und oder aber nicht ist sind war waren wird werden "  # noqa: SIM905 (a word list reads better as one string)  # noqa: SIM905 (a word list reads better as one string)
        "hat haben hatte mit von zu zum zur im in auf für aus bei nach über unter auch sich es sie er wir ich "
        "ihr dass wie als noch nur schon".split()
    ),
    "es": frozenset(
        "el la los las un una unos unas y o pero de del al en con por para sin sobre entre que quien cual como "  # noqa: SIM905 (a word list reads better as one string)  # noqa: SIM905 (a word list reads better as one string)
        "es son fue era ha han había se su sus lo le les este esta estos estas ese esa no más muy ya también "
        "según desde hasta".split()
    ),
    "it": frozenset(
        "il lo la i gli le un uno una e o ma di del della dei delle al alla in con per su tra fra che chi come "  # noqa: SIM905 (a word list reads better as one string)  # noqa: SIM905 (a word list reads better as one string)
        "è sono era stato ha hanno non più anche si suo sua suoi sue questo questa quello quella nel nella "
        "dal dalla degli ai".split()
    ),
    "pt": frozenset(
        "o a os as um uma uns umas e ou mas de do da dos das no na nos nas em com por para sem sobre entre que "  # noqa: SIM905 (a word list reads better as one string)  # noqa: SIM905 (a word list reads better as one string)
        "quem como é são foi era tem têm não mais muito já também se seu sua seus suas este esta isso ao à "
        "pelo pela".split()
    ),
    "nl": frozenset(
        "de het een en of maar van in op aan met voor door bij naar uit over als dat die dit deze is zijn was "  # noqa: SIM905 (a word list reads better as one string)  # noqa: SIM905 (a word list reads better as one string)
        "waren wordt worden heeft hebben had niet geen ook nog al er hij zij ze wij we ik je u".split()
    ),
}

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
