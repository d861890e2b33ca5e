"""benchmarks.build_phases: the CPU of each phase from /proc samples."""

from benchmarks.build_phases import phase_cpu


def test_phase_cpu_counts_each_increase_in_the_phase_where_it_was_sampled() -> None:
    marks = [(0.0, "parse"), (10.0, "tail"), (12.0, "end")]
    samples = [
        (0.1, 1.0, {}),  # the driver's first sample: its CPU before it counts nowhere
        (5.0, 3.0, {101: 4.0, 102: 4.5}),  # two workers forked meanwhile: counted from zero
        (9.9, 4.0, {101: 9.0, 102: 9.5}),
        (10.5, 5.0, {103: 0.5}),  # the workers have ended; a forked child of the tail
        (11.9, 6.5, {103: 1.0}),
        (12.5, 7.0, {}),  # after the end: counted nowhere
    ]
    assert phase_cpu(samples, marks) == [("parse", 10.0, 3.0, 18.5), ("tail", 2.0, 2.5, 1.0)]
