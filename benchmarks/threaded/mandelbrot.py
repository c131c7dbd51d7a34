"""Independent CPU work: the Mandelbrot set on a SIZE x SIZE grid, by rows.

Thread k computes rows k, k+T, k+2T, ... (interleaved, so the expensive middle
rows are spread evenly); each row's escape counts are hashed and the row
hashes summed. Float arithmetic only; nothing is shared while working.

usage: mandelbrot.py THREADS SIZE [--mp]   (--mp: a multiprocessing.Pool of THREADS processes)
"""
# bench: size=320 quick=60 sharing=none
from _driver import map_tasks, parse_args

MAX_ITER = 100


def row_hash(y, size):
    ci = 2.0 * y / size - 1.0
    h = 0
    inside = 0
    for x in range(size):
        cr = 3.0 * x / size - 2.0
        zr = 0.0
        zi = 0.0
        i = 0
        while i < MAX_ITER:
            zr2 = zr * zr
            zi2 = zi * zi
            if zr2 + zi2 > 4.0:
                break
            zi = 2.0 * zr * zi + ci
            zr = zr2 - zi2 + cr
            i += 1
        if i == MAX_ITER:
            inside += 1
        h = (h * 33 + i) % 1000003
    return h, inside


def work(task):
    first, step, size = task
    h = 0
    inside = 0
    for y in range(first, size, step):
        rh, ri = row_hash(y, size)
        h = (h + rh * (y + 1)) % 1000000007
        inside += ri
    return h, inside


def main():
    threads, size, mp = parse_args(320)
    tasks = [(k, threads, size) for k in range(threads)]
    results = map_tasks(work, tasks, mp)
    h = 0
    inside = 0
    for rh, ri in results:
        h = (h + rh) % 1000000007
        inside += ri
    print(f"mandelbrot {size}x{size}: inside {inside} checksum {h}")


if __name__ == "__main__":
    main()
