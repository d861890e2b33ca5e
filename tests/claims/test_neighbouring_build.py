"""Two fires told in one story through a real build (issue #13, twoev30): a fire « près de Bagnères-de-Bigorre,
au sud de Tarbes » in one article and, days later, a fire « dans le Gers voisin » in an article that sets the
Gers beside the place it is about, are two fires: their burnt areas are neither a contradiction nor an
update, and they are not confirmed together. One fire told with its town and its département by two outlets
keeps its conflict on the area and its confirmation. Articles written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.claims.helpers import build_outlet_stories

pytestmark = [pytest.mark.model]

# story -> articles (outlet, text, day published); a pile each
STORIES: dict[str, list[tuple[str, ...]]] = {
    "fr-deux-feux": [
        ("gazette-sud.example", "Incendies dans les Hautes-Pyrénées : la préfète réclame des renforts. La préfète a "
                                "demandé lundi des renforts aériens. L’incendie parti le 3 juillet près de "
                                "Bagnères-de-Bigorre, au sud de Tarbes, a brûlé 9 000 hectares.", "2025-08-14"),
        ("radio-gascogne.example", "Incendies dans les Hautes-Pyrénées : la préfète réclame des renforts. La préfète "
                                   "a visité mardi les villages évacués, durement frappés par les flammes cet été. "
                                   "Dans le Gers voisin, un incendie a été maîtrisé après avoir brûlé près de 600 "
                                   "hectares et chassé des dizaines de riverains.", "2025-08-17"),
    ],
    "en-two-fires": [
        ("south-wire.example", "Wildfires in the Hautes-Pyrénées: the prefect asks for help. The prefect asked for "
                               "water bombers on Monday. The blaze that started on 3 July near Bagnères-de-Bigorre, "
                               "south of Tarbes, has burnt 9,000 hectares.", "2025-08-14"),
        ("gascony-radio.example", "Wildfires in the Hautes-Pyrénées: the prefect asks for help. The prefect toured "
                                  "the evacuated villages on Tuesday. In neighbouring Gers, a blaze was brought under "
                                  "control after it burnt some 600 hectares and drove dozens of residents out.",
         "2025-08-17"),
    ],
    # the guards: one fire, its town and its département named by both outlets
    "fr-un-feu": [
        ("gazette-sud.example", "Incendies : les Hautes-Pyrénées restent en alerte. Le préfet a maintenu lundi "
                                "l'alerte dans tout le département. Dans le Gers voisin, le feu de Mirande a brûlé "
                                "1 700 hectares. Les pompiers ont fixé l'incendie dimanche soir.", "2025-08-17"),
        ("radio-gascogne.example", "Le feu de Mirande est enfin fixé. Le feu de Mirande, dans le Gers, a brûlé "
                                   "1 200 hectares. L'incendie a été fixé dimanche soir, au terme de trois jours "
                                   "de combat.",
         "2025-08-18"),
    ],
}


@pytest.fixture(scope="module")
def dossiers(nlp, tmp_path_factory) -> dict[str, dict[str, Any]]:  # type: ignore[no-untyped-def]
    # a pile each: stories of one pile about one region's fires would chain into one
    return {story: build_outlet_stories(nlp, tmp_path_factory.mktemp(story), {story: articles})
            for story, articles in STORIES.items()}


def _claims(dossier: dict[str, Any], word: str) -> set[str]:
    """The claims whose text holds ``word``."""
    return {c["id"] for c in dossier["claims"] if word in c["text"]}


@pytest.mark.parametrize("story", ["fr-deux-feux", "en-two-fires"])
def test_a_fire_in_the_neighbouring_department_is_another_fire(dossiers: dict[str, dict[str, Any]],
                                                                story: str) -> None:
    d = dossiers[story]
    areas = _claims(d, "hectares")
    assert len({c.split(":")[0] for c in areas}) == 2, areas  # each article's area was read
    assert not [r for r in d["contradictions"] if len(set(r["claims"]) & areas) == 2]
    assert not [g for g in d["claim_groups"] if g["status"] == "confirmed" and len(set(g["claims"]) & areas) == 2]


def test_one_fire_named_by_its_town_and_department_keeps_its_conflict_and_its_confirmation(
        dossiers: dict[str, dict[str, Any]]) -> None:
    d = dossiers["fr-un-feu"]
    areas = _claims(d, "hectares")
    assert [r["kind"] for r in d["contradictions"] if len(set(r["claims"]) & areas) == 2] == ["quantity"]
    fixed = _claims(d, "dimanche soir")
    assert len(fixed) == 2
    assert [g for g in d["claim_groups"] if g["status"] == "confirmed" and set(g["claims"]) >= fixed]
