"""The built-ins eval(), exec() and compile(): source compiled at run time (the same
compiler as imports) and run in a frame of its own, with the globals and locals that
CPython would give it: the caller's by default (inside a function, a snapshot of its local
variables, so assignments there do not reach the function, as in CPython), or the dicts
passed; `__builtins__` is added to a globals dict that has none, and the code looks
built-in names up in the globals' `__builtins__` (a dict, or a module's dict), as
CPython's: `eval(expr, {'__builtins__': {}})` sees no built-ins."""
from minipy.objects.noneobject import w_None
from minipy.objects.strobject import W_StrObject, wrap_str
from minipy.objects import strbuilding
from minipy.objects.bytesobject import W_BytesObject
from minipy.objects.dictobject import W_DictObject
from minipy.objects.functionobject import W_Code
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt
from minipy.compiler.errors import CompileError
from minipy.interpreter.executioncontext import state, get_ec
from minipy.builtins.registry import function, check_args

CO_OPTIMIZED = 0x0001       # a function's code (its locals are fast locals)


def caller_locals(frame):
    """locals() of a frame: the globals at module level, the class namespace in a class
    body, else a new dict of the function's bound local variables."""
    if frame.w_locals is not None:
        return frame.w_locals
    if frame.w_code.flags & CO_OPTIMIZED == 0:
        return frame.w_globals
    w_d = W_DictObject()
    code = frame.w_code.code
    for i in range(len(code.co_varnames)):
        w_v = strbuilding.settled(frame.values_w[i])
        if w_v is not None:
            w_d.setitem(wrap_str(code.co_varnames[i]), w_v)
    return w_d


def source_code(w_source, mode, funcname, filename):
    """A W_Code from a str or bytes source (compiled in `mode`) or a code object."""
    from minipy.builtins.importing import syntax_error_from
    from minipy.interpreter import loader
    if isinstance(w_source, W_Code):
        return w_source
    w_v = w_source.base_value()
    if isinstance(w_v, W_StrObject):
        source = w_v.utf8
    elif isinstance(w_v, W_BytesObject):
        source = w_v.value
    else:
        if funcname == 'compile':
            raise oefmt(ex.w_TypeError,
                        'compile() arg 1 must be a string, bytes or AST object')
        raise oefmt(ex.w_TypeError, '%s() arg 1 must be a string, bytes or code object'
                    % funcname)
    if '\x00' in source:
        raise oefmt(ex.w_SyntaxError, 'source code string cannot contain null bytes')
    if mode == 'eval':
        i = 0                           # CPython's eval() skips leading blanks
        while i < len(source) and (source[i] == ' ' or source[i] == '\t'):
            i += 1
        source = source[i:]
    try:
        return loader.compile_code(source, filename, mode)
    except CompileError as e:
        raise syntax_error_from(e)


def _is_mapping(w_obj):
    """CPython's PyMapping_Check: the type has __getitem__ (lists and strs too)."""
    return w_obj.getclass().lookup('__getitem__') is not None


