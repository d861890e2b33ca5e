"""The organisations in the slot of one subject's act, read from the articles' mentions
(:func:`recoupe.claims.status.organisations_apart`; issue #13, roleorg30). Sentences written for the tests."""

from __future__ import annotations

from recoupe.claims.status import SourceContext, organisations_apart
from recoupe.model import Claim, Mention
from tests.claims.helpers import claim


def _named(cid: str, text: str, subject: str, names: list[tuple[str, str, str]], language: str = "en") -> tuple[
        Claim, list[Mention]]:
    """A claim of article ``cid``'s prefix and its article's mentions: (name, type, entity) each found in the text."""
    c = claim(cid, text, subject=subject, subject_entity="p1", predicate="fire", language=language)
    mentions = [Mention(c.article_id, text.index(n), text.index(n) + len(n), n, t, e)  # type: ignore[arg-type]
                for n, t, e in names]
    return c, mentions


def _apart(a: tuple[Claim, list[Mention]], b: tuple[Claim, list[Mention]]) -> bool:
    context = SourceContext(mentions={a[0].article_id: tuple(a[1]), b[0].article_id: tuple(b[1])})
    return organisations_apart(a[0], b[0], context) and organisations_apart(b[0], a[0], context)


def test_a_coach_fired_by_two_teams_is_apart() -> None:
    a = _named("a1:c1", "Tam Ruddle was sacked as manager of the Wexley Gulls on Sunday", "Tam Ruddle",
               [("Tam Ruddle", "PER", "p1"), ("Wexley Gulls", "ORG", "o1")])
    b = _named("b1:c1", "Tam Ruddle was sacked as manager of the Orrin Stags on Sunday", "Tam Ruddle",
               [("Tam Ruddle", "PER", "p1"), ("Orrin Stags", "ORG", "o2")])
    assert _apart(a, b)


def test_a_team_ner_missed_is_read_by_its_capitals() -> None:
    a = _named("a1:c1", "Tam Ruddle was sacked as manager of the Wexley Gulls on Sunday", "Tam Ruddle",
               [("Tam Ruddle", "PER", "p1"), ("Wexley Gulls", "ORG", "o1")])
    b = _named("b1:c1", "Tam Ruddle was sacked as manager of the Orrin Stags on Sunday", "Tam Ruddle",
               [("Tam Ruddle", "PER", "p1")])
    assert _apart(a, b)


def test_one_organisation_split_by_resolution_spelt_alike_or_shortened_is_one() -> None:
    a = _named("a1:c1", "Tam Ruddle was sacked as manager of the Wexley Gulls on Sunday", "Tam Ruddle",
               [("Tam Ruddle", "PER", "p1"), ("Wexley Gulls", "ORG", "o1")])
    for text, name in [("Tam Ruddle was sacked as manager of the Gulls on Sunday", "Gulls"),
                       ("Tam Ruddle was sacked as manager of the Wexly Gulls on Sunday", "Wexly Gulls")]:
        b = _named("b1:c1", text, "Tam Ruddle", [("Tam Ruddle", "PER", "p1"), (name, "ORG", "o2")])
        assert not _apart(a, b), text
    c = _named("c1:c1", "Ada Prell was fired as director of the Gaulton Medical Association", "Ada Prell",
               [("Gaulton Medical Association", "ORG", "o3")])
    d = _named("d1:c1", "Ada Prell was fired as director of the Gaulton Medical Assn.", "Ada Prell",
               [("Gaulton Medical Assn.", "ORG", "o4")])
    assert not _apart(c, d)
    e = _named("e1:c1", "Ada Prell was fired as director of Holm Advisers", "Ada Prell",
               [("Holm Advisers", "ORG", "o5")])
    f = _named("f1:c1", "Ada Prell was fired as director of Holm Advisors", "Ada Prell",
               [("Holm Advisors", "ORG", "o6")])
    assert not _apart(e, f)


def test_a_department_of_the_ministry_is_not_apart_from_it() -> None:
    a = _named("a1:c1", "Ada Prell was appointed director of the Ministry of Canals", "Ada Prell",
               [("Ministry of Canals", "ORG", "o1")])
    b = _named("b1:c1", "Ada Prell was appointed director of the Ministry of Canals Survey Department", "Ada Prell",
               [("Ministry of Canals Survey Department", "ORG", "o2")])
    assert not _apart(a, b)


