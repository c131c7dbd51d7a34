"""Running one benchmark process: wall time, exit status, output and peak RSS (via os.wait4).

Also parses what programs print on stderr: per-iteration times ("iter N: S seconds") and the
STM statistics of `--stm-stats` (commits and aborts; see README for the accepted forms).
"""
import os
import re
import signal
import subprocess
import tempfile
import threading
import time


class RunResult:
    def __init__(self, argv, wall, rc, stdout, stderr, maxrss_kb, timed_out):
        self.argv = argv
        self.wall = wall
        self.rc = rc
        self.stdout = stdout
        self.stderr = stderr
        self.maxrss_kb = maxrss_kb
        self.timed_out = timed_out


GNU_TIME = "/usr/bin/time"


def _time_wrapper(rss_file):
    """GNU time measures the peak RSS of exactly our child. (os.wait4 alone would also count
    the pages the child inherited from the harness between fork and exec.)"""
    if os.path.exists(GNU_TIME):
        return [GNU_TIME, "-f", "%M", "-o", rss_file]
    return []


def _read_rss(rss_file):
    try:
        with open(rss_file) as f:
            lines = [l.strip() for l in f.read().splitlines() if l.strip()]
        return int(lines[-1]) if lines else None
    except (OSError, ValueError):
        return None


def run_once(argv, cwd=None, timeout=300.0, env=None):
    """Run argv to completion; the wall time covers the whole process (start-up included)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile(suffix=".rss") as rss:
        wrapper = _time_wrapper(rss.name)
        t0 = time.perf_counter()
        try:
            proc = subprocess.Popen(wrapper + argv, cwd=cwd, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                    env=env, start_new_session=True)
        except OSError as e:
            return RunResult(argv, 0.0, 127, "", "cannot start %s: %s" % (argv[0], e), 0, False)
        killed = []

        def kill():
            killed.append(True)
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except OSError:
                pass
        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            pid, status, rusage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        timed_out = bool(killed)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
        maxrss = (_read_rss(rss.name) if wrapper else None) or rusage.ru_maxrss
    if wrapper and proc.returncode == 127 and "No such file or directory" in stderr:
        return RunResult(argv, wall, 127, stdout, "cannot start %s" % argv[0], 0, timed_out)
    return RunResult(argv, wall, proc.returncode, stdout, stderr, maxrss, timed_out)


ITER_LINE = re.compile(r"^iter\s+(\d+):\s*([0-9.eE+-]+)\s*seconds", re.M)


def iteration_times(stderr):
    return [float(m.group(2)) for m in ITER_LINE.finditer(stderr)]


_COMMIT_PATTERNS = [
    re.compile(r"commit(?:s|ted)?\s*[:=]\s*(\d+)", re.I),
    re.compile(r"(\d+)\s+(?:transactions?\s+)?commit(?:s|ted)?", re.I),
    re.compile(r"commit(?:s|ted)?\s+(\d+)", re.I),
]
_ABORT_PATTERNS = [
    re.compile(r"abort(?:s|ed)?\s*[:=]\s*(\d+)", re.I),
    re.compile(r"(\d+)\s+(?:transactions?\s+)?abort(?:s|ed)?", re.I),
    re.compile(r"abort(?:s|ed)?\s+(\d+)", re.I),
]


def _first(patterns, line):
    for p in patterns:
        m = p.search(line)
        if m:
            return int(m.group(1))
    return None


def stm_stats(stderr):
    """{'commits': n, 'aborts': m} from `--stm-stats` output, or None when there is none.

    The line that names the total (contains 'total') wins; otherwise the last line that
    has a commit count.
    """
    best = None
    for line in stderr.splitlines():
        c = _first(_COMMIT_PATTERNS, line)
        if c is None:
            continue
        a = _first(_ABORT_PATTERNS, line)
        cand = {"commits": c, "aborts": a if a is not None else 0}
        if "total" in line.lower():
            best = cand
            break
        best = cand
    return best


def stats_block(stderr, max_lines=40):
    """The `--stm-stats` report text: from the first line mentioning stm stats to the end."""
    lines = stderr.splitlines()
    for i, line in enumerate(lines):
        low = line.lower()
        if "stm" in low and ("stat" in low or "commit" in low or "conflict" in low):
            return "\n".join(lines[i:i + max_lines])
    return ""
