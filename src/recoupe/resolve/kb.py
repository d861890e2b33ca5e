"""Knowledge-base ids for entities, from an optional user-supplied file (e.g. a Wikidata extract).

Offline: the file is read at build time (``recoupe build --kb FILE`` or the ``entities.kb``
setting), nothing is fetched. Formats, chosen by extension and then by content (``.gz`` and
``.bz2`` files are decompressed on the fly, as they stream):

* JSON lines (``.jsonl``, ``.ndjson``) or JSON (``.json``: one record per line, or a JSON array,
  or ``{"entities": ...}`` as Wikidata's ``Special:EntityData`` gives it) of simple records
  ``{"id", "label", "aliases": [...], "type", "description", "lat", "lon"}`` (only ``id`` and
  ``label`` are required; ``type`` is one of :data:`TYPES`);
* CSV (``.csv``; ``;`` is accepted for ``,``) or TSV (``.tsv``, ``.tab``) with a header row naming
  the columns ``id``, ``label`` and optionally ``aliases`` (separated by ``|``), ``type``,
  ``description``, ``lat``, ``lon``;
* Wikidata JSON entities, as in the dumps (``latest-all.json[.gz|.bz2]``: one entity per line
  ending with a comma, between a ``[`` line and a ``]`` line). French labels and aliases first,
  then the language-neutral ``mul`` ones, then English; instance-of (P31) classes give the type
  (:data:`WIKIDATA_CLASSES`), P625 the coordinates. The dump is streamed and only what the index
  needs is kept.

Several rows with one id are one entry (their names pooled), so that a SPARQL result with one row
per alias can be used as it is. A bad record stops the build with its file and line (E071).

Names are indexed under the keys the entity resolver uses (:mod:`recoupe.resolve.names`): the
transliteration-insensitive ``full_key`` of every label and alias, and acronyms (an acronym form
such as "O.T.A.N.", or the initials of a multi-word name that is not a person's). An entity is
linked when its names and aliases designate exactly one entry of a compatible type:

* a person is linked on a full name only (two words at least), never on a bare family name;
* a one-word name or an acronym names that entry only if no other entry of any type shares the
  key (a word that names several things is a common word);
* an entry of unknown type is used only when no entry of the entity's type shares the key;
* two entries sharing a key (two people with one name) link nothing: the entity is counted
  *ambiguous*; so does an entity whose names point to different entries. A more specific alias
  settles it when it designates one of the homonyms.

Linking never merges or splits entities: it only fills the ``kb_*`` columns. It is incremental:
the store marks an entity for checking when it is created or gains a new spelling, and a build
with a KB checks those only, unless the KB differs from the last one applied (then every entity
is checked again, once).
"""

from __future__ import annotations

import bz2
import csv
import gzip
import hashlib
import io
import json
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from recoupe.errors import E, RecoupeError
from recoupe.resolve.names import acronym, full_key, is_acronym

if TYPE_CHECKING:
    from recoupe.storage import Store

TYPES = ("PER", "LOC", "ORG", "MISC", "WEAPON", "EVENT")

# Entity type -> KB entry types it may be linked to (spaCy's MISC covers events and weapons).
COMPATIBLE: dict[str, frozenset[str]] = {
    "PER": frozenset({"PER"}),
    "LOC": frozenset({"LOC"}),
    "ORG": frozenset({"ORG"}),
    "MISC": frozenset({"MISC", "EVENT", "WEAPON"}),
    "EVENT": frozenset({"EVENT", "MISC"}),
    "WEAPON": frozenset({"WEAPON", "MISC"}),
}

