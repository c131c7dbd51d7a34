# Sorting in depth: stability, multi-key sorts by successive passes, reverse with stability, key caching.
records = [("ann", "eng", 31), ("bob", "ops", 25), ("cy", "eng", 25), ("dee", "art", 31),
           ("eve", "ops", 40), ("fay", "art", 25), ("gus", "eng", 40)]
by_age = sorted(records, key=lambda r: r[2])
print([r[0] for r in by_age])
two_pass = sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[1])
print([r[0] + "/" + r[1] for r in two_pass])
print([r[0] for r in sorted(records, key=lambda r: (r[1], -r[2], r[0]))])
print([r[0] for r in sorted(records, key=lambda r: r[2], reverse=True)])
calls = []


def key(r):
    calls.append(r[0])
    return len(r[0]), r[0]


print([r[0] for r in sorted(records, key=key)], len(calls))
words = "banana Apple cherry apple Banana date".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (w.lower(), w)))
print(sorted([3, 1, 2], reverse=True), sorted("hello", reverse=True), sorted([(2, "b"), (1, "z"), (2, "a")]))
nums = [5, -3, 2, -8, 0, 7, -1]
nums.sort(key=abs, reverse=True)
print(nums)
print(sorted([[3, 1], [1, 2], [1, 1], [2]]), sorted([0.5, -1, 3, 2.25]))
pairs = list(zip([2, 1, 2, 1], "abcd"))
pairs.sort(key=lambda p: p[0])
print(pairs)
matrix = [[3, 9], [1, 5], [3, 2], [1, 8]]
print(sorted(matrix, key=lambda r: r[0]), max(matrix, key=lambda r: r[0]), min(matrix))
