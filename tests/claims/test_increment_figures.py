"""A figure marked as added to an earlier one (« 150 hectares de plus », « supplémentaires », « a encore brûlé »,
"another", "a further", "150 more acres") is an increment, not the thing's total: it is never compared with
another account's total. Read as the total it gave a false `quantity` contradiction 150 / 300 between a fire's
first day and its flare-up (issue #13, review revstories30). Articles and sentences written for the tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from recoupe.claims.quantities import parse
from tests.claims.helpers import build_outlet_stories


@pytest.mark.parametrize(("text", "language", "added"), [
    ("Le feu a repris et a brûlé 150 hectares de chênes de plus.", "fr", "ha"),
    ("Le feu a brûlé 150 hectares supplémentaires dans la nuit.", "fr", "ha"),
    ("Le feu a encore brûlé 150 hectares dans la nuit.", "fr", "ha"),
    ("The blaze burned another 150 acres overnight.", "en", "acre"),
    ("A further 150 acres burned overnight.", "en", "acre"),
    ("The blaze burned 150 more acres overnight.", "en", "acre"),
])
def test_an_increment_counts_no_total(text: str, language: str, added: str) -> None:
    (q,) = parse(text, language)
    assert q.value == 150 and q.thing == "" and q.increment == added


@pytest.mark.parametrize(("text", "language", "thing"), [
    ("Le feu a brûlé 150 hectares dans la nuit.", "fr", "ha"),
    # the adverb « encore » before a weekday, not before the participle taking the figure
    ("Au gymnase, on comptait encore lundi 300 sinistrés.", "fr", "sinistré"),
    ("Il y a eu encore mardi 40 interpellations en ville.", "fr", "interpellation"),
    # « plus » opening another phrase: besides, more and more, more than
    ("Le feu a brûlé 300 hectares en plus des douze granges du hameau.", "fr", "ha"),
    ("Le feu a parcouru 300 hectares de plus en plus arides.", "fr", "ha"),
    ("Le feu a brûlé 300 hectares de plus de cinquante ans.", "fr", "ha"),
    ("More than 150 acres burned overnight.", "en", "acre"),
])
def test_a_total_keeps_its_thing(text: str, language: str, thing: str) -> None:
    q = parse(text, language)[0]
    assert q.thing == thing and not q.increment


def test_another_after_a_count_of_another_thing_is_a_count() -> None:
    qs = parse("The blast killed three people and injured another 150.", "en")
    assert [(q.value, q.thing) for q in qs] == [(3, "mort"), (150, "blessé")]


@pytest.mark.parametrize(("text", "language", "added"), [
    ("The fire destroyed 20 barns and burned another 150 acres.", "en", "acre"),
    ("Le feu a détruit douze granges et a brûlé 150 hectares supplémentaires.", "fr", "ha"),
])
def test_an_increment_with_its_own_noun_after_another_count_stays_one(text: str, language: str, added: str) -> None:
    q = parse(text, language)[-1]
    assert q.value == 150 and q.thing == "" and q.increment == added


FIRST = [
    ("outlet-a.example", "Aveyron : un incendie a brûlé 300 hectares à Saint-Affrique. Un incendie a éclaté "
                         "dimanche après-midi à Saint-Affrique, dans l'Aveyron, et a brûlé 300 hectares de pins. Plus "
                         "de 200 sapeurs-pompiers luttent contre les flammes avec des bombardiers d'eau.",
     "2026-07-27"),
    ("outlet-b.example", "Saint-Affrique : 300 hectares brûlés, 200 pompiers mobilisés. Dimanche, le feu a brûlé 300 "
                         "hectares de pins à Saint-Affrique, dans l'Aveyron, selon la préfecture. Plus de 200 "
                         "sapeurs-pompiers combattent les flammes.", "2026-07-27"),
]
FLARE_UP = ("Saint-Affrique : l'incendie a repris vendredi, 150 hectares brûlés. L'incendie de Saint-Affrique, dans "
            "l'Aveyron, a repris vendredi soir et a brûlé 150 hectares de pins{}, selon la préfecture. Les "
            "sapeurs-pompiers combattent toujours les flammes avec des bombardiers d'eau.")


def _quantity_conflicts(dossier: dict[str, Any]) -> list[dict[str, Any]]:
    return [x for x in dossier["contradictions"] if x["kind"] == "quantity"]


@pytest.mark.model
def test_a_flare_up_adding_hectares_contradicts_no_total(nlp: Any, tmp_path: Path) -> None:
    dossier = build_outlet_stories(nlp, tmp_path, {"fire": [
        *FIRST, ("outlet-c.example", FLARE_UP.format(" de plus"), "2026-08-01")]})
    assert not _quantity_conflicts(dossier)


@pytest.mark.model
def test_the_same_flare_up_stating_a_total_still_contradicts(nlp: Any, tmp_path: Path) -> None:
    dossier = build_outlet_stories(nlp, tmp_path, {"fire": [
        *FIRST, ("outlet-c.example", FLARE_UP.format(""), "2026-08-01")]})
    assert _quantity_conflicts(dossier)


@pytest.mark.model
def test_an_increment_confirms_no_total(nlp: Any, tmp_path: Path) -> None:
    # one outlet's 300 hectares and another's 150 more: neither a contradiction nor a confirmed 300
    dossier = build_outlet_stories(nlp, tmp_path, {"fire": [
        FIRST[0], ("outlet-c.example", FLARE_UP.format(" de plus"), "2026-08-01")]})
    assert not _quantity_conflicts(dossier)
    burned = [g for g in dossier["claim_groups"] if "300 hectares" in str(g.get("summary"))]
    assert burned and all(g.get("status") != "confirmed" for g in burned)


@pytest.mark.model
def test_besides_is_no_increment(nlp: Any, tmp_path: Path) -> None:
    # « en plus des granges » is "besides": 150 hectares is the flare-up's total, against the other's 300
    dossier = build_outlet_stories(nlp, tmp_path, {"fire": [
        FIRST[0], ("outlet-c.example", FLARE_UP.format(" en plus des douze granges du hameau"), "2026-08-01")]})
    assert _quantity_conflicts(dossier)


@pytest.mark.model
def test_an_increment_after_another_count_contradicts_no_total(nlp: Any, tmp_path: Path) -> None:
    flare = FLARE_UP.replace("soir et a brûlé 150 hectares de pins{}",
                             "soir, a détruit douze granges et a brûlé 150 hectares de pins supplémentaires")
    assert flare != FLARE_UP
    dossier = build_outlet_stories(nlp, tmp_path, {"fire": [*FIRST, ("outlet-c.example", flare, "2026-08-01")]})
    assert not _quantity_conflicts(dossier)
