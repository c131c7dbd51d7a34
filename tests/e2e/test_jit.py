"""The tracing JIT binary: the `--jit` option, outputs with the JIT off and with a JIT
eager to compile (threshold 1, every corpus program), and the JIT's own log (PYPYLOG)
showing that a hot loop was compiled. Expected outputs come from CPython.

The binary is $MINIPY_JIT_BIN, else bin/minipy (the -Ojit build `make` translates), when its
`--jit help` does not say it was built without the JIT; without one the JIT tests skip.
The option-parsing tests run on any binary.

The trace-quality tests read the optimized loops from the log (`jit-log-opt`): the loop body
(the operations after the loop's last `label`, i.e. after the peeled first iteration) of a
few small loops must not allocate for int/float arithmetic, must not call a dict lookup for
`self.x` or a slot, and must stay under a bound of operations."""
import os
import subprocess
from pathlib import Path

import pytest

from conftest import CPYTHON, ROOT, MINIPY
import corpus

TIMEOUT = 120
NO_JIT_NOTE = b"built without the JIT"

LOOP = """\
# a hot loop over ints, floats, attributes and method calls
class P:
    def __init__(self, x):
        self.x = x
    def step(self, d):
        return self.x + d
def main(n):
    total = 0
    f = 0.0
    p = P(3)
    for i in range(n):
        total += p.step(i) % 7
        f += i * 0.5
        if i % 1000 == 0:
            total -= 1
    return total, f
print(main(20000))
"""


def has_jit(path):
    try:
        p = subprocess.run([str(path), "--jit", "help"], capture_output=True, timeout=30)
    except OSError:
        return False
    return p.returncode == 0 and NO_JIT_NOTE not in p.stdout


def find_jit_binary():
    candidates = []
    if os.environ.get("MINIPY_JIT_BIN"):
        candidates.append(Path(os.environ["MINIPY_JIT_BIN"]))
    candidates.append(MINIPY)
    for c in candidates:
        if c.exists() and has_jit(c):
            return str(c)
    return None


@pytest.fixture(scope="session")
def jit_bin():
    path = find_jit_binary()
    if path is None:
        pytest.skip("no minipy binary with the JIT (make bin/minipy)")
    return path


@pytest.fixture(scope="session")
def any_bin():
    path = find_jit_binary()
    if path is None:
        if not MINIPY.exists():
            pytest.skip("no minipy binary")
        path = str(MINIPY)
    return path


def run(argv, cwd, env=None, stdin=b""):
    full_env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    if env:
        full_env.update(env)
    return subprocess.run(argv, cwd=str(cwd), capture_output=True, timeout=TIMEOUT,
                          env=full_env, input=stdin)


def loop_program(tmp_path):
    path = tmp_path / "loop.py"
    path.write_text(LOOP)
    return path


# ---- the option, on any binary -------------------------------------------------

@pytest.mark.parametrize("value", ["bogus", "threshold=abc", "nosuch=3", "threshold",
                                   "trace_limit=999999999", "enable_opts=nosuchopt", ""])
def test_bad_value_exits_2(any_bin, tmp_path, value):
    p = run([any_bin, "--jit", value, str(loop_program(tmp_path))], tmp_path)
    assert p.returncode == 2
    assert p.stdout == b""
    err = p.stderr.decode()
    assert err.startswith("minipy: --jit: "), err
    assert "--jit help" in err


def test_missing_value_exits_2(any_bin, tmp_path):
    p = run([any_bin, "--jit"], tmp_path)
    assert p.returncode == 2
    assert b"--jit" in p.stderr


def test_jit_help(any_bin, tmp_path):
    p = run([any_bin, "--jit", "help"], tmp_path)
    assert p.returncode == 0
    out = p.stdout.decode()
    for name in ["threshold=N", "function_threshold=N", "trace_eagerness=N", "off"]:
        assert name in out
    # minipy's own default (minipy/jitoptions.py OWN_DEFAULTS), not rpython's 7
    assert "max_unroll_recursion=N  (default 2)" in out


