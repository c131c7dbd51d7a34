# exec() and eval() of a function's code object that uses variables of an enclosing
# function: CPython's TypeError, not a crash; code objects without free variables run.


def outer():
    x = 1
    y = 2

    def inner():
        return x + y
    return inner


def plain():
    return 42


code = outer().__code__
print(code.co_freevars)
for run in (exec, eval):
    try:
        run(code)
    except TypeError as e:
        print(run.__name__, "TypeError:", e)
    try:
        run(code, {})
    except TypeError as e:
        print(run.__name__, "with globals, TypeError:", e)
    try:
        run(code, 5)
    except TypeError as e:
        print(run.__name__, "bad globals, TypeError:", e)

print(eval(plain.__code__))
print(exec(plain.__code__))
ns = {}
exec(compile("a = 6 * 7", "<s>", "exec"), ns)
print(ns["a"])


def cells():
    a = 1
    b = [2]

    def use():
        return a, b
    return use


print(cells.__code__.co_cellvars, cells.__code__.co_freevars)
print(cells().__code__.co_cellvars, cells().__code__.co_freevars)
print(plain.__code__.co_cellvars, plain.__code__.co_freevars)

# the namespaces' checks, in CPython's order
for g, l in ((5, None), ([1], None), ({}, 5), (5, 5), ("s", None), ({}, {})):
    for run in (eval, exec):
        try:
            run("1", g, l)
            print(run.__name__, "ran")
        except TypeError as e:
            print(run.__name__, type(g).__name__, type(l).__name__, "TypeError:", e)
