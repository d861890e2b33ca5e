"""An article's headline and its lead telling one fact in other words (groups.headline_lead_links).
Sentences invented."""

from __future__ import annotations

import pytest

from recoupe.claims.groups import _Features, headline_lead_links, learned_links, sentence_start, split
from recoupe.lang.en.headline import headline_style
from recoupe.model import Claim

HEADLINE = "Harbor Commissioner Indicted in Dredging Probe"
LEAD = ("A county grand jury on Monday charged harbor commissioner Lena Voss in the dredging probe, "
        "according to the harbor district's prosecutor.")
THIRD = "Voss charged the dredging firm twice for one survey, the prosecutor said."


def _claim(cid: str, text: str, sentence: str, sentence_at: int, predicate: str, lemmas: list[str],
           planned: bool = False) -> Claim:
    start = sentence_at + sentence.index(text)
    return Claim(id=cid, article_id=cid.split(":")[0], text=text, sentence=sentence, start=start,
                 end=start + len(text), subject="", predicate=predicate, lemmas=lemmas, language="en",
                 planned=planned)


def _article(art: str = "a") -> list[Claim]:
    lead_at = len(HEADLINE) + 2
    third_at = lead_at + len(LEAD) + 1
    return [
        _claim(f"{art}:1", HEADLINE, HEADLINE, 0, "indict",
               ["harbor", "commissioner", "indict", "dredging", "probe"]),
        _claim(f"{art}:2", "A county grand jury on Monday charged harbor commissioner Lena Voss in the dredging probe",
               LEAD, lead_at, "charge",
               ["county", "grand", "jury", "monday", "charge", "harbor", "commissioner", "lena", "voss", "dredging",
                "probe"]),
        _claim(f"{art}:3", "Voss charged the dredging firm twice for one survey", THIRD, third_at, "charge",
               ["voss", "charge", "dredging", "firm", "survey"]),
    ]


def test_the_sentence_of_a_claim_starts_where_its_text_says() -> None:
    claims = _article()
    assert sentence_start(claims[0]) == 0
    assert sentence_start(claims[1]) == len(HEADLINE) + 2
    assert sentence_start(claims[2]) > sentence_start(claims[1])


def test_a_headline_meets_the_claim_of_its_lead_that_tells_it() -> None:
    feats = [_Features(c) for c in _article()]
    assert headline_lead_links(feats) == {(0, 1)}
    # the lead's fact against a later sentence's: no headline there
    assert (1, 2) not in headline_lead_links(feats)


def test_claims_of_two_articles_are_not_paired_by_their_places() -> None:
    head = _article("a")[0]
    lead = _article("b")[1]
    assert headline_lead_links([_Features(head), _Features(lead)]) == set()


def test_a_lead_sharing_one_word_with_the_headline_is_another_fact() -> None:
    lead = "The port authority opened a new ferry terminal on Monday, officials said."
    head = _article()[0]
    other = _claim("a:2", lead[:lead.index(",")], lead, len(HEADLINE) + 2, "open",
                   ["port", "authority", "open", "ferry", "terminal", "monday", "probe"])
    assert headline_lead_links([_Features(head), _Features(other)]) == set()


def test_a_sentence_after_the_lead_is_not_paired() -> None:
    head, lead, third = _article()
    fourth = "The grand jury charged the harbor commissioner in the dredging probe, her lawyer said."
    later = _claim("a:4", fourth[:fourth.index(",")], fourth, third.start + len(THIRD) + 1, "charge",
                   ["grand", "jury", "charge", "harbor", "commissioner", "dredging", "probe"])
    feats = [_Features(c) for c in (head, lead, third, later)]
    assert headline_lead_links(feats) == {(0, 1)}
    # when the sentences between hold no claim, the later one is the lead
    assert headline_lead_links([feats[0], feats[3]]) == {(0, 1)}


