# augmented assignment with every operator
x = 10
x += 1; x -= 2; x *= 3; x //= 2; x %= 7; x **= 2
x <<= 2; x >>= 1; x &= 31; x |= 64; x ^= 3
y = 7.0; y /= 2
print(x, y)
L = [1]; L += [2]; L *= 2
d = {'a': 1}; d['a'] += 5
class C: v = 1
C.v += 1
print(L, d, C.v)
