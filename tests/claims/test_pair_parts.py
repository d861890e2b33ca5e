"""The vetoes and the learned scorer's features read per-claim parts kept in ``_Features``; every
pair of these invented claims gets what the definitions (the vetoes asked one after the other,
:func:`similarity`, :func:`rule_link`, ``math.log1p``...) give."""

from __future__ import annotations

import math
from itertools import permutations

from recoupe.claims.groups import (
    _HEDGED,
    _cut_short,
    _ended_and_ongoing,
    _Features,
    _grouping_period,
    _other_count,
    _other_subset,
    _plan_and_old_deed,
    _same_day,
    _same_predicate,
    another_occurrence,
    cannot_be_one_fact,
    learned_probability,
    one_sided_count,
    own_time,
    pair_features,
    rule_link,
    same_fact_possible,
    similarity,
)
from recoupe.claims.pairscore import probability
from recoupe.model import Claim


def _claim(cid: str, text: str, predicate: str, lemmas: list[str], *, time: str = "", subject: str = "",
           obj: str = "", place: str = "", modality: str = "asserted", negated: bool = False, planned: bool = False,
           numbers: tuple[str, ...] = (), start: int = 0, source: str = "") -> Claim:
    return Claim(id=cid, article_id=cid.split(":")[0], text=text, sentence=text, start=start, end=start + len(text),
                 subject="", predicate=predicate, time=time, modality=modality, negated=negated, planned=planned,
                 numbers=list(numbers), lemmas=lemmas, subject_entity=subject, object_entity=obj,
                 place_entity=place, attributed_entity=source)


CLAIMS = [
    _claim("a:c1", "Douze blessés dont deux graves dans la collision du car scolaire", "blesser",
           ["blesser", "collision", "car", "scolaire"], time="2031-04-02", numbers=("12", "2")),
    _claim("a:c2", "Deux blessés graves dans la collision du car", "blesser", ["blesser", "collision", "car"],
           time="2031-04-03", numbers=("2",), start=80),
    _claim("b:c1", "La vigilance orange est levée pour la Lozère", "lever", ["vigilance", "orange", "lever", "lozère"],
           time="2031-04-02", place="e7"),
    _claim("b:c2", "La vigilance orange est toujours en vigueur en Lozère", "être",
           ["vigilance", "orange", "vigueur", "lozère"], time="2031-04-02", place="e7", start=60),
    _claim("c:c1", "Le maire doit inaugurer la passerelle", "devoir", ["maire", "inaugurer", "passerelle"],
           subject="e1", planned=True, modality="conditional"),
    _claim("c:c2", "Le maire a inauguré la passerelle le 10 février", "inaugurer",
           ["maire", "inaugurer", "passerelle"], time="2031-02-10", subject="e1"),
    _claim("c:c3", "Le maire a inauguré la passerelle en 2019", "inaugurer", ["maire", "inaugurer", "passerelle"],
           time="2019", subject="e1"),
    _claim("d:c1", "Le ministre n'a pas livré les camions au préfet", "livrer", ["ministre", "livrer", "camion"],
           subject="e2", obj="e3", negated=True, source="e9"),
    _claim("d:c2", "Le préfet a fourni les camions au ministre", "fournir", ["préfet", "fournir", "camion"],
           subject="e3", obj="e2", source="e9", start=2000),
    _claim("e:c1", "Le séisme a tué 40 personnes selon un nouveau bilan", "tuer", ["séisme", "tuer", "personne"],
           time="2031-04-02", numbers=("40",)),
    _claim("e:c2", "Un séisme a tué trois randonneurs", "tuer", ["séisme", "tuer", "randonneur"],
           time="2031-04-05", numbers=("3",), modality="speculative"),
    _claim("f:c1", "La Savoie et l'Ain sont", "être", ["savoie", "ain"], place="e8"),
    _claim("f:c2", "Les pompiers ont annulé 40 vols samedi", "annuler", ["pompier", "annuler", "vol"],
           time="2031-04-05", numbers=("40",)),
    _claim("g:c1", "Une trentaine de trains supprimés ce week-end", "supprimer", ["train", "supprimer", "trentaine"],
           time="2031-W14-WE", numbers=("30",)),
]


