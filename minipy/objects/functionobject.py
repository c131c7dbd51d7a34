"""Functions and what calls need: W_Code (a CodeObject with its constants turned
into objects once), W_Function, W_Method (bound), W_BuiltinFunction (native),
W_Cell (closure cell; accessors get()/set()), and Args (a call's arguments).

STM: W_Cell and W_Function are transactional objects (barriers in W_Cell.get/set;
a function's writable attributes -- __name__, __qualname__, __doc__, __defaults__,
__kwdefaults__, __module__, its __dict__ pointer -- are written after
barriers.write(w_func), and `_stm_save` logs them all). W_Code, W_Method and
W_BuiltinFunction never change after creation."""
from rpython.rlib import jit
from minipy.concurrency.stm import barriers
from minipy.concurrency.stm.tobject import TObject, UndoEntry
from minipy.objects.root import W_Root
from minipy.objects.typeobject import make_builtin_type


class Args(object):
    """Positional arguments plus optional keyword names/values (parallel lists)."""
    _immutable_fields_ = ['args_w', 'kwnames', 'kwvalues_w']

    def __init__(self, args_w, kwnames=None, kwvalues_w=None):
        self.args_w = args_w
        self.kwnames = kwnames
        self.kwvalues_w = kwvalues_w

    def has_kwargs(self):
        return self.kwnames is not None and len(self.kwnames) > 0

    def prepend(self, w_obj):
        return Args([w_obj] + self.args_w, self.kwnames, self.kwvalues_w)

    def getkw(self, name):
        # no loop here: a trace sees that a call without keywords has none (and keeps
        # its Args virtual); the search is a call only when there are keywords
        if self.kwnames is None:
            return None
        return self._find_kw(name)

    def _find_kw(self, name):
        for i in range(len(self.kwnames)):
            if self.kwnames[i] == name:
                return self.kwvalues_w[i]
        return None


class W_Code(W_Root):
    _immutable_fields_ = ['code', 'consts_w[*]', 'co_name', 'nlocals', 'ncells',
                          'nfree', 'stacksize', 'flags', 'argcount', 'kwonlyargcount',
                          'is_generator', 'names_w[*]', 'instrs[*]']

    stm_site_number = -1     # STM build: see minipy/concurrency/stmsites.py

    def __init__(self, code, consts_w, names_w, instrs):
        self.code = code
        # what the eval loop runs: code.co_code with superinstructions
        # (minipy/interpreter/superinstructions.py)
        self.instrs = instrs
        self.consts_w = consts_w
        self.co_name = code.co_name
        self.nlocals = code.co_nlocals
        self.ncells = len(code.co_cellvars)
        self.nfree = len(code.co_freevars)
        self.stacksize = code.co_stacksize
        self.flags = code.co_flags
        self.argcount = code.co_argcount
        self.kwonlyargcount = code.co_kwonlyargcount
        self.is_generator = (code.co_flags & 0x20) != 0
        self.names_w = names_w
        # the interpreter's inline caches (not for the JIT): attribute accesses, one slot
        # per instruction (interpreter/attrcache.py); globals, one per name (globalcache.py)
        self.attr_caches = [None] * ((len(code.co_code) + 1) // 2)
        self.global_caches = [None] * len(names_w)
        # cell index of each argument that is also a cell variable (-1 if none)
        self.cell_args = [-1] * len(code.co_cellvars)
        for i in range(len(code.co_cellvars)):
            name = code.co_cellvars[i]
            for j in range(len(code.co_varnames)):
                if code.co_varnames[j] == name:
                    self.cell_args[i] = j
                    break


class FunctionUndo(UndoEntry):
    def __init__(self, w_func):
        self.w_func = w_func
        self.name = w_func.name
        self.qualname = w_func.qualname
        self.defaults_w = w_func.defaults_w
        self.w_kwdefaults = w_func.w_kwdefaults
        self.w_dict = w_func.w_dict
        self.w_doc = w_func.w_doc
        self.w_module = w_func.w_module
        self.w_annotations = w_func.w_annotations

    def restore(self):
        w_func = self.w_func
        w_func.name = self.name
        w_func.qualname = self.qualname
        w_func.defaults_w = self.defaults_w
        w_func.w_kwdefaults = self.w_kwdefaults
        w_func.w_dict = self.w_dict
        w_func.w_doc = self.w_doc
        w_func.w_module = self.w_module
        w_func.w_annotations = self.w_annotations


class W_Function(W_Root):
    # the defaults are quasi-immutable (setting __defaults__ is rare: it invalidates the
    # traces that folded them)
    _immutable_fields_ = ['w_code', 'w_globals', 'w_builtins', 'closure', 'defaults_w?',
                          'w_kwdefaults?']

    def __init__(self, w_code, w_globals, name, qualname, defaults_w, w_kwdefaults,
                 closure, w_builtins):
        TObject.__init__(self)
        self.w_code = w_code
        self.w_globals = w_globals
        # the builtins of the frame that made the function (those of exec() and eval()
        # code follow its globals' __builtins__): its calls look names up there
        self.w_builtins = w_builtins
        self.name = name
        self.qualname = qualname
        self.defaults_w = defaults_w
        self.w_kwdefaults = w_kwdefaults
        self.closure = closure
        self.w_dict = None
        self.w_doc = None
        self.w_module = None
        self.w_annotations = None    # a dict, made on first read when there are none

    def _stm_save(self):
        # defaults_w is replaced, never mutated in place, so keeping the pointer is
        # enough; the __dict__ is a W_DictObject with its own barriers.
        return FunctionUndo(self)

    def _stm_typename(self):
        return 'function'


class W_Method(W_Root):
    _immutable_fields_ = ['w_func', 'w_self']

    def __init__(self, w_func, w_self):
        self.w_func = w_func
        self.w_self = w_self

    def getclass(self):
        """A built-in method bound to its object ([].append) is, as in CPython, of type
        builtin_function_or_method; a Python function bound to one is a method."""
        if isinstance(self.w_func, W_BuiltinFunction):
            return W_BuiltinFunction.typedef
        return W_Method.typedef


class W_BuiltinFunction(W_Root):
    """A native function fn(args) -> W_Root. `binds` is True for methods of built-in
    types (they bind to the instance like Python functions)."""
    _immutable_fields_ = ['name', 'fn', 'binds']

    def __init__(self, name, fn, binds=False):
        self.name = name
        self.fn = fn
        self.binds = binds
        self.w_self_type = None


class CellUndo(UndoEntry):
    def __init__(self, w_cell, w_value):
        self.w_cell = w_cell
        self.w_value = w_value

    def restore(self):
        self.w_cell.w_value = self.w_value


class W_Cell(W_Root):
    _attrs_ = ['w_value']

    def __init__(self, w_value=None):
        TObject.__init__(self)
        self.w_value = w_value

    def _stm_save(self):
        return CellUndo(self, self.w_value)

    def _stm_typename(self):
        return 'cell'

    def get(self):
        barriers.read(self)
        w = self.w_value
        barriers.read_check(self)
        return w

    def set(self, w_value):
        barriers.write(self)
        self.w_value = w_value


W_Code.typedef = make_builtin_type('code')
W_Function.typedef = make_builtin_type('function')
W_Method.typedef = make_builtin_type('method')
W_BuiltinFunction.typedef = make_builtin_type('builtin_function_or_method')
W_Cell.typedef = make_builtin_type('cell')
