"""`table`: a compact Markdown table from a results JSON, for pasting into README files.

    python benchmarks/table.py benchmarks/results/quick/threaded.json

One row per program, one column per available configuration and thread count (median
seconds; MISMATCH/ERROR/TIMEOUT/n/a where a point did not pass), then the geometric means
of the summary.
"""
import json
import sys

from . import mdutil
from .suite import find_point


def compact(data):
    cfgs = [c for c in data["configs"] if c["available"]]
    tcs = data.get("thread_counts", [1])
    cols = [(c, t) for c in cfgs for t in tcs]
    if len(tcs) == 1:
        header = ["program"] + [c["label"] for c, _ in cols]
    else:
        header = ["program"] + ["%s, %dT" % (c["name"], t) for c, t in cols]
    rows = []
    for e in data["programs"]:
        row = [e["name"]]
        for c, t in cols:
            p = find_point(e, c["name"], t)
            cell = mdutil.time_cell(p)
            row.append(cell.replace(" s", "").split(" ±")[0] if p and p.get("status") == "ok" else cell)
        rows.append(row)
    missing = [c["label"] for c in data["configs"] if not c["available"]]
    text = ["Median seconds (%s, %s; %d run%s per point). " % (
        data["machine"]["cpu"], "%s cores" % data["machine"]["cores"], data["runs_per_point"],
        "" if data["runs_per_point"] == 1 else "s") +
        ("Not available: %s." % ", ".join(missing) if missing else ""), "", mdutil.table(header, rows)]
    return "\n".join(text)


def main(argv):
    if len(argv) != 1:
        sys.stderr.write(__doc__)
        return 2
    with open(argv[0]) as f:
        print(compact(json.load(f)))
    return 0
