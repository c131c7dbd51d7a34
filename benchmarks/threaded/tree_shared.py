"""Object-graph building, shared: all threads insert into ONE binary search tree.

The same SIZE keys as tree_private.py, cut into the same shares, but every
insertion goes into one shared tree, each inside `with atomic:` (a whole
insertion is one transaction). Conflicts happen when two threads extend the
same branch; the checksum (in-order keys) does not depend on the order.

`atomic` is minipy's transaction.atomic; under CPython (no `transaction`
module) it falls back to one module-level threading.Lock used as a context
manager. --mp is not meaningful here (processes cannot share one tree): the
program says so and exits with status 3.

usage: tree_shared.py THREADS SIZE
"""
# bench: size=200000 quick=20000 sharing=medium
import sys
import threading

try:
    from transaction import atomic
except ImportError:
    atomic = threading.Lock()


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


def parse_args(default_size):
    mp = "--mp" in sys.argv[1:]
    args = [a for a in sys.argv[1:] if a != "--mp"]
    threads = int(args[0]) if len(args) > 0 else 1
    size = int(args[1]) if len(args) > 1 else default_size
    return threads, size, mp


def main():
    threads, size, mp = parse_args(200000)
    if mp:
        print("tree_shared: --mp is not meaningful (processes cannot share one tree)", file=sys.stderr)
        sys.exit(3)
    tree = Tree()
    ts = []
    for k in range(threads):
        lo = size * k // threads
        hi = size * (k + 1) // threads
        ts.append(threading.Thread(target=worker, args=(tree, lo, hi, size)))
    for t in ts:
        t.start()
    for t in ts:
        t.join()
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
