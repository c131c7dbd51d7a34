"""Special methods (__add__, __radd__, __lt__, __len__, __getitem__, ...) of the
built-in types, as native methods in their type dicts. The eval loop never calls
them for built-in objects (it uses fast paths); they exist so that user subclasses
of built-in types, super() calls and explicit calls like int.__add__(a, b) work.
Each operates on the built-in value inside (W_Root.base_value())."""
from rpython.rlib.unroll import unrolling_iterable
from minipy.objects.noneobject import w_None, w_NotImplemented
from minipy.objects.intobject import W_IntObject, W_LongObject, wrap_int, wrap_bool
from minipy.objects.floatobject import W_FloatObject
from minipy.objects.complexobject import W_ComplexObject
from minipy.objects.strobject import W_StrObject, wrap_str
from minipy.objects.bytesobject import W_BytesObject
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt
from minipy.interpreter import arith
from minipy.builtins.registry import method


def _is_intlike(w_x):
    return isinstance(w_x, W_IntObject) or isinstance(w_x, W_LongObject)


def operand_known(w_self, w_other):
    """Whether the number method of w_self's type takes w_other, as CPython's slots do:
    int's methods take only ints (and bools), float's ints and floats, complex's all
    three; the others return NotImplemented (`(3).__eq__(3.0)`, `(1).__add__(1.0)`), so
    that the other operand's reflected method decides."""
    if _is_intlike(w_self):
        return _is_intlike(w_other)
    if isinstance(w_self, W_FloatObject):
        return _is_intlike(w_other) or isinstance(w_other, W_FloatObject)
    if isinstance(w_self, W_ComplexObject):
        return (_is_intlike(w_other) or isinstance(w_other, W_FloatObject) or
                isinstance(w_other, W_ComplexObject))
    return True


def _user_radd(w_other):
    """Whether w_other's class defines __radd__ in Python (which `+` then tries)."""
    from minipy.objects.functionobject import W_BuiltinFunction
    w_r = w_other.getclass().lookup('__radd__')
    return w_r is not None and not isinstance(w_r, W_BuiltinFunction)


def concat_error(w_self_obj, w_other):
    """The TypeError of str.__add__ / bytes.__add__ (of w_self_obj) with an operand
    it cannot concatenate, or None. When that operand's class has a __radd__ of its own,
    None (NotImplemented): a `+` with a str subclass on the left must still try it."""
    from minipy.interpreter import ops
    from minipy.builtins.bytearraymethods import buffer_value
    w_self = w_self_obj.base_value()
    w_ob = w_other.base_value()
    if isinstance(w_self, W_StrObject):
        if isinstance(w_ob, W_StrObject) or _user_radd(w_other):
            return None
        return oefmt(ex.w_TypeError, 'can only concatenate str (not "%s") to str'
                     % ops.typename(w_other))
    if isinstance(w_self, W_BytesObject):
        if buffer_value(w_other) is not None or _user_radd(w_other):
            return None
        return oefmt(ex.w_TypeError, "can't concat %s to %s" % (ops.typename(w_other),
                                                               ops.typename(w_self_obj)))
    return None


def _make_binop(op, reflected):
    def fn(args):
        from minipy.interpreter import ops
        if op == arith.POW and len(args.args_w) == 3 and args.args_w[2] is not w_None:
            # __pow__(exp, mod) / __rpow__(base, mod): the three-argument pow()
            from minipy.builtins import functions
            from minipy.objects.functionobject import Args
            w_x = args.args_w[0]
            w_y = args.args_w[1]
            if reflected:
                w_x, w_y = w_y, w_x
            return functions.b_pow(Args([w_x, w_y, args.args_w[2]]))
        if len(args.args_w) != 2 and not (op == arith.POW and len(args.args_w) == 3):
            raise oefmt(ex.w_TypeError, 'expected 1 argument, got %d' % (len(args.args_w) - 1))
        w_a = args.args_w[0].base_value()
        w_b = args.args_w[1].base_value()
        if not operand_known(w_a, w_b):
            return w_NotImplemented
        if op == arith.ADD and not reflected:
            err = concat_error(args.args_w[0], args.args_w[1])
            if err is not None:
                raise err
        if reflected:
            w_res = arith.builtin_binop(op, w_b, w_a)
        else:
            w_res = arith.builtin_binop(op, w_a, w_b)
        if w_res is None:
            return w_NotImplemented
        return w_res
    return fn


