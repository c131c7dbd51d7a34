# list displays with unpacking
a = [1, 2]; b = (3,)
print([], [1], [1, 2,], [*a, *b], [0, *a, 5], [[], [[]]])
