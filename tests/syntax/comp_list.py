# list comprehensions
print([x * x for x in range(5)])
print([(x, y) for x in range(3) for y in range(x) if x + y > 1])
print([x for x in range(20) if x % 2 if x % 3])
print([[c for c in w] for w in ['ab', 'c']])
