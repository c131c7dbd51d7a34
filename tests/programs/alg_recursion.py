# Classic recursion: Hanoi, permutations, power set, n-queens, Ackermann, flood fill.


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)


moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:5])


def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append(items[i:i + 1] + rest)
    return out


print(permutations("abc"), len(permutations([1, 2, 3, 4, 5])))


def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]


print(sorted(power_set([1, 2, 3]), key=lambda x: (len(x), x)))


def queens(n):
    solutions = []

    def place(row, cols, d1, d2, board):
        if row == n:
            solutions.append(board[:])
            return
        for c in range(n):
            if c in cols or row + c in d1 or row - c in d2:
                continue
            board.append(c)
            place(row + 1, cols | {c}, d1 | {row + c}, d2 | {row - c}, board)
            board.pop()
    place(0, set(), set(), set(), [])
    return solutions


sols = queens(6)
print(len(sols), sols[0], len(queens(8)))
for c in sols[0]:
    print("".join("Q" if i == c else "." for i in range(6)))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print([ackermann(2, n) for n in range(5)], ackermann(3, 3))

grid = [list(row) for row in ["..##....", ".#..#...", ".#..#.##", "..##..#.", "......#."]]


def fill(r, c, ch):
    if r < 0 or r >= len(grid) or c < 0 or c >= len(grid[0]) or grid[r][c] != ".":
        return 0
    grid[r][c] = ch
    return 1 + fill(r + 1, c, ch) + fill(r - 1, c, ch) + fill(r, c + 1, ch) + fill(r, c - 1, ch)


print(fill(1, 2, "o"), fill(0, 0, "x"), fill(3, 7, "z"))
for row in grid:
    print("".join(row))
