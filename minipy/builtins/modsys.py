"""The sys module."""
from minipy.objects.noneobject import w_None
from minipy.objects.intobject import wrap_int, wrap_bool
from minipy.objects.strobject import wrap_str
from minipy.objects.tupleobject import wrap_tuple
from minipy.objects.listobject import W_ListObject
from minipy.objects.dictobject import W_DictObject
from minipy.objects.moduleobject import W_Module
from minipy.objects.functionobject import W_BuiltinFunction
from minipy.objects.fileobject import W_File
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt, W_ExceptionObject
from minipy.interpreter.executioncontext import state, get_ec
from minipy.interpreter import cstack
from minipy.builtins.registry import check_args
from minipy.builtins import structseq
from minipy.objects.floatobject import wrap_float

VERSION = '3.11.0 (minipy)'


def sys_exit(args):
    check_args(args, 'exit', 0, 1)
    if len(args.args_w) == 0:
        raise ex.operr_noargs(ex.w_SystemExit)
    raise ex.operr_arg(ex.w_SystemExit, args.args_w[0])


def sys_setrecursionlimit(args):
    from minipy.interpreter import ops
    check_args(args, 'sys.setrecursionlimit', 1, 1)
    n = ops.int_w(args.args_w[0])
    if n < 1:
        raise oefmt(ex.w_ValueError, 'recursion limit must be greater or equal than 1')
    get_ec().recursion_limit = n
    cstack.allow_stack_for(n)
    return w_None


def sys_getrecursionlimit(args):
    check_args(args, 'sys.getrecursionlimit', 0, 0)
    return wrap_int(get_ec().recursion_limit)


def sys_set_int_max_str_digits(args):
    """set_int_max_str_digits(maxdigits): 0 (no limit) or at least 640."""
    from minipy.interpreter import ops
    from minipy.support import intdigits
    total = len(args.args_w)
    if args.kwnames is not None:
        total += len(args.kwnames)
        for kw in args.kwnames:
            if kw != 'maxdigits':
                raise oefmt(ex.w_TypeError, "set_int_max_str_digits() got an unexpected "
                            "keyword argument '%s'" % kw)
    if total > 1:
        raise oefmt(ex.w_TypeError, 'set_int_max_str_digits() takes at most 1 argument '
                    '(%d given)' % total)
    w_n = args.getkw('maxdigits')
    if w_n is None:
        if total == 0:
            raise oefmt(ex.w_TypeError, "set_int_max_str_digits() missing required "
                        "argument 'maxdigits' (pos 1)")
        w_n = args.args_w[0]
    n = ops.int_w(w_n)
    if n != 0 and n < intdigits.THRESHOLD:
        raise oefmt(ex.w_ValueError, 'maxdigits must be 0 or larger than %d'
                    % intdigits.THRESHOLD)
    intdigits.set_limit(n)
    return w_None


def sys_get_int_max_str_digits(args):
    from minipy.support import intdigits
    check_args(args, 'get_int_max_str_digits', 0, 0, 'sys.get_int_max_str_digits')
    return wrap_int(intdigits.limit())


def sys_exc_info(args):
    check_args(args, 'sys.exc_info', 0, 0)
    w_e = get_ec().w_handled
    if w_e is None:
        return wrap_tuple([w_None, w_None, w_None])
    from minipy.interpreter.eval import tb_of
    return wrap_tuple([w_e.getclass(), w_e, tb_of(w_e)])


def sys_exception(args):
    check_args(args, 'sys.exception', 0, 0)
    w_e = get_ec().w_handled
    if w_e is None:
        return w_None
    return w_e


def sys_intern(args):
    from minipy.interpreter import ops
    from minipy.objects.strobject import W_StrObject
    check_args(args, 'sys.intern', 1, 1)
    if type(args.args_w[0]) is not W_StrObject:
        if isinstance(args.args_w[0].base_value(), W_StrObject):
            raise oefmt(ex.w_TypeError, "can't intern %s" % ops.typename(args.args_w[0]))
        raise oefmt(ex.w_TypeError, 'intern() argument must be str, not %s'
                    % ops.typename(args.args_w[0]))
    from minipy.objects.interned import intern
    return intern(args.args_w[0])


def sys_getsizeof(args):
    n = len(args.args_w) + (0 if args.kwnames is None else len(args.kwnames))
    if n > 2:
        raise oefmt(ex.w_TypeError, 'getsizeof() takes at most 2 arguments (%d given)' % n)
    if len(args.args_w) == 0 and args.getkw('object') is None:
        raise oefmt(ex.w_TypeError, "getsizeof() missing required argument 'object' (pos 1)")
    return wrap_int(64)


