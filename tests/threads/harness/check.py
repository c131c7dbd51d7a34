"""Run the threaded programs of tests/threads with a command, many times, and compare.

    python3 tests/threads/harness/check.py [--runs N] [--jobs J] [--only NAME ...] -- CMD...

CMD is the interpreter command line, e.g. `bin/minipy`, `bin/minipy --stm`, `python3`.
Each program runs N times (default 20); every run must exit 0, print expected/NAME.out
exactly, and print on stderr (normalised by stderr_normalize.py) expected/NAME.err or
nothing.  Prints one line per program (runs passed, slowest run) and the first difference
of each failing program; the exit status is 1 when anything failed.
"""
import argparse
import difflib
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
THREADS = HERE.parent
sys.path.insert(0, str(HERE))
from stderr_normalize import normalize_stderr  # noqa: E402


def programs():
    return sorted(p.name for p in THREADS.glob("*.py"))


def expected(name):
    stem = name[:-3]
    out = (THREADS / "expected" / (stem + ".out")).read_text()
    err_path = THREADS / "expected" / (stem + ".err")
    return out, err_path.read_text() if err_path.exists() else ""


def run_once(cmd, name, timeout):
    """None when the run is right, else a short description of what went wrong."""
    t0 = time.monotonic()
    try:
        p = subprocess.run(cmd + [str(THREADS / name)], cwd=str(THREADS), capture_output=True,
                           text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timed out after %ss" % timeout, timeout
    elapsed = time.monotonic() - t0
    out, err = expected(name)
    if p.returncode != 0:
        return "exit status %d; stderr tail: %s" % (p.returncode, p.stderr[-600:]), elapsed
    if p.stdout != out:
        diff = difflib.unified_diff(out.splitlines(), p.stdout.splitlines(), "expected",
                                    "got", lineterm="", n=1)
        return "stdout differs:\n" + "\n".join(list(diff)[:20]), elapsed
    got_err = normalize_stderr(p.stderr, name)
    if got_err != err:
        diff = difflib.unified_diff(err.splitlines(), got_err.splitlines(), "expected",
                                    "got", lineterm="", n=1)
        return "stderr differs:\n" + "\n".join(list(diff)[:20]), elapsed
    return None, elapsed


def main(argv):
    if "--" not in argv:
        print(__doc__)
        return 2
    cut = argv.index("--")
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--only", nargs="*")
    args = ap.parse_args(argv[:cut])
    cmd = argv[cut + 1:]
    # the programs run in tests/threads: make paths given relative to here absolute
    cmd = [os.path.abspath(c) if not c.startswith("-") and os.path.exists(c) else c
           for c in cmd]
    names = args.only or programs()
    failed = 0
    with ThreadPoolExecutor(args.jobs) as pool:
        for name in names:
            results = list(pool.map(lambda i: run_once(cmd, name, args.timeout),
                                    range(args.runs)))
            bad = [r for r, t in results if r is not None]
            slowest = max(t for r, t in results)
            print("%-24s %3d/%d ok   slowest %.2fs" % (name, args.runs - len(bad), args.runs,
                                                       slowest))
            if bad:
                failed += 1
                print("    " + bad[0].replace("\n", "\n    "))
            sys.stdout.flush()
    print("%d of %d programs failed" % (failed, len(names)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
