"""The frame of a claim: who does what to whom, where, when, how much, how surely, and on whose word.

Everything the cross-checking stages compare, in one typed record: the actors and the recipient as
resolved entities, the action and its paraphrase class, the theme, the place with what contains
it (the offline gazetteer), the time as an interval, the quantities as intervals with their unit,
counted thing and scope, the polarity apart from the modality, and the source chain from the
speaker through the relay to the outlet. Read from the stored claim (nothing is re-parsed), so
the report, the web app and the API can show it for any claim.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from recoupe.claims.contradictions import _flow as flow_of
from recoupe.claims.contradictions import _interval as interval_of
from recoupe.claims.quantities import of_claim
from recoupe.lang.predicates import CLASS_OF
from recoupe.model import Claim


@dataclass(frozen=True, slots=True)
class FrameQuantity:
    value: float
    low: float | None  # None: unbounded (« plus de 500 »)
    high: float | None
    unit: str
    thing: str
    scope: str
    approximate: bool
    text: str


@dataclass(frozen=True, slots=True)
class ClaimFrame:
    actors: tuple[str, ...]  # resolved entity ids, or the subject as written when unresolved
    action: str  # the predicate's lemma (for a denial: the denied action)
    action_class: str  # its paraphrase class (« livrer », « fournir » -> supply), "" when none
    theme: str  # what the action bears on, as written
    giver: str  # for a flow (supply, acquisition): who gives and who receives, as entities
    receiver: str
    place: str
    place_entity: str
    place_country: str  # ISO code of the country the place lies in, when the gazetteer knows it
    time: str  # TIMEX3 value
    time_start: str  # the interval the value covers (ISO dates), "" when vaguer than a month
    time_end: str
    quantities: tuple[FrameQuantity, ...]
    polarity: str  # positive | negative (the event did not happen), apart from the modality
    modality: str
    planned: bool
    source_chain: tuple[str, ...]  # speaker, relay, outlet (as many as the article gives)

    def to_json(self) -> dict[str, Any]:
        """As JSON values (tuples become lists)."""
        return asdict(self, dict_factory=lambda kv: {k: list(v) if isinstance(v, tuple) else v for k, v in kv})


def _bound(x: float) -> float | None:
    return None if x in (float("inf"), float("-inf")) else x


def frame_of(claim: Claim, outlet: str = "", language: str = "fr") -> ClaimFrame:
    """The frame of one stored claim; ``outlet`` is its article's outlet (the end of the chain),
    ``language`` its article's (how its figures are written)."""
    from recoupe.resolve.places import lookup

    flow = flow_of(claim)
    place = lookup(claim.place) if claim.place else None
    interval = interval_of(claim.time)
    quantities = tuple(
        FrameQuantity(q.value, _bound(q.low), _bound(q.high), q.unit, q.thing, q.scope, q.approximate, q.text)
        for q in of_claim(claim.text, claim.sentence, language)
    )
    chain = tuple(x for x in (claim.attributed_to, claim.relay, outlet) if x)
    return ClaimFrame(
        actors=tuple(x for x in (claim.subject_entity or claim.subject,) if x),
        action=claim.predicate, action_class=CLASS_OF.get(claim.predicate, ""), theme=claim.object,
        giver=flow[0] if flow else "", receiver=flow[1] if flow else "",
        place=claim.place, place_entity=claim.place_entity, place_country=place.country if place else "",
        time=claim.time, time_start=interval[0] if interval else "", time_end=interval[1] if interval else "",
        quantities=quantities, polarity="negative" if claim.negated else "positive", modality=claim.modality,
        planned=claim.planned, source_chain=chain,
    )
