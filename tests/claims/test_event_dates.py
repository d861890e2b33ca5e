"""One-off events dated apart (``check_event_date``): sentences of our own."""

from __future__ import annotations

from datetime import date
from typing import Any

from recoupe.claims.contradictions import Side, compare, conflict_keys, one_off_event
from recoupe.model import Claim


def _side(cid: str, text: str, time: str, published: str, outlet: str = "", **kw: Any) -> Side:
    base: dict[str, Any] = dict(id=cid, article_id=cid.split(":")[0], text=text, sentence=kw.pop("sentence", text),
                                start=0, end=len(text), subject="", predicate="", time=time)
    base.update(kw)
    return Side(Claim(**base), outlet=outlet or cid.split(":")[0], published=date.fromisoformat(published))


def _kind(a: Side, b: Side) -> str | None:
    hit, back = compare(a, b), compare(b, a)
    assert hit == back
    return hit.kind if hit else None


def _keyed(a: Side, b: Side) -> bool:
    fa, la = conflict_keys(a.claim)
    fb, lb = conflict_keys(b.claim)
    return bool(la & fb) and bool(lb & fa)


def test_event_date_one_capsizing_told_with_two_subjects_and_two_days_conflicts() -> None:
    """« La pirogue, qui a chaviré lundi » (report of Thursday 7th: Monday 4th) against « Un navire
    de pêche a chaviré le 5 mars »: nothing in common but the event and a vessel."""
    mon = _side("a1:c3", "qui a chaviré lundi", "2024-03-04", "2024-03-07", subject="pirogue", predicate="chavirer")
    tue = _side("b1:c1", "Un navire de pêche a chaviré le 5 mars au large de la côte", "2024-03-05", "2024-03-08",
                subject="navire de pêche", predicate="chavirer")
    assert one_off_event(mon.claim) == one_off_event(tue.claim) == "naufrage"
    assert _kind(mon, tue) == "date"
    assert _keyed(mon, tue)


def test_event_date_the_main_clause_of_a_subject_whose_relative_clause_dates_the_event() -> None:
    """« Le bateau, qui a chaviré lundi, transportait des pêcheurs »: the clause's subject carries
    the capsizing and its day."""
    rel = _side("a1:c2", "Le bateau, qui a chaviré lundi, transportait des pêcheurs", "2024-03-04", "2024-03-07",
                subject="bateau, qui a chaviré lundi", predicate="transporter", object="des pêcheurs")
    other = _side("b1:c1", "La barque s'est renversée et a chaviré mercredi", "2024-03-06", "2024-03-08",
                  subject="barque", predicate="chavirer")
    assert one_off_event(rel.claim) == "naufrage"
    assert _kind(rel, other) == "date"
    undated = _side("c1:c2", "Le bateau, qui a chaviré, transportait des pêcheurs", "2024-03-04", "2024-03-07",
                    subject="bateau, qui a chaviré", predicate="transporter")
    assert one_off_event(undated.claim) == ""  # the date is the main clause's, not the capsizing's


def test_event_date_an_event_noun_with_a_verb_of_occurrence() -> None:
    """« L'explosion s'est produite dans la nuit de mardi » / « une usine a explosé jeudi »."""
    noun = _side("a1:c1", "L'explosion s'est produite mardi dans l'entrepôt", "2024-03-05", "2024-03-07",
                 subject="explosion", predicate="produire")
    verb = _side("b1:c1", "un entrepôt a explosé jeudi", "2024-03-07", "2024-03-08", subject="entrepôt",
                 predicate="exploser")
    assert one_off_event(noun.claim) == "explosion"
    assert _kind(noun, verb) == "date"


