"""What the hand-off programs of this folder share: run two players that pass a turn back
and forth, time them, and print the line benchmarks/gil_handoff.py reads. The name starts
with "_": it is not a program."""
import threading
import time


def time_turns(player, args_of, turns, first_turn=None):
    """Run player(*args_of(k), turns // 2) in two threads (k = 0, 1), call first_turn()
    once they are started (when given), and print `turns N seconds S us_per_handoff U`."""
    threads = [threading.Thread(target=player, args=args_of(k) + (turns // 2,)) for k in range(2)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    if first_turn is not None:
        first_turn()
    for t in threads:
        t.join()
    dt = time.perf_counter() - t0
    n = 2 * (turns // 2)
    print("turns %d seconds %.6f us_per_handoff %.2f" % (n, dt, dt / n * 1e6))
