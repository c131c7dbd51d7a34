"""Entry point: run your own script in every configuration and compare (see harness/compare.py).

    python benchmarks/compare.py prog.py ARGS --threads 1,2,4
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from benchmarks.harness.compare import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
