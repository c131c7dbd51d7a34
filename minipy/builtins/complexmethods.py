"""complex: arithmetic (CPython's complexobject.c formulas, so results agree to the
bit), repr, hash, equality, the constructor (numbers, strings, __complex__) and the
methods.  arith.builtin_binop, compare.builtin_compare, reprs, hashing and ops call in
here for complex operands."""
import math
from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rlib.rfloat import INFINITY, NAN
from minipy.builtins import registry
from minipy.objects.root import OperationError
from minipy.objects.typeobject import W_TypeObject
from minipy.objects.maps import W_Instance
from minipy.objects.noneobject import w_None
from minipy.objects.intobject import W_IntObject, W_LongObject, W_BoolObject, wrap_bool
from minipy.objects.floatobject import W_FloatObject, wrap_float
from minipy.objects.strobject import W_StrObject, wrap_str
from minipy.objects.complexobject import W_ComplexObject, wrap_complex
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt
from minipy.builtins.registry import method, check_method_args

w_complex = W_ComplexObject.typedef

HASH_IMAG = 1000003


# ---------------------------------------------------------------- arithmetic

def as_complex(w):
    """w (a built-in number) as a complex, or None for other types."""
    if isinstance(w, W_ComplexObject):
        return w
    if isinstance(w, W_FloatObject):
        return W_ComplexObject(w.floatval, 0.0)
    if isinstance(w, W_IntObject) or isinstance(w, W_LongObject):
        from minipy.interpreter import arith
        return W_ComplexObject(arith.to_float(w), 0.0)
    return None


def c_prod(ar, ai, br, bi):
    return ar * br - ai * bi, ar * bi + ai * br


def c_quot(ar, ai, br, bi):
    """Smith's algorithm, as CPython's _Py_c_quot; raises ZeroDivisionError."""
    abs_br = abs(br)
    abs_bi = abs(bi)
    if abs_br >= abs_bi:
        if abs_br == 0.0:
            raise oefmt(ex.w_ZeroDivisionError, 'complex division by zero')
        ratio = bi / br
        denom = br + bi * ratio
        return (ar + ai * ratio) / denom, (ai - ar * ratio) / denom
    if abs_bi >= abs_br:
        ratio = br / bi
        denom = br * ratio + bi
        return (ar * ratio + ai) / denom, (ai * ratio - ar) / denom
    return NAN, NAN


def c_pow(ar, ai, br, bi):
    """_Py_c_pow; raises ZeroDivisionError for 0 to a negative or complex power."""
    if br == 0.0 and bi == 0.0:
        return 1.0, 0.0
    if ar == 0.0 and ai == 0.0:
        if bi != 0.0 or br < 0.0:
            raise oefmt(ex.w_ZeroDivisionError, '0.0 to a negative or complex power')
        return 0.0, 0.0
    vabs = math.hypot(ar, ai)
    length = _pow(vabs, br)
    at = math.atan2(ai, ar)
    phase = at * br
    if bi != 0.0:
        length /= math.exp(at * bi)
        phase += bi * math.log(vabs)
    return length * math.cos(phase), length * math.sin(phase)


def _pow(x, y):
    try:
        return math.pow(x, y)
    except OverflowError:
        return INFINITY
    except ValueError:
        return NAN


def c_powu(xr, xi, n):
    rr = 1.0
    ri = 0.0
    pr = xr
    pi = xi
    mask = 1
    while mask > 0 and n >= mask:
        if n & mask:
            rr, ri = c_prod(rr, ri, pr, pi)
        mask <<= 1
        pr, pi = c_prod(pr, pi, pr, pi)
    return rr, ri


def c_powi(xr, xi, n):
    if n > 100 or n < -100:
        return c_pow(xr, xi, float(n), 0.0)
    if n > 0:
        return c_powu(xr, xi, n)
    pr, pi = c_powu(xr, xi, -n)
    if pr == 0.0 and pi == 0.0:
        raise oefmt(ex.w_ZeroDivisionError, '0.0 to a negative or complex power')
    return c_quot(1.0, 0.0, pr, pi)


