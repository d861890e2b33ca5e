"""The clean stage's shortcuts give the results of the plain computations they replace.

phrase_signals skips a PHRASES pattern when none of its required literals is in the lower-cased unit
(recoupe.regex_prefilter); detect_language counts tokens without building their list. Both are
compared here with the plain loops, on crafted texts and on generated ones.
"""

from __future__ import annotations

import re
import sys
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recoupe import regex_prefilter as prefilter
from recoupe.clean import furniture, language, lexicons


def plain_phrase_signals(text: str) -> list[str]:
    """phrase_signals without the prefilter (the loop it replaces)."""
    found: list[str] = []
    for sig, rx in furniture.PHRASES:
        if sig not in found and rx.search(text):
            found.append(sig)
    return found


def plain_scores(text: str) -> dict[str, float]:
    toks = language._tokens(text)
    if not toks:
        return dict.fromkeys(language.STOPWORDS, 0.0)
    return {lang: sum(t in words for t in toks) / len(toks) for lang, words in language.STOPWORDS.items()}


def _all_keys() -> list[str]:
    return sorted({k for keys in furniture._PHRASE_KEYS if keys for k in keys})


def _variants(key: str) -> list[str]:
    """The key as the engine may meet it: other cases, the case-folding hazards, inside a sentence."""
    forms = {key, key.upper(), key.title(), key.capitalize(), key.swapcase(),
             key.replace("i", "ı"), key.replace("s", "ſ"), key.upper().replace("I", "İ"),
             key.replace("'", "’"), key.replace("’", "'"), key.replace(" ", "  "), key.replace(" ", "\n")}
    out = []
    for f in sorted(forms):
        out += [f, f"Le texte {f} puis la suite.", f"x{f}x", f"{f}s.", "Mot " * 60 + f + " fin" * 60]
    return out


def test_clean_prefilter_keys_found_for_every_phrase() -> None:
    # not needed for correctness, but without keys a pattern is always run (the slow path)
    missing = [rx for (_, rx), keys in zip(lexicons.PHRASES, furniture._PHRASE_KEYS, strict=True) if not keys]
    assert not missing


def test_clean_prefilter_keys_are_contained_in_every_match() -> None:
    # shapes the derivation must handle: optional parts, classes, alternatives, gaps, repeats
    cases = {
        r"\bnewsletters?\b": ("newsletter",),
        r"\bin(?:to)? your inbox\b": ("in your inbox", "into your inbox"),
        r"\b(?:abonnez[- ]vous|sign(?:ing)? up)\b": ("abonnez vous", "abonnez-vous", "sign up", "signing up"),
        r"\b(?:allow|enable)\b.{0,30}\bnotifications?\b": ("notification",),
        r"\bcookies?\b|\bcontinue browsing\b": ("continue browsing", "cookie"),
        r"(?:ab)+c": ("ab",),  # the repeat needs one "ab"; "c" alone is shorter
        r"a.*b": None,  # nothing of length >= 2 is required: one character keys are kept
        r"\d+ min": (" min",),
        r"x*": None,
        r"[^a]bc": ("bc",),
        r"(?-i:Abc)d": ("d",),
        r"(?:µs|ms)": None,  # the micro sign may not be in a key
    }
    for rx, expected in cases.items():
        got = prefilter.required_literals(rx, re.IGNORECASE)
        if rx == r"a.*b":
            assert got in (("a",), ("b",))
        else:
            assert got == expected, (rx, got)


@pytest.mark.parametrize("key", _all_keys())
def test_clean_prefilter_same_signals_on_keys(key: str) -> None:
    for text in _variants(key):
        assert furniture.phrase_signals(text) == plain_phrase_signals(text), text


