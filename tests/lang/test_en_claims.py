"""English claims with modality (recoupe.lang.en.claims through recoupe_modality): hearsay,
speculation, denials, reported speech, negation as polarity, planned events."""

from __future__ import annotations

from typing import Any

import pytest

from recoupe.lang.en.claims import read_claims
from recoupe.nlp.modality import claims_of

pytestmark = [pytest.mark.model]


@pytest.fixture(scope="module")
def nlp_en() -> Any:
    from recoupe.lang import pack
    from recoupe.nlp.pipeline import load

    return load(pack("en").model)


def _claims(nlp_en: Any, text: str) -> dict[str, Any]:
    doc = nlp_en(text)
    return {c.predicate: c for c in doc._.claims}


@pytest.mark.parametrize(("sentence", "predicate", "modality", "negated"), [
    ("The army shelled the camp on Tuesday.", "shell", "asserted", False),
    ("The army did not shell the camp.", "shell", "asserted", True),
    ("No shells were delivered to Russia.", "deliver", "asserted", True),
    ("The ministry denied shelling the camp.", "shell", "denied", False),
    ("The ministry denied that the army had shelled the camp.", "shell", "denied", False),
    ("The government rejected the allegations.", "reject", "denied", False),
    ("The government rejected the budget proposal.", "reject", "asserted", False),
    # turning down a call is no denial of what the call says (someone's words: reported)
    ("Senate Republicans on Tuesday rejected calls that they need a new chairman to regain the trust of farmers.",
     "need", "reported", False),
    ("The union dismissed reports that the plant would close in June.", "dismiss", "denied", False),
    # « disputed the report », « called the allegations false »: a source rejecting a claim
    ("The union disputed the report on the closures.", "dispute", "denied", False),
    ("The union disputed the election of its treasurer.", "dispute", "asserted", False),
    ("The mayor called the allegations false.", "call", "denied", False),
    ("The mayor dismissed the accusation as a smear.", "dismiss", "denied", False),
    # a verdict that is not « false » denies nothing: the caller's words (reported, not denied)
    ("The mayor called the plan ambitious.", "call", "reported", False),
    # a condition is supposed, not stated; the clause it conditions keeps its modality
    ("The mayor will resign if the audit is damning.", "damn", "conditional", False),
    ("The senator will quit if the charges are accurate.", "accurate", "conditional", False),
    ("The mayor will resign if the audit is damning.", "resign", "asserted", False),
    ("The strike goes on unless the board returns.", "return", "conditional", False),
    ("The tax office will count them as married even if their state does not.", "do", "asserted", True),
    ("The ministry did not deny the report.", "deny", "asserted", True),
    ("Russia would supply North Korea with shells.", "supply", "conditional", False),
    ("Russia reportedly supplied North Korea with shells.", "supply", "conditional", False),
    ("The minister allegedly took bribes from the company.", "take", "conditional", False),
    ("He is said to have visited Moscow in May.", "visit", "conditional", False),
    ("The company may cut 3,000 jobs next year.", "cut", "speculative", False),
    ("The storm could reach the coast tonight.", "reach", "speculative", False),
    ("The fire was probably started by a cigarette.", "start", "speculative", False),
    ("Moscow is considering sending troops to Syria.", "send", "speculative", False),
    ("It is possible that the president will resign.", "resign", "speculative", False),
    ("Officials said the army had not bombed the camp.", "bomb", "reported", True),
    ("According to the police, 800 people marched in Paris.", "march", "reported", False),
    ("The strike is not only about wages, it is about jobs.", "be", "asserted", False),
    # (first person in a news text is someone's words: reported)
    ("We no longer have the means to pay for fireworks.", "have", "reported", True),
    ("There will be no change in the service.", "change", "asserted", True),
    ("This has in no way delayed the schedule.", "delay", "asserted", True),
    ("He left the building with no warning.", "leave", "asserted", False),
    ("The launch is not planned until 2014.", "plan", "asserted", False),
    ("The ministry refused to confirm the attack.", "confirm", "denied", False),
])
def test_en_claims_modality_and_polarity(nlp_en: Any, sentence: str, predicate: str, modality: str,
                                         negated: bool) -> None:
    claims = _claims(nlp_en, sentence)
    assert predicate in claims, sorted(claims)
    assert (claims[predicate].modality, claims[predicate].negated) == (modality, negated)


def test_en_claims_reporting_frame_is_not_a_claim(nlp_en: Any) -> None:
    claims = _claims(nlp_en, "Officials said the army had bombed the camp.")
    assert "say" not in claims and claims["bomb"].cue == "say"


@pytest.mark.parametrize(("sentence", "predicate", "planned"), [
    # the headline future: « to » + infinitive after the subject, no finite verb
    ("Mayor to reopen flooded bridge", "reopen", True),
    ("Governor Alvarez To Sign Zoning Bill Next Week", "sign", True),
    # an infinitive of purpose or a complement after a finite verb is not that future
    ("The harbour master went to inspect the old ferry pier.", "inspect", False),
    ("Fishermen gathered to protest against the new quotas.", "protest", False),
])
def test_en_claims_headline_future_is_planned(nlp_en: Any, sentence: str, predicate: str, planned: bool) -> None:
    assert _claims(nlp_en, sentence)[predicate].planned is planned


@pytest.mark.parametrize(("sentence", "predicate", "modality", "planned"), [
    # the future of indirect speech: a past reporting verb backshifts « will » to « would »
    ("The mayor said the bridge would reopen in May.", "reopen", "reported", True),
    ("Officials said on Monday that the plant would not close.", "close", "reported", True),
    # a counterfactual, a present frame, no frame: the conditional stays
    ("Officials said the crew would have died without the alarm.", "die", "conditional", False),
    ("The mayor says the bridge would cost too much.", "cost", "conditional", False),
    ("The bridge would cost too much.", "cost", "conditional", False),
    # the participle of a past clause, a past perfect: indirect speech too
    ("After the vote she gave no sign of quitting, insisting that she would run again.", "run", "reported", True),
    ("The mayor had said that the plant would stay open.", "stay", "reported", True),
])
def test_en_claims_would_of_indirect_speech(nlp_en: Any, sentence: str, predicate: str, modality: str,
                                            planned: bool) -> None:
    c = _claims(nlp_en, sentence)[predicate]
    assert (c.modality, c.planned) == (modality, planned)


