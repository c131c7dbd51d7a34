"""Entry point: print a compact Markdown table of a results JSON (see harness/table.py).

    python benchmarks/table.py benchmarks/results/quick/threaded.json
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from benchmarks.harness.table import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
