# Starred expressions in subscripts (3.11): the index becomes a tuple built with unpacking
class Grid:
    """A sparse n-dimensional grid indexed by tuples."""

    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        return self.cells.get(key, '.')

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]


class Echo:
    def __getitem__(self, key):
        return key


g = Grid()
origin = (0, 0)
g[*origin] = 'o'
for x in range(3):
    row = (x, x * 2)
    g[*row] = str(x)
g[1, *[5]] = 'z'
print(sorted(g.cells.items()))
print(g[*origin], g[2, *(4,)], g[*(9, 9)])
del g[*(1, 2)]
print(sorted(g.cells))

e = Echo()
b = [1, 2]
print(e[*b])
print(e[0, *b])
print(e[*b, 3, *'xy'])
print(e[*b,])
print(e[1:2, *b, ::3])
print(e[*b or [0]])
print(e[*(c * 2 for c in 'ab')])
print(e[*range(3)], e[*'q'])
counts = {}
for word in 'a b a c b a'.split():
    key = (word, len(word))
    counts[*key] = counts.get(key, 0) + 1
print(sorted(counts.items()))
m = {(1, 2): 10}
m[*b] += 5
print(m)
