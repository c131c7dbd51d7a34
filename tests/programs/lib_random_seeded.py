# random with a fixed seed: the sequences must equal CPython's exactly.
import random

random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(100) for _ in range(5)], random.randrange(10, 20, 3), random.randrange(-5, 5))
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8])
print(random.choice(deck), random.choice("xyz"), random.sample(range(100), 5), random.sample(deck, 3))
print(round(random.uniform(1.5, 2.5), 12), random.getrandbits(16), random.getrandbits(70))
print(random.choices("abc", k=6), random.choices(["w", "l"], weights=[3, 1], k=8))
rng = random.Random(99)
print([rng.randint(0, 9) for _ in range(8)], rng.random())
rng2 = random.Random(99)
print(rng2.random() == random.Random(99).random(), rng2.randint(0, 9) == 6)
random.seed(2 ** 40 + 3)
print(random.random(), random.randint(10 ** 12, 10 ** 13))
random.seed(0)
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk, max(walk), min(walk))
random.seed(7)
print(round(random.gauss(0, 1), 10), round(random.gauss(10, 2), 10))
print(sorted(random.sample(range(1, 50), 6)))
