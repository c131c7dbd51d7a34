"""PNG plots with matplotlib (Agg): scaling curves per threaded program, the single-thread
cost bar chart, and for the single-thread suite speed-ups over CPython and warm-up curves.
Every function returns the file name it wrote, or None when there was nothing to plot."""
import os

from . import stats
from .suite import find_point, ok_median


def _plt():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    return plt


def scaling(entry, configs, thread_counts, outdir, prefix):
    series = []
    for c in configs:
        pts = [(t, ok_median(entry, c["name"], t)) for t in thread_counts]
        pts = [(t, m) for t, m in pts if m is not None]
        if pts:
            series.append((c["label"], pts))
    if not series:
        return None
    plt = _plt()
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4))
    for label, pts in series:
        ts = [t for t, _ in pts]
        ax1.plot(ts, [m for _, m in pts], marker="o", label=label)
        base = dict(pts).get(thread_counts[0])
        if base:
            ax2.plot(ts, [base / m for _, m in pts], marker="o", label=label)
    ax2.plot(thread_counts, [t / float(thread_counts[0]) for t in thread_counts], "k--", linewidth=0.8,
             label="ideal")
    for ax in (ax1, ax2):
        ax.set_xscale("log", base=2)
        ax.set_xticks(thread_counts)
        ax.set_xticklabels([str(t) for t in thread_counts])
        ax.set_xlabel("threads")
        ax.grid(True, alpha=0.3)
    ax1.set_ylabel("wall time (s)")
    ax1.set_title("%s: time" % entry["name"])
    ax2.set_ylabel("speed-up over 1 thread")
    ax2.set_title("%s: scaling" % entry["name"])
    ax2.legend(fontsize=7)
    fig.tight_layout()
    name = "%s_%s.png" % (prefix, entry["name"])
    fig.savefig(os.path.join(outdir, name), dpi=80)
    plt.close(fig)
    return name


def penalty(programs, configs, thread_counts, outdir, prefix):
    """Bars: 1-thread time of each configuration over the base (minipy-stm --gil, else CPython)."""
    t1 = thread_counts[0]
    avail = [c for c in configs if c["available"]]
    names = [c["name"] for c in avail]
    base = "stm-gil" if "stm-gil" in names else "cpython"
    bars = []
    for c in avail:
        if c["name"] == base:
            continue
        vals = [stats.ratio(ok_median(e, c["name"], t1), ok_median(e, base, t1)) for e in programs]
        if any(v is not None for v in vals):
            bars.append((c["label"], [v or 0.0 for v in vals]))
    if not bars:
        return None
    plt = _plt()
    fig, ax = plt.subplots(figsize=(max(8, len(programs) * 0.9), 4.5))
    width = 0.8 / len(bars)
    xs = range(len(programs))
    for i, (label, vals) in enumerate(bars):
        ax.bar([x + i * width for x in xs], vals, width, label=label)
    ax.axhline(1.0, color="k", linewidth=0.8)
    if base == "stm-gil":
        for y, txt in ((1.5, "goal 1.5x"), (2.0, "PyPy-STM 2x"), (5.0, "PyPy-STM 5x")):
            ax.axhline(y, color="r", linestyle=":", linewidth=0.8)
            ax.text(len(programs) - 0.5, y, txt, fontsize=7, va="bottom", ha="right")
    ax.set_xticks([x + 0.4 - width / 2 for x in xs])
    ax.set_xticklabels([e["name"] for e in programs], rotation=30, ha="right", fontsize=8)
    label = {"stm-gil": "minipy-stm --gil", "cpython": "CPython 3"}[base]
    ax.set_ylabel("1-thread time / %s" % label)
    ax.set_title("single-thread cost relative to %s (lower is better)" % label)
    ax.legend(fontsize=7)
    fig.tight_layout()
    name = "%s_penalty.png" % prefix
    fig.savefig(os.path.join(outdir, name), dpi=80)
    plt.close(fig)
    return name


def speedups(programs, configs, outdir, prefix):
    bars = []
    for c in configs:
        if not c["available"] or c["name"] == "cpython":
            continue
        vals = [stats.ratio(ok_median(e, "cpython", 1), ok_median(e, c["name"], 1)) for e in programs]
        if any(v is not None for v in vals):
            bars.append((c["label"], [v or 0.0 for v in vals]))
    if not bars:
        return None
    plt = _plt()
    fig, ax = plt.subplots(figsize=(max(8, len(programs) * 0.9), 4.5))
    width = 0.8 / len(bars)
    xs = range(len(programs))
    for i, (label, vals) in enumerate(bars):
        ax.bar([x + i * width for x in xs], vals, width, label=label)
    ax.axhline(1.0, color="k", linewidth=0.8)
    ax.set_yscale("log")
    ax.set_xticks([x + 0.4 - width / 2 for x in xs])
    ax.set_xticklabels([e["name"] for e in programs], rotation=30, ha="right", fontsize=8)
    ax.set_ylabel("speed-up over CPython 3 (log)")
    ax.set_title("single-thread suite (higher is better)")
    ax.legend(fontsize=7)
    fig.tight_layout()
    name = "%s_speedup.png" % prefix
    fig.savefig(os.path.join(outdir, name), dpi=80)
    plt.close(fig)
    return name


def warmup(programs, configs, outdir, prefix):
    """Per-iteration time, normalised to the last iteration, per program, one panel per configuration."""
    panels = []
    for c in configs:
        if not c["available"]:
            continue
        curves = []
        for e in programs:
            p = find_point(e, c["name"], 1)
            if p and p.get("status") == "ok":
                its = next((r.get("iter_times") for r in p["runs"] if r.get("iter_times")), None)
                if its and len(its) >= 2 and its[-1] > 0:
                    curves.append((e["name"], [x / its[-1] for x in its]))
        if curves:
            panels.append((c["label"], curves))
    if not panels:
        return None
    plt = _plt()
    fig, axes = plt.subplots(1, len(panels), figsize=(4.5 * len(panels), 3.8), squeeze=False)
    for ax, (label, curves) in zip(axes[0], panels):
        for name, ys in curves:
            ax.plot(range(1, len(ys) + 1), ys, marker=".", label=name)
        ax.set_title(label, fontsize=9)
        ax.set_yscale("log")
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.set_xlabel("iteration")
        ax.set_ylabel("time / last iteration (log)")
        ax.grid(True, alpha=0.3)
    axes[0][-1].legend(fontsize=6)
    fig.tight_layout()
    name = "%s_warmup.png" % prefix
    fig.savefig(os.path.join(outdir, name), dpi=80)
    plt.close(fig)
    return name
