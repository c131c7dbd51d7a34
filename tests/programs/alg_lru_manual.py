# An LRU cache written by hand with a dict and a doubly linked list; compared with a simple model.


class _Entry:
    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.head = _Entry(None, None)
        self.tail = _Entry(None, None)
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = self.misses = 0

    def _unlink(self, e):
        e.prev.next = e.next
        e.next.prev = e.prev

    def _push_front(self, e):
        e.next = self.head.next
        e.prev = self.head
        self.head.next.prev = e
        self.head.next = e

    def get(self, key, default=None):
        e = self.map.get(key)
        if e is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(e)
        self._push_front(e)
        return e.value

    def put(self, key, value):
        e = self.map.get(key)
        if e is not None:
            e.value = value
            self._unlink(e)
            self._push_front(e)
            return
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
        e = _Entry(key, value)
        self.map[key] = e
        self._push_front(e)

    def keys(self):
        out = []
        e = self.head.next
        while e is not self.tail:
            out.append(e.key)
            e = e.next
        return out


cache = LRUCache(3)
model = []
ops = [("put", "a", 1), ("put", "b", 2), ("get", "a"), ("put", "c", 3), ("put", "d", 4),
       ("get", "b"), ("get", "c"), ("put", "a", 10), ("get", "d"), ("put", "e", 5), ("get", "a")]
for op in ops:
    if op[0] == "put":
        cache.put(op[1], op[2])
        if op[1] in model:
            model.remove(op[1])
        elif len(model) >= 3:
            model.pop()
        model.insert(0, op[1])
        print("put", op[1], cache.keys())
    else:
        v = cache.get(op[1], "miss")
        if op[1] in model:
            model.remove(op[1])
            model.insert(0, op[1])
        print("get", op[1], "->", v, cache.keys())
    assert cache.keys() == model
print("hits", cache.hits, "misses", cache.misses)
