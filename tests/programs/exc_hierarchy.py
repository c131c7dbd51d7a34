# The built-in exception hierarchy: catching by base classes, the order of except clauses, isinstance.
# (The name bound by "except ... as e" is deleted when the handler ends, so it is copied.)
cases = [
    lambda: [][1],
    lambda: {}["k"],
    lambda: 1 / 0,
    lambda: int("x"),
    lambda: undefined,
    lambda: None.x,
    lambda: (1).__add__(1, 2),
    lambda: iter(3),
    lambda: next(iter([])),
    lambda: open("/nonexistent/file"),
]
for fn in cases:
    try:
        fn()
    except LookupError as e:
        kind, caught = "LookupError", e
    except ArithmeticError as e:
        kind, caught = "ArithmeticError", e
    except (NameError, AttributeError) as e:
        kind, caught = "Name/Attribute", e
    except OSError as e:
        kind, caught = "OSError", e
    except Exception as e:
        kind, caught = "Exception", e
    print("%-16s %-18s %s" % (kind, type(caught).__name__,
                                [c.__name__ for c in type(caught).__mro__[1:-2]]))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(FileNotFoundError, OSError), issubclass(StopIteration, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError))
print(issubclass(NotImplementedError, RuntimeError), issubclass(IndentationError, SyntaxError))
e = KeyError("k")
print(isinstance(e, LookupError), isinstance(e, Exception), e.args, str(e), repr(e))
print(str(ValueError()), repr(ValueError()), str(ValueError(1, 2)), repr(OSError("x")))
