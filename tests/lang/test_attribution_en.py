"""English attribution and quotes (recoupe.lang.en): frames, quotation marks, speakers, on the
English pipeline (en_core_web_sm) and on plain strings for the surface rules."""

from __future__ import annotations

import pytest

from recoupe.lang.en.quotes import extra_spans
from recoupe.model import Article
from recoupe.nlp.quotes import find_quote_spans


@pytest.fixture(scope="module")
def en():  # type: ignore[no-untyped-def]
    from recoupe.lang import pack
    from recoupe.nlp.pipeline import load

    return load(pack("en").model)


def _frames(en, text: str):  # type: ignore[no-untyped-def]
    doc = en(text)
    return doc, doc._.frames


def _spans(text: str) -> list[str]:
    return [text[s:e] for s, e in find_quote_spans(text, "en")]


# --- surface rules (no model) -------------------------------------------------------------------

def test_quotes_en_paragraph_left_open_runs_into_the_next():
    text = '"We will rebuild the port.\n\n"It will take years," the mayor said.'
    assert _spans(text) == ["We will rebuild the port.", "It will take years,"]


def test_quotes_en_closed_paragraph_is_not_extended():
    text = '"We will rebuild," she said.\n\n"It will take years," the mayor said.'
    assert _spans(text) == ["We will rebuild,", "It will take years,"]


def test_quotes_en_single_marks_only_in_a_short_headline():
    text = "Minister: 'We will not resign'\n\nThe minister's 'plan' was not read as a quote here."
    assert _spans(text) == ["We will not resign"]


def test_quotes_en_apostrophes_are_not_quotes():
    assert extra_spans("Pilots' pay isn't the issue\n\nBody text.") == []


def test_quotes_en_doubled_apostrophe_marks():
    text = "''This isn't reform,'' said an economist."
    assert _spans(text) == ["This isn't reform,"]


def test_quotes_fr_patterns_unchanged_for_french():
    text = "« Il faut partir », a-t-il dit. 'pas ici'"
    assert _spans(text)[:1] == ["Il faut partir"]
    assert [text[s:e] for s, e in find_quote_spans(text)] == ["Il faut partir"]


# --- frames on the English parse ----------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "source", "cue", "kind", "content"), [
    ("Officials said on Tuesday that the talks had failed.", "Officials", "say", "verb", "the talks had failed"),
    ('"We will not back down," said Jane Doe, a spokeswoman for the ministry.',
     "Jane Doe, a spokeswoman for the ministry", "say", "inverted", "We will not back down"),
    ("Dockworkers at the port walked out, Karim Haddad told reporters.", "Karim Haddad", "tell", "inverted",
     "Dockworkers at the port walked out"),
    ("The plan, he said on Tuesday, is dead.", "he", "say", "verb", "The plan, he said on Tuesday, is dead"),
    ("A source close to the negotiations said the deal was done.", "A source close to the negotiations", "say",
     "verb", "the deal was done"),
    ("The minister denied the allegations.", "The minister", "deny", "nominal", "the allegations"),
    ("The senator said: the vote will be held next week.", "The senator", "say", "colon",
     "the vote will be held next week"),
])
def test_attribution_en_frame(en, text, source, cue, kind, content):  # type: ignore[no-untyped-def]
    doc, frames = _frames(en, text)
    found = [f for f in frames if f.cue == cue]
    assert found, [(f.source, f.cue) for f in frames]
    f = found[0]
    assert (f.source, f.kind) == (source, kind)
    assert doc[f.scope_start:f.scope_end].text.strip(' ",') == content


@pytest.mark.model
def test_attribution_en_according_to(en):  # type: ignore[no-untyped-def]
    doc, frames = _frames(en, "According to the ministry, 12 people were killed.")
    (f,) = frames
    assert (f.source, f.cue, f.kind) == ("the ministry", "according to", "prep")
    assert doc[f.scope_start:f.scope_end].text == "12 people were killed"


