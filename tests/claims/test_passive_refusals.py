"""The refusals of the one passive reader (``claims/passive.py``, review of passive33): a negation or a
determiner between the auxiliary and the participle (« qui n'était pas battue », "in what was a defeat"), a
French infinitive (« est allé battre »), a state for the dated deed (« était fermé le 12 », « est resté
fermé »), and the short French stems read by their whole participle (« a été tué », « a été hué »). The
negation is a refusal of the contest and the date check only: the status still reads the doer of "was not
closed by". Each fact told from the two sides through the real build, either order. Sentences written for
the tests."""

from __future__ import annotations

from typing import Any

import pytest

from recoupe.claims.contest import LOSS, WIN, outcome
from recoupe.claims.passive import passive_agent, told_passive
from recoupe.claims.status import _passive_doer
from tests.claims.helpers import build_each_story, claim


@pytest.mark.parametrize(("language", "predicate", "text", "told"), [
    # a side never beaten in a clause of the claim beat its rival: a win
    ("en", "beat", "Stenford Rovers, who were not beaten all winter, beat Pelham 3-1 in the cup", WIN),
    ("en", "beat", "Stenford Rovers, who have never been beaten at home, beat Pelham in the cup", WIN),
    ("en", "beat", "Stenford Rovers, without being beaten once, beat Pelham in the cup", WIN),
    ("fr", "battre", "L'AS Brenoux, qui n'était pas battue depuis huit matchs, a battu Quincy 3-1", WIN),
    ("fr", "battre", "L'AS Brenoux, sans être jamais battue cet hiver, a battu Quincy 3-1", WIN),
    ("fr", "battre", "L'AS Brenoux, qui n'a jamais été battue à domicile, a battu Quincy 3-1", WIN),
    # a determiner or another word before a bare form: a noun or an infinitive, never the participle
    ("en", "defeat", "The Reds defeated the Blues in the Oakmere vote in what was a defeat for the governor", WIN),
    ("en", "defeat", "The Reds defeated the Blues in Oakmere, another defeat for the governor that was another "
                     "defeat for his party", WIN),
    ("en", "beat", "Stenford Rovers finally got to beat Pelham in the cup", WIN),
    ("en", "beat", "Stenford Rovers, who are now beatable, beat Pelham in the cup", WIN),
    ("fr", "battre", "L'AS Brenoux est allée battre Quincy 3-1 samedi", WIN),
    # the passive itself still tells the loser
    ("en", "beat", "Stenford Rovers were beaten 3-1 by Pelham in the cup", LOSS),
    ("fr", "battre", "L'AS Brenoux a été battue 3-1 par Quincy samedi", LOSS),
    ("fr", "battre", "L'AS Brenoux était battue samedi à domicile", LOSS),
])
def test_a_side_never_beaten_is_no_loss(language: str, predicate: str, text: str, told: str) -> None:
    assert outcome(language, predicate, False, [predicate], text) == told


@pytest.mark.parametrize(("language", "verb", "text", "told"), [
    # an expletive « ne », « sans doute », « de plus » deny nothing
    ("fr", "donner", "avant que le signal ne soit donné le 3 mars", True),
    ("fr", "tuer", "Le berger a sans doute été tué le 3 mars", True),
    ("fr", "tuer", "Deux bergers de plus ont été tués le 3 mars", True),
    ("en", "close", "No doubt the pool was closed on March 3", True),
    # a negation or a privative before the auxiliary, or in the gap, does
    ("fr", "tuer", "Le berger n'a jamais été tué", False),
    ("fr", "tuer", "Le berger n'a pas été tué", False),
    ("fr", "tuer", "sans être tué", False),
    ("en", "close", "The pool hasn't been closed", False),
    ("en", "close", "without being closed", False),
])
def test_only_a_negation_denies_a_passive(language: str, verb: str, text: str, told: bool) -> None:
    assert told_passive(language, verb, text, affirmed=True) is told
    assert told_passive(language, verb, text)


def test_the_status_still_reads_the_doer_of_a_negated_passive() -> None:
    # the negation is the contest's refusal, not the status's: the doer named stays its doer
    c = claim("a1:c1", "The Marlby pool was not closed by the county", subject="pool", predicate="close",
              language="en")
    assert _passive_doer(c) == (True, frozenset({"county"}))
    assert passive_agent("fr", "fermer", "La piscine n'a pas été fermée par la mairie") == (True, ["la", "mairie"])
    assert not told_passive("fr", "fermer", "La piscine n'a pas été fermée par la mairie", affirmed=True)


