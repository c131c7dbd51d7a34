# Generator lifecycle: throw(), close(), GeneratorExit, try/finally inside generators, gi state.


def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("generator caught", e)
        yield "recovered"
    finally:
        print("cleanup")


g = guarded()
print(next(g))
print(g.throw(ValueError("bad value")))
try:
    next(g)
except StopIteration:
    print("exhausted")

g2 = guarded()
print(next(g2))
g2.close()
print("closed g2")


def stubborn():
    try:
        yield "a"
    except GeneratorExit:
        print("got GeneratorExit")
        raise


s = stubborn()
next(s)
s.close()


def counter():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except KeyError:
            n = 100


c = counter()
print(next(c), next(c), c.throw(KeyError), next(c))
try:
    c.throw(TypeError("unhandled"))
except TypeError as e:
    print("propagated:", e)
print(next(c, "dead"))


def empty():
    return
    yield


print(list(empty()), list(empty()))


def gen_with_return():
    yield 1
    return "result"


g3 = gen_with_return()
print(next(g3))
try:
    next(g3)
except StopIteration as e:
    print("value:", e.value)
try:
    next(g3)
except StopIteration as e:
    print("again:", e.value)
