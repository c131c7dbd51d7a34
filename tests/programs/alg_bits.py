# Bit manipulation: popcount, powers of two, subsets via bitmasks, Gray codes, XOR tricks, bit reversal.


def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c


def reverse_bits(n, width):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r


print([popcount(n) for n in [0, 1, 7, 8, 255, 2 ** 40 - 1]], [bin(n).count("1") for n in [255, 1023]])
print([n for n in range(70) if n and n & (n - 1) == 0])
items = ["a", "b", "c", "d"]
subsets = [[items[i] for i in range(4) if mask >> i & 1] for mask in range(16)]
print(subsets[:6], len(subsets))
print(sum(1 for mask in range(1 << 10) if popcount(mask) == 3))
print([reverse_bits(n, 8) for n in [1, 2, 128, 0b10110000]])
nums = [4, 1, 2, 1, 2, 7, 4]
acc = 0
for n in nums:
    acc ^= n
print("unpaired:", acc)
a, b = 12, 34
a ^= b
b ^= a
a ^= b
print("swapped:", a, b)
print(-1 & 0xFF, -8 >> 1, ~5, ~-1, 1 << 100 >> 98, (0xF0 | 0x0F) ^ 0xFF, 0b1010 & ~0b0010)
flags = {"read": 4, "write": 2, "exec": 1}
perm = flags["read"] | flags["exec"]
print([name for name, bit in sorted(flags.items()) if perm & bit], oct(0o755 & ~0o022))
lowest = [n & -n for n in [12, 40, 7, 64]]
print(lowest, [n.bit_length() for n in [0, 1, 255, 256]])
