"""English quote speakers (issue 15, BASIL round): rules read on BASIL dev's errors, each tested
on sentences of our own."""

from __future__ import annotations

import pytest

from recoupe.model import Article
from recoupe.nlp.quotes import find_quote_spans


@pytest.fixture(scope="module")
def en():  # type: ignore[no-untyped-def]
    from recoupe.lang import pack
    from recoupe.nlp.pipeline import load

    return load(pack("en").model)


def _spans(text: str, lang: str = "en") -> list[str]:
    return [text[s:e] for s, e in find_quote_spans(text, lang)]


def _quotes(en, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    from recoupe.nlp.extract import analyse

    doc = en(text)
    res = analyse(doc, Article(id="t", origin="t", text=text, language="en"))
    return [(q.text, q.speaker) for q in res.quotes]


# --- quotation marks (no model) -----------------------------------------------------------------

def test_quotes_en_closing_mark_glued_to_the_next_sentence():
    text = 'Smith stated, "this must stop. It is wrong. "Smith was referring to a "memo" sent on Monday.'
    assert _spans(text) == ["this must stop. It is wrong.", "memo"]


def test_quotes_en_glued_mark_leaves_paired_marks_alone():
    assert _spans('He said "Stop." "Go," she said.') == ["Stop.", "Go,"]


def test_quotes_fr_has_no_glued_mark_rule():
    text = 'Il a dit "ça suffit. "Dupont parle ensuite.'
    assert _spans(text, "fr") == []


# --- speakers (English model) -------------------------------------------------------------------

@pytest.mark.model
def test_quotes_en_subject_before_a_colon_speaks_the_quote(en):  # type: ignore[no-untyped-def]
    # the clause "X was quick to retort:" ends at the colon, and the quote's own "he said" is the
    # quoted voice speaking, not a frame: the speaker of the paragraph before does not carry over
    text = ('Alan Grey spoke first. "Taxes will rise," he said.\n\n'
            'John Smith was quick to retort: "That is plain wrong. Not a single thing he said is true."')
    assert [s for _, s in _quotes(en, text)] == ["Alan Grey", "John Smith"]


@pytest.mark.model
def test_quotes_en_according_to_after_a_verb_is_no_new_voice(en):  # type: ignore[no-untyped-def]
    # "according to the minutes" says where Jane Roe spoke: her next quote is still hers
    text = ('Jane Roe came in. "The budget is fine," she said, according to the minutes.  '
            '"We will not cut anything at all."')
    assert [s for _, s in _quotes(en, text)] == ["Jane Roe", "Jane Roe"]


@pytest.mark.model
def test_quotes_en_unframed_quote_goes_to_the_subject_not_the_addressee(en):  # type: ignore[no-untyped-def]
    text = ('The manager, Jane Roe, sent an open letter to John Doe on her blog, with “you should show some '
            'restraint in public” as its last line.')
    assert [s for _, s in _quotes(en, text)] == ["Jane Roe"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "speaker"), [
    ('Jane Roe spoke in Ohio on Monday. A senior Roe aide said “we are not done yet” later.', "senior Roe aide"),
    ('Jane Roe spoke in Ohio on Monday. Campaign spokeswoman Ann Lee said “we are not done yet” later.', "Ann Lee"),
    ('Jane Roe spoke in Ohio on Monday. Ann Lee, an aide to Jane Roe, said “we are not done yet” later.', "Ann Lee"),
])
def test_quotes_en_name_modifying_a_role_noun_is_not_the_speaker(en, text, speaker):  # type: ignore[no-untyped-def]
    assert [s for _, s in _quotes(en, text)] == [speaker]


@pytest.mark.model
@pytest.mark.parametrize(("text", "speaker"), [
    ('The Roe campaign retorted with an ad of its own on Tuesday. The ad says: “You paid for years. Now they cut it.”',
     "Roe campaign"),
    ('The union sent a letter to the board on Monday. “We will strike,” the letter says.', "union"),
    ('A letter from the union reached the board on Monday. “We will strike,” the letter says.', "union"),
])
def test_quotes_en_the_ad_speaks_for_whoever_put_it_out(en, text, speaker):  # type: ignore[no-untyped-def]
    assert [s for _, s in _quotes(en, text)] == [speaker]


