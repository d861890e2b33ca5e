"""A count set off by commas after an English subject (« The smugglers, in four boats, were trying to board
…») belongs to the claim read from the infinitive, which leaves the subject out of its clause: without it a
report of two boats and one of four never meet (issue #13, English contradictions). Sentences written for the
tests."""

from __future__ import annotations

from datetime import date

from recoupe.claims.contradictions import Side, _quantities, compare
from recoupe.model import Claim

APPOSED = "The smugglers, in four boats, were trying to board the tanker at dawn, the coastguard said."


def _c(cid: str, text: str, sentence: str, subject: str, predicate: str) -> Claim:
    at = sentence.find(text)
    return Claim(id=cid, article_id=cid.split(":")[0], text=text, sentence=sentence, start=at,
                 end=at + len(text), subject=subject, predicate=predicate, language="en",
                 lemmas=[w.lower().strip(".,") for w in text.split()])


def test_the_count_of_the_subjects_apposition_is_the_claims() -> None:
    board = _c("a1:c1", "to board the tanker at dawn", APPOSED, "smugglers", "board")
    assert [(q.value, q.thing) for q in _quantities(board)] == [(4.0, "boat")]


def test_other_commas_bring_no_count() -> None:
    # the subject is in the clause: its figures are read there already
    own = _c("a1:c1", "The smugglers, in four boats, were trying", APPOSED, "smugglers", "try")
    assert [(q.value, q.thing) for q in _quantities(own)] == [(4.0, "boat")]
    # commas after another noun than the subject
    told = "Off the cape, in four boats, the smugglers were trying to board the tanker at dawn."
    board = _c("a1:c1", "to board the tanker at dawn", told, "smugglers", "board")
    assert _quantities(board) == []


def test_two_reports_of_the_boats_conflict() -> None:
    board = _c("a1:c1", "to board the tanker at dawn", APPOSED, "smugglers", "board")
    two = "The smugglers on two boats were trying to board the tanker at dawn."
    other = _c("b1:c1", two.rstrip("."), two, "smugglers on two boats", "board")
    sa = Side(board, outlet="Outlet A", published=date(2031, 4, 2), language="en")
    sb = Side(other, outlet="Outlet B", published=date(2031, 4, 2), language="en")
    hit = compare(sa, sb)
    assert hit is not None and hit.kind == "quantity"
