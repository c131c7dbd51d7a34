"""Running a suite: every program × thread count × configuration × run, checksums checked.

The reference output of a program is CPython's (the configuration marked `reference`) at the
first thread count; every other run's stdout must equal it exactly (trailing blanks ignored).
A run's status is one of: ok, mismatch, error, timeout, n/a (the program says it has no
meaning in this configuration: exit status 3 and "not meaningful" on stderr, e.g. --mp for a
shared counter). Results are plain dicts, ready for JSON.

Two limits keep a run inside a fixed time (a borrowed machine): configurations named in
`one_thread` run at the first thread count only (a point that feeds only 1-thread figures), and
after `deadline` (a time.time() value) no new run starts; the points left are "skipped", with a
message saying so, and the report is still written.
"""
import time

from . import runner, stats

NOT_MEANINGFUL_RC = 3


def normalise(out):
    return "\n".join(line.rstrip() for line in out.replace("\r\n", "\n").strip().split("\n"))


def classify(res, expected):
    """(status, message) of one run against the expected stdout (None: not known)."""
    if res.timed_out:
        return "timeout", "killed after the time limit"
    if res.rc == NOT_MEANINGFUL_RC and "not meaningful" in res.stderr:
        return "n/a", res.stderr.strip().splitlines()[-1][:200]
    if res.rc != 0:
        tail = res.stderr.strip().splitlines()
        return "error", "exit status %d%s" % (res.rc, ": " + tail[-1][:200] if tail else "")
    if expected is not None and normalise(res.stdout) != normalise(expected):
        return "mismatch", "expected %r, got %r" % (normalise(expected)[:200], normalise(res.stdout)[:200])
    return "ok", ""


def run_record(res, status, message):
    rec = {"time": round(res.wall, 6), "rc": res.rc, "maxrss_kb": res.maxrss_kb, "status": status}
    if message:
        rec["message"] = message
    its = runner.iteration_times(res.stderr)
    if its:
        rec["iter_times"] = its
    st = runner.stm_stats(res.stderr)
    if st is not None:
        rec["stm"] = st
    return rec


def summarise_point(point):
    """Fill median/min/max/spread of the ok runs and the point's overall status."""
    runs = point["runs"]
    statuses = [r["status"] for r in runs]
    for bad in ("mismatch", "error", "timeout", "n/a"):
        if bad in statuses:
            point["status"] = bad
            point["message"] = next(r.get("message", "") for r in runs if r["status"] == bad)
            break
    else:
        point["status"] = "ok" if runs else "skipped"
    times = [r["time"] for r in runs if r["status"] in ("ok", "mismatch")]
    if times:
        point["median"] = round(stats.median(times), 6)
        point["min"] = min(times)
        point["max"] = max(times)
        point["spread_pct"] = round(stats.spread_pct(times), 2)
        point["maxrss_kb"] = max(r["maxrss_kb"] for r in runs)
    stm_runs = [r["stm"] for r in runs if "stm" in r]
    if stm_runs:
        point["stm"] = {"commits": int(stats.median([s["commits"] for s in stm_runs])),
                        "aborts": int(stats.median([s["aborts"] for s in stm_runs]))}
    return point