@pytest.mark.model
def test_quotes_en_a_document_with_no_issuer_before_stays_itself(en):  # type: ignore[no-untyped-def]
    text = 'The board met on Monday. “We will strike,” the letter says.'
    assert [s for _, s in _quotes(en, text)] == ["letter"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "speaker"), [
    ('Pat Roe asked Sam Doe if he had proof. He said, "We have plenty of it."', "Sam Doe"),
    ('Ms. Pat Roe asked Mr. Sam Doe if he had proof. She said, "We want to see it."', "Pat Roe"),
    ('Pat Roe met Sam Doe on Monday. He said, "We have plenty of it."', "Pat Roe"),
])
def test_quotes_en_the_one_asked_answers(en, text, speaker):  # type: ignore[no-untyped-def]
    assert [s for _, s in _quotes(en, text)] == [speaker]


@pytest.mark.model
def test_quotes_en_unframed_quote_is_its_clause_subjects_before_a_run(en):  # type: ignore[no-untyped-def]
    text = ('A Roe campaign aide, though, said “that is a distinction without a difference” on Monday.\n\n'
            'In his interview with Fox News, Sam Doe also hammered Smith for what he called his “utter failure '
            'when it comes to creating jobs.”')
    assert [s for _, s in _quotes(en, text)] == ["Roe campaign aide", "Sam Doe"]


@pytest.mark.model
def test_quotes_en_they_after_a_question_is_not_the_one_asked(en):  # type: ignore[no-untyped-def]
    # only "he" / "she" answer for the one asked; "they" keeps the rules it had
    text = 'Jane Roe asked Sam Doe if he had proof. They said, "We have none at all."'
    assert [s for _, s in _quotes(en, text)] == ["Jane Roe"]


# --- fifth session (basil5) ---------------------------------------------------------------------

@pytest.mark.model
def test_quotes_en_a_participle_on_the_frames_adjunct_is_no_new_voice(en):  # type: ignore[no-untyped-def]
    # "a speech praising the players" says where Jane Roe spoke: her words go on in the next quote
    # and the next paragraph, they are not the speech's
    text = ('"We accept the result. We believe in fair play," the league\'s president, Jane Roe, said in a '
            'speech praising the players. "What worries us is the tone.\n\n'
            '"It is time for them to listen."')
    assert [s for _, s in _quotes(en, text)] == ["Jane Roe"] * 3


@pytest.mark.model
def test_quotes_en_a_new_voice_still_breaks_the_run(en):  # type: ignore[no-untyped-def]
    text = ('"We welcome the vote," Jane Roe said on Monday. Sam Doe, her rival, announced a boycott. '
            '"This vote settles nothing at all."')
    assert [s for _, s in _quotes(en, text)] == ["Jane Roe", "Sam Doe"]


@pytest.mark.model
def test_quotes_en_the_congressman_is_the_representative_named_before(en):  # type: ignore[no-untyped-def]
    text = ('Representative Sam Doe of Ohio spoke on Monday. “I will not resign,” Mr. Doe said.\n\n'
            'The congressman later spoke about the vote. “I stand by it,” he told CNN.')
    assert [s for _, s in _quotes(en, text)] == ["Sam Doe", "Sam Doe"]


@pytest.mark.model
def test_quotes_en_a_role_after_a_closing_quote_is_no_apposition(en):  # type: ignore[no-untyped-def]
    # "... of Jesus Christ,” said Father Reese": "Father" titles the speaker, not the person named
    # last inside the quote
    text = '“This plan helps the rich and ignores the teaching of Jesus Christ,” said Father Reese.'
    assert [s for _, s in _quotes(en, text)] == ["Father Reese"]


@pytest.mark.model
def test_quotes_en_a_surname_the_model_took_for_another_name(en):  # type: ignore[no-untyped-def]
    # the model tags the bare "Reese" as a one-word MISC name: it is the Thomas J. Reese named before
    text = ('Thomas J. Reese, a Jesuit priest, signed the letter on Monday. “This plan serves the rich rather than '
            'the flock of Pope Francis,” said Father Reese. “It is wrong.”')
    assert [s for _, s in _quotes(en, text)] == ["Thomas J. Reese", "Thomas J. Reese"]


@pytest.mark.model
def test_quotes_en_a_name_in_apposition_to_a_role_the_model_took_for_an_org(en):  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    from recoupe.lang.en.sources import ROLE_HEADS
    from recoupe.nlp.extract import _apposed_name

    doc = en('A spokesman for the farmers union, Tom Westbrook, said the plan was “a gift to the banks.”')
    name = next(i for i, t in enumerate(doc) if t.text == "Tom")
    doc.ents = [Span(doc, name, name + 2, label="ORG")]  # the small model's slip on some names
    phrase = doc[0:name + 2]
    assert _apposed_name(phrase, list(doc.ents), ROLE_HEADS).text == "Tom Westbrook"
    doc.ents = [Span(doc, 4, 6, label="ORG")]  # "farmers union": no apposition of "spokesman"
    assert _apposed_name(phrase, list(doc.ents), ROLE_HEADS) is None