def test_help_mentions_jit(any_bin, tmp_path):
    p = run([any_bin, "--help"], tmp_path)
    assert p.returncode == 0
    assert b"--jit" in p.stdout


@pytest.mark.parametrize("opts", [["--jit", "off"], ["--jit=off"], ["--jit", "default"],
                                  ["--jit", "threshold=200,trace_eagerness=50"]])
def test_accepted_values_run_the_program(any_bin, tmp_path, opts):
    prog = loop_program(tmp_path)
    expected = run([CPYTHON, str(prog)], tmp_path)
    p = run([any_bin] + opts + [str(prog), "arg"], tmp_path)
    assert (p.returncode, p.stdout) == (expected.returncode, expected.stdout)


def test_jit_option_leaves_argv(any_bin, tmp_path):
    prog = tmp_path / "argv.py"
    prog.write_text("import sys\nprint(sys.argv[1:])\n")
    p = run([any_bin, "--jit", "off", str(prog), "--jit", "x"], tmp_path)
    assert p.stdout == b"['--jit', 'x']\n"


# ---- the JIT binary -----------------------------------------------------------------

@pytest.mark.parametrize("opts", [[], ["--jit", "off"], ["--jit", "threshold=1"],
                                  ["--jit", "threshold=1,function_threshold=1,trace_eagerness=1"]])
def test_loop_like_cpython(jit_bin, tmp_path, opts):
    prog = loop_program(tmp_path)
    expected = run([CPYTHON, str(prog)], tmp_path)
    p = run([jit_bin] + opts + [str(prog)], tmp_path)
    assert p.stderr == b""
    assert (p.returncode, p.stdout) == (expected.returncode, expected.stdout)


EAGER = ["--jit", "threshold=2,function_threshold=3,trace_eagerness=2"]
FAILING = corpus.known_failing()


@pytest.mark.parametrize("name", corpus.entry_points())
def test_corpus_with_eager_jit(jit_bin, name):
    """Every corpus program, with loops and functions compiled almost at once and
    bridges after two guard failures: the JIT must not change what a program does."""
    if name in FAILING:
        pytest.skip("listed in KNOWN_FAILING")
    expected = corpus.comparable(name, corpus.run_cached([CPYTHON], name))
    got = corpus.comparable(name, corpus.run([jit_bin] + EAGER, name))
    assert got[1].decode("utf-8", "replace") == expected[1].decode("utf-8", "replace")
    assert got[2] == expected[2]
    assert got[0] == expected[0]


def read_log(path):
    return path.read_text(errors="replace") if path.exists() else ""


def test_log_shows_compiled_loop(jit_bin, tmp_path):
    prog = loop_program(tmp_path)
    log = tmp_path / "jit.log"
    p = run([jit_bin, str(prog)], tmp_path, env={"PYPYLOG": "jit-log-opt,jit-summary:" + str(log)})
    assert p.returncode == 0, p.stderr
    text = read_log(log)
    assert "{jit-log-opt-loop" in text, text[:2000]
    # the loop is the one in main(), at a backward jump of its code
    assert "main #" in text


def test_log_has_no_loop_with_jit_off(jit_bin, tmp_path):
    prog = loop_program(tmp_path)
    log = tmp_path / "jit.log"
    p = run([jit_bin, "--jit", "off", str(prog)], tmp_path,
            env={"PYPYLOG": "jit-log-opt:" + str(log)})
    assert p.returncode == 0, p.stderr
    assert "{jit-log-opt-loop" not in read_log(log)


# ---- what the JIT makes of small loops ------------------------------------------------

ATTRS = """\
# attribute reads and writes, method calls, __slots__, ints and floats
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def dot(self, other):
        return self.x * other.x + self.y * other.y
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self, a, b):
        self.a = a
        self.b = b
def main(n):
    v = Vec(2, 3)
    w = Vec(5, 7)
    s = Slotted(1.5, 0.25)
    total = 0
    f = 0.0
    for i in range(n):
        total += v.dot(w) + (i & 15)
        f += s.a * s.b
        v.x = i & 7
    return total, f
print(main(30000))
"""

