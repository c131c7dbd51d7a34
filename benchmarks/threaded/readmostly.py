"""Read-mostly shared data: many threads query one big dict of objects.

The main thread builds a catalogue (a dict from str keys to Item objects, and
a list of the same items); then a fixed number of queries, cut into equal
shares, is run by the threads. A query looks an item up by key, follows its
`related` links through the list and reads attributes; nothing is written to
shared objects. With --mp every process gets a copy of the catalogue (fork).

usage: readmostly.py THREADS SIZE [--mp]   SIZE = number of queries
"""
# bench: size=200000 quick=20000 sharing=read
import sys
import threading

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


def worker(results, index, task):
    results[index] = work(task)


def parse_args(default_size):
    mp = "--mp" in sys.argv[1:]
    args = [a for a in sys.argv[1:] if a != "--mp"]
    threads = int(args[0]) if len(args) > 0 else 1
    size = int(args[1]) if len(args) > 1 else default_size
    return threads, size, mp


def main():
    threads, size, mp = parse_args(200000)
    build()
    tasks = [(size * k // threads, size * (k + 1) // threads) for k in range(threads)]
    if mp:
        import multiprocessing
        with multiprocessing.Pool(threads) as pool:
            results = pool.map(work, tasks)
    else:
        results = [None] * threads
        ts = [threading.Thread(target=worker, args=(results, k, tasks[k])) for k in range(threads)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
    print(f"readmostly {size} queries over {ITEMS} items: checksum {sum(results)}")


if __name__ == "__main__":
    main()
