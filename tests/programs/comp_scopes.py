# Comprehension scoping: loop variables don't leak, class-body comprehensions, closures over loop vars.
x = "module x"
squares = [x * x for x in range(5)]
print(squares, x)
evens = {x for x in range(10) if x % 2 == 0}
print(sorted(evens), x)
lookup = {x: x * 2 for x in "ab"}
print(lookup, x)
gen = (x for x in [1, 2])
print(list(gen), x)


class Table:
    size = 3
    rows = [[0] * 3 for _ in range(3)]
    labels = [str(i) for i in range(3)]

    def scaled(self, k):
        return [v * k for v in range(self.size)]


print(Table.rows, Table.labels, Table().scaled(10))
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [(lambda j: lambda: j)(i) for i in range(3)]
print([f() for f in funcs2])


def outer():
    factor = 10
    return [n * factor for n in range(3)], {n: factor for n in "xy"}


print(outer())
total = 0
values = [total + v for v in range(4)]
print(values)
matrix = [[1, 2], [3, 4]]
print([[row[i] for row in matrix] for i in range(2)], [v for row in matrix for v in row if v != 2])
print(sum(x for x in range(101)), max((len(w), w) for w in ["aa", "b", "ccc"]))
names = ["ann", "bob"]
print({n: [c for c in n if c != "n"] for n in names})
