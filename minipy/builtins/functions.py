"""The built-in functions (print, len, isinstance, sorted, min/max, ...) and the
builtins dict with the built-in types and exceptions."""
import os
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rfloat import round_double
from minipy.builtins import registry
from minipy.objects.root import OperationError, W_Root
from minipy.objects.typeobject import W_TypeObject, w_object, w_type
from minipy.objects.maps import W_Instance
from minipy.objects.noneobject import w_None, w_NotImplemented, w_Ellipsis
from minipy.objects.intobject import (W_IntObject, W_LongObject, W_BoolObject, wrap_int,
                                      wrap_bool, wrap_bigint, to_bigint, w_True, w_False)
from minipy.objects.floatobject import W_FloatObject, wrap_float
from minipy.objects.strobject import (W_StrObject, wrap_str, codepoints, encode_codepoint)
from minipy.objects.bytesobject import W_BytesObject
from minipy.objects.tupleobject import W_TupleObject, wrap_tuple
from minipy.objects.listobject import W_ListObject
from minipy.objects.dictobject import W_DictObject
from minipy.objects.setobject import W_SetObject, w_frozenset_type
from minipy.objects.rangeobject import W_RangeObject, W_SliceObject
from minipy.objects.functionobject import W_Function, W_Method, W_BuiltinFunction, Args
from minipy.objects.moduleobject import W_Module
from minipy.objects.descriptors import W_Property, W_StaticMethod, W_ClassMethod, W_Super
from minipy.objects.fileobject import W_File
from minipy.objects import iterators as it
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt
from minipy.interpreter import ops, arith
from minipy.builtins.registry import function, set_builtin, check_args, builtins_dict
from minipy.builtins import keyloops, reprs, importing
from minipy.builtins import (typecall, nummethods, strmethods, listmethods, dictmethods,
                             setmethods, seqmethods, excmethods, descrmethods, filemethods,
                             genericalias, uniontype, excgroup)


def get_stdout():
    from minipy.builtins import modsys
    return modsys.get_std('stdout')


def write_to(w_file, s):
    if isinstance(w_file, W_File):
        filemethods.check_open(w_file)
        filemethods.write_text(w_file, s)
    else:
        ops.call_method(w_file, 'write', [wrap_str(s)])


def b_print(args):
    sep = ' '
    end = '\n'
    w_file = None
    flush = False
    if args.kwnames is not None:
        for i in range(len(args.kwnames)):
            k = args.kwnames[i]
            w_v = args.kwvalues_w[i]
            if k == 'sep':
                if w_v is not w_None:
                    if not isinstance(w_v.base_value(), W_StrObject):
                        raise oefmt(ex.w_TypeError, 'sep must be None or a string, not %s'
                                    % ops.typename(w_v))
                    sep = ops.str_w(w_v)
            elif k == 'end':
                if w_v is not w_None:
                    if not isinstance(w_v.base_value(), W_StrObject):
                        raise oefmt(ex.w_TypeError, 'end must be None or a string, not %s'
                                    % ops.typename(w_v))
                    end = ops.str_w(w_v)
            elif k == 'file':
                if w_v is not w_None:
                    w_file = w_v
            elif k == 'flush':
                flush = ops.is_true(w_v)
            else:
                raise oefmt(ex.w_TypeError, "'%s' is an invalid keyword argument for print()" % k)
    if w_file is None:
        w_file = get_stdout()
    if isinstance(w_file, W_File):
        parts = []
        for w_x in args.args_w:
            parts.append(ops.str_utf8(w_x))
        write_to(w_file, sep.join(parts) + end)
    else:
        # another object's write() sees each piece, as CPython's print calls it
        for i in range(len(args.args_w)):
            if i > 0:
                write_to(w_file, sep)
            write_to(w_file, ops.str_utf8(args.args_w[i]))
        write_to(w_file, end)
    if flush:
        if isinstance(w_file, W_File):
            w_file.flush()
        else:
            ops.call_method(w_file, 'flush', [])
    return w_None


def b_len(args):
    check_args(args, 'len', 1, 1)
    return wrap_int(ops.len_w(args.args_w[0]))


def check_class(w_cls, fname):
    if isinstance(w_cls, W_TypeObject):
        return
    if fname == 'issubclass':       # (CPython's two messages differ in their words)
        raise oefmt(ex.w_TypeError,
                    'issubclass() arg 2 must be a class, a tuple of classes, or a union')
    raise oefmt(ex.w_TypeError, '%s() arg 2 must be a type, a tuple of types, or a union'
                % fname)


