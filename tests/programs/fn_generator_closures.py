# Closures and generators together: generator factories, shared counters, and stateful filters.


def make_ticker(start, step):
    count = [0]

    def ticks(n):
        value = start
        for _ in range(n):
            count[0] += 1
            yield value
            value += step

    def total():
        return count[0]
    return ticks, total


ticks, total = make_ticker(10, 5)
print(list(ticks(3)), list(ticks(2)), total())


def dedupe_filter():
    seen = set()

    def keep(x):
        if x in seen:
            return False
        seen.add(x)
        return True
    return keep


keep = dedupe_filter()
print(list(filter(keep, [3, 1, 3, 2, 1, 4])), list(filter(keep, [4, 5, 1])))


def pipeline(*stages):
    def run(items):
        for stage in stages:
            items = stage(items)
        return items
    return run


def evens(items):
    return (x for x in items if x % 2 == 0)


def squares(items):
    return (x * x for x in items)


def limit(n):
    def stage(items):
        for i, x in enumerate(items):
            if i >= n:
                return
            yield x
    return stage


run = pipeline(evens, squares, limit(4))
print(list(run(range(100))), list(run([1, 3, 5])), list(pipeline()([7, 8])))


def counter_gen():
    n = 0
    while True:
        reset = yield n
        n = 0 if reset else n + 1


c = counter_gen()
print(next(c), next(c), next(c), c.send(True), next(c))