def test_a_headline_plan_against_a_lead_deed_stays_apart() -> None:
    head = "Harbor Commissioner to Open Dredging Inquiry"
    lead_sentence = "Harbor commissioner Lena Voss opened the dredging inquiry on Monday."
    plan = _claim("a:1", head, head, 0, "open", ["harbor", "commissioner", "open", "dredging", "inquiry"], planned=True)
    deed = _claim("a:2", lead_sentence[:-1], lead_sentence, len(head) + 2, "open",
                  ["harbor", "commissioner", "lena", "voss", "open", "dredging", "inquiry", "monday"])
    assert headline_lead_links([_Features(plan), _Features(deed)]) == set()
    deed.planned = True
    assert headline_lead_links([_Features(plan), _Features(deed)]) == {(0, 1)}


def _recognition() -> list[Claim]:
    head = "Tenants Win Recognition of Union From Landlord"
    lead_sentence = "The landlord of the Elm Street towers will recognize the tenants' union, its lawyer said."
    third = "Rents in the towers rose twice last year."
    return [
        _claim("a:1", head, head, 0, "win", ["tenant", "win", "recognition", "union", "landlord"]),
        _claim("a:2", "The landlord of the Elm Street towers will recognize the tenants' union", lead_sentence,
               len(head) + 2, "recognize", ["landlord", "elm", "street", "tower", "recognize", "tenant", "union"]),
        _claim("a:3", third[:-1], third, len(head) + len(lead_sentence) + 3, "rise",
               ["rent", "tower", "rise", "year"]),
    ]


def test_a_noun_of_the_headline_meets_the_verb_of_its_lead() -> None:
    assert headline_lead_links([_Features(c) for c in _recognition()]) == {(0, 1)}


def test_the_link_groups_and_is_left_out_without_frames() -> None:
    feats = [_Features(c) for c in _recognition()]
    assert (0, 1) not in learned_links(feats, frames=False)  # the scorer alone does not link them
    assert (0, 1) in learned_links(feats)
    assert ["a:1", "a:2"] in [[c.id for c in part] for part in split(_recognition(), learned=True)]
    assert ["a:1", "a:2"] not in [[c.id for c in part] for part in split(_recognition(), learned=True, frames=False)]


def test_a_french_headline_is_not_paired_on_shared_words_alone() -> None:
    # « win » / « recognize »: the words they share, not one event (the English rule pairs them)
    claims = _recognition()
    for c in claims:
        c.language = "fr"
    assert headline_lead_links([_Features(c) for c in claims]) == set()


def _fr(cid: str, text: str, sentence: str, sentence_at: int, predicate: str, lemmas: list[str]) -> Claim:
    claim = _claim(cid, text, sentence, sentence_at, predicate, lemmas)
    claim.language = "fr"
    return claim


def _storm(head: str, predicate: str, lemmas: list[str]) -> list[Claim]:
    lead = "Deux randonneurs ont été tués par la foudre samedi sur le plateau de Vercombe, selon la préfecture."
    later = "Le plateau de Vercombe accueille chaque été des milliers de randonneurs."
    lead_at = len(head) + 2
    return [
        _fr("a:1", head, head, 0, predicate, lemmas),
        _fr("a:2", "Deux randonneurs ont été tués par la foudre samedi sur le plateau de Vercombe", lead, lead_at,
            "tuer", ["randonneur", "tuer", "foudre", "samedi", "plateau", "vercombe"]),
        _fr("a:3", later[:-1], later, lead_at + len(lead) + 1, "accueillir",
            ["plateau", "vercombe", "accueillir", "été", "millier", "randonneur"]),
    ]


def test_a_french_headline_meets_the_lead_clause_that_names_its_event() -> None:
    claims = _storm("Un orage tue deux randonneurs sur le plateau de Vercombe", "tuer",
                    ["orage", "tuer", "randonneur", "plateau", "vercombe"])
    assert headline_lead_links([_Features(c) for c in claims]) == {(0, 1)}


def test_a_french_headline_and_a_lead_clause_of_another_act_stay_apart() -> None:
    # the same place and people, another act: « se rend » is not the killing
    claims = _storm("Le préfet se rend sur le plateau de Vercombe auprès des randonneurs", "rendre",
                    ["préfet", "rendre", "plateau", "vercombe", "randonneur"])
    assert headline_lead_links([_Features(c) for c in claims]) == set()


