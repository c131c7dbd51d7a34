# A Matrix class with operator overloading: +, -, * (scalar), @ (matmul), ==, indexing, transpose, str.


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __getitem__(self, pos):
        i, j = pos
        return self.rows[i][j]

    def __setitem__(self, pos, value):
        i, j = pos
        self.rows[i][j] = value

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __sub__(self, other):
        return Matrix([[a - b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError("shape mismatch %dx%d @ %dx%d" % (self.n, self.m, other.n, other.m))
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, e):
        result = Matrix.identity(self.n)
        for _ in range(e):
            result = result @ self
        return result

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    @property
    def T(self):
        return Matrix(zip(*self.rows))

    def __str__(self):
        width = max(len(str(v)) for r in self.rows for v in r)
        return "\n".join("[" + " ".join(str(v).rjust(width) for v in r) + "]" for r in self.rows)

    def __repr__(self):
        return "Matrix(%r)" % self.rows


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b, a - b, 2 * a, sep="\n")
print(a @ b)
print(repr(a ** 3), a @ Matrix.identity(2) == a, a.T, a[1, 0])
a[0, 0] = 10
print(repr(a), repr(Matrix([[1, 2, 3]]).T))
try:
    a @ Matrix([[1, 2, 3]])
except ValueError as e:
    print("ValueError:", e)
fib = Matrix([[1, 1], [1, 0]]) ** 30
print(fib[0, 1])
