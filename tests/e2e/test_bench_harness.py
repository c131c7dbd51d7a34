"""End-to-end tests of the benchmark harness (benchmarks/report.py, bench.py, compare.py).

They run the harness in QUICK mode on small programs with the configurations this machine
has, plus fakes: a configuration that prints a wrong checksum (must be flagged), and a fake
bin/ whose `minipy` and `minipy-stm` hand the program to CPython (so that the summary, the STM
penalty and the `--stm-stats` parsing are exercised before the real binaries exist).
Expected outputs come from running the programs with CPython (python3).
"""
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "benchmarks"
CPYTHON = os.environ.get("MINIPY_CPYTHON") or shutil.which("python3")
sys.path.insert(0, str(ROOT))

from benchmarks.harness import programs as programs_mod  # noqa: E402
from benchmarks.harness import runner  # noqa: E402

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def run_harness(entry, args, timeout=150):
    env = dict(os.environ, QUICK="1")
    return subprocess.run([sys.executable, str(BENCH / entry)] + args + ["--quiet"],
                          capture_output=True, text=True, env=env, timeout=timeout)


def write_script(path, text):
    path.write_text(text)
    path.chmod(0o755)
    return str(path)


@pytest.fixture
def fake_wrong(tmp_path):
    return write_script(tmp_path / "fake_wrong.sh", "#!/bin/sh\necho 'checksum 0 (deliberately wrong)'\n")


@pytest.fixture
def fake_bin(tmp_path):
    """bin/minipy, bin/minipy-o2 and bin/minipy-stm stand-ins: drop minipy's own options, run
    CPython."""
    d = tmp_path / "fakebin"
    d.mkdir()
    drop = ('while [ $# -gt 0 ]; do case "$1" in --jit) shift 2;; --gil|--stm-stats) shift;; '
            '*) break;; esac; done\n')
    write_script(d / "minipy", "#!/bin/sh\n" + drop + 'exec "%s" "$@"\n' % CPYTHON)
    write_script(d / "minipy-o2", "#!/bin/sh\n" + 'exec "%s" "$@"\n' % CPYTHON)
    write_script(d / "minipy-stm", "#!/bin/sh\nstats=no\n"
                 '[ "$1" = "--stm-stats" ] && stats=yes\n' + drop +
                 '"%s" "$@"; rc=$?\n' % CPYTHON +
                 '[ $stats = yes ] && echo "stm-stats total: 12 commits, 3 aborts" >&2\nexit $rc\n')
    return str(d)


def section(md, name):
    """The Markdown of one program's section."""
    start = md.index("### %s\n" % name)
    nxt = md.find("\n### ", start + 1)
    return md[start:nxt if nxt != -1 else len(md)]


def test_threaded_quick_report_flags_wrong_checksum(tmp_path, fake_wrong):
    out = tmp_path / "out"
    p = run_harness("report.py", ["--programs", "primes,counter_atomic", "--outdir", str(out),
                                  "--timeout", "20", "--extra-config", "fake-wrong=" + fake_wrong])
    assert p.returncode == 1, p.stderr  # the wrong checksum must fail the run
    assert "MISMATCH" in p.stderr
    md = (out / "threaded.md").read_text()
    data = json.loads((out / "threaded.json").read_text())
    assert data["quick"] and data["thread_counts"] == [1, 2]
    assert data["exit_status"] == 1
    names = [e["name"] for e in data["programs"]]
    assert names == ["counter_atomic", "primes"]
    configs = dict((c["name"], c) for c in data["configs"])
    for c in configs.values():
        if not c["available"]:
            assert "not available" in md
    for e in data["programs"]:
        # the reference is CPython's own output
        direct = subprocess.run([CPYTHON, str(BENCH / "threaded" / e["file"]), "1", str(e["size"])],
                                capture_output=True, text=True, timeout=60)
        assert e["reference"]["stdout"] == direct.stdout
        sec = section(md, e["name"])
        statuses = dict(((pt["config"], pt["threads"]), pt["status"]) for pt in e["points"])
        assert statuses[("cpython", 1)] == "ok" and statuses[("cpython", 2)] == "ok"
        assert statuses[("fake-wrong", 1)] == "mismatch" and statuses[("fake-wrong", 2)] == "mismatch"
        for pt in e["points"]:
            if pt["status"] == "ok":
                # every median of the JSON is in the program's table, and comes from the raw times
                assert "%.3f s" % pt["median"] in sec
                assert pt["median"] == pytest.approx(sorted(r["time"] for r in pt["runs"])[0])
        assert "**MISMATCH**" in sec
    mism = [x for x in data["problems"] if x["status"] == "mismatch"]
    assert set((x["program"], x["config"]) for x in mism) == {("primes", "fake-wrong"), ("counter_atomic", "fake-wrong")}
    assert "PROBLEMS" in md
    # counter_atomic has no --mp variant: n/a, not an error
    ca = next(e for e in data["programs"] if e["name"] == "counter_atomic")
    assert all(pt["status"] == "n/a" for pt in ca["points"] if pt["config"] == "cpython-mp")
    pytest.importorskip("matplotlib")
    assert set(data["plots"]) == {"primes", "counter_atomic", "penalty"}
    for name in data["plots"].values():
        assert (out / name).read_bytes()[:8] == PNG_MAGIC
        assert "(%s)" % name in md