def isinstance_w(w_obj, w_cls):
    if isinstance(w_cls, W_TupleObject):
        for w_c in w_cls.items_w:
            if isinstance_w(w_obj, w_c):
                return True
        return False
    if isinstance(w_cls, uniontype.W_UnionType):
        for w_c in w_cls.args_w:          # (a generic alias only fails when reached)
            uniontype.check_member(w_c, 'isinstance')
            if isinstance_w(w_obj, w_c):
                return True
        return False
    check_class(w_cls, 'isinstance')
    assert isinstance(w_cls, W_TypeObject)
    if w_obj.getclass() is w_cls:
        return True
    w_meta = w_cls.getclass()
    if w_meta is not w_type:
        w_check = w_meta.lookup('__instancecheck__')
        if w_check is not None:
            return ops.is_true(ops.call_function(w_check, [w_cls, w_obj]))
    w_t = w_obj.getclass()
    if w_t.issubtype(w_cls):
        return True
    if w_t.has_custom_getattribute():
        # CPython also asks obj.__class__ (a weakref.proxy answers its referent's class);
        # only a class with its own __getattribute__ can answer anything but its type
        w_c = ops.getattr_or_null(w_obj, '__class__')
        if isinstance(w_c, W_TypeObject) and w_c is not w_t:
            return w_c.issubtype(w_cls)
    return False


def b_isinstance(args):
    check_args(args, 'isinstance', 2, 2)
    return wrap_bool(isinstance_w(args.args_w[0], args.args_w[1]))


def issubclass_w(w_c, w_cls):
    if isinstance(w_cls, W_TupleObject):
        for w_x in w_cls.items_w:
            if issubclass_w(w_c, w_x):
                return True
        return False
    if isinstance(w_cls, uniontype.W_UnionType):
        for w_x in w_cls.args_w:
            uniontype.check_member(w_x, 'issubclass')
            if issubclass_w(w_c, w_x):
                return True
        return False
    # CPython's order: a metaclass's __subclasscheck__ sees any first argument; else
    # the first argument is checked before the second
    if isinstance(w_cls, W_TypeObject):
        w_meta = w_cls.getclass()
        if w_meta is not w_type:
            w_check = w_meta.lookup('__subclasscheck__')
            if w_check is not None:
                return ops.is_true(ops.call_function(w_check, [w_cls, w_c]))
    if not isinstance(w_c, W_TypeObject):
        raise oefmt(ex.w_TypeError, 'issubclass() arg 1 must be a class')
    check_class(w_cls, 'issubclass')
    assert isinstance(w_cls, W_TypeObject)
    return w_c.issubtype(w_cls)


def b_issubclass(args):
    check_args(args, 'issubclass', 2, 2)
    return wrap_bool(issubclass_w(args.args_w[0], args.args_w[1]))


def b_repr(args):
    check_args(args, 'repr', 1, 1)
    return ops.repr_w(args.args_w[0])


def b_ascii(args):
    check_args(args, 'ascii', 1, 1)
    return ops.ascii_w(args.args_w[0])


def b_iter(args):
    check_args(args, 'iter', 1, 2)
    if len(args.args_w) == 2:
        if not callable_w(args.args_w[0]):
            raise oefmt(ex.w_TypeError, 'iter(v, w): v must be callable')
        return it.W_CallIter(args.args_w[0], args.args_w[1])
    return ops.iter_w(args.args_w[0])


def b_next(args):
    check_args(args, 'next', 1, 2)
    w_it = args.args_w[0]
    if not isinstance(w_it, it.W_AbstractIter) and w_it.getclass().lookup('__next__') is None:
        raise oefmt(ex.w_TypeError, "'%s' object is not an iterator" % ops.typename(w_it))
    from minipy.objects.generator import W_Generator
    if isinstance(w_it, W_Generator):
        from minipy.interpreter import generators
        try:
            return generators.gen_send(w_it, w_None)
        except OperationError as e:
            if len(args.args_w) == 2 and ops.isinstance_w(e.w_value, ex.w_StopIteration):
                return args.args_w[1]
            raise
    if isinstance(w_it, it.W_AbstractIter):
        w_x = w_it.next_w()
        if w_x is None:
            if len(args.args_w) == 2:
                return args.args_w[1]
            raise ex.operr_noargs(ex.w_StopIteration)
        return w_x
    try:
        return ops.call_function(w_it.getclass().lookup('__next__'), [w_it])
    except OperationError as e:
        if len(args.args_w) == 2 and ops.isinstance_w(e.w_value, ex.w_StopIteration):
            return args.args_w[1]
        raise