def test_a_french_headline_told_after_its_rubric_meets_its_lead() -> None:
    head = "Vercombe : mort de deux randonneurs foudroyés sur le plateau"
    lead = "Deux randonneurs sont morts samedi sur le plateau de Vercombe, frappés par la foudre."
    claims = [_fr("a:1", head, head, 0, "vercombe", ["vercombe", "mort", "randonneur", "foudroyer", "plateau"]),
              _fr("a:2", lead[:lead.index(",")], lead, len(head) + 2, "mourir",
                  ["randonneur", "mourir", "samedi", "plateau", "vercombe"])]
    assert headline_lead_links([_Features(c) for c in claims]) == {(0, 1)}
    # the predicate read from the rubric is no event of the lead's
    claims[1].predicate = "accueillir"
    claims[1].lemmas = ["randonneur", "accueillir", "samedi", "plateau", "vercombe"]
    assert headline_lead_links([_Features(c) for c in claims]) == set()


def test_a_text_that_opens_with_its_lead_has_no_headline() -> None:
    # an HTML page or a long record is stored without its title: its first sentence is the lead's,
    # and the next sentence tells another fact that shares its words
    first = ("The town council approved a new budget for the harbor district on Tuesday, "
             "after a long night of debate.")
    second = "The harbor district budget cuts the ferry terminal's funding by a third, council members said."
    second_at = len(first) + 1
    claims = [
        _claim("c:1", "The town council approved a new budget for the harbor district on Tuesday", first, 0,
               "approve", ["town", "council", "approve", "budget", "harbor", "district", "tuesday"]),
        _claim("c:2", "The harbor district budget cuts the ferry terminal's funding by a third", second,
               second_at, "cut", ["harbor", "district", "budget", "cut", "ferry", "terminal", "funding"]),
    ]
    assert headline_lead_links([_Features(c) for c in claims]) == set()
    # the same text under its title line (a short feed item): the title is paired with its lead
    title = "Council Approves Harbor District Budget"
    lead = [_claim("t:2", claims[0].text, first, len(title) + 2, "approve", claims[0].lemmas)]
    head = [_claim("t:1", title, title, 0, "approve", ["council", "approve", "harbor", "district", "budget"])]
    assert headline_lead_links([_Features(c) for c in head + lead]) == {(0, 1)}


def test_a_title_cased_first_sentence_is_a_headline_even_with_a_stop() -> None:
    # a record that glued its title to its text with a stop: the title case still tells the headline
    first = ("The town council approved a new budget for the harbor district on Tuesday, "
             "after a long night of debate.")
    title = "Council Approves Harbor District Budget."
    claims = [
        _claim("g:1", title.rstrip("."), title, 0, "approve", ["council", "approve", "harbor", "district", "budget"]),
        _claim("g:2", "The town council approved a new budget for the harbor district on Tuesday", first,
               len(title) + 1, "approve", ["town", "council", "approve", "budget", "harbor", "district", "tuesday"]),
    ]
    assert headline_lead_links([_Features(c) for c in claims]) == {(0, 1)}


def test_a_sentence_case_headline_glued_with_a_stop_is_paired_with_its_lead() -> None:
    # a record « TITLE. LEAD » whose title is written in sentence case: short, no auxiliary, no opening
    # article (headline style), so the first sentence is its headline, as a title-case one is
    title = "Harbor commissioner charged in dredging probe."
    lead_sentence = ("A county grand jury on Monday has indicted harbor commissioner Lena Voss in the dredging "
                     "probe, the prosecutor said.")
    head = _claim("h:1", title[:-1], title, 0, "charge", ["harbor", "commissioner", "charge", "dredging", "probe"])
    lead = _claim("h:2", lead_sentence[:lead_sentence.index(",")], lead_sentence, len(title) + 1, "indict",
                  ["county", "grand", "jury", "monday", "indict", "harbor", "commissioner", "lena", "voss",
                   "dredging", "probe"])
    assert headline_lead_links([_Features(head), _Features(lead)]) == {(0, 1)}


