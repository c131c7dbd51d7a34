"""Random playouts of Go on a small board, with a PRNG written in the program.

Each game plays uniformly random legal moves (no suicide, simple ko) until
both sides pass, capturing groups found by flood fill, then scores the board
by area. A linear congruential generator of our own makes every run
reproducible. Lists of ints, object-heavy board logic, many small loops.

usage: go_playout.py [SIZE [ITERATIONS]]   SIZE = number of games
"""
# bench: size=30 quick=4 iters=5 quick_iters=2
from _timing import run_bench

EMPTY = 0
BLACK = 1
WHITE = 2
N = 9


class Rng:
    """31-bit linear congruential generator; every product fits in a 64-bit machine int."""

    def __init__(self, seed):
        self.state = seed & 0x7FFFFFFF

    def next_int(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 16) % bound


def neighbours_table(n):
    table = []
    for p in range(n * n):
        x = p % n
        y = p // n
        ns = []
        if x > 0:
            ns.append(p - 1)
        if x < n - 1:
            ns.append(p + 1)
        if y > 0:
            ns.append(p - n)
        if y < n - 1:
            ns.append(p + n)
        table.append(ns)
    return table


class Board:
    def __init__(self, n):
        self.n = n
        self.cells = [EMPTY] * (n * n)
        self.adj = neighbours_table(n)
        self.ko = -1
        self.captures = [0, 0, 0]

    def group(self, p):
        """The stones of p's group and whether it has a liberty."""
        color = self.cells[p]
        seen = {p}
        stack = [p]
        has_liberty = False
        while stack:
            q = stack.pop()
            for r in self.adj[q]:
                c = self.cells[r]
                if c == EMPTY:
                    has_liberty = True
                elif c == color and r not in seen:
                    seen.add(r)
                    stack.append(r)
        return seen, has_liberty

    def legal(self, p, color):
        if self.cells[p] != EMPTY or p == self.ko:
            return False
        other = 3 - color
        for r in self.adj[p]:
            if self.cells[r] == EMPTY:
                return True
        # no empty neighbour: legal only if it captures or joins a group with liberties
        self.cells[p] = color
        ok = False
        for r in self.adj[p]:
            c = self.cells[r]
            if c == other:
                if not self.group(r)[1]:
                    ok = True
                    break
            elif c == color:
                if self.group(r)[1]:
                    ok = True
                    break
        self.cells[p] = EMPTY
        return ok

    def play(self, p, color):
        self.cells[p] = color
        other = 3 - color
        removed = []
        for r in self.adj[p]:
            if self.cells[r] == other:
                stones, alive = self.group(r)
                if not alive:
                    for s in stones:
                        self.cells[s] = EMPTY
                        removed.append(s)
        self.captures[color] += len(removed)
        self.ko = removed[0] if len(removed) == 1 else -1

    def is_eye(self, p, color):
        for r in self.adj[p]:
            if self.cells[r] != color:
                return False
        return True

    def score(self):
        black = 0
        white = 0
        for p in range(self.n * self.n):
            c = self.cells[p]
            if c == BLACK:
                black += 1
            elif c == WHITE:
                white += 1
            else:
                owners = set()
                for r in self.adj[p]:
                    owners.add(self.cells[r])
                if owners == {BLACK}:
                    black += 1
                elif owners == {WHITE}:
                    white += 1
        return black, white


def playout(rng):
    board = Board(N)
    color = BLACK
    passes = 0
    moves = 0
    empties = list(range(N * N))
    while passes < 2 and moves < 400:
        candidates = [p for p in empties if board.cells[p] == EMPTY]
        played = False
        while candidates:
            i = rng.next_int(len(candidates))
            p = candidates[i]
            candidates[i] = candidates[-1]
            candidates.pop()
            if not board.is_eye(p, color) and board.legal(p, color):
                board.play(p, color)
                played = True
                break
        if played:
            passes = 0
            moves += 1
        else:
            passes += 1
            board.ko = -1
        color = 3 - color
    black, white = board.score()
    return black, white, moves, board.captures[BLACK] + board.captures[WHITE]


def bench(games):
    rng = Rng(12345)
    wins = 0
    total = 0
    for _ in range(games):
        black, white, moves, caps = playout(rng)
        if black > white + 7:
            wins += 1
        total = (total * 31 + black * 1000 + white * 10 + moves + caps) % 1000000007
    return f"{wins} {total}"


run_bench("go_playout", bench, 30, 5)
