"""Every contradiction kind the checks can file is one the published dossier schema accepts: a dossier built
from any store validates (a new kind added to the checks but not to the schema broke that)."""

from __future__ import annotations

from recoupe.claims.contradictions import KINDS
from recoupe.report.dossier import schema


def test_every_contradiction_kind_is_in_the_schema_enum() -> None:
    kinds = schema()["properties"]["contradictions"]["items"]["properties"]["kind"]["enum"]
    assert set(KINDS) <= set(kinds), sorted(set(KINDS) - set(kinds))
    assert "attribute" in kinds
