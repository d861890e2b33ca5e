"""The same files in any order give the same claim groups, statuses and contradictions."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from recoupe.report.dossier import build_dossier
from recoupe.storage import Store

pytestmark = [pytest.mark.model, pytest.mark.slow]

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _cross_checks(dossier: dict) -> tuple[set, set, set]:  # type: ignore[type-arg]
    """Order-free view: each group as its claim ids with its status; contradictions by claim
    pair; stories by their articles (ids of groups and stories depend on arrival order)."""
    groups = {(frozenset(g["claims"]), g["status"], g["firm_sources"]) for g in dossier["claim_groups"]}
    contradictions = {(x["kind"], frozenset(x["claims"])) for x in dossier["contradictions"]}
    stories = {frozenset(s["articles"]) for s in dossier["stories"]}
    return groups, contradictions, stories


# The learned pair scorer (on by default) makes its links at the end of the build over every pair
# of a story (claims.groups.link_learned), not claim by claim among the candidates a claim's rarest
# terms retrieve: it is order-free too.
@pytest.mark.parametrize("learned", [False, True], ids=["rule", "learned-pairs"])
def test_claims_any_order_same_groups_statuses_contradictions(tmp_path: Path, nlp, learned: bool) -> None:  # type: ignore[no-untyped-def]
    from recoupe.pipeline import build
    from recoupe.settings import Settings

    settings = Settings.load(claims__learned_pairs=learned)

    files = sorted(EXAMPLES.glob("*.txt"))
    folder = tmp_path / "corpus"
    folder.mkdir()
    for p in files:
        shutil.copy(p, folder / p.name)
    views = []
    for name, order in (("fwd", files), ("rev", files[::-1]), ("mid", files[2:] + files[:2])):
        with Store.open(tmp_path / f"{name}.db") as s:
            for p in order:  # one build per file: the store sees them arrive in this order
                build(s, [str(folder / p.name)], nlp=nlp, settings=settings)
            views.append(_cross_checks(build_dossier(s)))
    assert views[0][0], "the sample yields claim groups"
    assert views[0] == views[1] == views[2]
