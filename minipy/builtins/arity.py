"""Argument counts of built-in methods whose native code does not check them, checked
before the call with CPython's messages (registry.method wraps them).

Without a check such a method indexed past the end of its arguments, which crashed the
process ("abc".replace() was a segmentation fault). Two tables:

SLOT_ARITY: special methods by name, for every type: the count after self that CPython's
  slot wrappers require ("expected 1 argument, got 0"; __setattr__ and __setitem__ say it
  with a leading space, as CPython does); those listed in METH_O_SLOTS are ordinary
  one-argument methods in CPython and say "list.__getitem__() takes exactly one argument
  (0 given)".
METHOD_ARITY: ordinary methods by (type name, method name): (least, most) arguments after
  self; (1, 1) says "str.zfill() takes exactly one argument (0 given)", a range says
  "replace expected at least 2 arguments, got 1".
Either way a call without even self says "descriptor '__eq__' of 'str' object needs an
argument" (special methods) or "unbound method str.zfill() needs an argument".
"""
from minipy.objects.exceptions import oefmt, w_TypeError

_ONE = ['__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__', '__getattribute__',
        '__delattr__', '__contains__', '__getitem__', '__delitem__', '__format__']
for _op in ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'lshift', 'rshift', 'and',
            'or', 'xor', 'matmul', 'divmod']:      # (not pow: it takes a modulus too)
    _ONE += ['__%s__' % _op, '__r%s__' % _op, '__i%s__' % _op]
_ZERO = ['__str__', '__repr__', '__hash__', '__len__', '__iter__', '__bool__', '__neg__',
         '__pos__', '__invert__', '__abs__', '__int__', '__float__', '__index__',
         '__reversed__', '__next__']

SLOT_ARITY = {'__setattr__': 2, '__setitem__': 2}
for _n in _ONE:
    SLOT_ARITY[_n] = 1
for _n in _ZERO:
    SLOT_ARITY[_n] = 0

# (type name or '*', name): special methods that CPython defines as plain methods
METH_O_SLOTS = {('*', '__format__'): None, ('dict', '__getitem__'): None,
                ('dict', '__contains__'): None, ('set', '__contains__'): None,
                ('frozenset', '__contains__'): None, ('list', '__getitem__'): None}

METHOD_ARITY = {}
for _t in ['str', 'bytes', 'bytearray']:
    METHOD_ARITY[(_t, 'center')] = (1, 2)
    METHOD_ARITY[(_t, 'ljust')] = (1, 2)
    METHOD_ARITY[(_t, 'rjust')] = (1, 2)
    METHOD_ARITY[(_t, 'replace')] = (2, 3)
    METHOD_ARITY[(_t, 'partition')] = (1, 1)
    METHOD_ARITY[(_t, 'rpartition')] = (1, 1)
    METHOD_ARITY[(_t, 'zfill')] = (1, 1)
    METHOD_ARITY[(_t, 'removeprefix')] = (1, 1)
    METHOD_ARITY[(_t, 'removesuffix')] = (1, 1)
    METHOD_ARITY[(_t, 'strip')] = (0, 1)
    METHOD_ARITY[(_t, 'lstrip')] = (0, 1)
    METHOD_ARITY[(_t, 'rstrip')] = (0, 1)
METHOD_ARITY[('str', 'translate')] = (1, 1)
METHOD_ARITY[('str', 'format_map')] = (1, 1)
for _n in ['upper', 'lower', 'title', 'capitalize', 'swapcase', 'isalpha', 'isalnum',
           'isdigit', 'isspace', 'islower', 'isupper', 'istitle', 'isascii']:
    METHOD_ARITY[('str', _n)] = (0, 0)
    METHOD_ARITY[('bytes', _n)] = (0, 0)
for _n in ['casefold', 'isdecimal', 'isnumeric', 'isidentifier', 'isprintable']:
    METHOD_ARITY[('str', _n)] = (0, 0)
for _t in ['set', 'frozenset']:
    for _n in ['isdisjoint', 'issubset', 'issuperset']:
        METHOD_ARITY[(_t, _n)] = (1, 1)
METHOD_ARITY[('range', 'count')] = (1, 1)
METHOD_ARITY[('range', 'index')] = (1, 1)
METHOD_ARITY[('tuple', 'count')] = (1, 1)
METHOD_ARITY[('tuple', 'index')] = (1, 3)
METHOD_ARITY[('generator', 'send')] = (1, 1)
METHOD_ARITY[('generator', 'throw')] = (1, 3)
METHOD_ARITY[('slice', 'indices')] = (1, 1)
METHOD_ARITY[('object', '__dir__')] = (0, 0)
METHOD_ARITY[('type', 'mro')] = (0, 0)
METHOD_ARITY[('type', '__subclasses__')] = (0, 0)
for _n in ['setter', 'getter', 'deleter']:
    METHOD_ARITY[('property', _n)] = (1, 1)

