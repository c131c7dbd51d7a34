"""The math module."""
import math
import sys
from rpython.rlib import rfloat
from rpython.rlib.objectmodel import we_are_translated, specialize
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rfloat import INFINITY, NAN
from rpython.rtyper.lltypesystem import rffi
from minipy.support.numparse import signed_nan as numparse_nan
from rpython.translator.tool.cbuild import ExternalCompilationInfo
from minipy.objects.root import OperationError
from minipy.objects.noneobject import w_None
from minipy.objects.intobject import (W_IntObject, W_LongObject, wrap_int, wrap_bool,
                                      wrap_bigint)
from minipy.objects.floatobject import W_FloatObject, wrap_float
from minipy.objects.strobject import wrap_str
from minipy.objects.dictobject import W_DictObject
from minipy.objects.moduleobject import W_Module
from minipy.objects.functionobject import W_BuiltinFunction
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt
from minipy.interpreter import arith
from minipy.builtins.registry import check_args


def _f(args, i):
    from minipy.interpreter import ops
    return ops.float_w(args.args_w[i])


def domain():
    return oefmt(ex.w_ValueError, 'math domain error')


def _check(args, name, lo, hi):
    """A math function's arguments checked with CPython's messages, which call it
    math.NAME where they qualify it."""
    check_args(args, name, lo, hi, 'math.' + name)


def _big(w_obj):
    """ops.bigint_w (imported here: ops is not importable when this module loads)."""
    from minipy.interpreter import ops
    return ops.bigint_w(w_obj)


def _unary(name, fn, check):
    def f(args):
        _check(args, name, 1, 1)
        x = _f(args, 0)
        if check == 1 and x < 0.0:
            raise domain()
        if check == 2 and x <= 0.0:
            raise domain()
        if check == 3 and (x < -1.0 or x > 1.0):
            raise domain()
        try:
            r = fn(x)
        except ValueError:
            raise domain()
        except OverflowError:
            raise oefmt(ex.w_OverflowError, 'math range error')
        return wrap_float(r)
    return f


def m_log(args):
    if args.has_kwargs():
        raise oefmt(ex.w_TypeError, 'log() takes no keyword arguments')
    if not 1 <= len(args.args_w) <= 2:
        raise oefmt(ex.w_TypeError, 'math.log requires 1 to 2 arguments')
    w_x = args.args_w[0].base_value()
    if isinstance(w_x, W_LongObject):
        if w_x.bigval.sign <= 0:
            raise domain()
        r = w_x.bigval.log(math.e)
    else:
        x = _f(args, 0)
        if x <= 0.0:
            raise domain()
        r = math.log(x)
    if len(args.args_w) > 1:
        b = _f(args, 1)
        if b <= 0.0:
            raise domain()
        den = math.log(b)
        if den == 0.0:          # base 1: CPython divides, 0.0 by 0.0 or x by 0.0
            raise oefmt(ex.w_ZeroDivisionError, 'float division by zero')
        r = r / den
    return wrap_float(r)


# C's log2 (exact at powers of two, as CPython's math.log2, which calls it)
_c_log2 = rffi.llexternal('log2', [rffi.DOUBLE], rffi.DOUBLE,
                          compilation_info=ExternalCompilationInfo(includes=['math.h']),
                          sandboxsafe=True, releasegil=False)


def _log2(x):
    if we_are_translated():
        return _c_log2(x)
    # untranslated (tests on CPython 2.7, which has no log2): exact at powers of two
    m, e = math.frexp(x)
    if x >= 1.0:
        return math.log(2.0 * m) / math.log(2.0) + (e - 1)
    return math.log(m) / math.log(2.0) + e


_MATH_H = ExternalCompilationInfo(includes=['math.h'])
# C's cbrt, exp2, erf and erfc, which CPython 3.11's math calls
_c_cbrt = rffi.llexternal('cbrt', [rffi.DOUBLE], rffi.DOUBLE, compilation_info=_MATH_H,
                          sandboxsafe=True, releasegil=False)
_c_exp2 = rffi.llexternal('exp2', [rffi.DOUBLE], rffi.DOUBLE, compilation_info=_MATH_H,
                          sandboxsafe=True, releasegil=False)

_c_erf = rffi.llexternal('erf', [rffi.DOUBLE], rffi.DOUBLE, compilation_info=_MATH_H,
                         sandboxsafe=True, releasegil=False)
_c_erfc = rffi.llexternal('erfc', [rffi.DOUBLE], rffi.DOUBLE, compilation_info=_MATH_H,
                          sandboxsafe=True, releasegil=False)


