"""Shapes of a false `confirmed` a reader meets on any French dossier (issue #13, u1418wrong31): a clause whose
finite verb opens it (its subject outside it) beside a count, a state graded by « très » beside an act, two
floors of a toll counted at two times, a headline's rubric beside another rubric or fragment, two fragments of
two verbs; and the rule of two acts reading a clause told with its verb alone. Sentences written for the tests."""

from __future__ import annotations

import pytest

from recoupe.claims.shown import bare_fragment, headline_rubric, opens_as_fragment, shown_claim, states_fact
from recoupe.claims.status import _intransitive, _other_acts_on_other_things, group_status
from recoupe.model import Claim

SOURCES = {"a": "a", "b": "b", "c": "c"}


def _act(cid: str, article: str, text: str, predicate: str, subject: str = "", sentence: str = "",
         obj: str = "", place: str = "", lemmas: list[str] | None = None, language: str = "fr") -> Claim:
    """A claim as extraction stores it; ``lemmas`` its content lemmas, else its words of three letters or more."""
    words = [w.strip(",.:'«»").lower() for w in text.split()]
    sentence = sentence or text
    start = sentence.find(text)
    return Claim(id=cid, article_id=article, text=text, sentence=sentence, start=start, end=start + len(text),
                 subject=subject, predicate=predicate, object=obj, place=place,
                 lemmas=lemmas if lemmas is not None else [w for w in words if len(w) >= 3], language=language)


# -- a clause that opens on its finite verb: its subject is outside it

@pytest.mark.parametrize(("text", "predicate"), [
    ("ont quitté leurs maisons avant l'aube", "quitter"),
    ("a été évacué vers l'hôpital de Lornac", "évacuer"),
    ("prévoyait la fermeture du stade de Lornac", "prévoir"),
])
def test_a_clause_opening_on_its_finite_verb_is_a_fragment(text: str, predicate: str) -> None:
    c = _act("a:c1", "a", text, predicate)
    assert opens_as_fragment(c) and bare_fragment(c) and not states_fact(c)


@pytest.mark.parametrize(("text", "predicate", "subject"), [
    ("Est-il parti de Lornac avant l'aube", "partir", "il"),  # a question's inversion
    ("Les habitants ont quitté leurs maisons avant l'aube", "quitter", "habitants"),
    ("Avaler des lames de rasoir reste rare", "rester", ""),  # the verb's stem is not the first word
])
def test_a_clause_with_its_subject_or_an_inversion_is_no_finite_fragment(text: str, predicate: str,
                                                                         subject: str) -> None:
    assert not opens_as_fragment(_act("a:c1", "a", text, predicate, subject))


def test_a_finite_fragment_does_not_confirm_a_count_it_does_not_give() -> None:
    """« 3 000 habitants évacués » / « … et environ 900 habitants | ont quitté leurs maisons d'eux-mêmes »:
    the fragment tells neither who nor how many; the count is what the other outlet states."""
    count = _act("a:c1", "a", "3 000 habitants évacués", "évacuer", "habitants",
                 sentence="Deux blessés et 3 000 habitants évacués.")
    left = _act("b:c1", "b", "ont évacué leurs maisons d'eux-mêmes", "évacuer", obj="leurs maisons d'eux-mêmes",
                sentence="Quatre blessés, et environ 900 habitants ont évacué leurs maisons d'eux-mêmes.")
    assert group_status([count, left], SOURCES).status == "single_source"
    # beside a whole claim that gives no count, the bare fragment still confirms (cut30's rule)
    whole = _act("a:c2", "a", "Les habitants ont évacué leurs maisons mardi", "évacuer", "habitants",
                 obj="leurs maisons mardi")
    assert group_status([whole, left], SOURCES).status == "confirmed"


# -- a participle graded by an adverb of degree: a state, not an act

def test_a_graded_state_does_not_confirm_an_act() -> None:
    act = _act("a:c1", "a", "Plus de 900 secouristes ont été sollicités pour cette crue", "solliciter",
               "Plus de 900 secouristes", lemmas=["secouriste", "solliciter", "crue"])
    state = _act("b:c1", "b", "Les secouristes demeurent encore très sollicités par les crues", "solliciter",
                 "secouristes", lemmas=["secouriste", "demeurer", "solliciter", "crue"])
    assert group_status([act, state], SOURCES).status == "single_source"
    # two outlets telling the same state are one fact
    other = _act("c:c1", "c", "Les secouristes restent très sollicités par les crues", "solliciter", "secouristes",
                 lemmas=["secouriste", "rester", "solliciter", "crue"])
    assert group_status([state, other], SOURCES).status == "confirmed"


