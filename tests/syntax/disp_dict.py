# dict displays with unpacking
a = {'x': 1}
print({}, {'a': 1, 'b': 2,}, {**a, 'y': 2}, {**a, **{'z': 3}}, {1: {2: {}}})
