# Puzzles solved with itertools: SEND+MORE-like sums, seating, dice totals, running balances.
from itertools import accumulate, combinations, permutations, product, groupby, islice, chain, count

solutions = []
for a, b, c in permutations(range(1, 10), 3):
    if 100 * a + 10 * b + c + 100 * c + 10 * b + a == 1110 and a < c:
        solutions.append((a, b, c))
print(solutions[:5], len(solutions))
dice = {}
for roll in product(range(1, 7), repeat=3):
    dice[sum(roll)] = dice.get(sum(roll), 0) + 1
print([dice[t] for t in range(3, 19)], max(dice, key=dice.get))
guests = ["ann", "bob", "cy", "dee"]
ok = [p for p in permutations(guests) if abs(p.index("ann") - p.index("bob")) > 1 and p[0] != "cy"]
print(len(ok), ok[0], ok[-1])
team_sizes = [(len(c), c) for n in range(1, 4) for c in combinations([3, 5, 8, 13], n) if sum(c) == 16]
print(team_sizes)
balance = list(accumulate([100, -20, -50, 30, -80, 10], initial=0))
print(balance, min(balance), [i for i, b in enumerate(balance) if b < 0])
streaks = [(k, len(list(g))) for k, g in groupby("WWLWWWLLWWWWL")]
print(streaks, max(n for k, n in streaks if k == "W"))
evens_then_odds = list(islice(chain(count(0, 2), count(1, 2)), 6))
print(evens_then_odds)
words = ["stop", "pots", "tops", "opts", "spot", "post"]
print(sorted({"".join(p) for p in permutations("stop")} & set(words)))
