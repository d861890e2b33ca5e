"""The content of a noun of claim the parser hangs on the noun it is joined to (« the merger and
accusations from auditors that … »): recoupe.lang.en.claims._noun_content. Sentences written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]


@pytest.fixture(scope="module")
def nlp_en() -> Any:
    from recoupe.lang import pack
    from recoupe.nlp.pipeline import load

    return load(pack("en").model)


def test_content_of_a_joined_noun_of_accusation_is_the_accusation(nlp_en: Any) -> None:
    doc = nlp_en("Shareholders voted him out in March amid concern about the merger and accusations from two "
                 "auditors that he hid losses in a subsidiary.")
    claims = {c.predicate: c for c in doc._.claims}
    # what the auditors accuse: someone's words, not the outlet's own
    assert claims["hide"].cue == "accusation" and claims["hide"].modality == "reported"
    assert claims["vote"].modality == "asserted"


def test_a_joined_noun_that_names_no_claim_gives_no_content(nlp_en: Any) -> None:
    doc = nlp_en("The bishop said he would retire amid questions over the donation and letters "
                 "from parish clerks that he kept the money.")
    assert all(c.cue not in {"letter", "donation"} for c in doc._.claims)