GLOBALS = """\
# global constants, a global function, a builtin: found without hashing in the trace
SCALE = 3
OFFSET = 11
def step(a, b):
    return (a * SCALE + b + OFFSET) % 1000003
def main(n):
    t = 0
    for i in range(n):
        t = step(t, i) + abs(i & 3)
    return t
print(main(30000))
"""

CALLS = """\
# calls with defaults and keywords, lambdas made in a loop, a module's function
import math
def scaled(x, factor=2, *, offset=0):
    return x * factor + offset
def main(n):
    fs = [lambda v, k=k: v + k for k in range(4)]
    t = 0.0
    for i in range(n):
        t += scaled(i) + scaled(i, 3, offset=1) + scaled(factor=1, x=i)
        t += fs[i & 3](i) + math.sqrt(i)
    return t
print(main(30000))
"""

INT_KEYS = """\
# a dict with int keys and one with str keys, read and written in the loop
def main(n):
    counts = {}
    for k in range(64):
        counts[k] = 0
    names = {"a": 1, "b": 2}
    t = 0
    for i in range(n):
        counts[i & 63] += 1
        t += counts[(i * 7) & 63] + names["b"]
    return t, counts[5]
print(main(30000))
"""

OPERATORS = """\
# operator methods (+, -, *, reflected *, <) on instances, a subclass's reflected method,
# int() of a float, list slices read and assigned, `in` on a set of ints, list.pop()
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __lt__(self, o):
        return self.x < o.x
class W(V):
    def __radd__(self, o):
        return V(o.x, self.y)
def main(n):
    a = V(1.0, 2.0)
    w = W(0.5, 0.25)
    perm = list(range(8))
    seen = {1, 5, 7}
    stack = [0]
    t = 0.0
    k = 0
    for i in range(n):
        b = V(i * 0.5, 1.0)
        c = (a + b) - 2 * b
        d = b + w
        if c < a:
            t += c.x + d.x
        k += int(t) & 3
        j = i & 7
        perm[:j + 1] = perm[j::-1]
        if perm[0] in seen:
            k += 1
        stack.append(j)
        k += stack.pop()
    return t, k, perm
print(main(30000))
"""

# operations that allocate, and calls that mean a dict lookup or hashing in the loop
ALLOCATIONS = ("new(", "new_with_vtable(", "new_array(", "new_array_clear(", "newstr(",
               "newunicode(")
LOOKUPS = ("lookup", "str_hash", "ll_dict", "ll_get", "getitem")


def optimized_loops(text):
    """[(header, [operation lines])] for each loop (not bridge) in a jit-log-opt log."""
    loops = []
    for section in text.split("{jit-log-opt-loop")[1:]:
        lines = section.split("jit-log-opt-loop}")[0].splitlines()
        header = [l for l in lines if l.startswith("# Loop")]
        if not header:
            continue
        ops = [l.split(": ", 1)[1] if l.startswith("+") else l for l in lines[1:]]
        ops = [op for op in ops if op and not op.startswith(("#", "[", "debug_merge_point"))]
        loops.append((header[0], ops))
    return loops


def loop_body(ops):
    """The operations after the last label: one iteration of the optimized loop."""
    last = max(i for i, op in enumerate(ops) if op.startswith("label("))
    return [op for op in ops[last + 1:] if not op.startswith("jump(")]


def logged_run(jit_bin, tmp_path, source, sections="jit-log-opt"):
    """Run `source` on the JIT binary with the given PYPYLOG sections, check that it
    prints what CPython prints, and return the log's text."""
    prog = tmp_path / "prog.py"
    prog.write_text(source)
    log = tmp_path / "jit.log"
    expected = run([CPYTHON, str(prog)], tmp_path)
    p = run([jit_bin, str(prog)], tmp_path, env={"PYPYLOG": "%s:%s" % (sections, log)})
    assert (p.returncode, p.stdout) == (expected.returncode, expected.stdout), p.stderr
    return read_log(log)


def traced_loop_of(jit_bin, tmp_path, source, function):
    text = logged_run(jit_bin, tmp_path, source)
    loops = [(h, ops) for h, ops in optimized_loops(text) if "(%s #" % function in h]
    assert loops, "no loop of %s() compiled:\n%s" % (function, text[:3000])
    return loops


