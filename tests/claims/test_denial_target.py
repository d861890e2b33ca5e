"""A denial disputes the claim it answers, not any claim that shares its actor's or its place's words
(issue 13, ``denial``). Sentences and names written for the tests, in a setting of their own (a port and
its dockers)."""

from __future__ import annotations

from datetime import date
from typing import Any

from recoupe.claims.contradictions import Side, _stems, compare
from recoupe.model import Claim

# what is denied is told before the denier, in the same sentence
SENTENCE = "D'après le syndicat, l'armateur du port a vendu ses trois cargos du quai de Vennes ; la capitainerie dément"


def _c(cid: str, text: str, **kw: Any) -> Claim:
    base: dict[str, Any] = dict(id=cid, article_id=cid.split(":")[0], text=text, sentence=kw.pop("sentence", text),
                                start=0, end=len(text), subject=kw.pop("subject", ""),
                                predicate=kw.pop("predicate", "faire"), modality=kw.pop("modality", "asserted"))
    base.update(kw)
    return Claim(**base)


def _side(c: Claim) -> Side:
    return Side(c, outlet=f"{c.article_id}.fr", published=date(2025, 4, 2))


DENIAL = _c("a1:c2", "la capitainerie dément", sentence=SENTENCE, subject="la capitainerie", predicate="démentir",
            modality="denied", cue="démentir")
# the same actor at the same port, another deed: hiring, not the sale
HIRING = _c("b1:c1", "L'armateur du port embauche quarante grutiers au quai de Vennes", subject="L'armateur du port",
            predicate="embaucher", place="quai de Vennes")
# the claim the denial answers, told by another outlet
SALE = _c("c1:c1", "L'armateur du port a vendu trois cargos du quai de Vennes", subject="L'armateur du port",
          predicate="vendre", object="trois cargos du quai de Vennes")


def test_a_bare_denial_does_not_dispute_another_deed_of_the_same_actor_at_the_same_place() -> None:
    assert compare(_side(DENIAL), _side(HIRING)) is None


def test_a_bare_denial_still_disputes_the_claim_it_answers_told_elsewhere() -> None:
    hit = compare(_side(DENIAL), _side(SALE))
    assert hit is not None and hit.kind == "denial"


def test_a_statement_called_a_lie_does_not_dispute_a_protest_at_the_same_place() -> None:
    called = ("Pour le directeur Ostral, la compagnie garde le contrôle du terminal nord de Vennes, ce que les "
              "dockers qualifient de mensonge")
    lie = _c("d1:c3", "ce que les dockers qualifient de mensonge", sentence=called, subject="les dockers",
             predicate="qualifier", cue="qualifier", modality="denied", attributed_to="directeur Ostral")
    # « contre » is no « contrôle »: the protest shares only the terminal with what is called a lie
    protest = _c("e1:c1", "Le directeur Ostral proteste contre les piquets du terminal nord de Vennes",
                 subject="Le directeur Ostral", predicate="protester", place="terminal nord de Vennes")
    held = _c("f1:c1", "La compagnie du directeur Ostral garde le contrôle du terminal nord de Vennes",
              subject="La compagnie du directeur Ostral", predicate="garder")
    assert compare(_side(lie), _side(protest)) is None
    hit = compare(_side(lie), _side(held))
    assert hit is not None and hit.kind == "denial"


def test_a_preposition_shares_no_stem_with_a_noun() -> None:
    # « contre » and « contrôle » open alike: the preposition is no content word
    assert "contr" not in _stems("les grutiers votent contre la réforme")[0]
    assert "contr" in _stems("la compagnie perd le contrôle du quai")[0]


def test_a_name_opening_a_text_is_a_name() -> None:
    every, common = _stems("Ilse Marrow embauche des grutiers")
    assert "ilse" in every and "ilse" not in common and "embau" in common
    assert "greve" in _stems("Grève totale au port de Vennes")[1]  # a capitalised first word alone is not a name


