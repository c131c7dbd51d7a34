"""Turn minipy.support's SupportError into the matching Python exception."""
from minipy.objects.exceptions import all_exception_types, oefmt, w_ValueError, w_TypeError


def operr_from_support(e):
    from minipy.objects.exceptions import W_ExceptionObject
    from minipy.objects.strobject import wrap_str
    from minipy.objects.intobject import wrap_int
    w_t = all_exception_types.get(e.exc_name, None)
    if w_t is None:
        w_t = w_ValueError
    err = oefmt(w_t, e.msg)
    if e.exc_name.startswith('Unicode'):
        w_exc = err.w_value
        assert isinstance(w_exc, W_ExceptionObject)
        w_exc.setdictvalue('encoding', wrap_str(e.encoding))
        w_exc.setdictvalue('reason', wrap_str(e.reason))
        w_exc.setdictvalue('start', wrap_int(e.start))
        w_exc.setdictvalue('end', wrap_int(e.end))
    return err


def encode_str(utf8, encoding, errors):
    """str.encode with support.strencode, errors as Python exceptions (UTF-8 in, bytes
    as an RPython str out); encoding and errors None: 'utf-8' and 'strict'."""
    from minipy.support import strencode
    from minipy.support.errors import SupportError
    encoding, errors = _codec_defaults(encoding, errors)
    try:
        return strencode.encode(utf8, strencode.normalize_encoding(encoding), errors)
    except SupportError as e:
        if e.exc_name == 'UnicodeEncodeError':
            from minipy.objects.strobject import wrap_str
            raise _codec_operr(e, wrap_str(utf8))
        raise operr_from_support(e)


def decode_bytes(data, encoding, errors):
    """bytes.decode with support.strencode (the result is UTF-8); defaults as
    encode_str's."""
    from minipy.support import strencode
    from minipy.support.errors import SupportError
    encoding, errors = _codec_defaults(encoding, errors)
    try:
        return strencode.decode(data, strencode.normalize_encoding(encoding), errors)
    except SupportError as e:
        if e.exc_name == 'UnicodeDecodeError':
            from minipy.objects.bytesobject import W_BytesObject
            raise _codec_operr(e, W_BytesObject(data))
        raise operr_from_support(e)


def _codec_operr(e, w_object):
    """The UnicodeEncodeError/UnicodeDecodeError of SupportError e, on w_object."""
    from minipy.builtins import unicodeerrors
    w_t = all_exception_types[e.exc_name]
    return unicodeerrors.operr(w_t, e.encoding, w_object, e.start, e.end, e.reason)


def _codec_defaults(encoding, errors):
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'strict'
    return encoding, errors


def source_and_codec_args(args, source_kw, fname=None):
    """(w_source, encoding, errors) of str(object, encoding, errors) or bytes(source,
    encoding, errors), called as a type (args_w[0] is the type): positional or keyword;
    None where not given."""
    w_x = None
    if len(args.args_w) > 1:
        w_x = args.args_w[1]
    w_kx = args.getkw(source_kw)
    if w_kx is not None:
        w_x = w_kx
    encoding, errors = codec_args(args, 2, fname)
    return w_x, encoding, errors


def _codec_arg(w_arg, fname, argname):
    from minipy.interpreter import ops
    from minipy.objects.strobject import W_StrObject
    w_b = w_arg.base_value()
    if isinstance(w_b, W_StrObject):
        return w_b.utf8
    if fname is None:
        return ops.str_w(w_arg)
    raise oefmt(w_TypeError, "%s() argument '%s' must be str, not %s"
                % (fname, argname, ops.arg_typename(w_arg)))


def codec_args(args, first, fname=None):
    """(encoding, errors) of a call: positional arguments `first` and `first` + 1, or the
    keywords; None where not given. `fname`: the method's name for CPython's
    argument-clinic message about a non-str argument."""
    encoding = None
    errors = None
    if len(args.args_w) > first:
        encoding = _codec_arg(args.args_w[first], fname, 'encoding')
    if len(args.args_w) > first + 1:
        errors = _codec_arg(args.args_w[first + 1], fname, 'errors')
    w_e = args.getkw('encoding')
    if w_e is not None:
        encoding = _codec_arg(w_e, fname, 'encoding')
    w_err = args.getkw('errors')
    if w_err is not None:
        errors = _codec_arg(w_err, fname, 'errors')
    return encoding, errors
