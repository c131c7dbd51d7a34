"""Calls: dispatch on the callable, bind arguments to a Python function's parameters
(positional, defaults, keyword, keyword-only, *args, **kwargs) with CPython 3.11's
TypeError messages, create the frame and run it (or make a generator)."""
from rpython.rlib import jit
from minipy.objects.root import OperationError
from minipy.objects.typeobject import W_TypeObject
from minipy.objects.maps import W_Instance
from minipy.objects.noneobject import w_None
from minipy.objects.strobject import wrap_str
from minipy.objects.tupleobject import wrap_tuple
from minipy.objects.dictobject import W_DictObject, name_lookup
from minipy.objects.functionobject import (W_Function, W_Method, W_BuiltinFunction,
                                           W_Cell, Args)
from minipy.objects.generator import W_Generator
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt
from minipy.interpreter.executioncontext import get_ec
from minipy.concurrency import gil
from minipy.compiler.code import CO_VARARGS, CO_VARKEYWORDS


def call_args(w_callable, args):
    if isinstance(w_callable, W_Function):
        return call_function_obj(w_callable, args)
    if isinstance(w_callable, W_BuiltinFunction):
        if len(args.args_w) == 0 and w_callable.w_self_type is not None:
            from minipy.builtins import arity
            arity.check_unbound(w_callable.w_self_type.name, w_callable.name)
        return w_callable.fn(args)
    if isinstance(w_callable, W_Method):
        w_func = w_callable.w_func
        if isinstance(w_func, W_Function) and not args.has_kwargs():
            return call_function_obj(w_func, Args([w_callable.w_self] + args.args_w))
        return call_args(w_func, args.prepend(w_callable.w_self))
    if isinstance(w_callable, W_TypeObject):
        from minipy.builtins import typecall
        return typecall.type_call(w_callable, args)
    w_call = w_callable.getclass().lookup('__call__')
    if w_call is not None:
        return call_args(w_call, args.prepend(w_callable))
    raise oefmt(ex.w_TypeError, "'%s' object is not callable" % w_callable.getclass().name)


@jit.unroll_safe     # the loops copy arguments and defaults: constant counts in a trace
def call_function_obj(w_func, args):
    # promoted here, not only where the frame starts running, so that the argument
    # checks below fold to constants and a call site that sees several functions sharing
    # one code object (lambdas made in a loop) traces as one shape
    w_code = jit.promote(w_func.w_code)
    frame = new_frame(w_func, w_code)
    if not _bind_fast(w_func, w_code, args, frame):
        bind_args(w_func, args, frame)   # the frame, not its virtualizable array
    return start_frame(frame, w_func)


def new_frame(w_func, w_code):
    """A frame to run w_func's code (w_code), its parameters not bound yet."""
    from minipy.interpreter.eval import PyFrame
    return PyFrame(w_code, w_func.w_globals, None, w_func.w_builtins)


def start_frame(frame, w_func):
    """Run a new frame whose parameters are bound (or make its generator)."""
    init_cells(frame, w_func)
    if frame.w_code.is_generator:
        return W_Generator(frame, w_func.name, w_func.qualname)
    return execute_frame(frame)


def takes_positionally(w_func, w_code, nargs):
    """Whether nargs positional arguments, and the defaults, fill exactly the parameters
    of w_func (no *args, **kwargs or keyword-only parameters): the interpreter's
    argument-copying call path (PyFrame.call_simple) then applies."""
    if (w_code.flags & (CO_VARARGS | CO_VARKEYWORDS)) != 0 or w_code.kwonlyargcount:
        return False
    argcount = w_code.argcount
    if nargs == argcount:
        return True
    defaults_w = w_func.defaults_w
    return (nargs < argcount and defaults_w is not None and
            nargs >= argcount - len(defaults_w))


@jit.unroll_safe     # in a trace the counts are constants (the code object is promoted)
def fill_defaults(w_func, w_code, nargs, frame):
    """Parameters nargs.. from the defaults (takes_positionally said they suffice)."""
    argcount = w_code.argcount
    if nargs < argcount:
        defaults_w = w_func.defaults_w
        first_default = argcount - len(defaults_w)
        for i in range(nargs, argcount):
            assert i >= 0
            frame.values_w[i] = defaults_w[i - first_default]


