"""Places apart (``stories.place_apart_veto``): one kind of physical event in two regions is two
stories, while one event told by its town in one article and by its department in another, or
followed up the next day, stays one, and so does one event told from two departments of one region,
from two countries, or by a name the gazetteers place abroad. Invented piles, run through the real build."""

from __future__ import annotations

from pathlib import Path

import pytest

from recoupe.resolve.places import located, located_apart
from recoupe.resolve.stories import STORY_FAR_KM, apart_events, place_areas
from tests.resolve.helpers import build_pile_stories


def _together(a: str, b: str) -> bool:
    """Could the places ``a`` and ``b`` be where one event was (the veto's own relation)?"""
    return not located_apart(located(a), located(b), STORY_FAR_KM)


def test_places_apart_by_the_gazetteers() -> None:
    assert _together("Mimizan", "Landes") and _together("Landes", "Mimizan")  # a town and its department
    assert _together("Landes", "Landes") and _together("Mimizan", "France")
    assert not _together("Landes", "Hérault") and not _together("Gironde", "Var")  # two regions
    assert not _together("Lodève", "Landes") and not _together("Mimizan", "Lodève")
    assert _together("Portugal", "Landes") and _together("Faro", "Portugal")  # a country: anything
    assert not _together("Faro", "Florence")  # two far cities, whatever the border
    assert place_areas([("e1", "PER", "Landes"), ("e2", "LOC", "Zorbovie")]) == frozenset()  # says nothing


def test_one_region_and_one_border_are_not_apart() -> None:
    assert _together("Var", "Bouches-du-Rhône") and _together("Paris", "Val-de-Marne")  # departments of one region
    assert _together("Turquie", "Syrie") and _together("Alep", "Turquie")  # one quake, two countries
    assert _together("Haute-Savoie", "Genève") and _together("Nord", "Belgique")  # across a border
    assert not _together("Madrid", "Lisbonne")  # two far cities of two countries


def test_a_french_name_is_the_french_place_and_a_shared_name_says_nothing() -> None:
    assert located("Brest") == located("brest") != "" and _together("Brest", "Finistère")
    assert _together("Lille", "Nord") and _together("Orange", "Vaucluse")
    assert located("Florida") == "" and _together("Tampa", "Florida")  # several countries bear it


def test_only_claims_that_tell_an_event_open_the_veto() -> None:
    assert apart_events(["brûler", "annoncer"]) == {"burn"} and apart_events(["tuer"]) == {"kill"}
    assert apart_events(["victime", "mort", "secouer", "fuir", "détruire", "death"]) == frozenset()


# A pine-forest fire in the Landes (three accounts over two days), a scrubland fire in the Hérault the
# same days (two accounts), told with the same words of fire-fighting: invented texts.
LANDES = [
    ("landes-1", "2026-08-03", "Feu de forêt : 450 hectares de pins partis en fumée près de Mimizan",
     "Un feu de forêt a détruit 450 hectares de pins près de Mimizan, dans les Landes, a indiqué la préfecture "
     "lundi soir. Plus de trois cents sapeurs-pompiers restent mobilisés avec des bombardiers d'eau."),
    ("landes-2", "2026-08-03", "Landes : deux campings évacués face au feu de forêt",
     "Deux campings ont été évacués lundi dans les Landes à cause du feu de forêt, qui a détruit 450 hectares "
     "de pins selon la préfecture. Trois cents sapeurs-pompiers combattent les flammes."),
    ("landes-3", "2026-08-04", "Feu de forêt : les sapeurs-pompiers maîtrisent les flammes près de Mimizan",
     "Les flammes qui menaçaient Mimizan sont maîtrisées depuis mardi matin, annonce la préfecture. Les "
     "sapeurs-pompiers surveillent encore les lisières des 450 hectares de pins brûlés ; les deux campings "
     "évacués lundi rouvriront mercredi."),
]
HERAULT = [
    ("herault-1", "2026-08-04", "Feu de forêt : les sapeurs-pompiers maîtrisent l'incendie de Lodève",
     "L'incendie de Lodève, dans l'Hérault, est maîtrisé depuis mardi matin, annonce la préfecture. Les "
     "sapeurs-pompiers surveillent encore les lisières des 80 hectares de garrigue brûlés."),
    ("herault-2", "2026-08-04", "Hérault : 80 hectares de garrigue brûlés par un feu de forêt",
     "Un feu de forêt a détruit 80 hectares de garrigue près de Lodève, dans l'Hérault, a indiqué la "
     "préfecture mardi. Les sapeurs-pompiers ont maîtrisé les flammes avec des bombardiers d'eau."),
]
# the Landes fire the day after, told by its inquiry: a follow-up of the same event
FOLLOW_UP = ("landes-4", "2026-08-05", "Feu de forêt près de Mimizan : une enquête ouverte sur les 450 hectares brûlés",
             "Le procureur de Dax a ouvert une enquête mercredi sur le feu de forêt ayant détruit 450 "
             "hectares de pins près de Mimizan, dans les Landes. Les enquêteurs privilégient la piste d'un mégot.")




