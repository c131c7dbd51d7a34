# generator.throw(type, value, traceback): how the exception is built from its arguments, and the TypeErrors of bad ones (the generator stays suspended).
class ParseError(Exception):
    def __init__(self, line, msg="bad line"):
        super().__init__(line, msg)
        self.line = line


def worker():
    done = 0
    while True:
        try:
            item = yield done
            done += 1
            print("  processed", item)
        except ParseError as e:
            print("  worker recovered from", repr(e), "line", e.line)
        except (KeyError, ValueError) as e:
            print("  worker saw", type(e).__name__, e.args)


w = worker()
next(w)
w.send("a")
attempts = [
    (ParseError, 7),
    (ParseError, (8, "too long")),
    (ParseError, ParseError(9)),
    (KeyError,),
    (KeyError, None),
    (ValueError, "v", None),
    (ValueError("inst"),),
    (ValueError("inst"), "extra"),
    ("not an exception",),
    (42,),
    (ValueError, 1, "tb"),
    (),
    (ValueError, 1, None, 4),
]
for args in attempts:
    try:
        result = w.throw(*args)
        print("throw ->", result)
    except TypeError as e:
        print("TypeError:", e)
print("still alive:", w.send("b"))
w.close()
try:
    w.throw(ParseError, 1)
except ParseError as e:
    print("closed generator re-raises", repr(e))