@jit.unroll_safe     # argument, keyword and default counts are constants in a trace
def _bind_fast(w_func, w_code, args, frame):
    """The common calls, bound where the JIT can see them (bind_args is a residual call
    that makes the frame escape): positional arguments and keywords naming parameters,
    to a function without *args or **kwargs; missing ones from the defaults. Returns
    False, with the frame's locals untouched or cleared again, for anything else --
    errors included, which bind_args then reports with CPython's messages.
    (frame.values_w is the virtualizable's array: the JIT only accepts it indexed in
    place, never held in a variable, and with indexes known to be non-negative.)"""
    if (w_code.flags & (CO_VARARGS | CO_VARKEYWORDS)) != 0:
        return False
    args_w = args.args_w
    nargs = len(args_w)
    argcount = w_code.argcount
    if nargs > argcount:
        return False
    for i in range(nargs):
        frame.values_w[i] = args_w[i]
    kwnames = args.kwnames
    if kwnames is not None:
        for k in range(len(kwnames)):
            j = _keyword_slot(w_code, kwnames[k])
            if j < nargs:                            # unknown, or given positionally
                return _unbind(frame, w_code)
            assert j >= 0
            if frame.values_w[j] is not None:        # the same keyword twice
                return _unbind(frame, w_code)
            frame.values_w[j] = args.kwvalues_w[k]
    defaults_w = w_func.defaults_w
    first_default = argcount
    if defaults_w is not None:
        first_default = argcount - len(defaults_w)
    for i in range(nargs, argcount):
        if frame.values_w[i] is None:
            if i < first_default:
                return _unbind(frame, w_code)
            frame.values_w[i] = defaults_w[i - first_default]
    kwonly = w_code.kwonlyargcount
    if kwonly:
        varnames = w_code.code.co_varnames
        for k in range(kwonly):
            i = argcount + k
            assert i >= 0
            if frame.values_w[i] is None:
                w_kwd = w_func.w_kwdefaults
                w_v = None
                if w_kwd is not None:       # read as a namespace: folds in a trace
                    w_v = name_lookup(jit.promote(w_kwd), varnames[i])
                if w_v is None:
                    return _unbind(frame, w_code)
                frame.values_w[i] = w_v
    return True


@jit.elidable
def _keyword_slot(w_code, name):
    """The parameter a keyword argument `name` fills, or -1 when no parameter that a
    keyword may fill has that name (positional-only ones may not)."""
    code = w_code.code
    for j in range(code.co_posonlyargcount, code.co_argcount + code.co_kwonlyargcount):
        if code.co_varnames[j] == name:
            return j
    return -1


@jit.unroll_safe
def _unbind(frame, w_code):
    """Clears what _bind_fast wrote, so that bind_args starts from empty parameters."""
    for i in range(w_code.argcount + w_code.kwonlyargcount):
        frame.values_w[i] = None
    return False


@jit.unroll_safe     # bounded by the code's cell count
def init_cells(frame, w_func):
    w_code = frame.w_code
    if frame.cells is None:
        if w_code.nfree:
            # no cells of its own: the closure's list serves (it is never written;
            # a call then allocates no array of cells)
            frame.cells = w_func.closure
        return
    for i in range(w_code.ncells):
        j = w_code.cell_args[i]
        if j >= 0:
            frame.cells[i] = W_Cell(frame.values_w[j])
        else:
            frame.cells[i] = W_Cell(None)
    if w_code.nfree:
        closure = w_func.closure
        assert closure is not None
        for i in range(w_code.nfree):
            frame.cells[w_code.ncells + i] = closure[i]


def execute_frame(frame):
    ec = get_ec()
    gil.tick(ec)            # may raise KeyboardInterrupt: before the depth/topframe changes
    ec.depth += 1
    if ec.depth > ec.recursion_limit:
        ec.depth -= 1
        raise oefmt(ex.w_RecursionError, 'maximum recursion depth exceeded')
    # A virtual reference, as PyPy's ExecutionContext keeps its top frame: a frame the
    # JIT inlined stays virtual (never allocated) while the code it calls does not ask
    # for it (globals(), locals(), super()); a plain `ec.topframe = frame` would make
    # every inlined call's frame escape at the first residual call.
    frame.f_backref = ec.topframeref
    ec.topframeref = jit.virtual_ref(frame)
    try:
        return frame.run()
    finally:
        ec.depth -= 1
        jit.virtual_ref_finish(ec.topframeref, frame)
        ec.topframeref = frame.f_backref


