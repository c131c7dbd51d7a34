"""Entry point: the threaded suite (GIL vs STM vs CPython threads/multiprocessing vs PyPy).

    python benchmarks/report.py [--quick] [--threads 1,2,4] [--programs a,b] [--configs x,y] ...

Writes benchmarks/results/threaded.{md,json} and PNG plots (QUICK=1: under results/quick/).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from benchmarks.harness.cli import run_suite  # noqa: E402

if __name__ == "__main__":
    sys.exit(run_suite("threaded", sys.argv[1:]))
