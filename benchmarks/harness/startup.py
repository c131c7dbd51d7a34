"""Start-up time: how long `CONFIG -c pass` takes, for each available configuration of the
single-thread suite (issue 4's goal: `minipy -c pass` under 20 ms). Each configuration is
run `runs` times in turn, interleaved so that a burst of load on the machine hits all of
them alike; the report shows the median and the fastest run."""
import subprocess
import time

from . import stats

GOAL_MS = 20.0


def time_once(prefix, timeout=30.0):
    t0 = time.perf_counter()
    p = subprocess.run(prefix + ["-c", "pass"], stdin=subprocess.DEVNULL, capture_output=True,
                       timeout=timeout)
    ms = (time.perf_counter() - t0) * 1000.0
    return ms if p.returncode == 0 else None


def measure(configs, runs):
    """{config name: {"times_ms": [...], "median_ms": m, "min_ms": m}} for the available
    configurations whose `-c pass` succeeds (others are left out)."""
    times = dict((c.name, []) for c in configs if c.available and not c.mp)
    for _ in range(runs):
        for c in configs:
            if c.name not in times:
                continue
            try:
                ms = time_once(c.prefix)
            except (OSError, subprocess.TimeoutExpired):
                ms = None
            if ms is None:
                times.pop(c.name)
            else:
                times[c.name].append(ms)
    out = {}
    for name, ts in times.items():
        if ts:
            out[name] = {"times_ms": [round(t, 2) for t in ts], "median_ms": round(stats.median(ts), 2),
                         "min_ms": round(min(ts), 2)}
    return out


def verdict(result):
    m = result.get("minipy")
    if m is None:
        return "* Start-up of `minipy -c pass`: not measured."
    return "* Start-up of `minipy -c pass`: **%.1f ms** median (goal < %d ms: **%s**)." % (
        m["median_ms"], GOAL_MS, "met" if m["median_ms"] < GOAL_MS else "not met")


def section(result, configs):
    from . import mdutil
    rows = []
    for c in configs:
        r = result.get(c["name"])
        if r is not None:
            rows.append([c["label"], "%.1f" % r["median_ms"], "%.1f" % r["min_ms"], str(len(r["times_ms"]))])
    if not rows:
        return ""
    return "\n".join(["## Start-up (`-c pass`, milliseconds)", "",
                      mdutil.table(["configuration", "median", "fastest", "runs"], rows), ""])