def _names_list(names):
    """'a', "'a' and 'b'", "'a', 'b', and 'c'" as CPython formats missing names."""
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % (quoted[0], quoted[1])
    return '%s, and %s' % (', '.join(quoted[:-1]), quoted[-1])


def _plural(n, word):
    if n == 1:
        return '%d %s' % (n, word)
    return '%d %ss' % (n, word)


def bind_args(w_func, args, frame):
    values_w = frame.values_w      # a residual call for the JIT (it has loops): may read it
    w_code = w_func.w_code
    code = w_code.code
    name = w_func.qualname
    argcount = code.co_argcount
    kwonly = code.co_kwonlyargcount
    posonly = code.co_posonlyargcount
    has_varargs = (code.co_flags & CO_VARARGS) != 0
    has_varkw = (code.co_flags & CO_VARKEYWORDS) != 0
    varnames = code.co_varnames
    args_w = args.args_w
    npos = len(args_w)
    n = npos
    if n > argcount:
        n = argcount
    for i in range(n):
        values_w[i] = args_w[i]
    nextslot = argcount + kwonly
    if has_varargs:
        if npos > argcount:
            values_w[nextslot] = wrap_tuple(args_w[argcount:])
        else:
            values_w[nextslot] = wrap_tuple([])
        nextslot += 1
    w_kwdict = None
    if has_varkw:
        w_kwdict = W_DictObject()
        values_w[nextslot] = w_kwdict
    # keywords
    if args.kwnames is not None:
        posonly_errors = []
        for k in range(len(args.kwnames)):
            kwname = args.kwnames[k]
            found = -1
            for j in range(posonly, argcount + kwonly):
                if varnames[j] == kwname:
                    found = j
                    break
            if found < 0:
                if w_kwdict is not None:
                    w_kwdict.setitem(wrap_str(kwname), args.kwvalues_w[k])
                    continue
                is_posonly = False
                for j in range(posonly):
                    if varnames[j] == kwname:
                        is_posonly = True
                if is_posonly:
                    posonly_errors.append(kwname)
                    continue
                raise oefmt(ex.w_TypeError, "%s() got an unexpected keyword argument '%s'"
                            % (name, kwname))
            if values_w[found] is not None:
                raise oefmt(ex.w_TypeError, "%s() got multiple values for argument '%s'"
                            % (name, kwname))
            values_w[found] = args.kwvalues_w[k]
        if len(posonly_errors) > 0:
            raise oefmt(ex.w_TypeError,
                        "%s() got some positional-only arguments passed as keyword arguments: '%s'"
                        % (name, ', '.join(posonly_errors)))
    if npos > argcount and not has_varargs:
        ndefaults = 0
        if w_func.defaults_w is not None:
            ndefaults = len(w_func.defaults_w)
        nkwgiven = 0
        for j in range(argcount, argcount + kwonly):
            if values_w[j] is not None:
                nkwgiven += 1
        if ndefaults > 0:
            takes = 'from %d to %d positional arguments' % (argcount - ndefaults, argcount)
        else:
            takes = _plural(argcount, 'positional argument')
        if nkwgiven > 0:
            given = '%s (and %s) were' % (_plural(npos, 'positional argument'),
                                          _plural(nkwgiven, 'keyword-only argument'))
        elif npos == 1:
            given = '1 was'
        else:
            given = '%d were' % npos
        raise oefmt(ex.w_TypeError, "%s() takes %s but %s given" % (name, takes, given))
    # defaults
    defaults_w = w_func.defaults_w
    ndef = 0
    if defaults_w is not None:
        ndef = len(defaults_w)
    missing = []
    for i in range(argcount):
        if values_w[i] is None:
            d = i - (argcount - ndef)
            if d >= 0:
                values_w[i] = defaults_w[d]
            else:
                missing.append(varnames[i])
    if len(missing) > 0:
        raise oefmt(ex.w_TypeError, "%s() missing %s: %s"
                    % (name, _plural(len(missing), 'required positional argument'),
                       _names_list(missing)))
    for i in range(argcount, argcount + kwonly):
        if values_w[i] is None:
            w_kwd = w_func.w_kwdefaults
            if w_kwd is not None:
                w_v = w_kwd.getitem(wrap_str(varnames[i]))
                if w_v is not None:
                    values_w[i] = w_v
                    continue
            missing.append(varnames[i])
    if len(missing) > 0:
        raise oefmt(ex.w_TypeError, "%s() missing %s: %s"
                    % (name, _plural(len(missing), 'required keyword-only argument'),
                       _names_list(missing)))
