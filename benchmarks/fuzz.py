"""Coverage-guided fuzzing (atheris) of the parsers and normalisers that see untrusted bytes.

    python -m benchmarks.fuzz -runs=20000          # or -max_total_time=600

Targets: byte decoding, text/HTML/record cleaning, JSON/JSONL record reading, feed reading, the
time tagger and the name keys. A target may reject its input (that is its job); it must never
raise. A crashing input is written by libFuzzer as ``crash-*``: add it to
``tests/robustness/fuzz_regressions/`` so the regression test replays it forever.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from recoupe.clean import clean, decode
    from recoupe.ingest.feeds import read_feed
    from recoupe.ingest.records import read_json, read_jsonl
    from recoupe.model import RawDocument
    from recoupe.nlp.timex import tag
    from recoupe.resolve.names import full_key

_TMP = Path(tempfile.gettempdir()) / "recoupe-fuzz.json"


def one_input(data: bytes) -> None:
    if not data:
        return
    target, raw = data[0] % 7, data[1:]
    if target == 0:
        decode(raw)
    elif target == 1:
        clean(RawDocument("fuzz.txt", "text", raw))
    elif target == 2:
        clean(RawDocument("fuzz.html", "html", raw))
    elif target == 3:
        list(read_json(_TMP, raw.decode("utf-8", "replace")))
        list(read_jsonl(_TMP, raw.decode("utf-8", "replace")))
    elif target == 4:
        list(read_feed(_TMP, raw))
    elif target == 5:
        tag(raw.decode("utf-8", "replace"), date(2023, 9, 12))
    else:
        full_key(raw.decode("utf-8", "replace"))


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