# Wikidata instance-of (P31) classes -> entity type; an item of another class has no type.
WIKIDATA_CLASSES: dict[str, str] = {
    "Q5": "PER",  # human
    **dict.fromkeys([
        "Q6256",  # country
        "Q3624078",  # sovereign state
        "Q3024240",  # historical country
        "Q7275",  # state
        "Q107390",  # federated state
        "Q35657",  # state of the United States
        "Q10864048",  # first-level administrative country subdivision
        "Q515",  # city
        "Q1549591",  # big city
        "Q1637706",  # city with millions of inhabitants
        "Q200250",  # metropolis
        "Q5119",  # capital city
        "Q486972",  # human settlement
        "Q3957",  # town
        "Q532",  # village
        "Q82794",  # geographic region
        "Q5107",  # continent
        "Q23442",  # island
        "Q4022",  # river
        "Q8502",  # mountain
        "Q165",  # sea
        "Q23397",  # lake
    ], "LOC"),
    **dict.fromkeys([
        "Q43229",  # organization
        "Q4830453",  # business
        "Q783794",  # company
        "Q891723",  # public company
        "Q7278",  # political party
        "Q484652",  # international organization
        "Q245065",  # intergovernmental organization
        "Q7188",  # government
        "Q327333",  # government agency
        "Q2659904",  # government organization
        "Q8473",  # military
        "Q176799",  # military unit
        "Q11032",  # newspaper
        "Q192283",  # news agency
        "Q3918",  # university
        "Q163740",  # nonprofit organization
    ], "ORG"),
    **dict.fromkeys([
        "Q1656682",  # event
        "Q1190554",  # occurrence
        "Q198",  # war
        "Q178561",  # battle
        "Q645883",  # military operation
        "Q40231",  # public election
        "Q3839081",  # disaster
        "Q8065",  # natural disaster
        "Q7944",  # earthquake
    ], "EVENT"),
    **dict.fromkeys(["Q728", "Q974850", "Q12876"], "WEAPON"),  # weapon, missile, tank
}
LANGUAGES = ("fr", "mul", "en")  # label order: French, language-neutral, English
EARTH = "Q2"
MIN_KEY_CHARS = 3  # "US", "UE": too short to name one thing
INDEX_VERSION = "1"  # part of the fingerprint: changing the keys re-checks every entity

_QID = re.compile(r"Q[1-9][0-9]{0,11}")
_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv", ".tsv": "tsv", ".tab": "tsv"}
_COLUMNS = ("id", "label", "aliases", "type", "description", "lat", "lon")


@dataclass(frozen=True, slots=True)
class KBEntry:
    id: str
    label: str
    type: str = ""  # one of TYPES, or "" when the file does not say
    description: str = ""
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class Match:
    status: str  # linked | ambiguous | unmatched
    entry: KBEntry | None = None


@dataclass
class KBStats:
    """What one build did with the KB: entities checked, and how they came out."""

    source: str
    entries: int
    checked: int = 0
    linked: int = 0
    ambiguous: int = 0
    unmatched: int = 0
    rechecked_all: bool = False  # the KB was new to this store: every entity was checked
    store_linked: int = 0  # entities of the store carrying a KB id after the build


class _Bad(ValueError):
    """A record the loader cannot use; the message is the reason."""


def kb_url(kb_id: str | None) -> str:
    """The Wikidata page of a QID ("Q42"); '' for any other id (a KB of another origin)."""
    return f"https://www.wikidata.org/wiki/{kb_id}" if kb_id and _QID.fullmatch(kb_id) else ""


def name_keys(text: str, *, initials: bool = False) -> list[str]:
    """The index keys of one name: ``F:`` + full key, ``A:`` + acronym.

    ``initials`` adds the initials of a multi-word name ("Organisation du traité de l'Atlantique
    nord" -> ``A:otan``), as the resolver does for organisations.
    """
    text = text.strip()
    keys: list[str] = []
    if is_acronym(text):
        bare = text.replace(".", "").lower()
        if len(bare) >= MIN_KEY_CHARS:
            keys += [f"F:{bare}", f"A:{bare}"]
        return keys
    key = full_key(text)
    if len(key.replace(" ", "")) >= MIN_KEY_CHARS:
        keys.append(f"F:{key}")
    if initials:
        acr = acronym(text)
        if len(acr) >= MIN_KEY_CHARS:
            keys.append(f"A:{acr}")
    return keys


def _word_like(key: str) -> bool:
    """A one-word name or an acronym: it names a thing only if nothing else shares it."""
    return key.startswith("A:") or " " not in key[2:]