def _erf(x):
    if we_are_translated():
        return _c_erf(x)
    return rfloat.erf(x)        # (untranslated: a few ulps from C's)


def _erfc(x):
    if we_are_translated():
        return _c_erfc(x)
    return rfloat.erfc(x)


def _cbrt(x):
    if we_are_translated():
        return _c_cbrt(x)
    if x == 0.0 or math.isinf(x) or math.isnan(x):     # (untranslated: close enough)
        return x
    y = math.copysign(abs(x) ** (1.0 / 3.0), x)
    return y - (y * y * y - x) / (3.0 * y * y)


def _exp2(x):
    if we_are_translated():
        r = _c_exp2(x)
    else:
        r = math.pow(2.0, x) if x < 1024.0 else INFINITY
    if math.isinf(r) and not math.isinf(x):
        raise OverflowError('math range error')
    return r


def m_remainder(args):
    """IEEE 754 remainder: x - n*y, n the integer nearest x/y (ties to even)."""
    x = _f(args, 0)
    y = _f(args, 1)
    if math.isnan(x):
        return wrap_float(x)
    if math.isnan(y):
        return wrap_float(y)
    if math.isinf(x) or y == 0.0:
        raise domain()
    if math.isinf(y):
        return wrap_float(x)
    absx = math.fabs(x)
    absy = math.fabs(y)
    m = math.fmod(absx, absy)
    c = absy - m
    if m < c:
        r = m
    elif m > c:
        r = -c
    else:       # halfway: m - 2 * fmod(0.5 * (absx - m), absy) picks the even multiple
        r = m - 2.0 * math.fmod(0.5 * (absx - m), absy)
    return wrap_float(math.copysign(1.0, x) * r)


@specialize.arg(1)
def _log_of(args, fn):
    """fn(x) for log2 and log10 as CPython's loghelper: an int too big for a float is
    split into m * 2**e first (log(m) + log(2) * e), so log2(2**2000) is 2000.0."""
    w_x = args.args_w[0].base_value()
    if arith.is_int(w_x):
        big = arith.to_bigint(w_x)
        if big.sign <= 0:
            raise domain()
        bits = big.bit_length()
        if bits <= 1000:
            return fn(big.tofloat())
        shift = bits - 60
        m, e = math.frexp(big.rshift(shift).tofloat())
        return fn(m) + fn(2.0) * (e + shift)
    x = _f(args, 0)
    if x <= 0.0:
        raise domain()
    return fn(x)


def m_log2(args):
    return wrap_float(_log_of(args, _log2))


def m_log10(args):
    return wrap_float(_log_of(args, math.log10))


def _int_result(args, up):
    from minipy.interpreter import ops
    w_x = args.args_w[0].base_value()
    if arith.is_int(w_x):
        return w_x
    if not isinstance(w_x, W_FloatObject):
        # an instance: its __floor__/__ceil__ (Fraction's), else its float value
        w_obj = args.args_w[0]
        if up:
            w_meth = ops.lookup_special(w_obj, '__ceil__')
        else:
            w_meth = ops.lookup_special(w_obj, '__floor__')
        if w_meth is not None:
            return ops.call_function(w_meth, [w_obj])
    x = _f(args, 0)
    from minipy.builtins.nummethods import float_to_int
    if up:
        return float_to_int(math.ceil(x))
    return float_to_int(math.floor(x))


def m_floor(args):
    return _int_result(args, False)


def m_ceil(args):
    return _int_result(args, True)


def m_trunc(args):
    from minipy.builtins.nummethods import float_to_int
    from minipy.interpreter import ops
    w_obj = args.args_w[0]
    w_x = w_obj.base_value()
    if arith.is_int(w_x):
        return w_x
    if isinstance(w_x, W_FloatObject):
        return float_to_int(w_x.floatval)
    w_trunc = ops.lookup_special(w_obj, '__trunc__')
    if w_trunc is None:
        raise oefmt(ex.w_TypeError, "type %s doesn't define __trunc__ method"
                    % ops.typename(w_obj))
    return ops.call_function(w_trunc, [w_obj])


def m_pow(args):
    # RPython's math.pow follows CPython's math.pow (its ValueError and OverflowError too),
    # which differs from ** (0.0 ** -1 is a ZeroDivisionError, math.pow(0, -1) is not)
    x = _f(args, 0)
    y = _f(args, 1)
    if x == 0.0 and math.isinf(y) and y < 0.0:
        return wrap_float(INFINITY)     # (RPython's pow raises ValueError there)
    try:
        return wrap_float(math.pow(x, y))
    except ValueError:
        raise domain()
    except OverflowError:
        raise oefmt(ex.w_OverflowError, 'math range error')


