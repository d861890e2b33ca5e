"""A calling verb's verdict far from its object (« called a radio report which … a "malicious fabrication" »):
the parser hangs the verdict on the last verb before it; the claim reader hangs it back on the calling verb
(recoupe.lang.en.claims._hang_verdict). Sentences written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]


@pytest.fixture(scope="module")
def nlp_en() -> Any:
    from recoupe.lang import pack
    from recoupe.nlp.pipeline import load

    return load(pack("en").model)


def _claims(nlp_en: Any, text: str) -> tuple[Any, dict[str, Any]]:
    doc = nlp_en(text)
    return doc, {c.predicate: c for c in doc._.claims}


def test_a_verdict_after_a_long_relative_is_the_calling_verbs(nlp_en: Any) -> None:
    doc, claims = _claims(nlp_en, "The club called a radio report which quoted an unnamed player saying the coach "
                                  "had been sacked a \"malicious fabrication\".")
    call = claims["call"]
    assert call.modality == "denied" and call.cue == "call"
    # the clause of the calling verb runs to its verdict: what the club says is false, in its words
    assert "fabrication" in doc[call.start:call.end].text
    # the verdict is no longer a word of the nested clause
    assert "fabrication" not in doc[claims["sack"].start:claims["sack"].end].text


@pytest.mark.parametrize("sentence", [
    # the noun is the object of its own verb: the report says someone lied
    "The club called a radio report which claimed the coach had told a lie.",
    "The club called a radio report which claimed the coach had told reporters a lie.",
    # the calling verb's object names no claim
    "The mayor called a press conference which her aides described as a farce.",
])
def test_a_noun_of_falsehood_in_the_relative_stays_there(nlp_en: Any, sentence: str) -> None:
    _, claims = _claims(nlp_en, sentence)
    assert claims["call"].modality == "asserted"


@pytest.mark.parametrize(("sentence", "verb"), [
    ("The governor called the report, which accused him of telling farmers for a decade a lie.", "call"),
    ("The candidate labelled the story, which accused her of telling pensioners for months a lie.", "label"),
    ("The minister branded the report, which accused him of telling parliament during the crisis a lie.", "brand"),
])
def test_a_lie_told_to_someone_is_no_verdict_of_the_caller(nlp_en: Any, sentence: str, verb: str) -> None:
    # « telling farmers … a lie »: the lie is what the accused told, not the caller's verdict on the report
    _, claims = _claims(nlp_en, sentence)
    assert claims[verb].modality == "asserted"


def test_a_verdict_after_a_prepositional_phrase_is_still_the_callers(nlp_en: Any) -> None:
    _, claims = _claims(nlp_en, "The club called a newspaper report saying the coach had played \"in Brazil\" a "
                                "\"shameless fabrication\".")
    assert claims["call"].modality == "denied"


@pytest.mark.parametrize("sentence", [
    "The ministry called a story saying the mayor had sold the stadium \"in 2021\" a \"grotesque fabrication\".",
    "The club called a radio report which claimed the coach had sent the letter to the board a fabrication.",
    "The club called a radio report which claimed the coach had shown the video in the dressing room a fabrication.",
    "The company called a report that said it had promised the contract in March a complete fabrication.",
])
def test_a_thing_given_is_no_recipient_and_leaves_the_verdict_to_the_caller(nlp_en: Any, sentence: str) -> None:
    # « sold the stadium », « sent the letter to the board »: the verb's object is the thing given, not a
    # hearer, so the noun after it is the caller's verdict
    _, claims = _claims(nlp_en, sentence)
    assert claims["call"].modality == "denied"


@pytest.mark.parametrize(("sentence", "modality"), [
    # the model parses the people given to as ``dobj`` when a phrase stands before the noun: they are
    # the recipient all the same, and the lie is what the report says was sold or shown
    ("The bank called a report that said the fund had sold investors in June a lie.", "asserted"),
    ("The senator called a report that said she had promised voters for months a lie.", "asserted"),
    ("The agency called a report that said its director had shown Anna Keller in April a fabrication.", "asserted"),
    # a body is sold as well as sold to: the thing given, the noun the caller's verdict
    ("The league called a report that said the owner had sold the club in 2019 a lie.", "denied"),
])
def test_people_as_the_parsed_object_of_giving_are_its_recipient(nlp_en: Any, sentence: str, modality: str) -> None:
    _, claims = _claims(nlp_en, sentence)
    assert claims["call"].modality == modality


# Parses set by hand (the parser gives sentences of these shapes such trees, but not always), so that the
# rule is tested whatever the model does with them. Each row: word, head, dep, pos, lemma.
_FRONTED = [  # « The union called the report, which said what a lie the manager had told, nonsense. »
    ("The", 1, "det", "DET", "the"), ("union", 2, "nsubj", "NOUN", "union"), ("called", 2, "ROOT", "VERB", "call"),
    ("the", 4, "det", "DET", "the"), ("report", 2, "dobj", "NOUN", "report"), (",", 4, "punct", "PUNCT", ","),
    ("which", 7, "nsubj", "PRON", "which"), ("said", 4, "relcl", "VERB", "say"), ("what", 10, "det", "PRON", "what"),
    ("a", 10, "det", "DET", "a"), ("lie", 14, "dobj", "NOUN", "lie"), ("the", 12, "det", "DET", "the"),
    ("manager", 14, "nsubj", "NOUN", "manager"), ("had", 14, "aux", "AUX", "have"),
    ("told", 7, "ccomp", "VERB", "tell"), (",", 2, "punct", "PUNCT", ","),
    ("nonsense", 2, "npadvmod", "NOUN", "nonsense"), (".", 2, "punct", "PUNCT", "."),
]


Row = tuple[str, int, str, str, str]


def _relative(verb: str, lemma: str, tail: list[Row]) -> list[Row]:
    """« The office <verb> the report, which said <tail> », the verdict closing the tail."""
    return [("The", 1, "det", "DET", "the"), ("office", 2, "nsubj", "NOUN", "office"),
            (verb, 2, "ROOT", "VERB", lemma),
            ("the", 4, "det", "DET", "the"), ("report", 2, "dobj", "NOUN", "report"), (",", 4, "punct", "PUNCT", ","),
            ("which", 7, "nsubj", "PRON", "which"), ("said", 4, "relcl", "VERB", "say"), *tail,
            (".", 2, "punct", "PUNCT", ".")]


# « … the voters had been <told> a lie »: a passive verb of giving still takes the thing given
_PASSIVE_GIVEN = [("the", 9, "det", "DET", "the"), ("voters", 12, "nsubjpass", "NOUN", "voter"),
                  ("had", 12, "aux", "AUX", "have"), ("been", 12, "auxpass", "AUX", "be"),
                  ("told", 7, "ccomp", "VERB", "tell"), ("a", 14, "det", "DET", "a"),
                  ("lie", 12, "dobj", "NOUN", "lie")]
# « … the coach had been <sacked> a lie »: a passive verb that takes no such object: the caller's verdict
_PASSIVE_OTHER = [(w if w != "told" else "sacked", h, d, pos, lem if lem != "tell" else "sack")
                  for w, h, d, pos, lem in _PASSIVE_GIVEN]
# « … it misled voters last year a lie »: an adverbial between a verb and its own object
_GAP = [("it", 9, "nsubj", "PRON", "it"), ("misled", 7, "ccomp", "VERB", "mislead"),
        ("voters", 9, "dative", "NOUN", "voter"), ("last", 12, "amod", "ADJ", "last"),
        ("year", 9, "npadvmod", "NOUN", "year"),
        ("a", 14, "det", "DET", "a"), ("lie", 9, "dobj", "NOUN", "lie")]
# « … it had told voters for years a lie »: a verb of giving with its recipient takes the noun as the
# thing given, a prepositional phrase between them or not
_RECIPIENT_PREP = [("it", 10, "nsubj", "PRON", "it"), ("had", 10, "aux", "AUX", "have"),
                   ("told", 7, "ccomp", "VERB", "tell"), ("voters", 10, "dobj", "NOUN", "voter"),
                   ("for", 10, "prep", "ADP", "for"), ("years", 12, "pobj", "NOUN", "year"),
                   ("a", 15, "det", "DET", "a"), ("lie", 10, "dobj", "NOUN", "lie")]
# « … it had sold for years a lie »: a verb of giving with no recipient: the caller's verdict
_NO_RECIPIENT = [("it", 10, "nsubj", "PRON", "it"), ("had", 10, "aux", "AUX", "have"),
                 ("sold", 7, "ccomp", "VERB", "sell"), ("for", 10, "prep", "ADP", "for"),
                 ("years", 11, "pobj", "NOUN", "year"), ("a", 14, "det", "DET", "a"),
                 ("lie", 10, "dobj", "NOUN", "lie")]
# « … it had served in the army a lie »: a prepositional phrase ends the verb's own complements
_PREP = [("it", 10, "nsubj", "PRON", "it"), ("had", 10, "aux", "AUX", "have"), ("served", 7, "ccomp", "VERB", "serve"),
         ("in", 10, "prep", "ADP", "in"), ("the", 13, "det", "DET", "the"), ("army", 11, "pobj", "NOUN", "army"),
         ("a", 15, "det", "DET", "a"), ("lie", 10, "dobj", "NOUN", "lie")]

# « … it had sold the farm in May a lie »: the thing given as object, no recipient: the caller's verdict
_GIVEN_OBJECT = [("it", 10, "nsubj", "PRON", "it"), ("had", 10, "aux", "AUX", "have"),
                 ("sold", 7, "ccomp", "VERB", "sell"), ("the", 12, "det", "DET", "the"),
                 ("farm", 10, "dobj", "NOUN", "farm"), ("in", 10, "prep", "ADP", "in"),
                 ("May", 13, "pobj", "PROPN", "May"), ("a", 16, "det", "DET", "a"), ("lie", 10, "dobj", "NOUN", "lie")]
# « … it had sent the memo to the mayor a lie »: a « to » dative names the recipient of the thing given
_GIVEN_TO = [("it", 10, "nsubj", "PRON", "it"), ("had", 10, "aux", "AUX", "have"),
             ("sent", 7, "ccomp", "VERB", "send"), ("the", 12, "det", "DET", "the"),
             ("memo", 10, "dobj", "NOUN", "memo"), ("to", 10, "dative", "ADP", "to"),
             ("the", 15, "det", "DET", "the"), ("mayor", 13, "pobj", "NOUN", "mayor"),
             ("a", 17, "det", "DET", "a"), ("lie", 10, "dobj", "NOUN", "lie")]
# « … it had sold investors in May a lie »: a bare dative is the recipient: the lie is the thing sold
_RECIPIENT_DATIVE = [("it", 10, "nsubj", "PRON", "it"), ("had", 10, "aux", "AUX", "have"),
                     ("sold", 7, "ccomp", "VERB", "sell"), ("investors", 10, "dative", "NOUN", "investor"),
                     ("in", 10, "prep", "ADP", "in"), ("May", 12, "pobj", "PROPN", "May"),
                     ("a", 15, "det", "DET", "a"), ("lie", 10, "dobj", "NOUN", "lie")]


def _hung(rows: list[Row]) -> list[tuple[str, str]]:
    """Run the rule on a hand-set parse: (verdict, its new dep) for the nouns hung on another verb."""
    import spacy
    from spacy.tokens import Doc

    from recoupe.lang.en.claims import _hang_verdict
    from recoupe.nlp.modality import _Parse

    words, heads, deps, pos, lemmas = (list(col) for col in zip(*rows, strict=True))
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    p = _Parse(doc)
    before = list(p.head)
    _hang_verdict(p)
    return [(p.lower[t], p.dep[t]) for t in range(len(doc)) if p.head[t] != before[t]]


def test_a_fronted_noun_of_falsehood_neither_breaks_the_reader_nor_moves() -> None:
    # its head (« told ») comes after it: the gap to it is empty (this raised ValueError and stopped the build)
    assert _hung(_FRONTED) == []


def test_a_far_verdict_is_hung_on_a_calling_verb_of_noun_verdicts() -> None:
    assert _hung(_relative("called", "call", _PASSIVE_OTHER)) == [("lie", "oprd")]
    assert _hung(_relative("called", "call", _PREP)) == [("lie", "oprd")]
    assert _hung(_relative("called", "call", _NO_RECIPIENT)) == [("lie", "oprd")]
    assert _hung(_relative("called", "call", _GIVEN_OBJECT)) == [("lie", "oprd")]
    assert _hung(_relative("called", "call", _GIVEN_TO)) == [("lie", "oprd")]


@pytest.mark.parametrize("rows", [
    _relative("called", "call", _PASSIVE_GIVEN),  # « had been told a lie »: the lie is what they were told
    _relative("called", "call", _GAP),  # « misled voters for years a lie »
    _relative("labelled", "label", _RECIPIENT_PREP),  # « told voters for years a lie »
    _relative("called", "call", _RECIPIENT_DATIVE),  # « sold investors in May a lie »
    # « described the report … a lie » is no English: describe takes no noun for verdict
    _relative("described", "describe", _PASSIVE_OTHER),
], ids=["passive-giving", "adverbial-gap", "recipient-prep", "recipient-dative", "describe"])
def test_a_verb_keeps_its_own_object(rows: list[Row]) -> None:
    assert _hung(rows) == []
