"""A verbless exclamation headline (« Coup de théâtre à la fédération », "Bombshell") tells no fact: no verb,
no actor, no named entity, no figure. Two outlets' exclamations share words, not a fact; made claims, they
were grouped and marked confirmed (issue #13, review reve28). Through a real build; a verbless headline
with a figure or a name still tells a fact. Articles written for the tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.model]

# (outlet, language, title, text)
ARTICLES: list[tuple[str, str, str, str]] = [
    ("cote-matin.example", "fr", "Coup de théâtre au conservatoire",
     "Madeleine Orsoni-Vautrin a démissionné lundi de la direction du conservatoire. Le conseil se réunira jeudi."),
    ("cote-soir.example", "fr", "Coup de tonnerre au conservatoire",
     "Madeleine Orsoni-Vautrin quitte la direction du conservatoire. Le conseil se réunira jeudi."),
    ("cote-matin.example", "fr", "Trois blessés à Villebarre",
     "Un incendie a ravagé lundi un entrepôt de Villebarre. Trois pompiers ont été blessés."),
    ("cote-soir.example", "fr", "Madeleine Orsoni-Vautrin en garde à vue",
     "L'ancienne directrice a été entendue mardi par les enquêteurs. Son avocat n'a rien dit."),
    ("quay-wire.example", "en", "Stunning twist at the academy",
     "Tamsin Rudd resigned as head of the academy on Monday. The board will meet on Thursday."),
    ("moor-wire.example", "en", "Stunning upset at the academy",
     "Tamsin Rudd quit as head of the academy on Monday. The board will meet on Thursday."),
]


@pytest.fixture(scope="module")
def dossier(nlp, tmp_path_factory) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    from recoupe.pipeline import build
    from recoupe.report.dossier import build_dossier
    from recoupe.storage import Store

    root: Path = tmp_path_factory.mktemp("exclaim")
    items = [{"url": f"https://{outlet}/{n}", "outlet": outlet, "published": "2026-11-04", "language": lang,
              "title": title, "text": text} for n, (outlet, lang, title, text) in enumerate(ARTICLES)]
    path = root / "items.jsonl"
    path.write_text("\n".join(json.dumps(i) for i in items) + "\n", encoding="utf-8")
    with Store.open(root / "s.db") as s:
        build(s, [str(path)], fmt="jsonl", nlp=nlp)
        return build_dossier(s)


@pytest.mark.parametrize("title", ["Coup de théâtre au conservatoire", "Coup de tonnerre au conservatoire",
                                   "Stunning twist at the academy", "Stunning upset at the academy"])
def test_an_exclamation_headline_is_no_claim(dossier: dict[str, Any], title: str) -> None:
    assert not [c for c in dossier["claims"] if c["text"].startswith(title)]
    groups = {g["id"]: g for g in dossier["claim_groups"]}
    texts = {c["id"]: c["text"] for c in dossier["claims"]}
    assert not [g for g in groups.values() if g["status"] == "confirmed"
                and any(texts[c].startswith(("Coup", "Stunning")) for c in g["claims"])]


@pytest.mark.parametrize("title", ["Trois blessés à Villebarre", "Madeleine Orsoni-Vautrin en garde à vue"])
def test_a_verbless_headline_with_a_figure_or_a_name_is_still_a_claim(dossier: dict[str, Any], title: str) -> None:
    assert [c for c in dossier["claims"] if c["text"] == title]
