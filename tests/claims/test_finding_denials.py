"""A party's denial of a finding against the finding told by its holder (issue 13, ``denial``).
Sentences written for the tests."""

from __future__ import annotations

from datetime import date

from recoupe.claims.contradictions import (
    Side,
    check_finding_denial,
    compare,
    conflict_keys,
    finding,
    rejected_proposition,
)
from recoupe.model import Claim
from tests.claims.helpers import claim, keys_meet

HEADLINE = "Vol à Nantes : l'avocat conteste la qualification de vol en bande retenue par le juge"
# « ... : l'avocat conteste la qualification de vol en bande | retenue par le juge » (one sentence, two claims)
FOUND = claim("a1:c1", "retenue par le juge", sentence=HEADLINE, subject="le juge", predicate="retenir",
              object="la qualification de vol en bande", modality="asserted")
DENIAL = claim("a1:c2", "l'avocat conteste la qualification de vol en bande", sentence=HEADLINE,
               subject="l'avocat", predicate="contester", modality="denied", cue="contester")
# another outlet: the same proposition set aside, the holder's analysis opposed, a negated view
SET_ASIDE = claim("b1:c1", "la défense écarte la qualification de vol en bande organisée", subject="la défense",
                  predicate="écarter", modality="denied", cue="écarter")
OPPOSED = claim("b1:c2", "l'avocat s'oppose aux conclusions du juge d'instruction", subject="l'avocat",
                predicate="opposer", modality="denied", cue="opposer")
VIEW = claim("b1:c3", "que le vol en bande ne peut être retenu", subject="le vol", predicate="retenir",
             modality="reported", negated=True, attributed_to="l'avocat", cue="estimer")
# the matter told without its finding, another proposition, the holder's own words
DEBATE = claim("c1:c1", "Vol à Nantes : le débat se poursuit sur la qualification de vol en bande",
               subject="le débat", predicate="poursuivre", modality="asserted")
OTHER = claim("c1:c2", "l'avocat conteste la qualification de recel", subject="l'avocat", predicate="contester",
              modality="denied", cue="contester")
OWN = claim("c1:c3", "le juge conteste l'analyse du juge des référés", subject="le juge", predicate="contester",
            modality="denied", cue="contester")


def _side(c: Claim) -> Side:
    return Side(c, outlet=f"{c.article_id}.fr", published=date(2025, 6, 3))



def test_finding_denial_frames() -> None:
    assert rejected_proposition(DENIAL) == ("qualification", ("vol", "bande"))
    assert rejected_proposition(FOUND) is None and rejected_proposition(DEBATE) is None
    found = finding(FOUND)
    assert found is not None and found[1] == "juge" and {"qualification", "vol", "bande"} <= found[0]
    assert finding(DENIAL) is None and finding(VIEW) is None


def test_finding_denial_within_its_sentence() -> None:
    hit = compare(_side(FOUND), _side(DENIAL))
    assert hit is not None and hit.kind == "denial" and hit.same_article
    assert "l'avocat le conteste" in hit.explanation
    assert keys_meet(FOUND, DENIAL)


def test_finding_denial_across_outlets() -> None:
    for other in (SET_ASIDE, OPPOSED, VIEW):
        hit = check_finding_denial(_side(FOUND), _side(other))
        assert hit is not None and hit.kind == "denial", other.text
        assert keys_meet(FOUND, other), other.text
    hit = check_finding_denial(_side(VIEW), _side(FOUND))  # either order
    assert hit is not None and "l'avocat le conteste" in hit.explanation


def test_finding_denial_needs_the_finding() -> None:
    # the matter told as a debate states no finding; another proposition; the holder himself
    assert compare(_side(DEBATE), _side(DENIAL)) is None
    assert check_finding_denial(_side(FOUND), _side(OTHER)) is None
    assert check_finding_denial(_side(FOUND), _side(OWN)) is None
    # a finding told negated or hedged is none
    hedged = claim("d1:c1", "retenue par le juge", subject="le juge", predicate="retenir",
                   object="la qualification de vol en bande", modality="speculative")
    assert check_finding_denial(_side(hedged), _side(DENIAL)) is None


def test_finding_denial_keys_mirror() -> None:
    claims = [FOUND, DENIAL, SET_ASIDE, OPPOSED, VIEW, DEBATE, OTHER, OWN]
    keys = {c.id: conflict_keys(c) for c in claims}
    for a in claims:
        for b in claims:
            if a.id < b.id:
                fa, la = keys[a.id]
                fb, lb = keys[b.id]
                assert bool(la & fb) == bool(lb & fa), (a.text, b.text)


def test_finding_denial_a_negated_view_with_another_finding_verb() -> None:
    view = claim("e1:c1", "que les faits de vol en bande ne sont pas établis", subject="les faits", predicate="établir",
                 modality="reported", negated=True, attributed_to="l'avocat", cue="estimer")
    assert check_finding_denial(_side(FOUND), _side(view)) is not None and keys_meet(FOUND, view)
    # sharing only the finding verbs is not enough
    other = claim("e1:c2", "que les faits ne sont pas établis", subject="les faits", predicate="retenir",
                  modality="reported", negated=True, attributed_to="l'avocat", cue="estimer")
    assert check_finding_denial(_side(FOUND), _side(other)) is None
