"""posix: the operating-system calls that minipy/lib/os.py is built on (CPython's os
imports them from its posix module too): the working directory, directory listings,
removing, renaming and making files and directories, stat, the environment, the process
id and the number of CPUs. Errors are CPython's OSError subclasses, with the file name.
Calls that look at or move files first write out files left with buffered output
(fileobject.flush_open_files), where CPython's reference counting would have."""
import os
from rpython.rlib.rarithmetic import intmask
from minipy.objects.noneobject import w_None
from minipy.objects.intobject import wrap_int, wrap_bool
from minipy.objects.bytesobject import W_BytesObject
from minipy.objects.tupleobject import W_TupleObject
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt
from minipy.objects.floatobject import wrap_float
from minipy.objects.strobject import wrap_str, W_StrObject
from minipy.objects.tupleobject import wrap_tuple
from minipy.objects.listobject import W_ListObject
from minipy.objects.dictobject import W_DictObject
from minipy.objects.moduleobject import W_Module
from minipy.objects.functionobject import W_BuiltinFunction
from minipy.concurrency import stmcontrol
from minipy.builtins.registry import check_args
from minipy.objects.fileobject import flush_open_files
from minipy.builtins.filemethods import oserror, path_utf8


# the calls whose path may also be a file descriptor (or None), as CPython says in the
# TypeError of a wrong argument
_PATH_KINDS_FD = ['stat', 'chdir', 'chmod', 'utime']


def _path(args, i, name):
    from minipy.interpreter import ops
    w_path = args.args_w[i]
    w_v = w_path.base_value()
    if (not isinstance(w_v, W_StrObject) and not isinstance(w_v, W_BytesObject) and
            ops.lookup_special(w_path, '__fspath__') is None):
        what = 'path'
        if name in ('rename', 'replace', 'symlink'):
            what = 'src' if i == 0 else 'dst'
        kinds = 'string, bytes or os.PathLike'
        if name == 'listdir':
            kinds = 'string, bytes, os.PathLike, integer or None'
        elif name in _PATH_KINDS_FD:
            kinds = 'string, bytes, os.PathLike or integer'
        raise oefmt(ex.w_TypeError, '%s: %s should be %s, not %s'
                    % (name, what, kinds, ops.typename(w_path)))
    return path_utf8(w_path)


def p_getcwd(args):
    check_args(args, 'getcwd', 0, 0)
    try:
        return wrap_str(os.getcwd())
    except OSError as e:
        raise oserror(e, '.')


def p_chdir(args):
    check_args(args, 'chdir', 1, 1)
    path = _path(args, 0, 'chdir')
    stmcontrol.before_io()
    try:
        os.chdir(path)
    except OSError as e:
        raise oserror(e, path)
    return w_None


def p_listdir(args):
    check_args(args, 'listdir', 0, 1)
    path = '.'
    if len(args.args_w) == 1:
        path = _path(args, 0, 'listdir')
    try:
        names = os.listdir(path)
    except OSError as e:
        raise oserror(e, path)
    return W_ListObject([wrap_str(n) for n in names])


def _one_path_call(name):
    def f(args):
        if name == 'mkdir':
            check_args(args, name, 1, 2)        # mkdir(path, mode=0o777)
        else:
            check_args(args, name, 1, 1)
        path = _path(args, 0, name)
        mode = 0777
        if len(args.args_w) == 2:
            mode = _int_arg(args, 1)
        stmcontrol.before_io()
        flush_open_files()
        try:
            if name == 'remove' or name == 'unlink':
                os.unlink(path)
            elif name == 'rmdir':
                os.rmdir(path)
            else:
                os.mkdir(path, mode)
        except OSError as e:
            raise oserror(e, path)
        return w_None
    f.func_name = 'p_' + name
    return f


def _two_path_call(name):
    """rename and replace (the same call on POSIX: an existing dst is replaced); errors
    name both paths ('src' -> 'dst')."""
    def f(args):
        check_args(args, name, 2, 2)
        src = _path(args, 0, name)
        dst = _path(args, 1, name)
        stmcontrol.before_io()
        flush_open_files()
        try:
            os.rename(src, dst)
        except OSError as e:
            raise oserror2(e, src, dst)
        return w_None
    f.func_name = 'p_' + name
    return f


p_rename = _two_path_call('rename')
p_replace = _two_path_call('replace')


def oserror2(e, src, dst):
    operr = oserror(e, src)
    operr.w_value.setdictvalue('filename2', wrap_str(dst))
    return operr


