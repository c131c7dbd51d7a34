# set displays
a = [3, 1]
print(sorted({1, 2, 3}), sorted({*a, 5}), sorted({1,}), len({1, 1, 1}), set())
