"""The attribute ruler on arrays (recoupe.nlp.attribute_ruler) sets spaCy's own attributes, token for token."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

from recoupe.nlp.attribute_ruler import ArrayAttributeRuler, speed_up
from tests.conftest import EXAMPLES

RULES = [
    {"patterns": [[{"POS": "NOUN"}], [{"POS": "PROPN"}]], "attrs": {"TAG": "NOM"}},
    {"patterns": [[{"POS": "VERB"}]], "attrs": {"TAG": "VERBE", "MORPH": "Mood=Ind"}},
    {"patterns": [[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]], "attrs": {"DEP": "dep"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "SPACE", "POS": "SPACE", "MORPH": "_"}},
    # tests the doc as it came in, not as the rules above left it
    {"patterns": [[{"TAG": {"IN": ["NOM", "ADJ"]}, "POS": "PROPN"}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"POS": "NOUN", "IS_SPACE": False}]], "attrs": {"TAG": "N2"}},  # overwrites the first rule's TAG
]


def _pair(rules: list[dict]) -> tuple[spacy.language.Language, spacy.language.Language]:
    out = []
    for _ in range(2):
        nlp = spacy.blank("fr")
        nlp.add_pipe("attribute_ruler").add_patterns(rules)
        out.append(nlp)
    speed_up(out[1])
    return out[0], out[1]


def _doc(nlp: spacy.language.Language) -> Doc:
    words = ["Paris", "mange", "des", "pommes", "\n\n", "vertes", " ", "."]
    spaces = [True, True, True, False, False, True, False, False]
    pos = ["PROPN", "VERB", "DET", "NOUN", "SPACE", "ADJ", "SPACE", "PUNCT"]
    tags = ["ADJ", "", "", "", "", "ADJ", "", ""]
    heads = [1, 1, 3, 1, 3, 3, 5, 1]
    deps = ["nsubj", "ROOT", "det", "obj", "", "amod", "dep", "punct"]
    return Doc(nlp.vocab, words=words, spaces=spaces, pos=pos, tags=tags, heads=heads, deps=deps)


def _attrs(doc: Doc) -> list[tuple[str, str, str, str, str]]:
    return [(t.tag_, t.pos_, str(t.morph), t.dep_, t.lemma_) for t in doc]


def test_attribute_ruler_on_arrays_sets_what_spacy_sets_with_hand_built_rules() -> None:
    plain, fast = _pair(RULES)
    assert type(fast.get_pipe("attribute_ruler")) is ArrayAttributeRuler
    a = plain.get_pipe("attribute_ruler")(_doc(plain))
    b = fast.get_pipe("attribute_ruler")(_doc(fast))
    assert _attrs(a) == _attrs(b)
    got = _attrs(b)
    # « Paris » came as PROPN tagged ADJ: the fifth rule makes it a NOUN, the last (a NOUN rule) does not see it
    assert got[0][:2] == ("NOM", "NOUN") and got[3][:2] == ("N2", "NOUN")
    assert got[1][:3] == ("VERBE", "VERB", "Mood=Ind")
    assert got[4][:2] == ("SPACE", "SPACE") and got[6][:4] == ("SPACE", "SPACE", "", "dep")
    assert got[5][0] == "ADJ" and got[7][0] == ""  # no rule: left as it was
    assert (b.to_array([TAG, POS, MORPH, DEP, LEMMA]) == a.to_array([TAG, POS, MORPH, DEP, LEMMA])).all()


@pytest.mark.parametrize("rule", [
    {"patterns": [[{"POS": "DET"}, {"POS": "NOUN"}]], "attrs": {"TAG": "X"}},  # two tokens
    {"patterns": [[{"POS": "NOUN", "OP": "+"}]], "attrs": {"TAG": "X"}},  # an operator
    {"patterns": [[{"LOWER": "paris"}]], "attrs": {"TAG": "X"}},  # an attribute not read here
    {"patterns": [[{"TAG": {"REGEX": "^N"}}]], "attrs": {"TAG": "X"}},  # a regular expression
])
def test_attribute_ruler_keeps_spacys_call_for_rules_it_does_not_reproduce(rule: dict) -> None:
    plain, fast = _pair([RULES[0], rule])
    assert type(fast.get_pipe("attribute_ruler")) is not ArrayAttributeRuler
    expected = _attrs(plain.get_pipe("attribute_ruler")(_doc(plain)))
    assert _attrs(fast.get_pipe("attribute_ruler")(_doc(fast))) == expected


@pytest.mark.model
def test_array_attribute_ruler_gives_spacys_attributes_on_whole_articles() -> None:
    from recoupe.lang import pack

    plain = spacy.load(pack("fr").model)
    fast = spacy.load(pack("fr").model)
    speed_up(fast)
    assert type(fast.get_pipe("attribute_ruler")) is ArrayAttributeRuler
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))[:12]]
    # space tokens (the rules that set MORPH and DEP), a line of spaces, an empty text
    texts.append("Ils  ont   mangé des pommes :  zzqxw, 12 km² ; l'ONU s'est réunie. \n\n Qu'en dit-on ?\n \t\n")
    texts.append("")
    n = spaces = 0
    for a, b in zip(plain.pipe(texts), fast.pipe(texts), strict=True):
        assert _attrs(a) == _attrs(b)
        assert (a.to_array([TAG, POS, MORPH, DEP]) == b.to_array([TAG, POS, MORPH, DEP])).all()
        n += len(a)
        spaces += sum(t.is_space for t in b)
    assert n > 4000 and spaces > 10


@pytest.mark.model
def test_recoupe_pipeline_uses_the_array_attribute_ruler(nlp) -> None:  # type: ignore[no-untyped-def]
    assert type(nlp.get_pipe("attribute_ruler")) is ArrayAttributeRuler
    assert [t.tag_ for t in nlp("Les soldats ont été tués.")] == ["DET", "NOUN", "AUX", "AUX", "VERB", "PUNCT"]
