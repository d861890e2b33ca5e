"""One status vocabulary, computed in one place (recoupe.claims.status)."""

from __future__ import annotations

import pytest

from recoupe.claims.groups import polarity, same_fact_possible
from recoupe.claims.status import MEANING, STATUSES, group_status, is_conflict, matrix_key
from recoupe.model import Claim


def _c(cid: str, article: str, modality: str = "asserted", attributed_to: str = "", negated: bool = False) -> Claim:
    return Claim(id=cid, article_id=article, text="t", sentence="s", start=0, end=1, subject="", predicate="livrer",
                 modality=modality, attributed_to=attributed_to, negated=negated)  # type: ignore[arg-type]


def test_status_two_independent_firm_sources_confirm() -> None:
    st = group_status([_c("1", "a"), _c("2", "b")], {"a": "a", "b": "b"})
    assert st.status == "confirmed" and st.firm_sources == 2 and st.independent_sources == 2


def test_status_wire_copies_are_one_source() -> None:
    st = group_status([_c("1", "a"), _c("2", "b")], {"a": "a", "b": "a"})
    assert st.status == "single_source" and st.independent_sources == 1


def test_status_hedged_never_confirms() -> None:
    """Four outlets that all say « aurait livré » confirm nothing."""
    ms = [_c(str(i), a, "conditional") for i, a in enumerate("abcd")] + [_c("9", "e", "speculative")]
    st = group_status(ms, {a: a for a in "abcde"})
    assert st.status == "hedged" and st.firm_sources == 0 and st.independent_sources == 5


def test_status_one_hedged_and_one_firm_is_single_source() -> None:
    st = group_status([_c("1", "a", "conditional"), _c("2", "b")], {"a": "a", "b": "b"})
    assert st.status == "single_source"


def test_status_relays_of_one_original_source_count_once() -> None:
    """Three outlets relaying « selon la Maison Blanche » rest on one source: the White House."""
    ms = [_c(str(i), a, "reported", "la Maison Blanche") for i, a in enumerate("abc")]
    assert group_status(ms, {a: a for a in "abc"}).status == "single_source"
    ms.append(_c("9", "d", "reported", "le Kremlin"))
    assert group_status(ms, {a: a for a in "abcd"}).status == "confirmed"


def test_status_one_outlet_does_not_confirm_itself() -> None:
    """An outlet stating a fact and quoting the police for it is still one newsroom."""
    ms = [_c("1", "a"), _c("2", "b", "reported", "la police")]
    assert group_status(ms, {"a": "outlet:x", "b": "outlet:x"}).status == "single_source"
    assert group_status(ms, {"a": "outlet:x", "b": "outlet:y"}).status == "confirmed"


def test_status_one_speaker_however_named_is_one_source() -> None:
    ms = [_c("1", "a", "reported", "Donald Trump"), _c("2", "b", "reported", "le président américain")]
    for c in ms:
        c.attributed_entity = "E7"
    assert group_status(ms, {"a": "a", "b": "b"}).status == "single_source"


@pytest.mark.parametrize(("kinds", "expected"), [
    (["quantity"], "contradicted"), (["denial"], "disputed"), (["attribution"], "disputed"),
    (["denial", "place"], "contradicted"), (["update"], "confirmed"),
])
def test_status_conflicts(kinds: list[str], expected: str) -> None:
    st = group_status([_c("1", "a"), _c("2", "b")], {"a": "a", "b": "b"}, kinds)
    assert st.status == expected


def test_status_denials_are_disputed() -> None:
    assert group_status([_c("1", "a", "denied"), _c("2", "b", "denied")], {}).status == "disputed"


def test_status_update_is_no_conflict() -> None:
    assert not is_conflict("update") and is_conflict("quantity")


def test_status_every_status_explained_and_ordered() -> None:
    assert set(MEANING) == set(STATUSES)
    keys = [matrix_key(s, 1, 1, "g") for s in STATUSES]
    assert keys == sorted(keys) and STATUSES[0] == "contradicted"


def test_status_cells_take_each_articles_first_claim() -> None:
    a = _c("1", "a", "reported")
    b = Claim(id="2", article_id="a", text="t", sentence="s", start=50, end=60, subject="", predicate="x",
              modality="denied")
    assert group_status([b, a], {"a": "a"}).cells == {"a": "reported"}


def test_groups_polarity_and_direction_veto() -> None:
    pos, neg, den = polarity("asserted", False), polarity("asserted", True), polarity("denied", False)
    assert len({pos, neg, den}) == 3
    assert not same_fact_possible("bombarder", "", "", pos, "bombarder", "", "", den)
    assert not same_fact_possible("livrer", "E1", "E2", pos, "fournir", "E2", "E1", pos)
    assert same_fact_possible("livrer", "E1", "E2", pos, "fournir", "E1", "E2", pos)
    assert same_fact_possible("rencontrer", "E1", "E2", pos, "rencontrer", "E2", "E1", pos)
