"""UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError: their arguments
(checked as CPython's __init__ checks them), their attributes (encoding, object, start,
end, reason: kept in the instance's dict, so they can be reassigned) and their str(),
which CPython computes from those attributes."""
from minipy.objects.noneobject import w_None
from minipy.objects.intobject import wrap_int
from minipy.objects.strobject import W_StrObject, wrap_str, byte_offset, codepoint_at
from minipy.objects.bytesobject import W_BytesObject
from minipy.objects.exceptions import oefmt
from minipy.objects import exceptions as ex

HEX = '0123456789abcdef'


def kind_of(w_t):
    """'encode', 'decode', 'translate' for the three types and their subclasses, else ''."""
    if w_t.issubtype(ex.w_UnicodeEncodeError):
        return 'encode'
    if w_t.issubtype(ex.w_UnicodeDecodeError):
        return 'decode'
    if w_t.issubtype(ex.w_UnicodeTranslateError):
        return 'translate'
    return ''


def _str_arg(w_x, n):
    from minipy.interpreter import ops
    if not isinstance(w_x.base_value(), W_StrObject):
        raise oefmt(ex.w_TypeError, 'argument %d must be str, not %s' % (n, ops.typename(w_x)))
    return w_x


def _bytes_arg(w_x):
    from minipy.interpreter import ops
    from minipy.builtins.bytearraymethods import buffer_value
    s = buffer_value(w_x)
    if s is None:
        raise oefmt(ex.w_TypeError, "a bytes-like object is required, not '%s'"
                    % ops.typename(w_x))
    return W_BytesObject(s)


def init_fields(w_e, kind, args_w):
    """__init__(encoding, object, start, end, reason), or (object, start, end, reason)
    for a translate error: type checks in CPython's order and words, then the fields."""
    from minipy.interpreter import ops
    expected = 4 if kind == 'translate' else 5
    if len(args_w) != expected:
        raise oefmt(ex.w_TypeError, 'function takes exactly %d arguments (%d given)'
                    % (expected, len(args_w)))
    first = 0
    w_encoding = w_None
    if kind != 'translate':
        w_encoding = _str_arg(args_w[0], 1)
        first = 1
    w_object = args_w[first]
    if kind == 'decode':
        w_object = _bytes_arg(w_object)
    else:
        _str_arg(w_object, first + 1)
    start = ops.int_w(args_w[first + 1])
    end = ops.int_w(args_w[first + 2])
    w_reason = _str_arg(args_w[first + 3], first + 4)
    set_fields(w_e, w_encoding, w_object, start, end, w_reason)


def set_fields(w_e, w_encoding, w_object, start, end, w_reason):
    w_e.setdictvalue('encoding', w_encoding)      # None for a translate error
    w_e.setdictvalue('object', w_object)
    w_e.setdictvalue('start', wrap_int(start))
    w_e.setdictvalue('end', wrap_int(end))
    w_e.setdictvalue('reason', w_reason)


def new_error(w_t, encoding, w_object, start, end, reason):
    """The exception str.encode/bytes.decode raise: args and fields as CPython's."""
    from minipy.objects.exceptions import W_ExceptionObject
    w_encoding = wrap_str(encoding)
    w_reason = wrap_str(reason)
    w_e = W_ExceptionObject(w_t, [w_encoding, w_object, wrap_int(start), wrap_int(end),
                                  w_reason])
    set_fields(w_e, w_encoding, w_object, start, end, w_reason)
    return w_e


def _char_text(cp):
    """'\\xNN', '\\uNNNN' or '\\UNNNNNNNN': how str() of the error names a character."""
    if cp <= 0xff:
        prefix, digits = '\\x', 2
    elif cp <= 0xffff:
        prefix, digits = '\\u', 4
    else:
        prefix, digits = '\\U', 8
    res = ''
    for i in range(digits):
        res = HEX[(cp >> (4 * i)) & 15] + res
    return prefix + res


def error_str(w_e, kind):
    """str() of an encode/decode/translate error from its current fields ('' when it was
    never initialised, as CPython)."""
    from minipy.interpreter import ops
    w_object = w_e.getdictvalue('object')
    w_start = w_e.getdictvalue('start')
    w_end = w_e.getdictvalue('end')
    w_reason = w_e.getdictvalue('reason')
    if w_object is None or w_start is None or w_end is None or w_reason is None:
        return ''
    start = ops.int_w(w_start)
    end = ops.int_w(w_end)
    reason = ops.str_utf8(w_reason)
    head = "can't translate"
    if kind != 'translate':
        w_encoding = w_e.getdictvalue('encoding')
        if w_encoding is None:
            w_encoding = w_None
        head = "'%s' codec can't %s" % (ops.str_utf8(w_encoding), kind)
    if kind == 'decode':
        if not isinstance(w_object, W_BytesObject):
            raise oefmt(ex.w_TypeError, 'object attribute must be bytes')
        size = len(w_object.value)
    else:
        w_s = w_object.base_value()
        if not isinstance(w_s, W_StrObject):
            raise oefmt(ex.w_TypeError, 'object attribute must be unicode')
        size = w_s.length
    if end == start + 1 and 0 <= start < size:
        if isinstance(w_object, W_BytesObject):
            o = ord(w_object.value[start])
            what = 'byte 0x' + HEX[o >> 4] + HEX[o & 15]
        else:
            w_s = w_object.base_value()
            assert isinstance(w_s, W_StrObject)
            cp = codepoint_at(w_s.utf8, byte_offset(w_s, start))
            what = "character '%s'" % _char_text(cp)
        return '%s %s in position %d: %s' % (head, what, start, reason)
    plural = 'bytes' if kind == 'decode' else 'characters'
    return '%s %s in position %d-%d: %s' % (head, plural, start, end - 1, reason)
