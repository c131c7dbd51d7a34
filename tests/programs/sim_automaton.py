# Elementary cellular automata (rules 30, 90, 110) and a Langton's ant on a small grid.


def run_rule(rule, width, steps):
    cells = [0] * width
    cells[width // 2] = 1
    rows = []
    for _ in range(steps):
        rows.append("".join("#" if c else " " for c in cells).rstrip())
        cells = [(rule >> (cells[(i - 1) % width] * 4 + cells[i] * 2 + cells[(i + 1) % width])) & 1
                 for i in range(width)]
    return rows


for rule in (30, 90):
    print("rule", rule)
    for row in run_rule(rule, 31, 12):
        print(row)
print("rule 110 live cells:", [row.count("#") for row in run_rule(110, 40, 20)])

size = 11
grid = [[0] * size for _ in range(size)]
x = y = size // 2
dx, dy = 0, -1
for _ in range(200):
    if grid[y][x]:
        dx, dy = dy, -dx
    else:
        dx, dy = -dy, dx
    grid[y][x] ^= 1
    x, y = (x + dx) % size, (y + dy) % size
for row in grid:
    print("".join(".#"[c] for c in row))
print("black cells:", sum(map(sum, grid)), "ant at", (x, y))
