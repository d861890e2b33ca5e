"""English denials paired with what they deny (issue 13, ``denial``): a denial that points back at
the claim just told (« X denied the rumors »), and a negation of another source's quoted words
(« the plan was not “a gift to the banks” »). Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from recoupe.claims.contradictions import (
    Side,
    check_denial,
    check_report_rebuttal,
    compare,
    conflict_keys,
    pointed_text,
    pointing_denial,
    rebuttal_words,
    rejects_report,
)
from recoupe.model import Claim

S1 = "A weekly magazine printed a report on Monday alleging that Mayor Brandt took cash from a paving firm."
S2 = "Brandt angrily denied the allegations, which spread fast in the city council."


def _c(cid: str, text: str, sentence: str, at: int, **kw: Any) -> Claim:
    """A claim of article ``cid``'s prefix whose sentence starts at ``at`` in the article."""
    start = at + sentence.index(text)
    base: dict[str, Any] = dict(id=cid, article_id=cid.split(":")[0], text=text, sentence=sentence, start=start,
                                end=start + len(text), subject=kw.pop("subject", ""),
                                predicate=kw.pop("predicate", "do"), language="en")
    base.update(kw)
    return Claim(**base)


PRINTED = _c("a1:c1", "A weekly magazine printed a report on Monday", S1, 0, subject="A weekly magazine",
             predicate="print")
ALLEGED = _c("a1:c2", "that Mayor Brandt took cash from a paving firm", S1, 0, subject="Mayor Brandt",
             predicate="take", modality="reported", cue="allege", attributed_to="weekly magazine")
DENIAL = _c("a1:c3", "Brandt angrily denied the allegations", S2, len(S1) + 1, subject="Brandt",
            predicate="deny", modality="denied", cue="deny")
# the same accusation told by another outlet
S3 = "Mayor Brandt is accused of taking cash from a paving firm, a magazine said."
OTHER = _c("b1:c1", "Mayor Brandt is accused of taking cash from a paving firm", S3, 0, subject="Mayor Brandt",
           predicate="accuse", modality="reported", cue="say", attributed_to="a magazine")
# another outlet's claim of the story, on something else
S4 = "Mayor Brandt opened a new paving depot in the north of the city."
DEPOT = _c("c1:c1", "Mayor Brandt opened a new paving depot in the north of the city", S4, 0, subject="Mayor Brandt",
           predicate="open")


class _Store:
    """The one query :func:`pointed_text` makes: the claims of an article."""

    def __init__(self, claims: list[Claim]) -> None:
        self._claims = claims

    def claims(self, *, article_id: str) -> list[Claim]:
        return [c for c in self._claims if c.article_id == article_id]


def _side(c: Claim, pointed: str = "") -> Side:
    return Side(c, outlet=c.article_id + ".example", published=date(2024, 5, 6), language="en", pointed=pointed)


def _pointed(c: Claim) -> str:
    return pointed_text(_Store([PRINTED, ALLEGED, DENIAL]), c)  # type: ignore[arg-type]


def test_a_denial_of_the_allegations_points_back_at_the_claim_just_told() -> None:
    assert pointing_denial(DENIAL)
    assert _pointed(DENIAL) == ALLEGED.text  # the alleged claim, not the magazine printing a report
    hit = compare(_side(DENIAL, _pointed(DENIAL)), _side(ALLEGED))
    assert hit is not None and hit.kind == "denial" and hit.same_article
    assert compare(_side(DENIAL, _pointed(DENIAL)), _side(PRINTED)) is None


def test_a_pointing_denial_answers_the_same_accusation_in_another_article() -> None:
    hit = compare(_side(OTHER), _side(DENIAL, _pointed(DENIAL)))
    assert hit is not None and hit.kind == "denial" and not hit.same_article
    assert compare(_side(DEPOT), _side(DENIAL, _pointed(DENIAL))) is None  # names and « paving » are not enough
    fd, ld = conflict_keys(DENIAL, pointed=_pointed(DENIAL))
    for c in (ALLEGED, OTHER):  # found whichever arrives first: the keys mirror
        fc, lc = conflict_keys(c)
        assert fd & lc and fc & ld


