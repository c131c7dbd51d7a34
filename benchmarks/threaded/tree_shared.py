"""Object-graph building, shared: all threads insert into ONE binary search tree.

The same SIZE keys as tree_private.py, cut into the same shares, but every
insertion goes into one shared tree, each inside `with atomic:` (a whole
insertion is one transaction). Conflicts happen when two threads extend the
same branch; the checksum (in-order keys) does not depend on the order.

`atomic` is minipy's transaction.atomic, or a threading.Lock under CPython
(see _driver.py, shared by all the programs here). --mp is not meaningful
here (processes cannot share one tree): the program
says so and exits with status 3.

usage: tree_shared.py THREADS SIZE
"""
# bench: size=200000 quick=20000 sharing=medium
from _driver import atomic, parse_args, run_threads, shares


class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


class Tree:
    def __init__(self):
        self.root = Node(-1)  # a sentinel root: every insertion goes below it

    def insert(self, key):
        node = Node(key)
        cur = self.root
        while True:
            if key < cur.key:
                if cur.left is None:
                    cur.left = node
                    break
                cur = cur.left
            else:
                if cur.right is None:
                    cur.right = node
                    break
                cur = cur.right

    def in_order(self):
        out = []
        stack = []
        cur = self.root.right
        while stack or cur is not None:
            while cur is not None:
                stack.append(cur)
                cur = cur.left
            cur = stack.pop()
            out.append(cur.key)
            cur = cur.right
        return out


def key_of(i, size):
    return (i * 7919 + 13) % size


def worker(tree, lo, hi, size):
    for i in range(lo, hi):
        k = key_of(i, size)
        with atomic:
            tree.insert(k)


def main():
    threads, size, _ = parse_args(200000, "tree_shared", no_mp="processes cannot share one tree")
    tree = Tree()
    run_threads(worker, [(tree, lo, hi, size) for lo, hi in shares(size, threads)])
    keys = tree.in_order()
    ordered = 1
    for j in range(1, len(keys)):
        if keys[j - 1] > keys[j]:
            ordered = 0
    total = 0
    for k in keys:
        total += k * k
    print(f"tree_shared: {len(keys)} nodes, ordered {ordered}, checksum {total}")


if __name__ == "__main__":
    main()
