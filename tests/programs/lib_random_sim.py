# A Monte Carlo simulation with a seeded generator: dice statistics, pi estimate, random walks.
import random

rng = random.Random(2024)
rolls = [rng.randint(1, 6) + rng.randint(1, 6) for _ in range(2000)]
hist = {}
for r in rolls:
    hist[r] = hist.get(r, 0) + 1
for total in range(2, 13):
    print("%2d %4d %s" % (total, hist.get(total, 0), "#" * (hist.get(total, 0) // 10)))
inside = 0
for _ in range(5000):
    x, y = rng.random(), rng.random()
    if x * x + y * y <= 1.0:
        inside += 1
print("pi ~", 4 * inside / 5000)
position = 0
visits = {}
for _ in range(1000):
    position += rng.choice([-1, 1])
    visits[position] = visits.get(position, 0) + 1
print("final", position, "most visited", max(sorted(visits), key=visits.get))
players = ["ann", "bob", "cy", "dee", "eve", "fay"]
rng.shuffle(players)
print("teams:", players[:3], players[3:])
print("raffle:", rng.sample(players, 2), rng.choice(players))