def test_threaded_summary_with_fake_binaries(tmp_path, fake_bin):
    out = tmp_path / "out"
    p = run_harness("report.py", ["--programs", "primes", "--outdir", str(out), "--bin-dir", fake_bin,
                                  "--configs", "minipy,minipy-nojit,minipy-o2,stm-gil,stm,cpython",
                                  "--no-plots"])
    assert p.returncode == 0, p.stderr
    data = json.loads((out / "threaded.json").read_text())
    assert all(c["available"] for c in data["configs"])
    e = data["programs"][0]
    assert all(pt["status"] == "ok" for pt in e["points"])
    stm1 = next(pt for pt in e["points"] if pt["config"] == "stm" and pt["threads"] == 1)
    assert stm1["stm"] == {"commits": 12, "aborts": 3}
    m = data["summary"]["per_program"]["primes"]
    gil1 = next(pt for pt in e["points"] if pt["config"] == "stm-gil" and pt["threads"] == 1)
    assert m["stm_penalty"] == pytest.approx(stm1["median"] / gil1["median"])
    # the cost split takes the -O2 build as "no JIT" when it ran
    med1 = dict((pt["config"], pt["median"]) for pt in e["points"] if pt["threads"] == 1)
    assert m["cost_nojit"] == pytest.approx(med1["minipy-o2"] / med1["minipy"])
    assert m["cost_boehm"] == pytest.approx(med1["stm-gil"] / med1["minipy-o2"])
    md = (out / "threaded.md").read_text()
    assert "STM penalty at 1 thread: **%.2fx**" % m["stm_penalty"] in md
    assert "12 commits, 3 aborts" in md
    assert re.search(r"\*\*STM penalty\*\* .*geometric mean over all programs: \*\*[0-9.]+x\*\*", md)

    # --render runs nothing and writes the same report again from the JSON, with plots where
    # matplotlib is (how a report measured on a machine without it gets its plots)
    again = tmp_path / "again"
    p = run_harness("report.py", ["--render", str(out / "threaded.json"), "--outdir", str(again),
                                  "--bin-dir", str(tmp_path / "no-such-bin")])
    assert p.returncode == 0, p.stderr
    assert json.loads((again / "threaded.json").read_text())["programs"] == data["programs"]

    def text_lines(m):
        return [line for line in m.splitlines() if line and not line.startswith("![")]
    assert text_lines((again / "threaded.md").read_text()) == text_lines(md)
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return
    assert (again / "threaded_primes.png").read_bytes()[:8] == PNG_MAGIC
    assert "![primes scaling](threaded_primes.png)" in (again / "threaded.md").read_text()


