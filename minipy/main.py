"""The command line: `minipy script.py args`, `-c code`, `--dis file.py`, `-h`, `-V`.
entry_point(argv) is what the translated binary runs."""
import os
from rpython.rlib import jit
from minipy.objects.root import OperationError
from minipy.objects.noneobject import w_None
from minipy.objects.intobject import W_IntObject, W_LongObject
from minipy.objects.strobject import wrap_str
from minipy.objects.dictobject import W_DictObject
from minipy.objects.moduleobject import W_Module
from minipy.objects.fileobject import W_File, flush_open_files
from minipy.objects.exceptions import W_ExceptionObject
from minipy.objects import exceptions as ex
from minipy.compiler.errors import CompileError
from minipy.interpreter.executioncontext import state, get_ec, enter_main_thread
from minipy.interpreter import ops
from minipy.interpreter import traceback as tbmod
from minipy.interpreter import signals
from minipy.interpreter import cstack, finalizers
from minipy.objects import subclasses, weakrefobject
from minipy.builtins import functions, importing, modsys, evalexec  # noqa: evalexec registers eval, exec, compile
from minipy.builtins.registry import builtins_dict
from minipy.builtins import modthread, modtransaction   # noqa: prebuilt types before translation

USAGE_LINE = 'usage: minipy [option] ... [-c cmd | file | -] [arg] ...\n'
USAGE = USAGE_LINE + """Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also --help)
-q     : don't print version and copyright messages on interactive startup
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the Python version number and exit (also --version)
--dis file : print the bytecode of file and exit
--stm  : run the STM build (bin/minipy-stm: threads in parallel); its own options
         --gil, --stm-stats, --stm-length N, --stm-orecs B follow --stm
--jit opts : the JIT: 'off', or NAME=VALUE,... such as threshold=200 (all: --jit help);
             in a build without the JIT the options are checked and ignored
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
"""
VERSION = 'Python 3.11.0 (minipy)'


def write_fd(fd, s):
    while len(s) > 0:
        n = os.write(fd, s)
        if n <= 0:
            return
        assert n >= 0
        s = s[n:]


class Options(object):
    unbuffered = False
    interactive = False
    quiet = False

options = Options()


def std_errors_handler(io_encoding):
    """The error handler of stdin and stdout: PYTHONIOENCODING's (`encoding:errors`;
    'strict' when it names only an encoding, as CPython's), else surrogateescape, which
    CPython picks under the C locale and in UTF-8 mode (the streams are UTF-8 here)."""
    if io_encoding is None or io_encoding == '':
        return 'surrogateescape'
    colon = io_encoding.find(':')
    if colon < 0 or colon == len(io_encoding) - 1:
        return 'strict'
    return io_encoding[colon + 1:]


def init_state(argv, script_dir):
    state.w_builtins = builtins_dict
    state.w_modules = W_DictObject()
    state.script_dir = script_dir
    # -u (or PYTHONUNBUFFERED): stdout and stderr write through, as CPython's
    # (CPython's standard streams split lines at '\n' only and translate nothing)
    # (and their error handlers: a lone surrogate from surrogateescape goes out as
    # its byte, others raise on stdout and are escaped on stderr)
    io_errors = std_errors_handler(os.environ.get('PYTHONIOENCODING'))
    state.stdout = W_File(1, '<stdout>', 'w', os.isatty(1), options.unbuffered, newline='\n',
                          errors=io_errors)
    state.stderr = W_File(2, '<stderr>', 'w', True, options.unbuffered, newline='\n',
                          errors='backslashreplace')
    state.stdin = W_File(0, '<stdin>', 'r', newline='\n', errors=io_errors)
    w_sys = modsys.make_sys(argv)
    state.w_modules.setitem(wrap_str('sys'), w_sys)
    ec = get_ec()
    ec.depth = 0
    ec.w_handled = None
    ec.topframeref = jit.vref_None


def flush_std():
    """At exit: the files the program left open, then its stdout and stderr."""
    flush_open_files()
    for name in ['stdout', 'stderr']:
        w_f = modsys.get_std(name)
        try:
            if isinstance(w_f, W_File):
                w_f.flush()
            else:
                ops.call_method(w_f, 'flush', [])
        except OperationError:
            pass
        except OSError:
            pass
    state.stdout.flush()
    state.stderr.flush()


def write_stderr(s):
    try:
        state.stdout.flush()
    except OperationError:
        pass
    w_f = modsys.get_std('stderr')
    try:
        functions.write_to(w_f, s)
        if isinstance(w_f, W_File):
            w_f.flush()
    except OperationError:
        write_fd(2, s)


def handle_system_exit(w_exc):
    """Exit status for an uncaught SystemExit."""
    try:
        w_code = ops.getattr_or_null(w_exc, 'code')    # as CPython: e.code, maybe reassigned
    except OperationError:
        w_code = None
    if w_code is None or w_code is w_None:
        return 0
    w_b = w_code.base_value()
    if isinstance(w_b, W_IntObject):
        return w_b.intval & 0xff
    if isinstance(w_b, W_LongObject):
        return 255      # CPython's C long overflows to -1
    try:
        write_stderr(ops.str_utf8(w_code) + '\n')
    except OperationError:
        pass
    return 1