@pytest.mark.model
def test_quotes_en_a_suit_speaks_for_who_filed_it_not_its_relative_clause(en):  # type: ignore[no-untyped-def]
    # the model tags the lower-case "marijuana" as a person; "where ..." says where, not who; "the
    # suit" is "the complaint" named before
    text = ('Two states went to court on Monday. The complaint from Kansas and Iowa, where marijuana remains a '
            'crime, claims that the law "left a gap in the rules."\n\n'
            '"Cheap drugs cross into our towns," the suit says.')
    assert [s for _, s in _quotes(en, text)] == ["Kansas and Iowa", "Kansas and Iowa"]


@pytest.mark.model
def test_quotes_en_the_advertisement_is_the_commercial_named_before(en):  # type: ignore[no-untyped-def]
    text = ('The Roe campaign answered with a new television commercial. '
            '"Your savings are at risk," the advertisement says.')
    assert [s for _, s in _quotes(en, text)] == ["Roe campaign"]


@pytest.mark.model
def test_quotes_en_a_statement_named_again_keeps_its_issuer(en):  # type: ignore[no-untyped-def]
    text = ('"We regret the ruling and will appeal," said the statement from the mayor\'s lawyer, Sam Doe. '
            'The statement said the mayor "will be cleared." "Until then, he will keep serving the city," '
            'the statement said.')
    assert [s for _, s in _quotes(en, text)] == ["Sam Doe"] * 3


@pytest.mark.model
def test_quotes_en_said_in_a_statement_that(en):  # type: ignore[no-untyped-def]
    # the parser hangs "that the memo was ..." on "statement": it is still what was said
    text = ('Rep. Jane Roe, the top Democrat on the House Budget Committee, said in a statement that the memo '
            'was "a misleading document."')
    assert [s for _, s in _quotes(en, text)] == ["Jane Roe"]


@pytest.mark.model
def test_quotes_en_a_participle_clause_is_no_part_of_the_name(en):  # type: ignore[no-untyped-def]
    text = 'Trump, speaking at a rally in Ohio, said: "We will build the wall and Mexico will pay."'
    assert [s for _, s in _quotes(en, text)] == ["Trump"]


@pytest.mark.model
@pytest.mark.parametrize(("epithet", "speaker"), [("Massachusetts Democrat", "Jane Roe"),
                                                  ("Texas Republican", "John Doe")])
def test_quotes_en_the_state_party_member_is_the_one_given_that_party(en, epithet, speaker):  # type: ignore[no-untyped-def]
    text = f'Sen. Jane Roe, D-Mass., and Sen. John Doe, R-Texas, met on Monday. "It is wrong," the {epithet} said.'
    assert [s for _, s in _quotes(en, text)] == [speaker]


@pytest.mark.model
def test_quotes_en_a_letter_someone_sent_speaks_for_them_through_both_participles(en):  # type: ignore[no-untyped-def]
    text = ('The bank stayed silent. John Doe, the head of the airline, sent her a letter citing the '
            'region\'s “steady growth” and saying, “This bill could undo years of work.”')
    assert [s for _, s in _quotes(en, text)] == ["John Doe", "John Doe"]


@pytest.mark.model
def test_quotes_en_a_participle_coordinated_with_a_carriers_speaks_for_it_too(en):  # type: ignore[no-untyped-def]
    # "saying" hangs on "citing", which hangs on "letter": the letter says it, and the union sent it
    text = 'The union sent the mayor a letter citing the “budget crisis” and saying, “We cannot accept any more cuts.”'
    assert [s for _, s in _quotes(en, text)] == ["union", "union"]


@pytest.mark.model
def test_quotes_en_a_letter_signed_by_people_speaks_for_them(en):  # type: ignore[no-untyped-def]
    text = ('Nurses wrote to the mayor on Monday. A letter signed by 40 nurses at the hospital was sent to her '
            'office. The letter says, “We cannot stay silent any longer.”')
    assert [s for _, s in _quotes(en, text)] == ["40 nurses"]


@pytest.mark.model
def test_quotes_en_what_comes_in_a_letter_did_not_put_it_out(en):  # type: ignore[no-untyped-def]
    # "in a statement" names the issuer only after a reporting verb ("said in a statement")
    text = 'The newest complaint arrives in a letter. The letter says, “We cannot stay silent.”'
    assert [s for _, s in _quotes(en, text)] == ["letter"]
