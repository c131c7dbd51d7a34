"""Turn minipy.support's SupportError into the matching Python exception."""
from minipy.objects.exceptions import all_exception_types, oefmt, w_ValueError


def operr_from_support(e, w_object=None):
    """The Python exception of e; w_object is the str or bytes being encoded or decoded
    (the `object` of a UnicodeEncodeError/UnicodeDecodeError)."""
    from minipy.objects.root import OperationError
    from minipy.builtins import unicodeerrors
    w_t = all_exception_types.get(e.exc_name, None)
    if w_t is None:
        w_t = w_ValueError
    if w_object is not None and e.exc_name.startswith('Unicode'):
        return OperationError(unicodeerrors.new_error(w_t, e.encoding, w_object, e.start,
                                                      e.end, e.reason))
    return oefmt(w_t, e.msg)


def encode_str(utf8, encoding, errors):
    """str.encode with support.strencode, errors as Python exceptions (UTF-8 in, bytes
    as an RPython str out); encoding and errors None: 'utf-8' and 'strict'."""
    from minipy.support import strencode
    from minipy.support.errors import SupportError
    encoding, errors = _codec_defaults(encoding, errors)
    try:
        return strencode.encode(utf8, strencode.normalize_encoding(encoding), errors)
    except SupportError as e:
        from minipy.objects.strobject import wrap_str
        raise operr_from_support(e, wrap_str(utf8))


def decode_bytes(data, encoding, errors):
    """bytes.decode with support.strencode (the result is UTF-8); defaults as
    encode_str's."""
    from minipy.support import strencode
    from minipy.support.errors import SupportError
    encoding, errors = _codec_defaults(encoding, errors)
    try:
        return strencode.decode(data, strencode.normalize_encoding(encoding), errors)
    except SupportError as e:
        from minipy.objects.bytesobject import W_BytesObject
        raise operr_from_support(e, W_BytesObject(data))


def _codec_defaults(encoding, errors):
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'strict'
    return encoding, errors


def source_and_codec_args(args, source_kw):
    """(w_source, encoding, errors) of str(object, encoding, errors) or bytes(source,
    encoding, errors), called as a type (args_w[0] is the type): positional or keyword;
    None where not given."""
    w_x = None
    if len(args.args_w) > 1:
        w_x = args.args_w[1]
    w_kx = args.getkw(source_kw)
    if w_kx is not None:
        w_x = w_kx
    encoding, errors = codec_args(args, 2)
    return w_x, encoding, errors


def codec_args(args, first):
    """(encoding, errors) of a call: positional arguments `first` and `first` + 1, or the
    keywords; None where not given."""
    from minipy.interpreter import ops
    encoding = None
    errors = None
    if len(args.args_w) > first:
        encoding = ops.str_w(args.args_w[first])
    if len(args.args_w) > first + 1:
        errors = ops.str_w(args.args_w[first + 1])
    w_e = args.getkw('encoding')
    if w_e is not None:
        encoding = ops.str_w(w_e)
    w_err = args.getkw('errors')
    if w_err is not None:
        errors = ops.str_w(w_err)
    return encoding, errors
