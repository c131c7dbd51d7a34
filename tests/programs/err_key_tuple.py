# Ends with a KeyError whose key is a tuple.
grid = {(0, 0): "start", (1, 0): "path"}
print(grid[(1, 0)])
grid[(2, 3)]
