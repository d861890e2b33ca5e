"""English « it » as the doer of a dated deed: « it scuttled a freighter on May 3 » against « the corvette
scuttled a freighter on May 4 » in another article tells one deed on two days; « it » against another
thing done, or « he » / « they », stays unknown (issue #13, English contradictions). Sentences written for the
tests."""

from __future__ import annotations

from recoupe.claims.contradictions import Side, check_date
from recoupe.model import Claim


def _c(cid: str, text: str, subject: str, obj: str, time: str, entity: str = "") -> Claim:
    return Claim(id=cid, article_id=cid.split(":")[0], text=text, sentence=text, start=0, end=len(text),
                 subject=subject, subject_entity=entity, predicate="scuttle", object=obj, time=time,
                 language="en", lemmas=["scuttle", "freighter", "smuggler"])


NAMED = _c("a1:c1", "On May 4, the corvette Vela scuttled a freighter held by smugglers", "the corvette Vela",
           "a freighter held by smugglers", "XXXX-05-04", "e1")


def _date(b: Claim, a: Claim = NAMED) -> bool:
    sa, sb = Side(a, outlet="A", language="en"), Side(b, outlet="B", language="en")
    hit, back = check_date(sa, sb), check_date(sb, sa)
    assert (hit is None) == (back is None)
    return hit is not None


def test_it_and_a_named_doer_of_one_deed_on_two_days_conflict() -> None:
    it = _c("b1:c1", "On May 3, it had scuttled an old freighter seized by smugglers", "it",
            "an old freighter seized by smugglers", "XXXX-05-03")
    assert _date(it)


def test_it_against_another_object_or_another_pronoun_stays_apart() -> None:
    other = _c("b1:c1", "On May 3, it had scuttled a dinghy", "it", "a dinghy", "XXXX-05-03")
    assert not _date(other)  # no object noun shared: maybe another deed
    he = _c("b1:c1", "On May 3, he had scuttled an old freighter", "he", "an old freighter", "XXXX-05-03")
    assert not _date(he)  # « he » may be any of the story's people
    same_article = _c("a1:c2", "On May 3, it had scuttled an old freighter", "it", "an old freighter", "XXXX-05-03")
    assert not _date(same_article)