class KnowledgeBase:
    """KB entries and the index of their names, built from one file by :func:`load_kb`."""

    def __init__(self, source: str = "", fingerprint: str = "") -> None:
        self.source = source
        self.fingerprint = fingerprint
        self.entries: list[KBEntry] = []
        self.skipped = 0  # records left out (a Wikidata item with no French/English label...)
        self._ids: dict[str, int] = {}
        self._index: dict[str, int | list[int]] = {}  # one int for most keys: memory for big dumps

    def __len__(self) -> int:
        return len(self.entries)

    def add(self, entry: KBEntry, names: Iterable[str]) -> None:
        """Add an entry and index its label and ``names``; an id seen before pools its names."""
        n = self._ids.get(entry.id)
        if n is None:
            n = self._ids[entry.id] = len(self.entries)
            self.entries.append(entry)
        else:
            old = self.entries[n]
            if entry.type and old.type and entry.type != old.type:
                raise _Bad(f"id '{entry.id}' has type {entry.type} here and {old.type} before")
            lat, lon = (old.lat, old.lon) if old.lat is not None else (entry.lat, entry.lon)
            self.entries[n] = replace(old, type=old.type or entry.type,
                                      description=old.description or entry.description, lat=lat, lon=lon)
            names = [entry.label, *names]  # a later row's label is one more name of the entry
        initials = self.entries[n].type != "PER"  # a person's initials name nobody
        for name in {self.entries[n].label, *names}:
            for key in name_keys(name, initials=initials):
                self._add_key(key, n)

    def _add_key(self, key: str, n: int) -> None:
        cur = self._index.get(key)
        if cur is None:
            self._index[key] = n
        elif isinstance(cur, int):
            if cur != n:
                self._index[key] = [cur, n]
        elif n not in cur:
            cur.append(n)

    def lookup(self, key: str) -> list[KBEntry]:
        cur = self._index.get(key)
        if cur is None:
            return []
        return [self.entries[cur]] if isinstance(cur, int) else [self.entries[i] for i in cur]

    def entry(self, kb_id: str) -> KBEntry | None:
        n = self._ids.get(kb_id)
        return None if n is None else self.entries[n]

    def match(self, etype: str, names: Iterable[str]) -> Match:
        """The entry that an entity of type ``etype`` known by ``names`` designates, if exactly one."""
        allowed = COMPATIBLE.get(etype, frozenset({etype}))
        unique: dict[str, KBEntry] = {}
        homonyms: list[set[str]] = []  # per ambiguous key, the compatible entries sharing it
        keys = sorted({k for name in names for k in name_keys(name)})
        for key in keys:
            hits = self.lookup(key)
            if not hits:
                continue
            typed = [h for h in hits if h.type in allowed]
            cands = typed or [h for h in hits if not h.type]
            if _word_like(key):
                if etype == "PER":
                    continue  # never a person on a bare family name or initials
                if len(hits) > 1:  # a word naming several things
                    if cands:
                        homonyms.append({h.id for h in cands})
                    continue
            if len(cands) == 1:
                unique[cands[0].id] = cands[0]
            elif len(cands) > 1:
                homonyms.append({h.id for h in cands})
        if len(unique) == 1:
            (kb_id, entry), = unique.items()
            if all(kb_id in h for h in homonyms):
                return Match("linked", entry)
            return Match("ambiguous")
        if unique or homonyms:
            return Match("ambiguous")
        return Match("unmatched")


# -- reading -------------------------------------------------------------------------------------
def _open_text(path: Path) -> IO[str]:
    suffix = path.suffix.lower()
    if suffix == ".gz":
        raw: IO[bytes] | gzip.GzipFile | bz2.BZ2File = gzip.open(path, "rb")  # noqa: SIM115 - returned to the caller, who closes it
    elif suffix == ".bz2":
        raw = bz2.open(path, "rb")  # noqa: SIM115 - returned to the caller, who closes it
    else:
        raw = open(path, "rb")  # noqa: SIM115 - returned to the caller, who closes it
    return io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")


