"""import: native modules (sys, math, time, _random, _sre, ...), modules written in Python frozen
into the binary from minipy/lib/*.py, and .py modules/packages next to the script."""
import os
from rpython.rlib.objectmodel import we_are_translated
from minipy.objects.root import OperationError
from minipy.objects.noneobject import w_None
from minipy.objects.intobject import W_IntObject
from minipy.objects.strobject import W_StrObject, wrap_str
from minipy.objects.tupleobject import W_TupleObject
from minipy.objects.listobject import W_ListObject
from minipy.objects.dictobject import W_DictObject
from minipy.objects.moduleobject import W_Module
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt, W_ExceptionObject
from minipy.compiler.errors import CompileError
from minipy.interpreter.executioncontext import state


def _read_lib():
    lib = {}
    d = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'lib')
    if os.path.isdir(d):
        for fn in sorted(os.listdir(d)):
            if fn.endswith('.py') and (not fn.startswith('__') or fn == '__future__.py'):
                with open(os.path.join(d, fn)) as f:
                    lib[fn[:-3]] = f.read()
    return lib


FROZEN = _read_lib()
LIB_DIR = '<frozen minipy.lib>'


def read_file(path):
    """Contents of a file, or None when it cannot be read."""
    from minipy.concurrency import stmcontrol
    stmcontrol.before_io()
    try:
        fd = os.open(path, os.O_RDONLY, 0)
    except OSError:
        return None
    parts = []
    try:
        while True:
            data = os.read(fd, 65536)
            if len(data) == 0:
                break
            parts.append(data)
    except OSError:
        os.close(fd)
        return None
    os.close(fd)
    return ''.join(parts)


def is_dir(path):
    try:
        return os.path.isdir(path)
    except OSError:
        return False


def new_module(name, filename):
    w_d = W_DictObject()
    w_d.setstr('__name__', wrap_str(name))
    w_d.setstr('__builtins__', state.w_builtins)
    w_d.setstr('__doc__', w_None)
    if filename != '':
        w_d.setstr('__file__', wrap_str(filename))
    return W_Module(name, w_d)


def new_main_module(filename):
    """The __main__ module of a script, -c or the REPL: no package and no spec, as
    CPython's (`__package__ is None` tells a script from an imported module)."""
    w_m = new_module('__main__', filename)
    w_m.w_dict.setstr('__package__', w_None)
    w_m.w_dict.setstr('__spec__', w_None)
    return w_m


def exec_module_source(w_mod, source, filename):
    from minipy.interpreter import loader
    from minipy.interpreter.eval import PyFrame
    from minipy.interpreter.calls import execute_frame
    try:
        w_code = loader.compile_code(source, filename, 'exec')
    except CompileError as e:
        raise syntax_error_from(e)
    frame = PyFrame(w_code, w_mod.w_dict, None, state.w_builtins)
    execute_frame(frame)


def syntax_error_from(e):
    from minipy.objects.intobject import wrap_int
    from minipy.objects.tupleobject import wrap_tuple
    w_t = ex.all_exception_types.get(e.kind, ex.w_SyntaxError)
    w_exc = W_ExceptionObject(w_t, [wrap_str(e.msg), wrap_tuple([
        wrap_str(e.filename), wrap_int(e.lineno), wrap_int(e.offset), wrap_str(e.text),
        wrap_int(e.end_lineno), wrap_int(e.end_offset)])])
    w_exc.setdictvalue('filename', wrap_str(e.filename))
    w_exc.setdictvalue('lineno', wrap_int(e.lineno))
    w_exc.setdictvalue('offset', wrap_int(e.offset))
    w_exc.setdictvalue('text', wrap_str(e.text))
    w_exc.setdictvalue('end_lineno', wrap_int(e.end_lineno))
    w_exc.setdictvalue('end_offset', wrap_int(e.end_offset))
    return OperationError(w_exc)


def native_module(name):
    from minipy.builtins import modmath, modtime, modrandom
    if name == 'math':
        return modmath.make_math()
    if name == '_time':
        return modtime.make_time()
    if name == '_random':
        return modrandom.make_random()
    if name == '_thread':
        from minipy.builtins import modthread
        return modthread.make_thread()
    if name == 'transaction':
        from minipy.builtins import modtransaction
        return modtransaction.make_transaction()
    if name == 'posix':
        from minipy.builtins import modposix
        return modposix.make_posix()
    if name == '_io':
        # what minipy/lib/io.py builds on: open() and the files' own exception
        w_d = W_DictObject()
        w_d.setstr('__name__', wrap_str('_io'))
        w_d.setstr('UnsupportedOperation', ex.w_UnsupportedOperation)
        w_open = state.w_builtins.getstr('open')
        if w_open is not None:
            w_d.setstr('open', w_open)
        return W_Module('_io', w_d)
    if name == '_sre':
        from minipy.builtins import modsre
        return modsre.make_sre()
    if name == '_abc':
        from minipy.builtins import modabc
        return modabc.make_abc()
    if name == 'gc':
        from minipy.builtins import modgc
        return modgc.make_gc()
    if name == '_weakref':
        from minipy.builtins import modweakref
        return modweakref.make_weakref()
    if name == 'builtins':
        w_m = W_Module('builtins', state.w_builtins)
        return w_m
    return None


