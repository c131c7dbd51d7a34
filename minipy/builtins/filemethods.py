"""open() and the methods of file objects (text and binary)."""
import os
import stat
import errno
from minipy.objects.root import OperationError
from minipy.objects.noneobject import w_None
from minipy.objects.intobject import wrap_int, wrap_bool
from minipy.objects.strobject import W_StrObject, wrap_str
from minipy.objects.bytesobject import W_BytesObject
from minipy.objects.listobject import W_ListObject
from minipy.objects.fileobject import W_File, flush_open_files
from minipy.objects import exceptions as ex
from minipy.concurrency import stmcontrol
from minipy.objects.exceptions import oefmt
from minipy.builtins.registry import method, function
from minipy.builtins import textio

w_file = W_File.typedef


def f_self(args):
    w_f = args.args_w[0]
    if not isinstance(w_f, W_File):
        raise oefmt(ex.w_TypeError, 'expected a file object')
    return w_f


def check_open(w_f):
    if w_f.closed:
        raise oefmt(ex.w_ValueError, 'I/O operation on closed file.')
    w_f.sync()


def oserror(e, filename):
    return oserror_errno(e.errno, filename)


def oserror_errno(code, filename):
    msg = os.strerror(code)
    w_t = ex.OSERROR_BY_ERRNO.get(code, ex.w_OSError)
    w_exc = ex.W_ExceptionObject(w_t, [wrap_int(code), wrap_str(msg)])
    w_exc.setdictvalue('filename', wrap_str(filename))
    return OperationError(w_exc)


OPEN_PARAMS = ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd',
               'opener']


def open_arguments(args):
    """open()'s arguments by position or keyword: a list of OPEN_PARAMS' values, None
    where not given."""
    values_w = [None] * len(OPEN_PARAMS)
    n = len(args.args_w)
    if n > len(OPEN_PARAMS):
        raise oefmt(ex.w_TypeError, 'open() takes at most 8 arguments (%d given)' % n)
    for i in range(n):
        values_w[i] = args.args_w[i]
    if args.kwnames is not None:
        for k in range(len(args.kwnames)):
            name = args.kwnames[k]
            j = 0
            while j < len(OPEN_PARAMS) and OPEN_PARAMS[j] != name:
                j += 1
            if j == len(OPEN_PARAMS):
                raise oefmt(ex.w_TypeError,
                            "'%s' is an invalid keyword argument for open()" % name)
            if values_w[j] is not None:
                raise oefmt(ex.w_TypeError,
                            "argument for open() given by name ('%s') and position (%d)"
                            % (name, j + 1))
            values_w[j] = args.kwvalues_w[k]
    if values_w[0] is None:
        raise oefmt(ex.w_TypeError, "open() missing required argument 'file' (pos 1)")
    return values_w


def path_utf8(w_path):
    """The UTF-8 of a file name argument: a str, or an os.PathLike object (one whose type
    has __fspath__, such as pathlib's paths) whose __fspath__() returns a str."""
    from minipy.interpreter import ops
    w_v = w_path.base_value()
    if isinstance(w_v, W_StrObject):
        return w_v.utf8
    if isinstance(w_v, W_BytesObject):
        return bytes_path(w_v)
    w_meth = ops.lookup_special(w_path, '__fspath__')
    if w_meth is None:
        raise oefmt(ex.w_TypeError, 'expected str, bytes or os.PathLike object, not %s'
                    % ops.typename(w_path))
    w_res = ops.call_function(w_meth, [w_path])
    w_r = w_res.base_value()
    if isinstance(w_r, W_BytesObject):
        return bytes_path(w_r)
    if not isinstance(w_r, W_StrObject):
        raise oefmt(ex.w_TypeError, 'expected %s.__fspath__() to return str or bytes, '
                    'not %s' % (ops.typename(w_path), ops.typename(w_res)))
    return w_r.utf8