def stored_boxes(body):
    """The int/float boxes (16-byte objects) that the loop allocates only to store them
    into an object it did not allocate itself -- `v.x = i & 7` -- : what keeping a new
    value in the heap costs, not arithmetic (a trace boxes ints afresh; see wrap_int)."""
    allocated = {}
    for op in body:
        if " = new" in op:
            allocated[op.split(" = ")[0].strip()] = op
    stored = set()
    for op in body:
        if op.startswith(("setfield_gc(", "setarrayitem_gc(")):
            args = [a.strip() for a in op.split("(", 1)[1].split(",")]
            target, value = args[0], args[-2]
            if value in allocated and target not in allocated:
                stored.add(value)
    uses = {}
    for op in body:
        for var in allocated:
            if (var + ",") in op or (var + ")") in op:
                uses[var] = uses.get(var, 0) + 1
    return set(var for var in stored
               if "SizeDescr 16>" in allocated[var] and uses.get(var, 0) == 2)


@pytest.mark.parametrize("source", [LOOP, ATTRS], ids=["ints_floats", "attributes"])
def test_loop_body_does_not_allocate_or_look_up(jit_bin, tmp_path, source):
    for header, ops in traced_loop_of(jit_bin, tmp_path, source, "main"):
        body = loop_body(ops)
        text = "\n".join(body)
        boxes = stored_boxes(body)
        allocs = [op for op in body if any(a in op for a in ALLOCATIONS)
                  and op.split(" = ")[0].strip() not in boxes]
        assert not allocs, "%s allocates:\n%s" % (header, text)
        assert len(boxes) <= 1, text       # ATTRS stores one new int: `v.x = i & 7`
        calls = [op for op in body if op.split("(")[0].split("= ")[-1].startswith("call")]
        lookups = [op for op in calls if any(k in op for k in LOOKUPS)]
        assert not lookups, "%s looks things up:\n%s" % (header, text)


FLOAT_ATTRS = """\
# float attributes updated in place, on an instance and through __slots__
class Body:
    def __init__(self):
        self.x = 0.0
        self.v = 1.0
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 0.5
        self.b = 2.0
def main(n):
    p = Body()
    s = Slotted()
    for i in range(n):
        p.x += p.v * 0.001
        p.v = p.v * 0.9999 + 0.0001
        s.a, s.b = s.b * 0.5, s.a * 2.0 + 0.25
    return p.x, p.v, s.a, s.b
print(main(30000))
"""


def test_float_attribute_writes_do_not_allocate(jit_bin, tmp_path):
    """A float stored into an attribute that holds floats overwrites the value in place:
    the loop allocates nothing, not even the boxes stored_boxes tolerates."""
    for header, ops in traced_loop_of(jit_bin, tmp_path, FLOAT_ATTRS, "main"):
        body = loop_body(ops)
        allocs = [op for op in body if any(a in op for a in ALLOCATIONS)]
        assert not allocs, "%s allocates:\n%s" % (header, "\n".join(body))


TUPLE_KEYS = """\
# counting pairs in a dict keyed by tuples of strs and ints
def main(n):
    words = ["ka", "lo", "mi", "ne", "su", "ta", "ri"]
    pairs = {}
    prev = "po"
    for i in range(n):
        w = words[(i * 5) % 7]
        key = (prev, w, i & 3)
        if key in pairs:
            pairs[key] += 1
        else:
            pairs[key] = 1
        prev = w
    return len(pairs), max(pairs.values()), sorted(pairs.items())[:3]
print(main(30000))
"""


def test_tuple_key_hashed_once_per_iteration(jit_bin, tmp_path):
    """`key in d` then `d[key] += 1` with a tuple key: the key's check and hash are
    elidable (a tuple never changes), so the loop computes them once, and the lookups
    after the first reuse its result."""
    for header, ops in traced_loop_of(jit_bin, tmp_path, TUPLE_KEYS, "main"):
        body = loop_body(ops)
        text = "\n".join(body)
        assert sum("plain_tuple_hash" in op for op in body) <= 1, text
        assert sum("is_plain_tuple" in op for op in body) <= 1, text


