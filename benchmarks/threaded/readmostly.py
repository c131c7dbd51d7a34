"""Read-mostly shared data: many threads query one big dict of objects.

The main thread builds a catalogue (a dict from str keys to Item objects, and
a list of the same items); then a fixed number of queries, cut into equal
shares, is run by the threads. A query looks an item up by key, follows its
`related` links through the list and reads attributes; nothing is written to
shared objects. With --mp every process gets a copy of the catalogue (fork).

usage: readmostly.py THREADS SIZE [--mp]   SIZE = number of queries
"""
# bench: size=200000 quick=20000 sharing=read
from _driver import map_tasks, parse_args, shares

ITEMS = 20000


class Item:
    def __init__(self, i):
        self.key = f"item{i}"
        self.price = (i * 37) % 1000
        self.weight = (i * 11) % 97
        self.related = [(i * 7 + 1) % ITEMS, (i * 13 + 5) % ITEMS, (i * 29 + 3) % ITEMS]


CATALOGUE = {}
ITEM_LIST = []


def build():
    for i in range(ITEMS):
        item = Item(i)
        ITEM_LIST.append(item)
        CATALOGUE[item.key] = item


def query(q):
    item = CATALOGUE["item" + str((q * 7919) % ITEMS)]
    total = item.price
    for r in item.related:
        other = ITEM_LIST[r]
        total += other.price * other.weight
        total += ITEM_LIST[other.related[q % 3]].weight
    return total


def work(task):
    lo, hi = task
    s = 0
    for q in range(lo, hi):
        s += query(q)
    return s


def main():
    threads, size, mp = parse_args(200000)
    build()
    tasks = shares(size, threads)
    results = map_tasks(work, tasks, mp)
    print(f"readmostly {size} queries over {ITEMS} items: checksum {sum(results)}")


if __name__ == "__main__":
    main()