def _old_veto(a: _Features, b: _Features) -> bool:
    x, y = a.claim, b.claim
    if (not _grouping_period(own_time(x.text, x.time), own_time(y.text, y.time))
            or _other_count(x, y.text, y.time) or _other_count(y, x.text, x.time)
            or _other_subset(x.text, y.text) or _ended_and_ongoing(x.text, y.text)
            or _cut_short(x.text) or _cut_short(y.text) or _plan_and_old_deed(x, y, a.published, b.published)):
        return True
    return not same_fact_possible(a.verb, x.subject_entity, x.object_entity, a.polarity,
                                  b.verb, y.subject_entity, y.object_entity, b.polarity)


def _old_features(a: _Features, b: _Features) -> list[float]:
    x, y = a.claim, b.claim
    shared = a.signature & b.signature
    union = len(a.signature) + len(b.signature) - len(shared)
    words = a.words & b.words
    same_subject = bool(x.subject_entity) and x.subject_entity == y.subject_entity
    same_pred = _same_predicate(a.verb, b.verb)
    keyed = any(not k.startswith("#e:") or _same_day(x.time, y.time) for k in a.keys & b.keys)
    ents_x = {x.subject_entity, x.object_entity, x.place_entity} - {""}
    ents_y = {y.subject_entity, y.object_entity, y.place_entity} - {""}
    both_timed = bool(x.time) and bool(y.time)
    na, nb = len(a.words), len(b.words)
    return [
        len(shared) / union if union else 0.0,
        len(shared) / min(len(a.signature), len(b.signature)) if a.signature and b.signature else 0.0,
        similarity(a.signature, b.signature, same_pred, same_subject),
        float(rule_link(a, b)), float(same_pred), float(a.verb == b.verb), float(same_subject),
        float(bool(x.subject_entity) and bool(y.subject_entity) and x.subject_entity != y.subject_entity),
        float(bool(x.object_entity) and x.object_entity == y.object_entity),
        float(bool(x.place_entity) and x.place_entity == y.place_entity),
        float(keyed), float(min(len(a.numbers & b.numbers), 2)),
        float(bool(a.numbers) and bool(b.numbers) and not a.numbers & b.numbers),
        float(both_timed and x.time[:10] == y.time[:10]), float(both_timed and x.time[:10] != y.time[:10]),
        float(a.polarity == b.polarity), float(x.modality == y.modality),
        float(x.modality in _HEDGED or y.modality in _HEDGED), float(x.article_id == y.article_id),
        float(x.start == 0 and y.start == 0), float((x.start == 0) != (y.start == 0)),
        math.log1p(min(na, nb)), abs(math.log1p(na) - math.log1p(nb)),
        float(bool(x.attributed_entity) and x.attributed_entity == y.attributed_entity),
        min(len(words), 6) / 6, float(bool(ents_x & ents_y)),
    ]


def test_groups_pair_parts_give_the_definitions() -> None:
    feats = [_Features(c, "2031-04-0" + str(1 + i % 5)) for i, c in enumerate(CLAIMS)]
    vetoed = 0
    for a, b in permutations(feats, 2):
        assert cannot_be_one_fact(a, b) == _old_veto(a, b), (a.claim.id, b.claim.id)
        assert pair_features(a, b) == _old_features(a, b), (a.claim.id, b.claim.id)
        old_p = (0.0 if another_occurrence(a, b) or one_sided_count(a, b) or a.claim.planned != b.claim.planned
                 else probability(_old_features(a, b)))
        assert learned_probability(a, b, probability) == old_p
        vetoed += cannot_be_one_fact(a, b)
    assert 0 < vetoed < len(feats) * (len(feats) - 1)  # both kinds of pair are met


def test_grouping_period_is_the_same_both_ways() -> None:
    # two years alone: neither is the more precise date, so neither is read as the year aimed at
    assert _grouping_period("2028", "2027") == _grouping_period("2027", "2028") is False
    # a year alone after a dated fact's year is what the claim aims at (« le budget pour 2028 »)
    assert _grouping_period("2028", "2026-08-15") and _grouping_period("2026-08-15", "2028")
    assert _grouping_period("2026", "2026") and not _grouping_period("2025", "2026-08-15")
