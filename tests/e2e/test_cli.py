"""The python3-like command line of bin/minipy: options and their errors, programs read
from a pipe, output to a closed pipe, -u, Ctrl-C, and the interactive prompt (through a
pseudo-terminal and with -i). Where it can, each test runs python3 the same way and
checks that it behaves as expected too, so the expectations are CPython's."""
import os
import pty
import select
import signal
import subprocess
import time

import pytest

from conftest import CPYTHON

TIMEOUT = 30


def run(argv, stdin=None):
    return subprocess.run(argv, input=stdin, capture_output=True, timeout=TIMEOUT)


def both(minipy_bin):
    return [("minipy", minipy_bin), ("python3", CPYTHON)]


@pytest.mark.parametrize("opt, first", [("--foo", "unknown option --foo"),
                                        ("-Z", "Unknown option: -Z")])
def test_unknown_option(minipy_bin, opt, first):
    for name, exe in both(minipy_bin):
        r = run([exe, opt])
        lines = r.stderr.decode().splitlines()
        assert r.returncode == 2, name
        assert r.stdout == b"", name
        assert lines[0] == first, name
        assert lines[1].startswith("usage: ") and "[-c cmd |" in lines[1], name
        assert lines[2].startswith("Try `") and "-h' for more information." in lines[2], name


@pytest.mark.parametrize("opt", ["-h", "--help"])
def test_help(minipy_bin, opt):
    for name, exe in both(minipy_bin):
        r = run([exe, opt])
        assert r.returncode == 0, name
        out = r.stdout.decode()
        assert out.startswith("usage: "), name
        assert "\n-c cmd : " in out and "\n-u     : " in out, name


def test_program_from_piped_stdin(minipy_bin):
    src = b"import sys\nprint(sys.argv, 6 * 7)\n"
    for args in ([], ["-"], ["-", "a", "b"]):
        want = run([CPYTHON] + args, stdin=src)
        got = run([minipy_bin] + args, stdin=src)
        assert (got.returncode, got.stdout, got.stderr) == \
            (want.returncode, want.stdout, want.stderr), args


def test_text_read_from_stdin(minipy_bin):
    """sys.stdin as CPython's: lines split at '\n' only ('\r' kept), UTF-8 decoded, read(n)
    in characters. (Undecodable input is left out: CPython's error handler for stdin
    depends on the locale.)"""
    code = ("import sys\nprint(repr(input()))\nprint(repr(sys.stdin.readline()))\n"
            "print(repr(sys.stdin.read(3)), [l for l in sys.stdin])\n")
    for data in (b"abc\r\nd\xc3\xa9f\r\xe2\x82\xac\xe2\x82\xac!\nlast\r",
                 b"ok\n\xc3\xa9t\xc3\xa9\n", b""):
        want = run([CPYTHON, "-c", code], stdin=data)
        got = run([minipy_bin, "-c", code], stdin=data)
        assert got.stdout == want.stdout, data
        assert got.stderr.splitlines()[-1:] == want.stderr.splitlines()[-1:], data


def test_missing_file(minipy_bin, tmp_path):
    path = str(tmp_path / "nope.py")
    want = run([CPYTHON, path])
    got = run([minipy_bin, path])
    assert got.returncode == want.returncode == 2
    assert got.stderr.split(b":", 1)[1] == want.stderr.split(b":", 1)[1]


