# The abelian sandpile: drop grains in the centre, topple cells with 4+ grains, print the pattern.
N = 9
grid = [[0] * N for _ in range(N)]
topples = 0
for grain in range(300):
    grid[N // 2][N // 2] += 1
    unstable = True
    while unstable:
        unstable = False
        for r in range(N):
            for c in range(N):
                if grid[r][c] >= 4:
                    grid[r][c] -= 4
                    topples += 1
                    unstable = True
                    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                        rr, cc = r + dr, c + dc
                        if 0 <= rr < N and 0 <= cc < N:
                            grid[rr][cc] += 1
for row in grid:
    print("".join(" .:#"[v] for v in row))
print("topples:", topples, "grains left:", sum(map(sum, grid)))
print("symmetric:", grid == grid[::-1] and grid == [row[::-1] for row in grid])
