# A backtracking Sudoku solver with candidate elimination on an easy puzzle.
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""

grid = [[int(ch) if ch != "." else 0 for ch in line] for line in PUZZLE.split()]


def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(9)}
    br, bc = r // 3 * 3, c // 3 * 3
    used |= {g[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]


steps = [0]


def solve(g):
    best = None
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                cands = candidates(g, r, c)
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
    if best is None:
        return True
    r, c, cands = best
    for d in cands:
        steps[0] += 1
        g[r][c] = d
        if solve(g):
            return True
    g[r][c] = 0
    return False


print(solve(grid), "placements:", steps[0])
for r in range(9):
    print(" ".join("".join(map(str, grid[r][c:c + 3])) for c in (0, 3, 6)))
ok = all(sorted(row) == list(range(1, 10)) for row in grid)
ok = ok and all(sorted(col) == list(range(1, 10)) for col in zip(*grid))
print("valid:", ok)