class SuiteRun:
    """Runs programs in configurations; `args_for(program, threads)` gives the program's argv."""

    def __init__(self, programs, configs, thread_counts, runs, args_for, progress,
                 timeout=300.0, cwd=None, env=None):
        self.programs = programs
        self.configs = configs
        self.thread_counts = thread_counts
        self.runs = runs
        self.args_for = args_for
        self.progress = progress
        self.timeout = timeout
        self.cwd = cwd
        self.env = env
        self.reference_per_thread = False
        self.one_thread = set()
        self.deadline = None

    def configs_at(self, threads):
        """The available configurations that run at this thread count."""
        return [c for c in self.configs if c.available
                and (threads == self.thread_counts[0] or c.name not in self.one_thread)]

    def past_deadline(self):
        return self.deadline is not None and time.time() >= self.deadline

    def total_runs(self):
        n_points = sum(len(self.configs_at(t)) for t in self.thread_counts)
        n_ref = len(self.thread_counts) if self.reference_per_thread else 1
        return len(self.programs) * (n_points * self.runs + n_ref)

    def reference(self, prog, cfg, threads, entry):
        """Run the reference configuration once; returns (result, expected stdout or None)."""
        self.progress.start("%s: reference output (%s, %d thread%s)" % (
            prog.name, cfg.name, threads, "" if threads == 1 else "s"))
        res = runner.run_once(cfg.argv(prog.path, self.args_for(prog, threads)),
                              cwd=self.cwd, timeout=self.timeout, env=self.env)
        self.progress.finish_one()
        status, message = classify(res, None)
        ref = {"config": cfg.name, "threads": threads, "status": status, "stdout": res.stdout,
               "message": message}
        if entry["reference"] is None:
            entry["reference"] = ref
        else:
            entry.setdefault("more_references", []).append(ref)
        return res, (res.stdout if status == "ok" else None)

    def run_program(self, prog):
        ref_cfg = next((c for c in self.configs if c.reference and c.available), None)
        entry = {"name": prog.name, "file": prog.path.name, "size": prog.size_used,
                 "sharing": prog.sharing, "reference": None, "points": []}
        expected = None
        first_ref = None
        skip = set()  # configurations that said n/a for this program
        gave_up = {}  # configuration → thread count at which it timed out (larger counts not run)
        for threads in self.thread_counts:
            if (ref_cfg is not None and (threads == self.thread_counts[0] or self.reference_per_thread)
                    and not self.past_deadline()):
                first_ref, expected = self.reference(prog, ref_cfg, threads, entry)
            for cfg in self.configs_at(threads):
                point = {"config": cfg.name, "threads": threads, "runs": []}
                if self.past_deadline():
                    point["status"] = "skipped"
                    point["message"] = "not run: the time allowed for the whole report (--deadline) had passed"
                    entry["points"].append(point)
                    for _ in range(self.runs):
                        self.progress.finish_one()
                    continue
                if cfg.name in gave_up:
                    point["status"] = "timeout"
                    point["message"] = "not run: timed out at %d thread%s" % (
                        gave_up[cfg.name], "" if gave_up[cfg.name] == 1 else "s")
                    entry["points"].append(point)
                    for _ in range(self.runs):
                        self.progress.finish_one()
                    continue
                if cfg.name in skip:
                    point["status"] = "n/a"
                    entry["points"].append(point)
                    for _ in range(self.runs):
                        self.progress.finish_one()
                    continue
                for r in range(self.runs):
                    if point["runs"] and point["runs"][-1]["status"] != "ok":
                        self.progress.finish_one()
                        continue
                    what = "%s: %s, %d thread%s, run %d/%d" % (
                        prog.name, cfg.name, threads, "" if threads == 1 else "s", r + 1, self.runs)
                    self.progress.start(what)
                    if cfg is ref_cfg and r == 0 and first_ref is not None:
                        res = first_ref
                        first_ref = None
                    else:
                        res = runner.run_once(cfg.argv(prog.path, self.args_for(prog, threads)),
                                              cwd=self.cwd, timeout=self.timeout, env=self.env)
                    status, message = classify(res, expected)
                    point["runs"].append(run_record(res, status, message))
                    if status != "ok" and "stdout" not in point:
                        point["stdout"] = res.stdout[-2000:]
                        point["stderr_tail"] = "\n".join(res.stderr.strip().splitlines()[-15:])
                    if cfg.stm and "stm_stats_text" not in point:
                        text = runner.stats_block(res.stderr)
                        if text:
                            point["stm_stats_text"] = text
                    self.progress.finish_one()
                summarise_point(point)
                if point["status"] == "n/a":
                    skip.add(cfg.name)
                elif point["status"] == "timeout":
                    gave_up[cfg.name] = threads
                entry["points"].append(point)
        return entry

    def run(self):
        return [self.run_program(p) for p in self.programs]


def find_point(entry, config, threads):
    for p in entry["points"]:
        if p["config"] == config and p["threads"] == threads:
            return p
    return None


def ok_median(entry, config, threads):
    p = find_point(entry, config, threads)
    if p is None or p.get("status") != "ok":
        return None
    return p.get("median")


def problems(programs):
    """Every point that is not ok or n/a (mismatches first), plus failed references."""
    out = []
    for e in programs:
        ref = e.get("reference")
        if ref is not None and ref["status"] != "ok":
            out.append({"program": e["name"], "config": ref["config"], "threads": ref["threads"],
                        "status": "reference " + ref["status"], "message": ref.get("message", "")})
        for p in e["points"]:
            if p.get("status") in ("mismatch", "error", "timeout", "skipped"):
                out.append({"program": e["name"], "config": p["config"], "threads": p["threads"],
                            "status": p["status"], "message": p.get("message", "")})
    order = {"mismatch": 0}
    out.sort(key=lambda d: order.get(d["status"], 1))
    return out