@pytest.mark.model
@pytest.mark.parametrize(("text", "source", "relay"), [
    ("The Daily Courier reported, citing two officials, that the deal was off.", "two officials",
     "The Daily Courier"),
    ("Officials quoted by Reuters said the plan was dead.", "Officials", "Reuters"),
    ("The colonel told Reuters the plan was dead.", "The colonel", "Reuters"),
])
def test_attribution_en_relays(en, text, source, relay):  # type: ignore[no-untyped-def]
    _, frames = _frames(en, text)
    (f,) = [f for f in frames if f.kind != "prep"]
    assert (f.source, f.relay) == (source, relay)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The reported deal collapsed on Friday.",
    "It was reported that the deal collapsed.",
    "There is no plan, and the talks went on.",
])
def test_attribution_en_no_frame(en, text):  # type: ignore[no-untyped-def]
    assert _frames(en, text)[1] == []


@pytest.mark.model
def test_attribution_en_first_person_inside_a_quote_is_the_quoted_voice(en):  # type: ignore[no-untyped-def]
    _, frames = _frames(en, '"I think we will win," the candidate said.')
    assert [(f.source, f.cue) for f in frames] == [("the candidate", "say")]


@pytest.mark.model
def test_attribution_en_content_runs_over_the_quotation(en):  # type: ignore[no-untyped-def]
    text = '"The port is closed. Nobody works," the mayor said. "We wait."\n\nOther news followed.'
    doc, frames = _frames(en, text)
    (f,) = frames
    assert doc[f.scope_start:f.scope_end].text.startswith("The port is closed. Nobody works")
    assert doc[f.scope_start:f.scope_end].text.rstrip('."').endswith("We wait")


@pytest.mark.model
@pytest.mark.parametrize(("text", "kind"), [
    ("Officials said the talks failed.", "anonymous"),
    ("A source close to the talks said they failed.", "anonymous"),
    ("Reuters said the talks failed.", "media"),
    ("The ministry said the talks failed.", "organisation"),
    ("The report said the talks failed.", "document"),
])
def test_attribution_en_source_kind(en, text, kind):  # type: ignore[no-untyped-def]
    from recoupe.nlp.attribution import source_kind

    doc, frames = _frames(en, text)
    f = frames[0]
    assert source_kind(doc, f.source_start, f.source_end) == kind


# --- quotes and speakers through analyse() ------------------------------------------------------

