# Forwarding arguments through wrappers: *args/**kwargs pass-through, defaults, overriding keyword values.


def connect(host, port=80, *, timeout=10, retries=3, **extra):
    opts = ", ".join("%s=%r" % kv for kv in sorted(extra.items()))
    return "connect(%s:%d, timeout=%d, retries=%d%s)" % (host, port, timeout, retries, ", " + opts if opts else "")


def with_defaults(fn, **defaults):
    def wrapper(*args, **kwargs):
        merged = dict(defaults)
        merged.update(kwargs)
        return fn(*args, **merged)
    return wrapper


def logged(fn):
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + ["%s=%r" % (k, kwargs[k]) for k in sorted(kwargs)]
        print("calling %s(%s)" % (fn.__name__, ", ".join(parts)))
        return fn(*args, **kwargs)
    return wrapper


quick = with_defaults(connect, timeout=1, retries=0)
print(quick("example.org"))
print(quick("example.org", 8080, retries=5))
print(logged(connect)("db", 5432, secure=True, timeout=3))
print(logged(quick)("cache", user="admin"))
args = ("mail", 25)
kwargs = {"timeout": 30, "tls": False}
print(connect(*args, **kwargs))
try:
    connect("x", 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    connect()
except TypeError as e:
    print("TypeError:", e)


def collect(*args, **kwargs):
    return args, kwargs


print(collect(), collect(1, *[2, 3], a=1, **{"b": 2}), collect(*"ab", **dict(c=3)))