def test_one_thread_configs_and_deadline(tmp_path, fake_bin):
    """--one-thread runs a configuration at the first thread count only; after --deadline no run
    starts and the points left are reported as skipped (listed as problems), not dropped."""
    out = tmp_path / "out"
    p = run_harness("report.py", ["--programs", "primes", "--outdir", str(out), "--bin-dir", fake_bin,
                                  "--configs", "stm-gil,stm,cpython", "--one-thread", "stm-gil",
                                  "--no-plots"])
    assert p.returncode == 0, p.stderr
    data = json.loads((out / "threaded.json").read_text())
    points = dict(((pt["config"], pt["threads"]), pt) for pt in data["programs"][0]["points"])
    assert sorted(points) == [("cpython", 1), ("cpython", 2), ("stm", 1), ("stm", 2), ("stm-gil", 1)]
    assert all(pt["status"] == "ok" for pt in points.values())
    assert data["summary"]["per_program"]["primes"]["stm_penalty"] is not None

    late = tmp_path / "late"
    p = run_harness("report.py", ["--programs", "primes,mandelbrot", "--outdir", str(late), "--bin-dir", fake_bin,
                                  "--configs", "stm,cpython", "--deadline", "0", "--no-plots"])
    assert p.returncode == 1  # an incomplete report is not a clean run
    data = json.loads((late / "threaded.json").read_text())
    for e in data["programs"]:
        assert len(e["points"]) == 4
        for pt in e["points"]:
            assert pt["status"] == "skipped" and not pt["runs"]
            assert "--deadline" in pt["message"]
    assert len(data["problems"]) == 8
    assert "**SKIPPED**" in (late / "threaded.md").read_text()
    p = run_harness("report.py", ["--programs", "primes", "--outdir", str(late), "--bin-dir", fake_bin,
                                  "--configs", "stm,cpython", "--deadline", "0", "--no-plots", "--allow-errors"])
    assert p.returncode == 0, p.stderr


def test_single_quick_suite(tmp_path, fake_bin, fake_wrong):
    out = tmp_path / "out"
    p = run_harness("bench.py", ["--programs", "nbody,richards", "--outdir", str(out), "--bin-dir", fake_bin,
                                 "--configs", "minipy,minipy-o2,cpython", "--extra-config", "fake-wrong=" + fake_wrong])
    assert p.returncode == 1
    data = json.loads((out / "single.json").read_text())
    md = (out / "single.md").read_text()
    for e in data["programs"]:
        pts = dict((pt["config"], pt) for pt in e["points"])
        assert pts["cpython"]["status"] == "ok" and pts["minipy"]["status"] == "ok"
        assert pts["fake-wrong"]["status"] == "mismatch"
        run = pts["cpython"]["runs"][0]
        assert len(run["iter_times"]) == int(e["iters"])
        assert run["maxrss_kb"] > 1000
        assert "%.3f s" % pts["cpython"]["median"] in md
    assert data["summary"]["geomean"]["minipy_vs_cpython"] is not None
    o2 = data["summary"]["geomean"]["minipy-o2_vs_cpython"]
    assert o2 is not None
    assert "Without a JIT (`minipy-o2`), minipy runs at **%.2fx** CPython's speed" % o2 in md
    assert "## Peak RSS" in md and "## Warm-up" in md
    # start-up: `-c pass` timed for each configuration that runs it
    for name in ("minipy", "cpython"):
        st = data["startup"][name]
        assert len(st["times_ms"]) == 5 and min(st["times_ms"]) == st["min_ms"] > 0
    assert "## Start-up" in md
    assert "Start-up of `minipy -c pass`: **%.1f ms**" % data["startup"]["minipy"]["median_ms"] in md


def test_gil_handoff_figures(tmp_path, fake_bin):
    out = tmp_path / "out"
    p = run_harness("gil_handoff.py", ["--quick", "--turns", "200", "--outdir", str(out), "--bin-dir", fake_bin])
    assert p.returncode == 0, p.stderr
    data = json.loads((out / "gil_handoff.json").read_text())
    by = dict((e["name"], e) for e in data["configs"])
    md = (out / "gil_handoff.md").read_text()
    for name in ("minipy", "cpython"):
        assert by[name]["available"]
        row = [line for line in md.splitlines() if line.startswith("| %s |" % by[name]["label"])]
        assert len(row) == 1, md
        for kind in ("spinning", "blocking"):
            f = by[name][kind]
            assert len(f["us_per_handoff"]) == 1 and f["median_us"] == f["us_per_handoff"][0] > 0
            assert "%.1f (" % f["median_us"] in row[0]


