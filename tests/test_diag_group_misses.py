"""benchmarks.diag_group_misses: the class it gives a same-fact pair left in two groups, on invented claims."""

from __future__ import annotations

from typing import Any

from benchmarks.diag_group_misses import classify, nested

from recoupe.model import Claim
from tests.claims.helpers import claim


def _c(cid: str, text: str, **kw: Any) -> Claim:
    return claim(cid, text, lemmas=kw.pop("lemmas", [w.lower() for w in text.split() if len(w) > 3]), **kw)


def _classify(x: Claim | None, y: Claim | None, stories: tuple[str, str] = ("s1", "s1")) -> str:
    spans = ((x.start, x.end) if x else (0, 10), (y.start, y.end) if y else (0, 10))
    return classify(x, y, spans, stories, ("2025-03-04", "2025-03-04"))


def test_an_unmapped_span_is_no_claim() -> None:
    y = _c("a2:c1", "Le maire de Brivelle a démissionné mardi", predicate="démissionner", subject="maire")
    assert _classify(None, y) == "no_claim"


def test_a_span_inside_a_longer_claim_of_another_fact_is_nested() -> None:
    text = "après un éboulement ayant fait trois blessés, la commune ferme la route du col pour la semaine"
    c = _c("a1:c1", text, predicate="fermer", subject="commune")
    at = text.index("ayant")
    assert nested(at, at + len("ayant fait trois blessés"), c)
    assert not nested(0, len(text) - 10, c)  # the claim is the span's own clause


def test_two_stories_come_before_the_words() -> None:
    x = _c("a1:c1", "Le maire de Brivelle a démissionné mardi", predicate="démissionner", subject="maire")
    y = _c("a2:c1", "Le maire de Brivelle a démissionné mardi", predicate="démissionner", subject="maire")
    assert _classify(x, y, ("s1", "s2")) == "story"


def test_a_plan_against_a_deed_is_the_plan_veto() -> None:
    x = _c("a1:c1", "Le club va fermer sa buvette", predicate="fermer", subject="club", planned=True)
    y = _c("a2:c1", "Le club a fermé sa buvette", predicate="fermer", subject="club")
    assert _classify(x, y) == "veto_planned"


def test_a_count_on_one_side_only() -> None:
    x = _c("a1:c1", "L'éboulement a fait 12 morts", predicate="faire", subject="éboulement", numbers=["12"])
    y = _c("a2:c1", "Un éboulement a frappé la vallée", predicate="frapper", subject="éboulement")
    assert _classify(x, y) == "count_one_side"


def test_two_verbs_of_no_one_event_are_a_paraphrase() -> None:
    x = _c("a1:c1", "La préfète rouvre la piscine", predicate="rouvrir", subject="préfète")
    y = _c("a2:c1", "Les baigneurs retrouvent leur bassin", predicate="retrouver", subject="baigneurs")
    assert _classify(x, y) == "paraphrase"
    x2 = _c("a1:c2", "La préfète rouvre la piscine", predicate="rouvrir", subject="préfète", subject_entity="e1")
    y2 = _c("a2:c2", "Les baigneurs retrouvent leur bassin", predicate="retrouver", subject="baigneurs",
            subject_entity="e2")
    assert _classify(x2, y2) == "paraphrase_doers"


def test_one_verb_with_few_words_in_common_is_one_event() -> None:
    x = _c("a1:c1", "La préfète rouvre la piscine municipale", predicate="rouvrir", subject="préfète")
    y = _c("a2:c1", "Réouverture attendue depuis des semaines rouvre enfin", predicate="rouvrir", subject="")
    assert _classify(x, y) == "same_event"