@pytest.mark.parametrize(("sentence", "predicate", "modality", "planned"), [
    # expectations, plans and intentions: what is to happen, never a deed that two outlets confirm
    ("The governor is expected to sign the levee bill on Friday.", "sign", "speculative", True),
    # (a plan or an intention is its holder's stated resolve: their words, planned; no guess)
    ("The shipping firm plans to close two depots.", "close", "reported", True),
    ("The senator intends to run for governor.", "run", "reported", True),
    ("The ferry company is planning to retire its two oldest boats.", "retire", "reported", True),
    ("The regional board is set to approve the budget.", "approve", "asserted", True),
    # hearsay and possibility
    ("The driver reportedly fled to the coast.", "flee", "conditional", False),
    ("The clerk allegedly forged the ledger.", "forge", "conditional", False),
    ("The dock strike could end this week.", "end", "speculative", False),
])
def test_en_claims_expectations_and_hearsay_are_not_deeds(nlp_en: Any, sentence: str, predicate: str,
                                                          modality: str, planned: bool) -> None:
    from recoupe.claims.status import FIRM

    c = _claims(nlp_en, sentence)[predicate]
    assert (c.modality, c.planned) == (modality, planned)
    assert c.planned or c.modality not in FIRM  # neither a deed stated firmly


@pytest.mark.parametrize(("sentence", "predicate", "modality"), [
    # a forecast relayed by a reporting verb stays a forecast (as « said the city may cut » does)
    ("The mayor said the port expects to hire 300 dockers.", "hire", "speculative"),
    ("The union leader said he envisioned that the strike would last a month.", "last", "speculative"),
    # a forecast with a subject of its own, a thing or a body (« expect X to »), is still a forecast
    ("The bank said it expects the economy to grow by 2 percent.", "grow", "speculative"),
    ("Analysts said they expect prices to rise next year.", "rise", "speculative"),
    ("The lender said it expects the central bank to lower rates in March.", "lower", "speculative"),
    # a negated infinitive expectation forecasts nothing (its negation reaches the claim); a plain
    # report stays reported
    ("The mayor said the port did not expect to hire dockers.", "hire", "reported"),
    ("The mayor said the port plans to hire 300 dockers.", "hire", "reported"),
    # over a clause of its own, a negated expectation still only forecasts (never the end stated firmly)
    ("The mayor said she does not expect the strike to end soon.", "end", "speculative"),
    # what a person is expected to do is a demand on them, the writer's words
    ("The union said it expects the mayor to meet the strikers on Monday.", "meet", "reported"),
])
def test_en_claims_relayed_forecast_keeps_its_hedge(nlp_en: Any, sentence: str, predicate: str,
                                                    modality: str) -> None:
    assert _claims(nlp_en, sentence)[predicate].modality == modality


def test_en_claims_planned_events(nlp_en: Any) -> None:
    assert _claims(nlp_en, "The minister will travel to Beijing next week.")["travel"].planned
    assert not _claims(nlp_en, "The minister travelled to Beijing last week.")["travel"].planned


def test_en_claims_frame_parts(nlp_en: Any) -> None:
    doc = nlp_en("Russia supplied North Korea with shells in Vladivostok, and 3,000 soldiers arrived.")
    supply = next(c for c in doc._.claims if c.predicate == "supply")
    assert doc[supply.subject[0]:supply.subject[1]].text == "Russia"
    assert doc[supply.object[0]:supply.object[1]].text == "North Korea"
    arrive = next(c for c in doc._.claims if c.predicate == "arrive")
    assert arrive.numbers == ["3,000 soldiers"]


def test_en_claims_headline_without_a_verb_is_a_claim(nlp_en: Any) -> None:
    claims = _claims(nlp_en, "Two dead after floods in Texas")
    assert len(claims) == 1 and next(iter(claims.values())).modality == "asserted"


def test_en_claims_seam_chooses_by_language(nlp_en: Any) -> None:
    doc = nlp_en("The army shelled the camp.")
    assert doc.lang_ == "en"
    assert [c.predicate for c in claims_of(doc)] == [c.predicate for c in read_claims(doc)] == ["shell"]


def _texts(nlp_en: Any, text: str) -> dict[str, str]:
    doc = nlp_en(text)
    return {c.predicate: doc[c.start:c.end].text for c in doc._.claims}


def test_en_claims_clause_stops_before_a_coordinated_report(nlp_en: Any) -> None:
    # the final period and the « and » hang from the first verb: they must not stretch its clause
    # over the coordinated « said ... » that ends the sentence
    texts = _texts(nlp_en, "Senator Jane Ortega met the harbor board in Lakeport and then said that she would run.")
    assert texts["meet"] == "Senator Jane Ortega met the harbor board in Lakeport"
    assert texts["run"] == "that she would run"


def test_en_claims_clause_leaves_out_a_participle_report(nlp_en: Any) -> None:
    # "..., claiming (that) ...": the report is its own frame, its content its own claim
    texts = _texts(nlp_en, "The governor called the plan unfair on Tuesday, claiming the city had lied to voters.")
    assert "claiming" not in texts["call"] and "lied" not in texts["call"]
    assert _claims(nlp_en, "The governor said on Tuesday that the city had lied, claiming it hid the costs.")


@pytest.mark.parametrize(("sentence", "predicate", "modality"), [
    # « claim » reports (the source stands by it); hedging is for may, might, believe...
    ("The governor claimed that the city had lied to voters.", "lie", "reported"),
    # a deed refused is no denial; a refused confirmation is one
    ("The council refused to give the mayor money for the stadium.", "give", "asserted"),
    ("The ministry refused to confirm the attack.", "confirm", "denied"),
])
def test_en_claims_claiming_and_refusing(nlp_en: Any, sentence: str, predicate: str, modality: str) -> None:
    assert _claims(nlp_en, sentence)[predicate].modality == modality


@pytest.mark.parametrize(("sentence", "predicate", "modality"), [
    # a verdict the subject gives its object is the subject's words, the clause that tells it too
    ("The mayor called the ruling “deeply unfair,” saying the judges ignored the facts.", "call", "reported"),
    ("The senator called the charges unsubstantiated.", "call", "reported"),
    ("Critics labeled the plan a giveaway to banks.", "label", "reported"),
    # a call for something, a meeting called to order: acts, in the article's voice
    ("Officials called for calm.", "call", "asserted"),
    ("The senator called the meeting to order.", "call", "asserted"),
])
def test_en_claims_verdict_of_a_calling_verb(nlp_en: Any, sentence: str, predicate: str, modality: str) -> None:
    assert _claims(nlp_en, sentence)[predicate].modality == modality


