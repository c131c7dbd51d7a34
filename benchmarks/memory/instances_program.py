"""Memory per object: keeps N instances alive, each with 4 attributes (ints from the small-int
cache or None, so no other objects are made per instance), in one list.

usage: instances_program.py N
benchmarks/memory_per_object.py runs it with N = 0 and with a large N and divides the
difference in peak RSS by N."""
import sys


class Point4:
    def __init__(self, k):
        self.a = k & 7
        self.b = None
        self.c = 1
        self.d = k & 3


def main():
    n = int(sys.argv[1])
    keep = [None] * n
    for k in range(n):
        keep[k] = Point4(k)
    print("kept", len(keep))


if __name__ == "__main__":
    main()