def _stat_call(name):
    def f(args):
        """(mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime): os.stat_result's
        first ten fields; lstat does not follow a symbolic link."""
        check_args(args, name[1:], 1, 1)
        path = _path(args, 0, name[1:])
        stmcontrol.before_io()
        flush_open_files()      # the sizes of files the program dropped, as CPython's
        try:
            if name == '_lstat':
                st = os.lstat(path)
            else:
                st = os.stat(path)
        except OSError as e:
            raise oserror(e, path)
        return _stat_tuple(st)
    f.func_name = 'p' + name
    return f


p_stat = _stat_call('_stat')
p_lstat = _stat_call('_lstat')


def _stat_tuple(st):
    return wrap_tuple([wrap_int(st.st_mode), wrap_int(st.st_ino), wrap_int(st.st_dev),
                       wrap_int(st.st_nlink), wrap_int(st.st_uid), wrap_int(st.st_gid),
                       wrap_int(st.st_size), wrap_float(st.st_atime),
                       wrap_float(st.st_mtime), wrap_float(st.st_ctime)])


def p_environ(args):
    """The environment at the time of the call, as a new dict."""
    check_args(args, '_environ', 0, 0)
    w_d = W_DictObject()
    for key, value in os.environ.items():
        w_d.setitem(wrap_str(key), wrap_str(value))
    return w_d


def p_getpid(args):
    check_args(args, 'getpid', 0, 0)
    return wrap_int(os.getpid())


_SC_NPROCESSORS_ONLN = os.sysconf_names['SC_NPROCESSORS_ONLN']


def p_cpu_count(args):
    check_args(args, 'cpu_count', 0, 0)
    try:
        n = os.sysconf(_SC_NPROCESSORS_ONLN)
    except OSError:
        return w_None
    if n < 1:
        return w_None
    return wrap_int(n)


def p_strerror(args):
    from minipy.interpreter import ops
    check_args(args, 'strerror', 1, 1)
    return wrap_str(os.strerror(ops.int_w(args.args_w[0])))


def _int_arg(args, i):
    from minipy.interpreter import ops
    return ops.int_w(args.args_w[i])


def p_access(args):
    check_args(args, 'access', 2, 2)
    path = _path(args, 0, 'access')
    mode = _int_arg(args, 1)
    stmcontrol.before_io()
    flush_open_files()
    return wrap_bool(os.access(path, mode))


def p_chmod(args):
    check_args(args, 'chmod', 2, 2)
    path = _path(args, 0, 'chmod')
    mode = _int_arg(args, 1)
    stmcontrol.before_io()
    try:
        os.chmod(path, mode)
    except OSError as e:
        raise oserror(e, path)
    return w_None


def p_utime(args):
    """utime(path, times=None): times is (atime, mtime) in seconds."""
    from minipy.interpreter import ops
    check_args(args, 'utime', 1, 2)
    path = _path(args, 0, 'utime')
    stmcontrol.before_io()
    flush_open_files()
    w_times = w_None
    if len(args.args_w) == 2:
        w_times = args.args_w[1]
    try:
        if w_times is w_None:
            os.utime(path, None)
        else:
            items_w = ops.unpack_iterable(w_times)
            if not isinstance(w_times, W_TupleObject) or len(items_w) != 2:
                raise oefmt(ex.w_TypeError,
                            'utime: \'times\' must be either a tuple of two ints or None')
            os.utime(path, (ops.float_w(items_w[0]), ops.float_w(items_w[1])))
    except OSError as e:
        raise oserror(e, path)
    return w_None


def p_open(args):
    """open(path, flags, mode=0o777): a new file descriptor."""
    check_args(args, 'open', 2, 3)
    path = _path(args, 0, 'open')
    flags = _int_arg(args, 1)
    mode = 0777
    if len(args.args_w) == 3:
        mode = _int_arg(args, 2)
    stmcontrol.before_io()
    flush_open_files()
    try:
        return wrap_int(os.open(path, flags, mode))
    except OSError as e:
        raise oserror(e, path)


def p_close(args):
    check_args(args, 'close', 1, 1)
    fd = _int_arg(args, 0)
    stmcontrol.before_io()
    try:
        os.close(fd)
    except OSError as e:
        raise oserror_nofile(e)
    return w_None


