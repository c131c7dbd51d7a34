"""heapq: the binary min-heap algorithms on plain lists (heap[k] <= heap[2k+1], heap[2k+2]).

minipy's own pure-Python version of CPython's `heapq`; the sift order is the one CPython
uses, so heaps built here hold their items in the same positions as CPython's.
"""


def _sift_toward_root(heap, top, pos):
    """Move heap[pos] up until its parent is not larger (stops at index top)."""
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_to_leaf(heap, pos):
    """Move the smaller child up until a leaf is reached, then settle heap[pos] there."""
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


def _check_list(heap, fname, position):
    if not isinstance(heap, list):
        raise TypeError("%s() argument%s must be list, not %s"
                        % (fname, position, type(heap).__name__))


def heappush(heap, item):
    """Push item onto heap, keeping the heap invariant."""
    _check_list(heap, "heappush", " 1")
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop and return the smallest item of heap."""
    _check_list(heap, "heappop", "")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_to_leaf(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Pop the smallest item, then push item (the heap never shrinks)."""
    _check_list(heap, "heapreplace", " 1")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_to_leaf(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item, then pop the smallest item (faster than the two calls)."""
    _check_list(heap, "heappushpop", " 1")
    if heap and heap[0] < item:
        smallest = heap[0]
        heap[0] = item
        _sift_to_leaf(heap, 0)
        return smallest
    return item


def heapify(x):
    """Turn list x into a heap, in place, in linear time."""
    _check_list(x, "heapify", "")
    i = len(x) // 2 - 1
    while i >= 0:
        _sift_to_leaf(x, i)
        i -= 1


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted stream (ties keep the order of the inputs)."""
    sources = []
    for it in iterables:
        sources.append(iter(it))
    heads = []
    alive = []
    for src in sources:
        try:
            value = next(src)
        except StopIteration:
            continue
        heads.append(value)
        alive.append(src)
    while alive:
        best = 0
        best_key = heads[0] if key is None else key(heads[0])
        i = 1
        while i < len(alive):
            k = heads[i] if key is None else key(heads[i])
            if reverse:
                if best_key < k:
                    best = i
                    best_key = k
            elif k < best_key:
                best = i
                best_key = k
            i += 1
        yield heads[best]
        try:
            heads[best] = next(alive[best])
        except StopIteration:
            del heads[best]
            del alive[best]


def nsmallest(n, iterable, key=None):
    """The n smallest items: the same list as sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items: the same list as sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
