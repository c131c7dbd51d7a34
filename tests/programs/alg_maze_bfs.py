# Solving a text maze with BFS, marking the shortest path, and counting reachable cells with DFS.
from collections import deque

MAZE = """\
##########
#S.....#.#
#.##.#.#.#
#.#..#...#
#.#.####.#
#...#..#.#
###.#.##.#
#.....#..#
#.###...E#
##########"""

grid = [list(row) for row in MAZE.split("\n")]
rows, cols = len(grid), len(grid[0])
start = end = None
for r in range(rows):
    for c in range(cols):
        if grid[r][c] == "S":
            start = (r, c)
        elif grid[r][c] == "E":
            end = (r, c)

prev = {start: None}
queue = deque([start])
while queue:
    cur = queue.popleft()
    if cur == end:
        break
    r, c = cur
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nxt = (r + dr, c + dc)
        if grid[nxt[0]][nxt[1]] != "#" and nxt not in prev:
            prev[nxt] = cur
            queue.append(nxt)

path = []
node = end
while node is not None:
    path.append(node)
    node = prev[node]
path.reverse()
print("path length:", len(path) - 1)
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
seen = set()
stack = [start]
while stack:
    r, c = stack.pop()
    if (r, c) in seen or grid[r][c] == "#":
        continue
    seen.add((r, c))
    stack.extend([(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)])
print("reachable cells:", len(seen), "explored by BFS:", len(prev))
