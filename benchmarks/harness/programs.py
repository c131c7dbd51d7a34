"""Benchmark programs: discovery in a suite folder and the `# bench:` line each one carries.

A program declares its sizes on one comment line, e.g.
    # bench: size=400000 quick=40000 sharing=none iters=5 quick_iters=2
size/quick: the SIZE argument of a full and of a QUICK run; iters/quick_iters (single-thread
suite): the iteration count; sharing (threaded suite): none, read, medium or high.
"""
import re
from pathlib import Path

BENCH_LINE = re.compile(r"^#\s*bench:(.*)$", re.M)


class Program:
    def __init__(self, name, path, spec):
        self.name = name
        self.path = Path(path)
        self.spec = spec

    def size(self, quick):
        return self.spec.get("quick" if quick else "size", "")

    def iters(self, quick):
        return self.spec.get("quick_iters" if quick else "iters", "")

    @property
    def sharing(self):
        return self.spec.get("sharing", "")

    def __repr__(self):
        return "Program(%r)" % self.name


def parse_spec(text):
    """The key=value pairs of the first `# bench:` line of a program's source."""
    m = BENCH_LINE.search(text)
    spec = {}
    if m:
        for item in m.group(1).split():
            if "=" in item:
                k, v = item.split("=", 1)
                spec[k.strip()] = v.strip()
    return spec


def discover(folder, only=None):
    """Programs of one suite folder, sorted by name; `only` keeps the listed names."""
    progs = []
    for p in sorted(Path(folder).glob("*.py")):
        if p.name.startswith("_"):
            continue
        if only and p.stem not in only:
            continue
        progs.append(Program(p.stem, p, parse_spec(p.read_text())))
    if only:
        missing = set(only) - set(pr.name for pr in progs)
        if missing:
            raise SystemExit("unknown program(s) in %s: %s" % (folder, ", ".join(sorted(missing))))
    return progs
