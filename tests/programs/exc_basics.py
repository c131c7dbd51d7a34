# try/except/else/finally in all combinations, with return/break/continue inside.


def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("  cannot divide %r by zero" % a)
        return None
    except TypeError as e:
        print("  type problem:", e)
        return None
    else:
        print("  divided fine")
        return result
    finally:
        print("  finally for", a, b)


for args in [(10, 2), (1, 0), ("x", 2)]:
    print(divide(*args))


def finally_overrides():
    try:
        return "from try"
    finally:
        print("finally runs before return")


print(finally_overrides())


def loop_control():
    out = []
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out


print(loop_control())


def nested(n):
    try:
        try:
            if n == 0:
                raise ValueError("zero")
            if n == 1:
                raise KeyError("one")
            return "none raised"
        except ValueError as e:
            return "inner caught %s" % e
    except LookupError as e:
        return "outer caught %r" % e


print(nested(0), "|", nested(1), "|", nested(2))

try:
    raise ValueError("a", 2, [3])
except ValueError as e:
    print(e.args, str(e), repr(e))

try:
    {}["missing"]
except (IndexError, KeyError) as e:
    print("caught", type(e).__name__, e)

e = None
try:
    int("notanumber")
except ValueError as err:
    e = err
print(type(e).__name__, e)
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise RuntimeError("retry")
        print("succeeded after", count)
        break
    except RuntimeError:
        print("attempt", count, "failed")