def test_event_date_no_conflict_for_other_bearers_other_occurrences_or_the_same_day() -> None:
    boat = _side("a1:c1", "Un bateau a chaviré lundi", "2024-03-04", "2024-03-07", subject="bateau",
                 predicate="chavirer")
    # a bus is not a vessel
    bus = _side("b1:c1", "Un bus a chaviré mercredi dans un ravin", "2024-03-06", "2024-03-08", subject="bus",
                predicate="chavirer")
    assert _kind(boat, bus) is None
    # another capsizing, told as such
    again = _side("c1:c1", "Une autre embarcation a chaviré mercredi", "2024-03-06", "2024-03-08",
                  subject="autre embarcation", predicate="chavirer")
    assert _kind(boat, again) is None
    # two vessels named apart (two entities)
    named_a = _side("d1:c1", "Le Sirius a chaviré lundi", "2024-03-04", "2024-03-07", subject="Le Sirius",
                    subject_entity="e1", predicate="chavirer")
    named_b = _side("e1:c1", "L'Aurore a chaviré mercredi", "2024-03-06", "2024-03-08", subject="L'Aurore",
                    subject_entity="e2", predicate="chavirer")
    assert _kind(named_a, named_b) is None
    # the same day, told in other words: no conflict
    monday = _side("f1:c1", "Une embarcation a chaviré le 4 mars", "2024-03-04", "2024-03-08",
                   subject="embarcation", predicate="chavirer")
    assert _kind(boat, monday) is None
    # each report dating a capsizing to its own day: two capsizings
    own_a = _side("g1:c1", "Un bateau a chaviré ce lundi", "2024-03-04", "2024-03-04", subject="bateau",
                  predicate="chavirer")
    own_b = _side("h1:c1", "Un bateau a chaviré ce mardi", "2024-03-05", "2024-03-05", subject="bateau",
                  predicate="chavirer")
    assert _kind(own_a, own_b) is None


def test_event_date_hedged_planned_or_negated_accounts_are_not_events() -> None:
    maybe = _side("a1:c1", "Le bateau aurait chaviré lundi", "2024-03-04", "2024-03-07", subject="bateau",
                  predicate="chavirer", modality="conditional")
    not_ = _side("b1:c1", "Le bateau n'a pas chaviré mardi", "2024-03-05", "2024-03-07", subject="bateau",
                 predicate="chavirer", negated=True)
    done = _side("c1:c1", "Le bateau a chaviré mercredi", "2024-03-06", "2024-03-08", subject="bateau",
                 predicate="chavirer")
    assert one_off_event(maybe.claim) == one_off_event(not_.claim) == ""
    assert _kind(maybe, done) is None and _kind(not_, done) is None


def test_event_date_across_stories_needs_one_town() -> None:
    """Two stories about one explosion in one town (the clustering split them): compared when the
    place entity is the same town; a country holds too many events to tie two stories."""
    from recoupe.claims.contradictions import across_keys, compare_across

    a = _side("a1:c1", "Une usine a explosé lundi à Rouen", "2024-03-04", "2024-03-06", subject="usine",
              predicate="exploser", place="Rouen", place_entity="p1")
    b = _side("b1:c1", "L'usine chimique a explosé mercredi à Rouen", "2024-03-06", "2024-03-07",
              subject="usine chimique", predicate="exploser", place="Rouen", place_entity="p1")
    fa, la = across_keys(a.claim)
    fb, lb = across_keys(b.claim)
    assert la & fb and lb & fa
    hit = compare_across(a, b)
    assert hit is not None and hit.kind == "date"
    c = _side("c1:c1", "Une usine a explosé lundi en France", "2024-03-04", "2024-03-06", subject="usine",
              predicate="exploser", place="France", place_entity="p2")
    d = _side("d1:c1", "Une usine a explosé mercredi en France", "2024-03-06", "2024-03-07", subject="usine",
              predicate="exploser", place="France", place_entity="p2")
    assert not across_keys(c.claim)[0] & across_keys(d.claim)[1]


def test_event_date_a_named_persons_death_dated_apart() -> None:
    """« Le comédien Jean Valmont est mort mardi » / « Jean Valmont est décédé jeudi à l'hôpital »:
    one person dies once; two unnamed people (« un homme ») may be two deaths."""
    tue = _side("a1:c1", "Le comédien Jean Valmont est mort mardi", "2024-03-05", "2024-03-07",
                subject="comédien Jean Valmont", subject_entity="e1", predicate="mourir")
    thu = _side("b1:c1", "Jean Valmont est décédé jeudi à l'hôpital de Nantes", "2024-03-07", "2024-03-08",
                subject="Jean Valmont", subject_entity="e1", predicate="décéder", place="Nantes")
    assert one_off_event(tue.claim) == "deces"
    assert _kind(tue, thu) == "date"
    other = _side("c1:c1", "Marie Roche est décédée jeudi", "2024-03-07", "2024-03-08", subject="Marie Roche",
                  subject_entity="e2", predicate="décéder")
    assert _kind(tue, other) is None
    man_a = _side("d1:c1", "Un homme est mort mardi", "2024-03-05", "2024-03-07", subject="homme", predicate="mourir")
    man_b = _side("e1:c1", "Un homme est mort jeudi", "2024-03-07", "2024-03-08", subject="homme", predicate="mourir")
    assert one_off_event(man_a.claim) == "" and _kind(man_a, man_b) is None