def test_a_denial_with_content_or_a_relative_denial_does_not_point_back() -> None:
    own = _c("a2:c1", "Brandt denied taking cash from the firm", "Brandt denied taking cash from the firm.", 0,
             subject="Brandt", predicate="take", modality="denied", cue="deny")
    relative = _c("a3:c1", "which Brandt denied", "He faced allegations, which Brandt denied.", 0,
                  subject="Brandt", predicate="deny", modality="denied", cue="deny")
    french = Claim(**{**_fields(DENIAL), "language": "fr"})
    assert not pointing_denial(own) and not pointing_denial(relative) and not pointing_denial(french)


def test_a_denial_does_not_point_at_what_the_denier_said() -> None:
    told = _c("a1:c2", "that Mayor Brandt took cash from a paving firm", S1, 0, subject="Mayor Brandt",
              predicate="take", modality="reported", cue="allege", attributed_to="Mayor Brandt")
    assert pointed_text(_Store([told, DENIAL]), DENIAL) == ""  # type: ignore[arg-type]


SQ = "The bypass was not “a gift to the quarry owners”, the engineer wrote."
REBUTTAL = _c("d1:c1", "The bypass was not “a gift to the quarry owners", SQ, 0, subject="The bypass",
              predicate="gift", negated=True, attributed_to="the engineer")
SC = "A councillor called the bypass a gift to the quarry owners."
CLAIMED = _c("e1:c1", "the bypass a gift to the quarry owners", SC, 0, subject="the bypass", predicate="gift",
             modality="reported", attributed_to="A councillor")


def test_a_negated_quotation_denies_the_claim_holding_its_words() -> None:
    assert {"bypas", "quarr", "owner"} <= rebuttal_words(REBUTTAL)
    hit = compare(_side(CLAIMED), _side(REBUTTAL))
    assert hit is not None and hit.kind == "denial"
    fa, la = conflict_keys(REBUTTAL)
    fb, lb = conflict_keys(CLAIMED)
    assert fa & lb and fb & la


def test_a_negated_quotation_needs_another_source_and_every_word() -> None:
    same_voice = Claim(**{**_fields(CLAIMED), "attributed_to": "the engineer"})
    fewer = Claim(**{**_fields(CLAIMED), "text": "the bypass a gift to the owners"})
    unquoted = Claim(**{**_fields(REBUTTAL), "text": "The bypass was not a gift to the quarry owners"})
    assert compare(_side(same_voice), _side(REBUTTAL)) is None
    assert compare(_side(fewer), _side(REBUTTAL)) is None
    assert not rebuttal_words(unquoted) and compare(_side(CLAIMED), _side(unquoted)) is None


def _fields(c: Claim) -> dict[str, Any]:
    return {f: getattr(c, f) for f in c.__dataclass_fields__}


def test_en_denials_the_deniers_own_quotation_is_not_what_is_denied() -> None:
    # « "I have said it before ...," X told Y, rejecting what critics took as a sign that ... »: the
    # denial's few words are filled from its sentence, without the denier's quotation
    s = ('"I have always said the harbour plan protects the fishermen," Lund told a radio host, denying '
         'what critics have said was proof that Lund had sold the harbour to developers.')
    denial = _c("a1:c1", "was proof", s, 0, predicate="proof", modality="denied", cue="deny")
    s2 = '"I have said it before: the harbour plan protects the fishermen," he added.'
    own = _c("a1:c2", "the harbour plan protects the fishermen", s2, len(s) + 1, predicate="protect",
             modality="reported", cue="say")
    assert compare(Side(denial, outlet="a.com"), Side(own, outlet="a.com")) is None
    # what the denial rejects, told by another outlet, is still denied
    sold = _c("b1:c1", "Lund sold the harbour to developers", "Lund sold the harbour to developers.", 0,
              subject="Lund", predicate="sell")
    hit = compare(Side(denial, outlet="a.com"), Side(sold, outlet="b.com"))
    assert hit is not None and hit.kind == "denial"