def test_names_out_of_the_act_slot_are_not_read() -> None:
    # a team in the subject's title, a passive's doer, a title before a person's name
    a = _named("a1:c1", "Gulls receiver Tam Ruddle was arrested by the Harlow County Patrol", "Tam Ruddle",
               [("Gulls", "ORG", "o1"), ("Tam Ruddle", "PER", "p1"), ("Harlow County Patrol", "ORG", "o2")])
    b = _named("b1:c1", "Tam Ruddle was arrested at the Orrin Arena by officers", "Tam Ruddle",
               [("Tam Ruddle", "PER", "p1"), ("Orrin Arena", "ORG", "o3")])
    assert not _apart(a, b)
    c = _named("c1:c1", "Gov. Ada Prell appointed Chief of Staff Lin Moro to the vacant seat", "Ada Prell",
               [("Ada Prell", "PER", "p1"), ("Lin Moro", "PER", "p2")])
    d = _named("d1:c1", "Ada Prell appointed Lin Moro to the Senate", "Ada Prell",
               [("Ada Prell", "PER", "p1"), ("Lin Moro", "PER", "p2"), ("Senate", "ORG", "o4")])
    assert not _apart(c, d)
    # a place at the act's preposition, NER's and without an organisation's head noun
    place = _named("g1:c1", "Tam Ruddle was arrested at Gaulton on Sunday", "Tam Ruddle",
                   [("Tam Ruddle", "PER", "p1"), ("Gaulton", "LOC", "l1")])
    assert not _apart(b, place)
    # an apposition to the subject, and a name before the subject
    gulls = _named("e1:c1", "Tam Ruddle was sacked as manager of the Wexley Gulls", "Tam Ruddle",
                   [("Tam Ruddle", "PER", "p1"), ("Wexley Gulls", "ORG", "o1")])
    for text in ["Tam Ruddle, a former coach of the Orrin Stags, was fired on Sunday",
                 "At the Orrin Stags' arena on Sunday, Tam Ruddle was fired"]:
        told = _named("f1:c1", text, "Tam Ruddle", [("Tam Ruddle", "PER", "p1"), ("Orrin Stags", "ORG", "o2")])
        assert not _apart(gulls, told), text


def test_french_clubs_and_hospitals_named_after_a_head_noun() -> None:
    a = _named("a1:c1", "Lino Barsac a signé au FC Varenne mardi", "Lino Barsac",
               [("Lino Barsac", "PER", "p1"), ("FC Varenne", "ORG", "o1")], "fr")
    b = _named("b1:c1", "Lino Barsac a signé à l'AS Morlay mardi", "Lino Barsac",
               [("Lino Barsac", "PER", "p1"), ("AS Morlay", "ORG", "o2")], "fr")
    assert _apart(a, b)
    # NER types the clinic's name a person: the head noun before it makes it an organisation
    c = _named("c1:c1", "Ève Tarrade a été nommée directrice de la clinique Ravenel", "Ève Tarrade",
               [("Ève Tarrade", "PER", "p1"), ("Ravenel", "PER", "p3")], "fr")
    d = _named("d1:c1", "Ève Tarrade a été nommée directrice de l'hôpital Joubertin", "Ève Tarrade",
               [("Ève Tarrade", "PER", "p1"), ("Joubertin", "LOC", "o5")], "fr")
    assert _apart(c, d)
    e = _named("e1:c1", "Ève Tarrade a été nommée directrice de l'hôpital Ravenel", "Ève Tarrade",
               [("Ève Tarrade", "PER", "p1"), ("Ravenel", "LOC", "o6")], "fr")
    assert not _apart(c, e)


def test_without_mentions_or_with_two_subjects_nothing_is_apart() -> None:
    a = _named("a1:c1", "Tam Ruddle was sacked as manager of the Wexley Gulls", "Tam Ruddle",
               [("Wexley Gulls", "ORG", "o1")])
    b = _named("b1:c1", "Tam Ruddle was sacked as manager of the Orrin Stags", "Tam Ruddle",
               [("Orrin Stags", "ORG", "o2")])
    assert not organisations_apart(a[0], b[0], None)
    other = claim("c1:c1", b[0].text, subject="Bo Kell", subject_entity="p9", language="en")
    context = SourceContext(mentions={"a1": tuple(a[1]), "c1": tuple(b[1])})
    assert not organisations_apart(a[0], other, context)