def closed_pipe(exe, prog):
    """Run prog with stdout to a pipe closed after the first line."""
    p = subprocess.Popen([exe, str(prog)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = p.stdout.readline()
    p.stdout.close()
    err = p.stderr.read()
    p.wait(TIMEOUT)
    return first, p.returncode, err.decode()


def test_closed_pipe(minipy_bin, tmp_path):
    prog = tmp_path / "many.py"
    prog.write_text("for i in range(300000):\n    print(i)\n")
    want = closed_pipe(CPYTHON, prog)
    got = closed_pipe(minipy_bin, prog)
    assert got[0] == want[0] == b"0\n"
    assert got[1] == want[1]          # CPython: 1, no death by SIGPIPE
    assert "Segmentation" not in got[2] and "Fatal" not in got[2]
    assert got[2].rstrip().splitlines()[-1] == want[2].rstrip().splitlines()[-1]
    assert want[2].rstrip().endswith("BrokenPipeError: [Errno 32] Broken pipe")


FILES_LEFT_OPEN = """\
import sys
small = open(sys.argv[1], "w")
small.write("kept open\\n")
big = open(sys.argv[2], "w")
for i in range(3000):
    big.write("%d\\n" % i)
def dropped(path):
    open(path, "a").write("appended, never closed\\n")
dropped(sys.argv[1] + ".log")
if len(sys.argv) > 3:
    raise SystemExit(3)
"""


@pytest.mark.parametrize("how", ["normal", "SystemExit"])
def test_files_left_open_are_written_at_exit(minipy_bin, tmp_path, how):
    """What the program wrote to files it never closed is in them when it ends (CPython
    flushes them as they are dropped or at exit)."""
    prog = tmp_path / "left_open.py"
    prog.write_text(FILES_LEFT_OPEN)
    for name, exe in both(minipy_bin):
        a, b = tmp_path / (name + "_a.txt"), tmp_path / (name + "_b.txt")
        argv = [exe, str(prog), str(a), str(b)] + (["exit"] if how == "SystemExit" else [])
        r = run(argv)
        assert r.returncode == (3 if how == "SystemExit" else 0), (name, r.stderr)
        assert a.read_text() == "kept open\n", name
        assert b.read_text() == "".join("%d\n" % i for i in range(3000)), name
        assert (tmp_path / (name + "_a.txt.log")).read_text() == "appended, never closed\n"


def first_line_within(argv, seconds, env=None):
    p = subprocess.Popen(argv, stdout=subprocess.PIPE, env=env)
    try:
        ready, _, _ = select.select([p.stdout], [], [], seconds)
        return p.stdout.readline() if ready else None
    finally:
        p.kill()
        p.wait()


def first_bytes_within(argv, seconds):
    p = subprocess.Popen(argv, stdout=subprocess.PIPE)
    try:
        ready, _, _ = select.select([p.stdout], [], [], seconds)
        return os.read(p.stdout.fileno(), 100) if ready else None
    finally:
        p.kill()
        p.wait()


def test_unbuffered_write_through(minipy_bin):
    """-u: text written without a newline goes out at once (CPython: write_through)."""
    code = "import sys, time\nsys.stdout.write('hi')\nprint('!', end='')\ntime.sleep(20)\n"
    for exe in (CPYTHON, minipy_bin):
        got = first_bytes_within([exe, "-u", "-c", code], 10)
        assert got is not None and got.startswith(b"hi"), exe


def test_unbuffered(minipy_bin):
    code = "import sys, time\nsys.stdout.write('hi\\n')\ntime.sleep(20)\n"
    assert first_line_within([CPYTHON, "-u", "-c", code], 10) == b"hi\n"
    assert first_line_within([minipy_bin, "-u", "-c", code], 10) == b"hi\n"
    # without -u a pipe is block-buffered: nothing yet
    env = dict(os.environ)
    env.pop("PYTHONUNBUFFERED", None)
    for exe in (CPYTHON, minipy_bin):
        assert first_line_within([exe, "-c", code], 1, env) is None, exe


def _default_sigint():
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _ignore_sigint():
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def interrupted(exe, argv, ignore=False):
    """Run exe argv (it prints 'go' when ready), send SIGINT: (status, stdout, stderr)."""
    # a shell starts background jobs with SIGINT ignored, and both interpreters keep an
    # ignored SIGINT ignored: give the child the default disposition a terminal gives
    p = subprocess.Popen([exe] + argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         preexec_fn=_ignore_sigint if ignore else _default_sigint)
    try:
        assert p.stdout.readline() == b"go\n", exe
        time.sleep(0.2)
        p.send_signal(signal.SIGINT)
        if ignore:
            time.sleep(0.5)
            p.kill()
        out, err = p.communicate(timeout=TIMEOUT)
    finally:
        p.kill()
        p.wait()
    return p.returncode, out, err.decode()


def test_sigint_status(minipy_bin):
    """Ctrl-C in a running program ends it as CPython's ends: the KeyboardInterrupt
    traceback, then killed by SIGINT."""
    code = "import sys\nprint('go', flush=True)\nwhile True:\n    pass\n"
    for name, exe in both(minipy_bin):
        status, out, err = interrupted(exe, ["-c", code])
        assert status == -signal.SIGINT, (name, err)
        assert err.startswith("Traceback (most recent call last):\n"), (name, err)
        assert err.splitlines()[-1] == "KeyboardInterrupt", (name, err)


LOOPS = """import time
def work(n):
    return n + 1
def main(kind):
    print("go", flush=True)
    n = 0
    try:
        while True:
            if kind == "sleep":
                time.sleep(10)
            elif kind == "input":
                input()
            elif kind == "lock":
                import threading
                lk = threading.Lock()
                lk.acquire()
                lk.acquire()
            else:
                n = work(n)
    except KeyboardInterrupt as e:
        print("caught", type(e).__name__, repr(e.args), n > 0 or kind)
    finally:
        print("finally", flush=True)
import sys
main(sys.argv[1])
"""


@pytest.mark.parametrize("kind", ["loop", "sleep", "input", "lock"])
def test_sigint_caught(minipy_bin, tmp_path, kind):
    """KeyboardInterrupt is an ordinary exception: caught by the program, in a loop
    and in blocking calls (sleep, input from a pipe that stays open, a lock wait)."""
    prog = tmp_path / "loops.py"
    prog.write_text(LOOPS)
    results = []
    for name, exe in both(minipy_bin):
        # input(): stdin is a pipe nobody writes to
        r, w = os.pipe()
        try:
            p = subprocess.Popen([exe, str(prog), kind], stdin=r, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, preexec_fn=_default_sigint)
            assert p.stdout.readline() == b"go\n", name
            time.sleep(0.3)
            p.send_signal(signal.SIGINT)
            out, err = p.communicate(timeout=TIMEOUT)
        finally:
            os.close(r)
            os.close(w)
        results.append((p.returncode, out, err))
    assert results[0] == results[1]
    assert results[1][1].startswith(b"caught KeyboardInterrupt ()")


def test_sigint_uncaught_traceback(minipy_bin, tmp_path):
    """The traceback of an uncaught KeyboardInterrupt names the line that was running."""
    prog = tmp_path / "spin.py"
    prog.write_text("print('go', flush=True)\nn = 0\nwhile True:\n    n += 1\n")
    got = [interrupted(exe, [str(prog)]) for name, exe in both(minipy_bin)]
    assert got[0][0] == got[1][0] == -signal.SIGINT
    assert got[0][2] == got[1][2]


def test_sigint_ignored_stays_ignored(minipy_bin):
    """Started with SIGINT ignored (a background job), the program is not interrupted."""
    code = "print('go', flush=True)\nwhile True:\n    pass\n"
    for name, exe in both(minipy_bin):
        status, out, err = interrupted(exe, ["-c", code], ignore=True)
        assert status == -signal.SIGKILL, (name, err)
        assert err == "", name


def pty_session(argv, text):
    """Run argv on a pseudo-terminal, type text, then Ctrl-D; (output lines, status)."""
    pid, fd = pty.fork()
    if pid == 0:
        signal.signal(signal.SIGINT, signal.SIG_DFL)     # as a terminal's job has it
        env = dict(os.environ, TERM="dumb")
        env.pop("PYTHONSTARTUP", None)
        os.execve(argv[0], argv, env)
    out = b""
    deadline = time.time() + TIMEOUT
    sent = False
    while time.time() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                data = os.read(fd, 65536)
            except OSError:
                break
            if not data:
                break
            out += data
        if not sent and b">>> " in out:
            for line in text.splitlines(True):
                os.write(fd, line.encode())
                time.sleep(0.05)
            os.write(fd, b"\x04")
            sent = True
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return out.decode().replace("\r\n", "\n").splitlines(), os.waitstatus_to_exitcode(status)


SESSION = """1 + 2
x = 5
x * 2
def f(a):
    return a + 1

f(x)
1/0
(1,
 2)
if x:
    print('yes')

_
'end'
"""


def test_repl_on_a_terminal(minipy_bin):
    for name, exe in both(minipy_bin):
        lines, status = pty_session([exe], SESSION)
        assert status == 0, (name, lines)
        text = "\n".join(lines)
        # the prompts are on the terminal, results echoed with repr
        assert ">>> 1 + 2\n3\n" in text, (name, text)
        assert ">>> x * 2\n10\n" in text, (name, text)
        assert "... \n>>> f(x)\n6\n" in text, (name, text)
        assert "ZeroDivisionError: division by zero" in lines, (name, text)
        assert ">>> (1,\n...  2)\n(1, 2)\n" in text, (name, text)
        assert "yes" in lines, (name, text)
        assert ">>> _\n(1, 2)\n" in text, (name, text)
        assert ">>> 'end'\n'end'\n" in text, (name, text)


def pty_steps(argv, steps):
    """Run argv on a pseudo-terminal; type each of steps once the output has been quiet
    for a moment, then Ctrl-D; the output lines."""
    pid, fd = pty.fork()
    if pid == 0:
        signal.signal(signal.SIGINT, signal.SIG_DFL)     # as a terminal's job has it
        env = dict(os.environ, TERM="dumb")
        env.pop("PYTHONSTARTUP", None)
        os.execve(argv[0], argv, env)
    out = [b""]

    def drain(seconds):
        end = time.time() + seconds
        while time.time() < end:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if ready:
                try:
                    data = os.read(fd, 65536)
                except OSError:
                    return
                if not data:
                    return
                out[0] += data

    drain(1.0)
    for step in steps + ["\x04"]:
        os.write(fd, step.encode())
        drain(0.7)
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return out[0].decode().replace("\r\n", "\n").splitlines(), os.waitstatus_to_exitcode(status)


def test_repl_ctrl_c(minipy_bin):
    """Ctrl-C at the prompt and in a running statement: KeyboardInterrupt, then a new
    prompt; the session goes on."""
    steps = ["\x03", "6 * 7\n", "while True: pass\n", "\n", "\x03", "'after'\n"]
    for name, exe in both(minipy_bin):
        lines, status = pty_steps([exe, "-q"], steps)
        joined = "\n".join(lines)
        assert status == 0, (name, joined)
        assert lines.count("KeyboardInterrupt") == 2, (name, joined)
        assert "42" in lines and "'after'" in lines, (name, joined)
        assert "Traceback (most recent call last):" in joined, (name, joined)


def test_repl_forced_with_i(minipy_bin):
    """-i with a piped stdin: the same session; SystemExit ends it with its status."""
    src = b"1 + 2\nraise SystemExit(3)\nprint('not reached')\n"
    for name, exe in both(minipy_bin):
        r = run([exe, "-i", "-"], stdin=src)
        assert r.returncode == 3, name
        assert b"3\n" in r.stdout and b"not reached" not in r.stdout, name
    src = b"def g():\n    return 7\n\ng()\n1/0\ng() + 1\n"
    for name, exe in both(minipy_bin):
        # not a terminal: the prompts (and the newline at end of input) go to stderr
        r = run([exe, "-i"], stdin=src)
        assert r.returncode == 0, name
        assert r.stdout == b"7\n8\n", name
        assert r.stderr.endswith(b"division by zero\n>>> >>> \n"), name


def test_inspect_after_script(minipy_bin):
    """-i -c CODE: the prompt after the program, in its globals, even after a traceback."""
    for name, exe in both(minipy_bin):
        r = run([exe, "-i", "-c", "x = 4\n1/0"], stdin=b"print(x)\n")
        assert r.returncode == 0, name
        assert r.stdout == b"4\n", name
        assert r.stderr.startswith(b"Traceback (most recent call last):\n"), name
        assert r.stderr.endswith(b"ZeroDivisionError: division by zero\n>>> >>> \n"), name


def test_repl_continuation_lines(minipy_bin):
    """A backslash or an open triple-quoted string continues the statement."""
    src = b'x = 1 + \\\n  2\nx\ns = """a\nb"""\ns\n'
    for name, exe in both(minipy_bin):
        r = run([exe, "-q", "-i"], stdin=src)
        assert r.returncode == 0, name
        assert r.stdout == b"3\n'a\\nb'\n", name
        assert r.stderr == b">>> ... >>> >>> ... >>> >>> \n", name
