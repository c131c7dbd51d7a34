# ExceptionGroup as a form validator's error report: construction checks, message and
# exceptions, str/repr, subgroup/split/derive with types, tuples and predicates.


class FieldError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field


class MissingField(FieldError):
    pass


def validate(record):
    errors = []
    for field in ("name", "age", "email"):
        if field not in record:
            errors.append(MissingField(field, "missing"))
    age = record.get("age")
    if age is not None and not isinstance(age, int):
        errors.append(TypeError(f"age must be int, not {type(age).__name__}"))
    elif age is not None and age < 0:
        errors.append(FieldError("age", "negative"))
    email = record.get("email", "")
    if email and "@" not in email:
        errors.append(FieldError("email", "no @"))
    if errors:
        raise ExceptionGroup(f"record {record.get('name', '?')!r}", errors)
    return record


records = [
    {"name": "ann", "age": 31, "email": "ann@example.org"},
    {"name": "bob", "age": -2, "email": "bob.example.org"},
    {"age": "old"},
    {"name": "cy", "email": "cy@x"},
]

report = []
for rec in records:
    try:
        validate(rec)
        print("ok", rec["name"])
    except ExceptionGroup as eg:
        report.append(eg)
        print(eg)
        print(" ", repr(eg))
        print("  message:", eg.message, "| count:", len(eg.exceptions))
        missing = eg.subgroup(MissingField)
        print("  missing:", None if missing is None else [e.field for e in missing.exceptions])
        types, rest = eg.split(TypeError)
        print("  split TypeError:", repr(types), "|", repr(rest))
        bad_age = eg.subgroup(lambda e: isinstance(e, FieldError) and e.field == "age")
        print("  age problems:", repr(bad_age))
        print("  same object when all match:", eg.subgroup(Exception) is eg)
        print("  args:", eg.args[0], type(eg.args[1]).__name__)

everything = ExceptionGroup("all records", report)
print(everything, "/", everything.exceptions[0].message)
leaves, others = everything.split((MissingField, TypeError))
print(repr(leaves))
print(repr(others))
print("nested subgroup by predicate:",
      repr(everything.subgroup(lambda e: "email" in str(e) and not isinstance(e, ExceptionGroup))))

# split keeps traceback, cause, context and notes on the parts
try:
    try:
        raise KeyError("cause")
    except KeyError as k:
        g = ExceptionGroup("with metadata", [ValueError(1), TypeError(2)])
        g.add_note("checked at import")
        raise g from k
except ExceptionGroup as caught:
    m, r = caught.split(ValueError)
    print(repr(m.__cause__), m.__traceback__ is caught.__traceback__, m.__notes__,
          m.__notes__ is caught.__notes__, m.__suppress_context__)
    print(repr(r.__cause__), r.__context__ is caught.__context__, r.__notes__)

# a subclass: derive decides the type of the parts
class Report(ExceptionGroup):
    def derive(self, excs):
        part = Report(self.message + "*", excs)
        part.origin = self
        return part


rep = Report("batch", [ValueError("a"), TypeError("b"), ValueError("c")])
vals, rest = rep.split(ValueError)
print(type(vals).__name__, repr(vals), vals.origin is rep, repr(rest))
print(type(rep.derive([KeyError(1)])).__name__)
plain = ExceptionGroup("x", [ValueError(1)]).derive([KeyboardInterrupt()])
print(type(plain).__name__, repr(plain))

# BaseExceptionGroup picks its class by what it holds
print(type(BaseExceptionGroup("b", [ValueError()])).__name__,
      type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__,
      issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception),
      [c.__name__ for c in ExceptionGroup.__mro__])


def attempt(label, make):
    try:
        make()
        print(label, "ok")
    except (TypeError, ValueError, AttributeError) as e:
        print(label, type(e).__name__, e)


attempt("no args", lambda: ExceptionGroup("m"))
attempt("message type", lambda: ExceptionGroup(3, [ValueError()]))
attempt("not a sequence", lambda: ExceptionGroup("m", 42))
attempt("a set", lambda: ExceptionGroup("m", {ValueError()}))
attempt("empty", lambda: ExceptionGroup("m", []))
attempt("not exceptions", lambda: ExceptionGroup("m", [ValueError(), "oops"]))
attempt("base in group", lambda: ExceptionGroup("m", [SystemExit(1)]))
attempt("base in subclass", lambda: Report("m", [KeyboardInterrupt()]))
attempt("bad condition", lambda: rep.split("ValueError"))
attempt("bad tuple", lambda: rep.subgroup((ValueError, 1)))
attempt("no condition", lambda: rep.split())


def set_message():
    rep.message = "changed"


attempt("read-only", set_message)
print(ExceptionGroup[int])