# a denial that names the claim it rejects by a noun, the claim's content told as that noun's
H1 = "Senator Okafor Calls Courier Report a Smear"
L1 = "Senator Ada Okafor is fighting back against a report she padded her travel expenses."
DEFENCE = _c("f1:c2", "Senator Ada Okafor is fighting back against a report", L1, len(H1) + 1,
             subject="Ada Okafor", predicate="fight", modality="denied", cue="fight")
PADDED = _c("f1:c3", "she padded her travel expenses", L1, len(H1) + 1, subject="Ada Okafor", predicate="pad",
            modality="reported", cue="report")
HEADLINE = _c("f1:c1", H1, H1, 0, subject="Okafor", predicate="call", modality="denied", cue="call")
# the sentence after the lead: a noun of claim's content there is no longer the headline's
L2 = "An ethics panel opened a file after claims she had hired her cousin."
HIRED = _c("f1:c4", "she had hired her cousin", L2, len(H1) + len(L1) + 2, subject="Ada Okafor", predicate="hire",
           modality="reported", cue="claim")


def test_a_denial_naming_a_report_meets_the_reports_content_in_its_sentence_and_after_the_headline() -> None:
    store = _Store([HEADLINE, DEFENCE, PADDED, HIRED])
    assert pointing_denial(DEFENCE) and pointing_denial(HEADLINE)  # a dateline or a verdict besides
    assert pointed_text(store, DEFENCE) == PADDED.text  # type: ignore[arg-type]
    assert pointed_text(store, HEADLINE) == PADDED.text  # type: ignore[arg-type]
    for denial in (DEFENCE, HEADLINE):
        hit = compare(_side(denial, pointed_text(store, denial)), _side(PADDED))  # type: ignore[arg-type]
        assert hit is not None and hit.kind == "denial" and hit.same_article
        fd, ld = conflict_keys(denial, pointed=pointed_text(store, denial))  # type: ignore[arg-type]
        fc, lc = conflict_keys(PADDED)
        assert fd & lc and fc & ld


def test_a_denial_naming_a_report_does_not_take_a_later_claim_or_a_claim_told_as_asserted() -> None:
    # past the headline, the content of a noun of claim told after the denial is not what it rejects
    s0 = "The audit came out on Monday."
    later = _c("g1:c2", "Okafor rejected the report", "Okafor rejected the report.", len(s0) + 1,
               subject="Okafor", predicate="reject", modality="denied", cue="reject")
    s2 = "Auditors cited claims she had padded her expenses."
    after = _c("g1:c3", "she had padded her expenses", s2, len(s0) + len(later.sentence) + 2, subject="Okafor",
               predicate="pad", modality="reported", cue="claim")
    assert pointing_denial(later)
    assert pointed_text(_Store([later, after]), later) == ""  # type: ignore[arg-type]
    asserted = Claim(**{**_fields(PADDED), "modality": "asserted", "cue": ""})
    assert pointed_text(_Store([DEFENCE, asserted]), DEFENCE) == ""  # type: ignore[arg-type]


def test_a_noun_of_claim_that_is_not_what_the_denial_rejects_does_not_make_it_point() -> None:
    s = "The tribunal of claims denied both requests on Friday."
    ruling = _c("h1:c1", s.rstrip("."), s, 0, subject="The tribunal of claims", predicate="deny",
                modality="denied", cue="deny")
    assert not pointing_denial(ruling)


def _defence_of_the_report() -> tuple[Claim, Claim, str]:
    """A treasurer's defence against a report, the report's content, and what the defence points at."""
    lead = ("In a long letter, Treasurer Moss defended herself on Friday against a report she had exaggerated "
            "her fuel costs.")
    denial = _c("m1:c1", lead[:lead.index(" she had")], lead, 0, subject="Moss", predicate="defend",
                modality="denied", cue="defend")
    content = _c("m1:c2", "she had exaggerated her fuel costs", lead, 0, subject="Moss", predicate="exaggerate",
                 modality="reported", cue="report")
    return denial, content, pointed_text(_Store([denial, content]), denial)  # type: ignore[arg-type]