def displayhook(w_v):
    from minipy.interpreter import ops
    from minipy.builtins import functions
    if w_v is w_None:
        return
    functions.write_to(get_std('stdout'), ops.repr_utf8(w_v) + '\n')
    state.w_builtins.setitem(wrap_str('_'), w_v)


def sys_displayhook(args):
    check_args(args, 'sys.displayhook', 1, 1)
    displayhook(args.args_w[0])
    return w_None


def get_std(name):
    w_sys = state.w_sys
    if w_sys is not None:
        w_f = w_sys.w_dict.getstr(name)
        if w_f is not None:
            return w_f
    if name == 'stdout':
        return state.stdout
    if name == 'stderr':
        return state.stderr
    return state.stdin


def sys_setswitchinterval(args):
    from minipy.interpreter import ops
    from minipy.concurrency import gil
    check_args(args, 'sys.setswitchinterval', 1, 1)
    secs = ops.float_w(args.args_w[0])
    if secs <= 0.0:
        raise oefmt(ex.w_ValueError, 'switch interval must be strictly positive')
    gil.set_switch_interval(whole_microseconds(secs))
    return w_None


def whole_microseconds(secs):
    """The switch interval CPython keeps for `secs`: a whole number of microseconds (an
    unsigned C long: NaN becomes 2**63 us and a value past its range 0, as on x86-64)."""
    import math
    micros = secs * 1e6
    if math.isnan(micros):
        return 9223372036854.775808
    if micros >= 18446744073709551616.0:
        return 0.0
    return math.floor(micros) * 1e-6


def sys_getswitchinterval(args):
    from minipy.objects.floatobject import wrap_float
    from minipy.concurrency import gil
    check_args(args, 'sys.getswitchinterval', 0, 0)
    return wrap_float(gil.get_switch_interval())


def sys_excepthook(args):
    """excepthook(type, value, traceback): the standard traceback of value on stderr."""
    from minipy.interpreter import traceback as tbmod
    from minipy.builtins import functions
    from minipy.interpreter import ops
    if len(args.args_w) != 3:
        raise oefmt(ex.w_TypeError, 'excepthook expected 3 arguments, got %d'
                    % len(args.args_w))
    w_value = args.args_w[1]
    if isinstance(w_value, W_ExceptionObject):
        text = tbmod.format_exception(w_value)
    else:
        text = ('TypeError: print_exception(): Exception expected for value, %s found\n'
                % ops.typename(w_value))
    w_f = get_std('stderr')
    functions.write_to(w_f, text)
    ops.call_method(w_f, 'flush', [])
    return w_None


def sys_callerinfo(args):
    """_callerinfo(depth=0): (filename, lineno, globals) of the Python frame `depth` calls
    above the one that calls it; minipy's stand-in for sys._getframe(depth) in the
    library (warnings.warn's location), without frame objects."""
    from minipy.interpreter import ops
    check_args(args, 'sys._callerinfo', 0, 1)
    depth = 0
    if len(args.args_w) == 1:
        depth = ops.int_w(args.args_w[0])
    frame = get_ec().gettopframe()
    while depth > 0 and frame is not None:
        frame = frame.f_backref()
        depth -= 1
    if frame is None:
        raise oefmt(ex.w_ValueError, 'call stack is not deep enough')
    return wrap_tuple([wrap_str(frame.w_code.code.co_filename), wrap_int(frame.lineno()),
                       frame.w_globals])


def _positions_at(code, pc):
    """(lineno, end_lineno, col_offset, end_col_offset) of the instruction at pc, None
    for what is unknown (inspect.getframeinfo's positions)."""
    i = 2 * pc
    if pc < 0 or i + 3 >= len(code.co_positions) or code.co_positions[i] <= 0:
        return wrap_tuple([w_None, w_None, w_None, w_None])
    items_w = [wrap_int(code.co_positions[i]), w_None, w_None, w_None]
    for k in range(1, 4):
        if code.co_positions[i + k] >= 0:
            items_w[k] = wrap_int(code.co_positions[i + k])
    return wrap_tuple(items_w)


def sys_tb_entries(args):
    """_tb_entries(tb): [(filename, lineno, name, line, carets, positions), ...] for each
    entry of a traceback, outermost first: the source line as read (None when unknown),
    the caret line the uncaught-exception printer shows under it ('' when none) and the
    source span of the instruction; the traceback module's hook into
    minipy/interpreter/traceback.py."""
    from minipy.interpreter import traceback as tbmod
    from minipy.objects.exceptions import W_Traceback
    check_args(args, 'sys._tb_entries', 1, 1)
    w_tb = args.args_w[0]
    if w_tb is w_None:
        return W_ListObject([])
    if not isinstance(w_tb, W_Traceback):
        raise oefmt(ex.w_TypeError, '_tb_entries() argument must be a traceback')
    entries_w = []
    while w_tb is not None:
        assert isinstance(w_tb, W_Traceback)
        code = w_tb.w_code.code
        line = tbmod.source_line(code.co_filename, w_tb.lineno)
        w_line = w_None
        carets = ''
        if line is not None:
            w_line = wrap_str(line)
            if tbmod.strip_ws(line) != '':
                carets = tbmod.caret_line(code, w_tb.pc, w_tb.lineno, line)
        entries_w.append(wrap_tuple([wrap_str(code.co_filename), wrap_int(w_tb.lineno),
                                     wrap_str(code.co_name), w_line, wrap_str(carets),
                                     _positions_at(code, w_tb.pc)]))
        w_tb = w_tb.next
    return W_ListObject(entries_w)


