# Custom exception hierarchies, attributes on exceptions, __str__ overrides, catching by base class.


class AppError(Exception):
    code = 1


class ParseError(AppError):
    code = 2

    def __init__(self, line, message):
        super().__init__(line, message)
        self.line = line
        self.message = message

    def __str__(self):
        return "line %d: %s" % (self.line, self.message)


class ValidationError(AppError):
    code = 3


class RangeError(ValidationError, ValueError):
    pass


def parse_config(text):
    result = {}
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if "=" not in line:
            raise ParseError(n, "expected key=value, got %r" % line)
        key, value = [p.strip() for p in line.split("=", 1)]
        if not value.isdigit():
            raise ValidationError("value of %s must be a number" % key)
        if int(value) > 100:
            raise RangeError(key, int(value))
        result[key] = int(value)
    return result


inputs = ["a = 1\nb=2\n# comment\n\nc = 30", "a = 1\noops", "x = y", "big = 500"]
for text in inputs:
    try:
        print(parse_config(text))
    except ParseError as e:
        print("ParseError", e.code, e, e.line)
    except RangeError as e:
        print("RangeError", e.code, e.args, isinstance(e, ValueError))
    except AppError as e:
        print(type(e).__name__, e.code, e)

print(issubclass(RangeError, AppError), issubclass(ParseError, ValidationError))
print([c.__name__ for c in RangeError.__mro__])
err = ParseError(7, "bad")
print(repr(err.args), str(err))
try:
    raise RangeError("plain")
except ValueError as e:
    print("caught as ValueError:", e)
