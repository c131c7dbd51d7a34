# traceback: stack summaries of a small call tree (extract_stack, format_stack,
# print_stack), FrameSummary and StackSummary as tuples, format_list, and how
# format_exception_only renders SyntaxErrors, empty messages, notes and broken __str__.
import sys
import traceback


def handler(event):
    return dispatch(event)


def dispatch(event):
    if event == "dump":
        traceback.print_stack(file=sys.stdout)
        return None
    if event == "list":
        return traceback.format_stack()
    return [(f.name, f.line) for f in traceback.extract_stack()]


print(handler("where"))
print("".join(handler("list")), end="")
handler("dump")
print([(f.name, f.lineno) for f in traceback.extract_stack(limit=1)])

print(traceback.format_list([("jobs.py", 3, "run", "x = 1"), ("main.py", 9, "<module>", None)]))
summary = traceback.StackSummary.from_list([("a.py", 1, "m", "pass"), ("b.py", 2, "n", "go()")])
print(summary.format())
fs = traceback.FrameSummary("x.py", 5, "fn", line="  return y  ")
print(fs.line, fs == ("x.py", 5, "fn", "return y"), len(fs), fs[2], list(fs))

for source in ["x = (1,\ny = 2", "def f(:\n  pass", "total = 3 +* 4", "if True\n  pass"]:
    try:
        compile(source, "settings.py", "exec")
    except SyntaxError as e:
        print(traceback.format_exception_only(e))


class Quiet(Exception):
    def __str__(self):
        return ""


class Broken(Exception):
    def __str__(self):
        raise RuntimeError


print(traceback.format_exception_only(Quiet()))
print(traceback.format_exception_only(Broken()))
print(traceback.format_exception_only(None))
e = ValueError("with notes")
e.add_note("first note")
e.add_note("multi\nline")
print(traceback.format_exception_only(e))
print(traceback.format_exception(ValueError("no traceback")))
print(traceback.format_exc(), end="")
for bad in [lambda: traceback.format_exception(ValueError, ValueError("x")),
            lambda: traceback.print_exception(5)]:
    try:
        bad()
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)