def complex_pow(ar, ai, br, bi):
    if bi == 0.0 and br == math.floor(br) and abs(br) <= 100.0:
        rr, ri = c_powi(ar, ai, int(br))
    else:
        rr, ri = c_pow(ar, ai, br, bi)
    if math.isinf(rr) or math.isinf(ri):
        if not (math.isinf(ar) or math.isinf(ai) or math.isinf(br) or math.isinf(bi)):
            raise oefmt(ex.w_OverflowError, 'complex exponentiation')
    return wrap_complex(rr, ri)


def complex_binop(op, w_a, w_b):
    """The binary operators with a complex operand; None when not supported."""
    from minipy.interpreter import arith
    if op != arith.ADD and op != arith.SUB and op != arith.MUL and \
            op != arith.TRUEDIV and op != arith.POW:
        return None
    a = as_complex(w_a)
    b = as_complex(w_b)
    if a is None or b is None:
        return None
    if op == arith.ADD:
        return wrap_complex(a.realval + b.realval, a.imagval + b.imagval)
    if op == arith.SUB:
        return wrap_complex(a.realval - b.realval, a.imagval - b.imagval)
    if op == arith.MUL:
        r, i = c_prod(a.realval, a.imagval, b.realval, b.imagval)
        return wrap_complex(r, i)
    if op == arith.TRUEDIV:
        r, i = c_quot(a.realval, a.imagval, b.realval, b.imagval)
        return wrap_complex(r, i)
    return complex_pow(a.realval, a.imagval, b.realval, b.imagval)


def complex_abs(re, im):
    """_Py_c_abs: hypot, with CPython's inf/nan rules and overflow error."""
    if math.isinf(re) or math.isinf(im):
        return INFINITY
    if math.isnan(re) or math.isnan(im):
        return NAN
    r = math.hypot(re, im)
    if math.isinf(r):
        raise oefmt(ex.w_OverflowError, 'absolute value too large')
    return r


def complex_is_true(w_c):
    return w_c.realval != 0.0 or w_c.imagval != 0.0


# ---------------------------------------------------------------- repr, hash, ==

def _part(x):
    from minipy.support import floatfmt
    return floatfmt.float_to_string(x, 'r', 0, False, False)


def complex_repr(re, im):
    """'1j', '(1+2j)', '(-0-1j)', '(nan+infj)' as CPython."""
    if re == 0.0 and math.copysign(1.0, re) == 1.0:
        return _part(im) + 'j'
    s_im = _part(im)
    sign = ''
    if not s_im.startswith('-'):
        sign = '+'
    return '(' + _part(re) + sign + s_im + 'j)'


def complex_hash(w_c):
    from minipy.builtins import hashing
    hr = r_uint(hashing.float_hash(w_c.realval))
    hi = r_uint(hashing.float_hash(w_c.imagval))
    h = intmask(hr + r_uint(HASH_IMAG) * hi)
    if h == -1:
        h = -2
    return h


def complex_compare(w_a, w_b, op):
    """== and != with complex, int and float operands (exact int comparison);
    None for the orderings and other types (NotImplemented)."""
    from minipy.interpreter import ops
    from minipy.builtins import compare
    if op != ops.EQ and op != ops.NE:
        return None
    if not isinstance(w_a, W_ComplexObject):
        w_a, w_b = w_b, w_a
    assert isinstance(w_a, W_ComplexObject)
    if isinstance(w_b, W_ComplexObject):
        eq = w_a.realval == w_b.realval and w_a.imagval == w_b.imagval
    elif isinstance(w_b, W_FloatObject):
        eq = w_a.realval == w_b.floatval and w_a.imagval == 0.0
    elif isinstance(w_b, W_IntObject) or isinstance(w_b, W_LongObject):
        if w_a.imagval != 0.0:
            eq = False
        else:
            w_r = compare.builtin_compare(wrap_float(w_a.realval), w_b, ops.EQ)
            eq = w_r is not None and ops.is_true(w_r)
    else:
        return None
    return wrap_bool(eq == (op == ops.EQ))


# ---------------------------------------------------------------- parsing

def _isspace(c):
    return c == ' ' or c == '\t' or c == '\n' or c == '\r' or c == '\x0b' or c == '\x0c'


def _scan_digits(s, i, n):
    """End of digits with single underscores between them, from i."""
    start = i
    while i < n:
        c = s[i]
        if '0' <= c <= '9':
            i += 1
        elif c == '_' and i > start and i + 1 < n and '0' <= s[i + 1] <= '9':
            i += 1
        else:
            break
    return i