def _make_cmp(op):
    def fn(args):
        from minipy.builtins import compare
        from minipy.interpreter import ops
        w_a = args.args_w[0].base_value()
        w_b = args.args_w[1].base_value()
        if op == ops.EQ and w_a is w_b:
            return wrap_bool(True)
        if not operand_known(w_a, w_b):
            return w_NotImplemented
        w_res = compare.builtin_compare(w_a, w_b, op)
        if w_res is None:
            return w_NotImplemented
        return w_res
    return fn


_BINOPS = []
for _op in range(13):
    _BINOPS.append((_op, '__%s__' % arith.OP_NAMES[_op], _make_binop(_op, False)))
    _BINOPS.append((_op, '__r%s__' % arith.OP_NAMES[_op], _make_binop(_op, True)))
_CMPS = []
for _op, _name in enumerate(['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__']):
    _CMPS.append((_name, _make_cmp(_op)))


def _make_divmod(reflected):
    def fn(args):
        from minipy.builtins import functions
        from minipy.objects.functionobject import Args
        if len(args.args_w) != 2:
            raise oefmt(ex.w_TypeError, 'expected 1 argument, got %d' % (len(args.args_w) - 1))
        w_a = args.args_w[0].base_value()
        w_b = args.args_w[1].base_value()
        if not operand_known(w_a, w_b):
            return w_NotImplemented
        if reflected:
            w_a, w_b = w_b, w_a
        return functions.b_divmod(Args([w_a, w_b]))
    return fn


def _len(args):
    from minipy.interpreter import ops
    return wrap_int(ops.len_w(args.args_w[0].base_value()))


def _getitem(args):
    from minipy.interpreter import ops
    return ops.getitem(args.args_w[0].base_value(), args.args_w[1])


def _setitem(args):
    from minipy.interpreter import ops
    ops.setitem(args.args_w[0].base_value(), args.args_w[1], args.args_w[2])
    return w_None


def _delitem(args):
    from minipy.interpreter import ops
    ops.delitem(args.args_w[0].base_value(), args.args_w[1])
    return w_None


def _contains(args):
    from minipy.interpreter import ops
    return wrap_bool(ops.contains(args.args_w[0].base_value(), args.args_w[1]))


def _iter(args):
    from minipy.interpreter import ops
    return ops.iter_w(args.args_w[0].base_value())


def _repr(args):
    from minipy.builtins import reprs
    return wrap_str(reprs.builtin_repr(args.args_w[0]))


def _str(args):
    from minipy.builtins import reprs
    return wrap_str(reprs.builtin_str(args.args_w[0].base_value()))


def _hash(args):
    from minipy.interpreter import ops
    return wrap_int(ops.hash_w(args.args_w[0].base_value()))


def _bool(args):
    from minipy.interpreter import ops
    return wrap_bool(ops.is_true(args.args_w[0].base_value()))


def _neg(args):
    from minipy.interpreter import ops
    return ops.unary_neg(args.args_w[0].base_value())


def _pos(args):
    from minipy.interpreter import ops
    return ops.unary_pos(args.args_w[0].base_value())


def _invert(args):
    from minipy.interpreter import ops
    return ops.unary_invert(args.args_w[0].base_value())


def _abs(args):
    from minipy.builtins import functions
    return functions.abs_w(args.args_w[0].base_value())


def install(w_type, numeric=False, sequence=False, hashable=True, subscriptable=True):
    """The special methods of a built-in type; `sequence`: a container (len, in,
    iteration, and __getitem__ unless not `subscriptable`, as for sets)."""
    for op, name, fn in _BINOPS:
        method(w_type, name, fn)
    for name, fn in _CMPS:
        method(w_type, name, fn)
    method(w_type, '__repr__', _repr)
    method(w_type, '__str__', _str)
    if hashable:
        method(w_type, '__hash__', _hash)
    else:
        w_type.dict_w['__hash__'] = w_None
    method(w_type, '__bool__', _bool)
    if numeric:
        method(w_type, '__divmod__', _make_divmod(False))
        method(w_type, '__rdivmod__', _make_divmod(True))
        method(w_type, '__neg__', _neg)
        method(w_type, '__pos__', _pos)
        method(w_type, '__abs__', _abs)
        method(w_type, '__invert__', _invert)
    if sequence:
        method(w_type, '__len__', _len)
        if subscriptable:
            method(w_type, '__getitem__', _getitem)
        method(w_type, '__contains__', _contains)
        method(w_type, '__iter__', _iter)


def install_mutable(w_type):
    method(w_type, '__setitem__', _setitem)
    method(w_type, '__delitem__', _delitem)
