"""Command line of the harness: `threaded` and `single` suites (report files) and `compare`.

Exit status: 0 when every run agrees with CPython; 1 when any checksum mismatches (always) or
any run fails or times out (unless --allow-errors); 2 for bad usage.
"""
import argparse
import json
import os
import sys
import time
from pathlib import Path

from . import configs as configs_mod
from . import machine, programs as programs_mod, plots, report_single, report_threaded, startup
from .progress import Progress
from .suite import SuiteRun, problems

BENCH = Path(__file__).resolve().parents[1]
ROOT = BENCH.parent


def env_quick():
    return os.environ.get("QUICK", "") not in ("", "0", "no", "false")


def int_list(text):
    return [int(x) for x in text.split(",") if x.strip()]


def name_list(text):
    return [x.strip() for x in text.split(",") if x.strip()]


def common_args(p):
    p.add_argument("--quick", action="store_true", help="small sizes, one run, threads 1,2 (also QUICK=1)")
    p.add_argument("--runs", type=int, help="runs per point (default 3, QUICK 1)")
    p.add_argument("--configs", type=name_list, help="comma-separated configuration names to keep")
    p.add_argument("--extra-config", action="append", default=[], metavar="NAME=COMMAND",
                   help="an extra configuration (a command prefix); repeatable")
    p.add_argument("--bin-dir", default=str(ROOT / "bin"), help="where minipy and minipy-stm are")
    p.add_argument("--timeout", type=float, help="seconds per run (default 600, QUICK 120)")
    p.add_argument("--allow-errors", action="store_true",
                   help="failed runs do not change the exit status (mismatches still do)")
    p.add_argument("--quiet", action="store_true", help="no progress line")


def suite_args(p, suite):
    common_args(p)
    p.add_argument("--programs", type=name_list, help="comma-separated program names (default: all)")
    p.add_argument("--size", help="override every program's size")
    p.add_argument("--outdir", help="default benchmarks/results (QUICK: benchmarks/results/quick)")
    p.add_argument("--no-plots", action="store_true")
    p.add_argument("--render", metavar="JSON",
                   help="run nothing: write the report and plots again from a saved JSON")
    p.add_argument("--one-thread", type=name_list, default=[], metavar="CONFIGS",
                   help="configurations to run at the first thread count only")
    p.add_argument("--deadline", type=float, metavar="SECONDS",
                   help="start no run after SECONDS; the points left are reported as skipped")
    if suite == "threaded":
        p.add_argument("--threads", type=int_list, help="thread counts (default 1,2,4[,8,16]; QUICK 1,2)")
    else:
        p.add_argument("--iters", help="override every program's iteration count")


def prepare_configs(bin_dir, suite, names=None, extra=()):
    """All configurations of a suite plus the extra ones, restricted to `names`, probed."""
    cfgs = configs_mod.all_configs(bin_dir, suite)
    cfgs = configs_mod.select(cfgs, names)
    cfgs += [configs_mod.parse_extra(s) for s in extra]  # extra ones are always kept
    for c in cfgs:
        configs_mod.probe(c)
        if not c.available and c.stm and "--stm-stats" in c.prefix and "fails" in c.reason:
            # an STM binary without --stm-stats still gives times
            retry = configs_mod.Config(c.name, c.label, [a for a in c.prefix if a != "--stm-stats"], stm=True)
            configs_mod.probe(retry)
            if retry.available:
                c.prefix, c.available, c.reason, c.version = retry.prefix, True, "", retry.version
    relabel_without_jit(cfgs)
    if not any(c.reference and c.available for c in cfgs):
        sys.stderr.write("warning: no CPython reference configuration: checksums cannot be checked\n")
    return cfgs


def relabel_without_jit(cfgs):
    """A bin/minipy that runs the probe but rejects `--jit off` has no JIT switch (a build
    without the JIT): its label must not claim "GIL + JIT"."""
    by_name = dict((c.name, c) for c in cfgs)
    plain, nojit = by_name.get("minipy"), by_name.get("minipy-nojit")
    if plain is None or nojit is None or not plain.available or nojit.available:
        return
    if nojit.prefix[:1] == plain.prefix[:1] and "fails" in nojit.reason:
        plain.label = "minipy (GIL; no --jit option)"


def command_line(suite, argv, quick_env):
    cmd = "benchmarks/%s.py %s" % ("report" if suite == "threaded" else "bench", " ".join(argv))
    return ("QUICK=1 " if quick_env else "") + cmd.strip()