def _scan_float(s, i, n):
    """End of the longest float prefix of s[i:n] (as PyOS_string_to_double reads it),
    or i if there is none."""
    j = i
    if j < n and (s[j] == '+' or s[j] == '-'):
        j += 1
    assert j >= 0
    for word in ['infinity', 'inf', 'nan']:
        end = j + len(word)
        if end <= n and s[j:end].lower() == word:
            return end
    k = _scan_digits(s, j, n)
    digits = k > j
    if k < n and s[k] == '.':
        k2 = _scan_digits(s, k + 1, n)
        if k2 > k + 1:
            digits = True
        k = k2
    if not digits:
        return i
    if k < n and (s[k] == 'e' or s[k] == 'E'):
        e = k + 1
        if e < n and (s[e] == '+' or s[e] == '-'):
            e += 1
        e2 = _scan_digits(s, e, n)
        if e2 > e:
            k = e2
    return k


def _to_float(s, start, end):
    from minipy.support import numparse
    assert start >= 0 and end >= start
    return numparse.parse_float(s[start:end])


def parse_complex(s):
    """complex('1+2j') etc.; (real, imag); raises the ValueError."""
    n = len(s)
    i = 0
    while i < n and _isspace(s[i]):
        i += 1
    bracket = False
    if i < n and s[i] == '(':
        bracket = True
        i += 1
        while i < n and _isspace(s[i]):
            i += 1
    x = 0.0
    y = 0.0
    end = _scan_float(s, i, n)
    if end != i:
        z = _to_float(s, i, end)
        i = end
        if i < n and (s[i] == '+' or s[i] == '-'):
            x = z
            end = _scan_float(s, i, n)
            if end != i:
                y = _to_float(s, i, end)
                i = end
            else:
                y = 1.0
                if s[i] == '-':
                    y = -1.0
                i += 1
            if not (i < n and (s[i] == 'j' or s[i] == 'J')):
                raise _malformed()
            i += 1
        elif i < n and (s[i] == 'j' or s[i] == 'J'):
            i += 1
            y = z
        else:
            x = z
    else:
        if i < n and (s[i] == '+' or s[i] == '-'):
            y = 1.0
            if s[i] == '-':
                y = -1.0
            i += 1
        else:
            y = 1.0
        if not (i < n and (s[i] == 'j' or s[i] == 'J')):
            raise _malformed()
        i += 1
    while i < n and _isspace(s[i]):
        i += 1
    if bracket:
        if not (i < n and s[i] == ')'):
            raise _malformed()
        i += 1
        while i < n and _isspace(s[i]):
            i += 1
    if i != n:
        raise _malformed()
    return x, y


def _malformed():
    return oefmt(ex.w_ValueError, 'complex() arg is a malformed string')


# ---------------------------------------------------------------- constructor

def _try_complex_method(w_x):
    """x.__complex__() for an object that has it, else None."""
    from minipy.interpreter import ops
    w_m = w_x.getclass().lookup('__complex__')
    if w_m is None or isinstance(w_x, W_ComplexObject):
        return None
    w_r = ops.call_function(w_m, [w_x])
    if not isinstance(w_r.base_value(), W_ComplexObject):
        raise oefmt(ex.w_TypeError, '__complex__ returned non-complex (type %s)'
                    % ops.typename(w_r))
    w_c = w_r.base_value()
    assert isinstance(w_c, W_ComplexObject)
    return w_c


def _is_number(w_v):
    return (isinstance(w_v, W_IntObject) or isinstance(w_v, W_LongObject) or
            isinstance(w_v, W_FloatObject) or isinstance(w_v, W_ComplexObject))


def _real_of(w_x, first):
    """float(x) for a constructor argument that is a real number."""
    from minipy.interpreter import ops
    from minipy.builtins import nummethods
    w_v = w_x.base_value()
    if not _is_number(w_v) and w_x.getclass().lookup('__float__') is None and \
            w_x.getclass().lookup('__index__') is None:
        if first:
            raise oefmt(ex.w_TypeError,
                        "complex() first argument must be a string or a number, not '%s'"
                        % ops.typename(w_x))
        raise oefmt(ex.w_TypeError,
                    "complex() second argument must be a number, not '%s'"
                    % ops.typename(w_x))
    return nummethods.float_from_obj(w_x)


