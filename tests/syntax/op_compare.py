# comparisons, chained
a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 != b, a <= 1 >= 0, a is not None, b in [2], c not in (1, 2))
print(not a, not a == b, a is a, [1] == [1], 'x' < 'y' <= 'y')
