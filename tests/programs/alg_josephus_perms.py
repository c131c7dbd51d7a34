# Permutation algorithms: next lexicographic permutation, Josephus problem, cycles of a permutation.


def next_permutation(seq):
    a = list(seq)
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return None
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return a


p = [1, 2, 3]
perms = []
while p is not None:
    perms.append("".join(map(str, p)))
    p = next_permutation(p)
print(perms, next_permutation("aabb"), next_permutation([3, 2, 1]))


def josephus(n, k):
    people = list(range(1, n + 1))
    order = []
    i = 0
    while people:
        i = (i + k - 1) % len(people)
        order.append(people.pop(i))
    return order


def josephus_survivor(n, k):
    pos = 0
    for m in range(2, n + 1):
        pos = (pos + k) % m
    return pos + 1


print(josephus(7, 3), josephus_survivor(7, 3), josephus_survivor(41, 3), josephus_survivor(1000, 2))


def cycles(perm):
    seen = set()
    out = []
    for start in range(len(perm)):
        if start in seen:
            continue
        cyc = []
        x = start
        while x not in seen:
            seen.add(x)
            cyc.append(x)
            x = perm[x]
        out.append(tuple(cyc))
    return out


perm = [2, 0, 1, 4, 3, 5, 7, 6]
print(cycles(perm), [len(c) for c in cycles(perm)])
inverse = [0] * len(perm)
for i, v in enumerate(perm):
    inverse[v] = i
print(inverse, [perm[inverse[i]] for i in range(len(perm))])
