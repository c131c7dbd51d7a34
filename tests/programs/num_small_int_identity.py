# Small ints (-5..256) are one object each in CPython, however they were computed;
# `is` and id() agree with that in hot loops too (where minipy's JIT boxes them afresh),
# and `is` between distinct large ints computed at run time stays False.

same = 0
differs = 0
ids_equal = 0
for i in range(3000):
    a = (i * 7) % 200
    b = (i * 7 + 400) % 200
    if a is b:
        same += 1
    c = (i % 50) - 10
    d = int(str(c))
    if c is not d:
        differs += 1
    if id(a) == id(b) and id(c) == id(d):
        ids_equal += 1
print(same, differs, ids_equal)

big_a = int("1" + "0" * 5)
big_b = int("1" + "0" * 5)
print(big_a == big_b, big_a is big_b, big_a is big_a)
x = 255
y = x + 1
z = y + 1
top, past_top, bottom, below = 256, 257, -5, -6
zero, one = 0, 1
print(y is top, z is past_top, bottom is (zero - 5), below is (zero - 6))
print(True is (one == 1), one is True, zero is False, None is None)
print([k for k in range(-8, 260, 37) if k is (k + 0)])


def countdown(n):
    hits = 0
    while n is not zero:
        n -= 1
        hits += 1
    return hits


print(countdown(200), countdown(5))
