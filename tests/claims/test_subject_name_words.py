"""The entity of an English subject is a name written whole within its head: « Fishermen in Dunmore » holds no
judge « Fisher » (revenfix31: a substring match gave the fishermen the judge's entity). Text written for the
test."""

from __future__ import annotations

import pytest

from tests.claims.helpers import build_outlet_stories

pytestmark = pytest.mark.model


def test_a_name_inside_a_word_is_not_the_subject(nlp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    d = build_outlet_stories(nlp, tmp_path, {"quay": [
        ("quay-news.example", "Quay reopened. Judge Carla Fisher ordered the quay of Dunmore reopened on Tuesday. "
                              "Fishermen in Dunmore blocked the quay on Monday. Fisher said the blockade was "
                              "unlawful.", "2025-03-05")]})
    fishermen = [c for c in d["claims"] if c["subject"].startswith("Fishermen")]
    judge = {c["subject_entity"] for c in d["claims"] if "Fisher" in c["subject"].split()
             or c["subject"].startswith("Judge")}
    assert fishermen
    assert all(not (c["subject_entity"] and c["subject_entity"] in judge) for c in fishermen)
