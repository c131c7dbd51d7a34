"""The Mersenne Twister MT19937, seeded and used exactly as CPython's
_random module, so that random.seed(n) gives CPython's sequences.

API:
  MT19937()                        a generator (state all zero; seed it)
  .init_genrand(s)                 seed with one 32-bit word
  .init_by_array(key)              seed with a list of 32-bit ints
  .seed_bigint(n)                  random.seed(n) for an int n (rbigint; its
                                   absolute value, as 32-bit words little-
                                   endian; 0 -> [0])
  .genrand_uint32() -> int         next 32-bit output (0 <= r < 2**32)
  .random() -> float               random.random(): 53 bits from two outputs
  .getrandbits_int(k) -> int       getrandbits(k) for 0 <= k <= 62
  .getrandbits(k) -> rbigint       getrandbits(k) for any k >= 0 (the caller
                                   raises ValueError "number of bits must be
                                   non-negative" for k < 0)
  .randbelow(n) -> int             CPython's _randbelow_with_getrandbits for
                                   0 < n < 2**62 (randrange/randint/choice/
                                   shuffle/sample build on it)
  .get_state() -> [int]            624 words + the index (random.getstate()'s
  .set_state(list)                 middle element is this tuple)
"""

from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rstring import StringBuilder

N = 624
M = 397
MATRIX_A = r_uint(0x9908b0df)
UPPER_MASK = r_uint(0x80000000)
LOWER_MASK = r_uint(0x7fffffff)
MASK32 = r_uint(0xffffffff)


class MT19937(object):
    def __init__(self):
        self.mt = [r_uint(0)] * N
        self.index = N + 1

    def init_genrand(self, s):
        mt = self.mt
        mt[0] = r_uint(s) & MASK32
        for i in range(1, N):
            prev = mt[i - 1]
            mt[i] = (r_uint(1812433253) * (prev ^ (prev >> 30)) +
                     r_uint(i)) & MASK32
        self.index = N

    def init_by_array(self, key):
        self.init_genrand(19650218)
        mt = self.mt
        n = len(key)
        i = 1
        j = 0
        k = N if N > n else n
        while k > 0:
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * r_uint(1664525))) +
                     r_uint(key[j]) + r_uint(j)) & MASK32
            i += 1
            j += 1
            if i >= N:
                mt[0] = mt[N - 1]
                i = 1
            if j >= n:
                j = 0
            k -= 1
        k = N - 1
        while k > 0:
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * r_uint(1566083941))) -
                     r_uint(i)) & MASK32
            i += 1
            if i >= N:
                mt[0] = mt[N - 1]
                i = 1
            k -= 1
        mt[0] = UPPER_MASK

    def seed_bigint(self, n):
        n = n.abs()
        key = []
        mask = rbigint.fromint(0xffffffff)
        while n.tobool():
            key.append(intmask(n.and_(mask).toint()))
            n = n.rshift(32)
        if len(key) == 0:
            key.append(0)
        self.init_by_array(key)

    def _generate(self):
        mt = self.mt
        kk = 0
        while kk < N - M:
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK)
            v = mt[kk + M] ^ (y >> 1)
            if y & r_uint(1):
                v ^= MATRIX_A
            mt[kk] = v
            kk += 1
        while kk < N - 1:
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK)
            v = mt[kk + (M - N)] ^ (y >> 1)
            if y & r_uint(1):
                v ^= MATRIX_A
            mt[kk] = v
            kk += 1
        y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK)
        v = mt[M - 1] ^ (y >> 1)
        if y & r_uint(1):
            v ^= MATRIX_A
        mt[N - 1] = v
        self.index = 0

    def genrand_uint32(self):
        if self.index >= N:
            self._generate()
        y = self.mt[self.index]
        self.index += 1
        y ^= y >> 11
        y ^= (y << 7) & r_uint(0x9d2c5680)
        y ^= (y << 15) & r_uint(0xefc60000)
        y ^= y >> 18
        return intmask(y & MASK32)

    def random(self):
        a = self.genrand_uint32() >> 5
        b = self.genrand_uint32() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits_int(self, k):
        assert 0 <= k <= 62
        if k == 0:
            return 0
        if k <= 32:
            return self.genrand_uint32() >> (32 - k)
        lo = self.genrand_uint32()
        hi = self.genrand_uint32() >> (64 - k)
        return (hi << 32) | lo

    def getrandbits(self, k):
        if k <= 32:
            return rbigint.fromint(self.getrandbits_int(k))
        words = (k - 1) // 32 + 1
        b = StringBuilder(words * 4)
        for i in range(words):
            r = self.genrand_uint32()
            if k < 32:
                r >>= 32 - k
            b.append(chr(r & 0xff))
            b.append(chr((r >> 8) & 0xff))
            b.append(chr((r >> 16) & 0xff))
            b.append(chr((r >> 24) & 0xff))
            k -= 32
        return rbigint.frombytes(b.build(), 'little', False)

    def randbelow(self, n):
        assert n > 0
        k = 0
        m = n
        while m:
            k += 1
            m >>= 1
        r = self.getrandbits_int(k)
        while r >= n:
            r = self.getrandbits_int(k)
        return r

    def get_state(self):
        res = [0] * (N + 1)
        for i in range(N):
            res[i] = intmask(self.mt[i])
        res[N] = self.index
        return res

    def set_state(self, state):
        assert len(state) == N + 1
        for i in range(N):
            self.mt[i] = r_uint(state[i]) & MASK32
        self.index = state[N]