@pytest.mark.parametrize(("text", "deed"), [
    ("La piscine était fermée le 3 mars", False),
    ("Les piscines étaient fermées le 3 mars", False),
    ("La piscine est restée fermée le 3 mars", False),
    ("Les piscines sont demeurées fermées le 3 mars", False),
    ("La piscine a été fermée le 3 mars", True),
    ("La piscine a été enfin fermée le 3 mars", True),
])
def test_a_state_is_no_deed_of_a_day(text: str, deed: bool) -> None:
    assert told_passive("fr", "fermer", text, affirmed=True, deed=True) is deed
    # the contest and the status read a state as a passive still (« était battue »: the side lost)
    assert told_passive("fr", "fermer", text)


@pytest.mark.parametrize(("verb", "text", "agent"), [
    ("tuer", "Le berger a été tué le 3 mars par un ours", ["un", "ours"]),
    ("huer", "La ministre a été huée le 3 mars par les grévistes", ["les", "grévistes"]),
    ("nier", "Le vol a été nié le 3 mars par le suspect", ["le", "suspect"]),
])
def test_a_short_stem_is_read_by_its_whole_participle(verb: str, text: str, agent: list[str]) -> None:
    assert passive_agent("fr", verb, text) == (True, agent)


@pytest.mark.parametrize(("verb", "text"), [
    ("tuer", "Le toit a été tuilé par un couvreur"),  # a word the stem starts, not the participle
    ("huer", "La porte a été huilée par le gardien"),
    ("être", "Le doyen a été été élu"),  # its own auxiliary
])
def test_a_short_stem_reads_no_other_word(verb: str, text: str) -> None:
    assert not told_passive("fr", verb, text)


D3 = "2025-03-12"  # a past day: the store drops a publication day after today

# a win told beside a clause where its side was never beaten, against a loss: never one confirmed fact
WIN_LOSS: dict[str, list[tuple[str, ...]]] = {
    "en-not-beaten": [
        ("north-gazette.example", "Stenford Rovers, who were not beaten all winter, beat Pelham 3-1 in the shield "
                                  "final on Sunday. Supporters ran onto the grass.", D3),
        ("south-courier.example", "Stenford Rovers lost 3-1 to Pelham in the shield final on Sunday. Their manager "
                                  "criticised the linesman.", D3)],
    "en-what-was-a-defeat": [
        ("north-gazette.example", "The Reds defeated the Blues in the Oakmere council vote on Friday in what was "
                                  "a defeat for the governor. Few voters came.", D3),
        ("south-courier.example", "The Reds lost the Oakmere council vote to the Blues on Friday. Their leader "
                                  "thanked the canvassers.", D3)],
    "fr-jamais-battue": [
        ("gazette-nord.example", "L'AS Brenoux, sans être jamais battue cet hiver, a battu l'ES Quincy 3-1 dimanche "
                                 "en finale du challenge. Les supporters ont envahi le terrain.", D3),
        ("courrier-sud.example", "L'AS Brenoux a perdu 3-1 face à l'ES Quincy dimanche en finale du challenge. "
                                 "Son président a critiqué l'arbitre.", D3)],
    "fr-pas-battue": [
        ("gazette-nord.example", "L'AS Brenoux, qui n'était pas battue depuis huit matchs, a battu l'ES Quincy 3-1 "
                                 "dimanche en finale du challenge. Les supporters ont envahi le terrain.", D3),
        ("courrier-sud.example", "L'AS Brenoux a perdu 3-1 face à l'ES Quincy dimanche en finale du challenge. "
                                 "Son président a critiqué l'arbitre.", D3)],
}
for _story in list(WIN_LOSS):
    WIN_LOSS[_story + "-inverse"] = WIN_LOSS[_story][::-1]

# one deed of a verb of a short stem told from its two sides on two days: a date contradiction
SHORT_STEMS: dict[str, list[tuple[str, ...]]] = {
    "tue": [
        ("gazette-nord.example", "Drame au refuge. Le berger Louis Marchal a été tué le 3 mars par un ours. Une "
                                 "battue est organisée.", D3),
        ("courrier-sud.example", "Drame au refuge. Un ours a tué le berger Louis Marchal le 10 mars. Une battue "
                                 "est organisée.", D3)],
    "hue": [
        ("gazette-nord.example", "Visite à Brenoux. La ministre a été huée le 3 mars par les grévistes devant "
                                 "l'usine.", D3),
        ("courrier-sud.example", "Visite à Brenoux. Les grévistes ont hué la ministre le 10 mars devant "
                                 "l'usine.", D3)],
}
for _story in list(SHORT_STEMS):
    SHORT_STEMS[_story + "-inverse"] = SHORT_STEMS[_story][::-1]

