"""open() and the methods of file objects (text and binary)."""
import os
from rpython.rlib import rposix
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

w_file = W_File.typedef


def f_self(args):
    w_f = args.args_w[0]
    if not isinstance(w_f, W_File):
        raise oefmt(ex.w_TypeError, 'expected a file object')
    return w_f


def check_open(w_f):
    if w_f.closed:
        raise oefmt(ex.w_ValueError, 'I/O operation on closed file.')


def wrap_data(w_f, s):
    if w_f.binary:
        return W_BytesObject(s)
    return wrap_str(s)


def oserror(e, filename):
    from minipy.builtins.reprs import str_repr
    errno = e.errno
    msg = os.strerror(errno)
    w_t = ex.OSERROR_BY_ERRNO.get(errno, ex.w_OSError)
    w_exc = ex.W_ExceptionObject(w_t, [wrap_int(errno), wrap_str(msg)])
    w_exc.setdictvalue('filename', wrap_str(filename))
    return OperationError(w_exc)


def open_file(args):
    from minipy.interpreter import ops
    if len(args.args_w) < 1:
        raise oefmt(ex.w_TypeError, "open() missing required argument 'file' (pos 1)")
    name = ops.str_w(args.args_w[0])
    mode = 'r'
    if len(args.args_w) > 1:
        mode = ops.str_w(args.args_w[1])
    w_m = args.getkw('mode')
    if w_m is not None:
        mode = ops.str_w(w_m)
    for c in mode:
        if c not in 'rwabxt+':
            raise oefmt(ex.w_ValueError, "invalid mode: '%s'" % mode)
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
    except OSError as e:
        raise oserror(e, name)
    return W_File(fd, name, mode)


def file_write(args):
    from minipy.interpreter import ops
    w_f = f_self(args)
    check_open(w_f)
    w_data = args.args_w[1]
    if w_f.binary:
        if not isinstance(w_data, W_BytesObject):
            raise oefmt(ex.w_TypeError, "a bytes-like object is required, not '%s'"
                        % ops.typename(w_data))
        w_f.write_str(w_data.value)
        return wrap_int(len(w_data.value))
    w_s = w_data.base_value()
    if not isinstance(w_s, W_StrObject):
        raise oefmt(ex.w_TypeError, "write() argument must be str, not %s" % ops.typename(w_data))
    w_f.write_str(w_s.utf8)
    return wrap_int(w_s.length)


def file_writelines(args):
    from minipy.interpreter import ops
    w_f = f_self(args)
    for w_line in ops.unpack_iterable(args.args_w[1]):
        w_f.write_str(ops.str_w(w_line))
    return w_None


def file_read(args):
    from minipy.interpreter import ops
    w_f = f_self(args)
    check_open(w_f)
    n = -1
    if len(args.args_w) > 1 and args.args_w[1] is not w_None:
        n = ops.int_w(args.args_w[1])
    if n < 0:
        return wrap_data(w_f, w_f.readall())
    return wrap_data(w_f, w_f.read(n))


def file_readline(args):
    w_f = f_self(args)
    check_open(w_f)
    return wrap_data(w_f, w_f.readline())


def file_readlines(args):
    w_f = f_self(args)
    check_open(w_f)
    lines = []
    while True:
        line = w_f.readline()
        if len(line) == 0:
            break
        lines.append(wrap_data(w_f, line))
    return W_ListObject(lines)


def file_next(args):
    w_f = f_self(args)
    check_open(w_f)
    line = w_f.readline()
    if len(line) == 0:
        raise ex.operr_noargs(ex.w_StopIteration)
    return wrap_data(w_f, line)


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


def file_fileno(args):
    return wrap_int(f_self(args).fd)


def file_isatty(args):
    return wrap_bool(os.isatty(f_self(args).fd))


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
method(w_file, 'isatty', file_isatty)
function('open', open_file)