# -- two floors of a toll: counted at two times

TOLL = ["mort", "chute", "pont", "tarvel"]


def test_two_floors_of_a_toll_are_an_update_not_a_confirmation() -> None:
    early = _act("a:c1", "a", "Au moins 14 tués lors de la chute d'un pont à Tarvel", "mort",
                 lemmas=TOLL)
    later = _act("b:c1", "b", "Au moins 17 tués lors de la chute du pont de Tarvel", "mort",
                 lemmas=TOLL)
    assert group_status([early, later], SOURCES).status == "single_source"
    same = _act("b:c1", "b", "Au moins 14 tués mardi à Tarvel, où la chute d'un vieux pont surprend les riverains",
                "mort", lemmas=TOLL)
    assert group_status([early, same], SOURCES).status == "confirmed"


def test_floors_of_what_does_not_grow_hold_together() -> None:
    """« plus de 200 000 exemplaires » / « au moins 230 000 exemplaires »: both hold, and nothing was recounted."""
    one = _act("a:c1", "a", "Le roman de Lise Corvan s'est vendu à plus de 200 000 exemplaires", "vendre",
               "roman de Lise Corvan")
    two = _act("b:c1", "b", "Le roman de Lise Corvan s'est vendu à au moins 230 000 exemplaires", "vendre",
               "roman de Lise Corvan")
    assert group_status([one, two], SOURCES).status == "confirmed"


# -- a headline's rubric: what the story is about

RUBRIC = _act("a:c1", "a", "Suppression de la gare de Lornac", "suppression",
              sentence="Suppression de la gare de Lornac : les usagers du train protestent.")
PARTICIPLE = _act("b:c1", "b", "Gare de Lornac supprimée", "supprimer", "Gare de Lornac",
                  sentence="Gare de Lornac supprimée : la mairie promet des navettes.")


def test_a_headline_rubric_is_read_as_a_fragment() -> None:
    assert headline_rubric(RUBRIC) and headline_rubric(PARTICIPLE)
    assert opens_as_fragment(RUBRIC) and opens_as_fragment(PARTICIPLE)
    # a noun states no fact; a participle does, and may show the group, though it confirms as a fragment
    assert not states_fact(RUBRIC) and states_fact(PARTICIPLE)
    # a present tense before the colon, or a rubric alone in the claim with what follows: not so read
    goes_on = _act("a:c2", "a", "La grève continue", "continuer", "grève",
                   sentence="La grève continue : les usagers du train protestent.")
    whole = _act("a:c3", "a", "Suppression de la gare de Lornac : les usagers du train protestent", "protester",
                 "usagers du train")
    assert not headline_rubric(goes_on) and not headline_rubric(whole)


def test_two_rubrics_confirm_nothing_a_rubric_confirms_a_whole_claim() -> None:
    assert group_status([RUBRIC, PARTICIPLE], SOURCES).status == "single_source"
    whole = _act("b:c2", "b", "La gare de Lornac a été supprimée mardi", "supprimer", "gare de Lornac")
    status = group_status([RUBRIC, whole], SOURCES)
    assert status.status == "confirmed"
    shown = shown_claim([RUBRIC, whole], status)
    assert shown is not None and shown.id == whole.id  # the whole claim tells the fact shown


# -- two fragments of two verbs

def test_two_fragments_of_two_events_confirm_nothing() -> None:
    """« souhaite qu'un audit soit mené sur le budget du port » / « le plan … prévoyait le budget du port »: two
    fragments whose verbs name two events share the story's words, not a fact."""
    audit = _act("a:c1", "a", "qu'un audit soit mené sur le budget du port de Lornac", "mener", "audit",
                 sentence="Le maire souhaite qu'un audit soit mené sur le budget du port de Lornac.",
                 lemmas=["audit", "mener", "budget", "port", "lornac"])
    plan = _act("b:c1", "b", "prévoyait le budget du port de Lornac", "prévoir", "plan",
                sentence="Le plan devait être voté en mai et prévoyait le budget du port de Lornac.",
                lemmas=["prévoir", "budget", "port", "lornac"])
    assert opens_as_fragment(audit) and opens_as_fragment(plan)
    assert group_status([audit, plan], SOURCES).status == "single_source"