def test_a_misstatement_told_in_other_words_by_another_outlet_meets_the_denial_of_the_report() -> None:
    denial, content, pointed = _defence_of_the_report()
    assert pointed == content.text
    s = "County auditors flagged an untrue entry for her fuel costs."
    told = _c("n1:c1", s[:-1], s, 0, subject="County auditors", predicate="flag")
    hit = compare(_side(told), _side(denial, pointed))
    assert hit is not None and hit.kind == "denial"
    # the same words without a misstatement: two shared words are not enough
    plain = Claim(**{**_fields(told), "text": "County auditors flagged an entry for her fuel costs"})
    assert compare(_side(plain), _side(denial, pointed)) is None
    # a misstatement about something else: one shared word and the misstatement are not enough
    other = Claim(**{**_fields(told), "text": "County auditors flagged an untrue entry for her phone costs"})
    assert compare(_side(other), _side(denial, pointed)) is None


def test_a_negated_quotation_denies_the_claim_quoting_the_same_words() -> None:
    # the claim quotes the words without naming the bypass; its sentence does
    sentence = "The councillor attacked the bypass, a road he called “a gift to the quarry owners”."
    quoting = _c("e2:c1", "he called “a gift to the quarry owners", sentence, 0, subject="the councillor",
                 predicate="call", modality="reported", attributed_to="The councillor")
    hit = compare(_side(quoting), _side(REBUTTAL))
    assert hit is not None and hit.kind == "denial"
    other = "The councillor praised the bypass, a road he called “a gift to the quarry owners”."
    elsewhere = Claim(**{**_fields(quoting), "sentence": other.replace("bypass", "tunnel")})
    assert compare(_side(elsewhere), _side(REBUTTAL)) is None


def test_a_title_cased_headline_telling_a_gap_with_the_record_meets_the_denial_of_the_report() -> None:
    denial, _content, pointed = _defence_of_the_report()
    s = "Treasurer's Fuel Costs Claim At Odds With The Record, Audit Finds"
    told = _c("n2:c1", s, s, 0, subject="Treasurer's Fuel Costs Claim", predicate="find")
    hit = compare(_side(told), _side(denial, pointed))
    assert hit is not None and hit.kind == "denial"
    # the same headline without the gap: the words alone are not enough
    plain = Claim(**{**_fields(told), "text": "Treasurer's Fuel Costs Claim Puzzles Voters, Audit Finds"})
    assert compare(_side(plain), _side(denial, pointed)) is None


def _report_rebuttal(subject: str = "the Okafor campaign", text: str = "") -> Claim:
    """A campaign's denial of a story that names it, the story's point left unsaid."""
    s = ("In a statement on Sunday, the Okafor campaign rejected as baseless a story in the Riverside Post "
         "about his years as a firefighter.")
    text = text or s[s.index("the Okafor"):].rstrip(".")
    return _c("r1:c1", text, s if text in s else text + ".", 0, subject=subject, subject_entity="e-okafor",
              predicate="reject", modality="denied", cue="reject")


def _overstated(text: str = "that he overstated his years as a firefighter", **kw: Any) -> Claim:
    """Another outlet's account that the campaign's candidate misstated something."""
    s = f"Union records show {text}."
    fields: dict[str, Any] = dict(subject="Okafor", subject_entity="e-okafor", predicate="overstate",
                                  modality="reported", cue="show")
    return _c("r2:c1", text, s, 0, **{**fields, **kw})


