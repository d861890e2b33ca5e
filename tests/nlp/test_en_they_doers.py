"""« The spokesman said divers boarded the trawler. They also seized … »: a « they » doing a deed stands for
the plural doers one speaker was reported about in the sentence before, not for that speaker (one person is
no « they »); plural speakers and reporting verbs keep the old reading. Sentences of our own."""

from __future__ import annotations

import pytest

from recoupe.lang import pack
from recoupe.model import Article


@pytest.fixture(scope="module")
def en():  # type: ignore[no-untyped-def]
    from recoupe.nlp.pipeline import load

    return load(pack("en").model)


def _subjects(en, text: str, predicate: str) -> list[str]:  # type: ignore[no-untyped-def]
    from recoupe.nlp.extract import analyse

    claims = analyse(en(text), Article(id="t", origin="t", text=text, language="en")).claims
    return [c.subject for c in claims if c.predicate == predicate]


@pytest.mark.model
def test_they_after_one_speakers_report_are_its_doers(en) -> None:  # type: ignore[no-untyped-def]
    text = ("The coastguard spokesman said divers from the cutter boarded the trawler and detained nine crewmen. "
            "They also seized four rifles and a satellite phone.")
    assert _subjects(en, text, "seize") == ["divers from the cutter"]


@pytest.mark.model
def test_plural_speakers_or_no_plural_doers_keep_the_old_reading(en) -> None:  # type: ignore[no-untyped-def]
    # plural speakers may be the doers: not read here
    assert _subjects(en, "Police said the suspects fled on foot. They later arrested two men.", "arrest") == [
        "Police"]
    # a reporting verb: the speakers again
    text = "The spokesman said divers boarded the trawler. They said the crew had not resisted."
    assert "divers" not in _subjects(en, text, "say")
