"""The same fact across English outlets told with other verbs: English verb classes, phrasal verbs
and light-verb phrases (lang/en/predicates.py, read by groups.main_verb), and the claim cut of
English clauses (lang/en/claims.py). Sentences invented."""

from __future__ import annotations

from typing import Any

import pytest

from recoupe.claims.groups import (
    GENERAL_VERBS,
    _Features,
    cannot_be_one_fact,
    frame_link,
    infinitive,
    learned_probability,
    main_verb,
    rule_link,
)
from recoupe.claims.status import _general
from recoupe.lang.en.predicates import ENGLISH_ONLY_CLASSES
from recoupe.lang.fr.predicates import CLASS_OF as FR_CLASS_OF
from recoupe.lang.predicates import CLASS_OF, PHRASE_HEADS
from recoupe.model import Claim


@pytest.mark.parametrize(("verb", "text", "action"), [
    ("pull", "The governor pulled out of Thursday's forum", "pull_out"),
    ("lash", "The mayor lashed out at the county board over the budget", "lash_out"),
    ("take", "The senator took a shot at the caucus leaders over the budget", "mock"),
    ("take", "She took a swipe at her opponents in the primary", "mock"),
    ("take", "Ms. Ortega took the oath at noon on Sunday", "take_office"),
    ("assume", "Ortega assumed the highest office of the state on Sunday", "take_office"),
    ("put", "The agency put its permit review on hold for a month", "put_on_hold"),
    ("hold", "The council holds off raising parking fees", "hold_off"),
    ("enter", "Councilwoman Reyes enters the mayoral race", "enter_race"),
    ("jump", "Reyes jumped into the crowded mayoral race", "enter_race"),
    ("throw", "The sheriff threw his hat into the ring for governor", "enter_race"),
    ("file", "The tenants filed a suit over the rent rise", "sue"),
    ("assume", "Ortega assumed office as governor on Sunday", "take_office"),
    ("challenge", "She is challenging the incumbent for the party chairmanship", "run_for"),
    ("run", "The sheriff ran for governor twice", "run_for"),
    ("run", "She will run for re-election next year", "run_for"),
    ("run", "The former judge is running for the open Senate seat", "run_for"),
    ("run", "The deputy said she would run for the top job in the caucus", "run_for"),
    ("pass", "The retired coach passed away on Tuesday at 88", "pass_away"),
])
def test_an_english_phrase_names_the_action_of_its_light_verb(verb: str, text: str, action: str) -> None:
    assert main_verb(verb, text) == action


@pytest.mark.parametrize(("verb", "text"), [
    ("pull", "The crew pulled the boat ashore"), ("put", "She put the files in a drawer"),
    ("hold", "The council holds a hearing on Monday"), ("enter", "The firefighters entered the building"),
    ("take", "He took the train to the capital"), ("assume", "Analysts assume the rate will fall"),
    ("challenge", "The firm is challenging the fine for breaching the rules"),
    ("run", "The utility ran a pilot program in two valley towns"), ("run", "The cooperative runs three plants"),
    ("run", "The volunteers ran for an hour along the river"), ("pass", "The assembly passed the budget bill"),
])
def test_an_english_light_verb_without_its_phrase_stays(verb: str, text: str) -> None:
    assert main_verb(verb, text) == verb


@pytest.mark.parametrize(("a", "b"), [
    ("pull_out", "resign"), ("bow_out", "pull_out"), ("lash_out", "criticize"), ("slam", "criticize"),
    ("rebuke", "blame"), ("put_on_hold", "suspend"), ("hold_off", "postpone"), ("take_office", "inaugurate"),
    ("run_for", "candidacy"), ("enter_race", "run_for"), ("pass", "approve"), ("approval", "ratify"),
    ("sue", "lawsuit"), ("pass_away", "die"),
])
def test_english_words_of_one_action_share_a_class(a: str, b: str) -> None:
    assert CLASS_OF[a] == CLASS_OF[b]


def test_the_new_english_classes_class_no_french_word() -> None:
    # an English lemma that is also a French one would class French claims
    for name in ("candidacy", "approve", "sue"):
        assert name in ENGLISH_ONLY_CLASSES
    for word in ("run_for", "candidacy", "enter_race", "approve", "approval", "pass", "ratify", "sue", "lawsuit",
                 "pass_away",
                 "slam", "bash", "rebuke", "pull_out", "lash_out", "put_on_hold", "hold_off"):
        assert word not in FR_CLASS_OF


def test_a_bare_run_is_no_candidacy_and_passing_away_no_approval() -> None:
    assert "run" not in CLASS_OF
    assert CLASS_OF.get(main_verb("run", "The startup ran a pilot program with the county")) != "candidacy"
    assert CLASS_OF[main_verb("run", "The mayor ran for governor in the spring")] == "candidacy"
    assert CLASS_OF[main_verb("pass", "The poet passed away at home")] == "kill"
    assert CLASS_OF[main_verb("pass", "The council passed the zoning bill")] == "approve"


