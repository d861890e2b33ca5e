"""Kill a parse worker of ``recoupe build -j 2`` while it writes more than one atomic pipe write.

    python -m benchmarks.kill_worker_midwrite [--src DIR] [--timeout 120]

Builds the sample articles eight times over (40 articles, as ``tests/robustness/test_processes.py``
does) with ``-j 2`` and watches the build's children through ``/proc/PID/syscall`` (Linux): the
first child seen inside a ``write`` of more than ``select.PIPE_BUF`` bytes to a pipe is killed with
SIGKILL. With ``ProcessPoolExecutor``'s result pipe carrying a batch's records, such a write is a
worker sending its records, and killing it there leaves a cut message that the pool's reader thread
waits on for ever: the build hangs instead of failing with E080 (so it did at ``3294baa``). Since
the workers write their records to spool files (``recoupe.scale.processes``), no child ever makes
such a write: the script reports that none was seen and that the build ended.

Why a script and not a test: the moment is caught by polling, so whether a write is seen at all
depends on the machine; ``tests/scale/test_processes_spool.py`` checks the same property
deterministically (the largest message a worker writes to a pipe).
"""

from __future__ import annotations

import argparse
import os
import select
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _corpus(folder: Path, copies: int = 8) -> None:
    folder.mkdir(parents=True)
    for p in sorted((ROOT / "examples").glob("*.txt")):
        for k in range(copies):
            (folder / f"{k}-{p.name}").write_text(f"Édition {k}\n\n" + p.read_text("utf-8"), encoding="utf-8")


def _children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return [int(x) for x in out.split()]


def _long_pipe_write(pid: int) -> bool:
    """Is ``pid`` inside a ``write`` (x86-64 syscall 1) of more than PIPE_BUF bytes to a pipe?"""
    try:
        call = Path(f"/proc/{pid}/syscall").read_text().split()
        if len(call) < 4 or call[0] != "1" or int(call[3], 16) <= select.PIPE_BUF:
            return False
        return os.readlink(f"/proc/{pid}/fd/{int(call[1], 16)}").startswith("pipe:")
    except (OSError, ValueError):
        return False


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", type=Path, default=ROOT / "src", help="the recoupe sources to build with")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds the build may take after the kill")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="recoupe-midwrite-") as tmp:
        corpus, db = Path(tmp) / "in", Path(tmp) / "s.db"
        _corpus(corpus)
        env = {**os.environ, "PYTHONPATH": f"{args.src}{os.pathsep}{ROOT}", "TMPDIR": tmp}
        proc = subprocess.Popen([sys.executable, "-m", "recoupe.cli.app", "build", str(corpus), "--db", str(db),
                                 "-j", "2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
        killed = None
        while killed is None and proc.poll() is None:
            killed = next((k for k in _children(proc.pid) if _long_pipe_write(k)), None)
            if killed is not None:
                os.kill(killed, signal.SIGKILL)
            time.sleep(0.0005)
        print(f"killed worker {killed} inside a long pipe write" if killed else "no child wrote more than "
              f"{select.PIPE_BUF} bytes to a pipe at once (none killed)")
        try:
            out = proc.communicate(timeout=args.timeout)[0]
        except subprocess.TimeoutExpired:
            left = _children(proc.pid)
            proc.kill()
            proc.communicate()
            print(f"HANG: the build was still running {args.timeout:.0f} s later, children {left}")
            return 1
        last = out.strip().splitlines()[-1] if out.strip() else ""
        print(f"the build ended, rc {proc.returncode}: {last}")
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
