"""The gc module: collect() runs a full collection of RPython's collector (incminimark in
the GIL builds, Boehm's in the STM build), after which the weak references of dead
objects read None (weakref, type.__subclasses__), and the callbacks of
weakref.ref whose referents it freed run (builtins/modweakref.py).

The collector cannot be switched off: disable() and enable() only record the state that
isenabled() reports (enough for the programs that turn collection off around a
timing, as the timeit module does). There is no cycle collector distinct from the main
one, so collect() returns 0 unreachable objects found."""
from rpython.rlib import jit
from minipy.objects.noneobject import w_None
from minipy.objects.intobject import wrap_int, wrap_bool
from minipy.objects.strobject import wrap_str
from minipy.objects.dictobject import W_DictObject
from minipy.objects.moduleobject import W_Module
from minipy.objects.functionobject import W_BuiltinFunction
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt
from minipy.builtins.registry import check_args


class GcState(object):
    def __init__(self):
        self.enabled = True


gc_state = GcState()


@jit.dont_look_inside      # (the JIT has no gc_collect operation)
def gc_collect(args):
    check_args(args, 'collect', 0, 1, 'gc.collect')
    if len(args.args_w) == 1:
        from minipy.interpreter import ops
        from minipy.objects.intobject import W_IntObject
        w_g = args.args_w[0].base_value()
        if not isinstance(w_g, W_IntObject):
            raise oefmt(ex.w_TypeError, "'%s' object cannot be interpreted as an integer"
                        % ops.typename(args.args_w[0]))
        if w_g.intval < 0 or w_g.intval > 2:
            raise oefmt(ex.w_ValueError, 'invalid generation')
    from minipy.builtins import modweakref
    from minipy.interpreter import finalizers
    finalizers.collect_and_run()      # the __del__ of what the collections found unreachable
    modweakref.gc_collect_and_sweep()
    return wrap_int(0)


def gc_enable(args):
    check_args(args, 'enable', 0, 0, 'gc.enable')
    gc_state.enabled = True
    return w_None


def gc_disable(args):
    check_args(args, 'disable', 0, 0, 'gc.disable')
    gc_state.enabled = False
    return w_None


def gc_isenabled(args):
    check_args(args, 'isenabled', 0, 0, 'gc.isenabled')
    return wrap_bool(gc_state.enabled)


def make_gc():
    w_d = W_DictObject()
    w_d.setstr('__name__', wrap_str('gc'))
    for name, fn in [('collect', gc_collect), ('enable', gc_enable),
                     ('disable', gc_disable), ('isenabled', gc_isenabled)]:
        w_d.setstr(name, W_BuiltinFunction(name, fn, False))
    return W_Module('gc', w_d)