def fd_argument(w_file):
    """The file descriptor open() was given in place of a path, or -1."""
    from minipy.objects.intobject import W_IntObject
    from minipy.interpreter import ops
    w_v = w_file.base_value()
    if not isinstance(w_v, W_IntObject):
        return -1
    fd = ops.int_w(w_file)
    if fd < 0:
        raise oefmt(ex.w_ValueError, 'negative file descriptor')
    return fd


def bytes_path(w_b):
    path = w_b.value
    assert path is not None
    return path


def _opt_str(w_x, what):
    """A str argument of open() that may be None."""
    from minipy.interpreter import ops
    if w_x is None or w_x is w_None:
        return None
    if not isinstance(w_x.base_value(), W_StrObject):
        raise oefmt(ex.w_TypeError, 'open() argument \'%s\' must be str or None, not %s'
                    % (what, ops.typename(w_x)))
    return ops.str_w(w_x)


def check_mode(mode):
    """open()'s checks of its mode argument, in CPython's order."""
    for i in range(len(mode)):
        if mode[i] not in 'rwabxt+' or mode.find(mode[i], i + 1) >= 0:
            raise oefmt(ex.w_ValueError, "invalid mode: '%s'" % mode)
    kinds = 0
    for c in 'rwax':
        if c in mode:
            kinds += 1
    if 'b' in mode and 't' in mode:
        raise oefmt(ex.w_ValueError, "can't have text and binary mode at once")
    if kinds > 1:
        raise oefmt(ex.w_ValueError,
                    'must have exactly one of create/read/write/append mode')
    if kinds == 0:
        raise oefmt(ex.w_ValueError, 'Must have exactly one of create/read/write/append '
                    'mode and at most one plus')


def text_encoding(encoding):
    """The normalized name of a text file's encoding (a LookupError if unknown)."""
    from minipy.support import strencode
    from minipy.builtins.support_glue import operr_from_support
    from minipy.support.errors import SupportError
    try:
        normalized = strencode.normalize_encoding(encoding)
    except SupportError as e:
        raise operr_from_support(e)
    if not strencode.byte_compatible(normalized):
        # text files decode and split lines on the raw bytes: only encodings in
        # which ASCII text is its own encoding (not UTF-16/32, nor a BOM to handle)
        raise oefmt(ex.w_LookupError, 'unknown encoding: %s' % encoding)
    return normalized


RECONFIGURE_PARAMS = ['encoding', 'errors', 'newline', 'line_buffering', 'write_through']


def file_reconfigure(args):
    """reconfigure(*, encoding, errors, newline, line_buffering, write_through) of a
    text file: what is given changes (a new encoding without errors: 'strict')."""
    from minipy.interpreter import ops
    w_f = f_self(args)
    if w_f.binary:
        raise oefmt(ex.w_AttributeError,
                    "'%s' object has no attribute 'reconfigure'" % binary_type_name(w_f))
    if len(args.args_w) > 1:
        raise oefmt(ex.w_TypeError, 'reconfigure() takes no positional arguments')
    values_w = [None] * len(RECONFIGURE_PARAMS)
    if args.kwnames is not None:
        for k in range(len(args.kwnames)):
            name = args.kwnames[k]
            j = 0
            while j < len(RECONFIGURE_PARAMS) and RECONFIGURE_PARAMS[j] != name:
                j += 1
            if j == len(RECONFIGURE_PARAMS):
                raise oefmt(ex.w_TypeError, "'%s' is an invalid keyword argument for "
                            "reconfigure()" % name)
            values_w[j] = args.kwvalues_w[k]
    check_open(w_f)
    encoding = _reconfigure_str(values_w[0], 'encoding')
    errors = _reconfigure_str(values_w[1], 'errors')
    w_f.flush()
    if encoding is not None:
        w_f.encoding = text_encoding(encoding)
        w_f.encoding_name = encoding
        if errors is None:
            errors = 'strict'
    if errors is not None:
        w_f.errors = errors
    if values_w[2] is not None:
        newline = _opt_str(values_w[2], 'newline')
        if newline is not None and newline not in ('', '\n', '\r', '\r\n'):
            raise oefmt(ex.w_ValueError, 'illegal newline value: %s' % newline)
        w_f.newline = newline
    if values_w[3] is not None and values_w[3] is not w_None:
        w_f.line_buffered = ops.is_true(values_w[3])
    if values_w[4] is not None and values_w[4] is not w_None:
        w_f.write_through = ops.is_true(values_w[4])
    return w_None