def _format(path: Path) -> str:
    """json | jsonl | csv | tsv: by extension (under a compression suffix), else by content."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] in {".gz", ".bz2"}:
        suffixes = suffixes[:-1]
    if suffixes and suffixes[-1] in _SUFFIXES:
        return _SUFFIXES[suffixes[-1]]
    first = next((ln for ln in _first_lines(path, 1)), "")
    if first.startswith(("{", "[")):
        return "json"
    if "\t" in first:
        return "tsv"
    if "," in first or ";" in first:
        return "csv"
    raise RecoupeError(E.E070, path=path, reason="unknown format; name it .jsonl, .json, .csv or .tsv "
                                                 "(optionally .gz or .bz2)")


def _first_lines(path: Path, n: int) -> list[str]:
    out: list[str] = []
    with _open_text(path) as fh:
        for line in fh:
            if line.strip():
                out.append(line.strip())
                if len(out) == n:
                    break
    return out


def _json_mode(path: Path) -> str:
    """``lines`` when every record is on its own line (JSONL, Wikidata dumps), else ``document``."""
    lines = _first_lines(path, 2)
    head = [ln for ln in lines if ln != "["][:1]
    if not head:
        return "lines" if lines else "document"
    try:
        first = json.loads(head[0].removesuffix(","))
        return "lines" if isinstance(first, dict) and "entities" not in first else "document"
    except json.JSONDecodeError:
        return "document"


def _str(rec: dict[str, Any], key: str, *, required: bool = False) -> str:
    value = rec.get(key)
    if value is None or (value == "" and not required):
        if required:
            raise _Bad(f"'{key}' is missing")
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise _Bad(f"'{key}' must be a non-empty string, got {json.dumps(value, ensure_ascii=False)[:60]}")
    return value.strip()


def _type(value: Any) -> str:
    if value is None or value == "":
        return ""
    if not isinstance(value, str) or value.strip().upper() not in TYPES:
        shown = json.dumps(value, ensure_ascii=False)[:40]
        raise _Bad(f"'type' must be one of {', '.join(TYPES)} (or left out), got {shown}")
    return value.strip().upper()


def _coordinates(lat: Any, lon: Any) -> tuple[float | None, float | None]:
    if lat in (None, "") and lon in (None, ""):
        return None, None
    try:
        la, lo = float(lat), float(lon)
    except (TypeError, ValueError):
        raise _Bad(f"'lat' and 'lon' must both be numbers, got {lat!r} and {lon!r}") from None
    if isinstance(lat, bool) or isinstance(lon, bool) or not (math.isfinite(la) and math.isfinite(lo)) \
            or not (-90 <= la <= 90 and -180 <= lo <= 180):
        raise _Bad(f"coordinates out of range: lat {lat!r}, lon {lon!r}")
    return la, lo


def _simple(rec: dict[str, Any]) -> tuple[KBEntry, list[str]]:
    aliases = rec.get("aliases")
    if aliases is None:
        aliases = []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise _Bad("'aliases' must be a list of strings")
    lat, lon = _coordinates(rec.get("lat"), rec.get("lon"))
    entry = KBEntry(_str(rec, "id", required=True), _str(rec, "label", required=True), _type(rec.get("type")),
                    _str(rec, "description"), lat, lon)
    return entry, [a.strip() for a in aliases if a.strip()]


def _values(container: Any, lang: str) -> list[str]:
    """Wikidata ``labels``/``descriptions`` (one dict per language) or ``aliases`` (a list)."""
    if not isinstance(container, dict):
        return []
    item = container.get(lang)
    items = item if isinstance(item, list) else [item]
    return [x["value"].strip() for x in items
            if isinstance(x, dict) and isinstance(x.get("value"), str) and x["value"].strip()]


def _snak_values(claims: Any, prop: str) -> list[Any]:
    """The values of one property's statements, preferred rank first, deprecated ones left out."""
    if not isinstance(claims, dict) or not isinstance(claims.get(prop), list):
        return []
    statements = [s for s in claims[prop] if isinstance(s, dict) and s.get("rank") != "deprecated"]
    statements.sort(key=lambda s: s.get("rank") != "preferred")
    out = []
    for s in statements:
        snak = s.get("mainsnak")
        if (isinstance(snak, dict) and snak.get("snaktype", "value") == "value"
                and isinstance(snak.get("datavalue"), dict)):
            out.append(snak["datavalue"].get("value"))
    return out