def m_atan2(args):
    return wrap_float(math.atan2(_f(args, 0), _f(args, 1)))


def m_hypot(args):
    vec = [0.0] * len(args.args_w)
    for i in range(len(args.args_w)):
        vec[i] = math.fabs(_f(args, i))
    return wrap_float(vector_norm(vec))


SPLIT = 134217729.0      # 2**27 + 1: splits a float into two halves of 26 bits


def _split_hi(x):
    """The upper half of x's mantissa (Dekker's split): hi * hi is exact."""
    t = x * SPLIT
    return t - (t - x)


def vector_norm(vec):
    """sqrt(sum of squares) of non-negative floats as CPython's hypot and dist compute
    it, to the last bit: scaled to below 1.0, the squares summed with their rounding
    errors kept apart, and the square root corrected by one Newton step."""
    top = 0.0
    nan = False
    for x in vec:
        if math.isnan(x):
            nan = True
        elif x > top:
            top = x
    if math.isinf(top):
        return top
    if nan:
        return NAN
    if top == 0.0 or len(vec) <= 1:
        return top
    return _scaled_norm(vec, top)


def _subnormal_norm(vec, top):
    """The norm when 2**-exp of the largest would overflow: divided by the largest
    instead, squares summed with one error term (CPython's less exact path)."""
    total = 1.0
    err = 0.0
    for x in vec:
        x /= top
        sq = x * x
        new = total + sq
        err += (total - new) + sq
        total = new
    return top * math.sqrt(total - 1.0 + err)


def _scaled_norm(vec, top):
    exp = math.frexp(top)[1]
    if exp < -1023:
        return _subnormal_norm(vec, top)
    scale = math.ldexp(1.0, -exp)
    # the sum starts at 1.0 so that each addition's rounding error is exact
    total = 1.0
    err1 = err2 = err3 = 0.0
    for x in vec:
        x *= scale
        hi = _split_hi(x)
        lo = x - hi
        sq = hi * hi
        new = total + sq
        err1 += (total - new) + sq
        total = new
        sq = 2.0 * hi * lo
        new = total + sq
        err2 += (total - new) + sq
        total = new
        err3 += lo * lo
    h = math.sqrt(total - 1.0 + (err1 + err2 + err3))
    # the residual of h * h, summed the same way, gives the correction
    hi = _split_hi(h)
    lo = h - hi
    sq = -hi * hi
    new = total + sq
    err1 += (total - new) + sq
    total = new
    sq = -2.0 * hi * lo
    new = total + sq
    err2 += (total - new) + sq
    total = new
    sq = -lo * lo
    new = total + sq
    err3 += (total - new) + sq
    total = new
    r = total - 1.0 + (err1 + err2 + err3)
    return (h + r / (2.0 * h)) / scale


def m_fmod(args):
    x = _f(args, 0)
    y = _f(args, 1)
    if math.isnan(x) or math.isnan(y):
        return wrap_float(x + y)
    if y == 0.0 or math.isinf(x):
        raise domain()
    return wrap_float(math.fmod(x, y))


def m_copysign(args):
    return wrap_float(math.copysign(_f(args, 0), _f(args, 1)))


def m_isnan(args):
    return wrap_bool(math.isnan(_f(args, 0)))


def m_isinf(args):
    return wrap_bool(math.isinf(_f(args, 0)))


def m_isfinite(args):
    x = _f(args, 0)
    return wrap_bool(not math.isnan(x) and not math.isinf(x))


