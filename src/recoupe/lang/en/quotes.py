"""English words that tell a quotation mark from a quote, and the pronouns of the quoted voice.

What sits in quotation marks after a naming word ("the so-called 'X'", "a plan dubbed "X"",
"the book titled "X"") is a name or a title, not someone's words. The language, not a corpus.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

NAMING_CUES: frozenset[str] = frozenset({
    "called", "so-called", "dubbed", "titled", "entitled", "named", "nicknamed", "labeled", "labelled",
    "branded", "termed", "operation", "read", "see", "headline", "headlined", "slogan", "hashtag",
    "label", "word", "words", "term", "phrase", "category", "program", "programme", "show", "series",
    "as", "known",
})

# first and second person pronouns: inside a quote they are the quoted person, never a way for the
# article to name a speaker
SPEAKER_NON_PRONOUNS: frozenset[str] = frozenset({"i", "me", "my", "we", "us", "our", "you", "your"})

# third person pronouns that stand for a speaker named before ("..., he said"; "his comment that ...")
PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "him", "her", "them", "his", "their"})

RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "which", "that", "whom", "whose"})

_OPEN = "“\""
_DOUBLED = re.compile(r"(?<![\w'])(?:''|``)(?P<q>[^\n\"“”]{1,2000}?)''(?![\w'])")
# a straight closing mark typed glued to the next sentence (« … is wrong. "Perry is … »): the
# quote ends at the full stop, the mark before the capital closes it
_GLUED = re.compile(r'(?<![\w"])"(?=\S)(?P<q>[^"\n]{1,2000}?[.!?])\s?"(?=[A-Z])')
# a quotation whose two marks are not of one style, typed by hand or pasted from two sources
# ("…” / “…"): within a paragraph, with no other mark between
_MIXED = (re.compile(r'(?<![\w])"(?P<q>[^"“”\n]{1,2000}?)”'), re.compile(r'“(?P<q>[^"“”\n]{1,2000}?)"(?![\w])'))
_HEADLINE_CHARS = 200
# straight double marks, and a doubled apostrophe typed after a word as a closing mark
_STRAIGHT = re.compile(r"\"|(?<=[^\s'])''(?!\w)")
# the closing mark that ends a paragraph: curly, doubled apostrophes, or straight after a word or a stop
_TAIL_CLOSE = re.compile(r"(?:”|(?<=\S)''|(?<=\S)\s?\")\s*$")
# how many unmarked paragraphs (a text cut one sentence a line) a quotation may run over
_RUN_PARAGRAPHS = 8
_SINGLE = (re.compile(r"(?<![\w‘’'])‘(?P<q>[^‘’\n]{1,200}?)’(?![\w‘’])"),
           re.compile(r"(?<![\w'])'(?=\w)(?P<q>[^'\n]{1,200}?)(?<=[\w.!?,])'(?!\w)"))


def _unclosed(par: str) -> int:
    """Offset in ``par`` just after a quotation mark that opens and is not closed in the
    paragraph, or -1: the last curly opening mark with no closing one after it, or the last of an
    odd number of straight marks."""
    curly = par.rfind("“")
    if curly >= 0 and "”" not in par[curly:]:
        return curly + 1
    # a straight mark closed by a doubled apostrophe (« "Harbor,'' which … »: the two styles of a text
    # whose closing `` '' `` was kept) is closed
    at = -1
    for m in _STRAIGHT.finditer(par):
        if m.group() == '"':
            at = m.end() if at < 0 else -1
        elif at >= 0:
            at = -1
    return at


def _opens(par: str) -> bool:
    """Does ``par`` hold a mark that opens a quotation (a curly opening mark, or a straight one)?"""
    return "“" in par or '"' in par or "``" in par


def extra_spans(text: str) -> list[tuple[int, int]]:
    """Quoted stretches in the conventions of the English wire services, beyond paired marks:

    - a quote running over paragraphs: a paragraph whose quotation mark is left open, followed by
      a paragraph that opens with a quotation mark, is quoted from the mark to its end;
    - a straight closing mark glued to the next sentence ("A. "Next ...): quoted up to the mark;
    - single quotation marks in a headline (the first line, when short): 'X' and ‘X’;
    - a pair of marks of two styles in one paragraph ("X” and “X").
    """
    out: list[tuple[int, int]] = []
    pars: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            pars.append((pos, line))
        pos += len(line) + 1
    for (start, par), (_, nxt) in itertools.pairwise(pars):
        at = _unclosed(par)
        if at < 0 or nxt.lstrip()[:1] not in _OPEN:
            continue
        body = par[at:]
        s = start + at + (len(body) - len(body.lstrip()))
        e = start + len(par.rstrip())
        if e > s:
            out.append((s, e))
    # a quotation cut into lines, one sentence a line: its opening line leaves a mark open, the lines
    # after it carry no mark, and its last line closes it (« "I met him. / He is kind. / He jokes.'' »)
    for k, (start, par) in enumerate(pars):
        m = _TAIL_CLOSE.search(par)
        if m is None or _unclosed(par[:m.start()]) >= 0 or _opens(par[:m.start()]):
            continue
        run = [(start, par[:m.start()])]
        for j in range(k - 1, max(k - 1 - _RUN_PARAGRAPHS, -1), -1):
            pstart, prev = pars[j]
            at = _unclosed(prev)
            if at >= 0:
                break  # (the opening line's own words are read as inside an open quote already)
            if any(ch in prev for ch in "\"“”") or "''" in prev:
                run = []
                break
            run.append((pstart, prev))
        else:
            run = []
        for s0, body in run:
            s = s0 + (len(body) - len(body.lstrip()))
            e = s0 + len(body.rstrip())
            if e > s and not any(a < e and s < b for a, b in out):
                out.append((s, e))
    for m in _GLUED.finditer(text):
        s, e = m.span("q")
        if e > s and not any(a < e and s < b for a, b in out):
            out.append((s, e))
    for m in _DOUBLED.finditer(text):  # ''...'' (the New York Times' marks, as text files keep them)
        s, e = m.span("q")
        if e > s and not any(a < e and s < b for a, b in out):
            out.append((s, e))
    for pat in _MIXED:
        for m in pat.finditer(text):
            s, e = m.span("q")
            if e > s and not any(a < e and s < b for a, b in out):
                out.append((s, e))
    if pars and pars[0][0] == 0 and len(pars[0][1]) <= _HEADLINE_CHARS:
        head = pars[0][1]
        for pat in _SINGLE:
            for m in pat.finditer(head):
                s, e = m.span("q")
                if e > s and not any(a < e and s < b for a, b in out):
                    out.append((s, e))
    return sorted(out)


def run_on_speakers(text: str, quotes: list[Any], framed: list[bool]) -> None:
    """A quote that runs over paragraphs names its speaker at its end (wire style: the first
    paragraphs open a quotation mark and leave it open; the last one closes it, "... ," he said).
    A quote left open at its paragraph's end, with no frame of its own, takes the speaker of the
    quote that continues it in the next paragraph (from the last backwards, so a run of three
    paragraphs all get the speaker named in the third)."""
    for i in range(len(quotes) - 2, -1, -1):
        q, nxt = quotes[i], quotes[i + 1]
        if framed[i] or not nxt.speaker:
            continue
        end = text.find("\n", q.end)
        end = len(text) if end < 0 else end
        if text[q.end:end].strip() or text[end:nxt.start].strip(" \n\t“\""):
            continue  # the quote does not run to its paragraph's end, or is not continued next
        q.speaker, q.speaker_start, q.speaker_end, q.cue = nxt.speaker, nxt.speaker_start, nxt.speaker_end, nxt.cue
        framed[i] = framed[i + 1]
