"""The command line and timing loop shared by the single-thread benchmarks.

Every program of this folder ends with `run_bench(NAME, bench, SIZE, ITERS)`: it takes
`[SIZE [ITERATIONS]]` (defaults: the full sizes of its `# bench:` line), calls bench(SIZE)
ITERATIONS times, prints `iter N: S seconds` on stderr after each call (the harness reads
these for the warm-up figures) and finally `NAME checksum RESULT` (the last call's result)
on stdout. The file name starts with "_": the harness does not list it as a program.
"""
import sys
import time


def run_bench(name, bench, default_size, default_iters, empty=""):
    """Run bench(size) ITERATIONS times; `empty` is printed as the result when ITERATIONS is 0."""
    size = int(sys.argv[1]) if len(sys.argv) > 1 else default_size
    iters = int(sys.argv[2]) if len(sys.argv) > 2 else default_iters
    result = empty
    for i in range(iters):
        t0 = time.time()
        result = bench(size)
        print(f"iter {i}: {time.time() - t0:.6f} seconds", file=sys.stderr)
    print(f"{name} checksum {result}")
