"""« Speaking to NBC Lt. X said … » with no comma after the medium: the parse hangs the medium and the titled
name on « speaking to » and leaves « said » with no subject. Sentences written for the tests."""

from __future__ import annotations

import pytest

from recoupe.lang import pack

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def en():  # type: ignore[no-untyped-def]
    from recoupe.nlp.pipeline import load

    return load(pack("en").model)


@pytest.mark.parametrize("text", [
    "Speaking to NBC Lt. Owen Marsh said the fire was set on purpose.",
    "Speaking to NBC, Lt. Owen Marsh said the fire was set on purpose.",
])
def test_titled_name_after_the_medium_speaks(en, text: str) -> None:  # type: ignore[no-untyped-def]
    frames = en(text)._.frames
    assert frames and frames[0].source.endswith("Owen Marsh") and "NBC" not in frames[0].source
    assert frames[0].relay == "NBC" or "," in text  # with the comma the medium is the participle's, no relay


def test_no_rank_no_speaker_taken_from_the_participle(en) -> None:  # type: ignore[no-untyped-def]
    frames = en("Speaking to the crowd the mayor's words were drowned out.")._.frames
    assert not frames
