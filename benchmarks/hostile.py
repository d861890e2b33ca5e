"""The hostile corpus: one folder of bad inputs (and a few good ones beside them), built by the real
command line, each outcome checked against what it should be.

    python -m benchmarks.hostile              # prints the table of attacks (kind, expected, observed)

Every kind of input is generated here (nothing hostile is committed). ``expect`` maps a file name
to ``"ok"`` (the article is stored), ``"skip"`` (never read: the store's own files, the --out
folder) or the code it must be rejected with (``E0xx``; ``ok+W001`` stored with that warning).
Targets: no traceback, every good document stored, every rejection named with its file (and line
or record) and code, bounded memory. ``tests/robustness/test_hostile_corpus.py`` runs it.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import re
import subprocess
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path

GOOD_FR = ("Le conseil municipal a adopté jeudi un budget en hausse, porté par les investissements dans "
           "les transports publics, a indiqué la maire lors d'une conférence de presse.\n\n"
           "L'opposition a dénoncé un endettement excessif et annoncé un recours devant le tribunal.\n")


def good(variant: str) -> str:
    """A distinct good article (its first sentence names ``variant``)."""
    return f"Édition {variant}.\n\n" + GOOD_FR.replace("jeudi", f"jeudi ({variant})")


def long_article(paragraphs: int, seed: int = 5) -> str:
    """Distinct French prose paragraphs (none is furniture, none repeats): about 480 characters each."""
    rng = random.Random(seed)
    subj = ["Le maire", "La ministre", "Le conseil régional", "Le syndicat", "La préfecture", "L'opposition"]
    verb = ["a annoncé", "a confirmé", "a démenti", "a estimé", "a rappelé", "a précisé"]
    obj = ["une hausse du budget", "la fermeture de l'usine", "un plan de transport", "la reprise des travaux"]
    when = ["jeudi", "lundi soir", "la semaine dernière", "en mars", "ce matin"]

    def para(i: int) -> str:
        return " ".join(f"{rng.choice(subj)} {rng.choice(verb)} {rng.choice(when)} {rng.choice(obj)} pour la {i}e "
                        f"fois, selon un communiqué publié à {rng.randint(1, 23)} heures." for _ in range(4))

    return "\n\n".join(para(i) for i in range(paragraphs))


def warc_record(html: bytes, url: str, *, gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=io.BytesIO(html), http_headers=headers)
    writer.write_record(record)
    record.raw_stream.close()  # warcio spooled the payload to a temporary file to digest it
    return out.getvalue()


def warc_bomb(expanded: int) -> bytes:
    """A .warc.gz whose one record has an HTTP header line of ``expanded`` bytes (about 1/1000 of it compressed)."""
    c = zlib.compressobj(9, zlib.DEFLATED, 31)
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://ex.fr/bomb\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {expanded + 100}\r\n\r\n"
            f"HTTP/1.1 200 OK\r\nX-Bomb: ").encode()
    parts = [c.compress(head)]
    block = b"a" * (1 << 22)
    left = expanded
    while left > 0:
        parts.append(c.compress(block[:min(left, len(block))]))
        left -= len(block)
    parts.append(c.compress(b"\r\n\r\n<html></html>"))
    parts.append(c.flush())
    return b"".join(parts)


def page(body: str) -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n") if p.strip())
    return f"<html><head><title>Budget</title></head><body><article>{paras}</article></body></html>".encode()


@dataclass
class Corpus:
    root: Path
    expect: dict[str, str] = field(default_factory=dict)  # file name -> ok | skip | E0xx | ok+W001
    kinds: dict[str, str] = field(default_factory=dict)  # file name -> what the attack is

    def put(self, name: str, data: bytes, outcome: str, kind: str) -> None:
        (self.root / name).write_bytes(data)
        self.expect[name] = outcome
        self.kinds[name] = kind


def hostile_corpus(root: Path) -> Corpus:
    """Write the corpus into ``root`` (created); return what each file should give."""
    root.mkdir(parents=True)
    c = Corpus(root)
    put = c.put
    # -- files that are not articles
    put("empty.txt", b"", "E003", "empty file")
    put("blank.txt", b"  \n\t \n", "E003", "whitespace only")
    put("image.png", b"\x89PNG\r\n\x1a\n" + random.Random(1).randbytes(2000), "E004", "PNG image named as input")
    put("doc.pdf", b"%PDF-1.7\n" + random.Random(2).randbytes(2000), "E004", "PDF document")
    put("archive.txt", gzip.compress(GOOD_FR.encode()), "E004", "gzip data with a .txt name")
    put("blob.bin", random.Random(3).randbytes(4096), "E004", "random bytes")
    put("nul.txt", GOOD_FR.encode().replace(b" ", b"\x00"), "E004", "NUL bytes in text")
    put("big.txt", b"mot " * (51_000_000 // 4), "E010", "file over ingest.max_bytes (51 MB)")
    put("short.txt", b"Trop court.", "E012", "text too short to be an article")
    # -- encodings (all good articles)
    put("cp1252.txt", good("cp1252").replace("budget", "budget \u2013 \u20ac").encode("cp1252"), "ok", "cp1252 text")
    put("latin1.txt", good("latin1").encode("latin-1"), "ok", "latin-1 text")
    put("utf16.txt", good("utf16").encode("utf-16"), "ok", "UTF-16 with BOM")
    put("bom.txt", b"\xef\xbb\xbf" + good("bom").encode(), "ok", "UTF-8 with BOM")
    text = good("mojibake").encode()
    cut = text.index("é".encode())
    put("one-bad-byte.txt", text[:cut] + b"\xff" + text[cut:], "ok+W001", "UTF-8 with one invalid byte")
    put("newline\nname.txt", good("newline-name").encode(), "ok", "newline in the file name")
    # -- HTML
    put("truncated.html", b"<html><body><article><p>" + good("truncated").encode() + b"</p><p>Suite", "ok",
        "HTML cut mid-element")
    put("nested.html", b"<div>" * 5000 + b"texte" + b"</div>" * 5000, "E009", "HTML nested 5,000 deep")
    put("script.html", b"<html><body><script>" + b"var a=1;" * 5000 + b"</script></body></html>", "E009",
        "HTML with only a script")
    put("nothing.html", b"<html><head></head><body></body></html>", "E009", "HTML without text")
    # -- JSON and JSONL
    lines = [json.dumps({"title": "Grève", "text": good("jsonl-1"), "url": "https://ex.fr/1"}),
             "{not json", json.dumps(["a list"]), json.dumps({"title": 3, "text": None}),
             json.dumps({"title": "Vote", "body": good("jsonl-5"), "published": "0000-01-01"})]
    put("records.jsonl", "\n".join(lines).encode(), "ok", "JSONL: good, invalid, list, nulls, absurd date")
    c.expect["records.jsonl#2"], c.kinds["records.jsonl#2"] = "E006", "JSONL line that is not JSON"
    c.expect["records.jsonl#3"], c.kinds["records.jsonl#3"] = "E013", "JSONL line that is a list"
    c.expect["records.jsonl#4"], c.kinds["records.jsonl#4"] = "E007", "JSONL record without text"
    put("deep.json", ('{"title": "t", "text": ' + "[" * 500 + '"x"' + "]" * 500 + "}").encode(), "E007",
        "text field nested 500 lists deep")
    put("deep-extra.json", json.dumps({"text": good("deep-extra"), "extra": "@"}).replace(
        '"@"', "[" * 500 + "1" + "]" * 500).encode(), "ok", "good text beside a field nested 500 deep")
    put("deeper.json", ("[" * 100_000 + "]" * 100_000).encode(), "E006", "JSON nested 100,000 deep")
    put("bignum.json", ('{"text": ' + json.dumps(good("bignum")) + ', "id": ' + "9" * 5000 + "}").encode(), "ok",
        "a 5,000-digit JSON number")
    put("scalar.json", b"42", "E013", "JSON that is a number")
    put("unterminated.json", b'{"text": "Le conseil', "E006", "JSON string never closed")
    # -- feeds
    put("bomb.rss", (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
                     b"<rss><channel><title>&b;</title><item><title>x</title><description>&b;</description>"
                     b"</item></channel></rss>"), "E011", "billion laughs (entity expansion)")
    put("xxe.rss", (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                    b"<rss><channel><title>t</title><item><title>&x;</title><description>d</description></item>"
                    b"</channel></rss>"), "E011", "external entity (XXE)")
    put("noitems.rss", b'<?xml version="1.0"?><rss><channel><title>t</title></channel></rss>', "E007",
        "feed without items")
    # -- size: what spaCy would refuse or pay for in memory
    put("long.txt", long_article(260).encode(), "E014", "article of 125,000 characters (over nlp.max_chars)")
    rng = random.Random(7)
    words = ["le", "la", "conseil", "budget", "maire", "vote", "paris", "ville", "projet", "loi"]
    put("oneline.txt", " ".join(rng.choice(words) for _ in range(1_000_000)).encode(), "E014",
        "6 MB on a single line")
    put("short-lines.txt", "\n".join(" ".join(rng.choice(words) for _ in range(rng.randint(2, 6)))
                                     for _ in range(560_000)).encode(), "E014", "12 MB of short lines")
    # -- WARC
    full = page(good("warc"))
    record = warc_record(full, "https://ex.fr/warc", gz=False)
    put("truncated.warc", record[: len(record) // 2], "E015", "WARC record cut short")
    gz = warc_record(page(good("warc-gz")), "https://ex.fr/warc-gz", gz=True)
    put("truncated.warc.gz", gz[: len(gz) // 2], "E015", "gzip WARC cut mid-member")
    put("garbage.warc", b"this is not a warc file\n" * 50, "E016", "garbage named .warc")
    put("bomb.warc.gz", warc_bomb(80_000_000), "E017", "WARC header expanding to 80 MB (77 KB compressed)")
    put("complete.warc", warc_record(page(good("complete-warc")), "https://ex.fr/complete", gz=False), "ok",
        "complete WARC record")
    # -- the file system
    (root / "loop").mkdir()
    os.symlink(root / "loop", root / "loop" / "again")
    c.expect["loop/again"], c.kinds["loop/again"] = "E002", "symlink loop"
    os.symlink(root / "missing-target.txt", root / "dangling.txt")
    c.expect["dangling.txt"], c.kinds["dangling.txt"] = "E002", "broken symlink"
    # the store and the report folder of the build live in its input folder (run() puts them there)
    (root / "out").mkdir()
    put("out/report.html", page(good("old-report")), "skip", "the --out folder inside the input folder")
    c.expect["store.db"], c.kinds["store.db"] = "skip", "the store inside its input folder"
    c.expect["store.db-wal"], c.kinds["store.db-wal"] = "skip", "the store's WAL file in the input folder"
    put("english.txt", (b"The city council approved on Thursday a budget increase driven by public transport "
                        b"investments, the mayor told a press conference.\n\nThe opposition denounced excessive "
                        b"debt and announced an appeal to the administrative court.\n"), "ok", "English text")
    return c


@dataclass
class Outcome:
    returncode: int
    output: str
    maxrss_mib: float
    stored: set[str]  # origins (relative to the corpus) of the stored articles
    observed: dict[str, str]  # name -> what happened (ok, skip, codes)


# The peak is read from /proc/self/status (VmHWM): Linux keeps ru_maxrss across fork and exec, so a
# build started from a large process (a long pytest run) would report that process's size.
_RUN = ("import resource, sys; from recoupe.cli.app import main; sys.argv = ['recoupe'] + sys.argv[1:]\n"
        "def peak():\n"
        "    try:\n"
        "        with open('/proc/self/status') as f:\n"
        "            return next(int(l.split()[1]) for l in f if l.startswith('VmHWM:'))\n"
        "    except (OSError, StopIteration):\n"
        "        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "try:\n    main()\nfinally:\n"
        "    print('maxrss_kib', peak(), file=sys.stderr)")


def run(corpus: Corpus, *, timeout: float = 900) -> Outcome:
    """Build the corpus with the command line (its store and --out folder inside it); what happened
    to each file."""
    from recoupe.storage import Store

    db = corpus.root / "store.db"
    cmd = [sys.executable, "-c", _RUN, "build", str(corpus.root), "--db", str(db), "--out", str(corpus.root / "out")]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env={**os.environ, "COLUMNS": "400"})
    output = proc.stdout + proc.stderr
    rss = float(output.rsplit("maxrss_kib", 1)[1].split()[0]) / 1024 if "maxrss_kib" in output else -1.0
    root = str(corpus.root) + "/"
    with Store.open(db) as s:
        stored = {a.origin.removeprefix(root) for a in s.articles()}
    observed: dict[str, str] = {}
    for name in corpus.expect:
        base = name.split("#")[0]
        codes = sorted(set(_codes_for(output, root + name, exact="#" in name)))
        got = "ok" if (name in stored or any(o.startswith(base + "#") for o in stored)) and "#" not in name else ""
        observed[name] = "+".join(x for x in [got, *codes] if x) or "nothing"
        if corpus.expect[name] == "skip" and observed[name] == "nothing":
            observed[name] = "skip"
    return Outcome(proc.returncode, output, rss, stored, observed)


def _codes_for(output: str, path: str, *, exact: bool) -> list[str]:
    """The codes of the report lines naming ``path`` (a file and its records, or one record ``file#n``)."""
    if exact:
        base, n = path.rsplit("#", 1)
        names = [f"'{path}'", f"'{base}' line {n}:", f"'{base}' record {n}:"]
    else:
        names = [f"'{path}'", f"'{path}#"]
    return [m.group(1) for line in output.splitlines() if any(n in line for n in names)
            for m in [re.search(r"\[([EW]\d{3})\]", line)] if m]


def matches(expected: str, observed: str) -> bool:
    if expected == "skip":
        return observed == "skip"
    if expected == "ok":
        return observed.split("+")[0] == "ok"
    if expected == "ok+W001":
        return observed.startswith("ok") and "W001" in observed
    return expected in observed.split("+") and not observed.startswith("ok")


def table(corpus: Corpus, outcome: Outcome) -> str:
    rows = ["| # | attack | input | expected | observed | |", "|---|---|---|---|---|---|"]
    for i, (name, want) in enumerate(corpus.expect.items(), start=1):
        got = outcome.observed[name]
        shown = name.replace("\n", "\\n")
        mark = "✓" if matches(want, got) else "✗"
        rows.append(f"| {i} | {corpus.kinds[name]} | `{shown}` | {want} | {got} | {mark} |")
    return "\n".join(rows)


def main() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        corpus = hostile_corpus(Path(tmp) / "in")
        outcome = run(corpus)
        print(table(corpus, outcome))
        bad = [n for n, w in corpus.expect.items() if not matches(w, outcome.observed[n])]
        print(f"\n{len(corpus.expect)} attacks, {len(corpus.expect) - len(bad)} as expected; exit status "
              f"{outcome.returncode}; tracebacks: {outcome.output.count('Traceback')}; peak RSS "
              f"{outcome.maxrss_mib:.0f} MiB; stored: {len(outcome.stored)} articles")


if __name__ == "__main__":
    main()
