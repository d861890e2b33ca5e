"""The sample corpus under examples/: generic properties only (no rule is keyed to these texts)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from recoupe.clean import clean
from recoupe.clean.furniture import BIO_MARKERS, is_bio, line_signal
from recoupe.ingest import discover, read_path
from recoupe.ingest.text import decode
from recoupe.model import Article, RawDocument

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
FILES = sorted(EXAMPLES.glob("*.txt"))


def _docs() -> list[RawDocument]:
    docs = [d for p in discover([str(EXAMPLES)]) if isinstance(p, Path) for d in read_path(p)]
    assert all(isinstance(d, RawDocument) for d in docs)
    return docs  # type: ignore[return-value]


@pytest.mark.skipif(not FILES, reason="no examples/")
def test_clean_examples_each_yield_an_article() -> None:
    docs = _docs()
    assert len(docs) == len(FILES)
    for doc in docs:
        art = clean(doc)
        assert isinstance(art, Article), art
        assert art.language == "fr"
        assert len(art.text) > 1000


@pytest.mark.skipif(not FILES, reason="no examples/")
def test_clean_examples_lose_no_long_body_paragraph() -> None:
    for doc in _docs():
        art = clean(doc)
        assert isinstance(art, Article)
        kept = set(art.text.split("\n\n"))
        for line in decode(doc.raw).split("\n"):
            line = line.strip()
            if any(rx.match(line) for rx in BIO_MARKERS):
                break  # the author note after "First published in" is not body
            if len(line) > 200 and line.endswith(".") and line_signal(line) is None and not is_bio(line):
                assert line in kept, (doc.origin, line[:80])


@pytest.mark.skipif(not FILES, reason="no examples/")
def test_clean_examples_partition_lines_and_drop_known_furniture() -> None:
    for doc in _docs():
        art = clean(doc)
        assert isinstance(art, Article)
        lines = [ln.strip() for ln in decode(doc.raw).split("\n") if ln.strip()]
        body = art.text
        for line in art.removed_lines:
            assert line in lines
        for line in lines:
            # every input line is in the body, the title/byline, or removed_lines
            assert line in body or line in (art.title, art.byline) or line in art.removed_lines \
                or (art.byline and art.byline in line), line
            if re.fullmatch(r"\d+\s*min de lecture|\d{1,2}:\d{2}(:\d{2})?|/", line):
                assert line in art.removed_lines
            if re.match(r"(Crédit|Image Source|Mots-clés)\s*:", line, re.I):
                assert line in art.removed_lines
            if re.search(r"newsletter", line, re.I):
                assert line not in body
