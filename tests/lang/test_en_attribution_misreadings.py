"""English attribution misreadings that left a line in the outlet's own voice (issue 13, extraction
side): a saying the tagger lost, an aside read as the speaker, a quotation after « X said, », a ship
read as a person, charges read as a person, « doubts … will » read as a plain report. Invented
sentences only."""

from __future__ import annotations

import pytest

from recoupe.model import Article


@pytest.fixture(scope="module")
def en():  # type: ignore[no-untyped-def]
    from recoupe.lang import pack
    from recoupe.nlp.pipeline import load

    return load(pack("en").model)


def _claims(en, text: str):  # type: ignore[no-untyped-def]
    from recoupe.nlp.extract import analyse

    return analyse(en(text), Article(id="t", origin="t", text=text, language="en")).claims


def _claim(en, text: str, predicate: str):  # type: ignore[no-untyped-def]
    found = [c for c in _claims(en, text) if c.predicate == predicate]
    assert found, [(c.predicate, c.text) for c in _claims(en, text)]
    return found[0]


# --- « doubts … will » is the speaker's guess, not a report ---------------------------------------

def test_doubt_under_a_saying_is_speculative(en):  # type: ignore[no-untyped-def]
    c = _claim(en, "She said she doubts the ferry will sail in June.", "sail")
    assert (c.modality, c.attributed_to) == ("speculative", "She")


def test_doubt_under_a_statement_participle_is_speculative(en):  # type: ignore[no-untyped-def]
    c = _claim(en, "The coach put out a statement saying he doubts fines will be imposed.", "impose")
    assert c.modality == "speculative"


def test_plain_saying_stays_reported(en):  # type: ignore[no-untyped-def]
    c = _claim(en, "She said she hopes nothing and the ferry will sail in June.", "sail")
    assert c.modality == "reported"


# --- « according to charges filed Tuesday »: papers, not a person ---------------------------------

def test_charges_filed_on_a_day_are_a_document(en):  # type: ignore[no-untyped-def]
    c = _claim(en, "A cashier accused of emptying the till had a second key, according to charges filed Tuesday.",
               "have")
    assert (c.modality, c.source_type) == ("reported", "document")


def test_officers_called_to_a_scene_stay_people(en):  # type: ignore[no-untyped-def]
    c = _claim(en, "The cashier had a second key, according to officers called to the shop.", "have")
    assert c.source_type != "document"


# --- « X said, "…" »: the quotation is X's, not the outlet's --------------------------------------

def test_quotation_after_said_comma_is_the_speakers(en):  # type: ignore[no-untyped-def]
    claims = _claims(en, 'Mayor Okafor said, "Transit reform is about every commuter\'s morning."')
    assert [(c.modality, c.attributed_to, c.text) for c in claims] == [
        ("reported", "Okafor", "Transit reform is about every commuter's morning")]


def test_said_with_a_clause_of_its_own_is_unchanged(en):  # type: ignore[no-untyped-def]
    c = _claim(en, 'Mayor Okafor said, "We will repave the avenue."', "repave")
    assert (c.modality, c.attributed_to) == ("reported", "Okafor")


def test_a_saying_with_an_infinitive_keeps_its_sentence(en):  # type: ignore[no-untyped-def]
    # only a finite clause the reader left stands for the sentence; an infinitive does not
    claims = _claims(en, "Citing a confidentiality agreement with clients, Varga declined to discuss the players.")
    assert not any("agreement" in c.attributed_to for c in claims)
    assert "call" in {c.predicate for c in _claims(en, "I'm calling on parents to speak up for the teachers.")}


def test_a_trailing_speaker_after_an_aside_takes_the_line(en):  # type: ignore[no-untyped-def]
    claims = _claims(en, "The trawlers are from Chile and Peru, two countries bordering the Pacific Ocean, "
                         "Sergeant Varga said.")
    assert claims and all(c.modality == "reported" and c.attributed_to.endswith("Varga") for c in claims)
    assert not any("Varga said" in c.text for c in claims)


# --- « Constable X allege … », « Police allege X, 52, … »: a saying the tagger lost ---------------

def test_title_and_name_then_allege_attribute_the_clause(en):  # type: ignore[no-untyped-def]
    c = _claim(en, "Sergeant Paul Dorsey allege the dismissed clerk, Lyle Varga, 52, set fire to a depot Monday.",
               "set")
    assert c.attributed_to == "Sergeant Paul Dorsey" and c.modality != "asserted"
    assert not c.text.startswith("Sergeant")


