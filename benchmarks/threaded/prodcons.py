"""Producer/consumer pipeline over queue.Queue.

The main thread produces SIZE work items into a bounded queue.Queue; THREADS
consumer threads take items, do a small computation on each (a few hundred
integer operations) and put the results on a second queue, which the main
thread drains. Every item is delivered exactly once; the checksum is the sum
of the results and their count. The queues are the only shared objects:
a pipeline whose cost is mostly synchronisation.

--mp is not meaningful here (the program measures queue.Queue between threads):
the program says so and exits with status 3.

usage: prodcons.py THREADS SIZE
"""
# bench: size=40000 quick=4000 sharing=medium
import queue

from _driver import join_all, parse_args, start_threads


def process(item):
    x = item
    acc = 0
    for i in range(60):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        acc += x % 1000
    return acc


def consumer(inbox, outbox):
    while True:
        item = inbox.get()
        if item is None:
            break
        outbox.put(process(item))
    outbox.put(None)


def main():
    threads, size, _ = parse_args(40000, "prodcons", no_mp="it measures queue.Queue between threads")
    inbox = queue.Queue(maxsize=256)
    outbox = queue.Queue()
    ts = start_threads(consumer, [(inbox, outbox)] * threads)
    total = 0
    count = 0
    finished = 0
    for item in range(size):
        inbox.put(item)
        # drain what is ready so the result queue stays short
        while not outbox.empty():
            r = outbox.get()
            if r is None:
                finished += 1
            else:
                total += r
                count += 1
    for _ in range(threads):
        inbox.put(None)
    while finished < threads:
        r = outbox.get()
        if r is None:
            finished += 1
        else:
            total += r
            count += 1
    join_all(ts)
    print(f"prodcons: {count} items, checksum {total}")


if __name__ == "__main__":
    main()
