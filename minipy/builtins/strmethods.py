"""str: constructor and methods. Text is UTF-8; searching works on bytes (UTF-8 is
self-synchronizing), indexes are converted to code points where they are returned.
The algorithms (split/strip, search, case mapping and the is*() predicates with their
Unicode tables, encoding) live in minipy.support; this module binds them as methods."""
from rpython.rlib.rstring import StringBuilder, split as rsplit_fn, replace as rreplace
from minipy.builtins import registry
from minipy.objects.root import OperationError
from minipy.objects.typeobject import W_TypeObject
from minipy.objects.maps import W_Instance
from minipy.objects.noneobject import w_None
from minipy.objects.intobject import W_IntObject, wrap_int, wrap_bool
from minipy.objects.strobject import (W_StrObject, wrap_str, utf8_length, byte_offset,
                                      codepoints, encode_codepoint, w_empty_str, wrap_part,
                                      wrap_ascii)
from minipy.objects.bytesobject import W_BytesObject
from minipy.objects.tupleobject import W_TupleObject, wrap_tuple
from minipy.objects.listobject import W_ListObject
from minipy.objects.descriptors import W_StaticMethod
from minipy.objects.functionobject import W_BuiltinFunction
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt
from minipy.builtins.registry import method, check_method_args, check_args
from minipy.builtins import specialmethods
from minipy.support import strcase, strsplit, strsearch

w_str = W_StrObject.typedef


def s_self(args, name):
    if len(args.args_w) == 0:
        raise oefmt(ex.w_TypeError, "descriptor '%s' of 'str' object needs an argument" % name)
    w_s = args.args_w[0].base_value()
    if not isinstance(w_s, W_StrObject):
        raise oefmt(ex.w_TypeError, "descriptor '%s' for 'str' objects doesn't apply to a '%s' object"
                    % (name, args.args_w[0].getclass().name))
    return w_s


def s_arg(args, i, name, numbered=False):
    """Argument i, a str. `numbered`: the method's message names the argument as CPython's
    argument-clinic methods do ("replace() argument 1 must be str, not int")."""
    from minipy.interpreter import ops
    w = args.args_w[i].base_value()
    if not isinstance(w, W_StrObject):
        if numbered:
            raise oefmt(ex.w_TypeError, "%s() argument %d must be str, not %s"
                        % (name, i, ops.arg_typename(args.args_w[i])))
        raise oefmt(ex.w_TypeError, "must be str, not %s" % ops.typename(args.args_w[i]))
    return w


def mk(s):
    return wrap_str(s)


def str_new(args):
    """str(object='', encoding=..., errors=...): str(object), or the bytes-like object
    decoded when an encoding or errors is given."""
    from minipy.interpreter import ops
    from minipy.builtins.support_glue import source_and_codec_args, decode_bytes
    w_t = args.args_w[0]
    assert isinstance(w_t, W_TypeObject)
    w_x, encoding, errors = source_and_codec_args(args, 'object', 'str')
    if w_x is None:
        w_res = w_empty_str
    elif encoding is not None or errors is not None:
        w_b = w_x.base_value()
        if isinstance(w_b, W_StrObject):
            raise oefmt(ex.w_TypeError, 'decoding str is not supported')
        if not isinstance(w_b, W_BytesObject):
            raise oefmt(ex.w_TypeError, "decoding to str: need a bytes-like object, %s "
                        "found" % ops.typename(w_x))
        w_res = wrap_str(decode_bytes(w_b.value, encoding, errors))
    else:
        w_res = ops.str_w_obj(w_x)
    if w_t is w_str:
        return w_res
    return W_Instance(w_t, w_res)


# -------------------------------------------------------------- case, predicates

def _case(fn):
    def meth(args):
        w_s = s_self(args, 'upper')
        return wrap_part(w_s, fn(w_s.utf8))
    return meth


def _pred(fn):
    def meth(args):
        w_s = s_self(args, 'is')
        return wrap_bool(fn(w_s.utf8))
    return meth