@pytest.mark.parametrize(("sentence", "predicate"), [
    ("As governor, I'll fix the roads.", "fix"),
    ("We will rebuild the bridge.", "rebuild"),
])
def test_en_claims_first_person_is_someones_words(nlp_en: Any, sentence: str, predicate: str) -> None:
    assert _claims(nlp_en, sentence)[predicate].modality == "reported"


@pytest.mark.parametrize(("sentence", "predicate", "modality", "cue"), [
    # defending oneself against a claim rejects it (a denial), as « disputed the report »
    ("At a press conference, the coach defended himself on Monday against a report he had hidden an injury "
     "from the club.", "defend", "denied", "defend"),
    ("The governor pushed back against reports that the bridge had been closed for weeks.", "push", "denied",
     "push"),
    ("The team hit back at claims that its coach had been fired.", "hit", "denied", "hit"),
    # defending a plan or a record against people rejects no claim
    ("The mayor defended the plan against its opponents.", "defend", "asserted", ""),
    ("The senator defended her record against critics.", "defend", "asserted", ""),
    ("The players pushed back the start of training.", "push", "asserted", ""),
    # the content of a noun of claim is the report's or the accusers' words, not the defender's
    ("At a press conference, the coach defended himself on Monday against a report he had hidden an injury "
     "from the club.", "hide", "reported", "report"),
    ("The senator said she would not run again amid accusations from two aides that she had bullied her staff.",
     "bully", "reported", "accusation"),
    # a relative clause of the noun tells no content
    ("The report she wrote last year was praised.", "write", "asserted", ""),
])
def test_en_claims_defence_against_a_claim_and_the_claims_content(nlp_en: Any, sentence: str, predicate: str,
                                                                  modality: str, cue: str) -> None:
    c = _claims(nlp_en, sentence)[predicate]
    assert (c.modality, c.cue) == (modality, cue)
    if cue in {"report", "accusation"}:
        assert c.frame is None  # not told as the words of the defender


@pytest.mark.parametrize(("sentence", "predicate", "modality"), [
    # « deny » meaning refuse: a grant withheld, or something given to someone, is no denial
    ("The clinic denied a request to release the files.", "deny", "asserted"),
    ("The bakery denied service to two customers.", "deny", "asserted"),
    ("The board denied the family access to the records.", "deny", "asserted"),
    ("The mayor denied the rumors about his health.", "deny", "denied"),
    ("The mayor denied all knowledge of the payments.", "deny", "denied"),
    # declining to comment rejects nothing; declining to confirm still denies
    ("The council refused again to comment about its audit.", "comment", "asserted"),
    ("The ministry refused to confirm the attack.", "confirm", "denied"),
    # an idea, a suggestion, criticism: a claim only with what it says
    ("The governor has also dismissed the senator's idea.", "dismiss", "asserted"),
    ("The governor dismissed the idea that the bridge was unsafe.", "dismiss", "denied"),
    ("Some senators also rejected the mayor's suggestion, a sign of trouble for the party.", "reject", "asserted"),
    ("The union rejected the suggestion that its leaders had lied.", "reject", "denied"),
    ("The agency sought to defend the programs against criticism.", "defend", "asserted"),
    ("The agency pushed back against criticism that it had wasted money.", "push", "denied"),
    ("The mayor hit back at these criticisms on the radio.", "hit", "denied"),
    ("The mayor hit back at criticism.", "hit", "asserted"),
    ("The agency hit back at criticism from local unions that the director had failed.", "hit", "denied"),
    # pushing back against the people who hold a claim rejects it
    ("The agency pushed back against critics like the senator who said the plan amounted to a tax rise.", "push",
     "denied"),
    # pushing back on a claim, also in a purpose infinitive
    ("The agency tried to push back on rumors from lawmakers that it had lost the files.", "push", "denied"),
    ("Later that day, the mayor took to the radio to push back on reports about his resignation.", "push", "denied"),
    # asserting one's innocence denies the charges, also when a lawyer relays it
    ("The senator has maintained his innocence since his arrest.", "maintain", "denied"),
    ("The lawyer said the senator asserts his innocence in the bribery case.", "assert", "denied"),
    # figures are disputed, not turned down
    ("The union disputed the figures released by the ministry.", "dispute", "denied"),
    ("The senator, who disputed the agency's statistics, spoke first.", "dispute", "denied"),
    # a court dismissing the charges acts on a case; the accused dismissing them denies
    ("A federal judge dismissed the charges against the senator.", "dismiss", "asserted"),
    ("The senator dismissed the charges as a smear.", "dismiss", "denied"),
    ("The senator dismissed the charges against him.", "dismiss", "denied"),
    # a passive of misreading with « as » denies the reading; active, it accuses
    ("The governor claimed that the rule was misconstrued as a ban on cars.", "misconstrue", "denied"),
    ("The report said the senator misrepresented his record.", "misrepresent", "reported"),
])
def test_en_claims_denial_or_not_on_unseen_articles(nlp_en: Any, sentence: str, predicate: str,
                                                   modality: str) -> None:
    assert _claims(nlp_en, sentence)[predicate].modality == modality