@pytest.mark.model
def test_two_fires_in_two_departments_are_two_stories(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    story = build_pile_stories(tmp_path, nlp, LANDES + HERAULT)
    assert story["landes-1"] == story["landes-2"] == story["landes-3"]
    assert story["herault-1"] == story["herault-2"]
    assert story["herault-1"] != story["landes-1"]


@pytest.mark.model
def test_one_fire_told_by_its_town_and_by_its_department_and_followed_up_stays_one(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    # landes-1 names the town and the department, landes-2 the department only, landes-3 the town only
    story = build_pile_stories(tmp_path, nlp, [*LANDES, FOLLOW_UP, *HERAULT])
    assert story["landes-1"] == story["landes-2"] == story["landes-3"] == story["landes-4"]
    story = build_pile_stories(tmp_path, nlp, [LANDES[2], LANDES[1]])  # the town alone, then the department alone
    assert story["landes-3"] == story["landes-2"]


# One event each, told so that an article names only places the others do not (invented texts): a storm
# by its department and by its town, a fire by a town and by its department, a fire that crosses from
# one department into another of its region, a storm in Paris and in the Val-de-Marne, one quake in two
# countries, a hurricane by its state and by its city, and a trial in Paris that families follow in Nice.
BREST = [
    ("b1", "2026-11-02", "Tempête : un mort dans le Finistère, 80 000 foyers privés de courant",
     "La tempête a tué une personne dans le Finistère jeudi matin : un automobiliste a été tué par la "
     "chute d'un arbre, a annoncé la préfecture. 80 000 foyers sont privés de courant."),
    ("b2", "2026-11-02", "Finistère : un automobiliste tué par la chute d'un arbre pendant la tempête",
     "Un automobiliste a été tué par la chute d'un arbre dans le Finistère jeudi matin pendant la "
     "tempête. 80 000 foyers sont privés de courant, selon la préfecture."),
    ("b3", "2026-11-02", "Brest : un mort pendant la tempête",
     "Un automobiliste a été tué jeudi matin à Brest, écrasé par un arbre pendant la tempête, selon "
     "les pompiers."),
]
NORD = [
    ("l1", "2026-03-10", "Lille : trois morts dans l'incendie d'un immeuble",
     "Trois personnes sont mortes dans l'incendie d'un immeuble de la rue Solférino à Lille dans la "
     "soirée de lundi, a indiqué la préfecture. Quarante habitants ont été évacués."),
    ("l2", "2026-03-10", "Incendie à Lille : quarante habitants évacués, trois morts",
     "Les pompiers ont évacué quarante habitants de l'immeuble en feu à Lille. Trois personnes sont "
     "mortes, selon la préfecture."),
    ("l3", "2026-03-10", "Nord : trois morts dans l'incendie d'un immeuble, la piste criminelle envisagée",
     "Trois personnes sont mortes dans l'incendie d'un immeuble lundi soir dans le"
     " Nord. Le parquet envisage la piste criminelle."),
]
FIRE = [
    ("f1", "2026-08-12", "Incendie dans les Bouches-du-Rhône : 1 200 hectares brûlés, des campings évacués",
     "Un incendie a brûlé 1 200 hectares dans les Bouches-du-Rhône mardi. Trois campings ont été "
     "évacués, selon la préfecture. Huit cents pompiers luttent contre les flammes."),
    ("f2", "2026-08-12", "Bouches-du-Rhône : l'incendie a déjà brûlé 1 200 hectares",
     "L'incendie a brûlé 1 200 hectares dans les Bouches-du-Rhône, a annoncé la préfecture mardi "
     "soir. Trois campings ont été évacués."),
    ("f3", "2026-08-12", "Incendie : dans le Var, des campings évacués face aux flammes",
     "Des campings ont été évacués mardi soir dans le Var face aux flammes, a annoncé la préfecture."),
]
TRIAL = [
    ("t1", "2026-09-05", "Attentat du 14-Juillet : le procès s'ouvre devant la cour d'assises spéciale de Paris",
     "Le procès de l'attentat du 14-Juillet s'est ouvert lundi devant la cour d'assises spéciale de "
     "Paris. Huit accusés comparaissent ; l'attaque avait tué 86 personnes."),
    ("t2", "2026-09-05", "Procès de l'attentat du 14-Juillet : huit accusés devant la cour à Paris",
     "Huit accusés comparaissent depuis lundi à Paris au procès de l'attentat du 14-Juillet, qui "
     "avait tué 86 personnes, des centaines d'autres avaient été blessées."),
    ("t3", "2026-09-05", "Procès de l'attentat du 14-Juillet : à Nice, les familles des victimes suivent les audiences",
     "À Nice, les familles des 86 morts suivent depuis lundi le procès de l'attentat du 14-Juillet, "
     "retransmis au palais des expositions."),
]
STORM = [
    ("p1", "2026-06-20", "Orages à Paris : un mort, des arbres arrachés",
     "Un passant a été tué par la chute d'un arbre à Paris lors des violents orages de jeudi soir, a "
     "indiqué la préfecture de police. Les pompiers sont intervenus 900 fois."),
    ("p2", "2026-06-20", "Paris : un passant tué par la chute d'un arbre pendant les orages",
     "Les violents orages de jeudi soir ont fait un mort à Paris : un passant a été tué par la chute "
     "d'un arbre. Les pompiers sont intervenus 900 fois."),
    ("p3", "2026-06-20", "Val-de-Marne : un mort pendant les orages",
     "Un habitant est mort jeudi soir dans le Val-de-Marne pendant les violents orages, écrasé par un"
     " arbre, selon les pompiers."),
]
QUAKE = [
    ("q1", "2026-02-06", "Séisme en Turquie : plus de 1 500 morts",
     "Un séisme d'une magnitude de 7,8 a frappé le sud de la Turquie lundi à l'aube. Plus de 1 500 "
     "personnes sont mortes, selon les autorités."),
    ("q2", "2026-02-06", "Turquie : le séisme a tué plus de 1 500 personnes",
     "Le tremblement de terre, d'une magnitude de 7,8, a tué plus de 1 500 personnes en Turquie, ont annoncé "
     "les secours lundi."),
    ("q3", "2026-02-06", "Séisme : en Syrie, des centaines de morts à Alep",
     "Le séisme d'une magnitude de 7,8 a aussi fait des centaines de morts en Syrie, à Alep, où des "
     "immeubles se sont effondrés lundi."),
]
HURRICANE = [
    ("f1", "2026-10-10", "Hurricane kills four in Florida",
     "A hurricane killed four people in Florida on Thursday and left two million homes without power,"
     " the governor said."),
    ("f2", "2026-10-10", "Florida hurricane death toll rises to four",
     "The hurricane that slammed into Florida has now killed four people, officials said on "
     "Thursday."),
    ("f3", "2026-10-10", "Hurricane: two dead in Tampa as floods spread",
     "Two people died in Tampa after the hurricane flooded streets overnight, the mayor said on "
     "Thursday."),
]
UNRELATED = ("o1", "2026-03-10", "Budget : le Sénat adopte le texte",
             "Le Sénat a adopté mardi le projet de budget par 200 voix contre 120.")


@pytest.mark.model
@pytest.mark.parametrize("pile", [BREST, NORD, FIRE, STORM, QUAKE, HURRICANE, TRIAL],
                         ids=["brest", "nord", "fire", "storm", "quake", "hurricane", "trial"])
def test_one_event_told_from_places_the_veto_must_not_split(  # type: ignore[no-untyped-def]
        tmp_path: Path, nlp, pile: list[tuple[str, str, str, str]]) -> None:
    story = build_pile_stories(tmp_path, nlp, [*pile, UNRELATED])
    assert len({story[slug] for slug, *_ in pile}) == 1
