"""property, staticmethod, classmethod and super: constructors, methods, and super's
attribute lookup; generator and built-in iterator methods."""
from minipy.builtins import registry
from minipy.objects.root import OperationError
from minipy.objects.typeobject import W_TypeObject, w_object
from minipy.objects.maps import W_Instance
from minipy.objects.noneobject import w_None
from minipy.objects.strobject import wrap_str
from minipy.objects import strbuilding
from minipy.objects.descriptors import W_Property, W_StaticMethod, W_ClassMethod, W_Super
from minipy.objects.functionobject import W_Function, W_Method
from minipy.objects.generator import W_Generator
from minipy.objects import iterators as it
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt
from minipy.builtins.registry import method


def static_new(w_type, fn):
    registry.static_new(w_type, fn)


def _opt(args, i, name):
    w = None
    if len(args.args_w) > i:
        w = args.args_w[i]
    w_k = args.getkw(name)
    if w_k is not None:
        w = w_k
    if w is w_None:
        w = None
    return w


def property_new(args):
    w_fget = _opt(args, 1, 'fget')
    w_fset = _opt(args, 2, 'fset')
    w_fdel = _opt(args, 3, 'fdel')
    w_doc = _opt(args, 4, 'doc')
    if w_doc is None and w_fget is not None and isinstance(w_fget, W_Function):
        w_doc = w_fget.w_doc
    return W_Property(w_fget, w_fset, w_fdel, w_doc)


def _prop(args, name, slot=False):
    return registry.native_self(args, W_Property, 'property', name, slot)


def property_setter(args):
    w_p = _prop(args, 'setter')
    return W_Property(w_p.w_fget, args.args_w[1], w_p.w_fdel, w_p.w_doc)


def property_getter(args):
    w_p = _prop(args, 'getter')
    return W_Property(args.args_w[1], w_p.w_fset, w_p.w_fdel, w_p.w_doc)


def property_deleter(args):
    w_p = _prop(args, 'deleter')
    return W_Property(w_p.w_fget, w_p.w_fset, args.args_w[1], w_p.w_doc)


def property_get(args):
    from minipy.interpreter import ops
    w_p = _prop(args, '__get__', True)
    w_obj = args.args_w[1]
    if w_obj is w_None:
        return w_p
    return ops.bind(w_p, w_obj, w_obj.getclass())


def staticmethod_new(args):
    if len(args.args_w) != 2:
        raise oefmt(ex.w_TypeError, 'staticmethod expected 1 argument, got %d'
                    % (len(args.args_w) - 1))
    return W_StaticMethod(args.args_w[1])


def classmethod_new(args):
    if len(args.args_w) != 2:
        raise oefmt(ex.w_TypeError, 'classmethod expected 1 argument, got %d'
                    % (len(args.args_w) - 1))
    return W_ClassMethod(args.args_w[1])


def staticmethod_get(args):
    w_s = registry.native_self(args, W_StaticMethod, 'staticmethod', '__get__', True)
    return w_s.w_func


def classmethod_get(args):
    w_c = registry.native_self(args, W_ClassMethod, 'classmethod', '__get__', True)
    w_t = None
    if len(args.args_w) > 2 and args.args_w[2] is not w_None:
        w_t = args.args_w[2]
    else:
        w_t = args.args_w[1].getclass()
    return W_Method(w_c.w_func, w_t)


def super_new(args):
    from minipy.interpreter.executioncontext import get_ec
    n = len(args.args_w) - 1
    if n == 0:
        frame = get_ec().gettopframe()
        if frame is None:
            raise oefmt(ex.w_RuntimeError, 'super(): no current frame')
        code = frame.w_code.code
        if code.co_argcount == 0:
            raise oefmt(ex.w_RuntimeError, 'super(): no arguments')
        w_obj = strbuilding.settled(frame.values_w[0])
        if w_obj is None and len(code.co_cellvars) > 0 and frame.cells is not None:
            for i in range(len(code.co_cellvars)):
                if code.co_cellvars[i] == code.co_varnames[0]:
                    w_obj = frame.cells[i].get()
        if w_obj is None:
            raise oefmt(ex.w_RuntimeError, 'super(): arg[0] deleted')
        w_start = None
        for i in range(len(code.co_freevars)):
            if code.co_freevars[i] == '__class__':
                w_start = frame.cells[len(code.co_cellvars) + i].get()
        if w_start is None:
            raise oefmt(ex.w_RuntimeError, 'super(): __class__ cell not found')
        assert isinstance(w_start, W_TypeObject)
    else:
        w_start = args.args_w[1]
        if not isinstance(w_start, W_TypeObject):
            raise oefmt(ex.w_TypeError, 'super() argument 1 must be a type, not %s'
                        % w_start.getclass().name)
        if n == 1:
            return W_Super(w_start, None, None)
        w_obj = args.args_w[2]
    if isinstance(w_obj, W_TypeObject) and w_obj.issubtype(w_start):
        return W_Super(w_start, w_obj, w_obj)
    w_objtype = w_obj.getclass()
    if not w_objtype.issubtype(w_start):
        raise oefmt(ex.w_TypeError,
                    'super(type, obj): obj must be an instance or subtype of type')
    return W_Super(w_start, w_obj, w_objtype)


