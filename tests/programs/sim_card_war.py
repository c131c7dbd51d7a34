# The card game War with a deterministic shuffle (a linear congruential generator), capped at 300 rounds.
from collections import deque

state = [20240607]


def lcg():
    state[0] = (state[0] * 1103515245 + 12345) % 2 ** 31
    return state[0]


deck = [rank for rank in range(2, 15) for _ in range(4)]
for i in range(len(deck) - 1, 0, -1):
    j = lcg() % (i + 1)
    deck[i], deck[j] = deck[j], deck[i]
p1, p2 = deque(deck[:26]), deque(deck[26:])
rounds = wars = 0
while p1 and p2 and rounds < 300:
    rounds += 1
    pile = [p1.popleft(), p2.popleft()]
    while pile[-2] == pile[-1]:
        wars += 1
        if len(p1) < 2 or len(p2) < 2:
            break
        pile += [p1.popleft(), p2.popleft(), p1.popleft(), p2.popleft()]
    a, b = pile[-2], pile[-1]
    winner = p1 if a > b else p2
    winner.extend(sorted(pile, reverse=True))
    if rounds % 50 == 0:
        print("round %3d: %2d vs %2d cards" % (rounds, len(p1), len(p2)))
print("rounds", rounds, "wars", wars, "final", len(p1), len(p2))
print("player 1 top cards:", list(p1)[:8])