def _is_space(c):
    return c == ' ' or c == '\t' or c == '\n' or c == '\r' or c == '\x0b' or c == '\x0c' or \
        c == '\x1c' or c == '\x1d' or c == '\x1e' or c == '\x1f'


# -------------------------------------------------------------- strip family

def _strip(args, left, right, name):
    w_s = s_self(args, name)
    chars = None
    if len(args.args_w) > 1 and args.args_w[1] is not w_None:
        w_c = args.args_w[1].base_value()
        if not isinstance(w_c, W_StrObject):
            raise oefmt(ex.w_TypeError, '%s arg must be None or str' % name)
        chars = w_c.utf8
    if left and right:
        r = strsplit.strip(w_s.utf8, chars)
    elif left:
        r = strsplit.lstrip(w_s.utf8, chars)
    else:
        r = strsplit.rstrip(w_s.utf8, chars)
    if len(r) == len(w_s.utf8):
        return w_s
    return wrap_part(w_s, r)


def str_strip(args):
    return _strip(args, True, True, 'strip')


def str_lstrip(args):
    return _strip(args, True, False, 'lstrip')


def str_rstrip(args):
    return _strip(args, False, True, 'rstrip')


# -------------------------------------------------------------- split/join

def _sep_arg(w_sep):
    """split's sep: None or a str (CPython's message names both)."""
    from minipy.interpreter import ops
    if w_sep is w_None:
        return None
    w_b = w_sep.base_value()
    if not isinstance(w_b, W_StrObject):
        raise oefmt(ex.w_TypeError, 'must be str or None, not %s' % ops.typename(w_sep))
    return w_b.utf8


def _split_args(args, name):
    from minipy.interpreter import ops
    sep = None
    maxsplit = -1
    if len(args.args_w) > 1:
        sep = _sep_arg(args.args_w[1])
    if len(args.args_w) > 2:
        maxsplit = ops.int_w(args.args_w[2])
    w_sep = args.getkw('sep')
    if w_sep is not None:
        sep = _sep_arg(w_sep)
    w_max = args.getkw('maxsplit')
    if w_max is not None:
        maxsplit = ops.int_w(w_max)
    if sep is not None and len(sep) == 0:
        raise oefmt(ex.w_ValueError, 'empty separator')
    return sep, maxsplit


def _wrap_list(w_s, parts):
    """The pieces of w_s as a list of str."""
    return W_ListObject([wrap_part(w_s, p) for p in parts])


def _split_ascii_whitespace(s, maxsplit):
    """s.split() for an ASCII s: the words, wrapped as they are cut."""
    res_w = []
    n = len(s)
    pos = 0
    while True:
        while pos < n and strsplit.ascii_space(s[pos]):
            pos += 1
        if pos >= n:
            break
        start = pos
        if maxsplit == 0:
            pos = n
        while pos < n and not strsplit.ascii_space(s[pos]):
            pos += 1
        res_w.append(wrap_ascii(s[start:pos]))
        maxsplit -= 1
    return res_w


def str_split(args):
    w_s = s_self(args, 'split')
    sep, maxsplit = _split_args(args, 'split')
    if sep is None:
        if w_s.is_ascii():
            return W_ListObject(_split_ascii_whitespace(w_s.utf8, maxsplit))
        return _wrap_list(w_s, strsplit.split_whitespace(w_s.utf8, maxsplit))
    return _wrap_list(w_s, strsplit.split(w_s.utf8, sep, maxsplit))


def str_rsplit(args):
    from rpython.rlib.rstring import rsplit
    w_s = s_self(args, 'rsplit')
    sep, maxsplit = _split_args(args, 'rsplit')
    if sep is None:
        return _wrap_list(w_s, strsplit.rsplit_whitespace(w_s.utf8, maxsplit))
    return _wrap_list(w_s, strsplit.rsplit(w_s.utf8, sep, maxsplit))


def str_splitlines(args):
    from minipy.interpreter import ops
    w_s = s_self(args, 'splitlines')
    keepends = False
    if len(args.args_w) > 1:
        keepends = ops.int_w(args.args_w[1]) != 0
    w_k = args.getkw('keepends')
    if w_k is not None:
        keepends = ops.int_w(w_k) != 0
    return _wrap_list(w_s, strsplit.splitlines(w_s.utf8, keepends))