def sys_getframe(args):
    """_getframe(depth=0): the frame object `depth` calls above the caller's."""
    from minipy.interpreter import ops
    from minipy.objects import frameobject
    check_args(args, '_getframe', 0, 1, 'sys._getframe')
    depth = 0
    if len(args.args_w) == 1:
        depth = ops.int_w(args.args_w[0])
    frame = frameobject.visible(get_ec().gettopframe())
    while depth > 0 and frame is not None:
        frame = frameobject.outer(frame)
        depth -= 1
    if frame is None:
        raise oefmt(ex.w_ValueError, 'call stack is not deep enough')
    return frameobject.W_FrameObject(frame)


def sys_stack_entries(args):
    """_stack_entries(start=0, lines=True): [(filename, lineno, name, line), ...] for
    the Python frames outwards (innermost first) from `start`: a frame object, or a
    number of calls above the caller; with lines false, line is None and no source is
    read (logging's caller lookup, which runs at every record: reading the lines split
    whole files each time, and under STM made the transaction inevitable)."""
    from minipy.interpreter import ops
    from minipy.interpreter import traceback as tbmod
    from minipy.objects import frameobject
    check_args(args, 'sys._stack_entries', 0, 2)
    with_lines = True
    if len(args.args_w) == 2:
        with_lines = ops.is_true(args.args_w[1])
    frame = get_ec().gettopframe()
    w_start = None
    if len(args.args_w) >= 1:
        w_start = args.args_w[0]
    if isinstance(w_start, frameobject.W_FrameObject):
        frame = w_start.frame
    else:
        depth = 0
        if w_start is not None:
            depth = ops.int_w(w_start)
        while depth > 0 and frame is not None:
            frame = frame.f_backref()
            depth -= 1
        frame = frameobject.visible(frame)
    entries_w = []
    while frame is not None:
        code = frame.w_code.code
        lineno = frame.lineno()
        w_line = w_None
        if with_lines:
            line = tbmod.source_line(code.co_filename, lineno)
            if line is not None:
                w_line = wrap_str(line)
        entries_w.append(wrap_tuple([wrap_str(code.co_filename), wrap_int(lineno),
                                     wrap_str(code.co_name), w_line]))
        frame = frameobject.outer(frame)
    return W_ListObject(entries_w)


def sys_getdefaultencoding(args):
    check_args(args, 'getdefaultencoding', 0, 0, 'sys.getdefaultencoding')
    return wrap_str('utf-8')


def sys_getfilesystemencoding(args):
    check_args(args, 'getfilesystemencoding', 0, 0, 'sys.getfilesystemencoding')
    return wrap_str('utf-8')


def sys_is_finalizing(args):
    check_args(args, 'is_finalizing', 0, 0, 'sys.is_finalizing')
    return wrap_bool(False)


def fn(name, f):
    return W_BuiltinFunction(name, f, False)


w_version_info = structseq.make_type('sys.version_info',
                                    ['major', 'minor', 'micro', 'releaselevel', 'serial'])
w_float_info = structseq.make_type('sys.float_info', [
    'max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig',
    'epsilon', 'radix', 'rounds'])
w_int_info = structseq.make_type('sys.int_info', [
    'bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
    'str_digits_check_threshold'])

w_hash_info = structseq.make_type('sys.hash_info', [
    'width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits',
    'cutoff'])
FLAG_NAMES = ['debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode',
              'no_user_site', 'no_site', 'ignore_environment', 'verbose', 'bytes_warning',
              'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode',
              'warn_default_encoding', 'safe_path', 'int_max_str_digits']
w_flags = structseq.make_type('sys.flags', FLAG_NAMES)


def _flags():
    """sys.flags of a plain run: CPython's values without options (a hash seed chosen at
    random, no -X int_max_str_digits: -1)."""
    values_w = [wrap_int(0)] * len(FLAG_NAMES)     # (fixed size: a tuple's items)
    for i in range(len(FLAG_NAMES)):
        name = FLAG_NAMES[i]
        if name == 'dev_mode' or name == 'safe_path':
            values_w[i] = wrap_bool(False)
        elif name == 'hash_randomization':
            values_w[i] = wrap_int(1)
        elif name == 'int_max_str_digits':
            values_w[i] = wrap_int(-1)
    return structseq.make(w_flags, values_w)


