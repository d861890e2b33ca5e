"""benchmarks.bench: the CPU measure beside the wall ratio, and the host's noise (arithmetic only)."""

import multiprocessing
import resource

import pytest
from benchmarks.bench import HostTicks, Spell, cpu_ratio, host_noise, min_median, noise_line, parse_host_ticks, timed

STAT = """cpu  1000 50 200 5000 30 0 10 40 0 0
cpu0 500 25 100 2500 15 0 5 20 0 0
intr 12345
"""


def test_host_ticks_count_busy_time_apart_from_idle_iowait_and_steal() -> None:
    ticks = parse_host_ticks(STAT, 100)
    assert ticks == HostTicks(busy=(1000 + 50 + 200 + 0 + 10) / 100, steal=0.4)
    assert parse_host_ticks("intr 1\n", 100) is None


def test_host_noise_is_the_hosts_busy_time_less_our_own_over_its_capacity() -> None:
    before, after = HostTicks(busy=100.0, steal=1.0), HostTicks(busy=118.0, steal=2.0)
    # 10 s on 2 cores = 20 s of capacity; the host ran 18 s, 12 of them ours: others 6 s
    others, steal = host_noise(before, after, own_cpu=12.0, wall=10.0, cpus=2)
    assert others == pytest.approx(0.3)
    assert steal == pytest.approx(0.05)
    # our CPU counted in full by rusage but a tick short in /proc/stat: never below zero
    assert host_noise(before, after, own_cpu=19.0, wall=10.0, cpus=2)[0] == 0.0
    assert host_noise(before, after, own_cpu=0.0, wall=0.0, cpus=2) == (0.0, 0.0)


def test_cpu_ratio_is_of_the_medians_and_ignores_the_wall_times() -> None:
    bare = [Spell(wall=w, cpu=c) for w, c in [(10.0, 30.0), (25.0, 32.0), (11.0, 31.0)]]
    ours = [Spell(wall=w, cpu=c) for w, c in [(40.0, 40.0), (12.0, 41.0), (13.0, 60.0)]]
    assert cpu_ratio(bare, ours) == pytest.approx(31.0 / 41.0)
    assert min_median([3.0, 1.0, 2.0, 10.0]) == (1.0, 2.5)
    assert Spell(wall=10.0, cpu=17.0).cores == pytest.approx(1.7)


def test_noise_line_gives_the_range_and_median_of_the_runs() -> None:
    spells = [Spell(1.0, 1.0, others=x, steal=y, load=(1.0, z))
              for x, y, z in [(0.1, 0.0, 2.0), (0.5, 0.02, 3.5), (0.2, 0.01, 1.5)]]
    line = noise_line(spells)
    assert "10%–50%" in line and "median 20%" in line and "steal 0%–2%" in line and "load 1.0–3.5" in line
    assert "not readable" in noise_line([Spell(1.0, 1.0)])


def _burn(conn: "multiprocessing.connection.Connection") -> None:
    n = 0
    for i in range(2_000_000):
        n += i * i
    use = resource.getrusage(resource.RUSAGE_SELF)
    conn.send(use.ru_utime + use.ru_stime)


def test_timed_counts_the_cpu_of_a_child_it_waited_for() -> None:
    ctx = multiprocessing.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)

    def run() -> float:
        proc = ctx.Process(target=_burn, args=(send,))
        proc.start()
        got: float = recv.recv()
        proc.join()
        return got

    child_cpu, spell = timed(run)
    assert child_cpu > 0
    assert spell.cpu >= child_cpu  # the child's whole CPU is in the side's tree