def _quotes(en, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    from recoupe.nlp.extract import analyse

    doc = en(text)
    res = analyse(doc, Article(id="t", origin="t", text=text, language="en"))
    return [(q.text, q.speaker) for q in res.quotes]


@pytest.mark.model
def test_quotes_en_pronoun_speaker_resolved(en):  # type: ignore[no-untyped-def]
    text = ('Karim Haddad, the port director, spoke on Monday. "The cranes are idle," he said.\n\n'
            'He added: "We need a deal."')
    assert _quotes(en, text) == [("The cranes are idle,", "Karim Haddad"), ("We need a deal.", "Karim Haddad")]


@pytest.mark.model
def test_quotes_en_paragraph_spanning_quote_takes_the_closing_speaker(en):  # type: ignore[no-untyped-def]
    text = ('The strike went on.\n\n"The cranes are idle.\n\n"We need a deal," said Jane Doe, '
            'a union official.')
    got = _quotes(en, text)
    assert [s for _, s in got] == ["Jane Doe", "Jane Doe"]


@pytest.mark.model
def test_quotes_en_speaker_is_the_head_not_the_apposition(en):  # type: ignore[no-untyped-def]
    text = 'Jane Doe, the communications director for Rep. John Roe, wrote that they should "show some respect."'
    assert _quotes(en, text) == [("show some respect.", "Jane Doe")]


@pytest.mark.model
def test_quotes_en_role_stands_for_the_named_holder(en):  # type: ignore[no-untyped-def]
    text = ('Secretary of State Alan Grey arrived in the capital on Monday.\n\n'
            '"We are ready," the Secretary of State said.')
    assert _quotes(en, text) == [("We are ready,", "Alan Grey")]


@pytest.mark.model
def test_quotes_en_naming_word_is_no_quote(en):  # type: ignore[no-untyped-def]
    text = 'The army launched an offensive dubbed "Northern Shield" on Monday.'
    assert _quotes(en, text) == []


@pytest.mark.model
def test_attribution_en_incise_between_two_quotations_keeps_the_first(en):  # type: ignore[no-untyped-def]
    # the parser reads « A,'' X said. ''B » as one sentence with two clauses on "said": the one past
    # the full stop is the next sentence; the quotation run then joins A and B over the incise
    text = "''The vote was rigged,'' Mr. Grey said. ''The count must start again.''"
    doc, frames = _frames(en, text)
    (f,) = frames
    assert f.source == "Mr. Grey" and f.kind == "inverted"
    content = doc[f.scope_start:f.scope_end].text
    assert content.startswith("The vote was rigged") and content.rstrip(".'").endswith("start again")


@pytest.mark.model
@pytest.mark.parametrize(("text", "source", "content"), [
    ("Poll: Young Voters Turn Away From Both Parties\n\nThe survey was taken in May.", "Poll",
     "Young Voters Turn Away From Both Parties"),
    ("Grey: The Port Will Reopen Next Week\n\nThe mayor spoke on Monday.", "Grey", "The Port Will Reopen Next Week"),
    # a record that runs the lead on after the headline: the label's words end with the headline
    ("Grey: the port will reopen next week. The mayor spoke to dockers on Monday.", "Grey",
     "the port will reopen next week"),
    # ... however long the lead it runs into: the headline is its first sentence
    ("Grey: the port will reopen next week. The mayor spoke to dockers and to the harbour board on Monday, after "
     "a month of repairs to the outer wall, with the ferries back first, then the freight "
     "lines, once the cranes had been tested by the inspectors.", "Grey", "the port will reopen next week"),
])
def test_attribution_en_headline_source_before_a_colon(en, text, source, content):  # type: ignore[no-untyped-def]
    doc, frames = _frames(en, text)
    assert [(f.source, doc[f.scope_start:f.scope_end].text) for f in frames] == [(source, content)]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Analysis: The Port Will Reopen Next Week\n\nThe mayor spoke on Monday.",
    "The port reopened.\n\nNew Rules: the mayor signed them on Monday.",  # not the headline
])
def test_attribution_en_rubric_or_body_label_is_no_source(en, text):  # type: ignore[no-untyped-def]
    assert _frames(en, text)[1] == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "speaker"), [
    # "she" is the person described as a woman, not the subject of unknown gender named last
    ('Alan Grey welcomed Dana Roe, a spokeswoman for the council, on Monday. "We have a deal," she said.',
     "Dana Roe"),
    ('Dana Roe met Mr. Alan Grey and the mayor on Monday. "We have a deal," he said.', "Alan Grey"),
    ('The minister met Dana Roe and her husband, Alan Grey, on Monday. "It went well," he said.', "Alan Grey"),
    # no word gives a gender: the subject named last speaks, as before
    ('Dana Roe met Alan Grey on Monday. "We have a deal," she said.', "Dana Roe"),
])
def test_quotes_en_pronoun_agrees_with_a_described_gender(en, text, speaker):  # type: ignore[no-untyped-def]
    assert [s for _, s in _quotes(en, text)] == [speaker]


def test_described_gender_words_are_english_words_not_names():
    from recoupe.lang.en.sources import GENDERED_WORDS

    assert GENDERED_WORDS["spokeswoman"] == "Fem" and GENDERED_WORDS["mr."] == "Masc"
    assert all(w == w.lower() for w in GENDERED_WORDS)


@pytest.mark.model
@pytest.mark.parametrize(("text", "source", "cue", "content"), [
    # a comment clause "as X noted" attributes its host clause
    ("As Mr. Grey noted, the port will stay closed until May.", "Mr. Grey", "note",
     "the port will stay closed until May"),
    ("The port will stay closed until May, as Mr. Grey noted.", "Mr. Grey", "note",
     "The port will stay closed until May"),
    # "citing" after a verb that reports nothing: the subject gives what it cites as its reason
    ("The court blocked the sale of the plant, citing a threat to public health.", "The court", "cite",
     "a threat to public health"),
    # "X was quick to add that ...": the subject of the adjective's verb speaks
    ("Smith was quick to add that the plan was dead.", "Smith", "add", "the plan was dead"),
])
def test_attribution_en_comment_clauses_and_participles(en, text, source, cue, content):  # type: ignore[no-untyped-def]
    doc, frames = _frames(en, text)
    assert [(f.source, f.cue, doc[f.scope_start:f.scope_end].text) for f in frames] == [(source, cue, content)]