def namespaces(args, funcname):
    """(w_globals, w_locals) for eval/exec from their optional arguments 2 and 3."""
    w_globals = None
    w_locals = None
    if len(args.args_w) > 1 and args.args_w[1] is not w_None:
        w_globals = args.args_w[1]
    if len(args.args_w) > 2 and args.args_w[2] is not w_None:
        w_locals = args.args_w[2]
    if funcname == 'eval':
        if w_locals is not None and not _is_mapping(w_locals):
            raise oefmt(ex.w_TypeError, 'locals must be a mapping')
        if w_globals is not None and not isinstance(w_globals, W_DictObject):
            if _is_mapping(w_globals):
                raise oefmt(ex.w_TypeError,
                            'globals must be a real dict; try eval(expr, {}, mapping)')
            raise oefmt(ex.w_TypeError, 'globals must be a dict')
    elif w_globals is not None and not isinstance(w_globals, W_DictObject):
        raise oefmt(ex.w_TypeError, 'exec() globals must be a dict, not %s'
                    % w_globals.getclass().name)
    if w_locals is not None and not isinstance(w_locals, W_DictObject):
        if funcname == 'exec' and not _is_mapping(w_locals):
            raise oefmt(ex.w_TypeError, 'locals must be a mapping or None, not %s'
                        % w_locals.getclass().name)
        # CPython runs the code in any mapping; minipy's frames take only a dict
        raise oefmt(ex.w_TypeError, 'locals must be a dict in minipy, not %s'
                    % w_locals.getclass().name)
    if w_globals is None:
        frame = get_ec().gettopframe()
        if frame is None:
            raise oefmt(ex.w_SystemError, '%s(): no current frame' % funcname)
        w_globals = frame.w_globals
        if w_locals is None:
            w_locals = caller_locals(frame)
    elif w_locals is None:
        w_locals = w_globals
    assert isinstance(w_globals, W_DictObject)
    if w_globals.getitem(wrap_str('__builtins__')) is None:
        w_globals.setitem(wrap_str('__builtins__'), state.w_builtins)
    if w_locals is w_globals:
        w_locals = None              # module-level code: names go to the globals
    return w_globals, w_locals


class W_BuiltinsStandIn(W_DictObject):
    """The builtins of code whose globals' `__builtins__` is neither a dict nor a
    module (None, to forbid them): empty; a name found nowhere then raises the TypeError
    of CPython, which subscripts that object (PyFrame.name_error)."""
    _attrs_ = ['typename']

    def __init__(self, typename):
        W_DictObject.__init__(self)
        self.typename = typename


def builtins_of(w_globals):
    """The builtins dict for code run with these globals (they have `__builtins__`)."""
    from minipy.objects.moduleobject import W_Module
    from minipy.interpreter import ops
    w_b = w_globals.getitem(wrap_str('__builtins__'))
    if w_b is None or w_b is state.w_builtins:
        return state.w_builtins
    if isinstance(w_b, W_Module):
        w_b = w_b.w_dict
    if isinstance(w_b, W_DictObject):
        return w_b
    return W_BuiltinsStandIn(ops.typename(w_b))


def run_code(w_code, w_globals, w_locals):
    from minipy.interpreter.eval import PyFrame
    from minipy.interpreter.calls import execute_frame
    frame = PyFrame(w_code, w_globals, w_locals, builtins_of(w_globals))
    return execute_frame(frame)


def b_eval(args):
    check_args(args, 'eval', 1, 3)
    w_code = source_code(args.args_w[0], 'eval', 'eval', '<string>')
    w_globals, w_locals = namespaces(args, 'eval')
    if w_code.nfree:
        raise oefmt(ex.w_TypeError,
                    'code object passed to eval() may not contain free variables')
    return run_code(w_code, w_globals, w_locals)


def b_exec(args):
    check_args(args, 'exec', 1, 3)
    w_code = source_code(args.args_w[0], 'exec', 'exec', '<string>')
    w_globals, w_locals = namespaces(args, 'exec')
    if w_code.nfree:
        # exec()'s closure= argument is not supported: without it, CPython's error
        raise oefmt(ex.w_TypeError, 'code object requires a closure of exactly length %d'
                    % w_code.nfree)
    run_code(w_code, w_globals, w_locals)
    return w_None


def b_compile(args):
    from minipy.interpreter import ops
    check_args(args, 'compile', 3, 6)
    filename = ops.str_w(args.args_w[1])
    mode = ops.str_w(args.args_w[2])
    if mode != 'exec' and mode != 'eval' and mode != 'single':
        raise oefmt(ex.w_ValueError, "compile() mode must be 'exec', 'eval' or 'single'")
    return source_code(args.args_w[0], mode, 'compile', filename)


function('eval', b_eval)
function('exec', b_exec)
function('compile', b_compile)
