# random.seed() with str, bytes and bytearray seeds (SHA-512 based, version 2) and the old version=1 string hash: per-player reproducible dice rolls and shuffles, as CPython gives them
import random

players = ["alice", "bob", "Zoë", ""]
for name in players:
    random.seed(name)
    rolls = [random.randint(1, 6) for _ in range(8)]
    deck = list("A23456789TJQK")
    random.shuffle(deck)
    print(f"{name!r:8} rolls={rolls} total={sum(rolls):2d} deck={''.join(deck)} r={random.random():.12f}")
random.seed(b"bytes seed")
print(random.random(), random.getrandbits(32))
random.seed(bytearray(b"bytes seed"))
print(random.random(), random.getrandbits(32))
random.seed("a much longer seed string that spans more than one sha-512 block " * 3)
print(random.sample(range(100), 6), random.choice(players))
r = random.Random("instance seed")
print(r.random(), r.uniform(10, 20), r.choices("xyz", k=5))
for v1 in ["legacy", b"legacy", ""]:
    random.seed(v1, version=1)
    print(repr(v1), random.random())
random.seed("same")
first = [random.random() for _ in range(3)]
random.seed("same")
print(first == [random.random() for _ in range(3)])
try:
    random.seed([1, 2])
except TypeError as e:
    print("TypeError:", e)