def report_exception(e):
    w_exc = e.w_value
    if ops.isinstance_w(w_exc, ex.w_SystemExit):
        return handle_system_exit(w_exc)
    w_hook = None
    if state.w_sys is not None:
        w_hook = state.w_sys.w_dict.getstr('excepthook')
    if w_hook is None:
        write_stderr('sys.excepthook is missing\n')
    elif not is_builtin_excepthook(w_hook):
        return call_excepthook(w_hook, w_exc)
    write_stderr(exception_text(w_exc))
    return 1


def exception_text(w_exc):
    try:
        return tbmod.format_exception(w_exc)
    except OperationError:
        return 'Error while formatting an exception\n'


def is_builtin_excepthook(w_hook):
    from minipy.objects.functionobject import W_BuiltinFunction
    return isinstance(w_hook, W_BuiltinFunction) and w_hook.name == 'excepthook'


def call_excepthook(w_hook, w_exc):
    """sys.excepthook replaced by the program: called with (type, value, traceback), as
    CPython; an error in the hook is printed before the original exception."""
    w_tb = w_None
    if isinstance(w_exc, W_ExceptionObject) and w_exc.w_traceback is not None:
        w_tb = w_exc.w_traceback
    try:
        ops.call_function(w_hook, [w_exc.getclass(), w_exc, w_tb])
    except OperationError as e:
        w_err = e.w_value
        if ops.isinstance_w(w_err, ex.w_SystemExit):
            return handle_system_exit(w_err)
        write_stderr('Error in sys.excepthook:\n' + exception_text(w_err) +
                     '\nOriginal exception was:\n' + exception_text(w_exc))
    return 1


def shutdown_threads():
    """If threading was imported, threading._shutdown() waits for non-daemon threads."""
    w_threading = state.w_modules.getitem(wrap_str('threading'))
    if w_threading is None:
        return
    try:
        ops.call_method(w_threading, '_shutdown', [])
    except OperationError as e:
        report_exception(e)


def run_atexit():
    """If atexit was imported, atexit._run_exitfuncs() calls what was registered (after
    the threads are joined, as in CPython)."""
    w_atexit = state.w_modules.getitem(wrap_str('atexit'))
    if w_atexit is None:
        return
    try:
        ops.call_method(w_atexit, '_run_exitfuncs', [])
    except OperationError as e:
        report_exception(e)


def run_source(source, filename):
    """Compile and run a __main__ module; returns the exit status."""
    from minipy.interpreter import loader
    from minipy.interpreter.eval import PyFrame
    from minipy.interpreter.calls import execute_frame
    try:
        w_code = loader.compile_code(source, filename, 'exec')
    except CompileError as e:
        name = e.kind
        write_stderr(tbmod.syntax_error_block(e.filename, e.lineno, e.text, e.offset,
                                              e.end_lineno, e.end_offset, name, e.msg))
        return 1
    w_main = importing.new_main_module(filename)
    state.w_modules.setitem(wrap_str('__main__'), w_main)
    frame = PyFrame(w_code, w_main.w_dict, None, state.w_builtins)
    status = 0
    interrupted = False
    try:
        try:
            execute_frame(frame)
        except OperationError as e:
            interrupted = ops.isinstance_w(e.w_value, ex.w_KeyboardInterrupt)
            status = report_exception(e)
        shutdown_threads()
        run_atexit()
        finalizers.at_exit(w_main.w_dict)
    finally:
        flush_std()
    if interrupted and not options.interactive:
        return signals.exit_sigint()      # killed by SIGINT, as CPython ends
    return status


def abspath(path):
    """Absolute, normalized path (as os.path.abspath)."""
    if not path.startswith('/'):
        try:
            path = os.getcwd() + '/' + path
        except OSError:
            return path
    parts = []
    for part in path.split('/'):
        if part == '' or part == '.':
            continue
        if part == '..':
            if len(parts) > 0:
                parts.pop()
            continue
        parts.append(part)
    return '/' + '/'.join(parts)


def dirname(path):
    i = path.rfind('/')
    if i < 0:
        return '.'
    if i == 0:
        return '/'
    assert i >= 0
    return path[:i]


def run_dis(path):
    from minipy.frontend import compile_source
    from minipy.compiler import dis
    src = importing.read_file(path)
    if src is None:
        write_fd(2, "minipy: can't open file '%s': [Errno 2] No such file or directory\n"
                 % abspath(path))
        return 2
    try:
        code = compile_source(src, path, 'exec')
    except CompileError as e:
        write_fd(2, tbmod.syntax_error_block(e.filename, e.lineno, e.text, e.offset,
                                             e.end_lineno, e.end_offset, e.kind, e.msg))
        return 1
    write_fd(1, dis.dis_code(code))
    return 0


def stm_build():
    from minipy.concurrency.stm import barriers
    return barriers.ENABLED


