"""The review revtwoev30's piles through a real build (issue #13): twoev30's two rules must not hide what is
one event. A fire whose own clause is placed (« le feu de Mirande, dans le Gers ») and that spread into, or
drew help from, a neighbouring département keeps its conflict on the area with another account of it; one act
told by two outlets with two verbs and two names of its object, on one named day, stays confirmed. Articles
written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.claims.helpers import build_each_story

pytestmark = [pytest.mark.model]

# story -> articles (outlet, text, day published); a pile each
NEIGHBOUR_NAMED: dict[str, list[tuple[str, ...]]] = {
    'n6-en-crossed': [
        ('south-wire.example', 'Wildfire in Gironde: the Brivelle blaze spreads. The prefect kept the alert on Monday. '
                               'The Brivelle blaze in Gironde has burnt 4,000 hectares and spread into neighbouring '
                               'Landes. Firefighters contained the blaze on Sunday evening.',
                               '2025-08-17'),
        ('gascony-radio.example', 'The Brivelle blaze is contained at last. The Brivelle blaze in Gironde has '
                                  'burnt 3,000 '
                                  'hectares. The fire was contained on Sunday evening after three days of fighting.',
                                  '2025-08-18'),
    ],
    'n8-fr-crossed-mirande': [
        ('gazette-sud.example', "Incendies : le Gers reste en alerte. Le préfet a maintenu lundi l'alerte dans tout le "
                                'département. Le feu de Mirande, dans le Gers, a brûlé 1 700 hectares avant de gagner '
                                "les Hautes-Pyrénées voisines. Les pompiers ont fixé l'incendie dimanche soir.",
                                '2025-08-17'),
        ('radio-gascogne.example', 'Le feu de Mirande est enfin fixé. Le feu de Mirande, dans le Gers, a brûlé 1 200 '
                                   "hectares. L'incendie a été fixé dimanche soir, au terme de trois jours de combat.",
                                   '2025-08-18'),
    ],
    'n11-en-crews': [
        ('south-wire.example', 'Wildfire in Gironde: the Brivelle blaze spreads. The prefect kept the alert on Monday. '
                               'Backed by crews from neighbouring Landes, firefighters said the Brivelle blaze in '
                               'Gironde has burnt 4,000 hectares. Firefighters contained the blaze on Sunday evening.',
                               '2025-08-17'),
        ('gascony-radio.example', 'The Brivelle blaze is contained at last. The Brivelle blaze in Gironde has '
                                  'burnt 3,000 '
                                  'hectares. The fire was contained on Sunday evening after three days of fighting.',
                                  '2025-08-18'),
    ],
}

ONE_ACT_TWO_WORDINGS: dict[str, list[tuple[str, ...]]] = {
    'en-tanker': [
        ('harbour-news.example', 'Red Sea shipping under threat. On Tuesday, off Hodeidah in the Red Sea, '
                                 'Houthi rebels '
                                 'seized the tanker.',
                                 '2025-08-14'),
        ('gulf-wire.example', 'Navy alarm in Yemen waters. On Tuesday, off Hodeidah in the Red Sea, Houthi rebels '
                              'captured the vessel.',
                              '2025-08-14'),
    ],
    'fr-maisons': [
        ('ouest-info.example', "Séisme au Maroc : le bilan s'alourdit. Mardi soir, dans la province d'Azilal, les "
                               'secousses ont détruit 300 maisons.',
                               '2025-08-14'),
        ('radio-nord.example', "Les villages de l'Atlas dévastés. Mardi soir, dans la province d'Azilal, les "
                               'secousses ont rasé des habitations.',
                               '2025-08-14'),
    ],
    'en-arrest': [
        ('city-news.example', 'Leeds stabbing: arrest made. On Friday evening in Harehills, West Yorkshire Police '
                              'detained a 34-year-old man.',
                              '2025-08-14'),
        ('north-radio.example', 'Suspect held after knife attack. On Friday evening in Harehills, West Yorkshire '
                                'Police held the suspect.',
                                '2025-08-14'),
    ],
    'en-rescue': [
        ('coast-news.example', 'Drama at sea off Devon. On Sunday night, off Berry Head, the Brixham lifeboat crew '
                               'rescued five fishermen.',
                               '2025-08-14'),
        ('devon-radio.example', 'Volunteers praised after storm. On Sunday night, off Berry Head, the Brixham lifeboat '
                                "crew saved a trawler's crew.",
                                '2025-08-14'),
    ],
    'fr-saisie': [
        ('ouest-info.example', 'Record au port du Havre. Lundi, les douaniers du Havre ont saisi deux tonnes de '
                               "cocaïne dans un conteneur de bananes venu d'Équateur.",
                               '2025-08-14'),
        ('radio-nord.example', 'Coup de filet des douanes. Lundi, les douaniers du Havre ont confisqué une cargaison '
                               "de drogue dans un conteneur de bananes venu d'Équateur.",
                               '2025-08-14'),
    ],
}


@pytest.fixture(scope="module")
def neighbour_dossiers(nlp, tmp_path_factory) -> dict[str, dict[str, Any]]:  # type: ignore[no-untyped-def]
    return build_each_story(nlp, tmp_path_factory, NEIGHBOUR_NAMED)


@pytest.fixture(scope="module")
def act_dossiers(nlp, tmp_path_factory) -> dict[str, dict[str, Any]]:  # type: ignore[no-untyped-def]
    return build_each_story(nlp, tmp_path_factory, ONE_ACT_TWO_WORDINGS)


@pytest.mark.parametrize("story", sorted(NEIGHBOUR_NAMED))
def test_a_placed_fire_keeps_its_area_conflict(neighbour_dossiers: dict[str, dict[str, Any]], story: str) -> None:
    dossier = neighbour_dossiers[story]
    areas = {c["id"] for c in dossier["claims"] if "hectares" in c["text"]}
    rows = [r for r in dossier["contradictions"] if r["kind"] == "quantity" and set(r["claims"]) <= areas]
    assert rows, [(r["kind"], r["claims"]) for r in dossier["contradictions"]]


@pytest.mark.parametrize("story", sorted(ONE_ACT_TWO_WORDINGS))
def test_one_act_two_wordings_stays_confirmed(act_dossiers: dict[str, dict[str, Any]], story: str) -> None:
    dossier = act_dossiers[story]
    article_of = {c["id"]: c["article"] for c in dossier["claims"]}
    confirmed = [g for g in dossier["claim_groups"] if g["status"] == "confirmed"
                 and len({article_of[c] for c in g["claims"]}) == 2]
    assert confirmed, [(g["status"], g["claims"]) for g in dossier["claim_groups"] if len(g["claims"]) > 1]