@pytest.mark.parametrize("first", [
    "The harbor commissioner was charged in the dredging probe.",  # an article, a tense's auxiliary
    "Harbor commissioner Lena Voss has been charged in the dredging probe.",
    "Lena Voss faces charges in the dredging probe, the prosecutor said.",  # an attribution in the past
    ("Harbor commissioner Lena Voss faces charges over the dredging of the north basin in the county "
     "probe into the port."),  # too long for a headline
])
def test_a_first_sentence_written_as_a_lead_is_no_headline(first: str) -> None:
    assert not headline_style(first)
    second = "The grand jury charged the harbor commissioner in the dredging probe on Monday."
    head = _claim("l:1", first[:-1], first, 0, "charge", ["harbor", "commissioner", "charge", "dredging", "probe"])
    lead = _claim("l:2", second[:-1], second, len(first) + 1, "charge",
                  ["grand", "jury", "charge", "harbor", "commissioner", "dredging", "probe", "monday"])
    assert headline_lead_links([_Features(head), _Features(lead)]) == set()


@pytest.mark.parametrize("title", [
    "Harbor commissioner charged in dredging probe.", "Voss indicted as county widens dredging inquiry.",
    "Port chief to face charges over dredging.", "Governor signs water bill, vows more reservoirs.",
])
def test_headline_style(title: str) -> None:
    assert headline_style(title)


@pytest.mark.parametrize("first", [
    "Lawmakers passed the harbor budget late on Thursday.",  # a day named: a lead dates its fact
    "Harbor board approves dredging budget yesterday.", "Port fees rise on March 3.", "Dock reopens 4 June.",
    "Voss wasn't charged in dredging probe.", "Harbor board will vote on dredging.",  # a lead's auxiliaries
    "His daughter drowned off the north pier.", "Two sailors drowned off the north pier.",  # a lead's openers
    "Some say the dredging costs too much.",
])
def test_a_first_sentence_with_a_leads_marks_is_no_headline(first: str) -> None:
    assert not headline_style(first)


@pytest.mark.parametrize("title", [
    "3 sailors hurt in harbor crash.",  # digits open a headline, never a sentence
    "Harbor board to vote on dredging.", "Harbor chief eyes May vote on dredging.",
])
def test_a_headline_without_a_leads_marks_stays_one(title: str) -> None:
    assert headline_style(title)


def test_a_body_first_sentence_naming_its_day_is_not_paired_with_the_next_fact() -> None:
    # a record with no title: its first sentence is the lead, and the next sentence another vote
    first = "Lawmakers passed the harbor budget bill late on Thursday."
    second = "Lawmakers shelved the pension bill in a separate vote on Thursday."
    claims = [
        _claim("d:1", first[:-1], first, 0, "pass", ["lawmaker", "pass", "harbor", "budget", "bill", "thursday"]),
        _claim("d:2", second[:-1], second, len(first) + 1, "shelve",
               ["lawmaker", "shelve", "pension", "bill", "separate", "vote", "thursday"]),
    ]
    assert headline_lead_links([_Features(c) for c in claims]) == set()


@pytest.mark.parametrize(("verb", "vetoed"), [("block", True), ("veto", True), ("approve", False)])
def test_a_headline_is_never_paired_with_the_opposite_act(verb: str, vetoed: bool) -> None:
    title = "Lawmakers pass harbor bill."
    lead_sentence = f"The assembly's lawmakers {verb}ed the pension bill in a separate vote."
    lead_sentence = lead_sentence.replace("approveed", "approved").replace("vetoed", "vetoed")
    head = _claim("o:1", title[:-1], title, 0, "pass", ["lawmaker", "pass", "harbor", "bill"])
    lead = _claim("o:2", lead_sentence[:-1], lead_sentence, len(title) + 1, verb,
                  ["assembly", "lawmaker", verb, "pension", "bill", "separate", "vote"])
    assert headline_lead_links([_Features(head), _Features(lead)]) == (set() if vetoed else {(0, 1)})
