"""Frame links (groups.frame_link): two claims of two articles that name one event with the same
verb, paraphrase class or action noun and share enough of its frame group together, for grouping
only. Invented sentences."""

from __future__ import annotations

from recoupe.claims.groups import _Features, frame_link, learned_links, rule_link
from recoupe.model import Claim

DAY = "2026-03-14"


def _feat(claim: Claim, published: str = DAY) -> _Features:
    return _Features(claim, published)


def _claim(cid: str, text: str, predicate: str, lemmas: list[str], *, planned: bool = False,
           numbers: list[str] | None = None, time: str = "", subject_entity: str = "") -> Claim:
    return Claim(id=cid, article_id=cid.split(":")[0], text=text, sentence=text, start=0, end=len(text),
                 subject="", predicate=predicate, lemmas=lemmas, planned=planned, numbers=numbers or [],
                 time=time, subject_entity=subject_entity)


INAUGURE = _claim("a:c1", "La maire de Vaulnay inaugure samedi le nouveau pont sur la Loire, après trois ans de "
                  "chantier et deux reports", "inaugurer",
                  ["inaugurer", "maire", "vaulnay", "samedi", "nouveau", "pont", "loire", "an", "chantier",
                   "report"])
INAUGURATION = _claim("b:c1", "Inauguration du pont de Vaulnay sur la Loire par la maire", "inauguration",
                      ["inauguration", "pont", "vaulnay", "loire", "maire"])


def test_one_event_and_its_frame_link_two_accounts_the_lemma_rule_keeps_apart() -> None:
    a, b = _feat(INAUGURE), _feat(INAUGURATION)
    assert not rule_link(a, b)  # too few of the long account's words for the overlap
    assert frame_link(a, b)
    assert learned_links([a, b]) == {(0, 1)}


def test_a_general_verb_names_no_event() -> None:
    became = _claim("a:c2", "La maire de Vaulnay est devenue samedi la première élue du pont de la Loire", "devenir",
                    ["devenir", "maire", "vaulnay", "samedi", "premier", "élu", "pont", "loire"])
    becomes = _claim("b:c2", "La maire de Vaulnay devient présidente du syndicat du pont de la Loire", "devenir",
                     ["devenir", "maire", "vaulnay", "présidente", "syndicat", "pont", "loire"])
    assert not frame_link(_feat(became), _feat(becomes))


def test_two_shared_words_are_not_a_frame() -> None:
    other = _claim("b:c3", "Le pont de la Loire sera inauguré par le préfet", "inaugurer",
                   ["inaugurer", "pont", "loire", "préfet"])
    assert not frame_link(_feat(INAUGURE), _feat(other))


def test_a_plan_and_a_deed_a_count_and_no_count_one_article_stay_apart() -> None:
    planned = _claim("b:c4", "La maire de Vaulnay inaugurera le pont de la Loire", "inaugurer",
                     ["inaugurer", "maire", "vaulnay", "pont", "loire"], planned=True)
    counted = _claim("b:c5", "La maire de Vaulnay inaugure le pont de la Loire devant 3 000 habitants", "inaugurer",
                     ["inaugurer", "maire", "vaulnay", "pont", "loire", "habitant"], numbers=["3 000"])
    same_article = _claim("a:c6", "Inauguration du pont de Vaulnay sur la Loire par la maire", "inauguration",
                          ["inauguration", "pont", "vaulnay", "loire", "maire"])
    done = _claim("c:c1", "La maire de Vaulnay inaugure le pont de la Loire", "inaugurer",
                  ["inaugurer", "maire", "vaulnay", "pont", "loire"])
    assert frame_link(_feat(INAUGURATION), _feat(done))
    assert not frame_link(_feat(INAUGURATION), _feat(planned))
    assert _feat(counted).counted and not frame_link(_feat(INAUGURATION), _feat(counted))
    assert not frame_link(_feat(INAUGURE), _feat(same_article))


def test_a_group_frame_links_joined_is_cut_back_for_confirmation() -> None:
    from recoupe.claims.groups import split
    from recoupe.claims.status import _parts_without_frames

    copy = _claim("c:c1", "La maire de Vaulnay inaugure samedi le nouveau pont sur la Loire, après trois ans de "
                  "chantier", "inaugurer",
                  ["inaugurer", "maire", "vaulnay", "samedi", "nouveau", "pont", "loire", "an", "chantier"])
    members = [INAUGURE, INAUGURATION, copy]
    assert rule_link(_feat(INAUGURE), _feat(copy))
    assert not rule_link(_feat(INAUGURATION), _feat(copy))
    published = {c.id: DAY for c in members}
    assert len(split(members, learned=True, published=published)) == 1  # the frame link holds the three together
    assert len(split(members, learned=True)) == 2  # undated articles: no frame link
    parts = _parts_without_frames(members)
    assert parts[INAUGURE.id] == parts[copy.id] != parts[INAUGURATION.id]
    assert set(_parts_without_frames([INAUGURE, copy]).values()) == {0}


def test_a_light_verb_whose_phrase_is_not_read_names_no_event() -> None:
    confirms = _claim("a:c7", "La mairie de Vaulnay confirme la fermeture du pont de la Loire cet hiver", "confirmer",
                      ["confirmer", "mairie", "vaulnay", "fermeture", "pont", "loire", "hiver"])
    confirmed = _claim("b:c7", "La mairie de Vaulnay confirme la réouverture du pont de la Loire", "confirmer",
                       ["confirmer", "mairie", "vaulnay", "réouverture", "pont", "loire"])
    assert not frame_link(_feat(confirms), _feat(confirmed))


def test_undated_articles_or_articles_days_apart_have_no_frame_link() -> None:
    assert frame_link(_feat(INAUGURE), _feat(INAUGURATION, "2026-03-16"))
    assert not frame_link(_feat(INAUGURE), _feat(INAUGURATION, "2026-03-19"))
    assert not frame_link(_feat(INAUGURE, ""), _feat(INAUGURATION, ""))
    assert frame_link(_feat(INAUGURE, ""), _feat(INAUGURATION, ""), dated=False)


def test_a_claim_telling_another_actors_fact_inside_it_is_not_that_fact() -> None:
    """A long account whose words carry another actor's event (« …, retrouvé mort ») beside its own
    (a club suspending a coach) shares many words with that claim but is not the same fact; two
    accounts of the one event, or one actor's two verbs, still link."""
    suspended = _claim("a:c1", "Le club de Varenne a suspendu l'entraîneur qui accusait Paul Morel, le gardien "
                       "retrouvé mort chez lui début mai", "suspendre",
                       ["suspendre", "club", "varenne", "entraîneur", "accuser", "paul", "morel", "gardien",
                        "retrouver", "mort", "mai"], subject_entity="e1")
    found = _claim("b:c1", "Paul Morel, le gardien du club de Varenne, a été retrouvé mort chez lui en mai",
                   "retrouver", ["retrouver", "paul", "morel", "gardien", "club", "varenne", "mort", "mai"],
                   subject_entity="e2")
    also_found = _claim("c:c1", "Le gardien du club de Varenne Paul Morel retrouvé mort chez lui en mai", "retrouver",
                        ["retrouver", "gardien", "club", "varenne", "paul", "morel", "mort", "mai"],
                        subject_entity="e2")
    assert not rule_link(_feat(suspended), _feat(found))
    assert not rule_link(_feat(found), _feat(suspended))
    assert rule_link(_feat(found), _feat(also_found))
    unnamed = _claim("d:c1", suspended.text, "suspendre", suspended.lemmas)  # no actor resolved: no veto
    assert rule_link(_feat(unnamed), _feat(found))
