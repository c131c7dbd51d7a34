"""`raise X`, `raise X from Y`: turn the operand into an exception instance."""
from minipy.concurrency.stm import barriers
from minipy.objects.root import OperationError
from minipy.objects.typeobject import W_TypeObject
from minipy.objects.noneobject import w_None
from minipy.objects.exceptions import oefmt, W_ExceptionObject
from minipy.objects import exceptions as ex
from minipy.interpreter import ops


def instantiate(w_obj):
    if isinstance(w_obj, W_TypeObject):
        if w_obj.issubtype(ex.w_BaseException):
            w_inst = ops.call_function(w_obj, [])
            if not isinstance(w_inst, W_ExceptionObject):
                raise oefmt(ex.w_TypeError,
                            "calling %s should have returned an instance of BaseException, not %s"
                            % (w_obj.name, ops.typename(w_inst)))
            return w_inst
    elif isinstance(w_obj, W_ExceptionObject):
        return w_obj
    raise oefmt(ex.w_TypeError, 'exceptions must derive from BaseException')


def make_raise(w_exc, w_cause, has_cause):
    w_inst = instantiate(w_exc)
    if has_cause:
        barriers.write(w_inst)
        if w_cause is w_None:
            w_inst.w_cause = None
        else:
            if isinstance(w_cause, W_TypeObject) or isinstance(w_cause, W_ExceptionObject):
                w_cause = instantiate(w_cause)
            else:
                raise oefmt(ex.w_TypeError, 'exception causes must derive from BaseException')
            w_inst.w_cause = w_cause
        w_inst.suppress_context = True
    return OperationError(w_inst)