def exec_stm(args):
    """`minipy --stm ...`: run the STM build (minipy-stm next to this binary) instead."""
    exe = ''
    try:
        exe = os.readlink('/proc/self/exe')
    except OSError:
        pass
    path = dirname(exe) + '/minipy-stm'
    try:
        os.execv(path, [path] + args)
    except OSError:
        pass
    write_fd(2, "minipy: --stm needs the STM build %s (build it with `make bin/minipy-stm`)\n"
             % path)
    return 2


def unknown_option(arg):
    if arg.startswith('--'):
        msg = 'unknown option %s\n' % arg
    else:
        msg = 'Unknown option: %s\n' % arg
    write_fd(2, msg + USAGE_LINE + "Try `minipy -h' for more information.\n")
    return 2


def jit_option(text):
    """Apply `--jit text`; -1 to go on, else the exit status (help: 0, error: 2)."""
    from minipy import jitoptions
    try:
        settings = jitoptions.parse(text)
    except jitoptions.JitOptionError as e:
        write_fd(2, "minipy: --jit: %s\nTry `minipy --jit help' for the list of options.\n"
                 % e.msg)
        return 2
    if settings.mode == 'help':
        write_fd(1, jitoptions.help_text())
        return 0
    jitoptions.apply(settings)
    return -1


def then_inspect(status):
    """-i after a script or -c: the prompt, in the script's __main__ (whatever its status)."""
    if not options.interactive:
        return status
    from minipy import repl
    return repl.interact(False)


def run_interactive(argv):
    from minipy import repl
    init_state(argv, '')
    return repl.interact(not options.quiet)


def entry_point(argv):
    enter_main_thread()
    cstack.prepare_main_thread()
    subclasses.make_lock()
    weakrefobject.make_lock()
    cstack.allow_stack_for(get_ec().recursion_limit)
    setup_signals()
    from minipy import jitoptions
    jitoptions.apply_defaults()
    env_unbuffered = os.environ.get('PYTHONUNBUFFERED')
    options.unbuffered = env_unbuffered is not None and len(env_unbuffered) > 0
    options.interactive = False
    options.quiet = False
    i = 1
    while i < len(argv):
        arg = argv[i]
        if arg == '-h' or arg == '--help':
            write_fd(1, USAGE)
            return 0
        if arg == '-V' or arg == '--version':
            write_fd(1, VERSION + '\n')
            return 0
        if arg == '-u':
            options.unbuffered = True
            i += 1
            continue
        if arg == '-i':
            options.interactive = True
            i += 1
            continue
        if arg == '-q':
            options.quiet = True
            i += 1
            continue
        if arg == '-O' or arg == '-B' or arg == '-E' or arg == '-s':
            i += 1
            continue
        if arg == '--jit' or arg.startswith('--jit='):
            if arg == '--jit':
                if i + 1 >= len(argv):
                    write_fd(2, 'Argument expected for the --jit option\n')
                    return 2
                text = argv[i + 1]
                i += 2
            else:
                text = arg[len('--jit='):]
                i += 1
            status = jit_option(text)
            if status >= 0:
                return status
            continue
        if arg == '--stm':
            if stm_build():
                i += 1
                continue
            return exec_stm(argv[i + 1:])
        if arg == '--dis':
            if i + 1 >= len(argv):
                write_fd(2, 'Argument expected for the --dis option\n')
                return 2
            return run_dis(argv[i + 1])
        if arg == '-c':
            if i + 1 >= len(argv):
                write_fd(2, 'Argument expected for the -c option\n')
                return 2
            init_state(['-c'] + argv[i + 2:], '')
            return then_inspect(run_source(argv[i + 1], '<string>'))
        if arg == '-':
            if options.interactive or os.isatty(0):
                return run_interactive(['-'] + argv[i + 1:])
            init_state(['-'] + argv[i + 1:], '')
            src = importing.read_file('/dev/stdin')
            if src is None:
                src = ''
            return run_source(src, '<stdin>')
        if arg.startswith('-') and len(arg) > 1:
            return unknown_option(arg)
        path = arg
        src = importing.read_file(path)
        if src is None or importing.is_dir(path):
            write_fd(2, "minipy: can't open file '%s': [Errno 2] No such file or directory\n"
                     % abspath(path))
            return 2
        init_state(argv[i:], dirname(abspath(path)))
        return then_inspect(run_source(src, abspath(path)))
    if options.interactive or os.isatty(0):
        return run_interactive([''])
    init_state([''], '')
    src = importing.read_file('/dev/stdin')
    if src is None:
        src = ''
    return run_source(src, '<stdin>')


def setup_signals():
    """As CPython: SIGPIPE ignored, so writing to a closed pipe raises BrokenPipeError;
    Ctrl-C raises KeyboardInterrupt (minipy/interpreter/signals.py)."""
    from rpython.rlib import rsignal
    from rpython.rlib.objectmodel import we_are_translated
    if we_are_translated():
        rsignal.pypysig_ignore(rsignal.SIGPIPE)
    signals.install()       # SIGINT -> KeyboardInterrupt (unless ignored at start)