def b_enumerate(args):
    """enumerate(iterable, start=0), both by position or keyword."""
    n = len(args.args_w)
    total = n
    if args.kwnames is not None:
        total += len(args.kwnames)
    if total > 2:
        raise oefmt(ex.w_TypeError, 'enumerate() takes at most 2 arguments (%d given)'
                    % total)
    w_iterable = None
    w_start = None
    if n > 0:
        w_iterable = args.args_w[0]
    if n > 1:
        w_start = args.args_w[1]
    if args.kwnames is not None and n == 0:
        w_iterable = args.getkw('iterable')
    if args.kwnames is not None:
        for i in range(len(args.kwnames)):
            key = args.kwnames[i]
            if key == 'iterable' and n < 1:
                pass
            elif key == 'start' and n < 2 and w_iterable is not None:
                w_start = args.kwvalues_w[i]
            elif key == 'iterable' or key == 'start':
                if w_iterable is None:      # CPython's message for enumerate(start=1)
                    raise oefmt(ex.w_TypeError,
                                "'%s' is an invalid keyword argument for enumerate()" % key)
                raise oefmt(ex.w_TypeError, "argument for enumerate() given by name ('%s') "
                            "and position (%d)" % (key, 1 if key == 'iterable' else 2))
            else:
                raise oefmt(ex.w_TypeError,
                            "'%s' is an invalid keyword argument for enumerate()" % key)
    if w_iterable is None:
        raise oefmt(ex.w_TypeError, "enumerate() missing required argument 'iterable'")
    start = 0
    if w_start is not None:
        start = ops.int_w(w_start)
    return it.W_EnumerateIter(ops.iter_w(w_iterable), start)


def b_zip(args):
    listmethods.check_keywords(args, 'zip', ['strict'])
    iters = [ops.iter_w(w_x) for w_x in args.args_w]
    w_strict = args.getkw('strict')
    strict = w_strict is not None and ops.is_true(w_strict)
    return it.W_ZipIter(iters, strict)


def b_map(args):
    if args.has_kwargs():
        raise oefmt(ex.w_TypeError, 'map() takes no keyword arguments')
    if len(args.args_w) < 2:
        raise oefmt(ex.w_TypeError, 'map() must have at least two arguments.')
    iters = [ops.iter_w(w_x) for w_x in args.args_w[1:]]
    return it.W_MapIter(args.args_w[0], iters)


def b_filter(args):
    check_args(args, 'filter', 2, 2)
    return it.W_FilterIter(args.args_w[0], ops.iter_w(args.args_w[1]))


def b_reversed(args):
    check_args(args, 'reversed', 1, 1)
    w_seq = args.args_w[0]
    w_r = w_seq.getclass().lookup('__reversed__')
    if w_r is not None and not ops.is_none(w_r):
        return ops.call_function(w_r, [w_seq])
    if w_r is not None or isinstance(w_seq, W_DictObject) or \
            isinstance(w_seq, W_SetObject) or w_seq.getclass().lookup('__getitem__') is None:
        raise oefmt(ex.w_TypeError, "'%s' object is not reversible" % ops.typename(w_seq))
    # a sequence without __len__: len_w raises CPython's "has no len()"
    return it.W_ReversedIter(w_seq, ops.len_w(w_seq))


def b_sorted(args):
    if len(args.args_w) != 1:
        raise oefmt(ex.w_TypeError, 'sorted expected 1 argument, got %d' % len(args.args_w))
    items = ops.unpack_iterable(args.args_w[0])     # before the keywords, as CPython
    w_key, reverse = listmethods.sort_keywords(args)
    listmethods.sort_items(items, w_key, reverse)
    return W_ListObject(items)


def _minmax(args, is_max):
    name = 'max' if is_max else 'min'
    listmethods.check_keywords(args, name, ['key', 'default'])
    w_key = args.getkw('key')
    if w_key is w_None:
        w_key = None
    w_default = args.getkw('default')
    if len(args.args_w) == 0:
        raise oefmt(ex.w_TypeError, '%s expected at least 1 argument, got 0' % name)
    if len(args.args_w) == 1:
        items = ops.unpack_iterable(args.args_w[0])
        if len(items) == 0:
            if w_default is not None:
                return w_default
            raise oefmt(ex.w_ValueError, '%s() arg is an empty sequence' % name)
    else:
        if w_default is not None:
            raise oefmt(ex.w_TypeError,
                        'Cannot specify a default for %s() with multiple positional arguments'
                        % name)
        items = args.args_w
    return keyloops.best_of(items, w_key, is_max)


