# Card and dice games driven by a seeded random.Random: outputs equal CPython's for the same seed.
import random

rng = random.Random(31337)
suits = "SHDC"
ranks = "23456789TJQKA"
deck = [r + s for s in suits for r in ranks]
rng.shuffle(deck)
hands = [sorted(deck[i * 5:(i + 1) * 5], key=lambda c: (ranks.index(c[0]), c[1])) for i in range(4)]
for i, h in enumerate(hands):
    counts = {}
    for card in h:
        counts[card[0]] = counts.get(card[0], 0) + 1
    best = max(counts.values())
    print("player", i, " ".join(h), "pair" if best == 2 else "three" if best == 3 else "high card" if best == 1 else "four")
print("next cards:", deck[20:25])
scores = {"ann": 0, "bob": 0}
for rnd in range(10):
    for player in scores:
        roll = rng.randint(1, 6)
        scores[player] += roll if roll != 1 else -3
print(scores)
print([rng.randrange(0, 100, 5) for _ in range(6)], rng.choice(["rock", "paper", "scissors"]))
lottery = sorted(rng.sample(range(1, 50), 6))
print("lottery:", lottery, "bonus:", rng.choice([n for n in range(1, 50) if n not in lottery]))
print([round(rng.uniform(0, 10), 6) for _ in range(3)], rng.random() < 1)