def str_join(args):
    from minipy.interpreter import ops
    w_s = s_self(args, 'join')
    check_method_args(args, 'join', 1, 1)
    if not ops.has_iter(args.args_w[1]):
        raise oefmt(ex.w_TypeError, 'can only join an iterable')
    items_w = ops.unpack_iterable(args.args_w[1])
    if len(items_w) == 1 and isinstance(items_w[0], W_StrObject):
        return items_w[0]       # one exact str: itself, as CPython's
    parts = []
    length = 0
    for i in range(len(items_w)):
        w_x = items_w[i].base_value()
        if not isinstance(w_x, W_StrObject):
            raise oefmt(ex.w_TypeError, 'sequence item %d: expected str instance, %s found'
                        % (i, ops.typename(items_w[i])))
        parts.append(w_x.utf8)
        length += w_x.length
    if len(items_w) > 1:
        length += w_s.length * (len(items_w) - 1)
    return W_StrObject(w_s.utf8.join(parts), length)


# -------------------------------------------------------------- search

def _range_args(args, first):
    """(start, end) code point arguments as given, or 0 / strsearch.END; big ints are
    clamped and other types refused as CPython's slice bounds are."""
    from minipy.builtins.items import _slice_index
    start = 0
    end = strsearch.END
    if len(args.args_w) > first:
        start = _slice_index(args.args_w[first], 0)
    if len(args.args_w) > first + 1:
        end = _slice_index(args.args_w[first + 1], strsearch.END)
    return start, end


def _sub(args, name):
    from minipy.interpreter import ops
    if len(args.args_w) < 2:
        raise oefmt(ex.w_TypeError, '%s() takes at least 1 argument (0 given)' % name)
    w = args.args_w[1].base_value()
    if not isinstance(w, W_StrObject):
        raise oefmt(ex.w_TypeError, "must be str, not %s" % ops.typename(args.args_w[1]))
    return w.utf8


def str_find(args):
    w_s = s_self(args, 'find')
    start, end = _range_args(args, 2)
    return wrap_int(strsearch.find(w_s.utf8, w_s.length, _sub(args, 'find'), start, end))


def str_rfind(args):
    w_s = s_self(args, 'rfind')
    start, end = _range_args(args, 2)
    return wrap_int(strsearch.rfind(w_s.utf8, w_s.length, _sub(args, 'rfind'), start, end))


def str_index(args):
    w_s = s_self(args, 'index')
    start, end = _range_args(args, 2)
    r = strsearch.find(w_s.utf8, w_s.length, _sub(args, 'index'), start, end)
    if r < 0:
        raise oefmt(ex.w_ValueError, 'substring not found')
    return wrap_int(r)


def str_rindex(args):
    w_s = s_self(args, 'rindex')
    start, end = _range_args(args, 2)
    r = strsearch.rfind(w_s.utf8, w_s.length, _sub(args, 'rindex'), start, end)
    if r < 0:
        raise oefmt(ex.w_ValueError, 'substring not found')
    return wrap_int(r)


def str_count(args):
    w_s = s_self(args, 'count')
    start, end = _range_args(args, 2)
    return wrap_int(strsearch.count(w_s.utf8, w_s.length, _sub(args, 'count'), start, end))


def _startsend(args, name, ends):
    from minipy.interpreter import ops
    w_s = s_self(args, name)
    start, end = _range_args(args, 2)
    if len(args.args_w) < 2:
        raise oefmt(ex.w_TypeError, '%s() takes at least 1 argument (0 given)' % name)
    w_p = args.args_w[1].base_value()
    if isinstance(w_p, W_TupleObject):
        prefixes = w_p.items_w
    elif isinstance(w_p, W_StrObject):
        prefixes = [w_p]
    else:
        raise oefmt(ex.w_TypeError, '%s first arg must be str or a tuple of str, not %s'
                    % (name, ops.typename(args.args_w[1])))
    for w_x in prefixes:
        p = ops.str_w(w_x)
        if ends:
            if strsearch.endswith(w_s.utf8, w_s.length, p, start, end):
                return wrap_bool(True)
        elif strsearch.startswith(w_s.utf8, w_s.length, p, start, end):
            return wrap_bool(True)
    return wrap_bool(False)


