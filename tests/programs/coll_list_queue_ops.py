# Lists used as queues and sorted buffers: pop(0), pop(i), insert(0, x), insert(i, x)
# and del on long lists, checked against a model built another way.


def bfs_order(n):
    """Breadth-first numbering of the implicit binary tree 1..n with a list as queue."""
    queue = [1]
    order = []
    while queue:
        node = queue.pop(0)
        order.append(node)
        for child in (2 * node, 2 * node + 1):
            if child <= n:
                queue.append(child)
    return order


order = bfs_order(5000)
print(len(order), order[:8], order[-3:], order == list(range(1, 5001)))

# a sorted buffer kept with insert(i, x) at the right place
buf = []
x = 7
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    v = x % 10007
    lo, hi = 0, len(buf)
    while lo < hi:
        mid = (lo + hi) // 2
        if buf[mid] < v:
            lo = mid + 1
        else:
            hi = mid
    buf.insert(lo, v)
print(len(buf), buf[:5], buf[-5:], buf == sorted(buf))

# pops and inserts at the front, in the middle and near the end of a long list
items = list(range(2000))
model = list(range(2000))
taken = []
for k in range(1500):
    i = (k * 37) % len(items)
    taken.append(items.pop(i))
    model = model[:i] + model[i + 1:]
    if k % 3 == 0:
        items.insert(0, -k)
        model = [-k] + model
    elif k % 3 == 1:
        j = len(items) // 2
        items.insert(j, k * 1000)
        model = model[:j] + [k * 1000] + model[j:]
print(items == model, len(items), sum(taken), taken[:6], items[:6])

# del of single items and the front-drain of a list of objects
rows = [[r, str(r)] for r in range(3000)]
while len(rows) > 10:
    del rows[0]
    rows.pop(len(rows) // 3)
print(rows)
try:
    [].pop(0)
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].pop(5)
except IndexError as e:
    print("IndexError:", e)
