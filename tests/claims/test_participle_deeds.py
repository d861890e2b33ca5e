"""An English participle cut from its main clause (« …, paying $2 billion », « after falling 80 metres ») is
the deed of its main clause's subject: it conflicts on a figure, a date, a place or a direction only with a
claim of the same doer, never as a bare deed (issue #13, English). Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from recoupe.claims.contradictions import Side, compare, participle_deed
from recoupe.model import Claim


def _c(cid: str, text: str, **kw: Any) -> Claim:
    base: dict[str, Any] = dict(id=cid, article_id=cid.split(":")[0], text=text, sentence=kw.pop("sentence", text),
                                start=0, end=len(text), subject=kw.pop("subject", ""),
                                predicate=kw.pop("predicate", "pay"), language="en")
    base.update(kw)
    return Claim(**base)


def _kind(a: Claim, b: Claim) -> str | None:
    sa = Side(a, outlet="Outlet A", published=date(2031, 5, 6), language="en")
    sb = Side(b, outlet="Outlet B", published=date(2031, 5, 6), language="en")
    hit, back = compare(sa, sb), compare(sb, sa)
    assert hit == back
    return hit.kind if hit else None


def test_a_participle_clause_is_told_apart_from_a_clause_with_its_subject() -> None:
    deed = _c("a1:c2", "paying about $2.1 billion in cash", subject="Dunmore Systems",
              sentence="Dunmore Systems agreed to buy Kestrel Labs, paying about $2.1 billion in cash.")
    assert participle_deed(deed)
    assert participle_deed(_c("a1:c3", "being charged by a grand jury", subject="The clerk", predicate="charge"))
    # a main clause, or a gerund subject that names itself, is no cut participle
    assert not participle_deed(_c("b1:c0", "Dunmore Systems paid $2.1 billion", subject="Dunmore Systems"))
    assert not participle_deed(_c("b1:c1", "Raising the fares angered riders", subject="Raising the fares",
                                  predicate="anger"))
    # French claims are read by their own reader
    assert not participle_deed(_c("c1:c0", "payant 2 milliards", subject="Dunmore", language="fr"))


def test_the_price_of_one_companys_deal_does_not_contradict_another_deals() -> None:
    deed = _c("a1:c2", "paying about $2.1 billion in cash", subject="Dunmore Systems", subject_entity="e1",
              sentence="Dunmore Systems agreed to buy Kestrel Labs last week, paying about $2.1 billion in cash.")
    other = _c("b1:c0", "Ostrava Group paid $900 million for the Brightwave chain", subject="Ostrava Group",
               subject_entity="e2")
    assert _kind(deed, other) is None
    # two buyers left unresolved, whose subjects open on one article: only their English heads tell them apart
    group = _c("a1:c2", "paying about $2.1 billion in cash", subject="The Dunmore group", group_id="g1",
               sentence="The Dunmore group agreed to buy a rival last week, paying about $2.1 billion in cash.")
    rival = _c("b1:c0", "The Ostrava group paid $900 million for the Brightwave chain", subject="The Ostrava group",
               group_id="g1")
    assert _kind(group, rival) is None
    # the same buyer's price told two ways is a contradiction all the same
    same = _c("c1:c0", "Dunmore Systems paid $1.6 billion for Kestrel Labs", subject="Dunmore Systems",
              subject_entity="e1")
    assert _kind(deed, same) == "quantity"


def test_a_participle_with_no_subject_found_is_no_ones_figure() -> None:
    # the parse found no subject for its main clause: the bare « detaining 14 smugglers » may be any patrol's
    bare = _c("a1:c2", "detaining 14 smugglers", predicate="detain",
              sentence="The cutter on patrol in the strait stopped a raid on a tanker, detaining 14 smugglers.")
    other = _c("b1:c0", "The patrol detained nine smugglers", subject="The patrol", predicate="detain",
               group_id="g1", component_id="k1")
    bare.group_id, bare.component_id = "g1", "k1"  # grouped together: the check is not spared by the grouping
    assert _kind(bare, other) is None
    told = _c("a1:c2", "detaining 14 smugglers", predicate="detain", subject="The patrol", group_id="g1",
              component_id="k1")
    assert _kind(told, other) == "quantity"


def test_two_devices_weights_are_their_makers() -> None:
    other = _c("b1:c0", "The Corvel slate weighs 1.6 pounds", subject="The Corvel slate", subject_entity="e2",
               predicate="weigh", group_id="g1")
    # a pronoun names no doer: « It unveiled … , weighing … » may be any maker's device
    deed = _c("a1:c2", "weighing just 1.2 pounds", subject="It", predicate="weigh", group_id="g1",
              sentence="It unveiled its new tablet on Monday, weighing just 1.2 pounds.")
    assert _kind(deed, other) is None
    # two subjects told apart by their English head, not by the article both open with
    tablet = _c("a1:c2", "weighing just 1.2 pounds", subject="The tablet", predicate="weigh", group_id="g1",
                sentence="The tablet went on sale on Monday, weighing just 1.2 pounds.")
    assert _kind(tablet, other) is None
    # the same device named as the participle's subject: its two weights conflict
    slate = _c("a1:c2", "weighing just 1.2 pounds", subject="The Corvel slate", subject_entity="e2",
               predicate="weigh", group_id="g1")
    assert _kind(slate, other) == "quantity"


def test_a_company_bought_is_no_party_of_the_sale_of_its_products() -> None:
    buy = _c("a1:c2", "acquiring Vantor", subject="Corelis", subject_entity="e1", predicate="acquire",
             object="Vantor", object_entity="e2", lemmas=["acquire", "vantor"],
             sentence="Corelis moved into cloud hardware, acquiring Vantor.")
    sell = _c("b1:c0", "to sell Vantor servers", subject="Corelis", subject_entity="e1", predicate="sell",
              object="Vantor servers", object_entity="e2", lemmas=["sell", "vantor", "server"])
    assert _kind(buy, sell) is None
    # a flow told both ways between two named parties is still one
    sold = _c("c1:c0", "Vantor sold its server line to Corelis", subject="Vantor", subject_entity="e2",
              predicate="sell", object="its server line", place="Corelis", place_entity="e1",
              lemmas=["sell", "vantor", "server", "line"])
    bought = _c("d1:c0", "Corelis sold servers to Vantor", subject="Corelis", subject_entity="e1",
                predicate="sell", object="servers", place="Vantor", place_entity="e2", lemmas=["sell", "server"])
    assert _kind(sold, bought) == "direction"
    # and a participle whose subject is named tells its flow as a main clause would
    supplying = _c("e1:c2", "supplying Vantor with chips", subject="Corelis", subject_entity="e1",
                   predicate="supply", object="Vantor", object_entity="e2", lemmas=["supply", "vantor", "chip"],
                   sentence="Corelis grew fast last year, supplying Vantor with chips.")
    shipped = _c("f1:c0", "Vantor shipped chips to Corelis", subject="Vantor", subject_entity="e2",
                 predicate="ship", place="Corelis", place_entity="e1", lemmas=["ship", "vantor", "chip"])
    assert _kind(supplying, shipped) == "direction"


def test_an_age_in_apposition_does_not_make_the_subject_a_counted_group() -> None:
    # « Marlow, 52, ran the authority, spending ten years as its engineer »: the « 52 » counts no one
    deed = _c("a1:c2", "spending ten years as its chief engineer", subject="Marlow, 52", subject_entity="e1",
              predicate="spend", sentence="Marlow, 52, ran the authority, spending ten years as its chief engineer.")
    other = _c("b1:c0", "Quill has spent 17 years as the chief engineer", subject="Quill", subject_entity="e2",
               predicate="spend", group_id="g1")
    deed.group_id = "g1"
    assert _kind(deed, other) is None
    same = _c("c1:c0", "Marlow spent 12 years as the chief engineer", subject="Marlow", subject_entity="e1",
              predicate="spend", group_id="g1")
    assert _kind(deed, same) == "quantity"


def test_a_pronoun_subject_inside_a_word_of_the_participle_does_not_hide_the_cut() -> None:
    other = _c("b1:c0", "it weighs 1.6 pounds", subject="it", predicate="weigh", group_id="g1",
               sentence="The Corvel slate is thin: it weighs 1.6 pounds.")
    # « it » is inside « with » and « its »: the clause is still a participle of an unknown doer
    deed = _c("a1:c2", "weighing just 1.2 pounds with its case", subject="it", predicate="weigh", group_id="g1",
              sentence="On Monday, it unveiled its new tablet, weighing just 1.2 pounds with its case.")
    assert participle_deed(deed)
    assert _kind(deed, other) is None
    # a subject written as a whole word in the clause is a main clause's
    assert not participle_deed(_c("c1:c0", "weighing it took an hour", subject="it", predicate="weigh"))


def test_a_whitespace_text_is_no_participle() -> None:
    assert not participle_deed(_c("a1:c0", " ", subject="The patrol"))


def test_a_french_partner_subject_is_read_by_its_own_head() -> None:
    # « Le Hamas » is Hamas under the French head, not « le »: the same doer, whose two figures conflict
    deed = _c("a1:c2", "releasing 13 hostages", subject="Hamas", predicate="release", group_id="g1",
              sentence="Hamas ended the truce talks on Sunday, releasing 13 hostages.")
    french = _c("b1:c0", "Le Hamas a libéré 24 otages", subject="Le Hamas", predicate="libérer", group_id="g1",
                language="fr")
    sa = Side(deed, outlet="Outlet A", published=date(2031, 5, 6), language="en")
    sb = Side(french, outlet="Outlet B", published=date(2031, 5, 6), language="fr")
    hit = compare(sa, sb)
    assert hit is not None and hit.kind == "quantity"


@pytest.mark.parametrize("name", ["eBay", "3M", "Vantor (VNT)"])
def test_a_name_not_opening_on_a_capital_is_still_a_party(name: str) -> None:
    bought = _c("a1:c0", f"Corelis acquired {name}", subject="Corelis", subject_entity="e1", predicate="acquire",
                object=name, object_entity="e2", lemmas=["acquire", "corelis", name.split()[0].lower()])
    sold = _c("b1:c0", f"{name} acquired Corelis", subject=name, subject_entity="e2", predicate="acquire",
              object="Corelis", object_entity="e1", lemmas=["acquire", "corelis", name.split()[0].lower()])
    assert _kind(bought, sold) == "direction"
