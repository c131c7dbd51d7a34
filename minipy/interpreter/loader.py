"""Source to W_Code: compiles with minipy.frontend.compile_source. Untranslated tests
may install another compiler (the CPython 3.9 bridge) with set_test_compiler()."""
from rpython.rlib.objectmodel import we_are_translated
from minipy.interpreter.codeconv import make_code


class _Hook(object):
    def __init__(self):
        self.fn = None


_hook = _Hook()


def set_test_compiler(fn):
    """fn(source, filename, mode) -> CodeObject; untranslated only."""
    _hook.fn = fn


def compile_code(source, filename, mode):
    """Raises minipy.compiler.errors.CompileError on bad input."""
    if not we_are_translated() and _hook.fn is not None:
        return make_code(_hook.fn(source, filename, mode))
    from minipy.frontend import compile_source
    return make_code(compile_source(source, filename, mode))
