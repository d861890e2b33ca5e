"""The optional knowledge-base file: reading its formats, rejecting bad records, linking entities."""

from __future__ import annotations

import bz2
import gzip
import json
import sqlite3
from pathlib import Path

import pytest

from recoupe.errors import RecoupeError
from recoupe.model import Mention
from recoupe.resolve.entities import resolve_article
from recoupe.resolve.kb import kb_url, link_entities, load_kb, read_kb
from recoupe.storage import Store


# -- fixtures written here ----------------------------------------------------------------------
def _jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _wd_item(qid: str, labels: dict[str, str], *, aliases: dict[str, list[str]] | None = None,
             descriptions: dict[str, str] | None = None, p31: list[str] = (), coords: tuple[float, float] | None = None,
             ) -> dict:
    """A Wikidata entity shaped as in the JSON dumps (``latest-all.json``)."""
    claims: dict = {}
    if p31:
        claims["P31"] = [{"mainsnak": {"snaktype": "value", "property": "P31", "datavalue": {
            "value": {"entity-type": "item", "numeric-id": int(q[1:]), "id": q}, "type": "wikibase-entityid"},
            "datatype": "wikibase-item"}, "type": "statement", "id": f"{qid}$p31-{i}", "rank": "normal"}
            for i, q in enumerate(p31)]
    if coords:
        claims["P625"] = [{"mainsnak": {"snaktype": "value", "property": "P625", "datavalue": {"value": {
            "latitude": coords[0], "longitude": coords[1], "altitude": None, "precision": 0.0001,
            "globe": "http://www.wikidata.org/entity/Q2"}, "type": "globecoordinate"}, "datatype": "globe-coordinate"},
            "type": "statement", "rank": "normal"}]
    return {
        "type": "item", "id": qid,
        "labels": {lang: {"language": lang, "value": v} for lang, v in labels.items()},
        "descriptions": {lang: {"language": lang, "value": v} for lang, v in (descriptions or {}).items()},
        "aliases": {lang: [{"language": lang, "value": v} for v in vs] for lang, vs in (aliases or {}).items()},
        "claims": claims,
        "sitelinks": {"frwiki": {"site": "frwiki", "title": next(iter(labels.values())), "badges": []}},
        "lastrevid": 123456,
    }


def _dump(path: Path, items: list[dict], opener=open) -> Path:  # type: ignore[no-untyped-def]
    """Dump layout: '[' line, one entity per line with a trailing comma (not the last), ']' line."""
    lines = ["[\n"] + [json.dumps(it, ensure_ascii=False, separators=(",", ":"))
                       + (",\n" if i < len(items) - 1 else "\n")
                       for i, it in enumerate(items)] + ["]\n"]
    with opener(path, "wt", encoding="utf-8") as fh:
        fh.writelines(lines)
    return path


def _m(aid: str, text: str, etype: str, start: int) -> Mention:
    return Mention(article_id=aid, start=start, end=start + len(text), text=text, type=etype)  # type: ignore[arg-type]


def _resolve(store: Store, aid: str, texts: list[tuple[str, str]]) -> dict[str, str]:
    mentions = [_m(aid, t, ty, i * 100) for i, (t, ty) in enumerate(texts)]
    with store.transaction():
        links = resolve_article(store, aid, mentions)
    return {m.text: links[(m.start, m.end)] for m in mentions}


def _kb_of(store: Store, eid: str) -> str | None:
    row = store.entity_row(eid)
    assert row is not None
    return row["kb_id"]


PEOPLE = [
    {"id": "Q100", "label": "Kim Jong-un", "aliases": ["Kim Jong Eun"], "type": "PER", "description": "dirigeant"},
    {"id": "Q101", "label": "Sergei Shoigu", "type": "PER"},
    {"id": "Q102", "label": "Jean Martin", "type": "PER", "description": "homme politique"},
    {"id": "Q103", "label": "Jean Martin", "type": "PER", "description": "footballeur",
     "aliases": ["Jean-Baptiste Martin"]},
    {"id": "Q104", "label": "Martin", "type": "PER", "description": "a mononym"},
    {"id": "Q105", "label": "Jeanne Roussel", "type": "LOC", "description": "a ship's port, say"},
    {"id": "Q106", "label": "Organisation du traité de l'Atlantique nord", "aliases": ["OTAN"], "type": "ORG"},
    {"id": "Q107", "label": "Orion", "type": "ORG"},
    {"id": "Q108", "label": "Orion", "type": "MISC", "description": "a constellation"},
    {"id": "Q109", "label": "Vladivostok", "type": "LOC", "lat": 43.1, "lon": 131.9},
    {"id": "Q110", "label": "Paul Lefort", "description": "no type given"},
]