def test_repeated_lookups_of_a_key_probe_once(jit_bin, tmp_path):
    """`key in d`, then `d[key]` and `d[key] = ...` with the same key object: the table
    remembers where it found the key last (OrderedTable.lookup), so the loop probes the
    index once per iteration, not three times."""
    for header, ops in traced_loop_of(jit_bin, tmp_path, TUPLE_KEYS, "main"):
        body = loop_body(ops)
        text = "\n".join(body)
        assert sum("lookup_function" in op for op in body) <= 1, text


def test_globals_and_builtins_are_not_looked_up(jit_bin, tmp_path):
    """LOAD_GLOBAL folds to guards on the namespace tables and their layouts, and the
    called function's frame stays virtual (nothing forces it: no residual call)."""
    for header, ops in traced_loop_of(jit_bin, tmp_path, GLOBALS, "main"):
        body = loop_body(ops)
        text = "\n".join(body)
        calls = [op for op in body if op.split("(")[0].split("= ")[-1].startswith("call")]
        assert not [op for op in calls if any(k in op for k in LOOKUPS)], text
        # the callee's PyFrame and its arrays are never allocated
        assert not [op for op in body if op.startswith(("new_array", "new_array_clear"))
                    or " new_array" in op], text


def test_thread_context_is_read_once_per_loop(jit_bin, tmp_path):
    """Each call and backward jump uses the running thread's ExecutionContext (tick,
    call depth), a thread-local reference that never changes while the thread runs: the
    loop reads it in its first, peeled iteration, and the loop body (two inlined calls
    per iteration) does not read it again."""
    for header, ops in traced_loop_of(jit_bin, tmp_path, GLOBALS, "main"):
        body = loop_body(ops)
        assert [op for op in ops if "threadlocalref_get" in op], "\n".join(ops)
        assert not [op for op in body if "threadlocalref_get" in op], "\n".join(body)


def test_compiled_loops_do_not_depend_on_the_thread(jit_bin, tmp_path):
    """The main thread's context is in the thread-local too (enter_main_thread), so the
    loop checks that the thread-local is set, which holds in every thread. Before, a loop
    traced in the main thread guarded that it was empty, which fails in every other
    thread (a bridge per loop for each)."""
    for header, ops in traced_loop_of(jit_bin, tmp_path, GLOBALS, "main"):
        reads = [op.split(" = ")[0] for op in ops if "threadlocalref_get" in op and " = " in op]
        assert reads, "\n".join(ops)
        for var in reads:
            assert not [op for op in ops if op.startswith("guard_isnull(%s," % var)], "\n".join(ops)


def test_calls_bind_arguments_in_the_trace(jit_bin, tmp_path):
    """Defaults, keywords and keyword-only arguments are bound where the JIT sees them:
    no call to bind_args, no frame (or frame array) allocated; a module's function is
    found like a global, without a lookup."""
    for header, ops in traced_loop_of(jit_bin, tmp_path, CALLS, "main"):
        body = loop_body(ops)
        text = "\n".join(body)
        calls = [op for op in body if op.split("(")[0].split("= ")[-1].startswith("call")]
        assert not [op for op in calls if "bind_args" in op], text
        assert not [op for op in calls if any(k in op for k in LOOKUPS)], text
        assert not [op for op in body if " new_array" in op or op.startswith("new_array")], text


def test_operators_and_builtins_in_the_trace(jit_bin, tmp_path):
    """An operator on instances finds its method without a lookup in the trace (the
    special method names are constants, and a subclass's reflected method is found as
    folded as the rest); int() of a float, a list slice read or assigned with int
    bounds, `in` on a set of ints and list.pop() run no Python code, so none of them is
    a call that may force the frame, and none is a lookup call."""
    for header, ops in traced_loop_of(jit_bin, tmp_path, OPERATORS, "main"):
        body = loop_body(ops)
        text = "\n".join(body)
        calls = [op for op in body if op.split("(")[0].split("= ")[-1].startswith("call")]
        assert not [op for op in calls if "_own_lookup" in op or "lookup_where" in op], text
        assert not [op for op in calls if "call_may_force" in op], text
        for name in ("int_from_obj", "builtin_getitem", "builtin_setitem", "contains",
                     "ll_delitem"):
            assert not [op for op in calls if name in op], (name, text)


