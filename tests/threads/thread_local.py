"""threading.local: every thread sees its own attributes.

Each worker stores its own values in one shared local object, yields to the others and
checks they are still its own; a subclass's __init__ runs again, with the constructor's
arguments, in each thread that touches the object; class attributes are the defaults.
"""
import threading

data = threading.local()
data.owner = "main"
errors = []
results = {}
lock = threading.Lock()
barrier = threading.Barrier(4)


class Config(threading.local):
    limit = 10

    def __init__(self, name):
        self.name = name
        self.calls = 0

    def bump(self):
        self.calls += 1
        return self.calls


config = Config("shared")
config.bump()
config.limit = 99


def worker(k):
    seen_before = hasattr(data, "owner")
    data.owner = k
    data.items = []
    barrier.wait()
    for i in range(200):
        data.items.append(i * k)
        if data.owner != k:
            errors.append(k)
    c = (config.name, config.calls, config.limit)
    config.bump()
    config.bump()
    config.limit = k
    with lock:
        results[k] = (seen_before, len(data.items), sum(data.items), c,
                      config.calls, config.limit)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(results):
    print(k, results[k])
print("errors", errors)
print("main still sees", data.owner, config.name, config.calls, config.limit)
print("main has items", hasattr(data, "items"))
try:
    data.missing
except AttributeError as e:
    print("AttributeError:", e)
del data.owner
print("deleted", hasattr(data, "owner"))
print("__dict__", sorted(config.__dict__.items()))
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