# -- formats --------------------------------------------------------------------------------------
def test_kb_reads_jsonl_records(tmp_path: Path) -> None:
    kb = read_kb(_jsonl(tmp_path / "kb.jsonl", PEOPLE))
    assert len(kb) == len(PEOPLE)
    e = kb.entry("Q109")
    assert e is not None and (e.type, e.lat, e.lon) == ("LOC", 43.1, 131.9)
    assert kb.entry("Q110").type == ""  # type: ignore[union-attr]
    assert kb.fingerprint and kb.source.endswith("kb.jsonl")


def test_kb_reads_csv_and_tsv_with_pipe_separated_aliases(tmp_path: Path) -> None:
    csv_path = tmp_path / "kb.csv"
    csv_path.write_text("\ufeffid,label,aliases,type,description\n"
                        'Q1,Jeanne Roussel,"J. Roussel|Jeanne-Marie Roussel",PER,"élue, maire"\n'
                        "\n"
                        "Q2,Port-Lumière,,LOC,\n", encoding="utf-8")
    kb = read_kb(csv_path)
    assert [e.id for e in kb.entries] == ["Q1", "Q2"]
    assert kb.entry("Q1").description == "élue, maire"  # type: ignore[union-attr]
    assert kb.match("PER", ["Jeanne-Marie Roussel"]).entry.id == "Q1"  # type: ignore[union-attr]
    tsv = tmp_path / "kb.tsv"
    tsv.write_text("id\tlabel\taliases\ttype\tdescription\tlat\tlon\n"
                   "X-1\tPort-Lumière\tPort Lumiere\tloc\tune ville\t48.5\t-2.75\n", encoding="utf-8")
    e = read_kb(tsv).entry("X-1")
    assert e is not None and (e.type, e.lat, e.lon) == ("LOC", 48.5, -2.75)
    semicolons = tmp_path / "excel.csv"  # a French spreadsheet's export
    semicolons.write_text("id;label;type\nQ9;Jeanne Roussel;PER\n", encoding="utf-8")
    assert read_kb(semicolons).entry("Q9").label == "Jeanne Roussel"  # type: ignore[union-attr]


def test_kb_rows_sharing_an_id_pool_their_names(tmp_path: Path) -> None:
    path = tmp_path / "sparql.csv"  # one row per alias, as a SPARQL result gives it
    path.write_text("id,label,aliases,type\nQ5,Jeanne Roussel,J. Roussel,PER\nQ5,Jeanne Roussel,Jeanne R. Roussel,\n",
                    encoding="utf-8")
    kb = read_kb(path)
    assert len(kb) == 1 and kb.entry("Q5").type == "PER"  # type: ignore[union-attr]
    assert kb.match("PER", ["Jeanne R. Roussel"]).entry.id == "Q5"  # type: ignore[union-attr]


