# warnings (warn with filters, once-per-place printing with the source line, errors, catch_warnings records, showwarning/formatwarning) and atexit (callbacks run last-first at exit, unregister, an exception in one)
import atexit
import io
import os
import warnings
from contextlib import redirect_stderr


class ConfigWarning(UserWarning):
    pass


def load_config(values):
    for key, value in values.items():
        if value is None:
            warnings.warn("missing value for %r" % key, ConfigWarning)
        elif key.startswith("old_"):
            warnings.warn("option %s is deprecated" % key, DeprecationWarning, stacklevel=2)
    return {k: v for k, v in values.items() if v is not None}


def shown(text):
    """stderr text with the script's directory left out."""
    return text.replace(os.path.dirname(__file__) + os.sep, "")


# printed once per place by default, with the source line
err = io.StringIO()
with redirect_stderr(err):
    for attempt in range(3):
        load_config({"host": None, "port": 80})
    warnings.warn("plain warning")
    warnings.warn("plain warning")
    load_config({"old_mode": 1})
print(shown(err.getvalue()), end="")

# catch_warnings(record=True): WarningMessage objects, filters restored after
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    load_config({"a": None, "b": None, "old_x": 2})
    warnings.warn(ConfigWarning("instance given"))
    warnings.warn("runtime trouble", RuntimeWarning)
for w in caught:
    print(w.category.__name__, str(w.message), w.lineno, os.path.basename(w.filename),
          isinstance(w.message, Warning))
print(shown(str(caught[0])))

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    err = io.StringIO()
    with redirect_stderr(err):
        load_config({"quiet": None})
    print("ignored:", repr(err.getvalue()))

with warnings.catch_warnings():
    warnings.simplefilter("error", ConfigWarning)
    try:
        load_config({"strict": None})
    except ConfigWarning as e:
        print("raised", type(e).__name__, e)
    try:
        warnings.warn("other category", RuntimeWarning)
    except RuntimeWarning:
        print("not expected")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="missing value")
    warnings.filterwarnings("error", message=".*deprecated", category=DeprecationWarning)
    load_config({"x": None})
    try:
        load_config({"old_y": 1})
    except DeprecationWarning as e:
        print("error filter:", e)
    warnings.warn("MISSING VALUE in upper case")
    warnings.warn("kept")
print([str(w.message) for w in caught])

with warnings.catch_warnings(action="ignore"):
    warnings.warn("dropped")
with warnings.catch_warnings(record=True, action="always", category=ConfigWarning) as log:
    warnings.warn("a", ConfigWarning)
    warnings.warn("a", ConfigWarning)
print(len(log), repr(warnings.catch_warnings(record=True)))

# showwarning and formatwarning replaced
def to_stdout(message, category, filename, lineno, file=None, line=None):
    print("WARN[%s] %s (line %d)" % (category.__name__, message, lineno))


old_show = warnings.showwarning
warnings.showwarning = to_stdout
with warnings.catch_warnings():
    warnings.simplefilter("always")
    load_config({"z": None})
warnings.showwarning = old_show
text = warnings.formatwarning("custom text", UserWarning, "prog.py", 12, "x = compute()  ")
print(repr(text))
print(repr(warnings.formatwarning("no line", RuntimeWarning, "nofile.py", 3)))

for bad in [lambda: warnings.warn("x", category=int), lambda: warnings.simplefilter("sometimes")]:
    try:
        bad()
    except (TypeError, AssertionError) as e:
        print(type(e).__name__, e)


# atexit: last registered runs first
def goodbye(name, punctuation="."):
    print("goodbye", name + punctuation)


def failing_flush():
    raise RuntimeError("flush failed")


atexit.register(failing_flush)
atexit.register(goodbye, "world")
atexit.register(goodbye, "alice", punctuation="!")
atexit.register(goodbye, "bob", "?")
temp = atexit.register(print, "never printed")
atexit.unregister(temp)


@atexit.register
def summary():
    print("summary: registered as a decorator")


print("main program done", summary.__name__)
atexit.register(atexit.unregister, goodbye)     # runs first: no goodbyes after all
atexit.unregister(atexit.unregister)
atexit.register(print, "last line of output", end="!\n")
