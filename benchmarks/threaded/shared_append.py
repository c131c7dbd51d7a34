"""High conflict: every thread appends to ONE list and updates ONE dict.

SIZE operations shared out among THREADS threads. Each operation computes a
value, appends it to a shared list (list.append is atomic in both GIL and
STM mode) and, inside `with atomic:`, increments a shared dict entry chosen
from 64 keys. Under STM nearly every transaction touches the same list and
dict, so this program is where aborts must show up honestly while the result
stays exact: the checksum is the list's length and sum and the dict's values.

`atomic` is minipy's transaction.atomic, or a threading.Lock under CPython
(see _driver.py, shared by all the programs here). --mp is not meaningful
here (processes cannot share one list): the program
says so and exits with status 3.

usage: shared_append.py THREADS SIZE
"""
# bench: size=400000 quick=20000 sharing=high
from _driver import atomic, parse_args, run_threads, shares


def worker(items, table, lo, hi):
    for i in range(lo, hi):
        v = (i * 40503) % 65536
        items.append(v)
        key = f"k{v % 64}"
        with atomic:
            table[key] = table.get(key, 0) + v


def main():
    threads, size, _ = parse_args(400000, "shared_append", no_mp="processes cannot share one list")
    items = []
    table = {}
    run_threads(worker, [(items, table, lo, hi) for lo, hi in shares(size, threads)])
    h = 0
    for key in sorted(table):
        h = (h * 31 + table[key]) % 1000000007
    print(f"shared_append: {len(items)} items sum {sum(items)} keys {len(table)} checksum {h}")


if __name__ == "__main__":
    main()
