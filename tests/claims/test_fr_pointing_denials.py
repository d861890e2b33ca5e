"""A French denial of « ces informations » / « ces accusations » takes back the claim just told, as
the English « denied the reports » (:func:`recoupe.claims.contradictions.pointing_denial`). Invented
sentences."""

from __future__ import annotations

from datetime import date
from typing import Any

from recoupe.claims.contradictions import Side, compare, conflict_keys, pointed_text, pointing_denial
from recoupe.model import Claim

S1 = "Selon un hebdomadaire régional, le maire aurait détourné des fonds destinés à la piscine municipale."
S2 = "Le maire a démenti ces informations."


def _c(cid: str, text: str, sentence: str, at: int, **kw: Any) -> Claim:
    start = at + sentence.index(text)
    base: dict[str, Any] = dict(id=cid, article_id=cid.split(":")[0], text=text, sentence=sentence, start=start,
                                end=start + len(text), subject=kw.pop("subject", ""),
                                predicate=kw.pop("predicate", "faire"), language="fr")
    base.update(kw)
    return Claim(**base)


CLAIMED = _c("a1:c1", "le maire aurait détourné des fonds destinés à la piscine municipale", S1, 0,
             subject="le maire", predicate="détourner", modality="conditional", cue="aurait")
DENIAL = _c("a1:c2", "Le maire a démenti ces informations", S2, len(S1) + 1, subject="Le maire",
            predicate="démentir", modality="denied", cue="démentir")
S3 = "Le maire a détourné des fonds destinés à la piscine municipale, affirme l'opposition."
OTHER = _c("b1:c1", "Le maire a détourné des fonds destinés à la piscine municipale", S3, 0, subject="Le maire",
           predicate="détourner", modality="reported", cue="affirmer", attributed_to="l'opposition")
S4 = "La piscine municipale rouvrira ses portes en juin."
POOL = _c("c1:c1", "La piscine municipale rouvrira ses portes en juin", S4, 0, subject="La piscine municipale",
          predicate="rouvrir", planned=True)


class _Store:
    def __init__(self, claims: list[Claim]) -> None:
        self._claims = claims

    def claims(self, *, article_id: str) -> list[Claim]:
        return [c for c in self._claims if c.article_id == article_id]


def _side(c: Claim, pointed: str = "") -> Side:
    return Side(c, outlet=c.article_id + ".example", published=date(2024, 5, 6), pointed=pointed)


def test_fr_pointing_denial_takes_back_the_claim_told_just_before() -> None:
    assert pointing_denial(DENIAL)
    pointed = pointed_text(_Store([CLAIMED, DENIAL]), DENIAL)  # type: ignore[arg-type]
    assert pointed == CLAIMED.text
    hit = compare(_side(DENIAL, pointed), _side(CLAIMED))
    assert hit is not None and hit.kind == "denial" and hit.same_article
    fd, ld = conflict_keys(DENIAL, pointed=pointed)
    fc, lc = conflict_keys(CLAIMED)
    assert fd & lc and fc & ld


def test_fr_pointing_denial_meets_another_outlets_account_of_the_claim() -> None:
    pointed = pointed_text(_Store([CLAIMED, DENIAL]), DENIAL)  # type: ignore[arg-type]
    hit = compare(_side(OTHER), _side(DENIAL, pointed))
    assert hit is not None and hit.kind == "denial" and not hit.same_article
    assert compare(_side(POOL), _side(DENIAL, pointed)) is None  # « piscine municipale » alone is not enough


def test_fr_a_denial_with_content_or_without_a_demonstrative_does_not_point_back() -> None:
    own = _c("d1:c1", "Le maire a démenti avoir détourné des fonds", "Le maire a démenti avoir détourné des fonds.",
             0, subject="Le maire", predicate="détourner", modality="denied", cue="démentir")
    bare = _c("e1:c1", "Le maire dément", "Le maire dément.", 0, subject="Le maire", predicate="démentir",
              modality="denied", cue="démentir")
    assert not pointing_denial(own) and not pointing_denial(bare)


def test_fr_pointing_denial_takes_back_neither_an_assertion_nor_the_deniers_words() -> None:
    asserted = _c("a1:c1", "le maire aurait détourné des fonds destinés à la piscine municipale", S1, 0,
                  subject="le maire", predicate="détourner", modality="asserted")
    own = _c("a1:c1", "le maire aurait détourné des fonds destinés à la piscine municipale", S1, 0,
             subject="le maire", predicate="détourner", modality="reported", cue="affirmer", attributed_to="Le maire")
    assert pointed_text(_Store([asserted, DENIAL]), DENIAL) == ""  # type: ignore[arg-type]
    assert pointed_text(_Store([own, DENIAL]), DENIAL) == ""  # type: ignore[arg-type]
