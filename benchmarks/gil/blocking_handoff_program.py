"""GIL hand-off through a blocking wait: two threads pass a turn back and forth through two
plain Locks. Each waits for its turn asleep on its own lock (the GIL released) and gives
the turn by releasing the other's lock, then going to sleep on its own: every turn is one
thread waking from a lock wait and getting the GIL from one that has just gone to sleep.
The time per turn is what such a hand-off costs: the OS wake-up, and the time the woken
thread takes to notice that the GIL is free.

usage: blocking_handoff_program.py TURNS
Prints `turns N seconds S us_per_handoff U`."""
import sys
import threading

from _turns import time_turns


def player(mine, theirs, turns):
    for _ in range(turns):
        mine.acquire()
        theirs.release()


def main():
    turns = int(sys.argv[1])
    locks = [threading.Lock(), threading.Lock()]
    for lock in locks:
        lock.acquire()
    time_turns(player, lambda k: (locks[k], locks[1 - k]), turns,
               first_turn=locks[0].release)      # player 0 takes the first turn


if __name__ == "__main__":
    main()