def m_isclose(args):
    from minipy.interpreter import ops
    n = len(args.args_w)
    nkw = 0 if args.kwnames is None else len(args.kwnames)
    if n + nkw > 4:
        raise oefmt(ex.w_TypeError, 'isclose() takes at most 4 arguments (%d given)' % (n + nkw))
    if n < 2:
        raise oefmt(ex.w_TypeError, "isclose() missing required argument '%s' (pos %d)"
                    % ('a' if n == 0 else 'b', n + 1))
    if args.kwnames is not None:
        for name in args.kwnames:
            if name != 'rel_tol' and name != 'abs_tol':
                raise oefmt(ex.w_TypeError,
                            "'%s' is an invalid keyword argument for isclose()" % name)
    if n > 2:
        raise oefmt(ex.w_TypeError, 'isclose() takes exactly 2 positional arguments (%d given)' % n)
    a = _f(args, 0)
    b = _f(args, 1)
    rel = 1e-09
    abs_tol = 0.0
    w_r = args.getkw('rel_tol')
    if w_r is not None:
        rel = ops.float_w(w_r)
    w_a = args.getkw('abs_tol')
    if w_a is not None:
        abs_tol = ops.float_w(w_a)
    if rel < 0.0 or abs_tol < 0.0:
        raise oefmt(ex.w_ValueError, 'tolerances must be non-negative')
    if a == b:
        return wrap_bool(True)
    if math.isinf(a) or math.isinf(b):
        return wrap_bool(False)
    diff = abs(b - a)
    return wrap_bool(diff <= abs(rel * b) or diff <= abs(rel * a) or diff <= abs_tol)


def m_gcd(args):
    res = rbigint.fromint(0)
    for w_x in args.args_w:
        b = _big(w_x).abs()
        a = res
        while b.sign != 0:
            a, b = b, a.mod(b)
        res = a
    return wrap_bigint(res)


def m_lcm(args):
    res = rbigint.fromint(1)
    zero = False
    for w_x in args.args_w:
        b = _big(w_x).abs()         # every argument is checked, as CPython does
        if zero or b.sign == 0:
            zero = True
            continue
        a = res
        x = b
        while x.sign != 0:
            a, x = x, a.mod(x)
        res = res.mul(b).floordiv(a)
    if zero:
        return wrap_int(0)
    return wrap_bigint(res)


def m_factorial(args):
    big = _big(args.args_w[0])
    if big.sign < 0:
        raise oefmt(ex.w_ValueError, 'factorial() not defined for negative values')
    try:
        n = big.toint()
    except OverflowError:
        raise oefmt(ex.w_OverflowError, 'factorial() argument should not exceed %d' % sys.maxint)
    r = rbigint.fromint(1)
    for i in range(2, n + 1):
        r = r.int_mul(i)
    return wrap_bigint(r)


def _n_and_k(w_n, w_k):
    """comb/perm's n and k (rbigints), checked as CPython checks them."""
    n = _big(w_n)
    k = _big(w_k)
    if n.sign < 0:
        raise oefmt(ex.w_ValueError, 'n must be a non-negative integer')
    if k.sign < 0:
        raise oefmt(ex.w_ValueError, 'k must be a non-negative integer')
    return n, k


def _small_k(k):
    try:
        return k.toint()
    except OverflowError:
        raise oefmt(ex.w_OverflowError, 'k must not exceed %d' % sys.maxint)


def m_comb(args):
    n, k = _n_and_k(args.args_w[0], args.args_w[1])
    if k.gt(n):
        return wrap_int(0)
    if k.gt(n.sub(k)):
        k = n.sub(k)
    r = rbigint.fromint(1)
    for i in range(_small_k(k)):
        r = r.mul(n.sub(rbigint.fromint(i))).floordiv(rbigint.fromint(i + 1))
    return wrap_bigint(r)


def m_perm(args):
    from minipy.interpreter import ops
    w_k = args.args_w[0]
    if len(args.args_w) > 1 and args.args_w[1] is not ops.w_None:
        w_k = args.args_w[1]
    n, k = _n_and_k(args.args_w[0], w_k)
    if k.gt(n):
        return wrap_int(0)
    r = rbigint.fromint(1)
    for i in range(_small_k(k)):
        r = r.mul(n.sub(rbigint.fromint(i)))
    return wrap_bigint(r)