def make(w_t, re, im):
    if w_t is w_complex:
        return wrap_complex(re, im)
    return W_Instance(w_t, wrap_complex(re, im))


def complex_new(args):
    """complex(real=0, imag=0), complex(string)."""
    from minipy.interpreter import ops
    w_t = args.args_w[0]
    assert isinstance(w_t, W_TypeObject)
    w_r = None
    w_i = None
    n = len(args.args_w) - 1
    kwnames = args.kwnames
    if kwnames is None:
        kwnames = []
    if n > 2:
        raise oefmt(ex.w_TypeError, 'complex() takes at most 2 arguments (%d given)'
                    % (n + len(kwnames)))
    if n >= 1:
        w_r = args.args_w[1]
    if n >= 2:
        w_i = args.args_w[2]
    for k in range(len(kwnames)):
        name = kwnames[k]
        if name == 'real' and w_r is None:
            w_r = args.kwvalues_w[k]
        elif name == 'imag' and w_i is None:
            w_i = args.kwvalues_w[k]
        elif name == 'real' or name == 'imag':
            raise oefmt(ex.w_TypeError,
                        "argument for complex() given by name ('%s') and position (%d)"
                        % (name, 1 if name == 'real' else 2))
        else:
            raise oefmt(ex.w_TypeError,
                        "complex() got an unexpected keyword argument '%s'" % name)
    if w_r is None:
        if w_i is None:
            return make(w_t, 0.0, 0.0)
        w_r = W_IntObject(0)      # complex(imag=x): as complex(0, x)
    w_rv = w_r.base_value()
    if isinstance(w_rv, W_StrObject):
        if w_i is not None:
            raise oefmt(ex.w_TypeError, "complex() can't take second arg if first is a string")
        re, im = parse_complex(w_rv.utf8)
        return make(w_t, re, im)
    if w_i is not None and isinstance(w_i.base_value(), W_StrObject):
        raise oefmt(ex.w_TypeError, "complex() second arg can't be a string")
    if w_i is None and w_t is w_complex and isinstance(w_r, W_ComplexObject):
        return w_r
    cr_is_complex = False
    w_c = _try_complex_method(w_r)
    if w_c is None and isinstance(w_rv, W_ComplexObject):
        w_c = w_rv
    if w_c is not None:
        cr_re = w_c.realval
        cr_im = w_c.imagval
        cr_is_complex = True
    else:
        cr_re = _real_of(w_r, True)
        cr_im = 0.0
    ci_is_complex = False
    ci_im = 0.0
    if w_i is None:
        ci_re = cr_im
    else:
        w_iv = w_i.base_value()
        if isinstance(w_iv, W_ComplexObject):
            ci_re = w_iv.realval
            ci_im = w_iv.imagval
            ci_is_complex = True
        else:
            ci_re = _real_of(w_i, False)
    if ci_is_complex:
        cr_re -= ci_im
    if cr_is_complex and w_i is not None:
        ci_re += cr_im
    return make(w_t, cr_re, ci_re)


# ---------------------------------------------------------------- methods

def c_self(args, name):
    from minipy.interpreter import ops
    if len(args.args_w) == 0:
        raise oefmt(ex.w_TypeError, "descriptor '%s' of 'complex' object needs an argument"
                    % name)
    w_c = args.args_w[0].base_value()
    if not isinstance(w_c, W_ComplexObject):
        raise oefmt(ex.w_TypeError,
                    "descriptor '%s' for 'complex' objects doesn't apply to a '%s' object"
                    % (name, ops.typename(args.args_w[0])))
    return w_c


def complex_conjugate(args):
    check_method_args(args, 'conjugate', 0, 0)
    w_c = c_self(args, 'conjugate')
    return wrap_complex(w_c.realval, -w_c.imagval)


def complex_complex(args):
    w_c = c_self(args, '__complex__')
    if args.args_w[0] is w_c:
        return w_c
    return wrap_complex(w_c.realval, w_c.imagval)


def complex_abs_m(args):
    w_c = c_self(args, '__abs__')
    return wrap_float(complex_abs(w_c.realval, w_c.imagval))