@pytest.mark.model
def test_attribution_en_citing_after_a_reporting_verb_stays_a_relay(en):  # type: ignore[no-untyped-def]
    _, frames = _frames(en, "The Daily Courier reported, citing two officials, that the deal was off.")
    assert [(f.source, f.relay) for f in frames] == [("two officials", "The Daily Courier")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "speaker"), [
    # a person named as the subject after the last frame is who "she" now is
    ('"The plan is dead," the minister said on Monday. Dana Roe later apologized for her remarks. '
     '"I was wrong," she said.', "Dana Roe"),
    # a person only named in a complement does not take over
    ('"The plan is dead," Alan Grey said on Monday. The vote was delayed by Dana Roe. "It is over," he said.',
     "Alan Grey"),
])
def test_quotes_en_pronoun_follows_the_person_the_text_is_now_about(en, text, speaker):  # type: ignore[no-untyped-def]
    assert [s for _, s in _quotes(en, text)][-1] == speaker


@pytest.mark.model
def test_quotes_en_pronoun_not_taken_over_by_a_name_inside_the_quote(en):  # type: ignore[no-untyped-def]
    text = ('Alan Grey spoke on television on Sunday, urging the council to act.\n\n'
            '"Mayor Dana Roe has said that she is determined to act," he said.')
    assert [s for _, s in _quotes(en, text)] == ["Alan Grey"]


@pytest.mark.model
def test_quotes_en_untagged_surname_is_the_person_named_before(en):  # type: ignore[no-untyped-def]
    from recoupe.nlp.extract import _surname_mentions

    doc = en("Dana Lauten wrote a post on Monday. Lauten later apologized.")
    people = [e for e in doc.ents if e.label_ == "PER"]
    assert [e.text for e in people] == ["Dana Lauten"]  # the model leaves the second mention untagged
    assert [(e.text, e.start) for e in _surname_mentions(doc, people)] == [("Dana Lauten", 0), ("Lauten", 8)]
    assert _surname_mentions(doc, []) == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "source", "cue", "content"), [
    # a wish, a plan, a stance attributes what follows as a saying verb does (PARC, PolNeAR)
    ("The senator wants to raise taxes on large estates.", "The senator", "want",
     "to raise taxes on large estates"),
    ("The mayor blamed the union for the strike.", "The mayor", "blame", "the union for the strike"),
    ("The governor spoke of a crisis in the schools.", "The governor", "speak", "a crisis in the schools"),
    ("The council voted on Monday and called for a new inquiry.", "The council", "call", "a new inquiry"),
    # a non-restrictive relative clause comments on the content, it is not part of it
    ("The minister acknowledged the cost of the floods, which surprised her allies.", "The minister",
     "acknowledge", "the cost of the floods"),
    # a wish under a saying verb is what the sayer says, not a second source
    ("The coach said he plans to retire next year.", "The coach", "say", "he plans to retire next year"),
    # a frame inside a quotation that someone else is reported to have said is the quoted voice's own
    ('"Nobody believes the port will reopen soon," the harbour master said.', "the harbour master", "say",
     "Nobody believes the port will reopen soon,"),  # the quotation as marked
])
def test_attribution_en_stance_verbs_and_top_level_frames(en, text, source, cue, content):  # type: ignore[no-untyped-def]
    doc, frames = _frames(en, text)
    assert [(f.source, f.cue, doc[f.scope_start:f.scope_end].text) for f in frames] == [(source, cue, content)]


@pytest.mark.model
@pytest.mark.parametrize(("text", "frames"), [
    # a noun of saying with its own source and content
    ("The senator's claim that the bridge was unsafe worried the town.",
     [("The senator", "claim", "the bridge was unsafe")]),
    # ... and under a saying verb it is what the sayer says
    ("The mayor rejected the senator's claim that the bridge was unsafe.",
     [("The mayor", "reject", "the senator's claim that the bridge was unsafe")]),
    ("Reporters read Smith's comments about the budget.", [("Smith", "comment", "the budget")]),
    # a noun with no named source opens no frame
    ("A report that the plant would close worried the town.", []),
    # a report by an unnamed source under another is the outer source's wording; a named one stays
    ("The coach said they told him the stadium was sold.",
     [("The coach", "say", "they told him the stadium was sold")]),
    ("The coach said Jane Smith told him the stadium was sold.",
     [("The coach", "say", "Jane Smith told him the stadium was sold"),
      ("Jane Smith", "tell", "the stadium was sold")]),
])
def test_attribution_en_claim_nouns_and_nested_reports(en, text, frames):  # type: ignore[no-untyped-def]
    doc, found = _frames(en, text)
    assert [(f.source, f.cue, doc[f.scope_start:f.scope_end].text) for f in found] == frames