# special methods that take a range of counts; CPython's slot wrappers name no function
# in the message (" expected at least 1 argument, got 0")
SLOT_RANGE = {'__get__': (1, 2)}


def _s(n):
    return '' if n == 1 else 's'


def _exactly_one(what, n):
    return oefmt(w_TypeError, '%s() takes exactly one argument (%d given)' % (what, n))


def count_error(qualname, name, lo, hi, n):
    """CPython's TypeError for n positional arguments where lo to hi are taken (hi < 0:
    no upper bound): "str.zfill() takes exactly one argument (0 given)", "time.time()
    takes no arguments (1 given)" (qualname), "replace expected at least 2 arguments,
    got 1", "pow expected 2 arguments, got 1" (name)."""
    if lo == hi:
        if lo == 0:
            return oefmt(w_TypeError, '%s() takes no arguments (%d given)' % (qualname, n))
        if lo == 1:
            return _exactly_one(qualname, n)
        return oefmt(w_TypeError, '%s expected %d arguments, got %d' % (name, lo, n))
    if n < lo:
        return oefmt(w_TypeError, '%s expected at least %d argument%s, got %d'
                     % (name, lo, _s(lo), n))
    return oefmt(w_TypeError, '%s expected at most %d argument%s, got %d'
                 % (name, hi, _s(hi), n))


def check_unbound(type_name, name):
    """A method of a built-in type called from the class without even self:
    "unbound method list.append() needs an argument" (special methods say it their way,
    in `checked`, and classmethods and static methods get their class or nothing)."""
    if name in SLOT_ARITY and ('*', name) not in METH_O_SLOTS and \
            (type_name, name) not in METH_O_SLOTS:
        return
    if name in CLASS_LEVEL:
        return
    if name in DESCRIPTOR_SLOTS:
        raise oefmt(w_TypeError, "descriptor '%s' of '%s' object needs an argument"
                    % (name, type_name))
    raise oefmt(w_TypeError, 'unbound method %s.%s() needs an argument' % (type_name, name))


# special methods called on the class itself, which may take no instance (they check
# their own arguments), and the slot wrappers not in SLOT_ARITY, whose message differs
CLASS_LEVEL = {'__new__': None, '__prepare__': None, '__init_subclass__': None,
               '__subclasshook__': None, '__class_getitem__': None}
DESCRIPTOR_SLOTS = {'__call__': None, '__init__': None, '__set__': None,
                    '__delete__': None, '__del__': None, '__get__': None}


def checked(type_name, name, fn):
    """fn with the checks the tables ask for, or fn itself when they ask for none."""
    if name in SLOT_ARITY:
        want = SLOT_ARITY[name]
        meth_o = ('*', name) in METH_O_SLOTS or (type_name, name) in METH_O_SLOTS
        space = ' ' if want == 2 else ''

        def slot(args):
            n = len(args.args_w) - 1
            if n < 0:
                if meth_o:
                    raise oefmt(w_TypeError, 'unbound method %s.%s() needs an argument'
                                % (type_name, name))
                raise oefmt(w_TypeError, "descriptor '%s' of '%s' object needs an argument"
                            % (name, type_name))
            if n != want:
                if meth_o:
                    raise _exactly_one('%s.%s' % (args.args_w[0].getclass().name, name), n)
                raise oefmt(w_TypeError, '%sexpected %d argument%s, got %d'
                            % (space, want, _s(want), n))
            return fn(args)
        return slot
    if name in SLOT_RANGE:
        lo, hi = SLOT_RANGE[name]

        def slot_range(args):
            n = len(args.args_w) - 1
            if n < 0:
                raise oefmt(w_TypeError, "descriptor '%s' of '%s' object needs an argument"
                            % (name, type_name))
            if n < lo or n > hi:
                raise count_error('', '', lo, hi, n)
            return fn(args)
        return slot_range
    if (type_name, name) in METHOD_ARITY:
        lo, hi = METHOD_ARITY[(type_name, name)]

        def meth(args):
            n = len(args.args_w) - 1
            if n < 0:
                raise oefmt(w_TypeError, 'unbound method %s.%s() needs an argument'
                            % (type_name, name))
            if n < lo or n > hi:
                raise count_error('%s.%s' % (type_name, name), name, lo, hi, n)
            return fn(args)
        return meth
    return fn
