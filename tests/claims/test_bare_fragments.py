"""A fragment that states no fact never makes a group `confirmed` (issue #13, cut30): a relative clause, an
infinitive or a condition whose subject extraction did not recover tells no one's deed. Two outlets' bare
fragments share words, not a fact; beside a claim that states the fact whole, a fragment still counts.
(A condition keeps its pronoun subject, « s'il bloque », which extraction recovers: it is no bare case.)
Sentences written for the tests."""

from __future__ import annotations

import pytest

from recoupe.claims.shown import bare_fragment, opens_as_fragment, shown_claim, subject_named_in
from recoupe.claims.status import group_status
from recoupe.model import Claim

SOURCES = {"a": "a", "b": "b", "c": "c"}


def _act(cid: str, article: str, text: str, predicate: str, subject: str = "", language: str = "fr",
         sentence: str = "") -> Claim:
    words = [w.strip(",.'«»").lower() for w in text.split()]
    sentence = sentence or text
    start = sentence.find(text)
    return Claim(id=cid, article_id=article, text=text, sentence=sentence, start=start, end=start + len(text),
                 subject=subject, predicate=predicate, lemmas=[w for w in words if len(w) >= 3], language=language)


@pytest.mark.parametrize(("first", "second", "predicate", "language"), [
    ("de suspendre les taxes sur le cacao importé", "de suspendre dès lundi les taxes du cacao", "suspendre", "fr"),
    ("qui a inondé le vieux port de Kelby", "qui a inondé dimanche le port de Kelby", "inonder", "fr"),
    ("which flooded the old harbour of Kelby", "which flooded the harbour of Kelby on Sunday", "flood", "en"),
])
def test_two_outlets_bare_fragments_confirm_nothing(first: str, second: str, predicate: str, language: str) -> None:
    """Two outlets print one fragment in their own words, no subject recovered (a request to suspend told
    of two mayors, a flood told of a storm and of a dam): nothing says whose deed either tells."""
    ms = [_act("a:c1", "a", first, predicate, language=language), _act("b:c1", "b", second, predicate,
                                                                        language=language)]
    assert all(bare_fragment(c) for c in ms)
    assert group_status(ms, SOURCES).status == "single_source"


# (fragment, its sentence), another outlet's (fragment, its sentence), the fact stated whole, its subject
RELATIVES = [
    (("qui a inondé le vieux port de Kelby", "La tempête qui a inondé le vieux port de Kelby s'éloigne"),
     ("qui a inondé dimanche le port de Kelby", "La tempête qui a inondé dimanche le port de Kelby a fait trois "
                                                "blessés"),
     "La tempête a inondé le vieux port de Kelby", "inonder", "tempête", "fr"),
    (("which flooded the old harbour of Kelby", "The storm which flooded the old harbour of Kelby is moving away"),
     ("which flooded the harbour of Kelby on Sunday", "The storm which flooded the harbour of Kelby on Sunday "
                                                      "injured three people"),
     "The storm flooded the old harbour of Kelby", "flood", "storm", "en"),
]


@pytest.mark.parametrize(("one", "two", "whole", "predicate", "subject", "language"), RELATIVES)
def test_a_fragment_counts_beside_a_whole_claim_or_with_its_subject(
        one: tuple[str, str], two: tuple[str, str], whole: str, predicate: str, subject: str, language: str) -> None:
    # one outlet states the fact whole: the other's bare fragment confirms it
    mixed = [_act("a:c1", "a", whole, predicate, subject, language),
             _act("b:c1", "b", two[0], predicate, language=language, sentence=two[1])]
    assert group_status(mixed, SOURCES).status == "confirmed"
    # the relative pronoun's antecedent recovered in both: each tells whose deed it is
    told = [_act("a:c1", "a", one[0], predicate, subject, language, one[1]),
            _act("b:c1", "b", two[0], predicate, subject, language, two[1])]
    assert group_status(told, SOURCES).status == "confirmed"
    # a fragment with its subject beside a bare one whose sentence names that subject: one deed
    half = [_act("a:c1", "a", one[0], predicate, subject, language, one[1]),
            _act("b:c1", "b", two[0], predicate, language=language, sentence=two[1])]
    assert group_status(half, SOURCES).status == "confirmed"
    # the bare one printed alone, the subject named nowhere in its sentence: whose deed it tells is unknown
    alone = [_act("a:c1", "a", one[0], predicate, subject, language, one[1]),
             _act("b:c1", "b", two[0], predicate, language=language)]
    assert group_status(alone, SOURCES).status == "single_source"


