# Generators keeping state between calls: ids, round-robin scheduling, sliding windows, batching.


def id_maker(prefix):
    n = 0
    while True:
        n += 1
        yield "%s-%03d" % (prefix, n)


ids = id_maker("task")
print([next(ids) for _ in range(3)])


def round_robin(*queues):
    gens = [iter(q) for q in queues]
    while gens:
        alive = []
        for g in gens:
            try:
                yield next(g)
                alive.append(g)
            except StopIteration:
                pass
        gens = alive


print(list(round_robin("abc", [1, 2], "XYZW")))


def window(seq, size):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)


print(list(window(range(7), 3)))
print([sum(w) / len(w) for w in window([4, 8, 15, 16, 23, 42], 2)])


def batches(seq, n):
    batch = []
    for x in seq:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch


for b in batches(range(11), 4):
    print(b)


def scheduler(tasks):
    queue = list(tasks)
    step = 0
    while queue:
        name, gen = queue.pop(0)
        try:
            value = next(gen)
            print("step %d: %s -> %s" % (step, name, value))
            queue.append((name, gen))
        except StopIteration as stop:
            print("step %d: %s finished (%s)" % (step, name, stop.value))
        step += 1


def worker(n):
    for i in range(n):
        yield i * n
    return "did %d" % n


scheduler([("w2", worker(2)), ("w3", worker(3)), ("w1", worker(1))])
