"""W_Root, the base class of every interpreter-level object, and OperationError, the
RPython exception that carries a Python exception through the interpreter."""


class W_Root(object):
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


class OperationError(Exception):
    """A Python exception in flight; w_value is a W_ExceptionObject."""

    def __init__(self, w_value):
        self.w_value = w_value
        self.reraise = False     # True: re-raised, no new traceback entry

    def __str__(self):
        return 'OperationError'
