"""An article and its translation tell the same facts: the causes of false contradictions between the two
versions of one text (issue 13; ``benchmarks/eval_crosslang.py``), each fixed as a general reading of
either language. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

from recoupe.claims.contradictions import Side, compare
from recoupe.claims.quantities import of_claim
from recoupe.model import Claim
from tests.claims.helpers import claim as _c


def _side(c: Claim, outlet: str = "exemple.com", language: str = "fr") -> Side:
    return Side(c, outlet=outlet, published=date(2025, 3, 4), language=language)


# -- a denial with a coordinated clause of saying: the denier's own words, not a denial of having said ---
def _denial(text: str, lemmas: list[str]) -> Claim:
    return _c("fr1:c5", text, subject="Vidal", subject_entity="vidal", predicate="nier", modality="denied",
              cue="nier", lemmas=lemmas)


SAID_BY_HIM = _c("en1:c3", "he had met the builder twice in March", subject="he", predicate="meet",
                 modality="reported", attributed_to="Vidal", language="en", lemmas=["meet", "builder", "march"])


def test_a_denial_followed_by_its_own_statement_does_not_deny_having_said() -> None:
    denial = _denial("Vidal nie tout retard du chantier, et il a déclaré jeudi que la dalle sera coulée en mai",
                     ["vidal", "nier", "retard", "chantier", "déclarer", "dalle", "couler", "mai"])
    assert compare(_side(denial), _side(SAID_BY_HIM, "example.com", "en")) is None
    contests = _denial("Vidal conteste les comptes du syndicat et affirme que les travaux sont à jour",
                       ["vidal", "contester", "compte", "syndicat", "affirmer", "travail"])
    assert compare(_side(contests), _side(SAID_BY_HIM, "example.com", "en")) is None


def test_denying_having_said_still_conflicts() -> None:
    denies = _denial("Vidal a nié avoir déclaré qu'il avait rencontré le promoteur",
                     ["vidal", "nier", "déclarer", "rencontrer", "promoteur"])
    hit = compare(_side(denies), _side(SAID_BY_HIM, "example.com", "en"))
    assert hit is not None and hit.kind == "attribution"
    # a participle after « et » hangs on the denial's own « avoir »: still a denial of having said
    both = _denial("Vidal a nié avoir menti et déclaré qu'il avait rencontré le promoteur",
                   ["vidal", "nier", "mentir", "déclarer", "rencontrer", "promoteur"])
    hit = compare(_side(both), _side(SAID_BY_HIM, "example.com", "en"))
    assert hit is not None and hit.kind == "attribution"


# -- the content a sentence rejects (« a démenti la rumeur selon laquelle … ») is stated by no one ------------
REJECTING = ("Mme Roux a démenti vendredi la rumeur selon laquelle le club cacherait des dettes financières à ses "
             "sponsors.")
CONTENT = _c("fr2:c2", "selon laquelle le club cacherait des dettes financières à ses sponsors", sentence=REJECTING,
             subject="le club", predicate="cacher", modality="conditional", cue="cacherait",
             lemmas=["club", "cacher", "dette", "financier", "sponsor"])
EN_REJECTION = _c("en2:c1", "On Friday Ms Roux rejected a rumour that the club hid financial debts from its sponsors",
                  subject="Ms Roux", subject_entity="roux", predicate="reject", modality="denied", cue="reject",
                  language="en", lemmas=["roux", "reject", "rumour", "club", "hide", "financial", "debt", "sponsor"])


def test_the_rejected_content_is_not_denied_by_the_same_rejection_told_again() -> None:
    assert compare(_side(CONTENT), _side(EN_REJECTION, "example.com", "en")) is None


def test_a_statement_of_the_content_still_meets_the_rejection() -> None:
    stated = _c("fr3:c1", "Le club cacherait des dettes financières à ses sponsors", subject="Le club",
                predicate="cacher", modality="conditional", cue="cacherait",
                lemmas=["club", "cacher", "dette", "financier", "sponsor"])
    hit = compare(_side(stated, "autre.fr"), _side(EN_REJECTION, "example.com", "en"))
    assert hit is not None and hit.kind == "denial"


# -- « Martin, 42 ans, … »: an age, not a length of time ---------------------------------------------------
def test_a_french_age_between_commas_after_a_name() -> None:
    (q,) = of_claim("Selon l'enquête, Martin, 42 ans, livrait des informations à un trafiquant", "", "fr")
    assert q.thing == "âge" and q.bearer == "martin"
    (q,) = of_claim("Le chantier, commencé il y a 3 ans, est arrêté", "", "fr")
    assert q.thing != "âge"
    (q,) = of_claim("En mars, 10 ans après le procès, il a été libéré", "", "fr")
    assert q.thing != "âge"


def test_an_age_and_a_prison_term_do_not_conflict_across_languages() -> None:
    age = _c("fr4:c1", "Martin, 51 ans, vendait des informations confidentielles à un réseau", subject="Jean Martin",
             subject_entity="e1", predicate="vendre", object="des informations confidentielles à un réseau",
             component_id="k1", lemmas=["martin", "vendre", "information", "confidentiel", "réseau"])
    term = _c("en4:c1", "A clerk who sold confidential information to a network got three years in prison",
              predicate="get", component_id="k1", language="en",
              lemmas=["clerk", "sell", "confidential", "information", "network", "prison"])
    assert compare(_side(age), _side(term, "example.com", "en")) is None
    # two ages of the same man still conflict
    other = _c("fr5:c1", "Martin, 54 ans, vendait des informations confidentielles à un réseau", subject="Jean Martin",
               subject_entity="e1", predicate="vendre", object="des informations confidentielles à un réseau",
               component_id="k1", lemmas=["martin", "vendre", "information", "confidentiel", "réseau"])
    hit = compare(_side(age), _side(other, "autre.fr"))
    assert hit is not None and hit.kind == "quantity"


# -- « 32 pouces (81,3 cm) » / "32 inches (81 cm)": a conversion rounded two ways -------------------------------
def test_a_conversion_in_parentheses_rounded_two_ways_does_not_conflict() -> None:
    # a no-break space between figure and unit, as French typography writes it
    fr = _c("fr6:c1", "La norme exige pour chaque porte un passage d'au moins 32\u00a0pouces (81,3\u00a0cm)",
            subject="La norme", predicate="exiger", component_id="k2",
            lemmas=["norme", "exiger", "porte", "passage", "pouce"])
    en = _c("en6:c1", "The standard requires a passage of at least 32 inches (81 cm) for each door",
            subject="The standard", predicate="require", component_id="k2", language="en",
            lemmas=["standard", "require", "passage", "inch", "door"])
    assert compare(_side(fr), _side(en, "example.com", "en")) is None
    # the figures themselves apart still conflict
    other = _c("en7:c1", "The standard requires a passage of at least 36 inches (91 cm) for each door",
               subject="The standard", predicate="require", component_id="k2", language="en",
               lemmas=["standard", "require", "passage", "inch", "door"])
    hit = compare(_side(fr), _side(other, "example.com", "en"))
    assert hit is not None and hit.kind == "quantity"


# -- « the most since a past month, when N died »: that month's toll, not the report's ----------------------
WHEN = "Rescuers had not pulled out so many bodies since the floods of May 2009, when 812 people were killed."


def test_a_when_clause_after_a_date_is_that_date_figure() -> None:
    month = _c("fr8:c1", "En juin, les affrontements ont fait 734 morts", subject="les affrontements",
               predicate="faire", time="2014-06", component_id="k3",
               lemmas=["affrontement", "faire", "mort", "juin"])
    when = _c("en8:c2", "when 812 people were killed", sentence=WHEN, subject="812 people", predicate="kill",
              component_id="k3", language="en", lemmas=["people", "kill"])
    assert compare(_side(month), Side(when, outlet="example.com", published=date(2014, 7, 2),
                                      language="en")) is None
    # a « when » clause after no date is the report's own time: it still meets the month's toll
    bare = _c("en9:c2", "when 812 people were killed",
              sentence="The river burst its banks in June, when 812 people were killed.", subject="812 people",
              predicate="kill", component_id="k3", language="en", lemmas=["people", "kill"])
    hit = compare(_side(month), Side(bare, outlet="example.com", published=date(2014, 7, 2), language="en"))
    assert hit is not None and hit.kind == "quantity"


def test_a_count_in_parentheses_is_no_conversion() -> None:
    # « 4 hameaux (61 morts) »: a toll beside a count of places, not the count converted; 61 against 63 conflicts
    one = _c("fr10:c1", "Les frappes de jeudi ont touché 4 hameaux (61 morts)", subject="Les frappes",
             predicate="toucher", component_id="k4", lemmas=["frappe", "jeudi", "toucher", "hameau", "mort"])
    two = _c("fr11:c1", "Les frappes de jeudi ont touché 4 hameaux (63 morts)", subject="Les frappes",
             predicate="toucher", component_id="k4", lemmas=["frappe", "jeudi", "toucher", "hameau", "mort"])
    hit = compare(_side(one), _side(two, "autre.fr"))
    assert hit is not None and hit.kind == "quantity"


def test_a_denial_word_not_governing_the_noun_leaves_the_content_stated() -> None:
    # the sentence confirms the report; « contestée » qualifies the speaker and « nièce » is no « nie »
    for sentence in ("La présidente, pourtant contestée, a confirmé la rumeur selon laquelle le club cacherait des "
                     "dettes financières à ses sponsors.",
                     "Sa nièce a confirmé la rumeur selon laquelle le club cacherait des dettes financières à ses "
                     "sponsors."):
        content = _c("fr12:c2", "selon laquelle le club cacherait des dettes financières à ses sponsors",
                     sentence=sentence, subject="le club", predicate="cacher", modality="conditional",
                     cue="cacherait", lemmas=["club", "cacher", "dette", "financier", "sponsor"])
        hit = compare(_side(content, "autre.fr"), _side(EN_REJECTION, "example.com", "en"))
        assert hit is not None and hit.kind == "denial", sentence


def test_a_count_or_a_target_before_when_is_no_date() -> None:
    police = _c("fr13:c1", "la police a dénombré 1300 manifestants", subject="la police", predicate="dénombrer",
                component_id="k5", lemmas=["police", "dénombrer", "manifestant"])
    # a count of the organisers, written as a year would be: the « quand » clause is the report's own
    counted = _c("fr14:c2", "quand la police a dénombré 1700 manifestants",
                 sentence="Les organisateurs annoncent 2000, quand la police a dénombré 1700 manifestants.",
                 subject="la police", predicate="dénombrer", component_id="k5",
                 lemmas=["police", "dénombrer", "manifestant"])
    hit = compare(_side(counted), _side(police, "autre.fr"))
    assert hit is not None and hit.kind == "quantity"
    # a year after the report's is a target, not a past occasion
    goal = _c("fr15:c2", "quand 300 000 maisons seront isolées",
              sentence="Le programme vise la sobriété en 2040, quand 300 000 maisons seront isolées.",
              subject="300 000 maisons", predicate="isoler", component_id="k6", lemmas=["maison", "isoler"])
    other = _c("fr16:c1", "250 000 maisons seront isolées", subject="250 000 maisons", predicate="isoler",
               component_id="k6", lemmas=["maison", "isoler"])
    hit = compare(_side(goal), _side(other, "autre.fr"))
    assert hit is not None and hit.kind == "quantity"


def test_a_place_or_an_adverb_before_the_commas_bears_no_age() -> None:
    for text in ("Puis, 8 ans, se sont écoulés", "À Nantes, 8 ans, de chantier ont été nécessaires",
                 "Pour la Cour, 8 ans, reste la peine juste"):
        (q,) = of_claim(text, "", "fr")
        assert q.thing != "âge", text
    # a name opening the sentence still bears its age
    (q,) = of_claim("Dupuis, 8 ans, jouait dans la cour", "", "fr")
    assert q.thing == "âge" and q.bearer == "dupuis"


def test_a_saying_verb_after_a_second_et_is_the_denier_own() -> None:
    # the first « et » joins two objects of the denial; the second the denier's own statement
    denial = _denial("Vidal a nié les retards et les surcoûts et a déclaré : « Tout est en ordre",
                     ["vidal", "nier", "retard", "surcoût", "déclarer", "ordre"])
    assert compare(_side(denial), _side(SAID_BY_HIM, "example.com", "en")) is None