@pytest.mark.parametrize(("one", "two", "predicate", "subject", "language"), [
    (("qui a perdu sa majorité au conseil municipal lundi",
      "Les habitants ont manifesté mardi contre Jean Morvel, qui a perdu sa majorité au conseil municipal lundi"),
     ("Ayant perdu sa majorité au conseil municipal lundi",
      "Ayant perdu sa majorité au conseil municipal lundi, Jean Morvel a réuni la presse mardi"),
     "perdre", "Jean Morvel", "fr"),
])
def test_a_bare_participle_clause_whose_sentence_names_the_subject_confirms(
        one: tuple[str, str], two: tuple[str, str], predicate: str, subject: str, language: str) -> None:
    """The participle clause's subject is its main clause's, left unfilled by French extraction (English fills
    it): the sentence names the other outlet's subject, so both tell one man's loss."""
    ms = [_act("a:c1", "a", one[0], predicate, subject, language, one[1]),
          _act("b:c1", "b", two[0], predicate, language=language, sentence=two[1])]
    assert bare_fragment(ms[1])
    assert group_status(ms, SOURCES).status == "confirmed"


@pytest.mark.parametrize(("one", "two", "predicate", "subjects", "language", "status"), [
    # two things flooded the harbour, each outlet blaming its own: two deeds
    (("which flooded the harbour on Sunday", "Fishermen in Kelby blame the storm which flooded the harbour on Sunday"),
     ("which flooded the harbour on Sunday", "Residents of Orlac blame the dam which flooded the harbour on Sunday"),
     "flood", ("storm", "dam"), "en", "single_source"),
    (("qui a inondé le port dimanche", "Les pêcheurs accusent la tempête qui a inondé le port dimanche"),
     ("qui a inondé le port dimanche", "Les habitants accusent le barrage qui a inondé le port dimanche"),
     "inonder", ("tempête", "barrage"), "fr", "single_source"),
    # one noun shared, a pronoun, or the other's noun named in the sentence: one deed
    (("qui a inondé le port dimanche", "La tempête Olma, qui a inondé le port dimanche, s'éloigne"),
     ("qui a inondé le port dimanche", "Les dégâts de la tempête qui a inondé le port dimanche sont lourds"),
     "inonder", ("tempête Olma", "tempête"), "fr", "confirmed"),
    (("qu'elle avait inondé le port dimanche", "La mairie dit qu'elle avait inondé le port dimanche"),
     ("qui a inondé le port dimanche", "La crue qui a inondé le port dimanche recule"),
     "inonder", ("elle", "crue"), "fr", "confirmed"),
    # a subject the parse found far before the clause (« une enquête … après la panne du réseau qui … »): a guess
    (("qui a privé d'eau le bourg", "Le procureur a lancé des vérifications après la panne de la ville qui a privé "
                                    "d'eau le bourg"),
     ("qui a privé d'eau le bourg", "La panne du réseau qui a privé d'eau le bourg est réparée"),
     "priver", ("vérifications", "réseau"), "fr", "confirmed"),
    (("qui a ravagé la pinède dimanche", "Ce feu qui a ravagé la pinède dimanche est fixé"),
     ("qui a ravagé la pinède dimanche", "L'incendie qui a ravagé la pinède dimanche, un feu de forêt, est fixé"),
     "ravager", ("feu", "incendie"), "fr", "confirmed"),
])
def test_two_fragments_of_two_things_confirm_nothing(one: tuple[str, str], two: tuple[str, str], predicate: str,
                                                     subjects: tuple[str, str], language: str, status: str) -> None:
    ms = [_act("a:c1", "a", one[0], predicate, subjects[0], language, one[1]),
          _act("b:c1", "b", two[0], predicate, subjects[1], language, two[1])]
    assert group_status(ms, SOURCES).status == status