KEY_LOOPS = """\
# max() and sorted() calling a key function for each item
def main(n):
    pairs = {}
    for i in range(n):
        pairs[(i % 97, i % 89)] = i
    for r in range(30):
        best = max(pairs.items(), key=lambda kv: (kv[1] % 1000, kv[0]))
        order = sorted(pairs, key=lambda k: k[1] * 100 + k[0])
    return best, order[:3]
print(main(3000))
"""


def test_key_functions_are_traced_inline(jit_bin, tmp_path):
    """max(key=) and sorted(key=) loop in RPython; their JitDrivers (keyloops.py) make a
    hot one a compiled loop of its own, with the key function inlined: no call into
    another compiled function (call_assembler) in the loop body."""
    loops = optimized_loops(logged_run(jit_bin, tmp_path, KEY_LOOPS))
    for where in ("(max(key=<lambda>))", "(key=<lambda>)"):
        found = [(h, ops) for h, ops in loops if where in h]
        assert found, "no loop %s in:\n%s" % (where, [h for h, _ in loops])
        for header, ops in found:
            body = loop_body(ops)
            assert not [op for op in body if "call_assembler" in op], "\n".join(body)


TUPLE_KEY_MAX = """\
# max() with a key function that returns a tuple
def main(n):
    items = [(i % 97, "w%d" % (i % 13)) for i in range(n)]
    for r in range(30):
        best = max(items, key=lambda kv: (kv[1], -kv[0]))
    return best
print(main(3000))
"""


def test_tuple_keys_compare_in_the_trace(jit_bin, tmp_path):
    """Two short tuples compare item by item inside the trace (plain_tuple_cmp unrolls):
    the key tuple that max() makes for each item is never allocated, and no general
    comparison is called."""
    loops = optimized_loops(logged_run(jit_bin, tmp_path, TUPLE_KEY_MAX))
    found = [(h, ops) for h, ops in loops if "(max(key=<lambda>))" in h]
    assert found, "no max(key=) loop in:\n%s" % [h for h, _ in loops]
    for header, ops in found:
        body = loop_body(ops)
        text = "\n".join(body)
        assert not [op for op in body if any(a in op for a in ALLOCATIONS)], text
        assert not [op for op in body if "compare" in op or "plain_tuple_cmp" in op], text


STR_ACCUM = """\
# a str local grown by += in a loop
def main(n):
    s = ""
    for i in range(n):
        s += "abc"
    return len(s)
print(main(300000))
"""


def test_str_grown_by_plus_equals_is_not_copied(jit_bin, tmp_path):
    """`s += piece` on a local appends to a builder (minipy/objects/strbuilding.py): the
    loop neither concatenates nor copies the str it grows."""
    for header, ops in traced_loop_of(jit_bin, tmp_path, STR_ACCUM, "main"):
        body = loop_body(ops)
        text = "\n".join(body)
        assert not [op for op in body if "strconcat" in op or "copystrcontent" in op
                    or "newstr(" in op], text


CLASS_COUNTER = """\
# a class attribute written on every iteration, read by a method of an instance
class C:
    count = 0
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v + C.count % 3
def main(n):
    c = C(2)
    t = 0
    for i in range(n):
        C.count += 1
        t += c.get()
    return t, C.count
print(main(200000))
"""


def summary_counts(text):
    """{name: number} of the integer lines of a jit-summary log section."""
    counts = {}
    for line in text.splitlines():
        name, _, value = line.rpartition(":")
        if name and value.strip().isdigit():
            counts[name.strip()] = int(value)
    return counts


