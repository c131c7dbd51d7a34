"""The threaded suite's Markdown report: summary (STM penalty, scaling, cost split, verdict)
and one table per program (times per configuration and thread count, speed-ups, STM stats)."""
from . import mdutil, stats
from .suite import find_point, ok_median

LOW_SHARING = ("none", "read")


def program_metrics(entry, thread_counts):
    """The derived numbers of one program (None where a configuration is missing)."""
    t1 = thread_counts[0]
    m = {}
    m["minipy_1"] = ok_median(entry, "minipy", t1)
    m["cpython_1"] = ok_median(entry, "cpython", t1)
    m["stm_penalty"] = stats.ratio(ok_median(entry, "stm", t1), ok_median(entry, "stm-gil", t1))
    for cfg in ("stm", "minipy", "cpython", "cpython-mp", "pypy3", "stm-gil"):
        for t in thread_counts[1:]:
            m["%s_scale_%d" % (cfg, t)] = stats.ratio(ok_median(entry, cfg, t1), ok_median(entry, cfg, t))
    # the interpreter without a JIT: the -O2 build, else (not built) `minipy --jit off`, which
    # still pays for the JIT's hooks
    nojit = ok_median(entry, "minipy-o2", t1)
    if nojit is None:
        nojit = ok_median(entry, "minipy-nojit", t1)
    m["cost_nojit"] = stats.ratio(nojit, ok_median(entry, "minipy", t1))
    m["cost_boehm"] = stats.ratio(ok_median(entry, "stm-gil", t1), nojit)
    m["cost_tx"] = m["stm_penalty"]
    m["cost_whole"] = stats.ratio(ok_median(entry, "stm", t1), ok_median(entry, "minipy", t1))
    m["vs_cpython"] = stats.ratio(ok_median(entry, "cpython", t1), ok_median(entry, "minipy", t1))
    # the user's question on a many-core machine: does STM on every thread beat the JIT on one?
    tmax = thread_counts[-1]
    m["stm_max_vs_minipy_1"] = stats.ratio(ok_median(entry, "minipy", t1), ok_median(entry, "stm", tmax))
    return m


def summary(programs, thread_counts):
    per = dict((e["name"], program_metrics(e, thread_counts)) for e in programs)
    geo = {}
    keys = set()
    for m in per.values():
        keys.update(m)
    for k in keys:
        geo[k] = stats.geomean([m[k] for m in per.values()])
    low = [e["name"] for e in programs if e.get("sharing") in LOW_SHARING]
    geo["stm_penalty_low"] = stats.geomean([per[n]["stm_penalty"] for n in low])
    if len(thread_counts) > 1:
        geo["stm_scale2_low"] = stats.geomean([per[n].get("stm_scale_%d" % thread_counts[1]) for n in low])
        for cfg in ("stm", "cpython-mp"):
            key = "%s_scale_%d" % (cfg, thread_counts[-1])
            geo[key + "_low"] = stats.geomean([per[n].get(key) for n in low])
        geo["stm_max_vs_minipy_1_low"] = stats.geomean([per[n].get("stm_max_vs_minipy_1") for n in low])
    return {"per_program": per, "geomean": geo, "low_sharing_programs": low}