def test_a_section_word_before_a_colon_is_not_a_name() -> None:
    # a headline's label (« Grutiers : ») is a common word, even when a name follows the colon
    assert "gruti" in _stems("Grutiers : Ilse Marrow promet des renforts")[1]
    assert "ilse" not in _stems("Grutiers : Ilse Marrow promet des renforts")[1]
    # an acronym after the first word does not make it a name either
    assert "greve" in _stems("Grève CGT : les quais sont vides")[1]


def test_an_english_denial_does_not_dispute_another_deed_at_the_same_place() -> None:
    denial = _c("g1:c1", "The ministry denied that the dock owner sold three freighters at the Vennes quay",
                subject="The ministry", predicate="deny", cue="deny", modality="denied", language="en")
    hiring = _c("h1:c1", "The dock owner hired forty crane drivers at the Vennes quay", subject="The dock owner",
                predicate="hire", place="the Vennes quay", language="en")
    sold = _c("k1:c1", "The dock owner says it sold three freighters at the Vennes quay", subject="The dock owner",
              predicate="sell", language="en")
    assert compare(_side(denial), _side(hiring)) is None
    hit = compare(_side(denial), _side(sold))
    assert hit is not None and hit.kind == "denial"


# --- the claim's own deed is not cut away with a relative clause (review21c #1)

def test_an_incidental_relative_on_the_subject_keeps_the_claims_deed() -> None:
    sale = _c("m1:c1", "L'armateur du port, qui possède six navires, a vendu trois cargos du quai de Vennes",
              subject="L'armateur du port", predicate="vendre", object="trois cargos du quai de Vennes")
    hit = compare(_side(DENIAL), _side(sale))
    assert hit is not None and hit.kind == "denial"


def test_a_relative_inside_the_subject_keeps_the_claims_deed() -> None:
    sale = _c("m2:c1", "Ceux qui dirigent l'armateur du port ont vendu trois cargos du quai de Vennes",
              subject="Ceux qui dirigent l'armateur du port", predicate="vendre")
    hit = compare(_side(DENIAL), _side(sale))
    assert hit is not None and hit.kind == "denial"


def test_dont_meaning_including_keeps_the_claims_deed() -> None:
    sentence = "Selon les secours, quatre grutiers ont été blessés par la chute d'une grue à Vennes ; la mairie dément"
    denial = _c("m3:c2", "la mairie dément", sentence=sentence, subject="la mairie", predicate="démentir",
                modality="denied", cue="démentir")
    hurt = _c("m4:c1", "Quatre grutiers dont un apprenti ont été blessés par la chute d'une grue à Vennes",
              subject="Quatre grutiers dont un apprenti", predicate="blesser")
    hit = compare(_side(denial), _side(hurt))
    assert hit is not None and hit.kind == "denial"


def test_a_claim_opened_by_a_relative_keeps_its_deed() -> None:
    sale = _c("m5:c1", "selon lesquels l'armateur du port a vendu trois cargos du quai de Vennes",
              subject="l'armateur du port", predicate="vendre")
    hit = compare(_side(DENIAL), _side(sale))
    assert hit is not None and hit.kind == "denial"


def test_a_cleft_keeps_its_deed() -> None:
    sale = _c("m6:c1", "C'est l'armateur du port qui a vendu trois cargos du quai de Vennes",
              subject="l'armateur du port", predicate="vendre")
    hit = compare(_side(DENIAL), _side(sale))
    assert hit is not None and hit.kind == "denial"


def test_an_english_agency_acronym_is_no_relative_pronoun() -> None:
    denial = _c("m7:c1", "The harbour office denied that the Vennes docks have run out of diesel",
                subject="The harbour office", predicate="deny", cue="deny", modality="denied", language="en")
    told = _c("m8:c1", "According to the WHO, the Vennes docks have run out of diesel", subject="the Vennes docks",
              predicate="run", language="en")
    hit = compare(_side(denial), _side(told))
    assert hit is not None and hit.kind == "denial"


def test_a_relative_on_an_object_still_goes() -> None:
    # « remplace le cargo dont l'équipage ... »: the replacement is the deed, not what the crew did
    from recoupe.claims.contradictions import _main_clause

    text = "L'armateur Ostral remplace le cargo dont l'équipage a quitté Vennes"
    assert _main_clause(text, "L'armateur Ostral") == "L'armateur Ostral remplace le cargo"
