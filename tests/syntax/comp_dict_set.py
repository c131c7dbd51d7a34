# dict and set comprehensions
print({k: v for k, v in zip('abc', range(3))})
print({k: [v] for k in 'xy' for v in (1, 2)})
print(sorted({x % 3 for x in range(10)}))