STATES: dict[str, list[tuple[str, ...]]] = {
    "etait-fermee": [
        ("gazette-nord.example", "Orage sur la vallée. La piscine municipale était fermée le 3 mars.", D3),
        ("courrier-sud.example", "Orage sur la vallée. Le maire a fermé la piscine municipale le 10 mars.", D3)],
    "est-restee-fermee": [
        ("gazette-nord.example", "Orage sur la vallée. La piscine municipale est restée fermée le 3 mars.", D3),
        ("courrier-sud.example", "Orage sur la vallée. Le maire a fermé la piscine municipale le 10 mars.", D3)],
    "etait-deja-fermee": [
        ("gazette-nord.example", "Orage sur la vallée. La piscine municipale était déjà fermée le 3 mars.", D3),
        ("courrier-sud.example", "Orage sur la vallée. Le maire a fermé la piscine municipale le 10 mars.", D3)],
}
# a state (« était fermée », « est restée fermée ») on one day, the deed on another: no one deed, no place
# complement to keep them apart; and deeds told from their two sides that are two: two shepherds named apart,
# one minister booed at two towns (one claim's place read on one side only)
STATES["deux-bergers"] = [
    ("gazette-nord.example", "Drame au refuge. Le berger Louis Marchal a été tué le 3 mars par un ours.", D3),
    ("courrier-sud.example", "Drame au refuge. Un ours a tué le berger Marc Vidal le 10 mars.", D3)]
STATES["huee-deux-villes"] = [
    ("gazette-nord.example", "Tournée de la ministre. La ministre a été huée le 3 mars à Lille par les "
                             "grévistes.", D3),
    ("courrier-sud.example", "Tournée de la ministre. Les grévistes ont hué la ministre le 10 mars à Nantes.", D3)]
STATES["sifflee-deux-villes"] = [
    ("gazette-nord.example", "Tournée de la ministre. La ministre a été sifflée le 3 mars à Lille par les "
                             "grévistes.", D3),
    ("courrier-sud.example", "Tournée de la ministre. Les grévistes ont sifflé la ministre le 10 mars à Nantes.",
     D3)]
for _story in list(STATES):
    STATES[_story + "-inverse"] = STATES[_story][::-1]


@pytest.fixture(scope="module")
def dossiers(nlp, tmp_path_factory) -> dict[str, dict[str, Any]]:  # type: ignore[no-untyped-def]
    return build_each_story(nlp, tmp_path_factory, {**WIN_LOSS, **SHORT_STEMS, **STATES})


def _joined(d: dict[str, Any], *needles: str) -> list[dict[str, Any]]:
    """The groups of several claims whose texts hold every needle between them."""
    text_of = {c["id"]: c["text"] for c in d["claims"]}
    return [g for g in d["claim_groups"] if len(g["claims"]) > 1
            and all(any(n in text_of[c] for c in g["claims"]) for n in needles)]


@pytest.mark.model
@pytest.mark.parametrize("story", sorted(WIN_LOSS))
def test_a_win_beside_a_never_beaten_clause_never_confirms_a_loss(
        dossiers: dict[str, dict[str, Any]], story: str) -> None:
    d = dossiers[story]
    assert len({a["outlet"] for a in d["articles"]}) == 2
    lost = "perdu" if story.startswith("fr") else "lost"
    won = "a battu" if story.startswith("fr") else "defeated" if "defeat" in story else "beat "
    joined = _joined(d, lost, won)  # the loss told beside the win: never one confirmed fact
    assert not [g for g in joined if g["status"] == "confirmed"], joined


@pytest.mark.model
@pytest.mark.parametrize("story", sorted(SHORT_STEMS))
def test_a_short_stem_deed_told_from_its_two_sides_conflicts_on_its_date(
        dossiers: dict[str, dict[str, Any]], story: str) -> None:
    rows = [r for r in dossiers[story]["contradictions"] if r["kind"] == "date"]
    assert len(rows) == 1, dossiers[story]["contradictions"]
    assert "03-03" in rows[0]["explanation"] and "03-10" in rows[0]["explanation"]


@pytest.mark.model
@pytest.mark.parametrize("story", sorted(STATES))
def test_a_state_or_two_deeds_on_two_days_is_no_contradiction(dossiers: dict[str, dict[str, Any]], story: str) -> None:
    d = dossiers[story]
    assert len({a["outlet"] for a in d["articles"]}) == 2 and len(d["claims"]) >= 2
    assert not [r for r in d["contradictions"] if r["kind"] != "update"], d["contradictions"]