def complex_neg(args):
    w_c = c_self(args, '__neg__')
    return wrap_complex(-w_c.realval, -w_c.imagval)


def complex_pos(args):
    w_c = c_self(args, '__pos__')
    return wrap_complex(w_c.realval, w_c.imagval)


def complex_getnewargs(args):
    from minipy.objects.tupleobject import wrap_tuple
    w_c = c_self(args, '__getnewargs__')
    return wrap_tuple([wrap_float(w_c.realval), wrap_float(w_c.imagval)])


def complex_format(args):
    """format(z, spec)."""
    from minipy.interpreter import ops
    from minipy.support.errors import SupportError
    from minipy.builtins.support_glue import operr_from_support
    w_c = c_self(args, '__format__')
    spec = ''
    if len(args.args_w) > 1:
        spec = ops.str_w(args.args_w[1])
    try:
        return wrap_str(format_complex(w_c.realval, w_c.imagval, spec))
    except SupportError as e:
        raise operr_from_support(e)


def format_complex(re, im, spec):
    """CPython's format_complex_internal: both parts formatted as floats (no '.0'
    added), the imaginary one with a sign, parentheses only without a type code."""
    from minipy.support import formatspec as fs
    if spec == '':
        return complex_repr(re, im)
    f = fs.parse_spec(spec, '\0', '>', 'complex')
    t = f.type
    if not (t == 0 or t == ord('e') or t == ord('E') or t == ord('f') or
            t == ord('F') or t == ord('g') or t == ord('G') or t == ord('n')):
        raise fs.unknown_code(t, 'complex')
    if f.fill == '0':
        raise oefmt(ex.w_ValueError, 'Zero padding is not allowed in complex format specifier')
    if f.align == '=':
        raise oefmt(ex.w_ValueError,
                    "'=' alignment flag is not allowed in complex format specifier")
    skip_re = False
    add_parens = False
    default_precision = 6
    if t == 0:
        code = 'r'
        default_precision = 0
        if re == 0.0 and math.copysign(1.0, re) == 1.0:
            skip_re = True
        else:
            add_parens = True
    elif t == ord('n'):
        code = 'g'
    else:
        code = chr(t)
    precision = f.precision
    if precision < 0:
        precision = default_precision
    elif code == 'r':
        code = 'g'
    body = ''
    if add_parens:
        body += '('
    if not skip_re:
        body += _format_part(re, code, precision, f, f.sign)
    sign = f.sign
    if not skip_re:
        sign = '+'
    body += _format_part(im, code, precision, f, sign) + 'j'
    if add_parens:
        body += ')'
    return fs.pad_text(body, len(body), f.width, f.align, f.fill)


def _format_part(value, code, precision, f, sign):
    from minipy.support import formatspec as fs
    from minipy.support.floatfmt import float_to_string, is_zero_digits
    s = float_to_string(value, code, precision, f.alternate, False)
    sign_char = ''
    start = 0
    if len(s) > 0 and s[0] == '-':
        start = 1
        if not (f.no_neg_0 and is_zero_digits(s)):
            sign_char = '-'
    i = start
    n = len(s)
    while i < n and '0' <= s[i] <= '9':
        i += 1
    assert i >= start >= 0
    digits = s[start:i]
    decimal = ''
    if i < n and s[i] == '.':
        decimal = '.'
        i += 1
    remainder = s[i:]
    g = fs.FormatSpec(' ', False, '>', sign, False, False, -1, f.thousands, f.group_size,
                      -1, f.type)
    return fs._fill_number(g, sign_char, '', digits, decimal, remainder, len(remainder))


def attribute(w_c, name):
    """z.real, z.imag; None for other names."""
    if name == 'real':
        return wrap_float(w_c.realval)
    if name == 'imag':
        return wrap_float(w_c.imagval)
    return None


def _install():
    from minipy.builtins import specialmethods
    registry.static_new(w_complex, complex_new)
    specialmethods.install(w_complex)
    method(w_complex, 'conjugate', complex_conjugate)
    method(w_complex, '__complex__', complex_complex)
    method(w_complex, '__abs__', complex_abs_m)
    method(w_complex, '__neg__', complex_neg)
    method(w_complex, '__pos__', complex_pos)
    method(w_complex, '__getnewargs__', complex_getnewargs)
    method(w_complex, '__format__', complex_format)


_install()