@pytest.mark.parametrize(("whole", "other", "fragment", "predicate", "subject", "language"), [
    ("La tempête a inondé le vieux port de Kelby", "Une tempête a inondé le vieux port de Kelby dimanche",
     "qui a inondé le vieux port de Kelby", "inonder", "tempête", "fr"),
    ("The storm flooded the old harbour of Kelby", "A storm flooded the old harbour of Kelby on Sunday",
     "which flooded the old harbour of Kelby", "flood", "storm", "en"),
])
def test_two_whole_claims_and_a_fragment_confirm_shown_by_a_whole_one(
        whole: str, other: str, fragment: str, predicate: str, subject: str, language: str) -> None:
    ms = [_act("a:c1", "a", fragment, predicate, language=language),
          _act("b:c1", "b", whole, predicate, subject, language),
          _act("c:c1", "c", other, predicate, subject, language)]
    st = group_status(ms, SOURCES)
    assert st.status == "confirmed"
    shown = shown_claim(ms, st, fragment)
    assert shown is not None and shown.text in (whole, other)


@pytest.mark.parametrize(("text", "predicate", "fragment"), [
    ("de faire avancer la réforme des retraites", "avancer", True),  # a causative before the clause's verb
    ("de laisser partir les otages", "partir", True),
    ("Mort de l'ancien maire de Brivelle", "mort", False),  # a noun the parser took as head, no infinitive
    ("Le parquet de Brivelle enquête sur le maire", "parquet", False),
    ("Le dîner des ministres à Matignon", "dîner", False),  # an article first, not a clitic: a noun
    ("de le dîner avec les ministres", "dîner", True),  # after a marker, a clitic
])
def test_french_infinitive_openers(text: str, predicate: str, fragment: bool) -> None:
    assert opens_as_fragment(_act("a:c1", "a", text, predicate)) is fragment


@pytest.mark.parametrize(("fragment", "sentence", "subject"), [
    # an infinitive's missing subject is the governing verb's object, not the name the sentence opens on
    ("d'avoir détourné des fonds publics", "Marc Roy accuse Paul Vernet d'avoir détourné des fonds publics",
     "Marc Roy"),
    ("d'avoir détourné des fonds publics", "Le maire d'Orlac accuse son adjoint d'avoir détourné des fonds publics",
     "Le maire d'Orlac"),
    ("to resign at once", "Paul Lee urged the mayor to resign at once", "Paul Lee"),
])
def test_an_infinitive_takes_no_subject_from_its_sentence(fragment: str, sentence: str, subject: str) -> None:
    language = "en" if fragment.startswith("to ") else "fr"
    other = _act("b:c1", "b", f"{subject}, qui a détourné des fonds publics" if language == "fr"
                 else f"{subject} resigned at once", "détourner" if language == "fr" else "resign", subject, language)
    frag = _act("a:c1", "a", fragment, "détourner" if language == "fr" else "resign", "", language, sentence)
    assert not subject_named_in(frag, other)


def test_a_participle_takes_the_main_clause_subject() -> None:
    frag = _act("a:c1", "a", "Ayant perdu sa majorité au conseil lundi", "perdre", "", "fr",
                "Ayant perdu sa majorité au conseil lundi, Paul Vernet a convoqué la presse")
    other = _act("b:c1", "b", "qui a perdu sa majorité au conseil lundi", "perdre", "Paul Vernet", "fr",
                 "Les habitants ont manifesté contre Paul Vernet, qui a perdu sa majorité au conseil lundi")
    assert subject_named_in(frag, other)


@pytest.mark.parametrize(("one", "two", "subjects"), [
    # one event named two ways
    (("qui a dévasté la pinède dimanche", "Le feu qui a dévasté la pinède dimanche est fixé"),
     ("qui a dévasté la pinède dimanche", "L'incendie qui a dévasté la pinède dimanche est fixé"), ("feu", "incendie")),
    # a subject the parse took farther back than the antecedent
    (("qui a inondé le port dimanche", "Les pêcheurs réparent les bateaux après la tempête qui a inondé le port "
                                       "dimanche"),
     ("qui a inondé le port dimanche", "Les habitants nettoient les rues après l'ouragan qui a inondé le port "
                                       "dimanche"), ("tempête", "rues")),
])
def test_two_names_of_one_event_still_confirm(one: tuple[str, str], two: tuple[str, str],
                                              subjects: tuple[str, str]) -> None:
    ms = [_act("a:c1", "a", one[0], "dévaster" if "dévasté" in one[0] else "inonder", subjects[0], "fr", one[1]),
          _act("b:c1", "b", two[0], "dévaster" if "dévasté" in two[0] else "inonder", subjects[1], "fr", two[1])]
    assert group_status(ms, SOURCES).status == "confirmed"