def test_clean_prefilter_same_signals_on_hazards_and_near_misses() -> None:
    texts = ["ſubscribe", "SUBSCRİBE now", "clıck here", "Cliquez ici", "CLICK HERE", "Sign-up", "sign\tup",
             "Votre  compte", "vos préférences de navigation", "Préférences du compte", "cookie-free",
             "Newsletter", "NEWSLETTERS", "newsletteR!", "bienvenue  sur", "Welcome To", "ﬀ newsletter",
             "Ⅰ subscribe", "µ premium", "Réservé aux abonnés", "RÉSERVÉ AUX ABONNÉS", "réservé aux abonnés.",
             "Partagez cet article", "join   the community", "rejoignez notre grande communauté", ""]
    for text in texts:
        assert furniture.phrase_signals(text) == plain_phrase_signals(text), text
        assert furniture.line_signal(text) == _plain_line_signal(text), text


def _plain_line_signal(text: str) -> str | None:
    original = furniture.phrase_signals
    furniture.phrase_signals = plain_phrase_signals  # type: ignore[assignment]
    try:
        return furniture.line_signal(text)
    finally:
        furniture.phrase_signals = original  # type: ignore[assignment]


@pytest.mark.parametrize("index", range(len(furniture.PHRASES)))
@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_clean_prefilter_matches_of_every_phrase_are_kept(index: int, data: st.DataObject) -> None:
    # texts made to match the pattern (with text around): the shortcut must never skip them
    sig, rx = furniture.PHRASES[index]
    text = data.draw(st.from_regex(rx))
    assert rx.search(text)
    assert sig in furniture.phrase_signals(text)
    assert furniture.phrase_signals(text) == plain_phrase_signals(text)


FRAGMENTS = st.sampled_from([*_all_keys(), "I", "İ", "ı", "ſ", "S", " ", "-", "'", "’", ".", "\n", "é", "É",
                             "l'", "qu’", "d'", "aujourd'hui", "the", "le", "der", "1", "_"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(FRAGMENTS, st.text(max_size=12)), max_size=30))
def test_clean_prefilter_same_signals_on_generated_text(parts: list[str]) -> None:
    text = "".join(parts)
    assert furniture.phrase_signals(text) == plain_phrase_signals(text)
    assert language.scores(text) == plain_scores(text)
    assert language.detect_language(text) == _plain_detect(text)


def _plain_detect(text: str) -> str:
    if len(language._tokens(text)) < language.MIN_WORDS:
        return "und"
    ranked = sorted(plain_scores(text).items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < language.MIN_RATIO or top < second * language.MARGIN:
        return "und"
    return best


@pytest.mark.parametrize("n", [0, 3, 1990, 1998, 1999, 2000, 2001, 2500])
@pytest.mark.parametrize("tail", ["mot ", "l'eau ", "qu’il ", "aujourd'hui ", "a'b'c "])
def test_clean_language_counts_equal_token_list_around_the_cut(n: int, tail: str) -> None:
    # _tokens stops after ~2,000 tokens, elided tokens count two: the counts must follow it exactly
    for text in ("le " * n + tail * 5, "l'a " * (n // 2) + tail * 3, tail * n):
        count, counts = language._token_counts(text)
        toks = language._tokens(text)
        assert count == len(toks)
        assert counts == Counter(toks)
        assert language.scores(text) == plain_scores(text)
        assert language.detect_language(text) == _plain_detect(text)


def test_clean_prefilter_fold_claim_holds_over_unicode() -> None:
    # every character the engine matches case-insensitively with a key character lowers to that
    # character's lower case, one character long, unless folded() refuses it (FOLD_HAZARDS)
    everything = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)
    allowed = [ch for ch in everything if prefilter.key_char_ok(ch)]
    gate = re.compile("[" + "".join(re.escape(p) for p in allowed) + "]", re.IGNORECASE)
    matched = sorted({m.group() for m in gate.finditer(everything)})
    bad = []
    for c in matched:
        if c in prefilter.FOLD_HAZARDS:
            continue
        for p in allowed:
            as_literal = re.fullmatch(re.escape(p), c, re.IGNORECASE)
            in_class = re.fullmatch("[" + re.escape(p) + "]", c, re.IGNORECASE)
            if (as_literal or in_class) and (c.lower() != p.lower() or len(c.lower()) != 1):
                bad.append((p, c))
    assert not bad
    for h in prefilter.FOLD_HAZARDS:
        assert prefilter.folded(f"abc {h}") is None
