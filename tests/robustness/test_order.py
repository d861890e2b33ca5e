"""Issue 16, item 7: the same files in another order give the same dossier.

Built twice, files in forward then reverse order, and the whole dossiers compared once their
order-given ids (e12, s3, g7) are replaced by what they stand for. The per-article records and the
entities (canonical names, aliases, mentions: resolution ties are broken by spelling, never by
arrival) must be equal, and so must stories, wire-copy sources, claim groups with their statuses,
contradictions and briefings (ties broken by content, never by arrival).
"""

from __future__ import annotations

import shutil
from typing import Any

import pytest

from recoupe.storage import Store
from tests.conftest import EXAMPLES

pytestmark = [pytest.mark.model, pytest.mark.slow]


@pytest.fixture(scope="module")
def two_orders(tmp_path_factory: pytest.TempPathFactory, nlp) -> tuple[dict[str, Any], dict[str, Any]]:  # type: ignore[no-untyped-def]
    from recoupe.pipeline import build
    from recoupe.report.dossier import build_dossier

    root = tmp_path_factory.mktemp("order")
    corpus = root / "in"
    corpus.mkdir()
    files = []
    for p in sorted(EXAMPLES.glob("*.txt")):
        for k in range(2):  # two editions of each article: wire copies and repeated names across files
            f = corpus / f"{k}-{p.name}"
            f.write_text(f"Édition {k}\n\n" + p.read_text("utf-8"), encoding="utf-8")
            files.append(f)
    out = []
    for name, order in (("forward", files), ("reverse", files[::-1])):
        with Store.open(root / f"{name}.db") as s:
            build(s, [str(f) for f in order], nlp=nlp)
            out.append(build_dossier(s))
    shutil.rmtree(corpus)
    return out[0], out[1]


def _entity_keys(d: dict[str, Any]) -> dict[str, str]:
    return {e["id"]: f"{e['type']}:{e['name']}" for e in d["entities"]}


def per_article_and_entities(d: dict[str, Any]) -> dict[str, Any]:
    ent = _entity_keys(d)
    return {
        "articles": sorted((a["id"], a["origin"], a["title"], a["text"], a["published"],
                            tuple(map(tuple, a["sentences"])))
                           for a in d["articles"]),
        "entities": sorted((ent[e["id"]], tuple(e["aliases"]), tuple(sorted((m["article"], m["start"], m["end"])
                                                                          for m in e["mentions"])),
                            tuple(sorted((r["article"], r["role"]) for r in e["roles"]))) for e in d["entities"]),
        "claims": sorted((c["id"], c["text"], c["modality"], c["attributed_to"], ent.get(c["subject_entity"] or "", ""),
                          ent.get(c["object_entity"] or "", ""), ent.get(c["place_entity"] or "", ""))
                         for c in d["claims"]),
        "quotes": sorted((q["article"], q["start"], q["speaker"], ent.get(q["speaker_entity"] or "", ""))
                         for q in d["quotes"]),
        "timeline": sorted((e["article"], e["claim"] or "", e["start"] or "", e["end"] or "", e["value"] or "")
                           for e in d["timeline"]),
    }


def cross_article(d: dict[str, Any]) -> dict[str, Any]:
    stories = {s["id"]: frozenset(s["articles"]) for s in d["stories"]}
    groups = {g["id"]: frozenset(g["claims"]) for g in d["claim_groups"]}
    sources: dict[str, set[str]] = {}
    for a in d["articles"]:
        sources.setdefault(a["independent_source"], set()).add(a["id"])
    return {
        "stories": sorted(sorted(v) for v in stories.values()),
        "sources": sorted(sorted(v) for v in sources.values()),
        "groups": sorted(sorted(v) for v in groups.values()),
        "group_status": sorted((sorted(groups[g["id"]]), g["status"]) for g in d["claim_groups"]),
        "contradictions": sorted((x["kind"], sorted(x["claims"])) for x in d["contradictions"]),
        "briefings": sorted((sorted(stories[s["id"]]), [b["text"] for b in s["briefing"]]) for s in d["stories"]),
    }


def test_robustness_order_same_entities_and_records(two_orders: tuple[dict[str, Any], dict[str, Any]]) -> None:
    a, b = two_orders
    pa, pb = per_article_and_entities(a), per_article_and_entities(b)
    for part in pa:
        assert pa[part] == pb[part], part
    assert sorted(e["name"] for e in a["entities"]) == sorted(e["name"] for e in b["entities"])


def test_robustness_order_same_cross_article_dossier(two_orders: tuple[dict[str, Any], dict[str, Any]]) -> None:
    a, b = two_orders
    ca, cb = cross_article(a), cross_article(b)
    assert ca == cb