def test_memory_per_object_figures(tmp_path, fake_bin):
    out = tmp_path / "out"
    p = run_harness("memory_per_object.py", ["--quick", "--n", "50000", "--outdir", str(out),
                                             "--bin-dir", fake_bin])
    assert p.returncode == 0, p.stderr
    data = json.loads((out / "memory.json").read_text())
    by = dict((e["name"], e) for e in data["configs"])
    assert set(by) >= {"minipy", "stm-gil", "stm", "cpython"}
    for e in by.values():
        if e["available"]:
            assert e["rssn_kb"] > e["rss0_kb"] > 1000
            assert "%.0f" % e["bytes_per_instance"] in (out / "memory.md").read_text()


def test_compare_user_script(tmp_path, fake_wrong):
    script = tmp_path / "mine.py"
    script.write_text("import sys\nn = int(sys.argv[2])\nprint('sum', sum(range(n)))\n")
    p = subprocess.run([sys.executable, str(BENCH / "compare.py"), str(script), "1000", "--threads", "1,2",
                        "--runs", "1", "--configs", "cpython", "--quiet"], capture_output=True, text=True,
                       timeout=60)
    assert p.returncode == 0, p.stderr
    assert "| CPython 3 threads |" in p.stdout and "agrees with CPython" in p.stdout
    p = subprocess.run([sys.executable, str(BENCH / "compare.py"), str(script), "{threads}", "1000",
                        "--threads", "1", "--runs", "1", "--configs", "cpython",
                        "--extra-config", "fake=" + fake_wrong, "--quiet"],
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 1
    assert "MISMATCH: fake" in p.stdout


def test_threaded_checksums_do_not_depend_on_thread_count():
    for prog in programs_mod.discover(BENCH / "threaded"):
        outs = set()
        for threads in (1, 3):
            r = subprocess.run([CPYTHON, str(prog.path), str(threads), prog.size(True)],
                               capture_output=True, text=True, timeout=60)
            assert r.returncode == 0, (prog.name, r.stderr)
            outs.add(r.stdout)
        assert len(outs) == 1, (prog.name, outs)


def test_every_program_declares_its_sizes():
    progs = programs_mod.discover(BENCH / "single") + programs_mod.discover(BENCH / "threaded")
    assert len(programs_mod.discover(BENCH / "single")) >= 12
    assert len(programs_mod.discover(BENCH / "threaded")) >= 10
    for prog in progs:
        assert prog.spec.get("size") and prog.spec.get("quick"), prog.name
        src = prog.path.read_text()
        assert src.startswith('"""'), prog.name  # a docstring says what it measures
        # the program's own defaults are the full sizes the harness uses
        if prog.path.parent.name == "threaded":
            assert prog.sharing in ("none", "read", "medium", "high"), prog.name
            assert re.search(r"\bparse_args\(%s[,)]" % prog.spec["size"], src), prog.name
        else:
            assert prog.spec.get("iters") and prog.spec.get("quick_iters"), prog.name
            call = 'run_bench("%s", bench, %s, %s' % (prog.name, prog.spec["size"], prog.spec["iters"])
            assert call in src, prog.name


def test_shared_driver_modules_are_not_programs():
    """threaded/_driver.py and single/_timing.py hold the code every program shares."""
    assert "_driver" not in [p.name for p in programs_mod.discover(BENCH / "threaded")]
    assert "_timing" not in [p.name for p in programs_mod.discover(BENCH / "single")]
    for prog in programs_mod.discover(BENCH / "threaded"):
        assert "from _driver import" in prog.path.read_text(), prog.name
    for prog in programs_mod.discover(BENCH / "single"):
        assert "from _timing import run_bench" in prog.path.read_text(), prog.name


def test_driver_refuses_mp_for_shared_state_and_splits_work():
    prog = BENCH / "threaded" / "bank.py"
    r = subprocess.run([CPYTHON, str(prog), "2", "100", "--mp"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 3 and r.stdout == ""
    assert r.stderr == "bank: --mp is not meaningful (processes cannot share the accounts)\n"
    sys.path.insert(0, str(BENCH / "threaded"))
    try:
        import _driver
    finally:
        sys.path.remove(str(BENCH / "threaded"))
    assert _driver.shares(10, 3) == [(0, 3), (3, 6), (6, 10)]
    assert _driver.map_tasks(abs, [-1, 2, -3]) == [1, 2, 3]


def test_stm_stats_forms():
    assert runner.stm_stats("stm-stats total: 12 commits, 3 aborts") == {"commits": 12, "aborts": 3}
    assert runner.stm_stats("thread 1: commits=5 aborts=1\nTOTAL committed=9 aborted=2\n") == \
        {"commits": 9, "aborts": 2}
    assert runner.stm_stats("transactions committed: 7, aborted: 0") == {"commits": 7, "aborts": 0}
    assert runner.stm_stats("no statistics here") is None
    assert runner.iteration_times("iter 0: 0.5 seconds\niter 1: 0.25 seconds\n") == [0.5, 0.25]


def test_minipy_without_jit_option_is_labelled_and_nojit_unavailable(tmp_path):
    """A binary that rejects `--jit off` (no JIT built in): minipy-nojit is "not available"
    with the reason, and the minipy configuration's label no longer claims a JIT."""
    from benchmarks.harness import cli
    d = tmp_path / "bin"
    d.mkdir()
    write_script(d / "minipy", '#!/bin/sh\n[ "$1" = "--jit" ] && { echo "Unknown option: --jit" >&2; exit 2; }\n'
                 'exec "%s" "$@"\n' % CPYTHON)
    cfgs = dict((c.name, c) for c in cli.prepare_configs(str(d), "single", ["minipy", "minipy-nojit", "cpython"]))
    assert cfgs["minipy"].available and "JIT" not in cfgs["minipy"].label.replace("--jit", "")
    assert not cfgs["minipy-nojit"].available
    assert "fails (exit 2: Unknown option: --jit)" in cfgs["minipy-nojit"].reason


def test_launcher_scripts_are_resolved_to_the_interpreter(tmp_path):
    """A shell-script launcher (like a pyenv shim) must not be timed: the harness runs the
    interpreter it stands for; a binary is kept."""
    from benchmarks.harness import configs
    real = subprocess.run([CPYTHON, "-c", "import sys; print(sys.executable)"],
                          capture_output=True, text=True).stdout.strip()
    d = tmp_path / "shims"
    d.mkdir()
    write_script(d / "fakepython", '#!/bin/sh\nexec "%s" "$@"\n' % real)
    old = os.environ["PATH"]
    os.environ["PATH"] = str(d) + os.pathsep + old
    try:
        assert configs.behind_launcher("fakepython") == real
        assert configs.behind_launcher(real) == real
        assert configs.behind_launcher("no-such-interpreter-here") == "no-such-interpreter-here"
    finally:
        os.environ["PATH"] = old


def test_quick_report_of_the_whole_suite_on_the_built_binaries(tmp_path):
    """What `make report QUICK=1` runs (report.py --quick), on bin/minipy and bin/minipy-stm
    and every program of benchmarks/threaded: every configuration this machine has agrees with
    CPython at 1 and 2 threads, and the report, the JSON and the plots agree with one another
    (what CI checks of the main job; minipy-o2 is not built by `make test`)."""
    for name in ("minipy", "minipy-stm"):
        if not (ROOT / "bin" / name).exists():
            pytest.fail("bin/%s is missing: `make test` builds it first" % name)
    out = tmp_path / "quick"
    p = run_harness("report.py", ["--quick", "--outdir", str(out)], timeout=1200)
    assert p.returncode == 0, p.stderr[-3000:]
    data = json.loads((out / "threaded.json").read_text())
    md = (out / "threaded.md").read_text()
    assert data["quick"] and data["thread_counts"] == [1, 2] and data["problems"] == []
    names = sorted(prog.name for prog in programs_mod.discover(BENCH / "threaded"))
    assert sorted(e["name"] for e in data["programs"]) == names
    available = set(c["name"] for c in data["configs"] if c["available"])
    assert {"minipy", "minipy-nojit", "stm-gil", "stm", "cpython", "cpython-mp"} <= available
    for e in data["programs"]:
        sec = section(md, e["name"])
        points = dict(((pt["config"], pt["threads"]), pt) for pt in e["points"])
        for (config, threads), pt in points.items():
            if config == "cpython-mp" and pt["status"] == "n/a":
                continue              # programs whose shared state processes cannot share
            if config not in available:
                continue
            assert pt["status"] == "ok", (e["name"], config, threads, pt)
            assert pt["median"] == pytest.approx(sorted(r["time"] for r in pt["runs"])[0])
            assert "%.3f s" % pt["median"] in sec
        for threads in (1, 2):
            stm = points[("stm", threads)]["stm"]
            assert stm["commits"] >= 1
            assert "%d commits, %d aborts" % (stm["commits"], stm["aborts"]) in sec
        m = data["summary"]["per_program"][e["name"]]
        assert m["stm_penalty"] == pytest.approx(points[("stm", 1)]["median"] /
                                                 points[("stm-gil", 1)]["median"])
        assert "STM penalty at 1 thread: **%.2fx**" % m["stm_penalty"] in sec
    assert "| **geometric mean** |" in md
    assert re.search(r"\*\*STM penalty\*\* .*geometric mean over all programs: \*\*[0-9.]+x\*\*", md)
    assert "Whole cost of the STM build over the default build at 1 thread" in md
    pytest.importorskip("matplotlib")
    assert set(data["plots"]) == set(names) | {"penalty"}
    for png in data["plots"].values():
        assert (out / png).read_bytes()[:8] == PNG_MAGIC
        assert "(%s)" % png in md


CONFLICTING_SCRIPT = """\
import sys, threading
T = int(sys.argv[1]); N = int(sys.argv[2])
class Box: pass
box = Box(); box.n = 0
start = threading.Barrier(T)
def work():
    start.wait()
    for i in range(N // T):
        box.n += 1
ts = [threading.Thread(target=work) for _ in range(T)]
for t in ts: t.start()
for t in ts: t.join()
print("done", box.n > 0)
"""


def test_compare_names_the_conflicting_line_on_the_built_binaries(tmp_path):
    """`make compare` on a user's script whose threads all bump one attribute (line 9):
    the table has the STM build's commits and aborts, and the conflict sites name that
    line and the object's type."""
    if not (ROOT / "bin" / "minipy-stm").exists():
        pytest.fail("bin/minipy-stm is missing: `make test` builds it first")
    script = tmp_path / "mine.py"
    script.write_text(CONFLICTING_SCRIPT)
    for attempt in range(3):
        p = subprocess.run([sys.executable, str(BENCH / "compare.py"), str(script), "200000",
                            "--threads", "1,2", "--runs", "1", "--configs", "stm,stm-gil,cpython",
                            "--quiet"], capture_output=True, text=True, timeout=120)
        assert p.returncode == 0, p.stdout + p.stderr
        assert "Every configuration's output agrees with CPython's." in p.stdout
        row = next(line for line in p.stdout.splitlines() if line.startswith("| minipy-stm (STM) |"))
        assert re.search(r"\[\d+ commits, \d+ aborts\] \| [0-9.]+ s \([0-9.]+x\) \[\d+ commits, (\d+) aborts\]", row), row
        if "conflicts at %s:9 in work (Box)" % script in p.stdout:
            break
    else:
        pytest.fail("no conflict at line 9 in 3 runs of two threads bumping one attribute:\n" + p.stdout)
