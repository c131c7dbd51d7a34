# inspect.signature: str() of signatures (defaults, annotations, / and * markers), Parameter kinds, bind/bind_partial, BoundArguments, partials and wrapped functions
import inspect
import functools
from inspect import Parameter, Signature


def plain(a, b, c):
    pass


def defaults(a, b=2, c="three", d=None, e=(1, 2), f=[1], g={'k': 1.5}):
    pass


def everything(a, b=2, /, c=3, *args, d, e=5, **kw) -> int:
    return 1


def annotated(x: int, y: str = "hi", *rest: float, z: list[int] = None, **opts: dict) -> "Result":
    pass


def kwonly(*, a, b=1):
    pass


def posonly(a, b, /):
    pass


def varonly(*args, **kwargs):
    pass


class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def move(self, dx, dy=0, *, scale=1):
        pass

    @classmethod
    def origin(cls, z=None):
        pass

    @staticmethod
    def helper(u, v):
        pass

    def __call__(self, factor):
        pass


class Meta(type):
    def __call__(cls, alpha, beta=1):
        return super().__call__()


class WithMeta(metaclass=Meta):
    pass


class NewOnly:
    def __new__(cls, n, *, flag=False):
        return super().__new__(cls)


for f in (plain, defaults, everything, annotated, kwonly, posonly, varonly,
          lambda: 0, lambda x, *y: 0, Point, Point.move, Point(1).move, Point.origin,
          Point.helper, Point(1), WithMeta, NewOnly):
    print(getattr(f, "__name__", type(f).__name__), inspect.signature(f))

sig = inspect.signature(everything)
print(repr(sig))
for name, p in sig.parameters.items():
    print(name, p.kind, repr(p.kind), int(p.kind), p.kind.description,
          p.default is Parameter.empty, p.annotation is Parameter.empty, repr(p))
print(sig.return_annotation)
print(inspect.signature(plain).return_annotation is Signature.empty)
print(Parameter.empty, Signature.empty is Parameter.empty)
print(list(inspect.signature(annotated).parameters))
print(inspect.signature(annotated).parameters['y'].default)

# bind
s = inspect.signature(everything)
for args, kwargs in [((1,), {'d': 4}), ((1, 2, 3, 4, 5), {'d': 6, 'x': 7}),
                     ((1,), {'c': 9, 'd': 0, 'zz': 1})]:
    ba = s.bind(*args, **kwargs)
    print(ba, ba.arguments, ba.args, ba.kwargs)
    ba.apply_defaults()
    print(ba, ba.args, ba.kwargs)

tries = [
    (plain, (1, 2), {}),
    (plain, (1, 2, 3, 4), {}),
    (plain, (1,), {'b': 2, 'c': 3}),
    (plain, (1, 2), {'a': 3}),
    (plain, (1, 2, 3), {'q': 0}),
    (posonly, (1,), {'b': 2}),
    (posonly, (), {}),
    (kwonly, (1,), {}),
    (kwonly, (), {'b': 2}),
    (kwonly, (), {'a': 1}),
    (everything, (1,), {}),
    (everything, (), {'a': 1, 'd': 2}),
    (varonly, (1, 2), {'x': 3}),
    (defaults, (), {'a': 0, 'g': 5}),
]
for fn, args, kwargs in tries:
    s = inspect.signature(fn)
    for method in (s.bind, s.bind_partial):
        try:
            ba = method(*args, **kwargs)
            print(fn.__name__, method.__name__, ba, ba.args, ba.kwargs)
        except TypeError as e:
            print(fn.__name__, method.__name__, "TypeError:", e)

ba = inspect.signature(varonly).bind_partial()
ba.apply_defaults()
print(ba, ba.args, ba.kwargs)
ba = inspect.signature(plain).bind_partial(1, c=3)
print(ba.args, ba.kwargs)
print(plain(*ba.args, b=2, **ba.kwargs))
print(inspect.signature(plain).bind(1, 2, 3) == inspect.signature(plain).bind(1, 2, c=3))

# building signatures by hand
params = [Parameter('a', Parameter.POSITIONAL_ONLY),
          Parameter('b', Parameter.POSITIONAL_OR_KEYWORD, default=1.5),
          Parameter('c', Parameter.VAR_POSITIONAL, annotation=int),
          Parameter('d', Parameter.KEYWORD_ONLY, default='x', annotation=str),
          Parameter('e', Parameter.VAR_KEYWORD)]
s = Signature(params, return_annotation=bool)
print(s, s == Signature(params, return_annotation=bool), s == inspect.signature(plain))
print(hash(s) == hash(Signature(params, return_annotation=bool)))
print(s.replace(return_annotation=Signature.empty))
print(s.replace(parameters=params[:2]))
p = params[1].replace(name='bb', default=None)
print(p, repr(p), p == params[1], p.replace() == p)
print(Signature())
print(Signature([Parameter('x', Parameter.KEYWORD_ONLY)]))
for bad in ([params[1], params[0]], [params[3], params[1]],
            [Parameter('a', Parameter.POSITIONAL_OR_KEYWORD, default=1),
             Parameter('b', Parameter.POSITIONAL_OR_KEYWORD)],
            [params[0], params[0]]):
    try:
        Signature(bad)
    except ValueError as e:
        print("ValueError:", e)
for args, kw in [(('a b', Parameter.POSITIONAL_ONLY), {}),
                 (('def', Parameter.POSITIONAL_ONLY), {}),
                 ((1, Parameter.POSITIONAL_ONLY), {}),
                 (('a', 9), {}),
                 (('a', Parameter.VAR_POSITIONAL), {'default': 3})]:
    try:
        Parameter(*args, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# partials and wrapped functions
print(inspect.signature(functools.partial(plain, 1)))
print(inspect.signature(functools.partial(plain, b=1)))
print(inspect.signature(functools.partial(defaults, 1, 2, f=0)))
print(inspect.signature(functools.partial(everything, 1, d=2)))


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def wrapped(p, q=10, *, r):
    pass


print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))
print(inspect.unwrap(wrapped) is wrapped.__wrapped__)
print(Signature.from_callable(wrapped))


def custom():
    pass


custom.__signature__ = Signature([Parameter('zz', Parameter.KEYWORD_ONLY, default=0)])
print(inspect.signature(custom))

for bad in (3, "text"):
    try:
        inspect.signature(bad)
    except TypeError as e:
        print("TypeError:", e)
