"""An English denial of accusations it does not spell out (« the accusations, which she denied »,
« he denied the allegations ») against another outlet's account of an accusation of the same wrong
against the same actor (``denial``, :func:`recoupe.claims.contradictions.check_defence`). Sentences
written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from recoupe.claims.contradictions import Side, accused_wrongs, compare, conflict_keys, defended_wrongs
from recoupe.model import Claim

HEADLINE = "Harbour Chief Quits After Bribery Allegations"
S_REL = "The port board met on Monday to discuss the accusations, which Okafor denies."
S_BARE = "Okafor denied the allegations on Friday, calling the bribery story a smear."
S_ACC = "Harbour chief Lena Okafor was accused on Tuesday of taking bribes from a shipping agent."


def _c(cid: str, text: str, sentence: str, **kw: Any) -> Claim:
    start = sentence.index(text)
    base: dict[str, Any] = dict(id=cid, article_id=cid.split(":")[0], text=text, sentence=sentence, start=start,
                                end=start + len(text), subject=kw.pop("subject", ""),
                                predicate=kw.pop("predicate", "do"), language="en")
    base.update(kw)
    return Claim(**base)


RELATIVE = _c("a1:c4", "which Okafor denies", S_REL, subject="Okafor", subject_entity="e7",
              predicate="deny", modality="denied", cue="deny")
BARE = _c("a2:c1", "Okafor denied the allegations", S_BARE, subject="Okafor", subject_entity="e7",
          predicate="deny", modality="denied", cue="deny")
ACCUSED = _c("b1:c1", S_ACC[:-1], S_ACC, subject="Lena Okafor", subject_entity="e7", predicate="accuse")
# the content of a noun of accusation: the accusation, though its text has no word of accusing
S_CONTENT = "Dock workers made accusations that Okafor took bribes from a shipping agent."
CONTENT = _c("b6:c2", "that Okafor took bribes from a shipping agent", S_CONTENT, subject="Okafor",
             subject_entity="e7", predicate="take", modality="reported", cue="accusation")


def _meet(a: Claim, b: Claim, ha: str = "", hb: str = "") -> bool:
    fa, la = conflict_keys(a, ha)
    fb, lb = conflict_keys(b, hb)
    return bool(la & fb) and bool(lb & fa)


@pytest.mark.parametrize(("denial", "headline", "accused"), [(RELATIVE, HEADLINE, ACCUSED), (BARE, "", ACCUSED),
                                                           (RELATIVE, HEADLINE, CONTENT)])
def test_a_denial_of_accusations_meets_an_account_of_the_same_wrong(denial: Claim, headline: str,
                                                                   accused: Claim) -> None:
    # the relative names no wrong: its headline does; the bare denial's sentence names it
    assert defended_wrongs(denial, headline) == {"fraude"}
    assert accused_wrongs(accused) == {"fraude"}
    assert _meet(denial, accused, headline)
    hit = compare(Side(denial, outlet="x.com", headline=headline, language="en"), Side(accused, outlet="y.com",
                                                                                           language="en"))
    assert hit is not None and hit.kind == "denial"
    assert "Okafor" in hit.explanation and "rejects it" in hit.explanation


def test_a_denial_of_accusations_meets_no_other_account() -> None:
    headline = Side(RELATIVE, outlet="x.com", headline=HEADLINE, language="en")
    # the accusation is about someone else
    other = _c("b2:c1", S_ACC[:-1], S_ACC, subject="Lena Okafor", subject_entity="e9", predicate="resign")
    # another wrong
    s = "Lena Okafor faces complaints about harassment of junior staff."
    harassment = _c("b3:c1", s[:-1], s, subject="Lena Okafor", subject_entity="e7", predicate="resign")
    # the wrong told as no accusation
    s = "Lena Okafor resigned a year after the bribery inquiry opened."
    no_charge = _c("b4:c1", s[:-1], s, subject="Lena Okafor", subject_entity="e7", predicate="resign")
    # the accusation told by the denier herself
    s = "Okafor said the allegations of bribery were spread by a rival."
    own = _c("b5:c1", "the allegations of bribery were spread by a rival", s, subject="the allegations",
             predicate="spread", modality="reported", cue="say", attributed_to="Okafor", object_entity="e7")
    # the accusation as the circumstance of another deed: the claim tells the resignation
    s = "Lena Okafor resigned on Tuesday following allegations that she took bribes from a shipping agent."
    resigned = _c("b6:c1", s[:-1], s, subject="Lena Okafor", subject_entity="e7", predicate="resign")
    assert accused_wrongs(resigned) == frozenset()
    for c in (other, harassment, no_charge, own, resigned):
        assert compare(headline, Side(c, outlet="y.com", language="en")) is None, c.text


def test_a_relative_denial_of_something_else_is_no_defence() -> None:
    s = "The port board met on Monday to discuss the delays, which Okafor denies."
    delays = _c("a3:c2", "which Okafor denies", s, subject="Okafor", subject_entity="e7",
                predicate="deny", modality="denied", cue="deny")
    assert defended_wrongs(delays, HEADLINE) == frozenset()
    assert compare(Side(delays, outlet="x.com", headline=HEADLINE, language="en"),
                   Side(ACCUSED, outlet="y.com", language="en")) is None
    # nor a denial whose denier is no named actor
    anonymous = _c("a1:c5", "which Okafor denies", S_REL, subject="Okafor", predicate="deny",
                   modality="denied", cue="deny")
    assert defended_wrongs(anonymous, HEADLINE) == frozenset()


def test_an_active_accusation_is_about_its_object_not_its_accuser() -> None:
    # the denier is the accuser here: her denial of « the allegations » answers someone else's accusation
    s = "Okafor accused a customs officer of taking bribes from traders."
    accuser = _c("b7:c1", s[:-1], s, subject="Okafor", subject_entity="e7", object_entity="e8", predicate="accuse")
    assert accused_wrongs(accuser) == {"fraude"}
    for denial, headline in ((BARE, ""), (RELATIVE, HEADLINE)):
        assert compare(Side(denial, outlet="x.com", headline=headline, language="en"),
                       Side(accuser, outlet="y.com", language="en")) is None
    # the denier as the accused of an active accusation, or the subject of a passive one: met
    s = "A customs officer accused Okafor of taking bribes from traders."
    accused = _c("b8:c1", s[:-1], s, subject="A customs officer", subject_entity="e8", object_entity="e7",
                 predicate="accuse")
    s = "Okafor had been accused of taking bribes from traders by a customs officer."
    passive = _c("b9:c1", s[:-1], s, subject="Okafor", subject_entity="e7", object_entity="e8", predicate="accuse")
    for c in (accused, passive):
        hit = compare(Side(BARE, outlet="x.com", language="en"), Side(c, outlet="y.com", language="en"))
        assert hit is not None and hit.kind == "denial", c.text
