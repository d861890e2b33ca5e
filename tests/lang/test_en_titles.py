"""English abbreviated titles before a name (« Lt. », « Const. »): one word, the sentence left whole,
the title kept as the person's role. Sentences of our own."""

from __future__ import annotations

import pytest

from recoupe.lang import pack
from recoupe.lang.en.sources import ROLE_ALIASES, TITLE_ABBREVIATIONS
from recoupe.model import Article


@pytest.fixture(scope="module")
def en():  # type: ignore[no-untyped-def]
    from recoupe.nlp.pipeline import load

    return load(pack("en").model)


def test_titles_are_english_pack_data():
    assert pack("en").abbreviations == TITLE_ABBREVIATIONS
    assert {"Lt.", "Sgt.", "Const.", "Capt.", "Det.", "Supt.", "Msgr."} <= TITLE_ABBREVIATIONS
    assert pack("fr").abbreviations == frozenset()  # the French tokenizer is left as it was
    # a title that never ends a sentence, not a suffix or a state that may ("Sr.", "Col." for Colorado)
    assert "Sr." not in TITLE_ABBREVIATIONS and "Col." not in TITLE_ABBREVIATIONS
    assert "lt." in ROLE_ALIASES["lieutenant"] and "sgt." in ROLE_ALIASES["sergeant"]


@pytest.mark.model
def test_title_is_one_token_and_the_sentence_one(en):  # type: ignore[no-untyped-def]
    doc = en("Marsh Valley Police Sgt. Olga Brent said the van was found empty. Const. Ray Tull agreed.")
    assert "Sgt." in [t.text for t in doc] and "Const." in [t.text for t in doc]
    assert [s.text for s in doc.sents] == ["Marsh Valley Police Sgt. Olga Brent said the van was found empty.",
                                           "Const. Ray Tull agreed."]


@pytest.mark.model
def test_title_is_the_persons_role(en):  # type: ignore[no-untyped-def]
    from recoupe.nlp.extract import analyse

    text = ("Marsh Valley Police Lt. Olga Brent said the van was found empty near the quarry. "
            "The driver had fled, the lieutenant said.")
    doc = en(text)
    res = analyse(doc, Article(id="t", origin="t", text=text, language="en"))
    assert ("Olga Brent", "Marsh Valley Police Lt.") in [(m.text, m.role) for m in res.mentions]
    # the claim is attributed to the person, and "the lieutenant" is read as her
    assert [c.attributed_to for c in res.claims] == ["Olga Brent", "Olga Brent"]
    assert not any(c.text.rstrip(".").endswith("Lt") for c in res.claims)


@pytest.mark.model
def test_title_alone_is_no_entity_and_a_date_no_body(en):  # type: ignore[no-untyped-def]
    doc = en("On Monday Brig. Gen. Hal Oyelaran inspected the depot.")
    assert [e.text for e in doc.ents if e.label_ != "DATE"] == ["Hal Oyelaran"]
    assert list(doc._.roles.values()) == ["Brig. Gen."]


@pytest.mark.model
def test_an_office_ending_in_general_is_no_rank(en):  # type: ignore[no-untyped-def]
    """« the surgeon general » is not the « Maj. Gen. » named before; « the general » alone still is."""
    from recoupe.nlp.extract import analyse

    for office, speaker in [("surgeon general", "surgeon general"), ("general", "Ada Okafor")]:
        text = (f"Maj. Gen. Ada Okafor toured the harbour on Friday. The {office} said the water was clean.")
        res = analyse(en(text), Article(id="t", origin="t", text=text, language="en"))
        said = [c.attributed_to for c in res.claims if c.predicate == "clean"]
        assert said == [speaker], [(c.predicate, c.attributed_to) for c in res.claims]


@pytest.mark.model
def test_an_outlet_told_something_is_not_the_title_s_body(en):  # type: ignore[no-untyped-def]
    # « told ABC »: the outlet is the verb's object, not the body the sergeant belongs to
    doc = en("The clerk told ABC Sgt. Mira Dunn was on leave.")
    assert list(doc._.roles.values()) == ["Sgt."]
    doc = en("Marsh Valley Police Lt. Olga Brent said the van was found empty.")
    assert list(doc._.roles.values()) == ["Marsh Valley Police Lt."]


@pytest.mark.model
def test_a_title_may_close_a_sentence(en):  # type: ignore[no-untyped-def]
    # a rank closing a sentence, then « The » or « Two »: two sentences; a name after it: one
    assert len(list(en("The nurse was made a Capt. The ward closed a month later.").sents)) == 2
    assert len(list(en("They met a Sgt. Two weeks later the case was shut.").sents)) == 2
    assert len(list(en("The nurse thanked Capt. Rosa Lind for the report.").sents)) == 1


@pytest.mark.model
def test_a_medium_glued_to_a_rank_is_the_relay(en):  # type: ignore[no-untyped-def]
    # the parser makes « ABC » a compound of « Sgt. Mira Dunn »: no newsroom holds a rank, so the
    # medium is where the words went, and neither her body nor part of the source
    from recoupe.nlp.extract import analyse

    cases = [  # text, role, (speaker, relay) of the claim
        ("The clerk told ABC Sgt. Mira Dunn had gone home early.", "Sgt.", ("clerk", "ABC")),
        ("According to CBS News Capt. Rufus Hale, the pier stayed shut.", "Capt.", ("Rufus Hale", "CBS News")),
        ("The pier stayed shut overnight, CBS News Capt. Rufus Hale said.", "Capt.", ("Rufus Hale", "CBS News")),
    ]
    for text, role, said in cases:
        doc = en(text)
        assert list(doc._.roles.values()) == [role], text
        res = analyse(doc, Article(id="t", origin="t", text=text, language="en"))
        assert [(c.attributed_to, c.relay) for c in res.claims] == [said], text
    # a body that is no medium, and a medium that owns the name (« CBS News' »), stay as they were
    doc = en("Marsh Valley Police Capt. Rufus Hale said the pier stayed shut.")
    assert list(doc._.roles.values()) == ["Marsh Valley Police Capt."]
    res = analyse(doc, Article(id="t", origin="t", text=doc.text, language="en"))
    assert [c.relay for c in res.claims] == [""]


@pytest.mark.model
def test_a_force_holding_an_agency_s_initials_is_no_medium(en):  # type: ignore[no-untyped-def]
    # « PA » is a wire service's initials, but « PA State Police » is a force: its sergeant's role
    # keeps the force (so the police and she are one source) and the claim gets no relay
    from recoupe.nlp.extract import analyse

    for text, role in [
        ("The ferry lane stayed shut, PA State Police Sgt. Mira Dunn said.", "PA State Police Sgt."),
        ("According to PA State Police Cpl. Jane Roe, the ferry lane stayed shut.", "PA State Police Cpl."),
    ]:
        doc = en(text)
        assert list(doc._.roles.values()) == [role], text
        res = analyse(doc, Article(id="t", origin="t", text=text, language="en"))
        assert [c.relay for c in res.claims] == [""], text


@pytest.mark.model
def test_a_rank_in_the_incise_keeps_the_claim_before_it(en):  # type: ignore[no-untyped-def]
    # with « Lt. » in the incise the tagger takes « closed » for an adjective (JJ), though the parser
    # gives it a passive auxiliary: the clause was lost, « said » left as the only claim
    from recoupe.nlp.extract import analyse

    text = "The road was closed, Lt. Paul Grant said."
    res = analyse(en(text), Article(id="t", origin="t", text=text, language="en"))
    assert [(c.text, c.modality, c.attributed_to) for c in res.claims] == [
        ("The road was closed", "reported", "Paul Grant")]
