# Generators over nested data: walking a directory-like tree, paths, sizes, depth-first and breadth-first.
TREE = {
    "src": {"main.py": 1200, "util": {"text.py": 300, "nums.py": 450}, "README": 80},
    "tests": {"test_main.py": 640, "data": {"a.txt": 10, "b.txt": 20}},
    "setup.cfg": 55,
}


def walk(tree, prefix=""):
    for name in sorted(tree):
        path = prefix + "/" + name
        node = tree[name]
        if isinstance(node, dict):
            yield path + "/", None
            yield from walk(node, path)
        else:
            yield path, node


def bfs(tree):
    queue = [("", tree)]
    while queue:
        prefix, node = queue.pop(0)
        for name in sorted(node):
            child = node[name]
            if isinstance(child, dict):
                queue.append((prefix + "/" + name, child))
                yield prefix + "/" + name + "/"


for path, size in walk(TREE):
    print(path if size is None else "%-28s %5d" % (path, size))
print(list(bfs(TREE)))
print(sum(size for _, size in walk(TREE) if size), max((s, p) for p, s in walk(TREE) if s))
py_files = (p for p, s in walk(TREE) if p.endswith(".py"))
print(next(py_files), list(py_files))


def dir_sizes(tree, prefix=""):
    total = 0
    for name in sorted(tree):
        node = tree[name]
        if isinstance(node, dict):
            sub = yield from dir_sizes(node, prefix + "/" + name)
            total += sub
        else:
            total += node
    yield prefix or "/", total
    return total


print(list(dir_sizes(TREE)))