def str_startswith(args):
    return _startsend(args, 'startswith', False)


def str_endswith(args):
    return _startsend(args, 'endswith', True)


def str_replace(args):
    from minipy.interpreter import ops
    w_s = s_self(args, 'replace')
    old = s_arg(args, 1, 'replace', True)
    new = s_arg(args, 2, 'replace', True)
    count = -1
    if len(args.args_w) > 3:
        count = ops.int_w(args.args_w[3])
    r = strsearch.replace(w_s.utf8, w_s.length, old.utf8, new.utf8, count)
    if r == w_s.utf8:
        return w_s              # nothing replaced: the str itself, as CPython's
    if new.is_ascii():          # then r is made of w_s's characters and new's
        return wrap_part(w_s, r)
    return mk(r)


def str_partition(args):
    w_s = s_self(args, 'partition')
    sep = s_arg(args, 1, 'partition').utf8
    if len(sep) == 0:
        raise oefmt(ex.w_ValueError, 'empty separator')
    s = w_s.utf8
    i = s.find(sep)
    if i < 0:
        return wrap_tuple([w_s, w_empty_str, w_empty_str])
    assert i >= 0
    return wrap_tuple([wrap_part(w_s, s[:i]), wrap_part(w_s, sep),
                       wrap_part(w_s, s[i + len(sep):])])


def str_rpartition(args):
    w_s = s_self(args, 'rpartition')
    sep = s_arg(args, 1, 'rpartition').utf8
    if len(sep) == 0:
        raise oefmt(ex.w_ValueError, 'empty separator')
    s = w_s.utf8
    i = s.rfind(sep)
    if i < 0:
        return wrap_tuple([w_empty_str, w_empty_str, w_s])
    assert i >= 0
    return wrap_tuple([wrap_part(w_s, s[:i]), wrap_part(w_s, sep),
                       wrap_part(w_s, s[i + len(sep):])])


# -------------------------------------------------------------- padding

def _fillchar(args, i):
    from minipy.interpreter import ops
    if len(args.args_w) > i:
        w_f = args.args_w[i].base_value()
        if not isinstance(w_f, W_StrObject):
            raise oefmt(ex.w_TypeError, 'The fill character must be a unicode character, '
                        'not %s' % ops.typename(args.args_w[i]))
        if w_f.length != 1:
            raise oefmt(ex.w_TypeError, 'The fill character must be exactly one character long')
        return w_f.utf8
    return ' '


def str_ljust(args):
    from minipy.interpreter import ops
    w_s = s_self(args, 'ljust')
    width = ops.int_w(args.args_w[1])
    fill = _fillchar(args, 2)
    if w_s.length >= width:
        return w_s
    return W_StrObject(w_s.utf8 + fill * (width - w_s.length), width)


def str_rjust(args):
    from minipy.interpreter import ops
    w_s = s_self(args, 'rjust')
    width = ops.int_w(args.args_w[1])
    fill = _fillchar(args, 2)
    if w_s.length >= width:
        return w_s
    return W_StrObject(fill * (width - w_s.length) + w_s.utf8, width)


def str_center(args):
    from minipy.interpreter import ops
    w_s = s_self(args, 'center')
    width = ops.int_w(args.args_w[1])
    fill = _fillchar(args, 2)
    if w_s.length >= width:
        return w_s
    marg = width - w_s.length
    left = marg // 2 + (marg & width & 1)
    return W_StrObject(fill * left + w_s.utf8 + fill * (marg - left), width)


def str_zfill(args):
    from minipy.interpreter import ops
    w_s = s_self(args, 'zfill')
    width = ops.int_w(args.args_w[1])
    s = w_s.utf8
    if w_s.length >= width:
        return w_s
    fill = width - w_s.length
    if len(s) > 0 and (s[0] == '+' or s[0] == '-'):
        return W_StrObject(s[0] + '0' * fill + s[1:], width)
    return W_StrObject('0' * fill + s, width)


