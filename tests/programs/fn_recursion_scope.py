# Scoping rules: LEGB lookup, shadowing builtins, class scope vs function scope, comprehension scope.
x = "global x"


def show_scopes():
    x = "local x"

    def inner():
        return x
    return inner()


print(show_scopes(), x)


def shadow():
    len = lambda s: 42
    return len("abc")


print(shadow(), len("abc"))


class Config:
    value = 10
    doubled = value * 2
    names = [n for n in ("a", "b")]

    def method(self):
        return self.value, Config.doubled


print(Config.doubled, Config().method(), Config.names)
i = "outer i"
squares = [i * i for i in range(4)]
print(squares, i)
counter = 0


def bump():
    global counter
    counter += 1


for _ in range(5):
    bump()
print(counter)


def read_global():
    return counter + 1


print(read_global())


def make():
    funcs = {}
    for name in ["a", "b"]:
        def f(n=name):
            return n.upper()
        funcs[name] = f
    return funcs


fs = make()
print(fs["a"](), fs["b"]())


def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


print(factorial(20), factorial.__name__)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(10), is_odd(7), is_even(7))
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