def test_a_denial_of_a_report_meets_another_outlets_account_that_the_denier_misstated_it() -> None:
    denial, told = _report_rebuttal(), _overstated()
    hit = compare(_side(told), _side(denial))
    assert hit is not None and hit.kind == "denial"
    fd, ld = conflict_keys(denial)
    fc, lc = conflict_keys(told)
    assert fd & lc and fc & ld
    # an account naming no actor, of « his » statement
    s = "The fire district's own ledger holds an inaccurate statement of his years on the engine crew."
    ledger = _c("r3:c1", s.rstrip("."), s, 0, subject="The fire district's own ledger", predicate="hold")
    assert compare(_side(ledger), _side(denial)) is not None
    fp, lp = conflict_keys(ledger)
    assert fd & lp and fp & ld
    # the denial's own article, which told the misstatement a sentence before
    s = "His résumé gave an untrue count of his years."
    own = _c("r1:c0", s.rstrip("."), s, 0, subject="His résumé", predicate="give")
    assert compare(_side(own), _side(denial)) is not None
    # an account told by another office than the denier's, when the denier is an office too
    office = _report_rebuttal("Okafor's office", "Okafor's office rejected as baseless a story about his years "
                                                 "as a firefighter")
    audit = _overstated(attributed_to="the inspector general's office")
    assert compare(_side(audit), _side(office)) is not None


def test_a_denial_of_a_report_needs_english_a_named_denier_and_a_denial() -> None:
    # each of the three tests that now run before the text is read decides alone; the text's words then
    denial = _report_rebuttal()
    assert rejects_report(denial)
    for change in ({"language": "fr"}, {"subject_entity": ""}, {"modality": "stated"}):
        assert not rejects_report(Claim(**{**_fields(denial), **change})), change
    # a report named and called false: both needed
    assert rejects_report(_report_rebuttal(text="the Okafor campaign rejected as untrue a story on his pay"))
    assert not rejects_report(_report_rebuttal(text="the Okafor campaign rejected a story on his pay"))
    assert not rejects_report(_report_rebuttal(text="the Okafor campaign rejected as untrue the figures on his pay"))


def test_a_denial_of_a_report_does_not_meet_another_actors_misstatement_or_other_words() -> None:
    denial, told = _report_rebuttal(), _overstated()
    # another actor's misstatement
    other = Claim(**{**_fields(told), "subject": "Cole", "subject_entity": "e-cole"})
    assert compare(_side(other), _side(denial)) is None
    # the same actor's misstatement of something else: no word in common
    assert compare(_side(_overstated("that he overstated his income")), _side(denial)) is None
    # the same words without a misstatement
    plain = _overstated("that he described his years as a firefighter", predicate="describe")
    assert compare(_side(plain), _side(denial)) is None
    # a denial of the report that does not call it false
    bare = _report_rebuttal(text="the Okafor campaign rejected a story in the Riverside Post about his years as "
                                 "a firefighter")
    assert compare(_side(told), _side(bare)) is None


@pytest.mark.parametrize("voice", ["the Okafor campaign", "Okafor", "Councillor Okafor", "Okafor's lawyer",
                                   "Okafor's spokeswoman"])
def test_a_denial_of_a_report_does_not_meet_the_deniers_own_side(voice: str) -> None:
    # the candidate, a title and the name, or whoever speaks for him: one side, not two
    told = _overstated(attributed_to=voice)
    assert compare(_side(told), _side(_report_rebuttal())) is None


def test_a_denial_of_a_report_does_not_meet_a_defence_of_the_denier() -> None:
    denial = _report_rebuttal()
    # « falsely accused of … » tells a wrong done to him, not his misstatement
    defended = _overstated("that he was falsely accused of overstating his years as a firefighter",
                           attributed_to="his lawyer")
    assert compare(_side(defended), _side(denial)) is None


def test_a_denial_of_a_report_does_not_meet_a_charge_against_the_outlet_that_printed_it() -> None:
    denial = _report_rebuttal()
    s = "A campaign aide said the Riverside Post printed false claims about his years as a firefighter."
    charged = _c("r4:c1", s[s.index("the Riverside"):].rstrip("."), s, 0, subject="the Riverside Post",
                 predicate="print", modality="reported", cue="say", attributed_to="a campaign aide")
    assert check_report_rebuttal(_side(charged), _side(denial)) is None
    # nor the older rule of shared words: the guard is one for both
    assert check_denial(_side(charged), _side(denial)) is None
    assert compare(_side(charged), _side(denial)) is None
    # the outlet as the agent of a passive: the same charge
    s = "False claims about his years as a firefighter were printed by the Riverside Post, an aide said."
    passive = _c("r4:c3", s[:s.index(", an aide")], s, 0, subject="False claims", predicate="print",
                 modality="reported", cue="say", attributed_to="an aide")
    assert compare(_side(passive), _side(denial)) is None