def verdict(summ, thread_counts):
    g = summ["geomean"]
    lines = []
    pen = g.get("stm_penalty")
    if pen is None:
        lines.append("* **STM penalty: not measured** — `minipy-stm` and `minipy-stm --gil` did not both "
                     "run (see Configurations and Problems).")
    else:
        if pen < 2.0:
            where = "below the 2x–5x that PyPy-STM expected: better"
        elif pen <= 5.0:
            where = "within the 2x–5x that PyPy-STM expected"
        else:
            where = "above the 2x–5x that PyPy-STM expected: worse"
        lines.append("* **STM penalty** (STM over `minipy-stm --gil`, 1 thread), geometric mean over "
                     "all programs: **%.2fx**, %s." % (pen, where))
        low = g.get("stm_penalty_low")
        if low is not None:
            lines.append("* Goal ≤ 1.5x on the low-sharing programs (%s): %.2fx — **%s**." % (
                ", ".join(summ["low_sharing_programs"]), low, "met" if low <= 1.5 else "not met"))
    s2 = g.get("stm_scale2_low")
    if len(thread_counts) > 1:
        t2 = thread_counts[1]
        if s2 is None:
            lines.append("* STM scaling at %d threads: not measured." % t2)
        else:
            lines.append("* STM scaling, 1 thread over %d threads (same total work), low-sharing programs: "
                         "**%.2fx** (goal ≥ 1.6x at 2 threads: **%s**)." % (t2, s2, "met" if s2 >= 1.6 else "not met"))
        gil = g.get("minipy_scale_%d" % t2)
        if gil is not None:
            lines.append("* GIL build at %d threads: %.2fx of its 1-thread speed (a GIL gives no speed-up; "
                         "expected ≥ 0.95x)." % (t2, gil))
        mp = g.get("cpython-mp_scale_%d" % t2)
        if mp is not None:
            lines.append("* CPython multiprocessing at %d processes: %.2fx (where --mp is meaningful)." % (t2, mp))
        tmax = thread_counts[-1]
        smax = g.get("stm_scale_%d_low" % tmax)
        if tmax != t2 and smax is not None:
            mpmax = g.get("cpython-mp_scale_%d_low" % tmax)
            lines.append("* At %d threads, low-sharing programs: STM scales **%.2fx**%s." % (
                tmax, smax, "" if mpmax is None else
                " (CPython multiprocessing at %d processes: %.2fx)" % (tmax, mpmax)))
        vs = g.get("stm_max_vs_minipy_1_low")
        if vs is not None:
            lines.append("* STM at %d threads against the JIT build on 1 thread, low-sharing programs: "
                         "%.2fx the speed (above 1: more threads without a JIT beat one thread with it)."
                         % (tmax, vs))
    whole = g.get("cost_whole")
    if whole is not None:
        lines.append("* Whole cost of the STM build over the default build at 1 thread: %.2fx = no JIT %s × "
                     "Boehm GC %s × transactions %s." % (whole, mdutil.factor(g.get("cost_nojit")),
                                                          mdutil.factor(g.get("cost_boehm")),
                                                          mdutil.factor(g.get("cost_tx"))))
    return "\n".join(lines)


def summary_section(programs, thread_counts, summ):
    t1 = thread_counts[0]
    more = thread_counts[1:]
    header = ["program", "sharing", "CPython %dT" % t1, "minipy %dT" % t1, "STM penalty"]
    header += ["STM %dT speed-up" % t for t in more]
    header += ["GIL %dT" % t for t in more[:1]] + ["CPython --mp %dT" % t for t in more[:1]]
    header += ["PyPy %dT" % t for t in more[:1]]
    header += ["no JIT", "Boehm", "transactions", "STM / minipy"]
    rows = []
    per = summ["per_program"]

    def row(name, sharing, m, bold=False):
        f = mdutil.factor
        cells = [name, sharing]
        for k in ("cpython_1", "minipy_1"):
            cells.append("—" if m.get(k) is None else mdutil.secs(m[k]) + " s")
        cells.append(f(m.get("stm_penalty")))
        cells += [f(m.get("stm_scale_%d" % t)) for t in more]
        cells += [f(m.get("minipy_scale_%d" % t)) for t in more[:1]]
        cells += [f(m.get("cpython-mp_scale_%d" % t)) for t in more[:1]]
        cells += [f(m.get("pypy3_scale_%d" % t)) for t in more[:1]]
        cells += [f(m.get("cost_nojit")), f(m.get("cost_boehm")), f(m.get("cost_tx")), f(m.get("cost_whole"))]
        if bold:
            cells = ["**%s**" % c if c not in ("", "—") else c for c in cells]
        return cells
    for e in programs:
        rows.append(row(e["name"], e.get("sharing", ""), per[e["name"]]))
    rows.append(row("geometric mean", "", summ["geomean"], bold=True))
    text = ["## Summary", "",
            "Speed-ups are the 1-thread time over the N-thread time of the same configuration (same "
            "total work). STM penalty = `minipy-stm` over `minipy-stm --gil`, 1 thread. The STM build's "
            "cost over the default build splits into: no JIT (`minipy-o2` / `minipy`), Boehm GC "
            "(`minipy-stm --gil` / `minipy-o2`) and transactions (`minipy-stm` / `minipy-stm --gil`); "
            "where `minipy-o2` did not run, `minipy --jit off` stands in for it.",
            "", mdutil.table(header, rows), "", "### Verdict", "", verdict(summ, thread_counts)]
    return "\n".join(text)


