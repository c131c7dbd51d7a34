# string.Formatter: format/vformat like str.format, and subclasses overriding get_value (defaults for missing keys), convert_field, format_field and check_unused_args
import string


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


f = string.Formatter()
print(f.format("{0} + {1} = {2:>5}", 2, 3, 2 + 3))
print(f.format("{name!r:^12}|{n:08.3f}|{{literal}}", name="bob", n=3.14159))
print(f.format("{p.x},{p.y} {items[1]} {d[key]}", p=Point(1, 2), items=[7, 8], d={"key": "v"}))
print(f.format("{:{width}.{prec}f}!", 2.718281828, width=10, prec=3))
print(f.format("{} {} {}", "a", "b", "c"), f.vformat("{x}-{0}", ("pos",), {"x": "kw"}))
print(list(f.parse("Hi {name!s:>{w}}, {{ok}} {0[1]}")))


class Defaulting(string.Formatter):
    """Missing names become '<name?>' instead of raising KeyError."""
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<%s?>" % key
        return super().get_value(key, args, kwargs)


print(Defaulting().format("{user} logged in from {host}", user="ann"))


class Upper(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)

    def format_field(self, value, spec):
        if spec == "money":
            return "$%.2f" % value
        return super().format_field(value, spec)


print(Upper().format("{0!u} owes {1:money} ({1!r})", "carl", 12.5))


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError("unused: " + ", ".join(sorted(unused)))


try:
    Strict().format("{a}", a=1, b=2, c=3)
except ValueError as e:
    print(e)

for fmt, args in [("{0}{}", (1, 2)), ("{}{0}", (1, 2)), ("{0!x}", (1,)), ("{", ()),
                  ("}", ()), ("{0:{1:{2}}}", (1, 2, 3)), ("{a.}", ()), ("{0[}", (1,)),
                  ("{2}", (1,)), ("{missing}", ())]:
    try:
        print(repr(f.format(fmt, *args)))
    except (ValueError, IndexError, KeyError) as e:
        print(fmt, "->", type(e).__name__, e)