def p_read(args):
    check_args(args, 'read', 2, 2)
    fd = _int_arg(args, 0)
    n = _int_arg(args, 1)
    if n < 0:
        raise oefmt(ex.w_ValueError, 'negative count')
    stmcontrol.before_io()
    try:
        return W_BytesObject(os.read(fd, n))
    except OSError as e:
        raise oserror_nofile(e)


def p_write(args):
    from minipy.interpreter import ops
    check_args(args, 'write', 2, 2)
    fd = _int_arg(args, 0)
    w_data = args.args_w[1]
    if not isinstance(w_data, W_BytesObject):
        raise oefmt(ex.w_TypeError, "a bytes-like object is required, not '%s'"
                    % ops.typename(w_data))
    data = w_data.value
    assert data is not None
    stmcontrol.before_io()
    try:
        return wrap_int(os.write(fd, data))
    except OSError as e:
        raise oserror_nofile(e)


def p_lseek(args):
    check_args(args, 'lseek', 3, 3)
    fd = _int_arg(args, 0)
    pos = _int_arg(args, 1)
    how = _int_arg(args, 2)
    stmcontrol.before_io()
    try:
        return wrap_int(os.lseek(fd, pos, how))
    except OSError as e:
        raise oserror_nofile(e)


def oserror_nofile(e):
    """The OSError of a call on a file descriptor: no file name."""
    from minipy.objects.root import OperationError
    code = e.errno
    w_t = ex.OSERROR_BY_ERRNO.get(code, ex.w_OSError)
    return OperationError(ex.W_ExceptionObject(w_t, [wrap_int(code),
                                                     wrap_str(os.strerror(code))]))


def p_readlink(args):
    check_args(args, 'readlink', 1, 1)
    path = _path(args, 0, 'readlink')
    stmcontrol.before_io()
    try:
        return wrap_str(os.readlink(path))
    except OSError as e:
        raise oserror(e, path)


def p_symlink(args):
    check_args(args, 'symlink', 2, 2)
    src = _path(args, 0, 'symlink')
    dst = _path(args, 1, 'symlink')
    stmcontrol.before_io()
    try:
        os.symlink(src, dst)
    except OSError as e:
        raise oserror2(e, src, dst)
    return w_None


def p_umask(args):
    check_args(args, 'umask', 1, 1)
    return wrap_int(os.umask(_int_arg(args, 0)))


def p_isatty(args):
    check_args(args, 'isatty', 1, 1)
    return wrap_bool(os.isatty(_int_arg(args, 0)))


def p_getuid(args):
    check_args(args, 'getuid', 0, 0)
    return wrap_int(intmask(os.getuid()))


p_remove = _one_path_call('remove')
p_unlink = _one_path_call('unlink')
p_rmdir = _one_path_call('rmdir')
p_mkdir = _one_path_call('mkdir')


def make_posix():
    w_d = W_DictObject()
    w_mod = W_Module('posix', w_d)
    w_d.setstr('__name__', wrap_str('posix'))
    for name, f in [('getcwd', p_getcwd), ('chdir', p_chdir), ('listdir', p_listdir),
                    ('remove', p_remove), ('unlink', p_unlink), ('rmdir', p_rmdir),
                    ('mkdir', p_mkdir),
                    ('rename', p_rename), ('_stat', p_stat), ('_environ', p_environ),
                    ('getpid', p_getpid), ('cpu_count', p_cpu_count),
                    ('strerror', p_strerror), ('replace', p_replace),
                    ('_lstat', p_lstat), ('access', p_access), ('chmod', p_chmod),
                    ('utime', p_utime), ('open', p_open), ('close', p_close),
                    ('read', p_read), ('write', p_write), ('lseek', p_lseek),
                    ('readlink', p_readlink), ('symlink', p_symlink),
                    ('umask', p_umask), ('getuid', p_getuid),
                    ('isatty', p_isatty)]:
        w_d.setstr(name, W_BuiltinFunction(name, f, False))
    for name, value in _CONSTANTS:
        w_d.setstr(name, wrap_int(value))
    return w_mod


# the host's values of the flags of open() and access() (read at build time)
_CONSTANTS = [(_n, getattr(os, _n)) for _n in [
    'O_RDONLY', 'O_WRONLY', 'O_RDWR', 'O_CREAT', 'O_EXCL', 'O_TRUNC', 'O_APPEND',
    'O_NONBLOCK', 'O_NOCTTY', 'O_SYNC', 'O_NDELAY', 'O_DSYNC',
    'F_OK', 'R_OK', 'W_OK', 'X_OK'] if hasattr(os, _n)]
