"""Contradictions between claims of different groups, compared by what they count, when, and how
the event ended (issue 13). Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from recoupe.claims.contradictions import Side, compare, outcome
from recoupe.claims.quantities import parse
from recoupe.model import Claim
from tests.claims.helpers import keys_meet


def _c(cid: str, text: str, **kw: Any) -> Claim:
    base: dict[str, Any] = dict(id=cid, article_id=cid.split(":")[0], text=text, sentence=kw.pop("sentence", text),
                                start=0, end=len(text), subject="", predicate=kw.pop("predicate", "faire"))
    base.update(kw)
    return Claim(**base)


def _side(c: Claim, outlet: str, day: str = "2025-06-03") -> Side:
    return Side(c, outlet=outlet, published=date.fromisoformat(day))


def _kind(a: Side, b: Side) -> str | None:
    hit, back = compare(a, b), compare(b, a)
    assert hit == back
    return hit.kind if hit else None



# -- quantities of tolls told in words -------------------------------------------------------------------
@pytest.mark.parametrize(("text", "value", "thing"), [
    ("Gironde : un mort dans une collision entre deux camions", 1, "mort"),
    ("Une personne est morte dans l'effondrement d'un immeuble", 1, "mort"),
    ("Trois randonneurs ont été surpris par l'orage et deux sont morts", 2, "mort"),
    ("Quatre ont été blessés lors de l'explosion", 4, "blessé"),
    ("En juin, 212 personnes ont perdu la vie sur les routes", 212, "mort"),
    ("Au moins une personne meurt dans l'incendie d'un entrepôt", 1, "mort"),
])
def test_quantities_toll_told_with_a_verb_or_un(text: str, value: float, thing: str) -> None:
    found = [q for q in parse(text) if q.thing == thing]
    assert found and found[0].low == value


def test_quantities_un_homme_describes_someone_and_is_no_toll() -> None:
    assert [q for q in parse("Un homme est mort noyé dans la Loire") if q.thing == "mort"] == []
    assert parse("Une voiture est tombée dans le canal") == []


def test_quantities_a_difference_is_not_a_count() -> None:
    q = parse("Soit 18 tués de moins qu'en juin 2024")
    assert q and q[0].thing == ""


def test_quantities_ages_compare_only_for_the_same_bearer() -> None:
    (a,) = parse("une randonneuse de 61 ans")
    (b,) = parse("une randonneuse de 62 ans")
    (c,) = parse("un guide de 40 ans")
    assert a.comparable(b) and not a.comparable(c)


def test_quantities_a_place_named_on_one_side_only_is_the_same_scope() -> None:
    (a,) = parse("Quatre personnes tuées dans un bombardement à Kharkiv")
    (b,) = parse("Trois personnes ont été tuées dans un bombardement")
    (n,) = parse("En France, 3 000 personnes ont été tuées")
    assert a.comparable(b)
    assert not n.comparable(b) and not n.comparable(a)


# -- across groups ---------------------------------------------------------------------------------------
def test_contradictions_toll_in_words_against_a_figure_across_groups() -> None:
    a = _c("a1:c0", "Gironde : un mort dans une collision entre deux camions", predicate="gironde", group_id="g1",
           lemmas=["gironde", "mort", "collision", "camion"])
    b = _c("b1:c0", "Deux camions se sont percutés et deux sont morts sur l'A63", subject="camions",
           predicate="percuter", group_id="g2", lemmas=["camion", "percuter", "mort"])
    assert keys_meet(a, b)
    assert _kind(_side(a, "sudouest.fr"), _side(b, "francebleu.fr")) == "quantity"


def test_contradictions_figures_as_subjects_are_the_counted_group() -> None:
    a = _c("a1:c0", "Sept personnes ont été tuées par un glissement de terrain", subject="Sept personnes",
           predicate="tuer", group_id="g1")
    b = _c("b1:c0", "Neuf personnes ont été tuées par un glissement de terrain", subject="Neuf personnes",
           predicate="tuer", group_id="g1")
    assert _kind(_side(a, "lemonde.fr"), _side(b, "liberation.fr")) == "quantity"


def test_contradictions_one_man_dying_is_no_toll_against_two_dead() -> None:
    a = _c("a1:c0", "Un homme est mort dans la collision", subject="homme", predicate="mourir")
    b = _c("b1:c0", "Deux camions se sont percutés et deux sont morts", subject="camions", predicate="percuter")
    assert _kind(_side(a, "sudouest.fr"), _side(b, "francebleu.fr")) is None


def test_contradictions_two_durations_of_one_fact_are_a_date_conflict() -> None:
    a = _c("a1:c0", "La chanteuse a gagné plus d'un million d'euros en trois ans", subject="chanteuse",
           predicate="gagner", object="plus d'un million d'euros", group_id="g1")
    b = _c("b1:c0", "La chanteuse a gagné plus d'un million d'euros en deux ans", subject="chanteuse",
           predicate="gagner", object="plus d'un million d'euros", group_id="g1")
    assert _kind(_side(a, "lemonde.fr"), _side(b, "lefigaro.fr")) == "date"


def test_contradictions_a_figure_announced_days_before_is_an_update() -> None:
    s = "Le préfet a annoncé, lundi 2 juin, que 120 interpellations ont été réalisées depuis le début du mois."
    a = _c("a1:c0", "que 120 interpellations ont été réalisées depuis le début du mois", sentence=s,
           predicate="réaliser", modality="reported", attributed_to="préfet",
           lemmas=["interpellation", "début", "mois"])
    b = _c("b1:c0", "150 personnes interpellées depuis le début du mois", subject="150 personnes",
           predicate="interpeller", lemmas=["personne", "interpeller", "début", "mois"])
    assert _kind(_side(a, "lamontagne.fr", "2025-06-12"), _side(b, "lepoint.fr", "2025-06-12")) == "update"
    undated = _c("a1:c0", "120 interpellations ont été réalisées depuis le début du mois", predicate="réaliser",
                 lemmas=["interpellation", "début", "mois"])
    assert _kind(_side(undated, "lamontagne.fr", "2025-06-12"), _side(b, "lepoint.fr", "2025-06-12")) == "quantity"


def test_contradictions_burnt_area_of_the_same_day_is_an_update() -> None:
    a = _c("a1:c0", "Le feu a déjà parcouru 900 hectares", subject="feu", predicate="parcourir", group_id="g1")
    b = _c("b1:c0", "Le feu a parcouru 1 400 hectares", subject="feu", predicate="parcourir", group_id="g1")
    assert _kind(_side(a, "laprovence.com"), _side(b, "varmatin.com")) == "update"


# -- outcomes --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Un hélicoptère s'écrase près de Gap", "crashed"),
    ("L'hélicoptère s'est posé en catastrophe dans un champ près de Gap", "landed"),
    ("Le pilote a évité le crash en se posant dans un champ", "averted"),
    ("Le skieur s'en sort vivant après une chute de 200 mètres", "survived"),
    ("L'hélicoptère ne s'est pas écrasé", ""),
])
def test_contradictions_outcome_words(text: str, expected: str) -> None:
    negated = " pas " in text
    assert outcome(_c("a1:c0", text, negated=negated)) == expected


def test_contradictions_crash_against_emergency_landing_at_one_place() -> None:
    a = _c("a1:c0", "Un hélicoptère s'écrase près de Gap", subject="hélicoptère", predicate="écraser",
           place="Gap")
    b = _c("b1:c0", "L'hélicoptère s'est posé en catastrophe dans un champ près de Gap", subject="hélicoptère",
           predicate="poser", place="Gap")
    assert keys_meet(a, b)
    assert _kind(_side(a, "ledauphine.com"), _side(b, "francebleu.fr")) == "direction"


def test_contradictions_outcomes_at_different_places_or_days_do_not_conflict() -> None:
    a = _c("a1:c0", "Un hélicoptère s'écrase près de Gap", subject="hélicoptère", predicate="écraser", place="Gap")
    b = _c("b1:c0", "Un hélicoptère s'est posé en urgence à Briançon", subject="hélicoptère", predicate="poser",
           place="Briançon")
    assert _kind(_side(a, "ledauphine.com"), _side(b, "francebleu.fr")) is None
    c = _c("c1:c0", "L'hélicoptère s'est posé en urgence près de Gap", subject="hélicoptère", predicate="poser",
           place="Gap", time="2025-05-20")
    d = _c("d1:c0", "Un hélicoptère s'écrase près de Gap", subject="hélicoptère", predicate="écraser", place="Gap",
           time="2025-06-03")
    assert _kind(_side(c, "ledauphine.com"), _side(d, "francebleu.fr")) is None


def test_contradictions_fates_of_two_people_do_not_conflict() -> None:
    a = _c("a1:c0", "Le conducteur est mort sur le coup", subject="conducteur", predicate="mourir", group_id="g1")
    b = _c("b1:c0", "Le passager s'en sort vivant", subject="passager", predicate="sortir", group_id="g1")
    assert _kind(_side(a, "ledauphine.com"), _side(b, "francebleu.fr")) is None


# -- denials tied by what they deny ----------------------------------------------------------------------
def test_contradictions_a_bare_denial_answers_the_statement_of_its_sentence() -> None:
    s = ("Le ministre répète que le barrage est sous « contrôle » de l'armée, une affirmation que les rebelles "
         "ont qualifiée de « mensonge ».")
    d = _c("a1:c1", "que les rebelles ont qualifiée de « mensonge", sentence=s, subject="rebelles",
           predicate="qualifier", modality="denied", cue="qualifier", attributed_to="ministre")
    st = _c("b1:c0", "L'armée revendique le contrôle du barrage", subject="armée", predicate="revendiquer",
            modality="reported", attributed_to="armée")
    assert keys_meet(d, st)
    assert _kind(_side(d, "lemonde.fr"), _side(st, "rfi.fr")) == "denial"


def test_contradictions_a_denial_needs_common_words_not_only_names() -> None:
    s = ("Le ministre répète que le barrage est sous « contrôle » de l'armée, une affirmation que les rebelles "
         "ont qualifiée de « mensonge ».")
    d = _c("a1:c1", "que les rebelles ont qualifiée de « mensonge", sentence=s, subject="rebelles",
           predicate="qualifier", modality="denied", cue="qualifier", attributed_to="ministre")
    other = _c("b1:c0", "Le barrage sera inauguré par l'armée en mai", subject="barrage", predicate="inaugurer")
    assert _kind(_side(d, "lemonde.fr"), _side(other, "rfi.fr")) is None


def test_contradictions_a_demand_on_the_matter_is_not_what_is_denied() -> None:
    d = _c("a1:c0", "Le directeur nie les pénuries de médicaments à l'hôpital de Gap", subject="directeur",
           predicate="nier", object="les pénuries de médicaments à l'hôpital de Gap", modality="denied", cue="nier")
    ask = _c("b1:c0", "Les syndicats exigent des explications sur les pénuries de médicaments à l'hôpital de Gap",
             subject="syndicats", predicate="exiger")
    said = _c("c1:c0", "Les soignants ont rapporté des pénuries de médicaments à l'hôpital de Gap",
              subject="soignants", predicate="rapporter", modality="reported", attributed_to="soignants")
    assert _kind(_side(d, "ledauphine.com"), _side(ask, "francebleu.fr")) is None
    assert _kind(_side(d, "ledauphine.com"), _side(said, "francebleu.fr")) == "denial"


def test_contradictions_a_named_counters_figure_against_the_articles_own_in_one_article() -> None:
    """« Un séisme de magnitude 6,7 » in the article's voice, then « l'Institut géophysique a, lui,
    estimé sa magnitude à 7,2 »: the institute's version against the article's. Two figures the
    article gives in its own voice stay two counts."""
    own = _c("a1:c1", "Un séisme de magnitude 6,7 a frappé le sud du Pérou", sentence="s1", predicate="frapper",
             subject="séisme de magnitude 6,7", lemmas=["séisme", "magnitude", "frapper", "sud", "pérou"])
    inst = _c("a1:c2", "L'Institut géophysique du Pérou a, lui, estimé sa magnitude à 7,2", sentence="s2",
              predicate="estimer", subject="Institut géophysique du Pérou",
              lemmas=["institut", "géophysique", "pérou", "estimer", "magnitude"])
    assert _kind(_side(own, "europe1.fr"), _side(inst, "europe1.fr")) == "quantity"
    other = _c("a1:c3", "La secousse, de magnitude 7,2, a été ressentie à Lima", sentence="s3",
               predicate="ressentir", subject="secousse", lemmas=["secousse", "magnitude", "ressentir", "lima"])
    assert _kind(_side(own, "europe1.fr"), _side(other, "europe1.fr")) is None


def test_contradictions_a_total_over_several_fires_is_no_count_of_one() -> None:
    """« 19 blessés dans deux incendies » totals two fires; « huit blessés » counts one of them."""
    one = _c("a1:c1", "Parmi elles se trouvaient huit blessés, dont deux gravement", predicate="trouver",
             modality="reported", attributed_to="la police", lemmas=["blessé", "trouver"])
    two = _c("b1:c1", "Deux incendies ont fait 19 blessés dans la nuit", predicate="faire",
             lemmas=["incendie", "faire", "blessé", "nuit"])
    again = _c("c1:c1", "L'incendie a fait 19 blessés dans la nuit", predicate="faire",
               lemmas=["incendie", "faire", "blessé", "nuit"])
    assert _kind(_side(one, "europe1.fr"), _side(two, "20min.ch")) is None
    assert _kind(_side(one, "europe1.fr"), _side(again, "20min.ch")) == "quantity"
    # « par des frappes »: the indefinite plural counts several too; « le bilan des incendies » of a
    # season does not tell it
    some = _c("d1:c1", "Neuf randonneurs blessés par des incendies cette nuit", predicate="blesser",
              lemmas=["randonneur", "blesser", "incendie", "nuit"])
    assert _kind(_side(some, "europe1.fr"), _side(again, "20min.ch")) is None
    from recoupe.claims.contradictions import _several_events

    assert _several_events(some) and not _several_events(_c("e1:c1", "Le bilan des incendies s'alourdit"))


def test_contradictions_a_regional_count_is_another_scope_than_a_count_with_no_place() -> None:
    """« 95 décès en Bretagne » counts a region of what « 2 100 décès » counts nationwide;
    the same toll of one event told with and without its town still conflicts."""
    nation = _c("a1:c0", "Selon l'agence sanitaire, la chaleur a causé 2 100 décès en août",
                predicate="causer", group_id="g1")
    region = _c("b1:c0", "Vague de chaleur : 95 décès en Bretagne", predicate="décès", group_id="g1")
    assert _kind(_side(nation, "lemonde.fr"), _side(region, "ouest-france.fr")) is None
    town = _c("c1:c0", "Sept personnes ont été tuées par un glissement de terrain à Grenoble",
              subject="Sept personnes", predicate="tuer", group_id="g2")
    bare = _c("d1:c0", "Neuf personnes ont été tuées par un glissement de terrain", subject="Neuf personnes",
              predicate="tuer", group_id="g2")
    assert _kind(_side(town, "lemonde.fr"), _side(bare, "liberation.fr")) == "quantity"
