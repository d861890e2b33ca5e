"""A label opening a line before a colon (« Tidewick / Orleigh: A patrol boat stopped … », the places of a
dateline written as Indian and Pakistani papers do, or a heading) is no subject of the sentence's verb,
which the parser may hang it on; the claim starts after the colon. Sentences of our own."""

from __future__ import annotations

import pytest

from recoupe.lang import pack
from recoupe.model import Article


@pytest.fixture(scope="module")
def en():  # type: ignore[no-untyped-def]
    from recoupe.nlp.pipeline import load

    return load(pack("en").model)


def _claims(en, text: str):  # type: ignore[no-untyped-def]
    from recoupe.nlp.extract import analyse

    return analyse(en(text), Article(id="t", origin="t", text=text, language="en")).claims


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # the places read as a second subject of the verb
    "Tidewick / Orleigh: An Orlean patrol boat stopped a four-boat raid on cargo ships crossing the bay on Monday.",
    # the places read as the line's root, the verb hung on them: the headline reader took the first name
    "Patrol boat stops raid\nPublished on: Mon, 3 Mar 2025 at 10: 12 GMT\n\nTidewick / Orleigh: An Orlean patrol "
    "boat stopped a four-boat raid on cargo ships crossing the bay on Monday.",
])
def test_a_label_before_a_colon_is_not_the_subject(en, text: str) -> None:  # type: ignore[no-untyped-def]
    stopped = [c for c in _claims(en, text) if c.predicate == "stop" and "bay" in c.text]
    assert stopped
    assert all(c.subject == "Orlean patrol boat" for c in stopped), [c.subject for c in stopped]
    assert all(c.text.startswith("An Orlean patrol boat stopped") for c in stopped), [c.text for c in stopped]


@pytest.mark.model
def test_a_heading_before_a_colon_leaves_the_subject(en) -> None:  # type: ignore[no-untyped-def]
    # the verb hung on the heading as its modifier: its own subject is still the one after the colon
    claims = _claims(en, "Update: The harbour master closed the channel on Friday.")
    closed = [c for c in claims if c.predicate == "close"]
    assert [c.subject for c in closed] == ["harbour master"]
