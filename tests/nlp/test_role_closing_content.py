"""A role phrase right before its verb, after names that end the content (« Two men were arrested, one of
them Paul Lee, a spokesman said »), is the speaker: the name is no apposition of the role (issue #13, review
revf28). With a comma closing the role (« Paul Lee, a spokesman, said ») the name speaks. Sentences written
for the tests."""

from __future__ import annotations

import pytest

from recoupe.lang import pack
from recoupe.model import Article
from recoupe.nlp.extract import analyse
from recoupe.nlp.pipeline import load

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def en():  # type: ignore[no-untyped-def]
    return load(pack("en").model)


def _sources(en, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    a = analyse(en(text), Article(id="t", origin="t", text=text, language="en"))
    return [c.attributed_to for c in a.claims if c.modality == "reported"]


@pytest.mark.parametrize(("text", "source"), [
    ("Two men were arrested on Tuesday, one of them Dov Arlen, a spokesman said.", "spokesman"),
    ("Two men were arrested, one of them Dov Arlen, a spokesman said.", "spokesman"),
    ("Three sailors were rescued on Tuesday, Dov Arlen and Kit Moray, a coastguard spokesman said.",
     "coastguard spokesman"),
    ("Two men were arrested, Dov Arlen and Kit Moray, a spokesman for the police said.", "spokesman for the police"),
])
def test_the_role_before_the_verb_speaks(en, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    assert _sources(en, text) == [source]


@pytest.mark.parametrize("text", [
    "The men were arrested on Tuesday, Dov Arlen, a spokesman for the police, said.",
    "Dov Arlen, a spokesman, said the men were arrested on Tuesday.",
    "The men were arrested on Tuesday, said Dov Arlen, a spokesman.",
])
def test_a_named_spokesman_still_speaks(en, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _sources(en, text) == ["Dov Arlen"]
