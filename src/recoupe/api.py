"""The Python API: the same operations as the command line, for notebooks and scripts.

    from recoupe import Dossier

    with Dossier.open("news.db") as d:
        d.build(["articles/"], published="2023-09-04")
        for e in d.entities():
            print(e.name, e.aliases)
        d.write_report("out/")

Records are the typed dataclasses of :mod:`recoupe.model`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from recoupe.model import Article, Claim, ClaimGroup, Contradiction, Entity, Event, Quote
from recoupe.settings import Settings
from recoupe.storage import Store


class Dossier:
    """A store of analysed articles, and everything recoupe reads out of them."""

    def __init__(self, store: Store, settings: Settings | None = None) -> None:
        self.store = store
        self.settings = settings or Settings.load()

    @classmethod
    def open(cls, path: str | Path = ":memory:", *, config: str | Path | None = None) -> Dossier:
        return cls(Store.open(path), Settings.load(config))

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Dossier:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def build(self, inputs: Iterable[str | Path], *, published: str | date | None = None, fmt: str = "auto",
              engine: str = "local", kb: str | Path | None = None):
        """Add articles (files, folders, globs); returns the build summary with its rejections.

        ``kb``: a knowledge-base file whose ids are added to entities (default: the ``entities.kb``
        setting); the summary's ``kb`` then counts the entities linked and the ambiguous ones.
        """
        from recoupe.pipeline import build

        when = date.fromisoformat(published) if isinstance(published, str) else published
        return build(self.store, [str(p) for p in inputs], fmt=fmt, published=when, settings=self.settings,
                     engine=engine, kb=kb)

    def articles(self) -> Iterator[Article]:
        return self.store.articles()  # one statement: one state of the store

    def entities(self, name: str | None = None) -> list[Entity]:
        with self.store.snapshot():  # the entities and their aliases and roles of one state
            rows = self.store.entities(name)
        return [Entity(id=r["id"], name=r["name"], type=r["type"],
                       aliases=sorted({a["alias"] for a in r["aliases"]}),
                       roles=[(x["article_id"], x["role"]) for x in r["roles"]],
                       kb_id=r.get("kb_id") or "", kb_label=r.get("kb_label") or "",
                       kb_description=r.get("kb_description") or "")
                for r in rows]

    def claims(self, entity: str | None = None) -> list[Claim]:
        if entity is None:
            return self.store.claims()
        with self.store.snapshot():  # the entity found and its claims in one state
            found = self.store.entities(entity)
            return self.store.claims(entity_id=found[0]["id"]) if found else []

    def quotes(self) -> list[Quote]:
        return self.store.quotes()

    def groups(self) -> list[ClaimGroup]:
        return [ClaimGroup(id=g["id"], story_id=g["story"], summary=g["summary"], claims=g["claims"],
                           articles=g["articles"], independent_sources=g["independent_sources"],
                           modality_per_article=g["modality_per_article"], status=g["status"],
                           confirmed_by=g["confirmed_by"])
                for g in self.to_dict()["claim_groups"]]

    def timeline(self, entity: str | None = None) -> list[Event]:
        if entity is None:
            return self.store.events()
        with self.store.snapshot():
            found = self.store.entities(entity)
            return self.store.events(entity_id=found[0]["id"]) if found else []

    def contradictions(self) -> list[Contradiction]:
        return [Contradiction(kind=r["kind"], claims=(r["claim_a"], r["claim_b"]), explanation=r["explanation"],
                              story_id=r["story_id"] or "") for r in self.store.contradictions()]

    def stories(self) -> list[dict[str, Any]]:
        return self.to_dict()["stories"]

    def to_dict(self) -> dict[str, Any]:
        """The dossier (the ``dossier.json`` contract) as a dict."""
        from recoupe.report.dossier import build_dossier

        return build_dossier(self.store)

    def write_report(self, out_dir: str | Path) -> Path:
        """Write ``report.html`` and ``dossier.json`` into ``out_dir``; return the report's path."""
        from recoupe.report import write_outputs

        out = Path(out_dir)
        write_outputs(self.store, out)
        return out / "report.html"
