"""UnicodeEncodeError and UnicodeDecodeError as CPython's: five arguments (encoding,
object, start, end, reason) kept as attributes, and a str() made from the attributes
when it is asked for ("'ascii' codec can't encode character '\\xe9' in position 1:
ordinal not in range(128)"); UnicodeTranslateError the same with four (no encoding)."""
from minipy.objects.intobject import W_IntObject, wrap_int
from minipy.objects.strobject import W_StrObject, wrap_str
from minipy.objects.bytesobject import W_BytesObject
from minipy.objects.root import OperationError
from minipy.objects.exceptions import W_ExceptionObject, oefmt
from minipy.objects import exceptions as ex

NAMES = ['encoding', 'object', 'start', 'end', 'reason']


def is_codec_error(w_exc):
    w_t = w_exc.getclass()
    return (w_t.issubtype(ex.w_UnicodeEncodeError) or w_t.issubtype(ex.w_UnicodeDecodeError)
            or w_t.issubtype(ex.w_UnicodeTranslateError))


def _set_attributes(w_exc, args_w):
    for i in range(5):
        w_exc.setdictvalue(NAMES[i], args_w[i])


def init_args(w_exc, args_w):
    """UnicodeEncodeError/UnicodeDecodeError.__init__'s checks (CPython's words), then
    the attributes; returns the exception's args."""
    from minipy.interpreter import ops
    from minipy.builtins.bytearraymethods import buffer_value
    if w_exc.getclass().issubtype(ex.w_UnicodeTranslateError):
        return _init_translate(w_exc, args_w)
    if len(args_w) != 5:
        raise oefmt(ex.w_TypeError, 'function takes exactly 5 arguments (%d given)'
                    % len(args_w))
    decoding = w_exc.getclass().issubtype(ex.w_UnicodeDecodeError)
    for i in [0, 4] if decoding else [0, 1, 4]:
        if not isinstance(args_w[i].base_value(), W_StrObject):
            raise oefmt(ex.w_TypeError, 'argument %d must be str, not %s'
                        % (i + 1, ops.arg_typename(args_w[i])))
    w_object = args_w[1]
    if decoding:
        data = buffer_value(w_object)
        if data is None:
            raise oefmt(ex.w_TypeError, "a bytes-like object is required, not '%s'"
                        % ops.typename(w_object))
        w_object = W_BytesObject(data)      # (the attribute is bytes, args keep the object)
    ops.int_w(args_w[2])
    ops.int_w(args_w[3])
    _set_attributes(w_exc, [args_w[0], w_object, args_w[2], args_w[3], args_w[4]])
    return args_w


def _init_translate(w_exc, args_w):
    from minipy.interpreter import ops
    from minipy.objects.noneobject import w_None
    if len(args_w) != 4:
        raise oefmt(ex.w_TypeError, 'function takes exactly 4 arguments (%d given)'
                    % len(args_w))
    for i in [0, 3]:
        if not isinstance(args_w[i].base_value(), W_StrObject):
            raise oefmt(ex.w_TypeError, 'argument %d must be str, not %s'
                        % (i + 1, ops.arg_typename(args_w[i])))
    ops.int_w(args_w[1])
    ops.int_w(args_w[2])
    _set_attributes(w_exc, [w_None, args_w[0], args_w[1], args_w[2], args_w[3]])
    return args_w


def operr(w_type, encoding, w_object, start, end, reason):
    """The OperationError of a codec's failure on w_object (a str or bytes)."""
    args_w = [wrap_str(encoding), w_object, wrap_int(start), wrap_int(end), wrap_str(reason)]
    w_exc = W_ExceptionObject(w_type, args_w)
    _set_attributes(w_exc, args_w)
    return OperationError(w_exc)


def _attr_int(w_exc, name):
    w_v = w_exc.getdictvalue(name)
    if w_v is not None and isinstance(w_v.base_value(), W_IntObject):
        w_i = w_v.base_value()
        assert isinstance(w_i, W_IntObject)
        return w_i.intval
    return 0


def _hex2(v):
    return '0123456789abcdef'[(v >> 4) & 15] + '0123456789abcdef'[v & 15]


def _char_text(cp):
    """A code point as the message shows it: \\xNN, \\uNNNN or \\UNNNNNNNN."""
    if cp <= 0xff:
        return '\\x' + _hex2(cp)
    if cp <= 0xffff:
        return '\\u' + _hex2(cp >> 8) + _hex2(cp)
    return '\\U' + _hex2(cp >> 24) + _hex2(cp >> 16) + _hex2(cp >> 8) + _hex2(cp)


def message(w_exc):
    """str() of the exception, from its attributes; None where they are missing (an
    exception made by a subclass that did not call __init__)."""
    from minipy.interpreter import ops
    from minipy.objects.strobject import codepoints
    w_obj = w_exc.getdictvalue('object')
    w_enc = w_exc.getdictvalue('encoding')
    w_reason = w_exc.getdictvalue('reason')
    if w_obj is None or w_enc is None or w_reason is None:
        return None
    reason = ops.str_utf8(w_reason)
    start = _attr_int(w_exc, 'start')
    end = _attr_int(w_exc, 'end')
    w_o = w_obj.base_value()
    if w_exc.getclass().issubtype(ex.w_UnicodeTranslateError):
        if isinstance(w_o, W_StrObject) and 0 <= start < w_o.length and end == start + 1:
            cp = codepoints(w_o.utf8)[start]
            return "can't translate character '%s' in position %d: %s" % (
                _char_text(cp), start, reason)
        return "can't translate characters in position %d-%d: %s" % (
            start, end - 1, reason)
    encoding = ops.str_utf8(w_enc)
    if isinstance(w_o, W_StrObject):
        if 0 <= start < w_o.length and end == start + 1:
            cp = codepoints(w_o.utf8)[start]
            return "'%s' codec can't encode character '%s' in position %d: %s" % (
                encoding, _char_text(cp), start, reason)
        return "'%s' codec can't encode characters in position %d-%d: %s" % (
            encoding, start, end - 1, reason)
    if isinstance(w_o, W_BytesObject):
        if 0 <= start < len(w_o.value) and end == start + 1:
            return "'%s' codec can't decode byte 0x%s in position %d: %s" % (
                encoding, _hex2(ord(w_o.value[start])), start, reason)
        return "'%s' codec can't decode bytes in position %d-%d: %s" % (
            encoding, start, end - 1, reason)
    return None
