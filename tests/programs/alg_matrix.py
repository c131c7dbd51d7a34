# Matrices as lists of lists: multiply, transpose, determinant, identity, power, Gaussian elimination.


def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))]
            for i in range(len(a))]


def transpose(m):
    return [list(row) for row in zip(*m)]


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def mat_pow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result


def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for j in range(len(m)):
        minor = [row[:j] + row[j + 1:] for row in m[1:]]
        total += (-1) ** j * m[0][j] * det(minor)
    return total


def solve(a, b):
    n = len(a)
    m = [list(map(float, row)) + [float(v)] for row, v in zip(a, b)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col])]
    return [round(m[i][n] / m[i][i], 9) for i in range(n)]


A = [[1, 2], [3, 4]]
B = [[5, 6, 7], [8, 9, 10]]
print(matmul(A, B), transpose(B), identity(3))
print(mat_pow([[1, 1], [1, 0]], 50)[0][1], mat_pow(A, 5))
print(det(A), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)))
print(solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]))
for row in matmul(transpose(B), B):
    print(" ".join("%4d" % x for x in row))
M = [[(i * 7 + j * 3) % 10 for j in range(4)] for i in range(4)]
print(M, det(M), [sum(col) for col in zip(*M)], [max(row) for row in M])
print([[row[i] for row in M] for i in range(4)] == transpose(M))
