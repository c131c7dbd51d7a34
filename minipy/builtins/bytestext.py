"""The bytes methods that look at characters (case, predicates, whitespace, lines, tabs,
translate), native: they have ASCII semantics on raw bytes (support.bytesascii), where
running the str method on the bytes saw UTF-8 letters and Unicode spaces. Also the
methods the str-backed set lacks (removeprefix, removesuffix, maketrans). bytearray
runs these through bytearraymethods._via_bytes."""
from minipy.objects.noneobject import w_None
from minipy.objects.intobject import wrap_bool
from minipy.objects.bytesobject import W_BytesObject
from minipy.objects.listobject import W_ListObject
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt
from minipy.builtins.registry import check_method_args
from minipy.support import bytesascii


def _value(args, name):
    from minipy.builtins.registry import native_self
    return native_self(args, W_BytesObject, 'bytes', name).value


def _bytes_arg(w_a):
    """A bytes-like argument's bytes."""
    from minipy.interpreter import ops
    from minipy.builtins.bytearraymethods import buffer_value
    s = buffer_value(w_a)
    if s is None:
        raise oefmt(ex.w_TypeError, "a bytes-like object is required, not '%s'"
                    % ops.typename(w_a))
    return s


def _arg(args, i, kwname):
    """Positional argument i after self, or the keyword `kwname`; None if neither."""
    if kwname is not None:
        w_kw = args.getkw(kwname)
        if w_kw is not None:
            return w_kw
    if len(args.args_w) > i + 1:
        return args.args_w[i + 1]
    return None


def _wrap_list(parts):
    return W_ListObject([W_BytesObject(p) for p in parts])


def case_method(name, fn):
    def meth(args):
        check_method_args(args, name, 0, 0)
        return W_BytesObject(fn(_value(args, name)))
    return meth


def predicate(name, fn):
    def meth(args):
        check_method_args(args, name, 0, 0)
        return wrap_bool(fn(_value(args, name)))
    return meth


def strip_method(name, left, right):
    def meth(args):
        check_method_args(args, name, 0, 1)
        s = _value(args, name)
        chars = None
        if len(args.args_w) > 1 and args.args_w[1] is not w_None:
            chars = _bytes_arg(args.args_w[1])
        return W_BytesObject(bytesascii.strip(s, chars, left, right))
    return meth


def split_method(name, via_str, from_right):
    """split/rsplit: on whitespace here, on a separator through the str method."""
    def meth(args):
        from minipy.interpreter import ops
        w_sep = _arg(args, 0, 'sep')
        if w_sep is not None and w_sep is not w_None:
            return via_str(args)
        if len(args.args_w) > 3:
            check_method_args(args, name, 0, 2)
        s = _value(args, name)
        maxsplit = -1
        w_max = _arg(args, 1, 'maxsplit')
        if w_max is not None:
            maxsplit = ops.int_w(w_max)
        if from_right:
            return _wrap_list(bytesascii.rsplit_whitespace(s, maxsplit))
        return _wrap_list(bytesascii.split_whitespace(s, maxsplit))
    return meth


def bytes_splitlines(args):
    from minipy.interpreter import ops
    s = _value(args, 'splitlines')
    keepends = False
    w_k = _arg(args, 0, 'keepends')
    if w_k is not None:
        keepends = ops.int_w(w_k) != 0
    return _wrap_list(bytesascii.splitlines(s, keepends))


def bytes_expandtabs(args):
    from minipy.interpreter import ops
    s = _value(args, 'expandtabs')
    tabsize = 8
    w_t = _arg(args, 0, 'tabsize')
    if w_t is not None:
        tabsize = ops.int_w(w_t)
    return W_BytesObject(bytesascii.expandtabs(s, tabsize))