def make_sys(argv):
    w_d = W_DictObject()
    w_mod = W_Module('sys', w_d)
    w_d.setstr('__name__', wrap_str('sys'))
    w_d.setstr('argv', W_ListObject([wrap_str(a) for a in argv]))
    w_d.setstr('exit', fn('exit', sys_exit))
    w_d.setstr('setrecursionlimit', fn('setrecursionlimit', sys_setrecursionlimit))
    w_d.setstr('getrecursionlimit', fn('getrecursionlimit', sys_getrecursionlimit))
    w_d.setstr('exc_info', fn('exc_info', sys_exc_info))
    w_d.setstr('set_int_max_str_digits', fn('set_int_max_str_digits',
                                            sys_set_int_max_str_digits))
    w_d.setstr('get_int_max_str_digits', fn('get_int_max_str_digits',
                                            sys_get_int_max_str_digits))
    w_d.setstr('exception', fn('exception', sys_exception))
    w_d.setstr('intern', fn('intern', sys_intern))
    w_d.setstr('getsizeof', fn('getsizeof', sys_getsizeof))
    w_d.setstr('displayhook', fn('displayhook', sys_displayhook))
    w_d.setstr('maxsize', wrap_int(2 ** 63 - 1))
    w_d.setstr('version', wrap_str(VERSION))
    w_d.setstr('version_info', structseq.make(w_version_info, [
        wrap_int(3), wrap_int(11), wrap_int(0), wrap_str('final'), wrap_int(0)]))
    w_d.setstr('float_info', structseq.make(w_float_info, [
        wrap_float(1.7976931348623157e+308), wrap_int(1024), wrap_int(308),
        wrap_float(2.2250738585072014e-308), wrap_int(-1021), wrap_int(-307), wrap_int(15),
        wrap_int(53), wrap_float(2.220446049250313e-16), wrap_int(2), wrap_int(1)]))
    w_d.setstr('int_info', structseq.make(w_int_info, [
        wrap_int(30), wrap_int(4), wrap_int(4300), wrap_int(640)]))
    w_d.setstr('hash_info', structseq.make(w_hash_info, [
        wrap_int(64), wrap_int(2 ** 61 - 1), wrap_int(314159), wrap_int(0),
        wrap_int(1000003), wrap_str('siphash13'), wrap_int(64), wrap_int(128),
        wrap_int(0)]))
    w_d.setstr('flags', _flags())
    w_d.setstr('hexversion', wrap_int(0x030B00F0))      # 3.11.0 final, as version_info
    w_d.setstr('float_repr_style', wrap_str('short'))
    w_d.setstr('dont_write_bytecode', wrap_bool(False))
    w_d.setstr('getdefaultencoding', fn('getdefaultencoding', sys_getdefaultencoding))
    w_d.setstr('getfilesystemencoding', fn('getfilesystemencoding',
                                           sys_getfilesystemencoding))
    w_d.setstr('is_finalizing', fn('is_finalizing', sys_is_finalizing))
    w_d.setstr('platform', wrap_str('linux'))
    w_d.setstr('byteorder', wrap_str('little'))
    w_d.setstr('implementation', wrap_str('minipy'))
    w_d.setstr('executable', wrap_str('minipy'))
    w_d.setstr('path', W_ListObject([wrap_str(state.script_dir)]))
    w_d.setstr('modules', state.w_modules)
    w_d.setstr('stdout', state.stdout)
    w_d.setstr('stderr', state.stderr)
    w_d.setstr('stdin', state.stdin)
    w_d.setstr('__stdout__', state.stdout)
    w_d.setstr('__stderr__', state.stderr)
    w_d.setstr('__stdin__', state.stdin)
    w_d.setstr('maxunicode', wrap_int(0x10FFFF))
    w_d.setstr('setswitchinterval', fn('setswitchinterval', sys_setswitchinterval))
    w_d.setstr('getswitchinterval', fn('getswitchinterval', sys_getswitchinterval))
    w_d.setstr('excepthook', fn('excepthook', sys_excepthook))
    w_d.setstr('_callerinfo', fn('_callerinfo', sys_callerinfo))
    w_d.setstr('_tb_entries', fn('_tb_entries', sys_tb_entries))
    w_d.setstr('_stack_entries', fn('_stack_entries', sys_stack_entries))
    w_d.setstr('_getframe', fn('_getframe', sys_getframe))
    w_d.setstr('__excepthook__', w_d.getstr('excepthook'))
    state.w_sys = w_mod
    return w_mod
