# Primality of big numbers with Miller-Rabin (deterministic bases), pow(a, d, n), modular inverses.


def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, r = n - 1, 0
    while d % 2 == 0:
        d //= 2
        r += 1
    for a in bases:
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(r - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


print([n for n in range(100) if is_probable_prime(n)])
mersenne = [p for p in range(2, 130) if is_probable_prime(2 ** p - 1)]
print("Mersenne exponents:", mersenne)
print(is_probable_prime(2 ** 89 - 1), is_probable_prime(2 ** 89 + 1), is_probable_prime(1000000007))
print(is_probable_prime(561), is_probable_prime(3215031751), is_probable_prime(10 ** 18 + 9))
n = 10 ** 20
while not is_probable_prime(n):
    n += 1
print("first prime above 10**20:", n)


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


for a, m in [(3, 11), (10, 17), (123456789, 10 ** 9 + 7)]:
    g, x, _ = egcd(a, m)
    print(a, m, g, x % m, pow(a, -1, m), a * pow(a, -1, m) % m)
print(pow(2, 10 ** 100, 10 ** 9 + 7), pow(-3, 5, 7), pow(7, 0, 13))
