"""Entry point: the single-thread suite (minipy, minipy --jit off, CPython 3, PyPy 3).

    python benchmarks/bench.py [--quick] [--programs a,b] [--configs x,y] [--runs N] ...

Writes benchmarks/results/single.{md,json} and PNG plots (QUICK=1: under results/quick/).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from benchmarks.harness.cli import run_suite  # noqa: E402

if __name__ == "__main__":
    sys.exit(run_suite("single", sys.argv[1:]))
