"""Contradictions: the same event told with a different place, date, number or direction.

A new claim is checked against the claims of its story that share its group, or its predicate
and subject entity (the same actor doing the same thing). Kinds:
- ``place``: different places; ``planned_vs_happened`` when one is planned and the other
  happened (a summit expected in one city and held in another);
- ``date``: day-precise dates that differ;
- ``number``: different quantities of the same unit;
- ``direction``: one source denies what another states;
- ``self``: any of the above inside one article.
"""

from __future__ import annotations

import re

from recoupe.model import Claim
from recoupe.storage import Store

_NUM = re.compile(r"(\d+(?:[.,]\d+)?)\s*(\w*)")


def _units(numbers: list[str]) -> dict[str, str]:
    out = {}
    for n in numbers:
        m = _NUM.match(n)
        if m and m.group(2):
            out[m.group(2).lower()] = m.group(1)
    return out


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_FIRM = {"asserted", "reported"}
_VISIT = {"travel", "meet"}  # a visit is told as going somewhere or meeting someone there


def happened(c: Claim) -> bool:
    """Stated as done: neither planned nor hedged."""
    return not c.planned and c.modality in _FIRM


def compare(a: Claim, b: Claim) -> tuple[str, str] | None:
    """The contradiction between two claims about the same thing, if any: (kind, explanation).

    Places conflict only when neither contains the other (a city is compatible with its country,
    by the offline gazetteer) and at least one side is firm: two hedged possibilities ("pourrait se
    rendre à X", "devrait se rendre à Y") are alternatives, not a contradiction.
    """
    from recoupe.nlp.lexicons.fr.modality import DENIAL_VERBS
    from recoupe.nlp.lexicons.fr.predicates import CLASS_OF
    from recoupe.resolve.places import compatible

    same_event = a.predicate == b.predicate or (CLASS_OF.get(a.predicate) in _VISIT and CLASS_OF.get(b.predicate) in _VISIT)
    if (a.place_entity and b.place_entity and a.place_entity != b.place_entity and same_event
            and a.subject_entity and a.subject_entity == b.subject_entity and happened(a) != happened(b)
            and not compatible(a.place, b.place)):
        planned, done = (b, a) if happened(a) else (a, b)
        return "planned_vs_happened", (f"expected at {planned.place} in one account, "
                                        f"took place at {done.place} in another")
    # an actor denies what another account states about it (« X a nié tout commerce d'armes » /
    # « X avait fourni des missiles »)
    for denial, other in ((a, b), (b, a)):
        if (denial.predicate in DENIAL_VERBS and denial.modality == "denied" and other.modality in _FIRM
                and not other.negated and denial.subject_entity and denial.subject_entity == other.subject_entity
                and other.predicate in CLASS_OF
                and CLASS_OF[other.predicate] in {CLASS_OF.get(x) for x in denial.lemmas if x != denial.predicate}):
            return "direction", f"one account has it deny what another states ({other.predicate})"
    different_actors = bool(a.subject_entity and b.subject_entity and a.subject_entity != b.subject_entity)
    if (a.place_entity and b.place_entity and a.place_entity != b.place_entity and a.predicate == b.predicate
            and not different_actors and not compatible(a.place, b.place) and (happened(a) or happened(b) or (a.modality in _FIRM and b.modality in _FIRM))):
        if happened(a) != happened(b):
            planned, done = (b, a) if happened(a) else (a, b)
            return "planned_vs_happened", (f"expected at {planned.place} in one account, "
                                            f"took place at {done.place} in another")
        return "place", f"'{a.place}' in one account, '{b.place}' in another"
    if (_DAY.match(a.time) and _DAY.match(b.time) and a.time != b.time and a.predicate == b.predicate
            and not different_actors and (happened(a) or happened(b))):
        return "date", f"dated {a.time} in one account, {b.time} in another"
    ua, ub = _units(a.numbers), _units(b.numbers)
    for unit in set(ua) & set(ub):
        if ua[unit] != ub[unit]:
            return "number", f"{ua[unit]} {unit} in one account, {ub[unit]} {unit} in another"
    pos = {"asserted", "reported"}
    if a.group_id and a.group_id == b.group_id and not different_actors and (
        (a.modality == "denied" and b.modality in pos) or (b.modality == "denied" and a.modality in pos)
    ):
        return "direction", "one account states it, another denies it"
    return None


def could_conflict(claim: Claim) -> tuple[str, ...] | None:
    """What another claim must carry for :func:`compare` to find a conflict with ``claim``
    (a necessary condition, checked in SQL so that most related claims are never read);
    None when anything could (``claim`` is itself a denial)."""
    if claim.modality == "denied":
        return None
    need = ["denied"]  # another account denying this one
    if claim.place_entity:
        need.append("place")
    if _DAY.match(claim.time):
        need.append("day")
    if _units(claim.numbers):
        need.append("numbers")
    return tuple(need)


def find_for(store: Store, claim: Claim, story_id: str) -> int:
    """Record the contradictions between ``claim`` and earlier claims of its story; return how many."""
    found = 0
    for other in store.related_claims(story_id, claim, conflicts=could_conflict(claim)):
        hit = compare(claim, other)
        if hit is None or other.sentence == claim.sentence:
            continue
        kind, why = hit
        if other.article_id == claim.article_id:
            kind, why = "self", f"the article contradicts itself: {why}"
        store.add_contradiction(story_id, kind, claim, other, why)
        found += 1
    return found