def test_body_then_allege_before_a_name_attributes_the_clause(en):  # type: ignore[no-untyped-def]
    c = _claim(en, "Police allege Lyle Varga, 52, set fire to a depot Monday, injuring two men.", "set")
    assert c.attributed_to == "Police" and c.modality != "asserted"


def test_a_named_report_as_subject_is_no_lost_saying(en):  # type: ignore[no-untyped-def]
    c = _claim(en, "The Dorsey report found the clerk set the fire.", "set")
    assert c.attributed_to == "Dorsey report"


@pytest.mark.parametrize("text", [
    "But county rules require a permit for street vendors.",
    "Most forecast models give the incumbent a clear edge.",
    "The State Treasury could also freeze the accounts.",
])
def test_an_opening_noun_phrase_is_no_lost_saying(en, text: str):  # type: ignore[no-untyped-def]
    assert not any(f.surface for f in en(text)._.frames)


# --- a ship is no speaker --------------------------------------------------------------------------

def test_he_added_never_stands_for_a_ship(en):  # type: ignore[no-untyped-def]
    text = ("A navy frigate, HMS Kent, stopped two boats of smugglers.\n\nThe smugglers had surrounded the "
            "tanker when HMS Kent intervened, a navy spokesperson said.\n\nThe tanker was later escorted to "
            "port, he added.")
    c = _claim(en, text, "escort")
    assert c.modality == "reported" and "Kent" not in c.attributed_to


def test_a_ships_bare_name_is_no_speaker_either(en):  # type: ignore[no-untyped-def]
    text = ("A navy frigate, HMS Kent, stopped two boats.\n\nThe smugglers were later taken on board the Kent, "
            "he said.")
    assert "Kent" not in _claim(en, text, "take").attributed_to


def test_he_added_still_stands_for_a_captain(en):  # type: ignore[no-untyped-def]
    text = ("Captain Lyle Varga stopped two boats of smugglers.\n\nThe tanker was later escorted to port, "
            "he added.")
    c = _claim(en, text, "escort")
    assert c.attributed_to == "Lyle Varga"


# --- revf28: where the lost saying's clause ends, a common-noun speaker, a negated doubt ----------

@pytest.mark.parametrize(("text", "predicate"), [
    ("Police allege Lyle Varga, 52, set fire to a depot Monday, a claim his lawyer denies.", "deny"),
    ("Police allege Lyle Varga fled the scene; he was never charged.", "charge"),
    ("Police allege Lyle Varga set fire to the depot, though a court cleared him in May.", "clear"),
])
def test_the_alleged_clause_ends_before_what_others_say_or_the_outlet_states(en, text: str, predicate: str) -> None:  # type: ignore[no-untyped-def]
    assert _claim(en, text, predicate).attributed_to != "Police"
    assert _claim(en, text, {"deny": "set", "charge": "flee", "clear": "set"}[predicate]).attributed_to == "Police"


def test_a_common_noun_speaker_after_the_aside_is_the_speaker(en):  # type: ignore[no-untyped-def]
    c = _claim(en, "The trawlers are from Chile and Peru, two countries bordering the Pacific Ocean,"
                   " a coastguard spokesman said.", "be")
    assert c.attributed_to == "coastguard spokesman" and c.modality == "reported"


@pytest.mark.parametrize("text", [
    "The minister said she did not doubt the plant would close in May.",
    "The mayor said nobody doubted the plant would close in May.",
])
def test_a_negated_doubt_is_certainty_not_a_guess(en, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _claim(en, text, "close").modality == "reported"


def test_a_saying_in_a_relative_clause_leaves_the_sentence_its_own_claim(en):  # type: ignore[no-untyped-def]
    claims = _claims(en, "The mayor, who said reform is about the future, is now in prison.")
    assert any("prison" in c.text for c in claims), [(c.predicate, c.text) for c in claims]


def test_a_person_who_shares_a_ships_name_still_speaks(en):  # type: ignore[no-untyped-def]
    text = ("A navy frigate, HMS Kent, stopped two boats of smugglers. Commander Lyle Kent said the smugglers"
            " were armed. They were later handed to the police in Oman, Kent added.")
    c = _claim(en, text, "hand")
    assert c.attributed_to == "Lyle Kent", c.attributed_to  # not the ship, nor a bare « Kent » left unlinked