def super_getattr(w_super, name):
    """Attribute lookup through super(); None when not found."""
    from minipy.interpreter import ops
    w_objtype = w_super.w_objtype
    if w_objtype is not None and name != '__class__':
        assert isinstance(w_objtype, W_TypeObject)
        mro = w_objtype.mro_w
        i = 0
        while i < len(mro) and mro[i] is not w_super.w_starttype:
            i += 1
        i += 1
        while i < len(mro):
            w_t = mro[i]
            assert isinstance(w_t, W_TypeObject)
            w_v = w_t.read_dict().get(name, None)
            if w_v is not None:
                w_obj = w_super.w_obj
                if w_obj is w_objtype:
                    # super() in a classmethod / __new__: bind like a class access
                    if isinstance(w_v, W_ClassMethod):
                        return W_Method(w_v.w_func, w_obj)
                    return ops.bind(w_v, None, w_objtype)
                return ops.bind(w_v, w_obj, w_objtype)
            i += 1
    return None


def gen_self(args):
    w_g = args.args_w[0]
    if not isinstance(w_g, W_Generator):
        raise oefmt(ex.w_TypeError, 'expected a generator')
    return w_g


def gen_next(args):
    from minipy.interpreter import generators
    return generators.gen_send(gen_self(args), w_None)


def gen_send(args):
    from minipy.interpreter import generators
    return generators.gen_send(gen_self(args), args.args_w[1])


def gen_throw(args):
    """throw(type[, value[, traceback]]), as CPython 3.11: the exception is made (and its
    arguments checked) before the generator resumes."""
    from minipy.interpreter import generators
    w_g = gen_self(args)
    n = len(args.args_w) - 1
    if n < 1:
        raise oefmt(ex.w_TypeError, 'throw expected at least 1 argument, got 0')
    if n > 3:
        raise oefmt(ex.w_TypeError, 'throw expected at most 3 arguments, got %d' % n)
    w_value = w_None
    if n >= 2:
        w_value = args.args_w[2]
    if n == 3 and args.args_w[3] is not w_None and \
            not isinstance(args.args_w[3], ex.W_Traceback):
        raise oefmt(ex.w_TypeError, 'throw() third argument must be a traceback object')
    w_exc = thrown_exception(args.args_w[1], w_value)
    return generators.gen_throw(w_g, w_exc)


def thrown_exception(w_type, w_value):
    """The exception instance of throw(w_type, w_value) (w_value None when not given):
    a class is called with the value (a tuple spread, an instance of it kept)."""
    from minipy.interpreter import ops
    from minipy.objects.tupleobject import W_TupleObject
    if isinstance(w_type, W_TypeObject) and w_type.issubtype(ex.w_BaseException):
        if w_value is w_None:
            return ops.call_function(w_type, [])
        if ops.isinstance_w(w_value, w_type):
            return w_value
        if isinstance(w_value, W_TupleObject):
            return ops.call_function(w_type, list(w_value.items_w))
        return ops.call_function(w_type, [w_value])
    if isinstance(w_type, ex.W_ExceptionObject):
        if w_value is not w_None:
            raise oefmt(ex.w_TypeError, 'instance exception may not have a separate value')
        return w_type
    raise oefmt(ex.w_TypeError, 'exceptions must be classes or instances deriving from '
                'BaseException, not %s' % ops.typename(w_type))


def gen_close(args):
    from minipy.interpreter import generators
    return generators.gen_close(gen_self(args))


def iter_self(args):
    return args.args_w[0]


def iter_next(args):
    from minipy.interpreter import ops
    w_it = args.args_w[0]
    w_x = ops.next_w(w_it)
    if w_x is None:
        raise ex.operr_noargs(ex.w_StopIteration)
    return w_x


static_new(W_Property.typedef, property_new)
static_new(W_StaticMethod.typedef, staticmethod_new)
static_new(W_ClassMethod.typedef, classmethod_new)
static_new(W_Super.typedef, super_new)
method(W_Property.typedef, 'setter', property_setter)
method(W_Property.typedef, 'getter', property_getter)
method(W_Property.typedef, 'deleter', property_deleter)
method(W_Property.typedef, '__get__', property_get)
method(W_StaticMethod.typedef, '__get__', staticmethod_get)
method(W_ClassMethod.typedef, '__get__', classmethod_get)
method(W_Generator.typedef, '__next__', gen_next)
method(W_Generator.typedef, '__iter__', iter_self)
method(W_Generator.typedef, 'send', gen_send)
method(W_Generator.typedef, 'throw', gen_throw)
method(W_Generator.typedef, 'close', gen_close)
method(it.W_AbstractIter.typedef, '__next__', iter_next)
method(it.W_AbstractIter.typedef, '__iter__', iter_self)
