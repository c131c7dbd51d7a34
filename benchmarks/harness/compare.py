"""`compare`: run a user's own script in every configuration and print the table.

    python benchmarks/compare.py [OPTIONS] script.py [ARGS...] [--threads 1,2,4]

ARGS may contain `{threads}`, replaced by each thread count; without it, and with --threads,
the thread count is passed as the script's first argument (the convention of
benchmarks/threaded/). Options (anywhere; `--` ends them): --threads LIST, --runs N (default 3),
--configs LIST, --extra-config NAME=CMD, --bin-dir DIR, --timeout S, --mp (also run
CPython with the script's own --mp flag), --allow-errors, --json FILE, --quiet.
Every configuration's stdout must equal CPython's at the same thread count.
"""
import json
import os
import sys
from pathlib import Path

from . import mdutil, stats
from .cli import ROOT, int_list, name_list, prepare_configs
from .progress import Progress
from .suite import SuiteRun, find_point, ok_median, problems

VALUE_OPTS = ("--threads", "--runs", "--configs", "--extra-config", "--bin-dir", "--timeout", "--json")
FLAG_OPTS = ("--mp", "--allow-errors", "--quiet")


class Options:
    def __init__(self):
        self.threads = None
        self.runs = 3
        self.configs = None
        self.extra_config = []
        self.bin_dir = str(ROOT / "bin")
        self.timeout = 600.0
        self.json = None
        self.mp = False
        self.allow_errors = False
        self.quiet = False
        self.script = None
        self.args = []


def parse(argv):
    o = Options()
    i = 0
    only_args = False
    while i < len(argv):
        a = argv[i]
        name, eq, val = a.partition("=")
        if not only_args and a == "--":
            only_args = True
        elif not only_args and name in VALUE_OPTS:
            if not eq:
                i += 1
                if i >= len(argv):
                    raise SystemExit("%s needs a value" % a)
                val = argv[i]
            if name == "--threads":
                o.threads = int_list(val)
            elif name == "--runs":
                o.runs = int(val)
            elif name == "--configs":
                o.configs = name_list(val)
            elif name == "--extra-config":
                o.extra_config.append(val)
            elif name == "--bin-dir":
                o.bin_dir = val
            elif name == "--timeout":
                o.timeout = float(val)
            elif name == "--json":
                o.json = val
        elif not only_args and a in FLAG_OPTS:
            setattr(o, a[2:].replace("-", "_"), True)
        elif o.script is None:
            o.script = a
        else:
            o.args.append(a)
        i += 1
    if o.script is None:
        raise SystemExit(__doc__)
    return o


class UserProgram:
    def __init__(self, path, args):
        self.path = Path(path).resolve()
        self.name = self.path.stem
        self.args = args
        self.size_used = " ".join(args)
        self.sharing = ""


def main(argv):
    o = parse(argv)
    if not os.path.exists(o.script):
        sys.stderr.write("compare: %s: no such file\n" % o.script)
        return 2
    prog = UserProgram(o.script, o.args)
    placeholder = any("{threads}" in a for a in o.args)

    def args_for(p, threads):
        if threads is None:
            return list(p.args)
        if placeholder:
            return [a.replace("{threads}", str(threads)) for a in p.args]
        return [str(threads)] + list(p.args)
    thread_counts = o.threads or [None]
    cfgs = prepare_configs(o.bin_dir, "threaded", o.configs, o.extra_config)
    if not o.mp:
        cfgs = [c for c in cfgs if not c.mp]
    internal = [t if t is not None else 1 for t in thread_counts]
    sr = SuiteRun([prog], cfgs, internal, o.runs,
                  lambda p, t: args_for(p, t if o.threads else None), None,
                  timeout=o.timeout, cwd=os.getcwd())
    sr.reference_per_thread = True
    sr.progress = Progress(sr.total_runs(), enabled=not o.quiet)
    entry = sr.run_program(prog)
    sr.progress.close()
    probs = problems([entry])
    print(render(entry, cfgs, internal, bool(o.threads), probs))
    n_mis = len([x for x in probs if x["status"] == "mismatch"])
    status = 1 if n_mis or (len(probs) > n_mis and not o.allow_errors) else 0
    if o.json:
        with open(o.json, "w") as f:
            json.dump({"script": o.script, "args": o.args, "thread_counts": internal,
                       "configs": [c.to_json() for c in cfgs], "program": entry, "problems": probs,
                       "exit_status": status}, f, indent=1, sort_keys=True)
    return status


def render(entry, cfgs, thread_counts, show_threads, probs):
    t1 = thread_counts[0]
    header = ["configuration"] + (["%d thread%s" % (t, "" if t == 1 else "s") for t in thread_counts]
                                  if show_threads else ["time"])
    rows = []
    for c in cfgs:
        if not c.available:
            rows.append([c.label] + ["not available"] * len(thread_counts))
            continue
        base = ok_median(entry, c.name, t1)
        cells = [c.label]
        for t in thread_counts:
            p = find_point(entry, c.name, t)
            cell = mdutil.time_cell(p)
            if t != t1 and p is not None and p.get("status") == "ok" and base:
                cell += " (%.2fx)" % (base / p["median"])
            if p is not None and p.get("stm"):
                cell += " [%d commits, %d aborts]" % (p["stm"]["commits"], p["stm"]["aborts"])
            cells.append(cell)
        rows.append(cells)
    out = ["compare: %s %s" % (entry["file"], entry["size"]), "", mdutil.table(header, rows), ""]
    pen = stats.ratio(ok_median(entry, "stm", t1), ok_median(entry, "stm-gil", t1))
    if pen is not None:
        out.append("STM penalty at %d thread%s (minipy-stm / minipy-stm --gil): %.2fx" % (
            t1, "" if t1 == 1 else "s", pen))
    if probs:
        out.append("PROBLEMS:")
        for x in probs:
            out.append("  %s: %s, %s threads: %s" % (x["status"].upper(), x["config"], x["threads"], x["message"]))
    else:
        out.append("Every configuration's output agrees with CPython's.")
    texts = [p for p in entry["points"] if p.get("stm_stats_text")]
    if texts:
        last = texts[-1]
        out += ["", "--stm-stats at %d threads (conflict sites):" % last["threads"], last["stm_stats_text"]]
    return "\n".join(out)
