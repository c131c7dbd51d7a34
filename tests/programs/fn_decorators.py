# Decorators: with and without arguments, stacking, preserving metadata via functools.wraps, timing-free tracing.
import functools

calls = []


def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        calls.append("%s%r" % (fn.__name__, args))
        return fn(*args, **kwargs)
    return wrapper


def repeat(times):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorate


def validate(**types):
    def decorate(fn):
        def wrapper(**kwargs):
            for name, t in types.items():
                if not isinstance(kwargs.get(name), t):
                    raise TypeError("%s must be %s" % (name, t.__name__))
            return fn(**kwargs)
        return wrapper
    return decorate


@trace
def add(a, b):
    """Add two things."""
    return a + b


@repeat(3)
@trace
def greet(name):
    return "hi " + name


@validate(name=str, age=int)
def person(name, age):
    return "%s (%d)" % (name, age)


print(add(2, 3), add("x", "y"), add.__name__, add.__doc__)
print(greet("bob"), greet.__name__)
print(calls)
print(person(name="ann", age=30))
try:
    person(name="ann", age="old")
except TypeError as e:
    print("TypeError:", e)


def counted(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper


@counted
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(15), fib.calls)


class Registry:
    def __init__(self):
        self.handlers = {}

    def on(self, event):
        def decorate(fn):
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return decorate

    def fire(self, event, *args):
        return [h(*args) for h in self.handlers.get(event, [])]


bus = Registry()


@bus.on("save")
def log_save(x):
    return "logged " + x


@bus.on("save")
@bus.on("load")
def audit(x):
    return "audited " + x


print(bus.fire("save", "doc"), bus.fire("load", "img"), bus.fire("none"))
