"""High conflict: every thread appends to ONE list and updates ONE dict.

SIZE operations shared out among THREADS threads. Each operation computes a
value, appends it to a shared list (list.append is atomic in both GIL and
STM mode) and, inside `with atomic:`, increments a shared dict entry chosen
from 64 keys. Under STM nearly every transaction touches the same list and
dict, so this program is where aborts must show up honestly while the result
stays exact: the checksum is the list's length and sum and the dict's values.

`atomic` is minipy's transaction.atomic; under CPython (no `transaction`
module) it falls back to one module-level threading.Lock used as a context
manager. --mp is not meaningful here (processes cannot share one list): the
program says so and exits with status 3.

usage: shared_append.py THREADS SIZE
"""
# bench: size=400000 quick=20000 sharing=high
import sys
import threading

try:
    from transaction import atomic
except ImportError:
    atomic = threading.Lock()


def worker(items, table, lo, hi):
    for i in range(lo, hi):
        v = (i * 40503) % 65536
        items.append(v)
        key = f"k{v % 64}"
        with atomic:
            table[key] = table.get(key, 0) + v


def parse_args(default_size):
    mp = "--mp" in sys.argv[1:]
    args = [a for a in sys.argv[1:] if a != "--mp"]
    threads = int(args[0]) if len(args) > 0 else 1
    size = int(args[1]) if len(args) > 1 else default_size
    return threads, size, mp


def main():
    threads, size, mp = parse_args(400000)
    if mp:
        print("shared_append: --mp is not meaningful (processes cannot share one list)", file=sys.stderr)
        sys.exit(3)
    items = []
    table = {}
    ts = []
    for k in range(threads):
        lo = size * k // threads
        hi = size * (k + 1) // threads
        ts.append(threading.Thread(target=worker, args=(items, table, lo, hi)))
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    h = 0
    for key in sorted(table):
        h = (h * 31 + table[key]) % 1000000007
    print(f"shared_append: {len(items)} items sum {sum(items)} keys {len(table)} checksum {h}")


if __name__ == "__main__":
    main()
