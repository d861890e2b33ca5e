"""A party contesting the figure just given (issue 13, ``denial``), and a length of time told with
and without the department it happened in. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

from recoupe.claims.contradictions import (
    Side,
    check_figure_denial,
    check_quantity,
    compare,
    contested_figure,
    denied_figure,
    figure_keys,
)
from recoupe.model import Claim
from tests.claims.helpers import claim, keys_meet

# « Le syndicat revendique 4 200 grévistes, un chiffre contesté par la direction. » (one sentence, two claims)
ONE = "Le syndicat revendique 4 200 grévistes, un chiffre contesté par la direction."
CLAIMED = claim("a1:c1", "Le syndicat revendique 4 200 grévistes", sentence=ONE, start=0, end=38,
                subject="Le syndicat", predicate="revendiquer", modality="reported", attributed_to="Le syndicat")
CONTESTED = claim("a1:c2", "un chiffre contesté par la direction", sentence=ONE, start=40, end=76,
                  subject="chiffre", predicate="contester", modality="denied", cue="contesté",
                  attributed_to="la direction")
# two sentences: « La mairie annonce 900 inscrits au marathon. Les organisateurs contestent ce décompte. »
FIRST = "La mairie annonce 900 inscrits au marathon."
SECOND = "Les organisateurs contestent ce décompte."
ANNOUNCED = claim("b1:c1", "La mairie annonce 900 inscrits au marathon", sentence=FIRST, start=0, end=42,
                  subject="La mairie", predicate="annoncer", modality="reported", attributed_to="La mairie")
DISPUTED = claim("b1:c2", "Les organisateurs contestent ce décompte", sentence=SECOND, start=44, end=84,
                 subject="Les organisateurs", predicate="contester", modality="denied", cue="contester")
# a figure two sentences back, another article's figure, a sentence whose own figure comes after the denial
FAR = claim("b1:c0", "Le club compte 300 bénévoles", sentence="Le club compte 300 bénévoles.", start=0, end=28,
            subject="Le club", predicate="compter", modality="asserted")
ELSEWHERE = claim("c1:c1", "La mairie annonce 900 inscrits au marathon", sentence=FIRST, start=0, end=42,
                  subject="La mairie", predicate="annoncer", modality="reported", attributed_to="La mairie")
LATE = "Un chiffre contesté par la direction : le syndicat revendique 4 200 grévistes."
LATE_DENIAL = claim("d1:c1", "Un chiffre contesté par la direction", sentence=LATE, start=0, end=36,
                    subject="chiffre", predicate="contester", modality="denied", cue="contesté")
LATE_FIGURE = claim("d1:c2", "le syndicat revendique 4 200 grévistes", sentence=LATE, start=39, end=77,
                    subject="le syndicat", predicate="revendiquer", modality="reported")


def _side(c: Claim) -> Side:
    return Side(c, outlet=f"{c.article_id}.fr", published=date(2025, 3, 4))



def test_figure_denial_frames() -> None:
    assert denied_figure(CONTESTED) and denied_figure(DISPUTED) and denied_figure(LATE_DENIAL)
    assert not denied_figure(CLAIMED) and not denied_figure(ANNOUNCED)
    # a denial of something else, or one giving its own figure, denies no figure just given
    assert not denied_figure(claim("e1:c1", "le maire dément ces accusations", modality="denied", cue="démentir"))
    assert not denied_figure(claim("e1:c2", "la direction conteste ce chiffre de 4 200", modality="denied",
                                   cue="contester"))


def test_figure_denial_in_its_sentence_and_the_next() -> None:
    hit = compare(_side(CLAIMED), _side(CONTESTED))
    assert hit is not None and hit.kind == "denial" and hit.same_article
    hit = compare(_side(DISPUTED), _side(ANNOUNCED))
    assert hit is not None and hit.kind == "denial"
    assert keys_meet(CLAIMED, CONTESTED) and keys_meet(ANNOUNCED, DISPUTED)


def test_figure_denial_only_of_the_figure_just_before() -> None:
    assert compare(_side(FAR), _side(DISPUTED)) is None  # not the sentence just before
    assert compare(_side(ELSEWHERE), _side(DISPUTED)) is None  # another article
    assert compare(_side(LATE_DENIAL), _side(LATE_FIGURE)) is None  # the figure comes after
    assert not keys_meet(ELSEWHERE, DISPUTED)


# « un couple a campé neuf jours devant la mairie, en Savoie » / « un couple campe 11 jours devant la mairie »: the
# department is where the stay happened, not a scope that divides a count
STAY_A = claim("f1:c1", "Un couple campe 11 jours devant la mairie", subject="couple", predicate="camper",
               modality="asserted", component_id="g1")
STAY_B = claim("g1:c1", "un couple a campé neuf jours devant la mairie en Savoie", subject="couple",
               predicate="camper", modality="asserted", place="Savoie", component_id="g1")
COUNT_A = claim("f1:c2", "Les pompiers ont secouru 120 randonneurs", subject="pompiers", predicate="secourir",
                modality="asserted", component_id="g2")
COUNT_B = claim("g1:c2", "Les pompiers ont secouru 15 randonneurs en Savoie", subject="pompiers",
                predicate="secourir", modality="asserted", place="Savoie", component_id="g2")


def test_quantity_a_stay_in_a_department_against_one_without_it() -> None:
    a, b = Side(STAY_A, outlet="f.fr", published=date(2025, 3, 4)), Side(STAY_B, outlet="g.fr",
                                                                        published=date(2025, 3, 4))
    hit = check_quantity(a, b)
    assert hit is not None and hit.kind == "quantity"  # how long the stay lasted, not when it was
    # a count of a department against one without it: two scopes, as before
    a, b = Side(COUNT_A, outlet="f.fr", published=date(2025, 3, 4)), Side(COUNT_B, outlet="g.fr",
                                                                         published=date(2025, 3, 4))
    assert check_quantity(a, b) is None


# other outlets of the story: the contested figure told again, another figure of the same thing, another thing
AGAIN = claim("h1:c1", "4 200 grévistes ont défilé selon le syndicat", subject="4 200 grévistes", predicate="défiler",
              modality="reported", attributed_to="le syndicat")
FEWER = claim("h1:c2", "1 500 grévistes ont défilé selon la direction", subject="1 500 grévistes",
              predicate="défiler", modality="reported", attributed_to="la direction")
BUSES = claim("h1:c3", "4 200 usagers privés de bus", subject="4 200 usagers", predicate="priver",
              modality="asserted")


def test_figure_denial_meets_the_figure_told_elsewhere() -> None:
    figure = contested_figure(CONTESTED)
    assert figure is not None and figure.value == 4200 and contested_figure(DISPUTED) is None
    hit = compare(_side(CONTESTED), _side(AGAIN))
    assert hit is not None and hit.kind == "denial" and not hit.same_article
    assert keys_meet(CONTESTED, AGAIN)
    # not the denier's own lower figure (a quantity matter), nor a count of another thing
    assert check_figure_denial(_side(CONTESTED), _side(FEWER)) is None
    assert check_figure_denial(_side(CONTESTED), _side(BUSES)) is None
    assert not keys_meet(CONTESTED, BUSES)
    # a denial in the next sentence points at no figure of its own sentence: only its article's
    assert compare(_side(DISPUTED), _side(claim("i1:c1", "900 inscrits au marathon", predicate="inscrire",
                                                modality="asserted"))) is None


# lengths of time that place one fact in time (« en trois ans » / « en deux ans »): a date matter
EARNED_A = claim("j1:c1", "Le chanteur a vendu 4 millions de disques en trois ans", subject="Le chanteur",
                 subject_entity="e9", predicate="vendre", modality="asserted")
EARNED_B = claim("k1:c1", "Le chanteur a vendu 4 millions de disques en cinq ans", subject="Le chanteur",
                 subject_entity="e9", predicate="vendre", modality="asserted")


def test_quantity_a_length_that_places_the_fact_is_a_date() -> None:
    day = date(2025, 3, 4)
    hit = check_quantity(Side(EARNED_A, outlet="j.fr", published=day), Side(EARNED_B, outlet="k.fr", published=day))
    assert hit is not None and hit.kind == "date"


# a headline that gives the body's contested figure in words and hedged (« Une banque piratée, les comptes de
# centaines de milliers de sociétaires peut-être exposés ») and, further down, « Un forum évoque plus de 400 000
# comptes touchés, un chiffre contesté par la banque. »
HEADLINE = "Une banque piratée, les comptes de centaines de milliers de sociétaires peut-être exposés"
BODY = "Un forum évoque plus de 400 000 comptes touchés, un chiffre contesté par la banque."
TOLD = claim("h1:c1", HEADLINE, sentence=HEADLINE, start=0, end=len(HEADLINE), subject="comptes",
             predicate="exposer", modality="speculative")
BODY_FIGURE = claim("h1:c4", "Un forum évoque plus de 400 000 comptes touchés", sentence=BODY, start=300, end=347,
                    subject="Un forum", predicate="évoquer", modality="reported", attributed_to="Un forum")
BANK = claim("h1:c5", "un chiffre contesté par la banque", sentence=BODY, start=349, end=382, subject="chiffre",
             predicate="contester", modality="denied", cue="contesté", attributed_to="la banque")


def _headed(c: Claim, headline: str = HEADLINE) -> Side:
    return Side(c, outlet=f"{c.article_id}.fr", published=date(2025, 3, 4), headline=headline)


def test_a_contested_figure_is_contested_in_its_articles_headline_too() -> None:
    hit = compare(_headed(TOLD), _headed(BANK))
    assert hit is not None and hit.kind == "denial"
    assert keys_meet(TOLD, BANK)


def test_a_headline_figure_of_another_order_or_not_the_headline_is_not_the_contested_one() -> None:
    tens = HEADLINE.replace("centaines de milliers", "dizaines de milliers")
    other = claim("h1:c1", tens, sentence=tens, start=0, end=len(tens), subject="comptes",
                  predicate="exposer", modality="speculative")
    assert compare(_headed(other, tens), _headed(BANK)) is None  # 20 000–99 000 is not « plus de 400 000 »
    # the same words in the body, not the headline: a hedged account of the body, not the figure contested
    assert compare(_headed(TOLD, "Une banque piratée"), _headed(BANK, "Une banque piratée")) is None
    # another article's headline: the contest is of its own article's figure
    away = claim("k1:c1", HEADLINE, sentence=HEADLINE, start=0, end=len(HEADLINE), subject="comptes",
                 predicate="exposer", modality="speculative")
    assert compare(_headed(away), _headed(BANK)) is None


def test_a_headline_figure_of_another_thing_counted_is_not_the_contested_one() -> None:
    # the body contests a number of houses; the headline counts people evacuated and hectares burnt: an
    # exact figure of another thing, though larger than « plus de 1 000 », restates nothing
    head = "Incendie dans le Var : 3 000 personnes évacuées, 2 000 hectares brûlés"
    body = "Les pompiers évoquent plus de 1 000 maisons menacées, un chiffre contesté par la mairie."
    told = claim("h1:c1", head, sentence=head, start=0, end=len(head), subject="personnes",
                 predicate="évacuer", modality="asserted")
    mayor = claim("h1:c5", "un chiffre contesté par la mairie", sentence=body, start=353, end=386,
                  subject="chiffre", predicate="contester", modality="denied", cue="contesté",
                  attributed_to="la mairie")
    assert compare(_headed(told, head), _headed(mayor, head)) is None




def test_a_figure_in_words_files_figure_keys_in_any_claim() -> None:
    # « Quatre maisons ont brûlé » in the body is as contestable as « 4 maisons »: its claim files the count
    # it gives (for a denial of that count in its story) and looks up its article's figure denials
    told = claim("a1:c3", "Quatre maisons ont brûlé", sentence="Quatre maisons ont brûlé dans la nuit.",
                 start=200, end=224, subject="Quatre maisons", predicate="brûler", modality="asserted")
    filed, looked_up = figure_keys(told)
    assert "FG:a1" in filed and any(k.startswith("FQ:") for k in filed)
    assert "FD:a1" in looked_up
