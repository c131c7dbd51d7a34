"""The minipy benchmark harness (Python 3): runs the benchmark suites in every configuration
available on the machine, checks checksums against CPython, writes Markdown, JSON and PNG results.

Entry points: benchmarks/report.py (threaded suite), benchmarks/bench.py (single-thread suite),
benchmarks/compare.py (a user's own script). See benchmarks/README.md.
"""