def test_a_denial_of_a_report_still_meets_the_outlet_telling_the_point_it_denies() -> None:
    # the outlet as the teller, not the doer: the report itself, which the denial answers
    denial = _report_rebuttal()
    s = "He overstated his years as a firefighter, according to the Riverside Post."
    told = _c("r4:c2", s.rstrip("."), s, 0, subject="He", subject_entity="e-okafor", predicate="overstate",
              modality="reported", cue="according to", attributed_to="the Riverside Post")
    hit = compare(_side(told), _side(denial))
    assert hit is not None and hit.kind == "denial"


def test_a_denial_of_a_report_still_meets_the_outlet_finding_or_telling_the_point() -> None:
    denial = _report_rebuttal()
    # the outlet as the subject of a finding about the denier: the report itself
    s = "The Riverside Post found that Okafor exaggerated his years as a firefighter."
    found = _c("r6:c1", s.rstrip("."), s, 0, subject="The Riverside Post", subject_entity="e-post",
               predicate="find")
    hit = compare(_side(found), _side(denial))
    assert hit is not None and hit.kind == "denial"
    # the outlet telling it, the doer left unlinked by the resolver
    s = "Okafor overstated his years as a firefighter, according to the Riverside Post."
    told = _c("r6:c2", s.rstrip("."), s, 0, subject="Okafor", predicate="overstate")
    hit = compare(_side(told), _side(denial))
    assert hit is not None and hit.kind == "denial"


@pytest.mark.parametrize("outlet", ["Record", "Times"])
def test_an_outlet_named_by_a_common_word_is_not_charged_by_that_word(outlet: str) -> None:
    s = (f"In a statement on Sunday, the Okafor campaign rejected as baseless a story in the {outlet} "
         "about his years as a firefighter.")
    denial = _report_rebuttal(text=s[s.index("the Okafor"):].rstrip("."))
    for text, subject in (("Okafor's account of his years as a firefighter differs from the record",
                           "Okafor's account"),
                          ("he overstated his years as a firefighter three times", "he")):
        told = _c("r7:c1", text, text + ".", 0, subject=subject, predicate="overstate")
        hit = compare(_side(told), _side(denial))
        assert hit is not None and hit.kind == "denial", text


def test_a_denial_of_a_report_and_an_account_sharing_a_function_word_only_do_not_meet() -> None:
    s = "Okafor's office called the Post's report about the levy false."
    denial = _c("r5:c1", s.rstrip("."), s, 0, subject="Okafor's office", subject_entity="e-okafor",
                predicate="call", modality="denied", cue="call")
    assert compare(_side(_overstated("that he overstated what he knew about the firm")), _side(denial)) is None
    hit = compare(_side(_overstated("that he overstated what he knew about the levy")), _side(denial))
    assert hit is not None and hit.kind == "denial"


def test_a_negated_quotation_denies_the_content_of_anothers_claim() -> None:
    # « his claim that … »: the content of a noun of claim is read speculative, someone's unproven word
    s = "Critics pressed the councillor to explain his claim that the bypass is a gift to the quarry owners."
    put = _c("e3:c1", "that the bypass is a gift to the quarry owners", s, 0, subject="the bypass",
             predicate="gift", modality="speculative", cue="claim")
    hit = compare(_side(put), _side(REBUTTAL))
    assert hit is not None and hit.kind == "denial"
    fr, lr = conflict_keys(REBUTTAL)
    fp, lp = conflict_keys(put)
    assert fr & lp and fp & lr
    # a speculation of the outlet's own (« may be ») is no one's claim to rebut
    guess = Claim(**{**_fields(put), "cue": "may"})
    assert compare(_side(guess), _side(REBUTTAL)) is None