def m_isqrt(args):
    big = _big(args.args_w[0])
    if big.sign < 0:
        raise oefmt(ex.w_ValueError, 'isqrt() argument must be nonnegative')
    if big.sign == 0:
        return wrap_int(0)
    # Newton's iteration from a power of two at or above the root: it decreases to
    # floor(sqrt(big)) and stops there
    x = rbigint.fromint(1).lshift((big.bit_length() + 1) // 2)
    while True:
        y = x.add(big.floordiv(x)).rshift(1)
        if y.ge(x):
            break
        x = y
    return wrap_bigint(x)


def m_fsum(args):
    """The correctly rounded sum (Shewchuk's exact partial sums, as CPython's fsum), with
    CPython's handling of infinities, NaNs and intermediate overflow."""
    from minipy.interpreter import ops
    partials = []
    special_sum = 0.0
    inf_sum = 0.0
    for w_x in ops.unpack_iterable(args.args_w[0]):
        x = ops.float_w(w_x)
        original = x
        kept = 0
        for j in range(len(partials)):
            y = partials[j]
            if abs(x) < abs(y):
                x, y = y, x
            hi = x + y
            lo = y - (hi - x)
            if lo != 0.0:
                partials[kept] = lo
                kept += 1
            x = hi
        del partials[kept:]
        if x != 0.0:
            if math.isinf(x) or math.isnan(x):
                # from an infinity or NaN among the values, or an overflow of the sum
                if not (math.isinf(original) or math.isnan(original)):
                    raise oefmt(ex.w_OverflowError, 'intermediate overflow in fsum')
                if math.isinf(original):
                    inf_sum += original
                special_sum += original
                partials = []
            else:
                partials.append(x)
    if special_sum != 0.0:
        if math.isnan(inf_sum):
            raise oefmt(ex.w_ValueError, '-inf + inf in fsum')
        return wrap_float(special_sum)
    hi = 0.0
    n = len(partials)
    if n > 0:
        n -= 1
        hi = partials[n]
        lo = 0.0
        while n > 0:
            x = hi
            n -= 1
            y = partials[n]
            hi = x + y
            lo = y - (hi - x)
            if lo != 0.0:
                break
        # round half to even across the partials left
        if n > 0 and ((lo < 0.0 and partials[n - 1] < 0.0) or
                      (lo > 0.0 and partials[n - 1] > 0.0)):
            y = lo * 2.0
            x = hi + y
            if y == x - hi:
                hi = x
    return wrap_float(hi)


def m_prod(args):
    from minipy.interpreter import ops
    n = len(args.args_w)
    nkw = 0 if args.kwnames is None else len(args.kwnames)
    if n + nkw > 2:
        raise oefmt(ex.w_TypeError, 'prod() takes at most 2 arguments (%d given)' % (n + nkw))
    if n != 1:
        raise oefmt(ex.w_TypeError, 'prod() takes exactly 1 positional argument (%d given)' % n)
    if args.kwnames is not None:
        for name in args.kwnames:
            if name != 'start':
                raise oefmt(ex.w_TypeError, "'%s' is an invalid keyword argument for prod()" % name)
    w_acc = wrap_int(1)
    w_s = args.getkw('start')
    if w_s is not None:
        w_acc = w_s
    for w_x in ops.unpack_iterable(args.args_w[0]):
        w_acc = ops.binop(arith.MUL, w_acc, w_x)
    return w_acc


# as CPython: one multiplication by a constant (x * pi / 180 rounds differently)
RAD_TO_DEG = 180.0 / math.pi
DEG_TO_RAD = math.pi / 180.0


def m_degrees(args):
    return wrap_float(_f(args, 0) * RAD_TO_DEG)


def m_radians(args):
    return wrap_float(_f(args, 0) * DEG_TO_RAD)


def m_modf(args):
    from minipy.objects.tupleobject import wrap_tuple
    x = _f(args, 0)
    fr, ip = math.modf(x)
    return wrap_tuple([wrap_float(fr), wrap_float(ip)])


def m_frexp(args):
    from minipy.objects.tupleobject import wrap_tuple
    m, e = math.frexp(_f(args, 0))
    return wrap_tuple([wrap_float(m), wrap_int(e)])


def m_ldexp(args):
    x = _f(args, 0)
    w_e = args.args_w[1].base_value()
    if not arith.is_int(w_e):
        raise oefmt(ex.w_TypeError, 'Expected an int as second argument to ldexp.')
    big = arith.to_bigint(w_e)
    # an exponent beyond a machine int overflows or underflows as the largest one does
    if big.gt(rbigint.fromint(100000)):
        e = 100000
    elif big.lt(rbigint.fromint(-100000)):
        e = -100000
    else:
        e = big.toint()
    try:
        return wrap_float(math.ldexp(x, e))
    except OverflowError:
        raise oefmt(ex.w_OverflowError, 'math range error')


def m_dist(args):
    from minipy.interpreter import ops
    p = ops.unpack_iterable(args.args_w[0])
    q = ops.unpack_iterable(args.args_w[1])
    if len(p) != len(q):
        raise oefmt(ex.w_ValueError, 'both points must have the same number of dimensions')
    diffs = [0.0] * len(p)
    for i in range(len(p)):
        diffs[i] = math.fabs(ops.float_w(p[i]) - ops.float_w(q[i]))
    return wrap_float(vector_norm(diffs))


def m_nextafter(args):
    from minipy.builtins import mathulp
    return wrap_float(mathulp.next_after(_f(args, 0), _f(args, 1)))


def m_ulp(args):
    from minipy.builtins import mathulp
    return wrap_float(mathulp.ulp(_f(args, 0)))


def _log1p(x):
    if x == -1.0:       # (RPython's log1p calls it a range error, CPython a domain error)
        raise ValueError
    return math.log1p(x)


def _sqrt(x):
    return math.sqrt(x)


def _checked(name, fn, lo, hi):
    """fn after _check(args, name, lo, hi)."""
    def f(args):
        _check(args, name, lo, hi)
        return fn(args)
    return f


ANY = -1   # no upper bound

FUNCTIONS = [('sqrt', _unary('sqrt', _sqrt, 1)),
             ('exp', _unary('exp', math.exp, 0)),
             ('sin', _unary('sin', math.sin, 0)),
             ('cos', _unary('cos', math.cos, 0)),
             ('tan', _unary('tan', math.tan, 0)),
             ('asin', _unary('asin', math.asin, 3)),
             ('acos', _unary('acos', math.acos, 3)),
             ('atan', _unary('atan', math.atan, 0)),
             ('sinh', _unary('sinh', math.sinh, 0)),
             ('cosh', _unary('cosh', math.cosh, 0)),
             ('tanh', _unary('tanh', math.tanh, 0)),
             ('log1p', _unary('log1p', _log1p, 0)),
             ('fabs', _unary('fabs', math.fabs, 0)),
             ('acosh', _unary('acosh', rfloat.acosh, 0)),
             ('asinh', _unary('asinh', rfloat.asinh, 0)),
             ('atanh', _unary('atanh', rfloat.atanh, 0)),
             ('erf', _unary('erf', _erf, 0)),
             ('erfc', _unary('erfc', _erfc, 0)),
             ('gamma', _unary('gamma', rfloat.gamma, 0)),
             ('lgamma', _unary('lgamma', rfloat.lgamma, 0)),
             ('expm1', _unary('expm1', rfloat.expm1, 0)),
             ('cbrt', _unary('cbrt', _cbrt, 0)),
             ('exp2', _unary('exp2', _exp2, 0)),
             # these three check their own arguments (keywords, or messages of their own)
             ('log', m_log), ('isclose', m_isclose), ('prod', m_prod)]
for _name, _fn, _lo, _hi in [
        ('log2', m_log2, 1, 1), ('log10', m_log10, 1, 1),
        ('floor', m_floor, 1, 1), ('ceil', m_ceil, 1, 1),
        ('trunc', m_trunc, 1, 1), ('pow', m_pow, 2, 2), ('atan2', m_atan2, 2, 2),
        ('hypot', m_hypot, 0, ANY), ('fmod', m_fmod, 2, 2), ('copysign', m_copysign, 2, 2),
        ('isnan', m_isnan, 1, 1), ('isinf', m_isinf, 1, 1), ('isfinite', m_isfinite, 1, 1),
        ('gcd', m_gcd, 0, ANY), ('lcm', m_lcm, 0, ANY), ('factorial', m_factorial, 1, 1),
        ('comb', m_comb, 2, 2), ('perm', m_perm, 1, 2), ('isqrt', m_isqrt, 1, 1),
        ('fsum', m_fsum, 1, 1), ('degrees', m_degrees, 1, 1), ('radians', m_radians, 1, 1),
        ('modf', m_modf, 1, 1), ('frexp', m_frexp, 1, 1), ('ldexp', m_ldexp, 2, 2),
        ('dist', m_dist, 2, 2), ('remainder', m_remainder, 2, 2),
        ('nextafter', m_nextafter, 2, 2), ('ulp', m_ulp, 1, 1)]:
    FUNCTIONS.append((_name, _checked(_name, _fn, _lo, _hi)))


def make_math():
    w_d = W_DictObject()
    w_mod = W_Module('math', w_d)
    w_d.setstr('__name__', wrap_str('math'))
    w_d.setstr('pi', wrap_float(math.pi))
    w_d.setstr('e', wrap_float(math.e))
    w_d.setstr('tau', wrap_float(2 * math.pi))
    w_d.setstr('inf', wrap_float(INFINITY))
    w_d.setstr('nan', wrap_float(numparse_nan(False)))
    for name, f in FUNCTIONS:
        w_d.setstr(name, W_BuiltinFunction(name, f, False))
    return w_mod
