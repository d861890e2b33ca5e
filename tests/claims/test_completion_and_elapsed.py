"""A task told done against told undone (``direction``), and a length of time counted back to an
event another account dates (``date``). Sentences written for the tests."""

from __future__ import annotations

from datetime import date

from recoupe.claims.contradictions import Side, compare, completion, conflict_keys, dated_event, elapsed
from recoupe.model import Claim
from tests.claims.helpers import claim as _c


def _side(c: Claim, outlet: str, day: date = date(2026, 3, 12)) -> Side:
    return Side(c, outlet=outlet, published=day)


DONE = _c("a1:c1", "Les plongeurs ont achevé leur relevé du récif vers 17 heures", subject="plongeurs",
          predicate="achever", object="leur relevé du récif")
UNDONE = _c("b1:c2", "Ils n'ont pas pu terminer le relevé", subject="ils", predicate="terminer",
            object="le relevé", negated=True)
WITHOUT = _c("c1:c1", "sans avoir pu boucler son relevé", predicate="boucler", object="son relevé",
             modality="speculative")  # « pu » read as a hedge by the modality: the text says it happened


def test_completion_reads_done_and_undone() -> None:
    assert completion(DONE) == ("done", "releve")
    assert completion(UNDONE) == ("undone", "releve")
    assert completion(WITHOUT) == ("undone", "releve")
    planned = _c("d1:c1", "Les plongeurs doivent achever leur relevé mardi", predicate="achever",
                 object="leur relevé", planned=True)
    assert completion(planned) is None
    hedged = _c("e1:c1", "Les plongeurs auraient achevé leur relevé", predicate="achever", object="leur relevé",
                modality="conditional")
    assert completion(hedged) is None
    other_verb = _c("f1:c1", "Les plongeurs ont commencé leur relevé", predicate="commencer", object="leur relevé")
    assert completion(other_verb) is None
    # idioms: « finir sa course dans un fossé », « terminer par une victoire » name no task
    assert completion(_c("f2:c1", "Le car a fini sa course dans un fossé", predicate="finir",
                         object="sa course dans un fossé")) is None
    assert completion(_c("f3:c1", "La soirée s'est terminée par un concert", predicate="terminer",
                         object="par un concert")) is None


def test_done_against_undone_conflicts_and_is_found_either_way() -> None:
    hit = compare(_side(DONE, "un.fr"), _side(UNDONE, "deux.fr"))
    assert hit is not None and hit.kind == "direction"
    hit = compare(_side(WITHOUT, "trois.fr"), _side(DONE, "un.fr"))
    assert hit is not None and hit.kind == "direction"
    fa, la = conflict_keys(DONE)
    fb, lb = conflict_keys(UNDONE)
    assert fa & lb and fb & la


def test_completion_needs_one_task_two_articles_and_one_actor() -> None:
    assert compare(_side(UNDONE, "deux.fr"), _side(WITHOUT, "trois.fr")) is None  # both undone
    survey = _c("g1:c1", "Les plongeurs n'ont pas pu terminer la cartographie", predicate="terminer",
                object="la cartographie",
                negated=True)
    assert compare(_side(DONE, "un.fr"), _side(survey, "deux.fr")) is None  # another task
    same_article = _c("a1:c4", "Ils n'ont pas pu terminer le relevé", predicate="terminer", object="le relevé",
                      negated=True)
    assert compare(_side(DONE, "un.fr"), _side(same_article, "un.fr")) is None
    named_a = _c("h1:c1", "Léa Mornet a achevé son relevé", predicate="achever", object="son relevé",
                 subject_entity="E1")
    named_b = _c("i1:c1", "Paul Vidal n'a pas pu achever son relevé", predicate="achever", object="son relevé",
                 subject_entity="E2", negated=True)
    assert compare(_side(named_a, "un.fr"), _side(named_b, "deux.fr")) is None  # two people's surveys
    dated = _c("j1:c1", "Ils n'ont pas pu terminer le relevé lundi", predicate="terminer", object="le relevé",
               negated=True, time="2026-03-09")
    done_later = _c("k1:c1", "Les plongeurs ont achevé leur relevé jeudi", predicate="achever",
                    object="leur relevé", time="2026-03-12")
    assert compare(_side(dated, "un.fr"), _side(done_later, "deux.fr")) is None  # finished on another day


# a time counted back from a find to a theft; the theft dated by another outlet
FOUND = _c("m1:c1", "Des tableaux retrouvés six mois après leur vol à Gand", predicate="retrouver")
STOLEN = _c("n1:c2", "Les tableaux, dérobés en juin 2025 dans un musée de Gand, ont été récupérés",
            predicate="récupérer", lemmas=["tableau", "dérober", "juin", "musée", "gand", "récupérer"], time="2025-06")


def test_elapsed_and_dated_event_are_read() -> None:
    counted = elapsed(FOUND)
    assert counted is not None and counted[0] == "vol" and counted[1].value == 6 and counted[1].unit == "mois"
    assert dated_event(STOLEN) == "vol"
    assert elapsed(_c("o1:c1", "Des tableaux retrouvés six mois après leur exposition", predicate="retrouver")) is None
    assert dated_event(_c("p1:c1", "Les tableaux ont été récupérés", predicate="récupérer", time="2025-06")) == ""


def test_a_length_counted_back_that_misses_the_dated_month_conflicts() -> None:
    # published 12 March 2026: June 2025 is eight to nine months back, not six
    hit = compare(_side(FOUND, "un.fr"), _side(STOLEN, "deux.fr"))
    assert hit is not None and hit.kind == "date"
    fa, la = conflict_keys(FOUND)
    fb, lb = conflict_keys(STOLEN)
    assert fa & lb and fb & la
    # the same find published in mid-December: six months after June holds (rounded)
    assert compare(_side(FOUND, "un.fr", date(2025, 12, 14)), _side(STOLEN, "deux.fr", date(2025, 12, 14))) is None
    # an approximation widens the count (« plus de six mois »: at least six)
    more = _c("m1:c1", "Des tableaux retrouvés plus de six mois après leur vol", predicate="retrouver")
    assert compare(_side(more, "un.fr"), _side(STOLEN, "deux.fr")) is None
    # another event dated: no conflict
    crash = _c("q1:c2", "Le car, qui s'est écrasé en juin 2025, a été retiré", predicate="retirer",
               lemmas=["car", "écraser", "juin"], time="2025-06")
    assert compare(_side(FOUND, "un.fr"), _side(crash, "deux.fr")) is None
