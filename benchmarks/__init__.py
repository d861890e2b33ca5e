"""Quality and speed benchmarks (run by make eval / make bench), apart from the unit tests."""
