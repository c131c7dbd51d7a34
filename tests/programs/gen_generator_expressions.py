# Generator expressions passed to functions: sum, any/all short-circuit, min/max, sorted, dict(), join.
calls = []


def check(x):
    calls.append(x)
    return x > 3


data = [1, 5, 2, 8, 3]
print(any(check(x) for x in data), calls)
calls.clear()
print(all(check(x) for x in data), calls)
calls.clear()
print(sum(x * x for x in data), max(x % 5 for x in data), min((x for x in data), default=None))
print(sorted((x for x in data if x % 2), reverse=True), dict((str(x), x) for x in data[:2]))
print(", ".join(str(x) for x in data), tuple(x for x in "abc"), set(x % 2 for x in data) == {0, 1})
g = (x * 10 for x in data)
print(next(g), next(g), 20 in g, list(g))
nested = sum(sum(row) for row in [[1, 2], [3], []])
print(nested, list(zip((a for a in "xyz"), (b for b in range(10)))))
total = 0
for chunk in (data[i:i + 2] for i in range(0, len(data), 2)):
    total += len(chunk)
    print(chunk, end=" ")
print(total)
lazy = (1 // x for x in [1, 2, 0, 4])
print(next(lazy), next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(lazy))