def test_class_attribute_written_in_a_loop_keeps_its_trace(jit_bin, tmp_path):
    """Reassigning a class attribute used to invalidate every trace that read the class,
    and a loop doing it was traced again and again (over a thousand loops compiled and
    freed for this program, slower than CPython). Now the attribute moves to a cell at
    its first reassignment: a handful of loops, nearly none freed."""
    text = logged_run(jit_bin, tmp_path, CLASS_COUNTER, "jit-summary")
    counts = summary_counts(text)
    assert "Total # of loops" in counts, text
    assert 1 <= counts["Total # of loops"] <= 10, counts
    assert counts["Freed # of loops"] <= 3, counts
    assert counts["abort: force quasi-immut"] <= 3, counts


VIRTUAL_STR = """\
# strs made in the loop (kept virtual by the JIT) passed to plain calls that make strs
def main(lines):
    out = []
    for line in lines:
        key = line.lower()
        out.append(key[1] + key[:3] + key[-2:] + key[::2])
    return len(out), out[-1], "".join(out)[-40:]
print(main(["ABCDEF%d" % i for i in range(5000)]))
"""


def test_virtual_str_passed_to_a_plain_call(jit_bin, tmp_path):
    """A str that exists only in the trace, handed to a residual call that itself makes
    strs, must be allocated with its text and length (minipy/build/jit_workarounds.py:
    the optimizer delayed those writes past the call; the program crashed)."""
    prog = tmp_path / "prog.py"
    prog.write_text(VIRTUAL_STR)
    expected = run([CPYTHON, str(prog)], tmp_path)
    for opts in ([], EAGER):
        p = run([jit_bin] + opts + [str(prog)], tmp_path)
        assert (p.returncode, p.stdout, p.stderr) == \
            (expected.returncode, expected.stdout, expected.stderr)


def test_int_and_str_keyed_dicts_do_not_force_the_frame(jit_bin, tmp_path):
    """A dict whose keys are all ints (or all strs) is looked up by a call that cannot
    run Python code: a plain call, never call_may_force (which makes frames escape)."""
    for header, ops in traced_loop_of(jit_bin, tmp_path, INT_KEYS, "main"):
        body = loop_body(ops)
        text = "\n".join(body)
        assert [op for op in body if "call" in op], text      # the lookups are there
        assert not [op for op in body if "call_may_force" in op], text


@pytest.mark.parametrize("source,bound", [(LOOP, 90), (ATTRS, 130)],
                         ids=["ints_floats", "attributes"])
def test_loop_body_stays_small(jit_bin, tmp_path, source, bound):
    for header, ops in traced_loop_of(jit_bin, tmp_path, source, "main"):
        body = loop_body(ops)
        assert len(body) <= bound, "%s: %d operations\n%s" % (header, len(body), "\n".join(body))


# a recursive bitmask search: each level loops over the free columns and recurses
RECURSIVE = ROOT / "benchmarks" / "threaded" / "nqueens_split.py"
RECURSIVE_ARGS = ["1", "10"]


def recorded_ops(jit_bin, tmp_path, opts):
    log = tmp_path / ("summary%d.log" % len(opts))
    cwd = RECURSIVE.parent
    expected = run([CPYTHON, str(RECURSIVE)] + RECURSIVE_ARGS, cwd)
    p = run([jit_bin] + opts + [str(RECURSIVE)] + RECURSIVE_ARGS, cwd,
            env={"PYPYLOG": "jit-summary:" + str(log)})
    assert (p.returncode, p.stdout) == (expected.returncode, expected.stdout), p.stderr
    for line in read_log(log).splitlines():
        if line.startswith("recorded ops:"):
            return int(line.split()[-1])
    raise AssertionError("no jit-summary in the log:\n" + read_log(log))


def test_recursion_is_not_inlined_deep(jit_bin, tmp_path):
    """With minipy's default max_unroll_recursion (2), a recursive search records far
    fewer operations than with rpython's 7, which made one benchmark 4x slower than the
    interpreter alone."""
    default = recorded_ops(jit_bin, tmp_path, [])
    deep = recorded_ops(jit_bin, tmp_path, ["--jit", "max_unroll_recursion=7"])
    assert default * 3 < deep * 2, (default, deep)