def write_report(data, suite, outdir, with_plots):
    """Plots (when matplotlib is there), the Markdown report and the JSON, all from `data`."""
    results = data["programs"]
    plot_names = {}
    if with_plots:
        try:
            if suite == "threaded":
                for e in results:
                    plot_names[e["name"]] = plots.scaling(e, data["configs"], data["thread_counts"],
                                                          str(outdir), suite)
                plot_names["penalty"] = plots.penalty(results, data["configs"], data["thread_counts"],
                                                      str(outdir), suite)
            else:
                plot_names["speedup"] = plots.speedups(results, data["configs"], str(outdir), suite)
                plot_names["warmup"] = plots.warmup(results, data["configs"], str(outdir), suite)
        except ImportError as e:
            sys.stderr.write("warning: no plots (%s)\n" % e)
    data["plots"] = dict((k, v) for k, v in plot_names.items() if v)
    md = (report_threaded if suite == "threaded" else report_single).render(data, plot_names)
    (outdir / ("%s.md" % suite)).write_text(md)
    (outdir / ("%s.json" % suite)).write_text(json.dumps(data, indent=1, sort_keys=True))
    sys.stderr.write("wrote %s and %s (%d plots)\n" % (outdir / ("%s.md" % suite), outdir / ("%s.json" % suite),
                                                        len(data["plots"])))


def render_saved(suite, json_path, outdir=None):
    """--render: the report and plots again from a saved JSON (e.g. one measured with
    --no-plots on a lent machine), beside it unless --outdir says elsewhere."""
    path = Path(json_path)
    data = json.loads(path.read_text())
    if data.get("suite") != suite:
        sys.stderr.write("%s holds the %r suite, not %r\n" % (path, data.get("suite"), suite))
        return 2
    out = Path(outdir) if outdir else path.parent
    out.mkdir(parents=True, exist_ok=True)
    # the summary again from the saved points (a JSON merged from two runs holds the
    # first run's summary)
    if suite == "threaded":
        data["summary"] = report_threaded.summary(data["programs"], data["thread_counts"])
    else:
        data["summary"] = report_single.summary(data["programs"])
    write_report(data, suite, out, True)
    return 0


def run_suite(suite, argv):
    p = argparse.ArgumentParser(prog="benchmarks/%s.py" % ("report" if suite == "threaded" else "bench"),
                                description="Run the %s benchmark suite in every configuration." % suite)
    suite_args(p, suite)
    args = p.parse_args(argv)
    if args.render:
        return render_saved(suite, args.render, args.outdir)
    quick = args.quick or env_quick()
    runs = args.runs or (1 if quick else 3)
    timeout = args.timeout or (120.0 if quick else 600.0)
    outdir = Path(args.outdir) if args.outdir else BENCH / "results" / ("quick" if quick else "")
    outdir.mkdir(parents=True, exist_ok=True)
    progs = programs_mod.discover(BENCH / suite, args.programs)
    for pr in progs:
        pr.size_used = args.size or pr.size(quick)
        pr.iters_used = getattr(args, "iters", None) or pr.iters(quick)
    if suite == "threaded":
        thread_counts = args.threads or machine.default_thread_counts(quick)

        def args_for(prog, threads):
            return [threads, prog.size_used]
    else:
        thread_counts = [1]

        def args_for(prog, threads):
            return [prog.size_used, prog.iters_used]
    cfgs = prepare_configs(args.bin_dir, suite, args.configs, args.extra_config)
    started = time.time()
    where = machine.describe()
    sr = SuiteRun(progs, cfgs, thread_counts, runs, args_for, None, timeout=timeout, cwd=str(BENCH / suite))
    sr.one_thread = set(args.one_thread)
    if args.deadline is not None:
        sr.deadline = started + args.deadline
    progress = Progress(sr.total_runs(), enabled=not args.quiet)
    sr.progress = progress
    results = sr.run()
    progress.close()
    if suite == "single":
        for pr, e in zip(progs, results):
            e["iters"] = pr.iters_used
        startup_times = startup.measure(cfgs, 5 if quick else 20)
    probs = problems(results)
    data = {
        "suite": suite, "quick": quick, "command": command_line(suite, argv, quick and not args.quick),
        "json_name": "%s.json" % suite, "machine": where, "thread_counts": thread_counts,
        "runs_per_point": runs, "seconds": round(time.time() - started, 1),
        "configs": [c.to_json() for c in cfgs], "programs": results, "problems": probs,
        "reference_config": next((c.name for c in cfgs if c.reference and c.available), None),
    }
    if suite == "threaded":
        data["summary"] = report_threaded.summary(results, thread_counts)
    else:
        data["summary"] = report_single.summary(results)
        data["startup"] = startup_times
    n_mis = len([x for x in probs if x["status"] == "mismatch"])
    n_err = len(probs) - n_mis
    status = 1 if n_mis or (n_err and not args.allow_errors) else 0
    data["exit_status"] = status
    write_report(data, suite, outdir, not args.no_plots)
    if n_mis:
        sys.stderr.write("CHECKSUM MISMATCH in %d point(s):\n" % n_mis)
    for x in probs:
        sys.stderr.write("  %s: %s %s, %d threads: %s\n" % (x["status"].upper(), x["program"], x["config"],
                                                             x["threads"], x["message"][:150]))
    return status


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in ("threaded", "single", "compare"):
        sys.stderr.write("usage: python -m benchmarks.harness.cli {threaded|single|compare} ...\n")
        return 2
    if argv[0] == "compare":
        from . import compare
        return compare.main(argv[1:])
    return run_suite(argv[0], argv[1:])


if __name__ == "__main__":
    sys.exit(main())
