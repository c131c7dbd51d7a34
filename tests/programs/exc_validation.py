# Input validation with exceptions: a form validator collecting errors, raising ValueError/TypeError.


class FieldError(ValueError):
    def __init__(self, field, problem):
        super().__init__("%s: %s" % (field, problem))
        self.field = field


def require_int(form, field, lo, hi):
    raw = form.get(field)
    if raw is None:
        raise FieldError(field, "missing")
    try:
        value = int(raw)
    except ValueError:
        raise FieldError(field, "not a number: %r" % raw) from None
    if not lo <= value <= hi:
        raise FieldError(field, "%d not in [%d, %d]" % (value, lo, hi))
    return value


def require_email(form, field):
    raw = form.get(field, "")
    if not isinstance(raw, str):
        raise TypeError("%s must be text" % field)
    name, at, domain = raw.partition("@")
    if not at or not name or "." not in domain:
        raise FieldError(field, "bad address %r" % raw)
    return raw.lower()


def validate(form):
    errors = []
    result = {}
    checks = [("age", lambda: require_int(form, "age", 0, 150)),
              ("rooms", lambda: require_int(form, "rooms", 1, 10)),
              ("email", lambda: require_email(form, "email"))]
    for name, check in checks:
        try:
            result[name] = check()
        except FieldError as e:
            errors.append(str(e))
        except TypeError as e:
            errors.append("type: %s" % e)
    return result, errors


forms = [{"age": "42", "rooms": "3", "email": "Ann@Example.com"},
         {"age": "-1", "rooms": "three", "email": "nope"},
         {"rooms": "11", "email": 5},
         {"age": " 7 ", "rooms": "1", "email": "a@b.c"}]
for form in forms:
    result, errors = validate(form)
    print(result, errors)
