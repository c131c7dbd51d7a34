# yield from: delegation, flattening trees, return values of subgenerators, send passing through.


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]], 8])))


def inner():
    x = yield "inner-1"
    y = yield "inner-2 got %s" % x
    return "inner done with %s" % y


def outer():
    result = yield from inner()
    yield "outer saw: " + result
    yield from range(3)
    return "outer done"


g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
print(list(g))


class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)


tree = Node("root", Node("a", Node("a1"), Node("a2")), Node("b"), Node("c", Node("c1", Node("c1x"))))
for depth, value in tree.walk():
    print("  " * depth + value)
print(max(d for d, _ in tree.walk()))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain("ab", [1, 2], (x * x for x in range(3)))))


def collect():
    total = 0
    while True:
        v = yield
        if v is None:
            return total
        total += v


def driver(results):
    while True:
        total = yield from collect()
        results.append(total)


res = []
d = driver(res)
next(d)
for v in [1, 2, 3, None, 10, 20, None]:
    d.send(v)
print(res)
