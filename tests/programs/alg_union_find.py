# Union-find with path compression; Kruskal's minimum spanning tree; counting islands.


class DisjointSet:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.size = {x: 1 for x in items}

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        return True

    def groups(self):
        out = {}
        for x in self.parent:
            out.setdefault(self.find(x), []).append(x)
        return sorted(sorted(g) for g in out.values())


edges = [(7, "a", "b"), (5, "a", "d"), (8, "b", "c"), (9, "b", "d"), (7, "b", "e"),
         (5, "c", "e"), (15, "d", "e"), (6, "d", "f"), (8, "e", "f"), (9, "e", "g"), (11, "f", "g")]
ds = DisjointSet("abcdefg")
tree = []
for w, u, v in sorted(edges):
    if ds.union(u, v):
        tree.append((u, v, w))
print(tree, sum(w for _, _, w in tree))

grid = ["11000", "11010", "00100", "00011", "10011"]
cells = [(r, c) for r in range(len(grid)) for c in range(len(grid[0])) if grid[r][c] == "1"]
ds2 = DisjointSet(cells)
for r, c in cells:
    for dr, dc in ((0, 1), (1, 0)):
        if (r + dr, c + dc) in ds2.parent:
            ds2.union((r, c), (r + dr, c + dc))
groups = ds2.groups()
print(len(groups), [len(g) for g in groups])
print(groups[0])
friends = DisjointSet(["ann", "bob", "cat", "dan", "eve", "fay"])
for a, b in [("ann", "bob"), ("cat", "dan"), ("bob", "dan"), ("eve", "eve")]:
    print(a, b, friends.union(a, b))
print(friends.groups(), friends.find("cat") == friends.find("ann"))