@pytest.mark.parametrize(("sentence", "predicate", "modality", "negated"), [
    # a copula that calls what was said false denies it: a pronoun, a claim or a clause as subject
    ("“The report is untrue,” the spokesman said.", "untrue", "denied", False),
    ("“Those stories are false,” he said.", "false", "denied", False),
    ("The story is not true, the minister said.", "true", "denied", False),
    ("The mayor said the account his rivals have given is “simply not true.”", "true", "denied", False),
    ("This is not an accurate statement.", "statement", "denied", False),
    ("Saying that the plant will close is baseless, the firm said.", "baseless", "denied", False),
    ("That she ran the shop alone is nonsense, her brother said.", "nonsense", "denied", False),
    ("Reports of a merger are an outright fabrication, the bank said.", "fabrication", "denied", False),
    # ... but not an act judged, a plan found wanting, a doubt, a falsehood itself negated
    ("It is wrong to ban the book.", "wrong", "asserted", False),
    ("The plan is not right for the city.", "right", "asserted", True),
    ("It is not clear who raised the issue.", "clear", "asserted", True),
    ("The rumor is not false, the aide conceded.", "false", "reported", True),
    ("Nobody asked whether she knew that her figures were false.", "false", "reported", False),
    # « nor has it denied »: a negated denial is no denial, and what it would deny is only reported
    ("The bakery has made no comment, nor has it denied that it sold the flour.", "sell", "reported", False),
    ("The bakery has made no comment, nor has it denied that it sold the flour.", "make", "asserted", True),
    # a question about a denial denies nothing
    ("Why does the council deny what happened?", "happen", "reported", False),
    ("Did the mayor deny the report?", "deny", "asserted", False),
    # those who hold a claim are said to lie: their claim is rejected; anyone else lying is no denial
    ("The guard said the tenants who had accused him of theft were lying.", "lie", "denied", False),
    ("His critics are lying, the mayor said.", "lie", "denied", False),
    ("Perhaps some of the tenants are lying.", "lie", "speculative", False),
    ("The tenants accused him of lying to the court.", "accuse", "asserted", False),
    # headline verbs: challenged figures, a debunked claim, a story slammed as inaccurate
    ("The union challenged the figures.", "challenge", "denied", False),
    ("The union challenged the data.", "challenge", "denied", False),
    ("The union challenged the ruling in court.", "challenge", "asserted", False),
    ("The aide slammed the story as inaccurate.", "slam", "denied", False),
    ("The senator slammed the governor's decision.", "slam", "asserted", False),
])
def test_en_claims_denials_of_headlines_and_leads(nlp_en: Any, sentence: str, predicate: str, modality: str,
                                                  negated: bool) -> None:
    c = _claims(nlp_en, sentence)[predicate]
    assert (c.modality, c.negated) == (modality, negated)


def test_en_claims_content_of_a_claim_noun_hung_as_a_noun_clause(nlp_en: Any) -> None:
    # « his claim that … » parsed as a clause of the noun (acl): what the claim says is a claim
    c = _claims(nlp_en, "The mayor repeated his claim that the dam was built too fast.")
    assert "build" in c and c["build"].cue == "claim"
    text = "Senators asked him to explain his claim that the dam is a \"project of the governor's making\"."
    assert _claims(nlp_en, text)["project"].cue == "claim"
    # a relative clause or a reduced relative tells no content
    assert _claims(nlp_en, "The mayor repeated the report that he wrote in May.")["write"].cue == ""
    assert "publish" not in _claims(nlp_en, "The mayor attacked the report published on Friday.")


@pytest.mark.parametrize(("sentence", "predicate", "cue"), [
    # a verb of giving with its recipient alone: the claim noun is the thing given, the gap of a
    # reduced relative, not its content
    ("The union dismissed the report the consultant sent the board.", "send", None),
    ("The coach rejected the claim the agent offered him.", "offer", None),
    # with the thing given, or sent somewhere, the clause tells the claim's content
    ("The coach rejected claims the agent offered him a bribe.", "offer", "claim"),
    ("Officials denied reports the government sent the army into the valley.", "send", "report"),
])
def test_en_claims_reduced_relative_of_a_verb_of_giving_tells_no_content(nlp_en: Any, sentence: str,
                                                                          predicate: str, cue: str | None) -> None:
    claims = _claims(nlp_en, sentence)
    if cue is None:
        assert predicate not in claims
    else:
        assert (claims[predicate].modality, claims[predicate].cue) == ("reported", cue)


def test_en_claims_denial_after_a_closed_quotation_is_no_incise(nlp_en: Any) -> None:
    # a quotation closed by its full stop ends its sentence: the next sentence's verb that rejects
    # a report it names is a denial of that report, not the quotation's reporting verb
    text = ("Asked about the rota, the union leader was blunt: \"Nobody here will work these shifts.\" A union "
            "statement issued later disputed the story in the Harbour Times as inaccurate.")
    claims = _claims(nlp_en, text)
    # (the quotation itself is reported speech, read from its marks: not from the next verb)
    assert claims["dispute"].modality == "denied" and claims["work"].cue != "dispute"
    # an incise after a comma still reports the quotation
    c = _claims(nlp_en, "\"Nobody here will work these shifts,\" the union leader told the crowd.")["work"]
    assert (c.modality, c.cue) == ("reported", "tell")


@pytest.mark.parametrize(("sentence", "predicate", "modality"), [
    # a condition or a proposal makes « would » hypothetical, even under a past reporting verb
    ("If true, these charges would end his career, the chairman said.", "end", "conditional"),
    ("The mayor told reporters that the ordinance would give the police new powers.", "give", "conditional"),
    ("The council passed a bill that would ban the sale of fireworks.", "ban", "conditional"),
    # an adverb before the perfect does not hide the counterfactual
    ("The coach said the club would clearly have won the cup without the injuries.", "win", "conditional"),
    # ... while the backshifted « will » of a plain report stays reported
    ("The mayor said the bridge would reopen in May.", "reopen", "reported"),
    # an obligation a source states is its words; in the article's voice « should » still guesses
    ("The coach said the players must apologize to the fans.", "apologize", "reported"),
    ("The storm should reach the coast tonight.", "reach", "speculative"),
    # an opinion is its holder's words; a forecast held is speculation
    ("I believe the minister is honest.", "honest", "reported"),
    ("I think the vote will slip to next spring.", "slip", "speculative"),
    # a negated opinion holds nothing firm; « should » under an opinion forecasts
    ("I don't think our senator is trustworthy.", "trustworthy", "speculative"),
    ("Economists believe the takeover should close by October.", "close", "speculative"),
    # « must/should have »: an inference or a counterfactual, even under a source
    ("Witnesses said the pilot should have noticed the warning light.", "notice", "speculative"),
    ("Engineers said the leak must have begun under the old bridge.", "begin", "speculative"),
    # a passive subject's « would » is reported speech's « will », proposal noun or not
    ("She said the plan would be presented to voters in April.", "present", "reported"),
    ("The minister said the scheme would be unveiled next week.", "unveil", "reported"),
    # near-certain forecasts and appearances hedge
    ("That move is sure to anger the unions.", "sure", "speculative"),
    ("The ruling seemed certain to anger the farmers.", "seem", "speculative"),
    ("It looks like the minister is changing his mind.", "change", "speculative"),
    ("The suspect appeared in court on Monday.", "appear", "asserted"),
    # a relative clause tells of the rumour itself, not what the rumour says
    ("The rumors, which spread across the capital on Monday, angered the mayor.", "spread", "asserted"),
    # what someone undertakes in words is reported
    ("The new president promised quick results.", "promise", "reported"),
    ("The new president visited the harbor.", "visit", "asserted"),
])
def test_en_claims_modality_of_would_opinions_and_forecasts(nlp_en: Any, sentence: str, predicate: str,
                                                             modality: str) -> None:
    assert _claims(nlp_en, sentence)[predicate].modality == modality


