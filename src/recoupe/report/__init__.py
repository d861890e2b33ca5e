"""Reports of a store: the dossier (``dossier.json``), the HTML report and the exports."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from recoupe.storage import Store


def write_outputs(store: Store, out_dir: Path) -> None:
    """Write ``dossier.json`` and ``report.html`` of ``store`` into ``out_dir`` (created)."""
    from recoupe.report.dossier import build_dossier
    from recoupe.report.exports import to_json
    from recoupe.report.html import render_report

    out_dir.mkdir(parents=True, exist_ok=True)
    dossier = build_dossier(store)
    (out_dir / "dossier.json").write_text(to_json(dossier), encoding="utf-8")
    (out_dir / "report.html").write_text(render_report(dossier), encoding="utf-8")
