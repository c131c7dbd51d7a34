"""posix: the operating-system calls that minipy/lib/os.py is built on (CPython's os
imports them from its posix module too): the working directory, directory listings,
removing, renaming and making files and directories, stat, the environment, the process
id and the number of CPUs. Errors are CPython's OSError subclasses, with the file name.
Calls that look at or move files first write out files left with buffered output
(fileobject.flush_open_files), where CPython's reference counting would have."""
import os
from minipy.objects.noneobject import w_None
from minipy.objects.intobject import wrap_int
from minipy.objects.floatobject import wrap_float
from minipy.objects.strobject import wrap_str
from minipy.objects.tupleobject import wrap_tuple
from minipy.objects.listobject import W_ListObject
from minipy.objects.dictobject import W_DictObject
from minipy.objects.moduleobject import W_Module
from minipy.objects.functionobject import W_BuiltinFunction
from minipy.concurrency import stmcontrol
from minipy.builtins.registry import check_args
from minipy.objects.fileobject import flush_open_files
from minipy.builtins.filemethods import oserror, path_utf8


def _path(args, i, name):
    return path_utf8(args.args_w[i])


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
        check_args(args, name, 1, 1)
        path = _path(args, 0, name)
        stmcontrol.before_io()
        flush_open_files()
        try:
            if name == 'remove' or name == 'unlink':
                os.unlink(path)
            elif name == 'rmdir':
                os.rmdir(path)
            else:
                os.mkdir(path, 0777)
        except OSError as e:
            raise oserror(e, path)
        return w_None
    f.func_name = 'p_' + name
    return f


def p_rename(args):
    check_args(args, 'rename', 2, 2)
    src = _path(args, 0, 'rename')
    dst = _path(args, 1, 'rename')
    stmcontrol.before_io()
    flush_open_files()
    try:
        os.rename(src, dst)
    except OSError as e:
        raise oserror(e, src)
    return w_None


def p_stat(args):
    """(mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime): os.stat_result's
    first ten fields."""
    check_args(args, 'stat', 1, 1)
    path = _path(args, 0, 'stat')
    stmcontrol.before_io()
    flush_open_files()          # the sizes of files the program dropped, as CPython's
    try:
        st = os.stat(path)
    except OSError as e:
        raise oserror(e, path)
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
                    ('strerror', p_strerror)]:
        w_d.setstr(name, W_BuiltinFunction(name, f, False))
    return w_mod
