"""The configurations a benchmark runs in, and which of them this machine has.

A configuration is a command prefix (the program path and its arguments follow) plus flags:
`mp` adds `--mp` to the program's arguments (multiprocessing instead of threads), `stm`
marks the STM build (its `--stm-stats` output is parsed). A configuration that is not built
or not installed stays in the list with available=False and the reason, so that reports
show it as "not available" instead of dropping it.
"""
import os
import shutil
import shlex
import subprocess
import tempfile

PROBE_SOURCE = "import sys\nprint('probe', 6 * 7)\n"


class Config:
    def __init__(self, name, label, prefix, mp=False, stm=False, reference=False):
        self.name = name
        self.label = label
        self.prefix = list(prefix)
        self.mp = mp
        self.stm = stm
        self.reference = reference
        self.available = True
        self.reason = ""
        self.version = ""

    def argv(self, program, args):
        argv = self.prefix + [str(program)] + [str(a) for a in args]
        if self.mp:
            argv.append("--mp")
        return argv

    def to_json(self):
        return {"name": self.name, "label": self.label, "command": self.prefix, "mp": self.mp,
                "stm": self.stm, "reference": self.reference, "available": self.available,
                "reason": self.reason, "version": self.version}


def behind_launcher(exe):
    """The interpreter a launcher script stands for (e.g. a pyenv shim, a bash script that
    adds about 0.1 s to every start-up), found by asking it for sys.executable; a binary,
    or anything that does not answer, is kept as it is."""
    path = shutil.which(exe)
    if path is None:
        return exe
    try:
        with open(path, "rb") as f:
            if f.read(2) != b"#!":
                return path
        p = subprocess.run([path, "-c", "import sys; print(sys.executable)"],
                           capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return path
    real = p.stdout.strip()
    if p.returncode == 0 and os.path.isfile(real) and os.access(real, os.X_OK):
        return real
    return path


def cpython_exe():
    """MINIPY_CPYTHON as given, else the python3 on PATH (the real binary behind a shim)."""
    return os.environ.get("MINIPY_CPYTHON") or behind_launcher("python3")


def pypy_exe():
    if os.environ.get("MINIPY_PYPY3"):
        return os.environ["MINIPY_PYPY3"]
    return behind_launcher("pypy3") if shutil.which("pypy3") else None


def all_configs(bin_dir, suite):
    """Every configuration of a suite ('threaded' or 'single'), available or not (unprobed)."""
    minipy = os.path.join(bin_dir, "minipy")
    stm = os.path.join(bin_dir, "minipy-stm")
    o2 = os.path.join(bin_dir, "minipy-o2")
    py = cpython_exe()
    pypy = pypy_exe()
    cfgs = [
        Config("minipy", "minipy (GIL + JIT)", [minipy]),
        Config("minipy-nojit", "minipy --jit off", [minipy, "--jit", "off"]),
        # the interpreter alone: -O2, incminimark, no JIT hooks (`make bin/minipy-o2`)
        Config("minipy-o2", "minipy-o2 (no JIT)", [o2]),
    ]
    if suite == "threaded":
        cfgs += [
            Config("stm-gil", "minipy-stm --gil", [stm, "--gil"]),
            Config("stm", "minipy-stm (STM)", [stm, "--stm-stats"], stm=True),
        ]
    cfgs.append(Config("cpython", "CPython 3 threads" if suite == "threaded" else "CPython 3",
                       [py], reference=True))
    if suite == "threaded":
        cfgs.append(Config("cpython-mp", "CPython 3 --mp (multiprocessing)", [py], mp=True))
    pypy_cfg = Config("pypy3", "PyPy 3 threads" if suite == "threaded" else "PyPy 3",
                      [pypy or "pypy3"])
    if not pypy:
        pypy_cfg.available = False
        pypy_cfg.reason = "pypy3 is not installed"
    cfgs.append(pypy_cfg)
    return cfgs


def parse_extra(spec):
    """NAME=COMMAND (shell words) → a Config; used for extra interpreters and for tests."""
    if "=" not in spec:
        raise SystemExit("--extra-config wants NAME=COMMAND, got %r" % spec)
    name, cmd = spec.split("=", 1)
    return Config(name.strip(), name.strip() + " (extra)", shlex.split(cmd))


def _version(prefix):
    for flag in ("--version", "-V"):
        try:
            p = subprocess.run(prefix[:1] + [flag], capture_output=True, timeout=20)
        except (OSError, subprocess.TimeoutExpired):
            continue
        text = (p.stdout + p.stderr).decode("utf-8", "replace").strip()
        if p.returncode == 0 and text:
            return " ".join(text.splitlines()[:2])[:120]
    return ""


def probe(cfg, timeout=30.0):
    """Mark cfg unavailable (with the reason) unless it runs a tiny script with exit status 0."""
    if not cfg.available:
        return cfg
    exe = cfg.prefix[0]
    if os.sep in exe:
        if not os.path.exists(exe):
            cfg.available = False
            cfg.reason = "%s is not built" % os.path.relpath(exe)
            return cfg
    elif shutil.which(exe) is None:
        cfg.available = False
        cfg.reason = "%s is not installed" % exe
        return cfg
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "probe.py")
        with open(path, "w") as f:
            f.write(PROBE_SOURCE)
        try:
            p = subprocess.run(cfg.prefix + [path], capture_output=True, timeout=timeout)
        except (OSError, subprocess.TimeoutExpired) as e:
            cfg.available = False
            cfg.reason = "probe failed: %s" % e
            return cfg
    if p.returncode != 0:  # a wrong output is not "unavailable": the runs will flag it
        err = p.stderr.decode("utf-8", "replace").strip().splitlines()
        cfg.available = False
        cfg.reason = "`%s probe.py` fails (exit %d%s)" % (
            " ".join(os.path.basename(a) if i == 0 else a for i, a in enumerate(cfg.prefix)),
            p.returncode, ": " + err[-1][:100] if err else "")
        return cfg
    cfg.version = _version(cfg.prefix)
    return cfg


def select(cfgs, names):
    """Keep the configurations named in `names` (None keeps all), in the given order."""
    if not names:
        return cfgs
    by_name = dict((c.name, c) for c in cfgs)
    unknown = [n for n in names if n not in by_name]
    if unknown:
        raise SystemExit("unknown configuration(s): %s (known: %s)" % (
            ", ".join(unknown), ", ".join(by_name)))
    return [by_name[n] for n in names]