@pytest.mark.model
def test_attribution_en_colon_closing_its_sentence_reports_the_next_paragraph(en):  # type: ignore[no-untyped-def]
    text = 'The mayor said:\n\n"The port is closed. You walk down the quay, you see nothing."\n\nThen he left.'
    doc, frames = _frames(en, text)
    assert [(f.source, doc[f.scope_start:f.scope_end].text) for f in frames] == [
        ("The mayor", "The port is closed. You walk down the quay, you see nothing.")]


@pytest.mark.model
def test_attribution_en_name_in_apposition_to_a_quotation_fragment(en):  # type: ignore[no-untyped-def]
    text = ('"He would be a great mayor. Not good, great. One of the brightest members of the council," '
            'Jane Roe, a council member, said in a phone interview.')
    doc, frames = _frames(en, text)
    assert [(f.source, f.cue) for f in frames] == [("Jane Roe, a council member", "say")]
    assert doc[frames[0].scope_start:frames[0].scope_end].text.startswith("He would be a great mayor.")


@pytest.mark.model
@pytest.mark.parametrize(("text", "content"), [
    # the writer's participle clause or ", which ..." clause after what was said is not part of it
    ("He said he did not believe the ads hurt the senator, arguing that the party was divided.",
     "he did not believe the ads hurt the senator"),
    ("She said he expects the mayor to recover from the flu, which kept him home all week.",
     "he expects the mayor to recover from the flu"),
])
def test_attribution_en_writer_tail_is_cut_from_the_content(en, text, content):  # type: ignore[no-untyped-def]
    doc, frames = _frames(en, text)
    assert doc[frames[0].scope_start:frames[0].scope_end].text == content


@pytest.mark.model
def test_attribution_en_participle_on_a_word_carrier(en):  # type: ignore[no-untyped-def]
    doc, frames = _frames(en, "The mayor deleted a tweet attacking the governor.")
    assert [(f.source, f.cue, doc[f.scope_start:f.scope_end].text) for f in frames] == [
        ("a tweet", "attack", "the governor")]
    _, frames = _frames(en, "The mayor met a man carrying the flag.")  # a man carries no words
    assert frames == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "frames"), [
    ("Polls show a tight race in the county.", [("Polls", "show", "a tight race in the county")]),
    ("The new survey found 12 cases of misconduct among 400 guards.",
     [("The new survey", "find", "12 cases of misconduct among 400 guards")]),
    ("She found a job in the city.", []),  # a person finding an object reports nothing
])
def test_attribution_en_what_a_document_shows(en, text, frames):  # type: ignore[no-untyped-def]
    doc, found = _frames(en, text)
    assert [(f.source, f.cue, doc[f.scope_start:f.scope_end].text) for f in found] == frames


@pytest.mark.model
def test_attribution_en_unnamed_source_inside_a_quotation_is_the_quoted_voice(en):  # type: ignore[no-untyped-def]
    _, frames = _frames(en, 'The mayor was blunt. "Officials say the port will close."')
    assert frames == []
    _, frames = _frames(en, 'The mayor was blunt. "Jane Roe says the port will close."')
    assert [(f.source, f.cue) for f in frames] == [("Jane Roe", "say")]


def test_quotes_en_marks_of_two_styles_pair_up():
    assert _spans('"We will rebuild,” she said.') == ["We will rebuild,"]
    assert _spans('“We will rebuild," she said. "Soon."') == ["We will rebuild,", "Soon."]


@pytest.mark.model
@pytest.mark.parametrize(("text", "frames"), [
    # a comment clause "as X noted" reports its host clause; one with its own object reports that
    ("As the mayor noted, the port is closed.", [("the mayor", "note", "the port is closed")]),
    ("As she called for a ceasefire, the crowd cheered loudly.", [("she", "call", "a ceasefire")]),
])
def test_attribution_en_as_clause_with_its_own_content(en, text, frames):  # type: ignore[no-untyped-def]
    doc, found = _frames(en, text)
    assert [(f.source, f.cue, doc[f.scope_start:f.scope_end].text) for f in found] == frames


