"""W_Root, the base class of every interpreter-level object, and OperationError, the
RPython exception that carries a Python exception through the interpreter.

W_Root derives from TObject (RPython wants one inheritance tree) so that it carries the
two STM header words; only the MUTABLE classes call TObject.__init__ and use barriers
(see minipy/concurrency/stm/tobject.py). Outside the STM build the header fields stay
class-level defaults and cost nothing."""
from minipy.concurrency.stm.tobject import TObject


class W_Root(TObject):
    """Every Python object. `typedef` (a class attribute set by each object module) is
    the W_TypeObject of the built-in type; user instances override getclass()."""
    _attrs_ = []
    typedef = None

    def getclass(self):
        return self.typedef

    def base_value(self):
        """The built-in value inside: self for built-in objects, the wrapped value for
        instances of user subclasses of built-in types (see maps.W_Instance)."""
        return self

    def native_repr(self):
        """The repr of an object of a native type that builtins/reprs.py does not know (the
        module that defines the type knows it), or None for reprs' generic one."""
        return None

    def native_eq(self, w_other):
        """== between objects of a native type that builtins/compare.py does not know: 1
        (equal), 0 (not equal), or -1 for identity (the default)."""
        return -1

    def native_hash(self):
        """hash() of an object of a native type that builtins/hashing.py does not know, or
        -1 for the identity hash (the default)."""
        return -1


class OperationError(Exception):
    """A Python exception in flight; w_value is a W_ExceptionObject."""

    def __init__(self, w_value):
        self.w_value = w_value
        self.reraise = False     # True: re-raised, no new traceback entry

    def __str__(self):
        return 'OperationError'
