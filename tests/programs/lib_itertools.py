# itertools: count, islice, chain, product, permutations, combinations, repeat, zip_longest,
# accumulate, cycle, groupby, takewhile, dropwhile, starmap.
import itertools
from itertools import accumulate, chain, combinations, count, islice, permutations, product

print(list(islice(count(10, 5), 4)), list(islice("abcdefg", 2, 6, 2)), list(islice(range(100), 3)))
print(list(chain("ab", [1, 2], (3,))), list(chain.from_iterable([[1], [2, 3], []])))
print(list(product("ab", [0, 1])), len(list(product(range(3), repeat=3))))
print(list(permutations("abc", 2)), len(list(permutations(range(5)))))
print(list(combinations("abcd", 2)), list(itertools.combinations_with_replacement("ab", 2)))
print(list(itertools.repeat("x", 3)), list(map(pow, range(4), itertools.repeat(2))))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(islice(itertools.cycle("xyz"), 7)))
for key, group in itertools.groupby("aaabccdddd"):
    print(key, len(list(group)), end="; ")
print()
records = [("eng", "ann"), ("eng", "bob"), ("ops", "cy"), ("eng", "dee")]
print([(k, [n for _, n in g]) for k, g in itertools.groupby(records, key=lambda r: r[0])])
print(list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 2])), list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 2])))
print(list(itertools.starmap(lambda a, b: a * b, [(2, 3), (4, 5)])))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.filterfalse(str.isdigit, "a1b2")))
coins = [1, 5, 10, 25]
ways = [c for n in range(1, 5) for c in combinations(coins, n) if sum(c) == 36]
print(ways)
sq = [a * b for a, b in product(range(1, 4), repeat=2)]
print(sq, sum(1 for p in permutations(range(4)) if all(p[i] != i for i in range(4))))
counter = count()
print(next(counter), next(counter), next(counter))