def program_section(entry, configs, thread_counts, plot_name):
    t1 = thread_counts[0]
    header = ["configuration"] + ["%d thread%s" % (t, "" if t == 1 else "s") for t in thread_counts]
    header.append("peak RSS %dT (MiB)" % t1)
    rows = []
    for c in configs:
        if not c["available"]:
            rows.append([c["label"]] + ["not available"] * len(thread_counts) + ["—"])
            continue
        cells = [c["label"]]
        base = ok_median(entry, c["name"], t1)
        for t in thread_counts:
            p = find_point(entry, c["name"], t)
            cell = mdutil.time_cell(p)
            if t != t1 and p is not None and p.get("status") == "ok" and base:
                cell += " (%.2fx)" % (base / p["median"])
            if p is not None and p.get("stm"):
                cell += "<br>%d commits, %d aborts" % (p["stm"]["commits"], p["stm"]["aborts"])
            cells.append(cell)
        p1 = find_point(entry, c["name"], t1)
        cells.append("%.1f" % (p1["maxrss_kb"] / 1024.0) if p1 and p1.get("maxrss_kb") else "—")
        rows.append(cells)
    ref = entry.get("reference") or {}
    out = ["### %s" % entry["name"], "",
           "`%s`, size %s, sharing: %s. Reference output (CPython): `%s`" % (
               entry["file"], entry["size"], entry.get("sharing") or "?",
               (ref.get("stdout") or "").strip().replace("\n", " / ")[:150] or ref.get("status", "none")),
           "", mdutil.table(header, rows)]
    pen = stats.ratio(ok_median(entry, "stm", t1), ok_median(entry, "stm-gil", t1))
    if pen is not None:
        out += ["", "STM penalty at 1 thread: **%.2fx**." % pen]
    texts = [p for p in entry["points"] if p.get("stm_stats_text")]
    if texts:
        last = texts[-1]
        out += ["", "<details><summary>--stm-stats at %d threads</summary>\n\n```\n%s\n```\n</details>" % (
            last["threads"], last["stm_stats_text"])]
    if plot_name:
        out += ["", "![%s scaling](%s)" % (entry["name"], plot_name)]
    return "\n".join(out)


def render(data, plot_names):
    tc = data["thread_counts"]
    parts = ["# minipy threaded benchmarks%s" % (" (QUICK)" if data["quick"] else ""), "",
             "Generated by `%s`; every raw time is in `%s`. Times are wall-clock seconds of the whole "
             "process, median of %d run%s (± half the range)." % (
                 data["command"], data["json_name"], data["runs_per_point"],
                 "" if data["runs_per_point"] == 1 else "s"),
             "", mdutil.machine_section(data["machine"]), "", mdutil.configs_section(data["configs"]),
             "", mdutil.problems_section(data["problems"], data.get("reference_config") is not None), "",
             summary_section(data["programs"], tc, data["summary"]), ""]
    if plot_names.get("penalty"):
        parts += ["![single-thread cost](%s)" % plot_names["penalty"], ""]
    parts += ["## Programs", ""]
    for e in data["programs"]:
        parts += [program_section(e, data["configs"], tc, plot_names.get(e["name"])), ""]
    return "\n".join(parts)