# -- a clause told with its verb alone (the rule of two acts of one actor)

@pytest.mark.parametrize(("text", "place", "named", "alone"), [
    ("Jean Morvel a démissionné mardi", "", False, True),
    ("Jean Morvel a démissionné hier", "", False, True),
    ("Jean Morvel a démissionné brusquement", "", False, True),
    # one resolved actor: any time and its place (an unresolved subject keeps the one-word bound: an event's
    # own noun, « un séisme a secoué samedi matin », tells its two verbs once)
    ("Jean Morvel a démissionné mardi soir", "", True, True),
    ("Jean Morvel a démissionné mardi soir", "", False, False),
    ("Jean Morvel a démissionné à Lornac", "Lornac", True, True),
    ("Jean Morvel a démissionné à Lornac", "", True, False),  # a word no place, time or adverb: may be a complement
    ("Jean Morvel a démissionné de son mandat", "", True, False),
    ("Le démissionnaire a démissionné de son mandat", "", True, False),  # the stem in the subject is not the verb
])
def test_a_clause_told_alone_is_its_verb_and_a_time_its_place_or_an_adverb(text: str, place: str, named: bool,
                                                                          alone: bool) -> None:
    subject = text.split(" a ")[0]
    where = frozenset(w.lower() for w in place.split()) if named else None
    assert _intransitive(_act("b:c1", "b", text, "démissionner", subject, place=place), where) is alone


def test_a_verb_form_its_stem_does_not_give_is_not_read_as_told_alone() -> None:
    # « pris » is not read from « prendre »: the clause is not taken as told with its verb alone
    assert not _intransitive(_act("b:c1", "b", "Jean Morvel a pris mardi", "prendre", "Jean Morvel"))


def test_an_act_on_a_thing_and_an_act_told_alone_in_one_place_are_two_acts() -> None:
    press = _act("a:c1", "a", "Jean Morvel a réuni la presse à Lornac", "réunir", "Jean Morvel", obj="la presse",
                 place="Lornac")
    quit_ = _act("b:c1", "b", "Jean Morvel a démissionné à Lornac", "démissionner", "Jean Morvel", place="Lornac")
    press.subject_entity = quit_.subject_entity = "e1"  # one resolved actor
    assert _other_acts_on_other_things(press, quit_)
    assert group_status([press, quit_], SOURCES).status == "single_source"


# -- revu1418wrong31's findings: what the rules above must not catch

def test_a_rubric_or_a_fragment_whose_sentence_counts_nothing_else_still_confirms() -> None:
    """The count rule reads only a fragment opening on its finite verb whose own sentence counts the other's
    thing with another figure (« … et 900 habitants | ont évacué … » beside « 3 000 habitants évacués »)."""
    rubric = _act("a:c1", "a", "Accord conclu entre Tarvel et Lornac", "conclure",
                  sentence="Accord conclu entre Tarvel et Lornac : la fusion des deux communes aura lieu en 2029.")
    whole = _act("b:c1", "b", "Les deux maires ont conclu lundi un accord entre Tarvel et Lornac, après des mois "
                 "de discussions", "conclure", "deux maires")
    assert group_status([rubric, whole], SOURCES).status == "confirmed"
    frag = _act("a:c1", "a", "ont évacué le lycée Victor-Hugo mardi", "évacuer",
                sentence="Une odeur de gaz a été signalée et les pompiers ont évacué le lycée Victor-Hugo mardi.")
    counted = _act("b:c1", "b", "Deux camions de pompiers ont évacué le lycée Victor-Hugo mardi après une fuite",
                   "évacuer", "Deux camions de pompiers", obj="le lycée Victor-Hugo mardi")
    assert group_status([frag, counted], SOURCES).status == "confirmed"


