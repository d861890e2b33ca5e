"""A denial of a trouble against an account of it (issue 13, ``denial``), within a story and across
stories, and one outlet's two tolls of a day. Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from recoupe.claims.contradictions import (
    Side,
    across_keys,
    check_trouble_denial,
    compare,
    compare_across,
    conflict_keys,
)
from recoupe.model import Claim


def _c(cid: str, text: str, **kw: Any) -> Claim:
    base: dict[str, Any] = dict(id=cid, article_id=cid.split(":")[0], text=text, sentence=kw.pop("sentence", text),
                                start=0, end=len(text), subject=kw.pop("subject", ""),
                                predicate=kw.pop("predicate", "faire"))
    base.update(kw)
    return Claim(**base)


def _side(c: Claim, outlet: str = "journal.fr", day: str = "2025-03-10", stamp: str = "") -> Side:
    return Side(c, outlet=outlet, published=date.fromisoformat(day), stamp=stamp)


DENIAL = _c("a1:c1", "La directrice nie tout malaise au sein du personnel de la maternité de Vierzon",
            subject="La directrice", predicate="nier", modality="denied", cue="nie")
ACCOUNT = _c("b1:c1", "À la maternité de Vierzon, les sages-femmes du personnel n'en peuvent plus",
             subject="les sages-femmes", predicate="pouvoir", modality="asserted")
OTHER_PLACE = _c("c1:c1", "Au lycée Jean-Moulin, les enseignants dénoncent des pénuries de manuels",
                 subject="les enseignants", predicate="dénoncer", modality="asserted")


def _keyed(a: Claim, b: Claim, keys: Any = conflict_keys) -> bool:
    fa, la = keys(a)
    fb, lb = keys(b)
    return bool(fa & lb) and bool(fb & la)


def test_a_denial_of_a_trouble_conflicts_with_an_account_of_it_in_other_words() -> None:
    hit = compare(_side(DENIAL), _side(ACCOUNT, "autre.fr"))
    assert hit is not None and hit.kind == "denial"
    assert "directrice" in hit.explanation.lower()
    assert _keyed(DENIAL, ACCOUNT)  # found whichever of the two arrives second


def test_a_trouble_of_something_else_is_not_what_is_denied() -> None:
    assert check_trouble_denial(_side(DENIAL), _side(OTHER_PLACE, "autre.fr")) is None


def test_saying_nobody_is_worried_denies_the_trouble() -> None:
    calm = _c("d1:c1", "Personne n'est inquiet à la maternité de Vierzon", subject="Personne",
              predicate="inquiet", modality="asserted", attributed_to="la directrice")
    hit = check_trouble_denial(_side(calm), _side(ACCOUNT, "autre.fr"))
    assert hit is not None and hit.kind == "denial"


def test_the_deniers_own_account_and_a_negated_trouble_do_not_conflict() -> None:
    own = _c("e1:c2", "Des difficultés existent à la maternité de Vierzon", subject="Des difficultés",
             predicate="exister", modality="reported", attributed_to="la directrice")
    assert check_trouble_denial(_side(DENIAL), _side(own, "autre.fr")) is None
    negated = _c("f1:c1", "Le personnel de la maternité de Vierzon ne connaît pas de pénuries",
                 subject="Le personnel", predicate="connaître", modality="asserted", negated=True)
    assert check_trouble_denial(_side(DENIAL), _side(negated, "autre.fr")) is None


def test_a_trouble_told_in_the_sentence_of_the_claim_counts_unless_the_sentence_denies_it() -> None:
    sentence = "La dégradation des conditions de travail du personnel de la maternité de Vierzon suscite un débat"
    clause = _c("g1:c2", "suscite un débat", sentence=sentence, predicate="susciter", modality="asserted")
    assert check_trouble_denial(_side(DENIAL), _side(clause, "autre.fr")) is not None
    denied_sentence = "Le maire dément la dégradation du personnel de la maternité de Vierzon et annonce un plan"
    plan = _c("h1:c2", "annonce un plan", sentence=denied_sentence, predicate="annoncer", modality="asserted")
    assert check_trouble_denial(_side(DENIAL), _side(plan, "autre.fr")) is None


def test_across_stories_two_anchors_and_close_dates_are_needed() -> None:
    assert _keyed(DENIAL, ACCOUNT, across_keys)
    assert compare_across(_side(DENIAL), _side(ACCOUNT, "autre.fr", "2025-03-12")) is not None
    assert compare_across(_side(DENIAL), _side(ACCOUNT, "autre.fr", "2025-03-20")) is None  # another week
    one_anchor = _c("i1:c1", "À Vierzon, les pompiers n'en peuvent plus", subject="les pompiers",
                    predicate="pouvoir", modality="asserted")
    assert compare(_side(DENIAL), _side(one_anchor, "autre.fr")) is not None  # one story: one anchor suffices
    assert compare_across(_side(DENIAL), _side(one_anchor, "autre.fr")) is None
    assert across_keys(OTHER_PLACE)[0] and not _keyed(DENIAL, OTHER_PLACE, across_keys)


def _toll(cid: str, text: str) -> Claim:
    return _c(cid, text, predicate="mourir", modality="asserted")


def test_one_outlets_two_tolls_of_a_day_conflict_unless_dated_in_the_day() -> None:
    one = _toll("j1:c1", "Un mort dans l'effondrement d'un balcon à Brest")
    two = _toll("k1:c1", "Deux personnes sont mortes dans l'effondrement d'un balcon à Brest")
    hit = compare(_side(one, "radio.fr"), _side(two, "radio.fr"))
    assert hit is not None and hit.kind == "quantity"
    # stamped to the minute, within the hour: one source's figures of one moment, a revision
    close = compare(_side(one, "radio.fr", stamp="2025-03-10T08:05:00"),
                    _side(two, "radio.fr", stamp="2025-03-10T08:40:00"))
    assert close is not None and close.kind == "update"
    # hours apart: the toll rose
    later = compare(_side(one, "radio.fr", stamp="2025-03-10T08:05:00"),
                    _side(two, "radio.fr", stamp="2025-03-10T15:00:00"))
    assert later is not None and later.kind == "update"
    # no outlet known on either side: nothing tells two versions apart from one revising
    unknown = compare(_side(one, ""), _side(two, ""))
    assert unknown is not None and unknown.kind == "update"


def test_a_denials_headline_says_whose_trouble_is_denied() -> None:
    calm = _c("m1:c2", "Personne n'est inquiet, a répondu la directrice", subject="Personne",
              predicate="inquiet", modality="asserted")
    headline = "La directrice nie tout malaise au sein du personnel de la maternité de Vierzon"
    assert check_trouble_denial(_side(calm), _side(ACCOUNT, "autre.fr")) is None  # about what?
    hit = check_trouble_denial(Side(calm, outlet="journal.fr", published=date(2025, 3, 10), headline=headline),
                               _side(ACCOUNT, "autre.fr"))
    assert hit is not None and hit.kind == "denial"
    # the account's own headline does not widen what the account is about
    account = _c("n1:c3", "Certains ont fait état de graves difficultés", modality="asserted", predicate="faire")
    assert check_trouble_denial(_side(DENIAL), Side(account, outlet="autre.fr", published=date(2025, 3, 10),
                                                    headline="Maternité de Vierzon : le personnel à bout")) is None


def test_a_clause_of_a_sentence_that_denies_a_trouble_does_not_tell_it() -> None:
    sentence = "La directrice a nié tout souci à la maternité de Vierzon, mais indiqué que le service sera rénové"
    clause = _c("o1:c2", "que le service sera rénové", sentence=sentence, predicate="rénover", modality="reported")
    assert check_trouble_denial(_side(DENIAL), _side(clause, "autre.fr")) is None


def _integrate_two_stories(claims: list[tuple[str, Claim, str]]) -> set[tuple[str, str, str, str]]:
    """(story, claim) pairs integrated in the given order, each article in its own story."""
    from recoupe.claims.contradictions import find_for
    from recoupe.model import Article, ArticleAnalysis, RawDocument
    from recoupe.storage import Store

    store = Store.open(":memory:")
    try:
        with store.transaction():
            for story, c, day in claims:
                if not store.story(story):
                    store.create_story(story, story)
                aid = c.article_id
                store.add_raw(aid, RawDocument(origin=aid, fmt="text", raw=aid.encode(), fields={}))
                store.add_article(Article(id=aid, origin=aid, text=c.text, outlet=f"outlet-{aid}",
                                          published=date.fromisoformat(day)), [], "")
                store.add_to_story(story, aid, {}, None)
                store.save_analysis(ArticleAnalysis(article_id=aid, claims=[c]))
                find_for(store, c, story)
        return {(r["story_id"], r["kind"], r["claim_a"], r["claim_b"]) for r in store.contradictions()}
    finally:
        store.close()


def test_find_for_compares_across_stories_in_any_order() -> None:
    items = [("s1", DENIAL, "2025-03-10"), ("s2", ACCOUNT, "2025-03-11"), ("s3", OTHER_PLACE, "2025-03-11")]
    forward = _integrate_two_stories(items)
    backward = _integrate_two_stories(items[::-1])
    assert forward == backward == {("s1", "denial", "a1:c1", "b1:c1")}
    far_apart = [("s1", DENIAL, "2025-03-01"), ("s2", ACCOUNT, "2025-03-11")]
    assert _integrate_two_stories(far_apart) == set()


# -- one actor's same amount told over different times, within and across stories ------------------------
def _earned(cid: str, text: str, pred: str, entity: str = "e7") -> Claim:
    return _c(cid, text, subject="La chanteuse", subject_entity=entity, predicate=pred, modality="asserted",
              lemmas=[pred, "million", "euro", "an"])


def test_the_same_amount_over_two_durations_is_a_date_conflict_even_across_stories() -> None:
    a = _earned("p1:c1", "La chanteuse a gagné plus de deux millions d'euros en quatre ans grâce à ses tournées",
                "gagner")
    b = _earned("q1:c1", "La chanteuse a empoché plus de deux millions d'euros de cachets en six ans", "empocher")
    hit = compare(_side(a), _side(b, "autre.fr"))
    assert hit is not None and hit.kind == "date"
    assert _keyed(a, b, across_keys)
    across = compare_across(_side(a), _side(b, "autre.fr", "2025-03-11"))
    assert across is not None and across.kind == "date"


def test_durations_of_another_actor_or_another_amount_do_not_conflict() -> None:
    a = _earned("r1:c1", "La chanteuse a gagné plus de deux millions d'euros en quatre ans", "gagner")
    other_actor = _earned("s1:c1", "Le batteur a empoché plus de deux millions d'euros en six ans", "empocher", "e8")
    other_amount = _earned("t1:c1", "La chanteuse a empoché 300 000 euros en six ans", "empocher")
    for b in (other_actor, other_amount):
        assert compare(_side(a), _side(b, "autre.fr")) is None
        assert compare_across(_side(a), _side(b, "autre.fr")) is None
    assert not _keyed(a, other_actor, across_keys)


def test_a_clause_with_its_own_subject_does_not_take_its_sentences_trouble() -> None:
    sentence = ("Les sages-femmes de la maternité de Vierzon dénoncent des pénuries, et demandent quand "
                "leurs collègues seront remplacées")
    clause = _c("u1:c2", "quand leurs collègues seront remplacées", sentence=sentence, subject="leurs collègues",
                predicate="remplacer", modality="asserted")
    assert check_trouble_denial(_side(DENIAL), _side(clause, "autre.fr")) is None
    main = _c("u1:c1", "Les sages-femmes de la maternité de Vierzon dénoncent des pénuries", sentence=sentence,
              subject="Les sages-femmes", predicate="dénoncer", modality="asserted")
    assert check_trouble_denial(_side(DENIAL), _side(main, "autre.fr")) is not None



def test_an_account_of_the_deniers_own_trouble_is_no_conflict() -> None:
    dismissed = _c("g1:c1", "Les économistes rejettent l'idée d'une pénurie de carburant à la rentrée",
                   subject="Les économistes", predicate="écarter", modality="denied", cue="écarter")
    worry = _c("h1:c1", "Le prix du carburant inquiète les économistes à la rentrée", subject="Le prix",
               predicate="inquiéter", modality="asserted")
    assert check_trouble_denial(_side(dismissed), _side(worry, "autre.fr")) is None
    others = _c("i1:c1", "Les automobilistes s'inquiètent d'une pénurie de carburant à la rentrée",
                subject="Les automobilistes", predicate="inquiéter", modality="asserted")
    hit = check_trouble_denial(_side(dismissed), _side(others, "autre.fr"))
    assert hit is not None and hit.kind == "denial"


def test_a_trouble_told_in_a_relative_clause_is_not_the_claims_deed() -> None:
    # the new ship replaces the old one; the crew's distress is the relative clause's, a claim of its own
    denial = _c("d1:c1", "La ministre nie tout malaise parmi les marins du Borée", subject="La ministre",
                predicate="nier", modality="denied", cue="nie")
    replaces = _c("e1:c1", "Le Mistral remplace le Borée dont les marins se plaignaient de pénuries",
                  subject="Le Mistral", predicate="remplacer", modality="asserted")
    relative = _c("e1:c2", "dont les marins du Borée se plaignaient de pénuries",
                  subject="les marins", predicate="plaindre", modality="asserted")
    assert compare(_side(denial), _side(replaces, "autre.fr")) is None
    hit = compare(_side(denial), _side(relative, "autre.fr"))
    assert hit is not None and hit.kind == "denial"