def test_content_verbs_whose_phrase_is_read_are_no_general_verbs() -> None:
    # "challenged the ruling", "held talks", "filed the report": a verb of its own, unlike "take", "step"
    for verb in ("pull", "lash", "put", "hold", "enter", "jump", "throw", "assume", "file", "challenge", "run",
                 "pass"):
        assert verb in PHRASE_HEADS
        assert verb not in GENERAL_VERBS
        assert not _general(verb)
    for verb in ("take", "step", "bow", "drop", "swear", "open"):
        assert verb in GENERAL_VERBS


def _claim(cid: str, text: str, predicate: str, lemmas: list[str]) -> Claim:
    return Claim(id=cid, article_id=cid.split(":")[0], text=text, sentence=text, start=0, end=len(text),
                 subject="", predicate=predicate, lemmas=lemmas, language="en")


def test_a_race_entered_meets_the_run_for_the_post() -> None:
    entered = _claim("a:c1", "Councilwoman Dana Reyes enters the county executive race", "enter",
                     ["enter", "councilwoman", "dana", "reyes", "race", "county", "executive"])
    runs = _claim("b:c1", "Dana Reyes to run for county executive", "run",
                  ["run", "dana", "reyes", "county", "executive"])
    assert not rule_link(_Features(_claim("c:c1", entered.text, "enter", ["enter", "dana"])), _Features(runs))
    assert rule_link(_Features(entered), _Features(runs))


def test_a_debate_left_with_pull_out_meets_bow_out() -> None:
    pulled = _claim("a:c1", "Host Lee Park pulls out of county debate", "pull",
                    ["pull", "host", "lee", "park", "county", "debate"])
    bowed = _claim("b:c1", "Lee Park bows out of county debate", "bow",
                   ["bow", "lee", "park", "county", "debate"])
    assert rule_link(_Features(pulled), _Features(bowed))


@pytest.fixture(scope="module")
def nlp_en() -> Any:
    from recoupe.lang import pack
    from recoupe.nlp.pipeline import load

    return load(pack("en").model)


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "predicate"), [
    ("The retiring judge endorsed a former clerk to replace her on the bench, calling him fair.", "endorse"),
    ("Parents urged the school board to keep the library open.", "urge"),
])
def test_a_cue_acting_on_someone_with_no_clause_after_it_is_the_claim(nlp_en: Any, sentence: str,
                                                                       predicate: str) -> None:
    claims = {c.predicate: c for c in nlp_en(sentence)._.claims}
    assert predicate in claims
    assert claims[predicate].modality == "asserted"


@pytest.mark.model
def test_a_clause_telling_of_a_noun_after_the_cue_leaves_the_cue_the_claim(nlp_en: Any) -> None:
    # the relative clause tells of the bill, not what the mayor urged: the urging is the claim, and the
    # relative clause a claim of its own
    doc = nlp_en("The mayor on Tuesday urged council members to change a zoning bill that reached her desk "
                 "a day earlier.")
    claims = {c.predicate: c for c in doc._.claims}
    assert "urge" in claims and claims["urge"].modality == "asserted"
    # the bill reached her desk by the narrator's word, not the mayor's
    assert "reach" in claims and claims["reach"].modality == "asserted" and not claims["reach"].cue


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "cue", "predicate"), [
    ("Tenants urged the landlord to refund deposits to families who were evicted in the spring.", "urge", "evict"),
    ("Residents asked the council to compensate owners whose shops were flooded in March.", "ask", "flood"),
])
def test_a_relative_clause_on_the_object_of_a_deed_cue_is_the_narrators(nlp_en: Any, sentence: str, cue: str,
                                                                         predicate: str) -> None:
    claims = {c.predicate: c for c in nlp_en(sentence)._.claims}
    assert cue in claims and claims[cue].modality == "asserted"
    assert predicate in claims and claims[predicate].modality == "asserted" and not claims[predicate].cue


@pytest.mark.model
def test_a_relative_clause_under_a_saying_stays_the_sayers(nlp_en: Any) -> None:
    claims = {c.predicate: c for c in nlp_en("The coach said the team that won the cup would return.")._.claims}
    assert claims["win"].modality == "reported" and claims["win"].cue == "say"