def test_kb_reads_a_wikidata_dump_streamed_french_then_english(tmp_path: Path) -> None:
    items = [
        _wd_item("Q7183", {"fr": "Kim Jong-un", "en": "Kim Jong Un", "de": "Kim Jong-un"},
                 aliases={"fr": ["Kim Jong Eun"], "ru": ["Ким Чен Ын"]},
                 descriptions={"en": "North Korean leader"}, p31=["Q5"]),
        _wd_item("Q959", {"en": "Vladivostok"}, descriptions={"fr": "ville de Russie", "en": "city in Russia"},
                 p31=["Q1549591", "Q515"], coords=(43.1167, 131.9)),
        _wd_item("Q8008", {"mul": "Choe Son-hui", "de": "Choe Son-hui"}, p31=["Q5"]),
        _wd_item("Q99999", {"de": "Nur Deutsch"}, p31=["Q5"]),  # no French, mul or English label: left out
        _wd_item("Q4167410", {"fr": "page d'homonymie"}, p31=["Q4167410"]),  # a class we do not map: no type
        {"type": "property", "id": "P31", "datatype": "wikibase-item",
         "labels": {"fr": {"language": "fr", "value": "nature de l'élément"}}},
    ]
    path = _dump(tmp_path / "latest-all.json", items)
    text = path.read_text("utf-8")
    assert text.startswith("[\n") and '},\n{"type":"item"' in text and text.endswith("}\n]\n")
    kb = read_kb(path)
    assert sorted(e.id for e in kb.entries) == ["Q4167410", "Q7183", "Q8008", "Q959"]
    assert kb.skipped == 2  # the property and the item without a usable label
    kim = kb.entry("Q7183")
    assert kim is not None and (kim.label, kim.type, kim.description) == ("Kim Jong-un", "PER", "North Korean leader")
    city = kb.entry("Q959")
    assert city is not None and (city.type, city.lat, city.lon, city.description) == ("LOC", 43.1167, 131.9, "ville "
            "de Russie")
    assert kb.entry("Q8008").label == "Choe Son-hui"  # type: ignore[union-attr]
    assert kb.entry("Q4167410").type == ""  # type: ignore[union-attr]
    assert kb.match("PER", ["Kim Jong Eun"]).entry is kim  # a French alias
    assert kb.match("PER", ["Ким Чен Ын"]).status == "unmatched"  # other languages are not read


@pytest.mark.parametrize("suffix,opener", [(".json.gz", gzip.open), (".json.bz2", bz2.open)])
def test_kb_reads_a_compressed_dump(tmp_path: Path, suffix: str, opener) -> None:  # type: ignore[no-untyped-def]
    path = _dump(tmp_path / f"latest-all{suffix}", [_wd_item("Q1", {"fr": "Jeanne Roussel"}, p31=["Q5"]),
                                                    _wd_item("Q2", {"en": "Port Lumiere"}, p31=["Q515"])], opener)
    kb = read_kb(path)
    assert [(e.id, e.type) for e in kb.entries] == [("Q1", "PER"), ("Q2", "LOC")]


def test_kb_reads_a_json_array_and_entity_data(tmp_path: Path) -> None:
    array = tmp_path / "kb.json"
    array.write_text(json.dumps(PEOPLE[:3], indent=2, ensure_ascii=False), encoding="utf-8")
    assert [e.id for e in read_kb(array).entries] == ["Q100", "Q101", "Q102"]
    entity_data = tmp_path / "Q7183.json"  # Special:EntityData/Q7183.json
    entity_data.write_text(json.dumps({"entities": {"Q7183": _wd_item("Q7183", {"fr": "Kim Jong-un"}, p31=["Q5"])}}),
                           encoding="utf-8")
    assert read_kb(entity_data).entry("Q7183").type == "PER"  # type: ignore[union-attr]


@pytest.mark.parametrize("name,content,where,reason", [
    ("kb.jsonl", '{"id": "Q1", "label": "A b"}\n\n{"id": "Q2", "label": "C d"\n', "line 3", "invalid JSON"),
    ("kb.jsonl", '{"id": "Q1", "label": "A b"}\n{"id": "Q2"}\n', "line 2", "'label' is missing"),
    ("kb.jsonl", '{"id": "Q1", "label": ""}\n', "line 1", "'label' must be a non-empty string"),
    ("kb.jsonl", '{"id": 7, "label": "A b"}\n', "line 1", "'id' must be a non-empty string"),
    ("kb.jsonl", '{"id": "Q1", "label": "A b", "type": "GPE"}\n', "line 1", "'type' must be one of PER, LOC"),
    ("kb.jsonl", '{"id": "Q1", "label": "A b", "aliases": "A|B"}\n', "line 1", "'aliases' must be a list"),
    ("kb.jsonl", '{"id": "Q1", "label": "A b", "lat": 91, "lon": 2}\n', "line 1", "out of range"),
    ("kb.jsonl", '{"id": "Q1", "label": "A b", "lat": 45}\n', "line 1", "must both be numbers"),
    ("kb.jsonl", '["Q1", "A b"]\n', "line 1", "expected a JSON object"),
    ("kb.jsonl", '{"id": "Q1", "label": "A b", "type": "PER"}\n{"id": "Q1", "label": "A b", "type": "LOC"}\n',
     "line 2", "type LOC here and PER before"),
    ("dump.json", '[\n{"type":"item","id":"Q1","labels":{"fr":{"language":"fr","value":"A b"}}},\n'
                  '{"type":"item","id":"Q2","labels":{"fr":{"language":"fr","value":"C d"}},\n]\n',
     "line 3", "invalid JSON"),
    ("kb.json", '[{"id": "Q1", "label": "A b"}, {"label": "C d"}]', "record 2", "'id' is missing"),
    ("kb.csv", "name,description\nA b,x\n", "line 1", "must name the columns id and label"),
    ("kb.csv", 'id,label,type\nQ1,A b,PER\nQ2,"C d",PER,extra\n', "line 3", "4 fields"),
    ("kb.tsv", "id\tlabel\ttype\nQ1\tA b\tpeople\n", "line 2", "'type' must be one of"),
])
def test_kb_bad_records_are_rejected_with_file_and_line(tmp_path: Path, name: str, content: str, where: str,
                                                        reason: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RecoupeError) as info:
        read_kb(path)
    message = str(info.value)
    assert info.value.code == "E071"
    assert str(path) in message and f" {where}: " in message and reason in message, message


