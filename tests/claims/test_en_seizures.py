"""One haul told by two verbs of a seizure (« confiscated » / « were seized ») in two English articles: two
counts of one seized thing conflict, as when one verb tells both (issue #13, English contradictions). Other
verbs (« recovered », « found »), other things, other doers and an undated or distant report stay
apart. Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from recoupe.claims.contradictions import Side, compare
from recoupe.model import Claim
from tests.claims.helpers import keys_meet


def _c(cid: str, text: str, subject: str, predicate: str, **kw: Any) -> Claim:
    return Claim(id=cid, article_id=cid.split(":")[0], text=text, sentence=text, start=0, end=len(text),
                 subject=subject, predicate=predicate, language="en",
                 lemmas=kw.pop("lemmas", [w.lower().strip(".,") for w in text.split()]), **kw)


def _kind(a: Claim, b: Claim, published: date | None = date(2031, 4, 3)) -> str | None:
    sa = Side(a, outlet="Outlet A", published=date(2031, 4, 2), language="en")
    sb = Side(b, outlet="Outlet B", published=published, language="en")
    hit, back = compare(sa, sb), compare(sb, sa)
    assert (hit is None) == (back is None)
    return hit.kind if hit else None


CONFISCATED = _c("a1:c1", "Customs officers confiscated 40 crates of cigarettes from the trawler",
                 "Customs officers", "confiscate")


def test_two_counts_of_one_haul_told_by_two_seizure_verbs_conflict() -> None:
    seized = _c("b1:c1", "Twenty-five crates of cigarettes were seized from the trawler", "Twenty-five crates",
                "seize")
    assert keys_meet(CONFISCATED, seized)  # a build compares the pair it flags
    assert _kind(CONFISCATED, seized) == "quantity"
    impounded = _c("b1:c2", "customs officers impounded 25 crates of cigarettes on the trawler", "customs officers",
                   "impound")
    assert _kind(CONFISCATED, impounded) == "quantity"
    joined = _c("b1:c3", "Twenty-five crates of cigarettes were found and confiscated on the trawler",
                "Twenty-five crates", "find", lemmas=["crate", "cigarette", "find", "confiscate", "trawler"])
    assert _kind(CONFISCATED, joined) == "quantity"  # a seizure verb joined to the claim's own by « and »


def test_other_verbs_or_other_things_stay_apart() -> None:
    found = _c("b1:c1", "Twenty-five crates of cigarettes were found on the quay", "Twenty-five crates", "find")
    assert _kind(CONFISCATED, found) is None  # « found » tells no seizure by itself
    shown = _c("b1:c5", "Twenty-five crates of cigarettes were found and photographed on the quay",
               "Twenty-five crates", "find", lemmas=["crate", "cigarette", "find", "photograph", "quay"])
    assert _kind(CONFISCATED, shown) is None  # nor does a verb joined to it that is no seizure
    boxes = _c("b1:c2", "Twenty-five boxes of cigars were seized from the trawler", "Twenty-five boxes", "seize")
    assert _kind(CONFISCATED, boxes) is None  # another thing counted
    same = _c("b1:c3", "Forty crates of cigarettes were seized from the trawler", "Forty crates", "seize")
    assert _kind(CONFISCATED, same) is None  # one figure: no conflict
    police = _c("b1:c4", "the port police impounded 25 crates of cigarettes on the trawler", "the port police",
                "impound")
    assert _kind(CONFISCATED, police) is None  # two doers: two hauls


def test_an_undated_or_distant_report_tells_another_haul() -> None:
    # a story may hold a navy's hauls of months apart: two verbs meet only in reports of the same days
    seized = _c("b1:c1", "Twenty-five crates of cigarettes were seized from the trawler", "Twenty-five crates",
                "seize")
    assert _kind(CONFISCATED, seized, published=None) is None
    assert _kind(CONFISCATED, seized, published=date(2031, 6, 20)) is None


def test_hauls_taken_from_two_vehicles_are_two_hauls() -> None:
    # one crackdown's two hauls: « from the trawler » / « from a refrigerated van », as two distances from two points
    van = _c("b1:c1", "Twenty-five crates of cigarettes were impounded from a refrigerated van at the ferry pier",
             "Twenty-five crates", "impound")
    assert _kind(CONFISCATED, van) is None
    # a day, a raid or one side naming nothing it was taken from: still one haul's versions
    monday = _c("b1:c2", "Twenty-five crates of cigarettes were impounded on Monday from the trawlers",
                "Twenty-five crates", "impound")
    assert _kind(CONFISCATED, monday) == "quantity"
    raid = _c("b1:c3", "Twenty-five crates of cigarettes were impounded in a dawn raid", "Twenty-five crates",
              "impound")
    assert _kind(CONFISCATED, raid) == "quantity"
    # one vessel named two ways, a town, a time, a hiding place, an order: no second carrier, one haul
    for tail in ("from a fishing boat", "in the harbour town", "in the morning", "hidden in a shipment of fish",
                 "on the orders of a magistrate"):
        other = _c("b1:c4", f"Twenty-five crates of cigarettes were impounded {tail}", "Twenty-five crates",
                   "impound")
        assert _kind(CONFISCATED, other) == "quantity", tail
