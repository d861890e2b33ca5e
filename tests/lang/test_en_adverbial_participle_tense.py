"""A weekday in an adverbial participle clause (« While touring the harbour on Monday, the mayor
promised … ») takes the tense of the clause it hangs on: a participle has none of its own, and
reading it as tenseless sent the day to the nearest Monday, which can be the coming one (a false
date conflict with « the mayor toured the harbour on Monday »)."""

from __future__ import annotations

from datetime import date

import pytest

from recoupe.lang import pack
from recoupe.lang.en.timex.tense import tense_from_doc
from recoupe.nlp import timex
from recoupe.nlp.pipeline import load

pytestmark = pytest.mark.model

SATURDAY = date(2026, 5, 9)  # the coming Monday (11 May) is nearer than the last one (4 May)


@pytest.fixture(scope="module")
def en():  # type: ignore[no-untyped-def]
    return load(pack("en").model)


def _monday(en, sentence: str) -> str:  # type: ignore[no-untyped-def]
    exprs = timex.tag(sentence, SATURDAY, lang="en", tense_at=tense_from_doc(en(sentence)))
    return next(e.value for e in exprs if e.text == "Monday")


@pytest.mark.parametrize(("sentence", "value"), [
    ("While touring the flooded harbour on Monday, the mayor promised new dykes.", "2026-05-04"),
    ("After meeting the strikers on Monday, the minister said talks would resume.", "2026-05-04"),
    ("After meeting the strikers on Monday, the minister will announce a deal.", "2026-05-11"),
    ("The mayor toured the flooded harbour on Monday.", "2026-05-04"),
])
def test_a_participle_clause_takes_its_main_clause_tense(en, sentence: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert _monday(en, sentence) == value
