# All four comprehension kinds, nested and conditional, with their own scopes.
matrix = [[r * 3 + c for c in range(3)] for r in range(4)]
print(matrix)
print([x for row in matrix for x in row if x % 2 == 0])
print([[row[i] for row in matrix] for i in range(3)])
print(sorted({x % 5 for x in range(20)}), sorted({c.lower() for c in "Hello World" if c.isalpha()}))
print({n: n ** 2 for n in range(6)}, {v: k for k, v in {"a": 1, "b": 2}.items()})
gen = (x * x for x in range(10) if x % 3)
print(type(gen).__name__, sum(gen), sum(gen))
print([(i, j) for i in range(4) for j in range(i) if (i + j) % 2])
print(["even" if n % 2 == 0 else "odd" for n in range(5)])
words = ["apple", "bob", "kayak", "level", "python", "noon"]
print({w: w == w[::-1] for w in words})
print([len(w) for w in words if len(w) > 3], max(len(w) for w in words))
grid = {(r, c): "#" if (r + c) % 3 == 0 else "." for r in range(3) for c in range(4)}
for r in range(3):
    print("".join(grid[(r, c)] for c in range(4)))
x = "unchanged"
result = [x for x in "abc"]
print(result, x)
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
print({k: [v for v in range(k)] for k in range(4)})
print(sum(1 for line in "a\nb\n\nc".split("\n") if line), sorted(set(w[0] for w in words)))
nested = [[1, [2, 3]], [4], [], [[5], 6]]
print([y for x in nested for y in x])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print(dict((name, len(name)) for name in ["ann", "bo"]), tuple(i for i in range(3)))
