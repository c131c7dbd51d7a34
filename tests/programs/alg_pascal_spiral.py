# Grids of numbers: Pascal's triangle, a spiral matrix, a magic square, and matrix rotation.


def pascal(n):
    rows = [[1]]
    for _ in range(n - 1):
        prev = rows[-1]
        rows.append([1] + [a + b for a, b in zip(prev, prev[1:])] + [1])
    return rows


for row in pascal(8):
    print(" ".join(str(v) for v in row).center(40).rstrip())


def spiral(n):
    grid = [[0] * n for _ in range(n)]
    r, c, dr, dc = 0, 0, 0, 1
    for k in range(1, n * n + 1):
        grid[r][c] = k
        nr, nc = r + dr, c + dc
        if not (0 <= nr < n and 0 <= nc < n) or grid[nr][nc]:
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return grid


for row in spiral(5):
    print(" ".join("%2d" % v for v in row))


def magic(n):
    sq = [[0] * n for _ in range(n)]
    r, c = 0, n // 2
    for k in range(1, n * n + 1):
        sq[r][c] = k
        nr, nc = (r - 1) % n, (c + 1) % n
        if sq[nr][nc]:
            nr, nc = (r + 1) % n, c
        r, c = nr, nc
    return sq


m = magic(5)
sums = {sum(row) for row in m} | {sum(col) for col in zip(*m)}
sums |= {sum(m[i][i] for i in range(5)), sum(m[i][4 - i] for i in range(5))}
print(m[0], sorted(sums))
rot = [list(row) for row in zip(*spiral(3)[::-1])]
print(rot, [row[::-1] for row in spiral(3)])
