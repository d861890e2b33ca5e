"""The pair rules' per-claim readings are memoised (issue #13: the split pass and the status read each claim once
per pair it is in). The caches are keyed by every field they read, so a claim whose fields change is read again,
and they hand each caller a list of its own. Sentences written for the tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from recoupe.claims.passive import passive_agent
from recoupe.claims.status import _described_doers_apart, _doer_phrase, _kind_words, _named, _passive_doer
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


def _verdicts(dossier: dict[str, Any]) -> list[tuple[str, ...]]:
    """Each group's status with its claims' texts: what a build decided, whatever ids it gave."""
    claims = {c["id"]: c["text"] for c in dossier["claims"]}
    return sorted((g["status"], *sorted(claims[c] for c in g["claims"])) for g in dossier["claim_groups"])


@pytest.mark.model
def test_a_build_with_warm_caches_decides_as_one_with_cold_ones(nlp: Any, tmp_path: Path) -> None:
    """The same pile built twice in one process (the second time in the other order, every cache filled by the
    first), then once more with the caches emptied: the same groups and statuses each time."""
    from recoupe.claims import passive, status

    day = "2025-03-04"
    pile = {"pool": [("quai-matin.example", "Émoi à Lormel. Le maire a fermé mardi la piscine de Lormel après une "
                      "inspection. Les familles attendent une date.", day),
                     ("cap-soir.example", "Lormel sous le choc. La préfecture a fermé mardi la piscine de Lormel à "
                      "la suite d'un contrôle. Les riverains attendent des réponses.", day),
                     ("val-info.example", "Lormel. La piscine a été fermée mardi par la préfecture, après un "
                      "contrôle sanitaire. Aucune date de réouverture.", day)]}
    first = _verdicts(build_outlet_stories(nlp, _dir(tmp_path, "first"), pile))
    again = _verdicts(build_outlet_stories(nlp, _dir(tmp_path, "again"), {"pool": pile["pool"][::-1]}))
    for fn in (passive._passive_agent, status._words_of, status._doer_phrase_of, status._named_of,
               status._passive_doer_of, status._kind_words_of, status._kind_slots, status._written_in,
               status._pronoun, status._office, status._active_doer_of, status._doer_head_of, passive.told_passive):
        fn.cache_clear()
    cold = _verdicts(build_outlet_stories(nlp, _dir(tmp_path, "cold"), pile))
    assert first == again == cold
    assert first  # the pile made groups to compare


def _dir(root: Path, name: str) -> Path:
    (root / name).mkdir()
    return root / name
