"""A denial of others' words (« X rejette les affirmations selon lesquelles ... ») is no denial by X
of what X is reported to say: no ``attribution`` conflict with X's own statement."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from recoupe.claims.contradictions import Side, compare
from recoupe.model import Claim


def _c(cid: str, text: str, **kw: Any) -> Claim:
    base: dict[str, Any] = dict(id=cid, article_id=cid.split(":")[0], text=text, sentence=kw.pop("sentence", text),
                                start=0, end=len(text), subject="X", predicate="rencontrer")
    base.update(kw)
    return Claim(**base)


def _side(c: Claim, outlet: str) -> Side:
    return Side(c, outlet=outlet, published=date(2024, 5, 3))


_OWN = dict(predicate="confirmer", subject="La maire Durand", subject_entity="durand", modality="reported",
            cue="confirmer", attributed_to="La maire Durand",
            lemmas=["maire", "durand", "confirmer", "fermeture", "fermer", "piscine"])


def test_rejected_words_of_others_are_no_attribution_conflict() -> None:
    own = _c("a1:c0", "La maire Durand confirme la fermeture de la piscine", **_OWN)
    rejects = _c("b1:c0", "La maire Durand a rejeté, lundi, les affirmations",
                 sentence="La maire Durand a rejeté, lundi, les affirmations selon lesquelles des parents "
                          "s'inquiètent de la sécurité du gymnase.",
                 predicate="rejeter", subject="La maire Durand", subject_entity="durand", modality="denied",
                 cue="rejeter", lemmas=["maire", "durand", "rejeter", "affirmation", "affirmer", "lundi"])
    assert compare(_side(own, "A"), _side(rejects, "B")) is None
    assert compare(_side(rejects, "B"), _side(own, "A")) is None


def test_rejected_words_of_her_own_still_conflict() -> None:
    # the same denial without « selon lesquelles »: her own words, denied (« dément ses affirmations »)
    own = _c("a1:c0", "La maire Durand confirme la fermeture de la piscine", **_OWN)
    rejects = _c("b1:c0", "La maire Durand a démenti lundi ces affirmations",
                 predicate="démentir", subject="La maire Durand", subject_entity="durand", modality="denied",
                 cue="démentir", lemmas=["maire", "durand", "démentir", "affirmation", "affirmer", "lundi"])
    hit = compare(_side(own, "A"), _side(rejects, "B"))
    assert hit is not None and hit.kind == "attribution"


def test_rejected_words_a_denial_with_its_content_is_not_bare() -> None:
    # the denial's object names its content (« selon lesquelles ... »): the other clauses of its
    # sentence (an apposition about the stadium) are not what it denies
    s = ("La maire Durand a rejeté les affirmations selon lesquelles des parents s'inquiètent de la sécurité "
         "du gymnase, rénové depuis près de deux ans pour accueillir des compétitions.")
    rejects = _c("a1:c0", "La maire Durand a rejeté les affirmations", sentence=s, predicate="rejeter",
                 subject="La maire Durand", modality="denied", cue="rejeter",
                 lemmas=["maire", "durand", "rejeter", "affirmation", "affirmer"])
    apposed = _c("a1:c2", "rénové depuis près de deux ans pour accueillir des compétitions", sentence=s,
                 predicate="rénover", lemmas=["rénover", "accueillir", "compétition"])
    assert compare(rejects, apposed) is None
    # without its content, a bare denial still denies the rest of its sentence
    bare_s = "Le club annonce la vente du stade, la maire dément."
    claim = _c("b1:c0", "Le club annonce la vente du stade", sentence=bare_s, predicate="annoncer",
               subject="Le club", lemmas=["club", "annoncer", "vente", "stade"])
    bare = _c("b1:c1", "la maire dément", sentence=bare_s, predicate="démentir", subject="la maire",
              modality="denied", cue="démentir", lemmas=["maire", "démentir"])
    hit = compare(claim, bare)
    assert hit is not None and hit.kind == "denial"


def test_contesting_the_words_of_someone_named_is_no_attribution_conflict() -> None:
    # « conteste les déclarations de Varga »: Varga's words, not hers
    own = _c("a1:c0", "La maire Durand confirme la fermeture de la piscine", **_OWN)
    contests = _c("b1:c0", "La maire Durand conteste les déclarations de Varga sur la fermeture de la piscine",
                  predicate="contester", subject="La maire Durand", subject_entity="durand", modality="denied",
                  cue="contester", object="les déclarations de Varga sur la fermeture de la piscine",
                  lemmas=["maire", "durand", "contester", "déclaration", "varga", "fermeture", "piscine"])
    hit = compare(_side(own, "A"), _side(contests, "B"))
    assert hit is None or hit.kind != "attribution"
    # her own words, named as hers, still conflict
    hers = _c("b1:c1", "La maire Durand dément les propos de la maire sur la piscine",
              predicate="démentir", subject="La maire Durand", subject_entity="durand", modality="denied",
              cue="démentir", object="les propos de la maire sur la piscine",
              lemmas=["maire", "durand", "démentir", "propos", "piscine"])
    hit = compare(_side(own, "A"), _side(hers, "B"))
    assert hit is not None and hit.kind == "attribution"


@pytest.mark.parametrize("words", [
    "les propos de Mme Durand sur la piscine",  # an honorific is not whose words they are
    "les déclarations de fermeture de la piscine",  # a plain complement, no person
    "les propos de presse sur la piscine",
])
def test_denying_her_own_words_named_another_way_still_conflicts(words: str) -> None:
    own = _c("a1:c0", "La maire Durand confirme la fermeture de la piscine", **_OWN)
    denies = _c("b1:c1", f"La maire Durand dément {words}", predicate="démentir", subject="La maire Durand",
                subject_entity="durand", modality="denied", cue="démentir", object=words,
                lemmas=["maire", "durand", "démentir", "propos", "déclaration", "piscine"])
    hit = compare(_side(own, "A"), _side(denies, "B"))
    assert hit is not None and hit.kind == "attribution"


def test_the_role_the_statement_is_attributed_to_is_the_denier() -> None:
    # the statement's attribution names him by his role: « les propos du maire » are his own
    own = _c("a1:c0", "Le maire Paul Ravel confirme la fermeture de la piscine", predicate="confirmer",
             subject="Le maire Paul Ravel", subject_entity="ravel", modality="reported", cue="confirmer",
             attributed_to="Le maire Paul Ravel", lemmas=["maire", "ravel", "confirmer", "fermeture", "piscine"])
    denies = _c("b1:c1", "Paul Ravel dément les propos du maire sur la piscine", predicate="démentir",
                subject="Paul Ravel", subject_entity="ravel", modality="denied", cue="démentir",
                object="les propos du maire sur la piscine", lemmas=["ravel", "démentir", "propos", "piscine"])
    hit = compare(_side(own, "A"), _side(denies, "B"))
    assert hit is not None and hit.kind == "attribution"