def str_expandtabs(args):
    from minipy.interpreter import ops
    w_s = s_self(args, 'expandtabs')
    tabsize = 8
    if len(args.args_w) > 1:
        tabsize = ops.int_w(args.args_w[1])
    w_tab = args.getkw('tabsize')
    if w_tab is not None:
        tabsize = ops.int_w(w_tab)
    res = []
    col = 0
    for cp in codepoints(w_s.utf8):
        if cp == 9:
            if tabsize > 0:
                n = tabsize - col % tabsize
                res.append(' ' * n)
                col += n
            # a tab size of 0 or less drops the tabs
        elif cp == 10 or cp == 13:
            res.append(chr(cp))
            col = 0
        else:
            res.append(encode_codepoint(cp))
            col += 1
    return mk(''.join(res))


# -------------------------------------------------------------- misc

def str_encode(args):
    from minipy.builtins.support_glue import codec_args, encode_str
    w_s = s_self(args, 'encode')
    encoding, errors = codec_args(args, 1, 'encode')
    return W_BytesObject(encode_str(w_s.utf8, encoding, errors))


def str_format(args):
    from minipy.builtins import formatting
    w_s = s_self(args, 'format')
    return formatting.str_format(w_s, args.args_w[1:], args.kwnames, args.kwvalues_w)


def str_format_map(args):
    from minipy.builtins import formatting
    w_s = s_self(args, 'format_map')
    return formatting.str_format_map(w_s, args.args_w[1])


def str_dunder_format(args):
    from minipy.builtins import formatting
    return formatting.format_w(s_self(args, '__format__'), args.args_w[1])


def _affix_arg(args, name):
    from minipy.interpreter import ops
    w_p = args.args_w[1].base_value()
    if not isinstance(w_p, W_StrObject):
        raise oefmt(ex.w_TypeError, '%s() argument must be str, not %s'
                    % (name, ops.arg_typename(args.args_w[1])))
    return w_p.utf8


def str_removeprefix(args):
    w_s = s_self(args, 'removeprefix')
    p = _affix_arg(args, 'removeprefix')
    if w_s.utf8.startswith(p) and len(p) > 0:
        return wrap_part(w_s, w_s.utf8[len(p):])
    return w_s


def str_removesuffix(args):
    w_s = s_self(args, 'removesuffix')
    p = _affix_arg(args, 'removesuffix')
    if len(p) > 0 and w_s.utf8.endswith(p):
        end = len(w_s.utf8) - len(p)
        assert end >= 0
        return wrap_part(w_s, w_s.utf8[:end])
    return w_s


def str_maketrans(args):
    from minipy.interpreter import ops
    check_args(args, 'maketrans', 1, 3)
    from minipy.objects.dictobject import W_DictObject
    w_d = W_DictObject()
    if len(args.args_w) == 1:
        w_src = args.args_w[0]
        if not isinstance(w_src, W_DictObject):
            raise oefmt(ex.w_TypeError,
                        'if you give only one argument to maketrans it must be a dict')
        for w_k in w_src.live_keys():
            w_v = w_src.getitem(w_k)
            if isinstance(w_k, W_StrObject):
                cps = codepoints(w_k.utf8)
                if len(cps) != 1:
                    raise oefmt(ex.w_ValueError,
                                'string keys in translate table must be of length 1')
                w_k = wrap_int(cps[0])
            w_d.setitem(w_k, w_v)
        return w_d
    a = codepoints(ops.str_w(args.args_w[0]))
    b = codepoints(ops.str_w(args.args_w[1]))
    if len(a) != len(b):
        raise oefmt(ex.w_ValueError, 'the first two maketrans arguments must have equal length')
    for i in range(len(a)):
        w_d.setitem(wrap_int(a[i]), wrap_int(b[i]))
    if len(args.args_w) > 2:
        for cp in codepoints(ops.str_w(args.args_w[2])):
            w_d.setitem(wrap_int(cp), w_None)
    return w_d


