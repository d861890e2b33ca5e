"""A present participle after a comma tells a further fact of its clause, whichever way the parser hangs it
(``advcl`` or ``xcomp`` of the verb): « la crue a duré jusqu'à jeudi, devenant la plus haute » is
two facts, each with its own day (issue 13, ``date``). Sentences written for the tests; the parse is set
by hand, as the parser gave it to a sentence of this shape."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from recoupe.nlp.modality import _Parse

WORDS = ["La", "crue", "a", "duré", "jusqu'", "à", "jeudi", ",", "devenant", "la", "plus", "haute"]
SPACES = [True, True, True, True, False, True, False, True, True, True, True, False]
POS = ["DET", "NOUN", "AUX", "VERB", "ADP", "ADP", "NOUN", "PUNCT", "VERB", "DET", "ADV", "ADJ"]
HEADS = [1, 3, 3, 3, 6, 6, 3, 8, 3, 11, 11, 8]
MORPHS = ["", "", "VerbForm=Fin", "Tense=Past|VerbForm=Part", "", "", "", "", "Tense=Pres|VerbForm=Part", "", "", ""]


def _doc(dep: str, comma: bool = True) -> Doc:
    deps = ["det", "nsubj", "aux:tense", "ROOT", "case", "case", "obl:mod", "punct", dep, "det", "advmod", "obj"]
    words = list(WORDS)
    if not comma:
        words[7] = "et"
    return Doc(spacy.blank("fr").vocab, words=words, spaces=SPACES, pos=POS, deps=deps, heads=HEADS, morphs=MORPHS)


@pytest.mark.parametrize("dep", ["advcl", "xcomp"])
def test_a_detached_present_participle_is_a_fact_of_its_own(dep: str) -> None:
    assert _Parse(_doc(dep)).consequence(8)


def test_a_participle_with_no_comma_before_it_stays_in_its_clause() -> None:
    assert not _Parse(_doc("xcomp", comma=False)).consequence(8)
    assert not _Parse(_doc("obj")).consequence(8)
