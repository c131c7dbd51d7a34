# collections.deque: queue and stack use, maxlen windows, rotate, appendleft/extendleft, indexing.
from collections import deque

q = deque()
for i in range(5):
    q.append(i)
q.appendleft(-1)
print(q, len(q), q[0], q[-1], q[2])
print(q.popleft(), q.pop(), q)
q.extend([10, 11])
q.extendleft("ab")
print(q)
q.rotate(2)
print(q)
q.rotate(-3)
print(q)
last3 = deque(maxlen=3)
for x in range(7):
    last3.append(x)
    print(list(last3), end=" ")
print()
print(last3, last3.maxlen)
last3.appendleft("L")
print(last3)
d = deque([1, 2, 3, 2, 1])
print(d.count(2), d.index(3), 2 in d, 9 in d, list(reversed(d)))
d.remove(2)
d.insert(1, "x")
d[0] = "first"
del d[-1]
print(d, d == deque(["first", "x", 3, 2]))
d.reverse()
print(d, d.copy(), deque("abc", maxlen=2))
d.clear()
print(d, bool(d))
try:
    d.pop()
except IndexError as e:
    print("IndexError:", e)


def moving_average(values, n):
    window = deque(maxlen=n)
    out = []
    for v in values:
        window.append(v)
        out.append(round(sum(window) / len(window), 2))
    return out


print(moving_average([10, 20, 30, 40, 50, 60], 3))
josephus = deque(range(1, 11))
order = []
while josephus:
    josephus.rotate(-2)
    order.append(josephus.popleft())
print(order)