@pytest.mark.parametrize("name,content,reason", [
    ("missing.jsonl", None, "no such file"),
    ("empty.jsonl", "\n\n", "no usable entry"),
    ("kb.txt", "just some words\n", "unknown format"),
    ("latin1.csv", "id,label\nQ1,Jérôme Roussel\n".encode("latin-1"), "not UTF-8"),
    ("only-german.json", '[\n{"type":"item","id":"Q1","labels":{"de":{"language":"de","value":"A b"}}}\n]\n',
     "French, mul or English label"),
    ("broken.json.gz", b"not gzip at all", "gzip"),
])
def test_kb_unusable_files_are_clear_errors(tmp_path: Path, name: str, content: str | bytes | None,
                                            reason: str) -> None:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    elif isinstance(content, bytes):
        path.write_bytes(content)
    with pytest.raises(RecoupeError) as info:
        read_kb(path)
    assert info.value.code == "E070" and str(path) in str(info.value) and reason in str(info.value), str(info.value)


def test_kb_load_is_cached_while_the_file_is_unchanged(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "kb.jsonl", PEOPLE[:2])
    first = load_kb(path)
    assert load_kb(path) is first
    _jsonl(path, PEOPLE[:3])
    again = load_kb(path)
    assert again is not first and len(again) == 3 and again.fingerprint != first.fingerprint


# -- matching -------------------------------------------------------------------------------------
@pytest.fixture
def kb(tmp_path: Path):  # type: ignore[no-untyped-def]
    return read_kb(_jsonl(tmp_path / "kb.jsonl", PEOPLE))


@pytest.mark.parametrize("etype,names,expected", [
    ("PER", ["Kim Jong Un"], "Q100"),
    ("PER", ["KIM JONG-UN"], "Q100"),
    ("PER", ["M. Kim Jong Un"], "Q100"),  # honorifics off, as the resolver does
    ("PER", ["Kim Jong Eun"], "Q100"),
    ("PER", ["Sergueï Choïgou"], "Q101"),  # French transliteration of the English label
    ("PER", ["Sergej Schoigu"], "Q101"),  # German
    ("ORG", ["OTAN"], "Q106"),
    ("ORG", ["O.T.A.N."], "Q106"),
    ("ORG", ["Organisation du Traité de l’Atlantique Nord"], "Q106"),
    ("LOC", ["Vladivostok"], "Q109"),
    ("PER", ["Paul Lefort"], "Q110"),  # an entry of unknown type fits any entity
    ("ORG", ["Paul Lefort"], "Q110"),
])
def test_kb_variant_spellings_are_linked(kb, etype: str, names: list[str], expected: str) -> None:  # type: ignore[no-untyped-def]
    m = kb.match(etype, names)
    assert m.status == "linked" and m.entry.id == expected


