# Functions as objects: attributes, __name__, __doc__, __defaults__, storing functions in data structures.


def greet(name, greeting="Hello"):
    """Return a greeting."""
    return "%s, %s!" % (greeting, name)


print(greet.__name__, greet.__doc__, greet.__defaults__)
greet.calls = 0
greet.calls += 1
print(greet.calls, hasattr(greet, "calls"), callable(greet))
say = greet
print(say("ann"), say is greet, say.__name__)


def no_doc():
    pass


print(no_doc.__doc__, no_doc(), type(no_doc).__name__)
handlers = {}


def handler(name):
    def register(fn):
        handlers[name] = fn
        fn.route = "/" + name
        return fn
    return register


@handler("home")
def home():
    return "welcome"


@handler("about")
def about():
    return "about us"


for name in sorted(handlers):
    fn = handlers[name]
    print(name, fn.route, fn())
ops = [abs, str, len, lambda v: v * 2]
print([f(-3) if f is not len else f("abc") for f in ops])
print((lambda: 0).__name__, [f.__name__ for f in (abs, greet, home)])


def make_multiplier(n):
    def multiply(x):
        return x * n
    multiply.__name__ = "times_%d" % n
    return multiply


triple = make_multiplier(3)
print(triple(7), triple.__name__, make_multiplier(5)(5))