def _reconfigure_str(w_x, what):
    from minipy.interpreter import ops
    if w_x is None or w_x is w_None:
        return None
    if not isinstance(w_x.base_value(), W_StrObject):
        raise oefmt(ex.w_TypeError, "reconfigure() argument '%s' must be str or None, "
                    "not %s" % (what, ops.typename(w_x)))
    return ops.str_w(w_x)


def open_file(args):
    from minipy.interpreter import ops
    values_w = open_arguments(args)
    fd = fd_argument(values_w[0])
    name = ''
    if fd < 0:
        name = path_utf8(values_w[0])
    mode = 'r'
    if values_w[1] is not None:
        mode = ops.str_w(values_w[1])
    check_mode(mode)
    encoding = _opt_str(values_w[3], 'encoding')
    errors = _opt_str(values_w[4], 'errors')
    newline = _opt_str(values_w[5], 'newline')
    binary = 'b' in mode
    if binary and encoding is not None:
        raise oefmt(ex.w_ValueError, "binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise oefmt(ex.w_ValueError, "binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise oefmt(ex.w_ValueError, "binary mode doesn't take a newline argument")
    if newline is not None and newline not in ('', '\n', '\r', '\r\n'):
        raise oefmt(ex.w_ValueError, 'illegal newline value: %s' % newline)
    encoding_name = encoding
    if encoding is None:
        encoding = 'utf-8'
        encoding_name = 'UTF-8'     # CPython's default: the locale's (a UTF-8 one here)
    encoding = text_encoding(encoding)
    if errors is None:
        errors = 'strict'
    if values_w[2] is not None:
        buffering = ops.int_w(values_w[2])
        if buffering == 0 and not binary:
            raise oefmt(ex.w_ValueError, "can't have unbuffered text I/O")
    closefd = True
    if values_w[6] is not None:
        closefd = ops.is_true(values_w[6])
    if fd >= 0:
        w_f = W_File(fd, str(fd), mode, encoding=encoding, errors=errors,
                     newline=newline, encoding_name=encoding_name)
        w_f.fd_named = True
        w_f.closefd = closefd
        return w_f
    if not closefd:
        raise oefmt(ex.w_ValueError, 'Cannot use closefd=False with file name')
    flags = os.O_RDONLY
    if 'w' in mode:
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    elif 'a' in mode:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
    elif 'x' in mode:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    if '+' in mode:
        flags = (flags & ~(os.O_WRONLY | os.O_RDONLY)) | os.O_RDWR
    stmcontrol.before_io()      # creating or truncating a file cannot be undone
    flush_open_files()          # what the program wrote to files it dropped is readable
    try:
        fd = os.open(name, flags, 0666)
        is_dir = stat.S_ISDIR(os.fstat(fd).st_mode)
    except OSError as e:
        raise oserror(e, name)
    if is_dir:                  # (reading a directory opened for reading fails later)
        os.close(fd)
        raise oserror_errno(errno.EISDIR, name)
    return W_File(fd, name, mode, encoding=encoding, errors=errors, newline=newline,
                  encoding_name=encoding_name)


def unsupported(msg):
    return oefmt(ex.w_UnsupportedOperation, msg)


def check_readable(w_f):
    check_open(w_f)
    if not w_f.readable:
        raise unsupported('read' if w_f.binary else 'not readable')


def check_writable(w_f):
    check_open(w_f)
    if not w_f.writable:
        raise unsupported('write' if w_f.binary else 'not writable')


def write_text(w_f, utf8):
    """Write the str utf8 to the open text file w_f (print() and write())."""
    if w_f.binary:
        raise oefmt(ex.w_TypeError, "a bytes-like object is required, not 'str'")
    check_writable(w_f)
    w_f.write_str(textio.encode_written(w_f, utf8))


def file_write(args):
    from minipy.interpreter import ops
    w_f = f_self(args)
    check_open(w_f)
    w_data = args.args_w[1]
    if w_f.binary:
        if not isinstance(w_data, W_BytesObject):
            raise oefmt(ex.w_TypeError, "a bytes-like object is required, not '%s'"
                        % ops.typename(w_data))
        check_writable(w_f)
        w_f.write_str(w_data.value)
        return wrap_int(len(w_data.value))
    w_s = w_data.base_value()
    if not isinstance(w_s, W_StrObject):
        raise oefmt(ex.w_TypeError, "write() argument must be str, not %s" % ops.typename(w_data))
    write_text(w_f, w_s.utf8)
    return wrap_int(w_s.length)


def file_writelines(args):
    from minipy.interpreter import ops
    w_f = f_self(args)
    check_open(w_f)
    for w_line in ops.unpack_iterable(args.args_w[1]):
        if w_f.binary:
            if not isinstance(w_line, W_BytesObject):
                raise oefmt(ex.w_TypeError, "a bytes-like object is required, not '%s'"
                            % ops.typename(w_line))
            check_writable(w_f)
            w_f.write_str(w_line.value)
        else:
            w_s = w_line.base_value()
            if not isinstance(w_s, W_StrObject):
                raise oefmt(ex.w_TypeError, "write() argument must be str, not %s"
                            % ops.typename(w_line))
            write_text(w_f, w_s.utf8)
    return w_None


def size_arg(args, i):
    """An optional size argument (None or absent: -1)."""
    from minipy.interpreter import ops
    if len(args.args_w) > i and args.args_w[i] is not w_None:
        return ops.int_w(args.args_w[i])
    return -1


def file_read(args):
    w_f = f_self(args)
    check_readable(w_f)
    n = size_arg(args, 1)
    if n < 0:
        return textio.wrap_read(w_f, textio.read_all(w_f))
    return textio.wrap_read(w_f, textio.read_chars(w_f, n))


def file_readline(args):
    w_f = f_self(args)
    check_readable(w_f)
    return textio.wrap_read(w_f, textio.read_line(w_f, size_arg(args, 1)))


def file_readlines(args):
    w_f = f_self(args)
    check_readable(w_f)
    hint = size_arg(args, 1)
    lines = []
    total = 0
    while True:
        line = textio.read_line(w_f, -1)
        if len(line) == 0:
            break
        w_line = textio.wrap_read(w_f, line)
        lines.append(w_line)
        total += len(line)
        if hint > 0 and total > hint:
            break
    return W_ListObject(lines)


def file_next(args):
    w_f = f_self(args)
    check_readable(w_f)
    line = textio.read_line(w_f, -1)
    if len(line) == 0:
        raise ex.operr_noargs(ex.w_StopIteration)
    return textio.wrap_read(w_f, line)


def file_iter(args):
    w_f = f_self(args)
    check_open(w_f)
    return w_f


def file_close(args):
    f_self(args).close()
    return w_None


def file_flush(args):
    f_self(args).flush()
    return w_None


def file_enter(args):
    w_f = f_self(args)
    check_open(w_f)
    return w_f


def file_exit(args):
    f_self(args).close()
    return w_None


def file_repr(args):
    return wrap_str(file_repr_utf8(f_self(args)))


def file_repr_utf8(w_f):
    """<_io.TextIOWrapper name='f' mode='r' encoding='UTF-8'>, <_io.BufferedReader
    name='f'>..."""
    from minipy.builtins.reprs import str_repr
    if w_f.fd_named:
        name = w_f.name
    else:
        name = str_repr(w_f.name)
    if not w_f.binary:
        return ("<_io.TextIOWrapper name=%s mode=%s encoding=%s>"
                % (name, str_repr(w_f.shown_mode()), str_repr(w_f.encoding_name)))
    return "<_io.%s name=%s>" % (binary_type_name(w_f), name)


def binary_type_name(w_f):
    if '+' in w_f.mode:
        return 'BufferedRandom'
    if 'r' in w_f.mode:
        return 'BufferedReader'
    return 'BufferedWriter'


def file_fileno(args):
    return wrap_int(f_self(args).fd)


def file_isatty(args):
    return wrap_bool(os.isatty(f_self(args).fd))


def file_tell(args):
    w_f = f_self(args)
    check_open(w_f)
    return wrap_int(w_f.tell())


def file_seek(args):
    from minipy.interpreter import ops
    w_f = f_self(args)
    check_open(w_f)
    if len(args.args_w) < 2:
        raise oefmt(ex.w_TypeError, 'seek expected at least 1 argument, got 0')
    offset = ops.int_w(args.args_w[1])
    whence = 0
    if len(args.args_w) > 2:
        whence = ops.int_w(args.args_w[2])
    if whence < 0 or whence > 2:
        if w_f.binary:
            raise oefmt(ex.w_ValueError, 'whence value %d unsupported' % whence)
        raise oefmt(ex.w_ValueError, 'invalid whence (%d, should be 0, 1 or 2)' % whence)
    if not w_f.binary:
        # text files seek to positions tell() gave, or by 0 from the current one or the end
        if whence == 1 and offset != 0:
            raise unsupported("can't do nonzero cur-relative seeks")
        if whence == 2 and offset != 0:
            raise unsupported("can't do nonzero end-relative seeks")
        if whence == 0 and offset < 0:
            raise oefmt(ex.w_ValueError, 'negative seek position %d' % offset)
    elif whence == 0 and offset < 0:
        raise oefmt(ex.w_ValueError, 'negative seek value %d' % offset)
    return wrap_int(w_f.seek(offset, whence))


def file_truncate(args):
    w_f = f_self(args)
    check_writable(w_f)
    size = size_arg(args, 1)
    if size < 0:
        size = w_f.tell()
    w_f.truncate(size)
    return wrap_int(size)


def file_readable(args):
    w_f = f_self(args)
    check_open(w_f)
    return wrap_bool(w_f.readable)


def file_writable(args):
    w_f = f_self(args)
    check_open(w_f)
    return wrap_bool(w_f.writable)


def file_seekable(args):
    w_f = f_self(args)
    check_open(w_f)
    try:
        os.lseek(w_f.fd, 0, 1)
    except OSError:
        return wrap_bool(False)
    return wrap_bool(True)


method(w_file, 'write', file_write)
method(w_file, 'writelines', file_writelines)
method(w_file, 'read', file_read)
method(w_file, 'readline', file_readline)
method(w_file, 'readlines', file_readlines)
method(w_file, '__next__', file_next)
method(w_file, '__iter__', file_iter)
method(w_file, 'close', file_close)
method(w_file, 'flush', file_flush)
method(w_file, '__enter__', file_enter)
method(w_file, '__exit__', file_exit)
method(w_file, 'fileno', file_fileno)
method(w_file, '__repr__', file_repr)
method(w_file, 'reconfigure', file_reconfigure)
method(w_file, 'isatty', file_isatty)
method(w_file, 'tell', file_tell)
method(w_file, 'seek', file_seek)
method(w_file, 'truncate', file_truncate)
method(w_file, 'readable', file_readable)
method(w_file, 'writable', file_writable)
method(w_file, 'seekable', file_seekable)
function('open', open_file)