@pytest.mark.parametrize("opener", ["A", "À"])
def test_a_capital_a_opening_the_sentence_is_no_auxiliary(opener: str) -> None:
    """« A Lornac, … »: « À » typed without its accent, not the auxiliary opening a fragment."""
    whole = _act("a:c1", "a", f"{opener} Lornac, les gendarmes ont interpellé trois cambrioleurs mardi", "interpeller",
                 "gendarmes", obj="trois cambrioleurs mardi")
    assert not opens_as_fragment(whole)
    which = _act("b:c1", "b", "qui a interpellé trois cambrioleurs mardi", "interpeller",
                 obj="trois cambrioleurs mardi",
                 sentence="La brigade de Lornac, qui a interpellé trois cambrioleurs mardi, a été saluée.")
    assert group_status([whole, which], SOURCES).status == "confirmed"
    vote = _act("a:c1", "a", f"{opener} Tarvel, le conseil municipal a voté la fermeture de la patinoire lundi soir",
                "voter", "conseil municipal", obj="la fermeture de la patinoire lundi soir")
    voted = _act("b:c1", "b", "d'avoir voté la fermeture de la patinoire", "voter", obj="la fermeture de la patinoire",
                 sentence="L'opposition reproche à la majorité d'avoir voté la fermeture de la patinoire.")
    assert group_status([vote, voted], SOURCES).status == "confirmed"


def test_also_does_not_grade_a_participle() -> None:
    """« ont aussi interpellé »: « aussi » says also, the clause tells the act."""
    also = _act("a:c1", "a", "Les gendarmes ont aussi interpellé trois jeunes cambrioleurs mardi à Lornac",
                "interpeller", "gendarmes", obj="trois jeunes cambrioleurs mardi")
    passive = _act("b:c1", "b", "Trois jeunes cambrioleurs ont été interpellés par les gendarmes mardi à Lornac",
                   "interpeller", "Trois jeunes cambrioleurs")
    assert group_status([also, passive], SOURCES).status == "confirmed"


def test_a_later_floor_does_not_undo_a_floor_two_outlets_agree_on() -> None:
    a = _act("a:c1", "a", "Au moins 17 personnes sont décédées dimanche dans la chute du pont de Tarvel", "décéder",
             "Au moins 17 personnes")
    b = _act("b:c1", "b", "La chute du pont de Tarvel a causé au moins 17 morts dimanche", "causer", "chute")
    c = _act("c:c1", "c", "Au moins 19 personnes sont décédées dimanche dans la chute du pont de Tarvel", "décéder",
             "Au moins 19 personnes")
    status = group_status([a, b, c], SOURCES)
    assert status.status == "confirmed" and set(status.confirmed_by) == {a.id, b.id}


@pytest.mark.parametrize(("first", "second", "predicate"), [
    ("Au moins 17 personnes ont péri dimanche dans la chute du pont de Tarvel",
     "Dimanche, au moins 19 personnes ont péri lors de la chute du pont de Tarvel", "périr"),
    ("Au moins 17 personnes sont décédées dimanche dans la chute du pont de Tarvel",
     "Dimanche, au moins 19 personnes ont péri lors de la chute du pont de Tarvel", "périr"),
])
def test_people_told_dead_are_a_toll_whose_floors_are_two_times(first: str, second: str, predicate: str) -> None:
    one = _act("a:c1", "a", first, "décéder" if "décédées" in first else predicate, "personnes")
    two = _act("b:c1", "b", second, predicate, "personnes")
    assert group_status([one, two], SOURCES).status == "single_source"


def test_a_death_told_by_a_phrase_is_a_toll() -> None:
    one = _act("a:c1", "a", "Au moins 17 personnes sont décédées dimanche dans la chute du pont de Tarvel", "décéder",
               "personnes")
    two = _act("b:c1", "b", "La chute du pont de Tarvel a coûté la vie dimanche soir à au moins 19 personnes", "coûter",
               "chute")
    assert group_status([one, two], SOURCES).status == "single_source"


@pytest.mark.parametrize("noun", ["gouvernement", "Parlement"])
def test_a_noun_in_ment_after_a_function_word_is_a_complement(noun: str) -> None:
    c = _act("b:c1", "b", f"Jean Morvel a démissionné du {noun} mardi", "démissionner", "Jean Morvel")
    assert not _intransitive(c, frozenset())


def test_people_told_dead_below_a_floor_of_the_dead_do_not_confirm_it() -> None:
    """« 19 passagers sont décédés » / « au moins 24 morts »: one toll, told in people, two figures."""
    floor = _act("a:c1", "a", "Au moins 24 morts à Tarvel après le choc d'un car contre un camion", "mort")
    told = _act("b:c1", "b", "Hélas, 19 passagers du car sont décédés à Tarvel après la collision avec un camion",
                "décéder", "19 passagers du car")
    assert group_status([floor, told], SOURCES).status == "single_source"