@pytest.mark.parametrize(("sentence", "predicate", "cue"), [
    # « would » + perfect: what would have happened and did not, marked so for grouping
    ("Without the storm, the ferry would have reached the island by noon.", "reach", "would have"),
    ("The keeper said the final would surely have been the longest match of the year.", "match", "would have"),
    # no perfect, or « would have to » (an obligation supposed): the modal alone is the cue
    ("In calm weather the ferry would reach the island by noon.", "reach", "would"),
    ("Without a deal, the ferry company would have to sell two boats.", "sell", "would"),
])
def test_en_claims_counterfactual_cue(nlp_en: Any, sentence: str, predicate: str, cue: str) -> None:
    c = _claims(nlp_en, sentence)[predicate]
    assert (c.modality, c.cue, c.planned) == ("conditional", cue, False)


def test_en_claims_past_tagged_as_participle_backshifts_will(nlp_en: Any) -> None:
    # a past the tagger takes for a participle (no auxiliary, a subject of its own: it happens after
    # an unknown surname) still backshifts « will »; the tag is forced here to make the case
    doc = nlp_en("Okafor announced in May that she would not seek a third term.")
    doc[1].tag_ = "VBN"
    seek = next(c for c in read_claims(doc) if c.predicate == "seek")
    assert (seek.modality, seek.planned) == ("reported", True)


@pytest.mark.parametrize(("sentence", "predicate", "modality"), [
    # « described X as Y »: the description is the subject's words; a description without « as » is an act
    ("The rookies described themselves as underdogs after the draw.", "describe", "reported"),
    ("The senator described the meeting in detail.", "describe", "asserted"),
])
def test_en_claims_descriptions_with_as(nlp_en: Any, sentence: str, predicate: str, modality: str) -> None:
    assert _claims(nlp_en, sentence)[predicate].modality == modality


def _read(nlp_en: Any, text: str) -> dict[str, tuple[str, str]]:
    doc = nlp_en(text)
    return {c.predicate: (c.modality, doc[c.start:c.end].text) for c in doc._.claims}


def test_en_claims_condition_belongs_to_the_clause_it_restricts(nlp_en: Any) -> None:
    # the statement is « will resign if … », not « will resign »; the condition stays a claim of its own
    claims = _read(nlp_en, "The coach will resign if the team loses again.")
    assert claims["resign"] == ("asserted", "The coach will resign if the team loses again")
    assert claims["lose"] == ("conditional", "if the team loses again")
    # « even if » concedes: no condition, the clause is cut as before
    claims = _read(nlp_en, "The school will stay open even if the heating fails.")
    assert claims["stay"][1] == "The school will stay open"


@pytest.mark.parametrize(("sentence", "main", "main_text", "participle", "modality"), [
    ("The governor lashed out at the mayor on Monday, accusing him of hiding the audit from voters.",
     "lash", "The governor lashed out at the mayor on Monday", "accuse", "reported"),
    ("The coach praised his players on Saturday, calling their defence a brick wall.",
     "praise", "The coach praised his players on Saturday", "call", "reported"),
    # a verdict of falsehood in the participle is a denial, as in a main clause
    ("The minister left the talks, calling the report false.",
     "leave", "The minister left the talks", "call", "denied"),
])
def test_en_claims_speech_participle_is_a_claim_of_its_own(nlp_en: Any, sentence: str, main: str, main_text: str,
                                                           participle: str, modality: str) -> None:
    claims = _read(nlp_en, sentence)
    assert claims[main] == ("asserted", main_text)
    assert claims[participle][0] == modality


def test_en_claims_speech_participle_with_an_unread_infinitive_stays(nlp_en: Any) -> None:
    # a reporting verb whose infinitive no claim reads (« telling residents to stay indoors ») stays in its
    # clause: cut out of it, it would be in no claim
    claims = _read(nlp_en, "The officials visited the city, warning residents to stay home.")
    assert claims["visit"] == ("asserted", "The officials visited the city, warning residents to stay home")
    # one whose infinitive is read (« vowing to fix … ») is a claim of its own
    claims = _read(nlp_en, "The mayor toured the site, vowing to fix the roads.")
    assert claims["tour"] == ("asserted", "The mayor toured the site")
    assert claims["fix"][0] == "reported"


def test_en_claims_participle_of_a_deed_is_asserted_apart(nlp_en: Any) -> None:
    # « offering himself as … » is no speech (not reported), but a deed of its own: its own claim, asserted
    claims = _read(nlp_en, "The senator left the room, offering himself as a calmer choice.")
    assert claims["leave"] == ("asserted", "The senator left the room")
    assert claims["offer"] == ("asserted", "offering himself as a calmer choice")


@pytest.mark.parametrize(("sentence", "main_text", "parts"), [
    # a participle after a comma tells its own event; coordinated participles are one event each
    ("A storm hit the northern coast on Monday, killing three fishermen and leaving the harbor without power.",
     "A storm hit the northern coast on Monday",
     {"kill": "killing three fishermen", "leave": "leaving the harbor without power"}),
    # « after / before / while » + participle: the earlier or simultaneous event is a fact of its own
    ("The mayor resigned on Friday after losing a council ballot on the budget.",
     "The mayor resigned on Friday", {"lose": "losing a council ballot on the budget"}),
    ("The singer performed in the park before flying to the capital.",
     "The singer performed in the park", {"fly": "flying to the capital"}),
    ("The senator fell ill while visiting a factory in the valley.",
     "The senator fell ill", {"visit": "while visiting a factory in the valley"}),
])
def test_en_claims_event_participle_is_a_claim_of_its_own(nlp_en: Any, sentence: str, main_text: str,
                                                          parts: dict[str, str]) -> None:
    claims = _read(nlp_en, sentence)
    assert main_text in {text for _, text in claims.values()}
    for predicate, text in parts.items():
        assert claims[predicate] == ("asserted", text)
    # the participle has the main clause's subject
    doc = nlp_en(sentence)
    subject = " ".join(main_text.split()[:2])
    for c in doc._.claims:
        if c.predicate in parts:
            assert c.subject is not None and doc[c.subject[0]:c.subject[1]].text == subject


