"""The pair rules' per-claim readings are memoised (issue #13: the split pass and the status read each claim once
per pair it is in). The caches are keyed by every field they read, so a claim whose fields change is read again,
and they hand each caller a list of its own. Sentences written for the tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from recoupe.claims import passive, status
from recoupe.claims.passive import passive_agent
from recoupe.claims.status import (
    _active_doer,
    _described_doers_apart,
    _doer_phrase,
    _doers_apart,
    _kind_words,
    _named,
    _passive_doer,
    _place_office,
)
from recoupe.model import Claim
from tests.claims.helpers import build_outlet_stories, claim


def _closed(cid: str, doer: str) -> Claim:
    text = f"{doer} a fermé mardi la piscine de Lormel"
    return claim(cid, text, subject=doer, predicate="fermer")


def test_a_claim_rewritten_after_a_read_is_read_again() -> None:
    mayor, prefecture = _closed("a1:c1", "Le maire"), _closed("b1:c1", "La préfecture")
    assert _described_doers_apart(mayor, prefecture)
    # the same claim object told again with the other doer (as a later pass may rewrite it): one doer now
    mayor.text, mayor.subject = prefecture.text, prefecture.subject
    assert not _described_doers_apart(mayor, prefecture)


def test_a_rewritten_claim_is_read_again_by_the_passive_and_office_rules() -> None:
    """The doer's phrase and the passive's agent are read again when a claim's fields change, whichever rule
    asks (a cache keyed by the claim's id would keep its first reading)."""
    mayor = _closed("a1:c1", "Le maire")
    passive = claim("b1:c1", "La piscine de Lormel a été fermée mardi par la préfecture",
                    subject="La piscine de Lormel", predicate="fermer")
    assert _place_office(mayor) == "town"
    assert _doers_apart(mayor, passive)
    mayor.text, mayor.subject = passive.text, passive.subject  # the same claim told again: the préfecture's deed
    assert _place_office(mayor) == _place_office(passive) != "town"  # read again: the préfecture's office
    assert not _doers_apart(mayor, passive)


@pytest.mark.parametrize("order", [0, 1])
def test_one_text_read_with_two_subjects_gives_two_doers(order: int) -> None:
    """The doer's readings are keyed by the subject too: one sentence whose parse gave two claims of two
    subjects (the teller and the one told of) reads two doers, whichever is read first."""
    text = "Le maire a dit que Jeanne Lormel a fermé mardi la piscine"
    mayor = claim("a1:c1", text, subject="Le maire", predicate="fermer")
    named = claim("a1:c2", text, subject="Jeanne Lormel", predicate="fermer")
    for c in ((mayor, named) if order == 0 else (named, mayor)):
        _doer_phrase(c), _active_doer(c), _named(c)
    assert (_doer_phrase(mayor), _named(mayor)) == (["Le", "maire"], False)
    assert (_doer_phrase(named), _named(named)) == (["Jeanne", "Lormel"], True)
    assert _active_doer(named) == ["Jeanne", "Lormel", "a"]
    assert _active_doer(mayor)[:2] == ["Le", "maire"] and "Jeanne" in _active_doer(mayor)


def test_one_text_with_another_subject_or_verb_is_another_reading() -> None:
    text = "Le gymnase a été fermé mardi par Jeanne Lormel"
    passive = claim("a1:c1", text, subject="Le gymnase", predicate="fermer")
    other_verb = claim("a1:c2", text, subject="Le gymnase", predicate="ouvrir")
    assert _passive_doer(passive) == (True, frozenset({"jeanne", "lormel"}))
    assert _named(passive)
    assert _passive_doer(other_verb) == (False, frozenset())
    assert not _named(other_verb)  # « le gymnase » read as the doer: no name


def test_each_caller_gets_a_list_of_its_own() -> None:
    text = "Le gymnase a été fermé mardi par la préfecture"
    c = claim("a1:c1", text, subject="Le gymnase", predicate="fermer")
    phrase = _doer_phrase(c)
    phrase.append("x")
    assert _doer_phrase(c) == ["la", "préfecture"]
    _, agent = passive_agent("fr", "fermer", text)
    agent.clear()
    assert passive_agent("fr", "fermer", text) == (True, ["la", "préfecture"])
    kinds = _kind_words(text)
    kinds["piscine"] = 0
    assert "piscine" not in _kind_words(text)


_PAIR_CACHES = (passive._passive_agent, status._words_of, status._doer_phrase_of, status._named_of,
                status._passive_doer_of, status._kind_words_of, status._kind_slots, status._written_in,
                status._pronoun, status._office, status._active_doer_of, status._doer_head_of, passive.told_passive)


def _verdicts(dossier: dict[str, Any]) -> list[tuple[str, ...]]:
    """Each group's status with its claims' texts: what a build decided, whatever ids it gave."""
    claims = {c["id"]: c["text"] for c in dossier["claims"]}
    return sorted((g["status"], *sorted(claims[c] for c in g["claims"])) for g in dossier["claim_groups"])


@pytest.mark.model
def test_a_build_with_warm_caches_decides_as_one_with_cold_ones(nlp: Any, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The same pile built twice in one process (the second time in the other order, every cache filled by the
    first and kept), then once more with the caches emptied: the same groups and statuses each time, the right
    ones, and the caches empty when the build ends."""
    from recoupe.report import dossier

    day = "2025-03-04"
    pile = {"pool": [("quai-matin.example", "Émoi à Lormel. Le maire a fermé mardi la piscine de Lormel après une "
                      "inspection. Les familles attendent une date.", day),
                     ("cap-soir.example", "Lormel sous le choc. La préfecture a fermé mardi la piscine de Lormel à "
                      "la suite d'un contrôle. Les riverains attendent des réponses.", day),
                     ("val-info.example", "Lormel. La piscine a été fermée mardi par la préfecture, après un "
                      "contrôle sanitaire. Aucune date de réouverture.", day)]}
    monkeypatch.setattr(status, "clear_pair_caches", lambda: None)  # kept from one build to the next
    first = _verdicts(build_outlet_stories(nlp, _dir(tmp_path, "first"), pile))
    again = _verdicts(build_outlet_stories(nlp, _dir(tmp_path, "again"), {"pool": pile["pool"][::-1]}))
    monkeypatch.undo()
    status.clear_pair_caches()
    left: list[int] = []  # what the caches hold when the build has ended (before the dossier reads the store)
    read = dossier.build_dossier
    monkeypatch.setattr(dossier, "build_dossier",
                        lambda s: left.append(sum(fn.cache_info().currsize for fn in _PAIR_CACHES)) or read(s))
    cold = _verdicts(build_outlet_stories(nlp, _dir(tmp_path, "cold"), pile))
    assert first == again == cold
    # what the caches serve decides: the préfecture's deed told actively and passively is one confirmed fact,
    # the mayor's closing another doer's, in no confirmed group
    assert ("confirmed", "La piscine a été fermée mardi par la préfecture, après un contrôle sanitaire",
            "La préfecture a fermé mardi la piscine de Lormel à la suite d'un contrôle") in first
    assert not [g for g in first if g[0] == "confirmed" and any("maire" in text for text in g[1:])]
    # the build empties the caches when it ends: a long-running process keeps no old claim's text
    assert left == [0]


def _dir(root: Path, name: str) -> Path:
    (root / name).mkdir()
    return root / name
