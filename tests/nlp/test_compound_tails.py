"""The tail of a hyphenated noun the tokenizer split (« lieu-dit »: « lieu » « - » « dit ») is no verb of a
clause of its own: the claim runs on to the place it names (issue 13, ``place``). Sentences written for the
tests."""

from __future__ import annotations

import pytest

from tests.nlp.helpers import claim_texts as _texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Le feu a démarré vers midi au lieu-dit Les Granges, près de Mende",
    "L'incendie a pris sans cause connue vers 15H10 au lieu-dit La Combe, dans la commune de Saint-Aubin",
])
def test_a_lieu_dit_does_not_cut_its_clause(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _texts(nlp, text + ".") == [text]
    assert all(c.predicate != "dire" for c in nlp(text)._.claims)


def test_a_verb_with_its_clitic_still_heads_a_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    # « dit-il », « a-t-il »: the hyphen follows the verb, which keeps its clause
    texts = _texts(nlp, "Le maire a-t-il démissionné ? Le préfet a confirmé mardi que le maire a démissionné.")
    assert "Le maire a-t-il démissionné" in texts
    assert any(t.endswith("le maire a démissionné") for t in texts)
