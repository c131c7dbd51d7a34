"""float.hex/float.fromhex (minipy/builtins/floathex.py) against the host CPython's own
float.hex/float.fromhex (same C algorithms in 2.7 and 3.x): random doubles, random
digit strings (rounding, subnormals, overflow) and the error cases."""
import random
import struct
from minipy.builtins import floathex


def same(a, b):
    return struct.pack('<d', a) == struct.pack('<d', b)


def host(s):
    try:
        return ('ok', float.fromhex(s))
    except OverflowError:
        return ('overflow', None)
    except ValueError:
        return ('invalid', None)


def ours(s):
    try:
        return ('ok', floathex.float_fromhex(s))
    except floathex.HexError as e:
        return ('overflow' if e.overflow else 'invalid', None)


def test_hex_of_random_doubles():
    rnd = random.Random(7)
    for i in range(5000):
        x = struct.unpack('<d', struct.pack('<Q', rnd.getrandbits(64)))[0]
        if x != x:
            continue
        assert floathex.float_hex(x) == x.hex()
        assert same(floathex.float_fromhex(x.hex()), x)


def test_fromhex_random_strings():
    rnd = random.Random(11)
    for i in range(5000):
        k = rnd.randint(1, 40)
        s = '0x' + ''.join(rnd.choice('0123456789abcdef') for j in range(k))
        if rnd.random() < 0.7:
            p = rnd.randint(2, len(s))
            s = s[:p] + '.' + s[p:]
        s += 'p%d' % rnd.randint(-1200, 1100)
        a = ours(s)
        b = host(s)
        assert a[0] == b[0], s
        if a[0] == 'ok':
            assert same(a[1], b[1]), s


def test_special_strings():
    for s in ['0x1p-1074', '0x1p-1075', '0x3p-1076', '0x1.00000000000008p0', ' -0X1.AP+3 ',
              'inf', '-Infinity', '1', 'a.b', '.8', '8.', '0x.8p1', '0x1p+99999999999999999999',
              '0x1p-99999999999999999999', '0x', '', '.', 'p1', '1p', '1.2.3', 'x1',
              '0x1p1 x', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7ffp1023', '-0x0p0']:
        a = ours(s)
        b = host(s)
        assert a[0] == b[0], s
        if a[0] == 'ok':
            assert same(a[1], b[1]), s
    assert floathex.float_fromhex('nan') != floathex.float_fromhex('nan')
