"""``recoupe_quotes``: direct quotes with their speaker and cue verb.

Quotes are found on the surface (« », “ ”, " " including the spaced « " cesser " » style; partial
quotes inside a sentence; quotes running over several sentences) and given a speaker from the
reporting frame that covers them, the frame of the sentence they sit in, a colon-introduced frame
just before, or, for a quote that is a whole sentence with no frame, the speaker of the previous
quote or frame in the paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from recoupe.nlp.extensions import register

QUOTE_PATTERNS = [
    re.compile(r"«\s*(?P<q>[^«»]{1,2000}?)\s*»"),
    re.compile(r"“\s*(?P<q>[^“”]{1,2000}?)\s*”"),
    re.compile(r"(?<![\w])\"\s*(?P<q>[^\"\n]{1,2000}?)\s*\"(?![\w])"),
]


@dataclass(slots=True)
class FoundQuote:
    start: int  # character offsets of the quoted words (without the marks)
    end: int
    text: str
    speaker: str = ""
    speaker_start: int = -1  # token index of the speaker phrase (for coreference)
    speaker_end: int = -1
    cue: str = ""


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted words, without their marks, non-overlapping, in order."""
    spans: list[tuple[int, int]] = []
    for pat in QUOTE_PATTERNS:
        for m in pat.finditer(text):
            s, e = m.span("q")
            if e > s and not any(a < e and s < b for a, b in spans):
                spans.append((s, e))
    return sorted(spans)


@Language.factory(
    "recoupe_quotes",
    requires=["doc._.frames", "doc.sents"],
    assigns=["doc._.quotes"],
    default_config={},
)
def make_quotes(nlp: Language, name: str) -> Quotes:
    return Quotes()


class Quotes:
    version = "recoupe.quotes.v1"

    def __init__(self) -> None:
        register()

    def __call__(self, doc: Doc) -> Doc:
        frames = doc._.frames or []
        quotes: list[FoundQuote] = []
        last: FoundQuote | None = None
        for s, e in find_quote_spans(doc.text):
            q = FoundQuote(s, e, doc.text[s:e])
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            sents = {t.sent.start for t in span}
            best = None
            for f in frames:
                if f.covers(span.start) or f.covers(span.end - 1):
                    best = f
                    break
            if best is None:
                best = next((f for f in frames if doc[f.cue_i].sent.start in sents), None)
            if best is not None:
                q.speaker, q.speaker_start, q.speaker_end, q.cue = best.source, best.source_start, best.source_end, best.cue
            elif last is not None and last.speaker and "\n" not in doc.text[last.end:s] and s - last.end < 400:
                q.speaker, q.speaker_start, q.speaker_end, q.cue = last.speaker, last.speaker_start, last.speaker_end, last.cue
            else:
                # nearest person named in the sentence before the quote
                sent = span[0].sent
                pers = [ent for ent in doc.ents if ent.label_ == "PER" and sent.start <= ent.start and ent.end <= span.start]
                if pers:
                    q.speaker, q.speaker_start, q.speaker_end = pers[-1].text, pers[-1].start, pers[-1].end
            quotes.append(q)
            last = q
        doc._.quotes = quotes
        return doc
