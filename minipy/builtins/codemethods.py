"""Methods of code objects: co_positions(), the source span of each instruction (what
inspect.getframeinfo() reads at a frame's f_lasti)."""
from minipy.objects.noneobject import w_None
from minipy.objects.intobject import wrap_int
from minipy.objects.tupleobject import wrap_tuple
from minipy.objects.listobject import W_ListObject
from minipy.objects.functionobject import W_Code
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt
from minipy.builtins.registry import method, check_method_args


def _position(n):
    """A position as CPython gives it: None where the compiler recorded none."""
    if n <= 0:
        return w_None
    return wrap_int(n)


def _column(n):
    if n < 0:
        return w_None
    return wrap_int(n)


def code_co_positions(args):
    """An iterator of (lineno, end_lineno, col_offset, end_col_offset) for each
    instruction; columns are UTF-8 byte offsets."""
    from minipy.interpreter import ops
    check_method_args(args, 'co_positions', 0, 0)
    w_code = args.args_w[0]
    if not isinstance(w_code, W_Code):
        raise oefmt(ex.w_TypeError, "descriptor 'co_positions' requires a 'code' object")
    positions = w_code.code.co_positions
    items_w = []
    i = 0
    while i + 3 < len(positions):
        items_w.append(wrap_tuple([_position(positions[i]), _position(positions[i + 1]),
                                   _column(positions[i + 2]), _column(positions[i + 3])]))
        i += 4
    return ops.iter_w(W_ListObject(items_w))


method(W_Code.typedef, 'co_positions', code_co_positions)
