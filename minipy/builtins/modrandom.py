"""The _random module: Random, a Mersenne Twister (MT19937) seeded as CPython seeds it
(init_by_array over the 32-bit digits of abs(seed)), with seed, random, getrandbits,
getstate and setstate, on minipy.support.mt19937.

STM: a Random object is transactional: every call that advances or reseeds the
generator calls barriers.write(w_r) first, whose first call in a transaction detaches the
generator state (`_stm_save` swaps in a copy; the undo keeps the old one)."""
import time
from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rlib.rbigint import rbigint
from minipy.builtins import registry
from minipy.concurrency.stm import barriers
from minipy.concurrency.stm.tobject import TObject, UndoEntry
from minipy.objects.root import W_Root
from minipy.objects.typeobject import W_TypeObject, make_builtin_type
from minipy.objects.maps import W_Instance
from minipy.objects.noneobject import w_None
from minipy.objects.intobject import W_IntObject, wrap_int, wrap_bigint, to_bigint
from minipy.objects.floatobject import wrap_float
from minipy.objects.strobject import wrap_str
from minipy.objects.tupleobject import W_TupleObject, wrap_tuple
from minipy.objects.dictobject import W_DictObject
from minipy.objects.moduleobject import W_Module
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt
from minipy.builtins.registry import method, check_method_args
from minipy.support.mt19937 import MT19937

N = 624
MASK32 = r_uint(0xffffffff)


class RandomUndo(UndoEntry):
    def __init__(self, w_r, mt):
        self.w_r = w_r
        self.mt = mt

    def restore(self):
        self.w_r.mt = self.mt


class W_RandomObject(W_Root):
    _attrs_ = ['mt']

    def __init__(self):
        TObject.__init__(self)
        self.mt = MT19937()
        seed_from_time(self)

    def _stm_save(self):
        old = self.mt
        new = MT19937()
        new.mt = old.mt[:]
        new.index = old.index
        self.mt = new
        return RandomUndo(self, old)

    def _stm_typename(self):
        return 'Random'

    def write_mt(self):
        """The generator, to advance or reseed it."""
        barriers.write(self)
        return self.mt


w_Random = make_builtin_type('Random', None, 'Random')
w_Random.module = '_random'
W_RandomObject.typedef = w_Random


def seed_from_time(w_r):
    t = time.time()
    w_r.write_mt().init_by_array([int(t) & 0xffffffff, int((t - int(t)) * 1e9) & 0xffffffff])


def seed_obj(w_r, w_seed):
    from minipy.interpreter import ops
    if w_seed is None or w_seed is w_None:
        seed_from_time(w_r)
        return
    w_v = w_seed.base_value()
    if not (isinstance(w_v, W_IntObject) or to_bigint_ok(w_v)):
        w_v = wrap_int(ops.hash_w(w_seed))
    w_r.write_mt().seed_bigint(to_bigint(w_v))


def to_bigint_ok(w_v):
    from minipy.objects.intobject import W_LongObject
    return isinstance(w_v, W_LongObject)


def r_self(args):
    w_r = args.args_w[0].base_value()
    if not isinstance(w_r, W_RandomObject):
        raise oefmt(ex.w_TypeError, 'descriptor requires a _random.Random object')
    return w_r


def random_new(args):
    w_t = args.args_w[0]
    assert isinstance(w_t, W_TypeObject)
    w_r = W_RandomObject()
    if len(args.args_w) > 1 and w_t is w_Random:
        seed_obj(w_r, args.args_w[1])
    if w_t is w_Random:
        return w_r
    return W_Instance(w_t, w_r)


def random_seed(args):
    check_method_args(args, 'seed', 0, 1)
    w_r = r_self(args)
    w_seed = None
    if len(args.args_w) > 1:
        w_seed = args.args_w[1]
    seed_obj(w_r, w_seed)
    return w_None


def random_random(args):
    check_method_args(args, 'Random.random', 0, 0)
    return wrap_float(r_self(args).write_mt().random())


def random_getrandbits(args):
    from minipy.interpreter import ops
    check_method_args(args, 'Random.getrandbits', 1, 1)
    w_r = r_self(args)
    k = ops.int_w(args.args_w[1])
    if k < 0:
        raise oefmt(ex.w_ValueError, 'number of bits must be non-negative')
    return wrap_bigint(w_r.write_mt().getrandbits(k))


def random_getstate(args):
    check_method_args(args, 'Random.getstate', 0, 0)
    w_r = r_self(args)
    barriers.read(w_r)
    mt = w_r.mt
    barriers.read_check(w_r)
    return wrap_tuple([wrap_int(v) for v in mt.get_state()])


def random_setstate(args):
    from minipy.interpreter import ops
    check_method_args(args, 'Random.setstate', 1, 1)
    w_r = r_self(args)
    items = ops.unpack_iterable(args.args_w[1])
    if len(items) != N + 1:
        raise oefmt(ex.w_ValueError, 'state vector is the wrong size')
    state = [ops.int_w(w_i) for w_i in items]
    w_r.write_mt().set_state(state)
    return w_None


registry.static_new(w_Random, random_new)
method(w_Random, 'seed', random_seed)
method(w_Random, 'random', random_random)
method(w_Random, 'getrandbits', random_getrandbits)
method(w_Random, 'getstate', random_getstate)
method(w_Random, 'setstate', random_setstate)


def make_random():
    w_d = W_DictObject()
    w_mod = W_Module('_random', w_d)
    w_d.setstr('__name__', wrap_str('_random'))
    w_d.setstr('Random', w_Random)
    return w_mod