def b_min(args):
    return _minmax(args, False)


def b_max(args):
    return _minmax(args, True)


def b_sum(args):
    listmethods.check_keywords(args, 'sum', ['start'])
    if len(args.args_w) == 0:
        raise oefmt(ex.w_TypeError, 'sum() takes at least 1 positional argument (0 given)')
    w_acc = wrap_int(0)
    if len(args.args_w) > 1:
        w_acc = args.args_w[1]
    w_s = args.getkw('start')
    if w_s is not None:
        w_acc = w_s
    if isinstance(w_acc, W_StrObject):
        raise oefmt(ex.w_TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
    w_iter = ops.iter_w(args.args_w[0])
    while True:
        w_x = ops.next_w(w_iter)
        if w_x is None:
            break
        w_acc = ops.binop(arith.ADD, w_acc, w_x)
    return w_acc


def abs_w(w_x):
    if isinstance(w_x, W_IntObject):
        if w_x.intval < 0:
            return ops.unary_neg(w_x)
        return wrap_int(w_x.intval)
    if isinstance(w_x, W_LongObject):
        return wrap_bigint(w_x.bigval.abs())
    if isinstance(w_x, W_FloatObject):
        return wrap_float(abs(w_x.floatval))
    w_m = w_x.getclass().lookup('__abs__')
    if w_m is not None:
        return ops.call_function(w_m, [w_x])
    raise oefmt(ex.w_TypeError, "bad operand type for abs(): '%s'" % ops.typename(w_x))


def b_abs(args):
    check_args(args, 'abs', 1, 1)
    return abs_w(args.args_w[0])


def b_divmod(args):
    check_args(args, 'divmod', 2, 2)
    w_a = args.args_w[0]
    w_b = args.args_w[1]
    if isinstance(w_a, W_Instance) or isinstance(w_b, W_Instance):
        w_m = w_a.getclass().lookup('__divmod__')
        if w_m is not None:
            w_r = ops.call_function(w_m, [w_a, w_b])
            if w_r is not w_NotImplemented:
                return w_r
        w_m = w_b.getclass().lookup('__rdivmod__')
        if w_m is not None:
            w_r = ops.call_function(w_m, [w_b, w_a])
            if w_r is not w_NotImplemented:
                return w_r
    try:
        w_q = ops.binop(arith.FLOORDIV, w_a, w_b)
        w_r = ops.binop(arith.MOD, w_a, w_b)
    except OperationError as e:
        if ops.isinstance_w(e.w_value, ex.w_TypeError):
            raise oefmt(ex.w_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'"
                        % (ops.typename(w_a), ops.typename(w_b)))
        if ops.isinstance_w(e.w_value, ex.w_ZeroDivisionError) and (
                isinstance(w_a.base_value(), W_FloatObject) or
                isinstance(w_b.base_value(), W_FloatObject)):
            raise oefmt(ex.w_ZeroDivisionError, 'float divmod()')
        raise
    return wrap_tuple([w_q, w_r])


def _pow_arguments(args):
    """pow(base, exp, mod=None)'s arguments, by position or keyword."""
    n = len(args.args_w)
    if not args.has_kwargs() and (n == 2 or n == 3):
        return args.args_w
    total = n
    if args.kwnames is not None:
        total += len(args.kwnames)
    if total > 3:
        raise oefmt(ex.w_TypeError, 'pow() takes at most 3 arguments (%d given)' % total)
    names = ['base', 'exp', 'mod']
    values_w = [None, None, None]
    for i in range(n):
        values_w[i] = args.args_w[i]
    unknown = None
    if args.kwnames is not None:
        for k in range(len(args.kwnames)):
            key = args.kwnames[k]
            j = 0
            while j < 3 and names[j] != key:
                j += 1
            if j == 3:
                if unknown is None:
                    unknown = key
                continue
            if j < n:
                raise oefmt(ex.w_TypeError, "argument for pow() given by name ('%s') and "
                            "position (%d)" % (key, j + 1))
            values_w[j] = args.kwvalues_w[k]
    for j in range(2):
        if values_w[j] is None:
            raise oefmt(ex.w_TypeError, "pow() missing required argument '%s' (pos %d)"
                        % (names[j], j + 1))
    if unknown is not None:
        raise oefmt(ex.w_TypeError, "'%s' is an invalid keyword argument for pow()"
                    % unknown)
    if values_w[2] is None:
        return [values_w[0], values_w[1]]
    return values_w


def _user_pow3(w_x, w_y, w_z):
    """Three-argument pow() of non-ints: the base's __pow__(exp, mod), as CPython's
    ternary slot (None when it has none or it returns NotImplemented)."""
    from minipy.objects.maps import W_Instance
    if isinstance(w_x, W_Instance):
        w_meth = w_x.getclass().lookup('__pow__')
        if w_meth is not None:
            w_res = ops.call_function(w_meth, [w_x, w_y, w_z])
            if w_res is not w_NotImplemented:
                return w_res
    return None


def _is_number(w_x):
    from minipy.objects.complexobject import W_ComplexObject
    return (arith.is_int(w_x) or isinstance(w_x, W_FloatObject) or
            isinstance(w_x, W_ComplexObject))


def b_pow(args):
    args_w = _pow_arguments(args)
    if len(args_w) == 3 and args_w[2] is not w_None:
        w_a = args_w[0].base_value()
        w_b = args_w[1].base_value()
        w_m = args_w[2].base_value()
        if not (arith.is_int(w_a) and arith.is_int(w_b) and arith.is_int(w_m)):
            w_res = _user_pow3(args_w[0], args_w[1], args_w[2])
            if w_res is not None:
                return w_res
            if not (_is_number(w_a) and _is_number(w_b) and _is_number(w_m)):
                raise oefmt(ex.w_TypeError,
                            "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'"
                            % (ops.typename(args_w[0]), ops.typename(args_w[1]),
                               ops.typename(args_w[2])))
            raise oefmt(ex.w_TypeError,
                        'pow() 3rd argument not allowed unless all arguments are integers')
        m = to_bigint(w_m)
        if m.sign == 0:
            raise oefmt(ex.w_ValueError, 'pow() 3rd argument cannot be 0')
        b = to_bigint(w_b)
        a = to_bigint(w_a)
        negm = m.sign < 0
        if negm:
            m = m.neg()
        if b.sign < 0:
            a = mod_inverse(a, m)
            b = b.neg()
        r = a.pow(b, m)
        if negm and r.sign != 0:
            r = r.sub(m)
        return wrap_bigint(r)
    return ops.binop(arith.POW, args_w[0], args_w[1])


def mod_inverse(a, m):
    """Inverse of a modulo m (m > 0), as pow(a, -1, m)."""
    a = a.mod(m)
    r0 = m
    r1 = a
    t0 = rbigint.fromint(0)
    t1 = rbigint.fromint(1)
    while r1.sign != 0:
        q = r0.floordiv(r1)
        r0, r1 = r1, r0.sub(q.mul(r1))
        t0, t1 = t1, t0.sub(q.mul(t1))
    if not r0.eq(rbigint.fromint(1)):
        raise oefmt(ex.w_ValueError, 'base is not invertible for the given modulus')
    return t0.mod(m)


def round_float(w_v, w_nd):
    assert isinstance(w_v, W_FloatObject)
    f = w_v.floatval
    if w_nd is None or w_nd is w_None:
        import math
        if math.isinf(f):
            raise oefmt(ex.w_OverflowError, 'cannot convert float infinity to integer')
        if math.isnan(f):
            raise oefmt(ex.w_ValueError, 'cannot convert float NaN to integer')
        r = round_double(f, 0, half_even=True)
        return nummethods.float_to_int(r)
    nd = ops.int_w(w_nd)
    from minipy.support import numparse
    from minipy.support.errors import SupportError
    from minipy.builtins.support_glue import operr_from_support
    try:
        return wrap_float(numparse.round_float(f, nd))
    except SupportError as e:
        raise operr_from_support(e)


def round_int(w_v, w_nd):
    nd = ops.int_w(w_nd)
    if nd >= 0:
        return w_v
    big = to_bigint(w_v)
    pow10 = rbigint.fromint(10).pow(rbigint.fromint(-nd))
    q, r = big.divmod(pow10)
    # round half to even
    twice = r.lshift(1)
    if twice.gt(pow10) or (twice.eq(pow10) and q.and_(rbigint.fromint(1)).tobool()):
        q = q.add(rbigint.fromint(1))
    return wrap_bigint(q.mul(pow10))


def b_round(args):
    if len(args.args_w) == 0 or len(args.args_w) > 2:
        raise oefmt(ex.w_TypeError, 'round() takes at most 2 arguments')
    w_x = args.args_w[0]
    w_nd = None
    if len(args.args_w) > 1:
        w_nd = args.args_w[1]
    w_nk = args.getkw('ndigits')
    if w_nk is not None:
        w_nd = w_nk
    w_b = w_x
    if isinstance(w_x, W_Instance):
        w_m = w_x.getclass().lookup('__round__')
        if w_m is not None and not isinstance(w_m, W_BuiltinFunction):
            if w_nd is None or w_nd is w_None:      # round(x, None) calls x.__round__()
                return ops.call_function(w_m, [w_x])
            return ops.call_function(w_m, [w_x, w_nd])
        w_b = w_x.base_value()
    if isinstance(w_b, W_FloatObject):
        return round_float(w_b, w_nd)
    if arith.is_int(w_b):
        if w_nd is None or w_nd is w_None:
            if isinstance(w_b, W_BoolObject):
                return wrap_int(w_b.intval)
            return w_b
        return round_int(w_b, w_nd)
    raise oefmt(ex.w_TypeError, "type %s doesn't define __round__ method" % ops.typename(w_x))


def _int_format(args, name, digits, prefix):
    check_args(args, name, 1, 1)
    big = ops.bigint_w(args.args_w[0])
    if big.sign < 0:
        return wrap_str('-' + prefix + big.abs().format(digits))
    return wrap_str(prefix + big.format(digits))


def b_hex(args):
    return _int_format(args, 'hex', '0123456789abcdef', '0x')


def b_oct(args):
    return _int_format(args, 'oct', '01234567', '0o')


def b_bin(args):
    return _int_format(args, 'bin', '01', '0b')


def b_chr(args):
    check_args(args, 'chr', 1, 1)
    i = ops.int_w(args.args_w[0])
    if i < 0 or i > 0x10FFFF:
        raise oefmt(ex.w_ValueError, 'chr() arg not in range(0x110000)')
    return W_StrObject(encode_codepoint(i), 1)


def b_ord(args):
    check_args(args, 'ord', 1, 1)
    w_x = args.args_w[0].base_value()
    if isinstance(w_x, W_StrObject):
        if w_x.length != 1:
            raise oefmt(ex.w_TypeError, 'ord() expected a character, but string of length %d found'
                        % w_x.length)
        return wrap_int(codepoints(w_x.utf8)[0])
    if isinstance(w_x, W_BytesObject):
        if len(w_x.value) != 1:
            raise oefmt(ex.w_TypeError, 'ord() expected a character, but string of length %d found'
                        % len(w_x.value))
        return wrap_int(ord(w_x.value[0]))
    raise oefmt(ex.w_TypeError, 'ord() expected string of length 1, but %s found'
                % ops.typename(args.args_w[0]))


def b_hash(args):
    check_args(args, 'hash', 1, 1)
    return wrap_int(ops.hash_w(args.args_w[0]))


def b_id(args):
    check_args(args, 'id', 1, 1)
    from minipy.objects.intobject import canonical
    from minipy.objects.floatobject import W_FloatObject, float_id
    w_obj = args.args_w[0]
    if type(w_obj) is W_FloatObject:
        return wrap_bigint(float_id(w_obj))
    return wrap_int(reprs.object_id(canonical(w_obj)))


def b_any(args):
    check_args(args, 'any', 1, 1)
    w_iter = ops.iter_w(args.args_w[0])
    while True:
        w_x = ops.next_w(w_iter)
        if w_x is None:
            return w_False
        if ops.is_true(w_x):
            return w_True


def b_all(args):
    check_args(args, 'all', 1, 1)
    w_iter = ops.iter_w(args.args_w[0])
    while True:
        w_x = ops.next_w(w_iter)
        if w_x is None:
            return w_True
        if not ops.is_true(w_x):
            return w_False


def callable_w(w_x):
    if isinstance(w_x, W_Function) or isinstance(w_x, W_BuiltinFunction) or \
            isinstance(w_x, W_Method) or isinstance(w_x, W_TypeObject):
        return True
    return w_x.getclass().lookup('__call__') is not None


def b_callable(args):
    check_args(args, 'callable', 1, 1)
    return wrap_bool(callable_w(args.args_w[0]))


def _attr_name(w_name):
    w_b = w_name.base_value()
    if not isinstance(w_b, W_StrObject):
        raise oefmt(ex.w_TypeError, "attribute name must be string, not '%s'"
                    % ops.typename(w_name))
    return w_b.utf8


def b_getattr(args):
    check_args(args, 'getattr', 2, 3)
    name = _attr_name(args.args_w[1])
    if len(args.args_w) == 3:
        try:
            w_res = ops.getattr_or_null(args.args_w[0], name)
        except OperationError as e:
            if ops.isinstance_w(e.w_value, ex.w_AttributeError):
                return args.args_w[2]
            raise
        if w_res is None:
            return args.args_w[2]
        return w_res
    return ops.getattr_w(args.args_w[0], name)


def b_setattr(args):
    check_args(args, 'setattr', 3, 3)
    ops.setattr_w(args.args_w[0], _attr_name(args.args_w[1]), args.args_w[2])
    return w_None


def b_hasattr(args):
    check_args(args, 'hasattr', 2, 2)
    try:
        w_res = ops.getattr_or_null(args.args_w[0], _attr_name(args.args_w[1]))
    except OperationError as e:
        if ops.isinstance_w(e.w_value, ex.w_AttributeError):
            return w_False
        raise
    return wrap_bool(w_res is not None)


def b_delattr(args):
    check_args(args, 'delattr', 2, 2)
    ops.delattr_w(args.args_w[0], _attr_name(args.args_w[1]))
    return w_None


def b_vars(args):
    from minipy.builtins import specialattrs
    if len(args.args_w) == 0:
        return b_locals(args)
    w_x = args.args_w[0]
    w_d = ops.getattr_or_null(w_x, '__dict__')
    if w_d is None:
        raise oefmt(ex.w_TypeError, 'vars() argument must have __dict__ attribute')
    return w_d


def dir_of(w_x):
    from minipy.builtins import specialattrs
    names = {}
    if isinstance(w_x, W_Module):
        for w_k in w_x.w_dict.live_keys():
            names[ops.str_w(w_k)] = True
    else:
        if isinstance(w_x, W_Instance):
            for n in w_x.attr_names():
                names[n] = True
        w_t = w_x
        if not isinstance(w_x, W_TypeObject):
            w_t = w_x.getclass()
        assert isinstance(w_t, W_TypeObject)
        for w_c in w_t.mro_w:
            assert isinstance(w_c, W_TypeObject)
            for k in w_c.read_dict().keys():
                names[k] = True
    items_w = []
    for k in names:
        items_w.append(wrap_str(k))
    listmethods.sort_items(items_w, None, False)
    return W_ListObject(items_w)


def b_dir(args):
    if len(args.args_w) == 0:
        items = ops.unpack_iterable(b_locals(args))      # the names in scope, sorted
        listmethods.sort_items(items, None, False)
        return W_ListObject(items)
    w_x = args.args_w[0]
    if isinstance(w_x, W_Instance) or (isinstance(w_x, W_TypeObject) and
                                       w_x.getclass() is not w_type):
        # an instance's class's __dir__, or a metaclass's for a class
        w_m = w_x.getclass().lookup('__dir__')
        if w_m is not None and not isinstance(w_m, W_BuiltinFunction):
            w_r = ops.call_function(w_m, [w_x])
            items = ops.unpack_iterable(w_r)
            listmethods.sort_items(items, None, False)
            return W_ListObject(items)
    return dir_of(w_x)


def b_format(args):
    check_args(args, 'format', 1, 2)
    w_spec = None
    if len(args.args_w) > 1:
        w_spec = args.args_w[1]
    from minipy.builtins import formatting
    return formatting.format_w(args.args_w[0], w_spec)


def b_input(args):
    from minipy.builtins import modsys
    check_args(args, 'input', 0, 1)
    w_out = modsys.get_std('stdout')
    if len(args.args_w) == 1:
        write_to(w_out, ops.str_utf8(args.args_w[0]))
    if isinstance(w_out, W_File):
        w_out.flush()
    w_in = modsys.get_std('stdin')
    if isinstance(w_in, W_File):
        from minipy.builtins import textio, support_glue
        filemethods.check_readable(w_in)
        line = textio.read_line(w_in, -1)
        if not w_in.binary:
            line = support_glue.decode_bytes(line, w_in.encoding, w_in.errors)
    else:
        line = ops.str_w(ops.call_method(w_in, 'readline', []))
    if len(line) == 0:
        raise oefmt(ex.w_EOFError, 'EOF when reading a line')
    if line[len(line) - 1] == '\n':
        stop = len(line) - 1
        assert stop >= 0
        line = line[:stop]
    return wrap_str(line)


def b_globals(args):
    from minipy.interpreter.executioncontext import get_ec
    frame = get_ec().gettopframe()
    if frame is None:
        return W_DictObject()
    return frame.w_globals


def b_locals(args):
    from minipy.interpreter.executioncontext import get_ec
    from minipy.builtins.evalexec import caller_locals
    frame = get_ec().gettopframe()
    if frame is None:
        return W_DictObject()
    return caller_locals(frame)


def b_exit(args):
    w_code = w_None
    if len(args.args_w) > 0:
        w_code = args.args_w[0]
    raise ex.operr_arg(ex.w_SystemExit, w_code)


function('print', b_print)
function('len', b_len)
function('isinstance', b_isinstance)
function('issubclass', b_issubclass)
function('repr', b_repr)
function('ascii', b_ascii)
function('iter', b_iter)
function('next', b_next)
function('sorted', b_sorted)
function('min', b_min)
function('max', b_max)
function('sum', b_sum)
function('abs', b_abs)
function('divmod', b_divmod)
function('pow', b_pow)
function('round', b_round)
function('hex', b_hex)
function('oct', b_oct)
function('bin', b_bin)
function('chr', b_chr)
function('ord', b_ord)
function('hash', b_hash)
function('id', b_id)
function('any', b_any)
function('all', b_all)
function('callable', b_callable)
function('getattr', b_getattr)
function('setattr', b_setattr)
function('hasattr', b_hasattr)
function('delattr', b_delattr)
function('vars', b_vars)
function('dir', b_dir)
function('format', b_format)
function('input', b_input)
function('globals', b_globals)
function('locals', b_locals)
function('exit', b_exit)
function('__import__', importing.b_import)
function('quit', b_exit)


def _iter_type(name, fn, w_t):
    registry.static_new(w_t, fn)
    set_builtin(name, w_t)


def _drop_cls(fn):
    def new(args):
        return fn(Args(args.args_w[1:], args.kwnames, args.kwvalues_w))
    return new


_iter_type('enumerate', _drop_cls(b_enumerate), it.W_EnumerateIter.typedef)
_iter_type('zip', _drop_cls(b_zip), it.W_ZipIter.typedef)
_iter_type('map', _drop_cls(b_map), it.W_MapIter.typedef)
_iter_type('filter', _drop_cls(b_filter), it.W_FilterIter.typedef)
_iter_type('reversed', _drop_cls(b_reversed), it.W_ReversedIter.typedef)

for _w_t in [w_object, w_type, W_IntObject.typedef, W_BoolObject.typedef,
             W_FloatObject.typedef, W_StrObject.typedef, W_BytesObject.typedef,
             W_TupleObject.typedef, W_ListObject.typedef, W_DictObject.typedef,
             W_SetObject.typedef, w_frozenset_type, W_RangeObject.typedef,
             W_SliceObject.typedef, W_Property.typedef, W_StaticMethod.typedef,
             W_ClassMethod.typedef, W_Super.typedef]:
    set_builtin(_w_t.name, _w_t)
for _name, _w_t in ex.all_exception_types.items():
    set_builtin(_name, _w_t)
from minipy.objects.typeobject import make_builtin_type
from minipy.builtins import complexmethods
w_complex = complexmethods.w_complex
from minipy.builtins import bytearraymethods
w_bytearray = bytearraymethods.w_bytearray
from minipy.builtins import memoryviewmethods
from minipy.builtins import codemethods
w_memoryview = memoryviewmethods.w_memoryview
set_builtin('complex', w_complex)
set_builtin('bytearray', w_bytearray)
set_builtin('memoryview', w_memoryview)
set_builtin('EnvironmentError', ex.w_OSError)
set_builtin('IOError', ex.w_OSError)
set_builtin('None', w_None)
set_builtin('True', w_True)
set_builtin('False', w_False)
set_builtin('NotImplemented', w_NotImplemented)
set_builtin('Ellipsis', w_Ellipsis)
set_builtin('__name__', wrap_str('builtins'))
