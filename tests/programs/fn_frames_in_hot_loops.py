# frames read from loops hot enough to be compiled: callers' lines and locals stay right
import sys


def caller_line():
    return sys._getframe(1).f_lineno


def caller_local(name):
    return sys._getframe(1).f_locals[name]


def loop(n):
    lines = set()
    total = 0
    for i in range(n):
        if i % 3 == 0:
            lines.add(caller_line())
        else:
            lines.add(caller_line())
        total += caller_local("i")
    return sorted(lines), total


print(loop(3000))
outer = None


def remember():
    global outer
    outer = sys._getframe(1)


def watched(n):
    remember()
    seen = []
    acc = 0
    for i in range(n):
        acc += i
        if i % 500 == 0:
            seen.append((outer.f_lineno, outer.f_locals["acc"], outer.f_code.co_name))
    return seen


print(watched(3000))


def depth_of_stack():
    f = sys._getframe()
    d = 0
    while f is not None:
        d += 1
        f = f.f_back
    return d


def recurse(k):
    if k == 0:
        return depth_of_stack()
    return recurse(k - 1)


print([recurse(k) for k in range(0, 900, 150)])
