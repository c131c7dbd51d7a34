# generator expressions
g = (x * 2 for x in range(3))
print(list(g), sum(x for x in range(10) if x & 1), list((y for y in 'ab')))
print(any(c == 'b' for c in 'abc'), tuple(i for i in range(3) for _ in range(2)))
