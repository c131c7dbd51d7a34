# Generators as coroutines: send(), priming, running averages, return values via StopIteration.


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)


avg = averager()
print(next(avg))
for v in [10, 20, 30, 45]:
    print("sent", v, "->", avg.send(v))
try:
    avg.send(None)
except StopIteration as e:
    print("finished with", e.value)


def accumulate_words():
    words = []
    while True:
        w = yield len(words)
        if w == "":
            return " ".join(words)
        words.append(w)


acc = accumulate_words()
acc.send(None)
for w in ["generators", "can", "return", "values"]:
    acc.send(w)
try:
    acc.send("")
except StopIteration as stop:
    print(repr(stop.value))


def echo():
    received = []
    try:
        while True:
            x = yield
            received.append(x)
    finally:
        print("echo closing with", received)


e = echo()
next(e)
e.send(1)
e.send("two")
e.close()
print("closed")


def ticker(n):
    for i in range(n):
        cmd = yield i
        if cmd == "skip":
            yield "skipped"


t = ticker(4)
print(next(t), t.send("skip"), next(t), next(t), list(t))