def str_translate(args):
    from minipy.interpreter import ops
    w_s = s_self(args, 'translate')
    w_table = args.args_w[1]
    res = []
    for cp in codepoints(w_s.utf8):
        try:
            w_v = ops.getitem(w_table, wrap_int(cp))
        except OperationError as e:
            if ops.isinstance_w(e.w_value, ex.w_LookupError):
                res.append(encode_codepoint(cp))
                continue
            raise
        if w_v is w_None:
            continue
        res.append(_translated(w_v))
    return mk(''.join(res))


def _translated(w_v):
    """What translate() puts for a table's value: a code point or a str."""
    w_b = w_v.base_value()
    if isinstance(w_b, W_IntObject):
        if w_b.intval < 0 or w_b.intval >= 0x110000:
            raise oefmt(ex.w_ValueError, 'character mapping must be in range(0x110000)')
        return encode_codepoint(w_b.intval)
    if isinstance(w_b, W_StrObject):
        return w_b.utf8
    from minipy.objects.intobject import W_LongObject
    if isinstance(w_b, W_LongObject):
        raise oefmt(ex.w_ValueError, 'character mapping must be in range(0x110000)')
    raise oefmt(ex.w_TypeError, 'character mapping must return integer, None or str')


def str_mod(args):
    from minipy.builtins import strformat
    return strformat.percent_format(s_self(args, '__mod__'), args.args_w[1])


def str_getnewargs(args):
    return wrap_tuple([s_self(args, '__getnewargs__')])


registry.static_new(w_str, str_new)
specialmethods.install(w_str, sequence=True)
method(w_str, 'upper', _case(strcase.upper))
method(w_str, 'lower', _case(strcase.lower))
method(w_str, 'casefold', _case(strcase.casefold))
method(w_str, 'swapcase', _case(strcase.swapcase))
method(w_str, 'title', _case(strcase.title))
method(w_str, 'capitalize', _case(strcase.capitalize))
for _name, _fn in [('isdigit', strcase.isdigit), ('isdecimal', strcase.isdecimal),
                   ('isnumeric', strcase.isnumeric), ('isalpha', strcase.isalpha),
                   ('isalnum', strcase.isalnum), ('isspace', strcase.isspace),
                   ('isupper', strcase.isupper), ('islower', strcase.islower),
                   ('istitle', strcase.istitle), ('isidentifier', strcase.isidentifier),
                   ('isprintable', strcase.isprintable), ('isascii', strcase.isascii)]:
    method(w_str, _name, _pred(_fn))
method(w_str, 'strip', str_strip)
method(w_str, 'lstrip', str_lstrip)
method(w_str, 'rstrip', str_rstrip)
method(w_str, 'split', str_split)
method(w_str, 'rsplit', str_rsplit)
method(w_str, 'splitlines', str_splitlines)
method(w_str, 'join', str_join)
method(w_str, 'find', str_find)
method(w_str, 'rfind', str_rfind)
method(w_str, 'index', str_index)
method(w_str, 'rindex', str_rindex)
method(w_str, 'count', str_count)
method(w_str, 'startswith', str_startswith)
method(w_str, 'endswith', str_endswith)
method(w_str, 'replace', str_replace)
method(w_str, 'partition', str_partition)
method(w_str, 'rpartition', str_rpartition)
method(w_str, 'ljust', str_ljust)
method(w_str, 'rjust', str_rjust)
method(w_str, 'center', str_center)
method(w_str, 'zfill', str_zfill)
method(w_str, 'expandtabs', str_expandtabs)
method(w_str, 'encode', str_encode)
method(w_str, 'format', str_format)
method(w_str, 'format_map', str_format_map)
method(w_str, '__format__', str_dunder_format)
method(w_str, 'removeprefix', str_removeprefix)
method(w_str, 'removesuffix', str_removesuffix)
method(w_str, 'translate', str_translate)
method(w_str, '__mod__', str_mod)
method(w_str, '__getnewargs__', str_getnewargs)
w_str.dict_w['maketrans'] = W_StaticMethod(W_BuiltinFunction('maketrans', str_maketrans, False))
