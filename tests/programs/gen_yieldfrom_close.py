# Closing a generator pipeline built with `yield from`: close() reaches the innermost generator first (its finally and GeneratorExit handlers run), errors raised while closing propagate
log = []


def reader(name, lines):
    log.append(f"open {name}")
    try:
        for line in lines:
            yield line
    except GeneratorExit:
        log.append(f"{name}: GeneratorExit")
        raise
    finally:
        log.append(f"close {name}")


def numbered(name, lines):
    try:
        n = yield from reader(name, lines)
        log.append(f"reader returned {n}")
    finally:
        log.append(f"numbered({name}) done")


def concat(*sources):
    for name, lines in sources:
        yield from numbered(name, lines)


pipe = concat(("a.txt", ["a1", "a2"]), ("b.txt", ["b1", "b2", "b3"]))
print(next(pipe), next(pipe), next(pipe))
pipe.close()
print("\n".join(log))
print(list(pipe))
log.clear()


def stubborn():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")


def wrapper():
    try:
        yield from stubborn()
    except ValueError as e:
        log.append(f"wrapper saw {e}")
        raise


w = wrapper()
next(w)
try:
    w.close()
except ValueError as e:
    print("close raised:", e)
print(log)


class Source:
    def __init__(self):
        self.items = iter([1, 2, 3])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.items)

    def close(self):
        print("Source.close called")


def over_source():
    yield from Source()


g = over_source()
print(next(g))
g.close()
print("done")
