"""A batch of hostile and broken inputs, generated here, through the real command line.

Expected: every bad document is rejected (or degraded) with a reason naming its file (and line
for JSONL), the good ones are built, a summary counts rejections by reason, the exit status is 1,
no traceback is printed, and the process memory stays bounded.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from recoupe.storage import Store

pytestmark = [pytest.mark.model, pytest.mark.slow]

GOOD_FR = ("Le conseil municipal a adopté jeudi un budget en hausse, porté par les investissements dans "
           "les transports publics, a indiqué la maire lors d'une conférence de presse.\n\n"
           "L'opposition a dénoncé un endettement excessif et annoncé un recours devant le tribunal.\n")


def _corpus(root: Path) -> dict[str, str]:
    """Write the corpus; return file name -> what should happen ('ok' or an error code)."""
    root.mkdir()
    expect: dict[str, str] = {}

    def put(name: str, data: bytes, outcome: str) -> None:
        (root / name).write_bytes(data)
        expect[name] = outcome

    put("empty.txt", b"", "E003")
    put("blank.txt", b"  \n\t \n", "E003")
    put("image.png", b"\x89PNG\r\n\x1a\n" + os.urandom(2000), "E004")
    put("doc.pdf", b"%PDF-1.7\n" + os.urandom(2000), "E004")
    put("archive.txt", gzip.compress(GOOD_FR.encode()), "E004")
    put("blob.bin", random.Random(3).randbytes(4096), "E004")
    put("big.txt", b"mot " * (100_000_000 // 4), "E010")  # 100 MB, over the default limit
    put("cp1252.txt", GOOD_FR.replace("budget", "budget – €").encode("cp1252"), "ok")
    put("latin1.txt", GOOD_FR.replace("conseil", "conseil régional").encode("latin-1"), "ok")
    put("utf16.txt", GOOD_FR.replace("jeudi", "mardi").encode("utf-16"), "ok")
    put("bom.txt", b"\xef\xbb\xbf" + GOOD_FR.replace("jeudi", "lundi").encode(), "ok")
    put("truncated.html",
        b"<html><body><article><p>" + GOOD_FR.replace("jeudi", "vendredi").encode() + b"</p><p>Suite", "ok")
    put("nested.html", b"<div>" * 5000 + b"texte" + b"</div>" * 5000, "rejected")
    put("script.html", b"<html><body><script>" + b"var a=1;" * 5000 + b"</script></body></html>", "rejected")
    lines = [json.dumps({"title": "Grève", "text": GOOD_FR.replace("jeudi", "samedi"), "url": "https://ex.fr/1"}),
             "{not json", json.dumps(["a list"]), json.dumps({"title": 3, "text": None}),
             json.dumps({"title": "Vote", "body": GOOD_FR.replace("jeudi", "dimanche"), "published": "0000-01-01"})]
    put("records.jsonl", "\n".join(lines).encode(), "partial")
    put("bomb.rss", (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
                     b'<rss><channel><title>&b;</title><item><title>x</title><description>&b;</description></item>'
                     b'</channel></rss>'), "E011")
    put("xxe.rss", (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                    b'<rss><channel><title>t</title><item><title>&x;</title><description>d</description></item>'
                    b'</channel></rss>'), "E011")
    put("english.txt", (b"The city council approved on Thursday a budget increase driven by public transport "
                        b"investments, the mayor told a press conference.\n\nThe opposition denounced excessive "
                        b"debt and announced an appeal to the administrative court.\n"), "ok")
    (root / "loop").mkdir()
    os.symlink(root / "loop", root / "loop" / "again")
    return expect


def test_robustness_bad_batch_is_reported_not_fatal(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    expect = _corpus(corpus)
    db = tmp_path / "s.db"
    code = ("import resource, sys; from recoupe.cli.app import main; "
            "sys.argv = ['recoupe'] + sys.argv[1:]\n"
            "try:\n    main()\nfinally:\n"
            "    print('maxrss_kib', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-c", code, "build", str(corpus), "--db", str(db)],
                          capture_output=True, text=True, timeout=600)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "Traceback" not in out, out
    for name, outcome in expect.items():
        if outcome.startswith("E"):
            assert name in out and outcome in out, f"{name}: expected {outcome}\n{out}"
    assert "records.jsonl' line 2" in out  # the line of the invalid JSONL record is named
    assert "rejections by reason:" in out
    with Store.open(db) as s:
        origins = {Path(a.origin.split("#")[0]).name for a in s.articles()}
        assert {n for n, o in expect.items() if o == "ok"} <= origins
        assert "records.jsonl" in origins  # its good records were built, the bad lines rejected
        assert all(a.published is None or a.published.year > 1900 for a in s.articles())  # absurd date ignored
    rss_mib = int(out.rsplit("maxrss_kib", 1)[1].split()[0]) / 1024
    assert rss_mib < 2048, f"peak RSS {rss_mib:.0f} MiB"
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss > 0
