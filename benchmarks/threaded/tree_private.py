"""Object-graph building, private: each thread inserts its share of keys into its own tree.

SIZE keys (a fixed pseudo-random permutation) are cut into THREADS equal
shares; every thread builds an unbalanced binary search tree of Node objects
from its share, then walks it in order. No object is shared while building:
compare with tree_shared.py, which inserts the same keys into one tree.

usage: tree_private.py THREADS SIZE [--mp]   SIZE = number of keys
"""
# bench: size=200000 quick=20000 sharing=none
from _driver import map_tasks, parse_args, shares


class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


class Tree:
    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key):
        node = Node(key)
        self.size += 1
        if self.root is None:
            self.root = node
            return
        cur = self.root
        while True:
            if key < cur.key:
                if cur.left is None:
                    cur.left = node
                    return
                cur = cur.left
            else:
                if cur.right is None:
                    cur.right = node
                    return
                cur = cur.right

    def in_order(self):
        out = []
        stack = []
        cur = self.root
        while stack or cur is not None:
            while cur is not None:
                stack.append(cur)
                cur = cur.left
            cur = stack.pop()
            out.append(cur.key)
            cur = cur.right
        return out


def key_of(i, size):
    """A permutation of range(size) that looks random (size*7919 stays coprime when possible)."""
    return (i * 7919 + 13) % size


def work(task):
    lo, hi, size = task
    tree = Tree()
    for i in range(lo, hi):
        tree.insert(key_of(i, size))
    keys = tree.in_order()
    ordered = 1
    for j in range(1, len(keys)):
        if keys[j - 1] > keys[j]:
            ordered = 0
    total = 0
    for k in keys:
        total += k * k
    return tree.size, total, ordered


def main():
    threads, size, mp = parse_args(200000)
    tasks = [(lo, hi, size) for lo, hi in shares(size, threads)]
    results = map_tasks(work, tasks, mp)
    nodes = 0
    total = 0
    ordered = 1
    for n, s, o in results:
        nodes += n
        total += s
        ordered = ordered and o
    print(f"tree_private: {nodes} nodes, ordered {ordered}, checksum {total}")


if __name__ == "__main__":
    main()