@pytest.mark.parametrize("etype,names,status", [
    ("PER", ["Jean Martin"], "ambiguous"),  # two people, one name
    ("PER", ["Martin"], "unmatched"),  # a bare family name never links a person, even to a mononym
    ("PER", ["M. Martin"], "unmatched"),
    ("PER", ["Kim"], "unmatched"),
    ("ORG", ["Orion"], "ambiguous"),  # one word naming several things, even if one only is an ORG
    ("PER", ["Jeanne Roussel"], "unmatched"),  # the only entry is a LOC: type mismatch
    ("ORG", ["Vladivostok"], "unmatched"),
    ("LOC", ["OTAN"], "unmatched"),
    ("PER", ["Kim Jong Il"], "unmatched"),  # father and son are not one entry
    ("PER", ["Kim Jong Un", "Sergei Shoigu"], "ambiguous"),  # names pointing to two entries
    ("PER", ["Sergei Shoigu", "Jean Martin"], "ambiguous"),  # one entry, and homonyms that exclude it
])
def test_kb_homonyms_surnames_and_type_mismatches_are_not_linked(kb, etype: str, names: list[str], status: str) -> None:  # type: ignore[no-untyped-def]
    m = kb.match(etype, names)
    assert (m.status, m.entry) == (status, None)


def test_kb_a_specific_alias_settles_homonyms(kb) -> None:  # type: ignore[no-untyped-def]
    m = kb.match("PER", ["Jean Martin", "Jean-Baptiste Martin", "Martin"])
    assert m.status == "linked" and m.entry.id == "Q103"


def test_kb_typed_entry_preferred_to_one_of_unknown_type(tmp_path: Path) -> None:
    kb = read_kb(_jsonl(tmp_path / "kb.jsonl", [{"id": "S1", "label": "Paul Lefort", "description": "a ship"},
                                                {"id": "P1", "label": "Paul Lefort", "type": "PER"}]))
    assert kb.match("PER", ["Paul Lefort"]).entry.id == "P1"  # type: ignore[union-attr]
    assert kb.match("LOC", ["Paul Lefort"]).entry.id == "S1"  # type: ignore[union-attr]


def test_kb_url_only_for_wikidata_qids() -> None:
    assert kb_url("Q7183") == "https://www.wikidata.org/wiki/Q7183"
    assert kb_url("X-1") == kb_url("Q0") == kb_url("Q12 x") == kb_url("") == kb_url(None) == ""


# -- linking in the store -------------------------------------------------------------------------
def _clustering(store: Store) -> list[tuple]:
    rows = store.db.execute("SELECT id, name, type, mention_count FROM entities ORDER BY id").fetchall()
    keys = store.db.execute("SELECT * FROM entity_keys ORDER BY 1, 2, 3").fetchall()
    aliases = store.db.execute("SELECT * FROM aliases ORDER BY 1, 2, 3").fetchall()
    return [tuple(r) for r in rows + keys + aliases]


def test_kb_linking_fills_the_kb_columns_and_counts(store: Store, kb) -> None:  # type: ignore[no-untyped-def]
    a = _resolve(store, "a1", [("Kim Jong Un", "PER"), ("Jean Martin", "PER"), ("Vladivostok", "LOC"),
                               ("Jeanne Roussel", "PER"), ("Orion", "ORG")])
    before = _clustering(store)
    stats = link_entities(store, kb)
    assert (stats.checked, stats.linked, stats.ambiguous, stats.unmatched) == (5, 2, 2, 1)
    assert stats.rechecked_all and stats.store_linked == 2 and stats.entries == len(PEOPLE)
    kim = store.entity_row(a["Kim Jong Un"])
    assert kim is not None and (kim["kb_id"], kim["kb_label"], kim["kb_description"], kim["kb_status"]) == \
        ("Q100", "Kim Jong-un", "dirigeant", "linked")
    city = store.entity_row(a["Vladivostok"])
    assert city is not None and (city["kb_id"], city["kb_lat"], city["kb_lon"]) == ("Q109", 43.1, 131.9)
    martin = store.entity_row(a["Jean Martin"])
    assert martin is not None and (martin["kb_id"], martin["kb_status"]) == (None, "ambiguous")
    assert _kb_of(store, a["Jeanne Roussel"]) is None and _kb_of(store, a["Orion"]) is None
    assert _clustering(store) == before  # linking never merges, splits or renames