def bytes_translate(args):
    s = _value(args, 'translate')
    if len(args.args_w) < 2:
        raise oefmt(ex.w_TypeError,
                    'translate() takes at least 1 positional argument (0 given)')
    table = None
    if args.args_w[1] is not w_None:
        table = _bytes_arg(args.args_w[1])
        if len(table) != 256:
            raise oefmt(ex.w_ValueError, 'translation table must be 256 characters long')
    delete = ''
    w_d = _arg(args, 1, 'delete')
    if w_d is not None:
        delete = _bytes_arg(w_d)
    return W_BytesObject(bytesascii.translate(s, table, delete))


def bytes_maketrans(args):
    """bytes.maketrans(frm, to), a static method."""
    from minipy.builtins.registry import check_args
    check_args(args, 'maketrans', 2, 2)
    frm = _bytes_arg(args.args_w[0])
    to = _bytes_arg(args.args_w[1])
    if len(frm) != len(to):
        raise oefmt(ex.w_ValueError, 'maketrans arguments must have same length')
    return W_BytesObject(bytesascii.maketrans(frm, to))


def bytes_removeprefix(args):
    check_method_args(args, 'removeprefix', 1, 1)
    s = _value(args, 'removeprefix')
    p = _bytes_arg(args.args_w[1])
    if len(p) > 0 and s.startswith(p):
        return W_BytesObject(s[len(p):])
    return W_BytesObject(s)


def bytes_removesuffix(args):
    check_method_args(args, 'removesuffix', 1, 1)
    s = _value(args, 'removesuffix')
    p = _bytes_arg(args.args_w[1])
    if len(p) > 0 and s.endswith(p):
        end = len(s) - len(p)
        assert end >= 0
        return W_BytesObject(s[:end])
    return W_BytesObject(s)


CASE = [('upper', bytesascii.upper), ('lower', bytesascii.lower),
        ('swapcase', bytesascii.swapcase), ('title', bytesascii.title),
        ('capitalize', bytesascii.capitalize)]
PREDICATES = [('isalpha', bytesascii.isalpha), ('isdigit', bytesascii.isdigit),
              ('isalnum', bytesascii.isalnum), ('isspace', bytesascii.isspace),
              ('isupper', bytesascii.isupper), ('islower', bytesascii.islower),
              ('istitle', bytesascii.istitle), ('isascii', bytesascii.isascii)]


def install(w_bytes, via_str):
    """Put the methods on bytes; via_str(name) makes the str-backed method (split on
    a separator)."""
    from minipy.builtins.registry import method
    from minipy.objects.descriptors import W_StaticMethod
    from minipy.objects.functionobject import W_BuiltinFunction
    for name, fn in CASE:
        method(w_bytes, name, case_method(name, fn))
    for name, fn in PREDICATES:
        method(w_bytes, name, predicate(name, fn))
    method(w_bytes, 'strip', strip_method('strip', True, True))
    method(w_bytes, 'lstrip', strip_method('lstrip', True, False))
    method(w_bytes, 'rstrip', strip_method('rstrip', False, True))
    method(w_bytes, 'split', split_method('split', via_str('split'), False))
    method(w_bytes, 'rsplit', split_method('rsplit', via_str('rsplit'), True))
    method(w_bytes, 'splitlines', bytes_splitlines)
    method(w_bytes, 'expandtabs', bytes_expandtabs)
    method(w_bytes, 'translate', bytes_translate)
    method(w_bytes, 'removeprefix', bytes_removeprefix)
    method(w_bytes, 'removesuffix', bytes_removesuffix)
    w_bytes.dict_w['maketrans'] = W_StaticMethod(
        W_BuiltinFunction('maketrans', bytes_maketrans, False))


# the names bytearray takes from bytes (the results made bytearrays)
NAMES = [n for n, _ in CASE] + [n for n, _ in PREDICATES] + [
    'strip', 'lstrip', 'rstrip', 'split', 'rsplit', 'splitlines', 'expandtabs',
    'translate', 'removeprefix', 'removesuffix']