@pytest.mark.parametrize(("other", "verb", "infinitive", "vetoed"), [
    ("Senator Mara Olsen urged the governor to sign a bill on school meals", "urge", "sign", True),
    ("Senator Mara Olsen urged the governor to veto a bill on school meals", "urge", "veto", False),
    ("Senator Mara Olsen pressed the governor to sign a bill on school meals", "press", "sign", False),
])
def test_two_acts_of_one_cue_on_two_infinitives_are_two_facts(other: str, verb: str, infinitive: str,
                                                               vetoed: bool) -> None:
    # what is urged is the fact: urging a veto and urging a signature are two facts on the same words
    # (another cue on another infinitive is left to the other rules)
    lemmas = ["senator", "mara", "olsen", "governor", "bill", "school", "meal"]
    urged = _claim("a:c1", "Senator Mara Olsen urged the governor to veto a bill on school meals", "urge",
                   [*lemmas, "urge", "veto"])
    told = _claim("b:c1", other, verb, [*lemmas, verb, infinitive])
    assert cannot_be_one_fact(_Features(urged), _Features(told)) is vetoed


@pytest.mark.parametrize(("text", "predicate", "found"), [
    ("The senator pressed the governor to quickly sign the bill", "press", "sign"),
    ("The ferryman waited an hour on the quay, as the crew persuaded a stowaway to leave", "wait", ""),
    ("to announce her pick for the harbor board", "announce", ""),
])
def test_the_infinitive_is_the_one_its_verb_governs(text: str, predicate: str, found: str) -> None:
    # a « to » after a comma is another clause's; a claim that is an infinitive carries none of its own
    lemmas = frozenset({"senator", "press", "governor", "sign", "bill", "ferryman", "wait", "hour", "quay", "crew",
                        "persuade", "stowaway", "leave", "announce", "pick", "harbor", "board"})
    assert infinitive(text, lemmas, predicate) == found


@pytest.mark.model
def test_a_cue_with_a_clause_after_it_stays_a_frame(nlp_en: Any) -> None:
    claims = {c.predicate: c for c in nlp_en("The coach said the team would win the cup.")._.claims}
    assert "say" not in claims and "win" in claims


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "predicate"), [
    ("The coach said she’s unlikely to return next season.", "unlikely"),
    ("I’m a farmer, and proud of it.", "farmer"),
])
def test_a_curly_contraction_is_the_copula_of_its_complement(nlp_en: Any, sentence: str, predicate: str) -> None:
    preds = {c.predicate for c in nlp_en(sentence)._.claims}
    assert predicate in preds
    assert not any("\u2019" in x for x in preds)


@pytest.mark.model
def test_a_dash_heads_no_claim(nlp_en: Any) -> None:
    doc = nlp_en("The town ― it ― after the flood was quiet.")
    assert all(any(ch.isalpha() for ch in c.predicate) for c in doc._.claims)


def test_a_run_announced_meets_the_race_entered() -> None:
    # a candidacy is declared as a plan and told as done: one fact (a meeting planned and held are two)
    plan = _claim("a:c1", "Dana Reyes to run for county executive in the fall", "run",
                  ["run", "dana", "reyes", "county", "executive", "fall"])
    plan.planned = True
    done = _claim("b:c1", "Dana Reyes jumped into the county executive race", "jump",
                  ["jump", "dana", "reyes", "race", "county", "executive"])
    a, b = _Features(plan, "2026-03-02"), _Features(done, "2026-03-02")
    assert frame_link(a, b)
    assert learned_probability(a, b, lambda feats: 1.0) == 1.0
    meet_plan = _claim("a:c2", "Dana Reyes to meet county executives in the fall", "meet",
                       ["meet", "dana", "reyes", "county", "executive", "fall"])
    meet_plan.planned = True
    met = _claim("b:c2", "Dana Reyes met county executives", "meet", ["meet", "dana", "reyes", "county", "executive"])
    assert learned_probability(_Features(meet_plan), _Features(met), lambda feats: 1.0) == 0.0


def test_two_claims_challenging_one_ruling_are_frame_linked() -> None:
    words = ["challenge", "tenant", "union", "zoning", "ruling", "appeal"]
    a = _claim("a:c1", "The tenant union challenged the zoning ruling on appeal", "challenge", words)
    b = _claim("b:c1", "On appeal, the tenant union challenged the zoning ruling", "challenge", words)
    assert frame_link(_Features(a, "2026-03-02"), _Features(b, "2026-03-02"))


def test_two_pilots_run_by_one_firm_are_no_declared_candidacy() -> None:
    plan = _claim("a:c1", "Norvale Power to run a pilot program in the valley", "run",
                  ["run", "norvale", "power", "pilot", "program", "valley"])
    plan.planned = True
    done = _claim("b:c1", "Norvale Power ran a pilot program in the valley", "run",
                  ["run", "norvale", "power", "pilot", "program", "valley"])
    a, b = _Features(plan, "2026-03-02"), _Features(done, "2026-03-02")
    assert a.verb_class is None and b.verb_class is None
    assert learned_probability(a, b, lambda feats: 1.0) == 0.0