def test_kb_linking_is_incremental_across_builds(store: Store, kb) -> None:  # type: ignore[no-untyped-def]
    a = _resolve(store, "a1", [("Kim Jong Un", "PER"), ("Paul Dubreuil", "PER")])
    first = link_entities(store, kb)
    assert first.checked == 2 and _kb_of(store, a["Kim Jong Un"]) == "Q100"
    # a later build: a new entity, and a known one seen again with the same spelling
    b = _resolve(store, "a2", [("Sergueï Choïgou", "PER"), ("Kim Jong Un", "PER")])
    assert b["Kim Jong Un"] == a["Kim Jong Un"]
    second = link_entities(store, kb)
    assert not second.rechecked_all
    assert (second.checked, second.linked) == (1, 1)  # the new entity only
    assert _kb_of(store, b["Sergueï Choïgou"]) == "Q101" and _kb_of(store, a["Kim Jong Un"]) == "Q100"
    # a new spelling of a known entity has it checked again (and kept linked)
    _resolve(store, "a3", [("Kim Jong-un", "PER")])
    third = link_entities(store, kb)
    assert third.checked == 1 and _kb_of(store, a["Kim Jong Un"]) == "Q100"
    # entities made by a build without the KB are linked by the next build with it
    c = _resolve(store, "a4", [("Jean-Baptiste Martin", "PER")])
    assert link_entities(store, kb).checked == 1 and _kb_of(store, c["Jean-Baptiste Martin"]) == "Q103"


def test_kb_linking_again_is_idempotent(store: Store, kb) -> None:  # type: ignore[no-untyped-def]
    from recoupe.report.dossier import build_dossier

    _resolve(store, "a1", [("Kim Jong Un", "PER"), ("Jean Martin", "PER"), ("OTAN", "ORG")])
    link_entities(store, kb)
    before = build_dossier(store)
    again = link_entities(store, kb)
    assert (again.checked, again.linked, again.ambiguous) == (0, 0, 0) and again.store_linked == 2
    assert build_dossier(store) == before
    assert sorted(e["kb_id"] for e in before["entities"] if e["kb_id"]) == ["Q100", "Q106"]


def test_kb_another_kb_rechecks_every_entity_and_clears_stale_links(store: Store, kb, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a = _resolve(store, "a1", [("Kim Jong Un", "PER"), ("Vladivostok", "LOC")])
    link_entities(store, kb)
    other = read_kb(_jsonl(tmp_path / "other.jsonl", [
        {"id": "Q100", "label": "Kim Jong-un", "type": "PER"}, {"id": "Q999", "label": "Kim Jong-un", "type": "PER"}]))
    stats = link_entities(store, other)
    assert stats.rechecked_all and stats.checked == 2 and stats.ambiguous == 1
    kim = store.entity_row(a["Kim Jong Un"])
    assert kim is not None and (kim["kb_id"], kim["kb_label"], kim["kb_status"]) == (None, "", "ambiguous")
    assert _kb_of(store, a["Vladivostok"]) is None
    assert [r["fingerprint"] for r in store.kb_runs()] == [kb.fingerprint, other.fingerprint]


def test_kb_columns_come_with_the_migration_of_an_old_store(tmp_path: Path, kb) -> None:  # type: ignore[no-untyped-def]
    from recoupe.storage.migrations import MIGRATIONS

    db = tmp_path / "old.db"
    raw = sqlite3.connect(db)
    for step in MIGRATIONS[:4]:
        step(raw)
    raw.execute("PRAGMA user_version = 4")
    raw.execute("INSERT INTO entities (id, name, type, mention_count) VALUES ('e1', 'Kim Jong Un', 'PER', 3)")
    raw.commit()
    raw.close()
    with Store.open(db) as store:
        assert store.kb_unchecked_entity_ids() == ["e1"]
        assert link_entities(store, kb).linked == 1 and _kb_of(store, "e1") == "Q100"


def test_kb_pipeline_build_reads_the_kb_first_and_reports(tmp_path: Path, store: Store) -> None:
    from recoupe.pipeline import build
    from recoupe.settings import Settings

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "Q1", "label": "A b"}\n{"id": "Q1"\n', encoding="utf-8")
    with pytest.raises(RecoupeError, match=r"bad\.jsonl' line 2"):
        build(store, [str(tmp_path / "nothing-here")], kb=bad)
    assert store.count("rejections") == 0  # stopped before reading any input
    _resolve(store, "a1", [("Kim Jong Un", "PER")])
    good = _jsonl(tmp_path / "kb.jsonl", PEOPLE)
    summary = build(store, [], settings=Settings.load(entities__kb=str(good)))  # the setting
    assert summary.kb is not None and (summary.kb.checked, summary.kb.linked) == (1, 1)
    assert build(store, []).kb is None  # no KB given: no linking