@pytest.mark.parametrize(("sentence", "main_text", "predicate", "text"), [
    # before its main clause, after « two days after », passive or perfect after a time word, a means
    ("Two days after abruptly closing the harbor, the mayor reopened it for fishing boats.",
     "the mayor reopened it for fishing boats", "close", "abruptly closing the harbor"),
    ("Citing the audit, the board fired the treasurer on Monday.",
     "the board fired the treasurer on Monday", "cite", "Citing the audit"),
    ("The clerk was arrested on Friday after being charged by a county grand jury.",
     "The clerk was arrested on Friday", "charge", "being charged by a county grand jury"),
    ("By cutting the bus routes, the city saved two million dollars.",
     "the city saved two million dollars", "cut", "cutting the bus routes"),
])
def test_en_claims_event_participle_other_places(nlp_en: Any, sentence: str, main_text: str, predicate: str,
                                                  text: str) -> None:
    claims = _read(nlp_en, sentence)
    assert main_text in {t for _, t in claims.values()}
    assert claims[predicate] == ("asserted", text)


def test_en_claims_participle_after_without_is_not_told(nlp_en: Any) -> None:
    # « without paying » says no payment was made: no claim that tells one
    claims = _read(nlp_en, "The driver left the station without paying the fare.")
    assert "pay" not in claims


@pytest.mark.parametrize(("sentence", "main_text"), [
    # a participle that is a preposition, or a bare manner participle, is no event of its own
    ("The team won the final, following a late goal.", "The team won the final, following a late goal"),
    ("The company sold its plant, including two warehouses.", "The company sold its plant, including two warehouses"),
    ("The minister stayed in his seat, smiling.", "The minister stayed in his seat, smiling"),
])
def test_en_claims_participle_without_an_event_stays(nlp_en: Any, sentence: str, main_text: str) -> None:
    claims = _read(nlp_en, sentence)
    assert len(claims) == 1 and next(iter(claims.values()))[1] == main_text


def test_en_claims_event_participle_is_told_by_its_main_clause_source(nlp_en: Any) -> None:
    # the participle of a reported clause is reported too, by the same source
    claims = _read(nlp_en, "Police said the gunman opened fire at a market, wounding six people.")
    assert claims["open"][0] == "reported" and claims["wound"] == ("reported", "wounding six people")


@pytest.mark.parametrize(("sentence", "predicate", "modality"), [
    # a complement coordinated with a reported one is reported too, « would » its backshifted « will »
    ("The governor criticised the board on Sunday, saying that the budget was too small and that his "
     "office would not accept it.", "accept", "reported"),
    ("He said that prices rose and that wages fell.", "fall", "reported"),
    ("The mayor vowed to cut taxes and fix the roads.", "fix", "reported"),
    # a finite verb coordinated with the infinitive is a deed of its own, not what is expected
    ("Police are expected to charge the driver and released him on bail.", "release", "asserted"),
])
def test_en_claims_coordinated_complements_share_the_source(nlp_en: Any, sentence: str, predicate: str,
                                                            modality: str) -> None:
    assert _read(nlp_en, sentence)[predicate][0] == modality


def test_en_claims_coordinated_infinitive_is_not_inside_the_first(nlp_en: Any) -> None:
    # « fix the roads » is a claim of its own: the first infinitive's claim stops before it, so its words
    # and figures count once
    claims = _read(nlp_en, "The mayor vowed to cut taxes and fix the roads.")
    assert claims["cut"] == ("reported", "to cut taxes")
    assert claims["fix"] == ("reported", "fix the roads")


@pytest.mark.parametrize(("text", "predicate", "modality"), [
    # a quote whose speaker is named in the sentence before: someone's words
    ("Mr. Ortega spoke at the fair on Sunday. “The governor and his allies wasted two years and the roads "
     "got worse. We will do better.”", "get", "reported"),
    # a summary cut inside the quote: the mark is never closed
    ("Mr. Ortega spoke at the fair on Sunday. “It’s plain: the governor is the worst builder in the state.",
     "builder", "reported"),
    # the writer's clause around a scare quote stays the writer's
    ("The council approved the “bridge plan” on Monday.", "approve", "asserted"),
    ("The council met on Monday. The bridge plan was approved.", "approve", "asserted"),
    # a quote closed with a mark of the other style (a wire habit) is closed: what follows is the writer's
    ("“We will win,\" the mayor said. The crowd cheered loudly.", "cheer", "asserted"),
    ("Fans celebrated in the streets. \"The title is ours,” one supporter shouted. Police closed the square.",
     "close", "asserted"),
    # an inch mark opens no quotation
    ("The new striker is 6'2\" tall. The club signed him on Monday.", "sign", "asserted"),
])
def test_en_claims_clause_inside_quotation_marks_is_reported(nlp_en: Any, text: str, predicate: str,
                                                             modality: str) -> None:
    assert _read(nlp_en, text)[predicate][0] == modality


@pytest.mark.parametrize(("sentence", "predicate", "modality"), [
    # the content of a claim noun is its holder's words, as the clause of « claimed that »
    ("The senator repeated his earlier claims that the tax was illegal.", "illegal", "reported"),
    ("The union repeated its claim that the plant was unsafe.", "unsafe", "reported"),
    # a speculation noun still hedges its content
    ("Markets rose on speculation that the bank would cut rates.", "cut", "speculative"),
])
def test_en_claims_content_of_a_claim_noun(nlp_en: Any, sentence: str, predicate: str, modality: str) -> None:
    assert _read(nlp_en, sentence)[predicate][0] == modality


