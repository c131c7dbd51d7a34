# list.pop(0) as a queue: breadth-first search, drains, and every other list operation between pops
from collections import namedtuple

# breadth-first search over a grid, with list.pop(0) as the queue
W, H = 60, 40
walls = set()
for x in range(5, 55, 7):
    for y in range(0, 35):
        walls.add((x, (y + x) % H))
dist = {(0, 0): 0}
queue = [(0, 0)]
order = []
while queue:
    x, y = queue.pop(0)
    order.append((x, y))
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        n = (x + dx, y + dy)
        if 0 <= n[0] < W and 0 <= n[1] < H and n not in walls and n not in dist:
            dist[n] = dist[(x, y)] + 1
            queue.append(n)
print(len(order), max(dist.values()), order[:5], order[-3:])

# a drain, checking the rest of the list after each pop
a = list(range(100))
seen = []
while a:
    seen.append(a.pop(0))
    if len(a) % 17 == 0:
        print(len(a), a[:3], a[-2:], sum(a), a == list(range(100 - len(a), 100)))
print(seen == list(range(100)), a)

# every operation on a list whose front was popped
b = list(range(50))
for _ in range(30):
    b.pop(0)
print(b, len(b), b[0], b[-1], b[5:9], b[::-4])
b[0] = 'x'
b[-1] = 'y'
b.insert(0, 'front')
b.insert(3, 'three')
print(b)
b[2:4] = ['A', 'B', 'C']
print(b)
b[1:3] = []
print(b)
b[::2] = [i * 10 for i in range(len(b[::2]))]
print(b)
print(b.index(b[1]), b.count(10), 'y' in b, 'A' in b, b.pop(), b.pop(2), b)
del b[0]
del b[1:3]
print(b, len(b))
b.sort(key=str)
print(b)
b.reverse()
print(b, list(reversed(b)), sorted(b, key=str))
b.extend([7, 8])
b += [9]
print(b, b * 2, b + ['z'])
c = b.copy()
print(c == b, c is b, repr(c))
b.clear()
print(b, len(b))

# pops from the front and the back until empty, then reuse
d = list(range(40))
while d:
    d.pop(0)
    if d:
        d.pop()
print(d)
d.append(1)
d.append(2)
print(d, d.pop(0), d)

# pop(0) on an empty list
try:
    [].pop(0)
except IndexError as e:
    print('IndexError:', e)
e = [1]
e.pop(0)
try:
    e.pop(0)
except IndexError as exc:
    print('IndexError:', exc)

# iteration continues correctly when the loop pops the front
f = list(range(40))
for v in f:
    if v % 5 == 0 and f:
        f.pop(0)
print(f)

P = namedtuple('P', 'a b')
g = [P(i, -i) for i in range(30)]
while len(g) > 3:
    g.pop(0)
print(g, g[0].a)
