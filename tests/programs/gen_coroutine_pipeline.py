# Push-based pipelines built from generator coroutines with send(): filter, map, collect, broadcast.


def coroutine(fn):
    def start(*args):
        gen = fn(*args)
        next(gen)
        return gen
    return start


@coroutine
def collector(out):
    while True:
        item = yield
        out.append(item)


@coroutine
def mapper(fn, target):
    while True:
        target.send(fn((yield)))


@coroutine
def only(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)


@coroutine
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)


@coroutine
def running_max(out):
    best = None
    while True:
        item = yield
        if best is None or item > best:
            best = item
        out.append(best)


evens, squares, maxes = [], [], []
pipe = broadcast([only(lambda n: n % 2 == 0, collector(evens)),
                  mapper(lambda n: n * n, collector(squares)),
                  running_max(maxes)])
for n in [3, 8, 1, 6, 9, 2]:
    pipe.send(n)
print(evens, squares, maxes)
words = []
tokenizer = mapper(str.lower, only(str.isalpha, collector(words)))
for token in "The 3 Quick brown F0X jumps".split():
    tokenizer.send(token)
print(words)
pipe.close()
print("closed")