@pytest.mark.parametrize(("sentence", "predicate", "modality"), [
    # a passive verb of standing with its predicate supposes nothing, even a clause misparsed under it
    ("The vote gave the party a big boost — the mayor had long been considered the likely winner — and it may "
     "change the race.", "give", "asserted"),
    ("The mayor is being considered to lead the agency.", "lead", "speculative"),  # envisaged
    # « can't believe / imagine » takes its clause as known; a plain or negated belief still hedges
    ("The senator can't believe the council approved the budget.", "approve", "reported"),
    ("Residents said they could not imagine that the town had survived.", "survive", "reported"),
    ("Residents say they imagine the town would survive another flood.", "survive", "speculative"),
    ("The senator does not believe the council approved the budget.", "approve", "speculative"),
    # the speaker's own « I think » before a forecast hedges it; a relayed belief is reported
    ("“We have no date yet, but I think it’ll pass in the spring,” the senator said.", "pass", "speculative"),
    ("The mayor thinks the fine will stand, aides said.", "stand", "reported"),
    # the hedge of the frame wins over « would »
    ("The union hints it wouldn't sign the deal in the fall.", "sign", "speculative"),
    # a participle under a participle of a past clause still backshifts « will »
    ("The coach criticized the referees on Sunday, saying that two goals were missed and promising that his "
     "club would appeal.", "appeal", "reported"),
])
def test_en_claims_standing_disbelief_and_held_forecasts(nlp_en: Any, sentence: str, predicate: str,
                                                         modality: str) -> None:
    claims = _claims(nlp_en, sentence)
    assert predicate in claims, sorted(claims)
    assert claims[predicate].modality == modality


@pytest.mark.parametrize(("opening", "modality"), [("“", "reported"), ("", "asserted")])
def test_en_claims_sentence_left_to_the_fallback_inside_a_quote(nlp_en: Any, opening: str, modality: str) -> None:
    # (a curly « ’s » with no complement yields no clause claim: the sentence's fallback claim keeps the quote)
    doc = nlp_en(f"The council met on Monday. {opening}It’s about our jobs, our towns.")
    claim = next(c for c in doc._.claims if "our jobs" in doc[c.start:c.end].text)
    assert claim.modality == modality


@pytest.mark.parametrize(("sentence", "predicate", "modality"), [
    # a relative clause on the object of a stance describes that object in the article's voice
    ("The senator criticized the law that Congress passed in May.", "pass", "asserted"),
    ("The union marched on Friday to oppose a pension reform the minister had championed for months.",
     "champion", "asserted"),
    # (an announcement's object is its message: its relative clause stays the announcer's words)
    ("The mayor announced a plan that cuts the bus fares.", "cut", "reported"),
    # a participle scene shown is no one's words; a finite clause shown is reported
    ("The photo shows the coach standing beside the injured player.", "stand", "asserted"),
    ("The figures show that sales fell in May.", "fall", "reported"),
    # a quoted label in a Title Case headline is the caller's words; a quoted name in the object is not a label
    ("Rookie Calls His First Season 'A Blur'.", "call", "reported"),
    ("The mayor called the 'Big Four' meeting for Monday.", "call", "asserted"),
])
def test_en_claims_what_a_stance_or_a_picture_frames(nlp_en: Any, sentence: str, predicate: str,
                                                     modality: str) -> None:
    claims = _claims(nlp_en, sentence)
    assert predicate in claims, sorted(claims)
    assert claims[predicate].modality == modality


@pytest.mark.parametrize(("sentence", "predicate", "modality", "cue", "planned"), [
    # an event participle cut out of its main clause keeps that clause's modal, hearsay, condition, future
    ("The storm could hit the coast on Monday, killing three people.", "kill", "speculative", "could", False),
    ("The army may have shelled the camp, killing 12 civilians.", "kill", "speculative", "may", False),
    ("The storm reportedly hit the coast on Monday, killing three people.", "kill", "conditional", "reportedly",
     False),
    ("If the dam breaks, the flood would sweep the valley, killing thousands.", "kill", "conditional", "would",
     False),
    ("The bill would fund schools by raising the sales tax.", "raise", "conditional", "would", False),
    ("The company will cut 500 jobs next year, saving 20 million dollars.", "save", "asserted", "", True),
    ("The storm will hit the coast on Friday, forcing thousands to leave their homes.", "force", "asserted", "",
     True),
    # the main clause asserted: so is the participle
    ("The storm hit the coast on Monday, killing three people.", "kill", "asserted", "", False),
    # what follows a future is still to come
    ("The plant will close in June before reopening in September.", "reopen", "asserted", "", True),
])
def test_en_claims_event_participle_keeps_its_main_clause_modality(nlp_en: Any, sentence: str, predicate: str,
                                                                   modality: str, cue: str, planned: bool) -> None:
    claims = _claims(nlp_en, sentence)
    assert predicate in claims, sorted(claims)
    c = claims[predicate]
    assert (c.modality, c.cue, c.planned) == (modality, cue, planned)


def test_en_claims_commitment_frame_is_no_modality_of_the_deed_after_it(nlp_en: Any) -> None:
    # what the minister promised is his words; the reaction that follows is told by the article
    claims = _claims(nlp_en, "The minister promised quick results on Monday, sending the shares higher.")
    assert claims["send"].modality == "asserted"


def test_en_claims_participle_on_a_denial_is_denied_not_a_deed(nlp_en: Any) -> None:
    # « killing 12 » extends what is denied; it is no killing the army owns up to
    claims = _claims(nlp_en, "The army denied shelling the camp, killing 12 civilians.")
    assert claims["kill"].modality == "denied" and claims["shell"].modality == "denied"
    # a loss after which the denial came is taken as known
    claims = _claims(nlp_en, "The senator denied resigning after losing the vote.")
    assert claims["lose"].modality == "asserted"


@pytest.mark.parametrize(("sentence", "main_text", "absent"), [
    # « before » + participle on a passive: a deed prevented, not told as done
    ("The gunman was shot dead before detonating the bomb.",
     "The gunman was shot dead before detonating the bomb", "detonate"),
    ("The suspect was arrested at the airport before boarding his plane home.",
     "The suspect was arrested at the airport before boarding his plane home", "board"),
])
def test_en_claims_participle_after_before_stays_in_its_clause(nlp_en: Any, sentence: str, main_text: str,
                                                               absent: str) -> None:
    claims = _read(nlp_en, sentence)
    assert absent not in claims
    assert main_text in {t for _, t in claims.values()}