def find_module(fullname):
    """Load the module `fullname` (all parents already loaded); None if not found."""
    w_modules = state.w_modules
    w_m = native_module(fullname)
    if w_m is not None:
        w_modules.setitem(wrap_str(fullname), w_m)
        return w_m
    relpath = fullname.replace('.', '/')
    base = state.script_dir
    if base == '':
        base = '.'
    pkgdir = base + '/' + relpath
    initpath = pkgdir + '/__init__.py'
    if is_dir(pkgdir):
        src = read_file(initpath)
        if src is not None:
            w_m = new_module(fullname, initpath)
            w_m.w_dict.setstr('__path__', W_ListObject([wrap_str(pkgdir)]))
            w_m.w_dict.setstr('__package__', wrap_str(fullname))
            w_modules.setitem(wrap_str(fullname), w_m)
            try:
                exec_module_source(w_m, src, initpath)
            except OperationError:
                w_modules.delitem(wrap_str(fullname))
                raise
            return w_m
    path = base + '/' + relpath + '.py'
    src = read_file(path)
    filename = path
    if src is None and fullname in FROZEN:
        src = FROZEN[fullname]
        filename = LIB_DIR + '/' + fullname + '.py'
    if src is None:
        return None
    w_m = new_module(fullname, filename)
    dot = fullname.rfind('.')
    if dot > 0:
        assert dot >= 0
        w_m.w_dict.setstr('__package__', wrap_str(fullname[:dot]))
    else:
        w_m.w_dict.setstr('__package__', wrap_str(''))
    w_modules.setitem(wrap_str(fullname), w_m)
    try:
        exec_module_source(w_m, src, filename)
    except OperationError:
        w_modules.delitem(wrap_str(fullname))
        raise
    return w_m


def get_module(fullname):
    w_m = state.w_modules.getitem(wrap_str(fullname))
    if w_m is not None:
        return w_m
    dot = fullname.rfind('.')
    if dot > 0:
        assert dot >= 0
        parent = fullname[:dot]
        w_parent = get_module(parent)
        w_m = state.w_modules.getitem(wrap_str(fullname))
        if w_m is not None:
            return w_m
        w_m = find_module(fullname)
        if w_m is None:
            if isinstance(w_parent, W_Module) and w_parent.w_dict.getstr('__path__') is None:
                raise not_found(fullname, "; '%s' is not a package" % parent)
            raise not_found(fullname)
        from minipy.interpreter import ops
        ops.setattr_w(w_parent, fullname[dot + 1:], w_m)
        return w_m
    w_m = find_module(fullname)
    if w_m is None:
        raise not_found(fullname)
    return w_m


def not_found(name, why=''):
    w_exc = W_ExceptionObject(ex.w_ModuleNotFoundError,
                              [wrap_str("No module named '%s'%s" % (name, why))])
    w_exc.setdictvalue('name', wrap_str(name))
    return OperationError(w_exc)


def resolve_relative(name, level, w_globals):
    w_pkg = w_globals.getstr('__package__')
    package = ''
    if w_pkg is not None and isinstance(w_pkg, W_StrObject):
        package = w_pkg.utf8
    else:
        w_name = w_globals.getstr('__name__')
        if w_name is not None and isinstance(w_name, W_StrObject):
            package = w_name.utf8
            if w_globals.getstr('__path__') is None:
                dot = package.rfind('.')
                if dot >= 0:
                    package = package[:dot]
                else:
                    package = ''
    if package == '':
        raise oefmt(ex.w_ImportError, 'attempted relative import with no known parent package')
    for i in range(level - 1):
        dot = package.rfind('.')
        if dot < 0:
            raise oefmt(ex.w_ImportError, 'attempted relative import beyond top-level package')
        assert dot >= 0
        package = package[:dot]
    if name == '':
        return package
    return package + '.' + name


def import_name(name, w_fromlist, w_level, w_globals):
    level = 0
    if isinstance(w_level, W_IntObject):
        level = w_level.intval
    fullname = name
    if level > 0:
        fullname = resolve_relative(name, level, w_globals)
    w_mod = get_module(fullname)
    has_fromlist = w_fromlist is not None and w_fromlist is not w_None and \
        not (isinstance(w_fromlist, W_TupleObject) and len(w_fromlist.items_w) == 0)
    if has_fromlist:
        if isinstance(w_fromlist, W_TupleObject) and isinstance(w_mod, W_Module) and \
                w_mod.w_dict.getstr('__path__') is not None:
            for w_item in w_fromlist.items_w:
                if isinstance(w_item, W_StrObject) and w_item.utf8 != '*':
                    if w_mod.w_dict.getstr(w_item.utf8) is None:
                        try:
                            get_module(fullname + '.' + w_item.utf8)
                        except OperationError as e:
                            from minipy.interpreter import ops
                            if not ops.isinstance_w(e.w_value, ex.w_ModuleNotFoundError):
                                raise
        return w_mod
    if level > 0:
        return w_mod
    dot = fullname.find('.')
    if dot > 0:
        assert dot >= 0
        return get_module(fullname[:dot])
    return w_mod