def _wikidata(rec: dict[str, Any]) -> tuple[KBEntry, list[str]] | None:
    """An item's entry and names, or None for an entity we cannot use (property, no label...)."""
    if rec.get("type", "item") != "item" or not isinstance(rec.get("id"), str) or not rec["id"].strip():
        return None
    labels = [v for lang in LANGUAGES for v in _values(rec.get("labels"), lang)]
    if not labels:
        return None
    names = labels[1:] + [v for lang in LANGUAGES for v in _values(rec.get("aliases"), lang)]
    description = next((d for lang in ("fr", "en") for d in _values(rec.get("descriptions"), lang)), "")
    etype = ""
    for value in _snak_values(rec.get("claims"), "P31"):
        if isinstance(value, dict):
            qid = value.get("id") or (f"Q{value['numeric-id']}" if "numeric-id" in value else "")
            etype = WIKIDATA_CLASSES.get(qid, "")
            if etype:
                break
    lat = lon = None
    for value in _snak_values(rec.get("claims"), "P625"):
        if isinstance(value, dict) and str(value.get("globe", EARTH)).rsplit("/", 1)[-1] == EARTH:
            try:
                lat, lon = _coordinates(value.get("latitude"), value.get("longitude"))
            except _Bad:
                continue
            break
    return KBEntry(rec["id"].strip(), labels[0], etype, description, lat, lon), names


def _record(rec: Any) -> tuple[KBEntry, list[str]] | None:
    if not isinstance(rec, dict):
        raise _Bad(f"expected a JSON object, got {type(rec).__name__}")
    if isinstance(rec.get("labels"), dict):
        return _wikidata(rec)
    return _simple(rec)


def _json_lines(fh: IO[str]) -> Iterator[tuple[str, tuple[KBEntry, list[str]] | None]]:
    for n, line in enumerate(fh, start=1):
        s = line.strip()
        if not s or s in {"[", "]"}:
            continue
        where = f"line {n}"
        try:
            rec = json.loads(s.removesuffix(","))
        except json.JSONDecodeError as exc:
            raise _BadAt(where, f"invalid JSON: {exc.msg} (column {exc.colno})") from None
        try:
            yield where, _record(rec)
        except _Bad as exc:
            raise _BadAt(where, str(exc)) from None


def _json_document(fh: IO[str]) -> Iterator[tuple[str, tuple[KBEntry, list[str]] | None]]:
    try:
        doc = json.load(fh)
    except json.JSONDecodeError as exc:
        raise _BadAt(f"line {exc.lineno}", f"invalid JSON: {exc.msg} (column {exc.colno})") from None
    if isinstance(doc, dict) and "entities" in doc:  # Special:EntityData/Q….json, wbgetentities
        doc = doc["entities"]
        doc = list(doc.values()) if isinstance(doc, dict) else doc
    if not isinstance(doc, list):
        raise _BadAt("line 1", "expected a JSON array of records, one record per line, or {\"entities\": ...}")
    for n, rec in enumerate(doc, start=1):
        where = f"record {n}"
        try:
            yield where, _record(rec)
        except _Bad as exc:
            raise _BadAt(where, str(exc)) from None


def _table(fh: IO[str], delimiter: str) -> Iterator[tuple[str, tuple[KBEntry, list[str]] | None]]:
    head = fh.readline()
    if delimiter == "," and "," not in head and ";" in head:
        delimiter = ";"  # a French spreadsheet's CSV
    reader = csv.reader(_chain([head], fh), delimiter=delimiter)
    try:
        header = [h.strip().lower() for h in next(reader, [])]
    except csv.Error as exc:
        raise _BadAt("line 1", f"unreadable header: {exc}") from None
    if "id" not in header or "label" not in header:
        raise _BadAt("line 1", f"the header must name the columns id and label (and optionally "
                               f"{', '.join(_COLUMNS[2:])}); got {', '.join(header) or 'nothing'}")
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise _BadAt(f"line {reader.line_num}", f"malformed row: {exc}") from None
        where = f"line {reader.line_num}"
        if not any(c.strip() for c in row):
            continue
        if len(row) > len(header):
            raise _BadAt(where, f"{len(row)} fields, but the header names {len(header)} columns")
        rec: dict[str, Any] = dict(zip(header, row, strict=False))
        rec["aliases"] = [a.strip() for a in (rec.get("aliases") or "").split("|") if a.strip()]
        try:
            yield where, _simple(rec)
        except _Bad as exc:
            raise _BadAt(where, str(exc)) from None


