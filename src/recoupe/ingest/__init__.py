"""Ingest: find the input files and read each into RawDocuments, rejecting what cannot be used.

    discover(inputs)          files, folders (recursive, sorted, hidden skipped), globs -> Path | Rejection
    read_path(path, fmt=...)  one file -> RawDocument | Rejection (text, html, json, jsonl; feed/warc: E008)

Nothing is cleaned here: ``RawDocument.raw`` is the exact bytes (or a record's canonical JSON).
"""

from recoupe.ingest.discover import discover
from recoupe.ingest.readers import EXTENSIONS, FORMATS, read_path, sniff
from recoupe.ingest.records import FIELD_MAP, map_fields
from recoupe.ingest.text import binary_kind, decode, try_decode

__all__ = [
    "EXTENSIONS",
    "FIELD_MAP",
    "FORMATS",
    "binary_kind",
    "decode",
    "discover",
    "map_fields",
    "read_path",
    "sniff",
    "try_decode",
]
