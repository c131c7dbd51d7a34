"""GIL hand-off latency: two threads pass a turn back and forth, each spinning on a shared
list until it is its turn. Under a GIL the spinning thread must hand the GIL over before
the other can take its turn, so every turn is one hand-off: the time per turn is what a
hand-off costs, including the wait for the spinner's next periodic check.

usage: handoff_program.py TURNS [SWITCH_INTERVAL]   (interval default 1e-6 s)
Prints `turns N seconds S us_per_handoff U`."""
import sys

from _turns import time_turns

turn = [0]


def player(me, turns):
    for _ in range(turns):
        while turn[0] != me:
            pass
        turn[0] = 1 - me


def main():
    turns = int(sys.argv[1])
    interval = float(sys.argv[2]) if len(sys.argv) > 2 else 1e-6
    sys.setswitchinterval(interval)
    time_turns(player, lambda k: (k,), turns)


if __name__ == "__main__":
    main()
