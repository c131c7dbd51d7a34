# Arbitrary-precision integers: factorials, powers, big arithmetic, digit sums, bit operations.


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


f50 = factorial(50)
print(f50)
print(len(str(factorial(200))), sum(int(d) for d in str(factorial(100))))
print(2 ** 100, 2 ** 100 - 1, -(2 ** 64), 3 ** 50 // 7 ** 20, 3 ** 50 % 1000007)
a = 123456789123456789123456789
b = 987654321987654321
print(a * b, a // b, a % b, divmod(a, b), divmod(-a, b))
print(-a // b, -a % b, a // -b, a % -b)
print(a + b, a - b * 1000000000, abs(-a), -a, +a)
print(a == 123456789123456789123456789, a > b, a < -b, a != a + 1)
print(a.bit_length(), (2 ** 64).bit_length(), (-1).bit_length(), 0 .bit_length())
print(a & b, a | b, a ^ b, ~a, a << 10, a >> 40, -a >> 3, (1 << 200) >> 199)
print(pow(2, 1000, 10 ** 9 + 7), pow(3, 10 ** 18, 1000000007), pow(5, -1, 7))
print(hex(2 ** 70), oct(2 ** 70), bin(2 ** 40 + 5), int("ff" * 10, 16), int("-" + "9" * 30))
print(str(10 ** 30), repr(-10 ** 25), 10 ** 20 / 10 ** 10, 2 ** 62 + 2 ** 62, 9223372036854775807 + 1)
print(float(2 ** 70), int(1e20), int(-2.5e18), round(2 ** 80 / 3))
n = 2 ** 127 - 1
i = 2
is_prime = True
while i * i <= 10 ** 6 and i * i <= n:
    if n % i == 0:
        is_prime = False
        break
    i += 1
print("no small factors of 2**127-1:", is_prime)
fibs = [0, 1]
while len(fibs) < 150:
    fibs.append(fibs[-1] + fibs[-2])
print(fibs[-1], fibs[-1] % 1000000, len(str(fibs[-1])))
print(sorted([10 ** 20, -5, 2 ** 66, 0, -(10 ** 19)]), max(2 ** 65, 2 ** 64 * 3))
print(hash(2 ** 61 - 1) == hash(0), int(True) + 2 ** 64, (2 ** 64) * 0, 7 ** 0)