@pytest.mark.model
def test_attribution_en_infinitive_of_purpose_speaks_for_the_host_subject(en):  # type: ignore[no-untyped-def]
    doc, found = _frames(en, "The senator went to the hall to discuss the new budget.")
    assert [(f.source, f.cue, doc[f.scope_start:f.scope_end].text) for f in found] == [
        ("The senator", "discuss", "the new budget")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "frames"), [
    ("The harbour plan was backed by the mayor.", [("the mayor", "back", "The harbour plan")]),
    ("The harbour plan was announced on Monday.", []),  # no agent: no source
])
def test_attribution_en_passive_with_its_agent(en, text, frames):  # type: ignore[no-untyped-def]
    doc, found = _frames(en, text)
    assert [(f.source, f.cue, doc[f.scope_start:f.scope_end].text) for f in found] == frames


@pytest.mark.model
def test_attribution_en_incise_that_names_a_topic_still_joins_the_quotations(en):  # type: ignore[no-untyped-def]
    text = "“The port is closed,” said Jane Roe, referring to the strike. “It will reopen soon.”"
    doc, found = _frames(en, text)
    say = [f for f in found if f.cue == "say"]
    assert len(say) == 1 and "reopen soon" in doc[say[0].scope_start:say[0].scope_end].text
    # an incise that reports more words of its own ("adding that ...") stays a frame of its own
    text = "“The port is closed,” said Jane Roe, adding that talks would resume. “It will reopen soon.”"
    doc, found = _frames(en, text)
    assert {f.cue for f in found} >= {"say", "add"}
    say = [f for f in found if f.cue == "say"]
    assert "reopen" not in doc[say[0].scope_start:say[0].scope_end].text


@pytest.mark.model
def test_attribution_en_passive_agent_must_be_a_voice(en):  # type: ignore[no-untyped-def]
    # a cause or a time after "by" names no one who speaks
    _, found = _frames(en, "The slowdown was explained by the long winter.")
    assert found == []


@pytest.mark.model
def test_attribution_en_second_report_of_the_same_source_is_cut_from_the_first(en):  # type: ignore[no-untyped-def]
    text = "The minister said the port would reopen on Monday and warned against new strikes."
    doc, found = _frames(en, text)
    said = [f for f in found if f.cue == "say"]
    assert [doc[f.scope_start:f.scope_end].text for f in said] == ["the port would reopen on Monday"]


@pytest.mark.model
def test_attribution_en_inverted_quote_whose_last_words_the_parser_took_for_a_subject(en):  # type: ignore[no-untyped-def]
    text = "“The union is on alert. All hands on deck,” said Jane Roe, a dock worker."
    _, found = _frames(en, text)
    assert [(f.cue, f.source) for f in found if f.cue == "say"] == [("say", "Jane Roe, a dock worker")]


@pytest.mark.model
def test_attribution_en_signed_quotation_with_an_initial(en):  # type: ignore[no-untyped-def]
    text = "Readers wrote in.\n“The port must reopen.” ― Jane Q. Roe\n“Not now.” ― John Doe\n"
    doc = en(text)
    assert [f.source for f in doc._.frames] == ["Jane Q. Roe", "John Doe"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "frames"), [
    ("The union expressed deep concern about the new rota.", [("The union", "express", "the new rota")]),
    ("The auditor raised questions about the count.", [("The auditor", "raise", "the count")]),
    ("The auditor raised the flag over the harbour.", []),  # no stance noun: nothing reported
])
def test_attribution_en_stance_told_by_a_light_verb_and_a_noun(en, text, frames):  # type: ignore[no-untyped-def]
    doc, found = _frames(en, text)
    assert [(f.source, f.cue, doc[f.scope_start:f.scope_end].text) for f in found] == frames


@pytest.mark.model
def test_attribution_en_repeated_verb_keeps_its_speaker(en):  # type: ignore[no-untyped-def]
    # the parse hangs the second "said" on the first one's content: the governor still speaks,
    # not the council (the content's subject)
    _, frames = _frames(en, "The governor said the council wasted the money and said his rival paid no "
                            "price after she misled voters about the plan.")
    assert [f.source for f in frames if f.cue == "say"] == ["The governor", "The governor"]
    _, frames = _frames(en, "The union said the talks failed and the company said it would close the plant.")
    assert [f.source for f in frames if f.cue == "say"] == ["The union", "the company"]