def import_from(w_mod, name):
    from minipy.interpreter import ops
    w_v = ops.getattr_or_null(w_mod, name)
    if w_v is not None:
        return w_v
    if isinstance(w_mod, W_Module):
        try:
            return get_module(w_mod.name + '.' + name)
        except OperationError:
            pass
        modname = w_mod.name
        err = oefmt(ex.w_ImportError, "cannot import name '%s' from '%s' (%s)"
                    % (name, modname, module_file(w_mod)))
        w_exc = err.w_value
        assert isinstance(w_exc, W_ExceptionObject)
        w_exc.setdictvalue('name', wrap_str(modname))       # as CPython's: name and path
        w_file = w_mod.w_dict.getstr('__file__')
        if w_file is not None:
            w_exc.setdictvalue('path', w_file)
        raise err
    raise oefmt(ex.w_ImportError, "cannot import name '%s'" % name)


def module_file(w_mod):
    w_f = w_mod.w_dict.getstr('__file__')
    if w_f is not None and isinstance(w_f, W_StrObject):
        return w_f.utf8
    return 'unknown location'


def import_star(w_mod, w_ns):
    from minipy.interpreter import ops
    if not isinstance(w_mod, W_Module):
        raise oefmt(ex.w_TypeError, 'import * requires a module')
    w_all = w_mod.w_dict.getstr('__all__')
    if w_all is not None:
        for w_n in ops.unpack_iterable(w_all):
            ops.setitem(w_ns, w_n, ops.getattr_w(w_mod, ops.str_w(w_n)))
        return
    for w_k in w_mod.w_dict.live_keys():
        if isinstance(w_k, W_StrObject) and not w_k.utf8.startswith('_'):
            ops.setitem(w_ns, w_k, w_mod.w_dict.getitem(w_k))


_IMPORT_PARAMS = ['name', 'globals', 'locals', 'fromlist', 'level']


def _import_arguments(args):
    """__import__'s five parameters, from positions and keywords (None: not given)."""
    if len(args.args_w) > 5:
        raise oefmt(ex.w_TypeError, '__import__() takes at most 5 arguments (%d given)'
                    % len(args.args_w))
    values_w = [None] * 5
    for i in range(len(args.args_w)):
        values_w[i] = args.args_w[i]
    if args.has_kwargs():
        for k in range(len(args.kwnames)):
            kw = args.kwnames[k]
            j = 0
            while j < 5 and _IMPORT_PARAMS[j] != kw:
                j += 1
            if j == 5:
                raise oefmt(ex.w_TypeError,
                            "'%s' is an invalid keyword argument for __import__()" % kw)
            if values_w[j] is not None:
                raise oefmt(ex.w_TypeError, "argument for __import__() given by name ('%s') "
                            "and position (%d)" % (kw, j + 1))
            values_w[j] = args.kwvalues_w[k]
    if values_w[0] is None:
        raise oefmt(ex.w_TypeError, "__import__() missing required argument 'name' (pos 1)")
    return values_w


def b_import(args):
    """The built-in __import__(name, globals=None, locals=None, fromlist=(), level=0):
    what an import statement does, as a function. Without a fromlist it returns the
    top-level package of a dotted name."""
    from minipy.interpreter import ops
    values_w = _import_arguments(args)
    w_name = values_w[0]
    if not isinstance(w_name, W_StrObject):
        raise oefmt(ex.w_TypeError, 'module name must be a string')
    w_globals = values_w[1]
    w_fromlist = values_w[3]
    level = 0
    if values_w[4] is not None:
        level = ops.int_w(values_w[4])
    if level < 0:
        raise oefmt(ex.w_ValueError, 'level must be >= 0')
    if level == 0 and w_name.utf8 == '':
        raise oefmt(ex.w_ValueError, 'Empty module name')
    if not isinstance(w_globals, W_DictObject):
        w_globals = W_DictObject()
    if level > 0 and w_globals.getstr('__package__') is None and \
            w_globals.getstr('__name__') is None:
        raise oefmt(ex.w_KeyError, "'__name__' not in globals")
    if w_fromlist is not None and w_fromlist is not w_None and \
            not isinstance(w_fromlist, W_TupleObject):
        w_fromlist = W_TupleObject(ops.unpack_iterable(w_fromlist)[:])
    return import_name(w_name.utf8, w_fromlist, W_IntObject(level), w_globals)
