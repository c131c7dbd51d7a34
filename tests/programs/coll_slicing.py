# Slicing in depth: negative indices, steps, slice objects, slice assignment, copying, strings/tuples/ranges.
s = list(range(10))
print(s[2:7], s[:3], s[7:], s[-3:], s[:-7], s[::3], s[1::2], s[::-1], s[-2:-8:-2], s[8:2:-3])
print(s[100:], s[-100:2], s[5:5], s[7:3], s[::-100])
sl = slice(1, 8, 3)
print(s[sl], sl.start, sl.stop, sl.step, sl.indices(5), slice(None).indices(3))
t = s[:]
t[::2] = ["x"] * 5
print(t, s[:3])
u = s[:]
u[3:6] = []
u[:0] = ["front"]
u[len(u):] = ["back"]
print(u)
v = s[:]
v[1:3] = "abcd"
print(v)
del v[::2]
print(v)
try:
    s[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
text = "Hello, World"
print(text[7:], text[:5], text[::-1], text[-5:-1], text[::2], text[100:] == "")
tup = tuple(range(6))
print(tup[1:4], tup[::-2], range(20)[3:15:4], list(range(20)[::-5]), range(10)[-1])
grid = [[r * 4 + c for c in range(4)] for r in range(4)]
print([row[1:3] for row in grid[1:3]], [row[-1] for row in grid], grid[-1][::-1])
a = [1, 2, 3]
b = a[:]
b.append(4)
c = a
c.append(5)
print(a, b, a is c, a is b)
print("".join(text[i:i + 3] for i in range(0, len(text), 3)), [text[i:i + 4] for i in range(0, 12, 4)])