def _chain(first: list[str], rest: Iterable[str]) -> Iterator[str]:
    yield from first
    yield from rest


class _BadAt(Exception):
    def __init__(self, where: str, reason: str) -> None:
        super().__init__(reason)
        self.where = where
        self.reason = reason


def fingerprint(path: Path) -> str:
    """What identifies a KB's content (and the index rules) for the store: a file digest."""
    with open(path, "rb") as fh:
        digest = hashlib.file_digest(fh, "sha256").hexdigest()
    return f"{INDEX_VERSION}:{digest}"


def read_kb(path: str | Path) -> KnowledgeBase:
    """Read and index a KB file; a bad file or record raises :class:`RecoupeError` (E070, E071)."""
    p = Path(path)
    if not p.is_file():
        raise RecoupeError(E.E070, path=p, reason="no such file")
    try:
        kb = KnowledgeBase(str(p), fingerprint(p))
        fmt = _format(p)
        if fmt == "json":
            fmt = "jsonl" if _json_mode(p) == "lines" else "json"
        with _open_text(p) as fh:
            records = {"jsonl": _json_lines, "json": _json_document}.get(fmt)
            rows = records(fh) if records else _table(fh, "\t" if fmt == "tsv" else ",")
            for where, item in rows:
                if item is None:
                    kb.skipped += 1
                    continue
                try:
                    kb.add(*item)
                except _Bad as exc:
                    raise _BadAt(where, str(exc)) from None
    except _BadAt as exc:
        raise RecoupeError(E.E071, path=p, where=exc.where, reason=exc.reason) from None
    except UnicodeDecodeError as exc:
        raise RecoupeError(E.E070, path=p, reason=f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise RecoupeError(E.E070, path=p, reason=str(exc) or type(exc).__name__) from None
    if not kb.entries:
        why = " (Wikidata items need a French, mul or English label)" if kb.skipped else ""
        raise RecoupeError(E.E070, path=p, reason=f"it holds no usable entry{why}")
    return kb


_cache: dict[str, tuple[tuple[int, int], KnowledgeBase]] = {}


def load_kb(path: str | Path) -> KnowledgeBase:
    """:func:`read_kb`, kept while the file is unchanged (``recoupe watch`` builds again and again)."""
    p = Path(path)
    try:
        st = p.stat()
        stamp = (st.st_size, st.st_mtime_ns)
    except OSError:
        return read_kb(p)  # raises E070
    key = str(p.resolve())
    hit = _cache.get(key)
    if hit is not None and hit[0] == stamp:
        return hit[1]
    kb = read_kb(p)
    _cache.clear()  # one KB at a time: they can be large
    _cache[key] = (stamp, kb)
    return kb


# -- linking -------------------------------------------------------------------------------------
def link_entities(store: Store, kb: KnowledgeBase, *, batch: int = 500) -> KBStats:
    """Link the store's entities that need it (new, or with new spellings; all of them when ``kb``
    was not the last KB applied to this store); return what was done."""
    stats = KBStats(source=kb.source, entries=len(kb))
    stats.rechecked_all = store.kb_fingerprint() != kb.fingerprint
    ids = store.entity_ids() if stats.rechecked_all else store.kb_unchecked_entity_ids()
    for i in range(0, len(ids), batch):
        chunk = ids[i:i + batch]
        with store.transaction():
            rows = []
            for eid, (etype, names) in store.entity_names(chunk).items():
                m = kb.match(etype, names)
                setattr(stats, m.status, getattr(stats, m.status) + 1)
                rows.append((eid, m.status, m.entry))
            store.set_entity_kb(rows)
        stats.checked += len(rows)
    with store.transaction():
        store.record_kb_run(kb.source, kb.fingerprint, len(kb), stats.checked, stats.linked, stats.ambiguous)
    stats.store_linked = store.kb_linked_count()
    return stats