@pytest.mark.parametrize(("sentence", "predicate", "subject"), [
    # a gerund under « of / for / from / against » does not take the governing verb's subject
    ("Critics accused the minister of trying to hide the money.", "hide", None),
    ("Officials blamed the contractor for failing to finish the bridge.", "finish", None),
    ("The union warned the company against trying to cut wages.", "cut", None),
    # an event participle after a time word does
    ("Police arrested the man after finding the weapon.", "find", "Police"),
])
def test_en_claims_gerund_subject_does_not_skip_the_object(nlp_en: Any, sentence: str, predicate: str,
                                                           subject: str | None) -> None:
    doc = nlp_en(sentence)
    c = next(c for c in doc._.claims if c.predicate == predicate)
    assert (doc[c.subject[0]:c.subject[1]].text if c.subject else None) == subject


@pytest.mark.parametrize(("sentence", "predicate", "modality"), [
    # « is considered to have + participle » supposes; a standing with its predicate does not
    ("He is considered to have fled the country.", "flee", "speculative"),
    ("The coach is considered by many to have broken the rules.", "break", "speculative"),
    # data that show a trend report it; a picture shows a scene
    ("Polls show the mayor leading the race.", "lead", "reported"),
    ("Data show prices rising for a third month.", "rise", "reported"),
    ("The figures show unemployment falling to 5 percent.", "fall", "reported"),
    ("The footage shows the driver leaving the scene.", "leave", "asserted"),
    # « cannot believe that he is guilty » refuses a judgement; « cannot believe they arrested him » wonders
    ("The family cannot believe that he is guilty.", "guilty", "speculative"),
    ("His lawyer cannot believe the police arrested him.", "arrest", "reported"),
    # « would » under a present relative clause is no backshifted « will »
    ("Engineers who are warning that the dam would fail in a flood met the mayor on Monday.", "fail", "conditional"),
])
def test_en_claims_review_guards(nlp_en: Any, sentence: str, predicate: str, modality: str) -> None:
    claims = _claims(nlp_en, sentence)
    assert predicate in claims, sorted(claims)
    assert claims[predicate].modality == modality
    assert not claims[predicate].planned


def test_en_claims_event_participle_leaves_the_sentence_claim(nlp_en: Any) -> None:
    # the participle's claim does not stand for the sentence: the denial is still told
    claims = _claims(nlp_en, "The senator denied resigning after losing the vote.")
    assert {"deny", "lose"} <= set(claims)


@pytest.mark.parametrize(("sentence", "event"), [
    # « starting on Monday » dates the clause; « starting a fire » is a deed
    ("Starting on Monday, the buses will run every ten minutes.", False),
    ("Beginning next week, the museum will close on Sundays.", False),
    ("Starting a fire in the hills, the arsonist fled on foot.", True),
])
def test_en_claims_time_participle_is_no_event(nlp_en: Any, sentence: str, event: bool) -> None:
    claims = _claims(nlp_en, sentence)
    assert ("start" in claims or "begin" in claims) == event


@pytest.mark.parametrize(("sentence", "predicate", "modality"), [
    # an occasion (« after / while / in » + participle) is taken as known: it keeps no modal of its main clause
    ("The party may have lost more than it expected in closing the office.", "close", "asserted"),
    ("The mayor could resign after losing a council ballot on the budget.", "lose", "asserted"),
    # a means under a doubted result is no doubted means
    ("The club may have saved more than it hoped by selling the stadium.", "sell", "asserted"),
])
def test_en_claims_occasion_participle_keeps_no_modal(nlp_en: Any, sentence: str, predicate: str,
                                                      modality: str) -> None:
    claims = _claims(nlp_en, sentence)
    assert predicate in claims, sorted(claims)
    assert claims[predicate].modality == modality


@pytest.mark.parametrize(("sentence", "predicate", "modality"), [
    # « seems / appears as if »: a hedge frame over an adverbial clause, not a condition
    ("It appears as though the council was unaware of the leak.", "unaware", "speculative"),
    ("It seems as though the pumps were switched off during the night.", "switch", "speculative"),
    # « as if » of manner compares, it sets no condition
    ("The driver acted as if nothing had happened.", "happen", "asserted"),
    ("If the dam fails, the valley will flood.", "fail", "conditional"),
    # « must » states an obligation; its guess needs a state or a perfect
    ("The bridge must be repaired before winter.", "repair", "asserted"),
    ("Players must wear helmets during practice.", "wear", "asserted"),
    ("The keys must be in the car.", "be", "speculative"),
    ("He must have left before noon.", "leave", "speculative"),
    # a state or a progressive under « must » guesses too: no one is obliged to know or to dwell
    ("The thief must own a key to the shed.", "own", "speculative"),
    ("Your neighbour must remember the noise that night.", "remember", "speculative"),
    ("The boat must be drifting toward the reef.", "drift", "speculative"),
    ("The former mayor must stand trial in March.", "stand", "asserted"),
    ("The coach said the players must apologize.", "apologize", "reported"),
    # the words that name the speaker are the article's, even misparsed under the verb
    ("\"Nobody listens to us,'' said Lena Fox, the owner of a bakery that was praised by critics last year.",
     "praise", "asserted"),
    ("\"Nobody listens to us,'' said Lena Fox.", "listen", "reported"),
])
def test_en_claims_appearance_obligation_and_speaker(nlp_en: Any, sentence: str, predicate: str,
                                                     modality: str) -> None:
    claims = _claims(nlp_en, sentence)
    assert predicate in claims, sorted(claims)
    assert claims[predicate].modality == modality


def test_en_claims_title_closed_by_doubled_apostrophes(nlp_en: Any) -> None:
    # « "Harbor,'' »: a straight mark closed by two apostrophes; the relative clause after it is the article's
    claims = _claims(nlp_en, "Fresh from directing \"Harbor,'' which has earned modest sales since its release "
                             "in May, Reyes will host the gala.")
    assert claims["earn"].modality == "asserted"


@pytest.mark.parametrize(("close", "modality"), [("''", "reported"), ("", "asserted")])
def test_en_claims_quote_cut_one_sentence_a_line(nlp_en: Any, close: str, modality: str) -> None:
    # a quotation over lines with no marks of their own, closed on its last line: every line is the speaker's
    doc = nlp_en("The coach said on Monday: \"I watched him train last week.\nHe is quick.\n"
                 f"He likes to joke with the crowd and have a laugh.{close}\nThe club plays on Friday.\n")
    claims = {c.predicate: c for c in doc._.claims}
    assert claims["quick"].modality == modality
    assert claims["like"].modality == modality
    assert claims["play"].modality == "asserted"
