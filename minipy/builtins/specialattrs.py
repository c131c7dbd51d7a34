"""Attributes that built-in objects compute rather than store: __class__, __name__,
__dict__, __mro__, exception args/__cause__/__context__, function __defaults__, ...
get(w_obj, name) returns None when `name` is not such an attribute;
set(w_obj, name, w_value) returns False when it is not a settable one."""
from minipy.concurrency.stm import barriers
from minipy.objects.root import W_Root
from minipy.objects.typeobject import W_TypeObject
from minipy.objects.maps import W_Instance
from minipy.objects.noneobject import w_None
from minipy.objects.intobject import W_IntObject, W_LongObject, wrap_int, wrap_bool
from minipy.objects.floatobject import W_FloatObject, wrap_float
from minipy.objects.complexobject import W_ComplexObject
from minipy.objects.strobject import wrap_str
from minipy.objects.tupleobject import wrap_tuple, tuple_of_list, W_TupleObject
from minipy.objects.dictobject import W_DictObject
from minipy.objects.rangeobject import W_RangeObject, W_SliceObject
from minipy.objects.functionobject import W_Function, W_Method, W_BuiltinFunction, W_Code
from minipy.objects.moduleobject import W_Module
from minipy.objects.generator import W_Generator
from minipy.objects.descriptors import W_Property, W_StaticMethod, W_ClassMethod
from minipy.objects.exceptions import W_ExceptionObject, W_Traceback, W_ExceptionGroupObject
from minipy.objects.memoryviewobject import W_MemoryView
from minipy.builtins.excmethods import SYNTAX_FIELDS
from minipy.objects.frameobject import W_FrameObject
from minipy.objects import frameobject
from minipy.objects import exceptions as ex


def _or_none(w):
    if w is None:
        return w_None
    return w


def instance_dict(w_obj):
    from minipy.objects.dictobject import W_InstanceDict, W_DictObject
    from minipy.interpreter import ops
    w_d = W_InstanceDict(w_obj)
    if w_obj.getclass().has_slots_in_mro:
        # slots live among the instance's attributes here; CPython's __dict__ has none
        for name in w_obj.attr_names()[:]:
            if ops.is_slot_name(w_obj.getclass(), name):
                W_DictObject.delitem(w_d, wrap_str(name))
    return w_d


def get(w_obj, name):
    if name == '__class__':
        return w_obj.getclass()
    if isinstance(w_obj, W_TypeObject):
        return type_attr(w_obj, name)
    if isinstance(w_obj, W_ExceptionObject):
        w_r = exc_attr(w_obj, name)
        if w_r is not None:
            return w_r
    if isinstance(w_obj, W_Instance):
        if name == '__dict__':
            if w_obj.getclass().allowed_attrs is not None:
                return None
            return instance_dict(w_obj)
        if w_obj.w_base_value is not None:
            return get(w_obj.w_base_value, name)
        return None
    if isinstance(w_obj, W_Function):
        # scalar fields (defaults_w is replaced, never mutated): read() is enough
        barriers.read(w_obj)
        if name == '__name__':
            return wrap_str(w_obj.name)
        if name == '__qualname__':
            return wrap_str(w_obj.qualname)
        if name == '__doc__':
            return _or_none(w_obj.w_doc)
        if name == '__module__':
            return _or_none(w_obj.w_module)
        if name == '__defaults__':
            if w_obj.defaults_w is None:
                return w_None
            return wrap_tuple(w_obj.defaults_w)
        if name == '__kwdefaults__':
            return _or_none(w_obj.w_kwdefaults)
        if name == '__code__':
            return w_obj.w_code
        if name == '__globals__':
            return w_obj.w_globals
        if name == '__dict__':
            if w_obj.w_dict is None:
                barriers.write(w_obj)
                if w_obj.w_dict is None:
                    w_obj.w_dict = W_DictObject()
            return w_obj.w_dict
        if name == '__closure__':
            if w_obj.closure is None:
                return w_None
            return wrap_tuple([w_c for w_c in w_obj.closure])
        if name == '__annotations__':
            if w_obj.w_annotations is None:
                barriers.write(w_obj)
                if w_obj.w_annotations is None:
                    w_obj.w_annotations = W_DictObject()
            return w_obj.w_annotations
        return None
    if isinstance(w_obj, W_Method):
        if name == '__self__':
            return w_obj.w_self
        if name == '__func__':
            return w_obj.w_func
        from minipy.interpreter import ops
        return ops.getattr_or_null(w_obj.w_func, name)
    if isinstance(w_obj, W_BuiltinFunction):
        if name == '__qualname__' and w_obj.w_self_type is not None:
            return wrap_str(w_obj.w_self_type.name + '.' + w_obj.name)
        if name == '__name__' or name == '__qualname__':
            return wrap_str(w_obj.name)
        if name == '__doc__':
            return w_None
        return None
    if isinstance(w_obj, W_Code):
        if name == 'co_name':
            return wrap_str(w_obj.co_name)
        if name == 'co_filename':
            return wrap_str(w_obj.code.co_filename)
        if name == 'co_argcount':
            return wrap_int(w_obj.argcount)
        if name == 'co_firstlineno':
            return wrap_int(w_obj.code.co_firstlineno)
        if name == 'co_varnames':
            return wrap_tuple([wrap_str(n) for n in w_obj.code.co_varnames])
        if name == 'co_freevars':
            return wrap_tuple([wrap_str(n) for n in w_obj.code.co_freevars])
        if name == 'co_cellvars':
            return wrap_tuple([wrap_str(n) for n in w_obj.code.co_cellvars])
        if name == 'co_posonlyargcount':
            return wrap_int(w_obj.code.co_posonlyargcount)
        if name == 'co_kwonlyargcount':
            return wrap_int(w_obj.kwonlyargcount)
        if name == 'co_flags':
            # CO_NOFREE (0x40) is the compiler's own: CPython 3.10+ no longer sets it
            return wrap_int(w_obj.flags & ~0x40)
        if name == 'co_nlocals':
            return wrap_int(w_obj.nlocals)
        if name == 'co_qualname':
            return wrap_str(w_obj.code.co_qualname)
        return None
    if isinstance(w_obj, W_Module):
        if name == '__dict__':
            return w_obj.w_dict
        if name == '__name__':
            return wrap_str(w_obj.name)
        return None
    if isinstance(w_obj, W_IntObject) or isinstance(w_obj, W_LongObject):
        if name == 'real' or name == 'numerator':
            if isinstance(w_obj, W_IntObject):
                return wrap_int(w_obj.intval)
            return w_obj
        if name == 'imag':
            return wrap_int(0)
        if name == 'denominator':
            return wrap_int(1)
        return None
    if isinstance(w_obj, W_ComplexObject):
        from minipy.builtins import complexmethods
        return complexmethods.attribute(w_obj, name)
    if isinstance(w_obj, W_FloatObject):
        if name == 'real':
            return w_obj
        if name == 'imag':
            return wrap_float(0.0)
        return None
    if isinstance(w_obj, W_SliceObject):
        if name == 'start':
            return w_obj.w_start
        if name == 'stop':
            return w_obj.w_stop
        if name == 'step':
            return w_obj.w_step
        return None
    if isinstance(w_obj, W_RangeObject):
        if name == 'start':
            return wrap_int(w_obj.start)
        if name == 'stop':
            return wrap_int(w_obj.stop)
        if name == 'step':
            return wrap_int(w_obj.step)
        return None
    if isinstance(w_obj, W_MemoryView):
        from minipy.builtins import memoryviewmethods
        return memoryviewmethods.attribute(w_obj, name)
    if isinstance(w_obj, W_Generator):
        if name == '__name__':
            return wrap_str(w_obj.name)
        if name == '__qualname__':
            return wrap_str(w_obj.qualname)
        if name == 'gi_running':
            return wrap_bool(w_obj.running)
        if name == 'gi_suspended':
            return wrap_bool(w_obj.started and not w_obj.finished and not w_obj.running)
        if name == 'gi_code':
            return w_obj.frame.w_code
        if name == 'gi_yieldfrom':
            from minipy.interpreter.generators import yield_from_target
            return _or_none(yield_from_target(w_obj))
        return None
    if isinstance(w_obj, W_Property):
        if name == 'fget':
            return _or_none(w_obj.w_fget)
        if name == 'fset':
            return _or_none(w_obj.w_fset)
        if name == 'fdel':
            return _or_none(w_obj.w_fdel)
        if name == '__doc__':
            return _or_none(w_obj.w_doc)
        if name == '__isabstractmethod__':
            for w_f in [w_obj.w_fget, w_obj.w_fset, w_obj.w_fdel]:
                if w_f is not None and is_abstract(w_f):
                    return wrap_bool(True)
            return wrap_bool(False)
        return None
    if isinstance(w_obj, W_StaticMethod):
        if name == '__func__':
            return w_obj.w_func
        if name == '__isabstractmethod__':
            return wrap_bool(is_abstract(w_obj.w_func))
        return None
    if isinstance(w_obj, W_ClassMethod):
        if name == '__func__':
            return w_obj.w_func
        if name == '__isabstractmethod__':
            return wrap_bool(is_abstract(w_obj.w_func))
        return None
    from minipy.builtins.genericalias import W_GenericAlias, attribute
    if isinstance(w_obj, W_GenericAlias):
        return attribute(w_obj, name)
    from minipy.builtins import uniontype
    if isinstance(w_obj, uniontype.W_UnionType):
        return uniontype.attribute(w_obj, name)
    from minipy.objects.fileobject import W_File
    if isinstance(w_obj, W_File):
        if name == 'closed':
            return wrap_bool(w_obj.closed)
        if name == 'name':
            if w_obj.fd_named:
                return wrap_int(w_obj.fd)
            return wrap_str(w_obj.name)
        if name == 'mode':
            return wrap_str(w_obj.shown_mode())
        if not w_obj.binary:
            if name == 'encoding':
                return wrap_str(w_obj.encoding_name)
            if name == 'errors':
                return wrap_str(w_obj.errors)
            if name == 'buffer':
                return w_obj.get_buffer()
            if name == 'line_buffering':
                return wrap_bool(w_obj.line_buffered)
            if name == 'write_through':
                return wrap_bool(w_obj.write_through)
            if name == 'newlines':
                return w_None
        return None
    if isinstance(w_obj, W_FrameObject):
        return frame_attr(w_obj.frame, name)
    if isinstance(w_obj, W_Traceback):
        if name == 'tb_lineno':
            return wrap_int(w_obj.lineno)
        if name == 'tb_next':
            return _or_none(w_obj.next)
        return None
    return None


def frame_attr(frame, name):
    """A frame object's attributes, read from the running frame."""
    if name == 'f_code':
        return frame.w_code
    if name == 'f_lineno':
        return wrap_int(frame.lineno())
    if name == 'f_back':
        back = frameobject.outer(frame)
        if back is None:
            return w_None
        return W_FrameObject(back)
    if name == 'f_globals':
        return frame.w_globals
    if name == 'f_locals':
        from minipy.builtins.evalexec import caller_locals
        return caller_locals(frame)
    if name == 'f_builtins':
        return _or_none(frame.w_builtins)
    if name == 'f_lasti':
        return wrap_int(frame.pc)
    if name == 'f_trace':
        return w_None
    return None


def is_abstract(w_func):
    """Whether a wrapped function says __isabstractmethod__ (abc.abstractmethod)."""
    from minipy.interpreter import ops
    if w_func is w_None:
        return False
    w_flag = ops.getattr_or_null(w_func, '__isabstractmethod__')
    return w_flag is not None and ops.is_true(w_flag)


def _dotted(w_t):
    """Where a built-in type's name is dotted ('types.UnionType', '_io.TextIOWrapper'),
    the position of its last dot: CPython's __module__ is before, __name__ after."""
    if not w_t.is_builtin and not w_t.c_named:
        return -1
    return w_t.name.rfind('.')


def type_attr(w_t, name):
    if name == '__name__' or name == '__qualname__':
        dot = _dotted(w_t)
        if dot >= 0:
            start = dot + 1
            assert start >= 0
            return wrap_str(w_t.name[start:])
        if name == '__name__':
            return wrap_str(w_t.name)
        return wrap_str(w_t.qualname)
    if name == '__module__':
        dot = _dotted(w_t)
        if dot > 0:
            return wrap_str(w_t.name[:dot])
        return wrap_str(w_t.module)
    if name == '__mro__':
        return wrap_tuple(list(w_t.mro_w))
    if name == '__bases__':
        return wrap_tuple(list(w_t.bases_w))
    if name == '__base__':
        if len(w_t.bases_w) == 0:
            return w_None
        return w_t.bases_w[0]
    if name == '__doc__':
        return _or_none(w_t.w_doc)
    if name == '__dict__':
        w_d = W_DictObject()
        for key, w_v in w_t.read_dict().items():
            w_d.setitem(wrap_str(key), w_v)
        return w_d
    return None


# SyntaxError's detail attributes: those SyntaxError(msg, details) sets, and one more
SYNTAX_ATTRS = SYNTAX_FIELDS + ['print_file_and_line']


def exc_attr(w_exc, name):
    barriers.read(w_exc)        # scalar fields; args_w is replaced, never mutated
    if name == 'args':
        return tuple_of_list(w_exc.args_w)
    if name == '__traceback__':
        return _or_none(w_exc.w_traceback)
    if name == '__context__':
        return _or_none(w_exc.w_context)
    if name == '__cause__':
        return _or_none(w_exc.w_cause)
    if name == '__suppress_context__':
        return wrap_bool(w_exc.suppress_context)
    if isinstance(w_exc, W_ExceptionGroupObject):
        if name == 'message':
            return w_exc.w_message
        if name == 'exceptions':
            return w_exc.w_excs
    w_t = w_exc.getclass()
    if name == 'value' and w_t.issubtype(ex.w_StopIteration):
        if len(w_exc.args_w) > 0:
            return w_exc.args_w[0]
        return w_None
    if name == 'code' and w_t.issubtype(ex.w_SystemExit):
        if len(w_exc.args_w) == 0:
            return w_None
        if len(w_exc.args_w) == 1:
            return w_exc.args_w[0]
        return tuple_of_list(w_exc.args_w)
    if w_t.issubtype(ex.w_OSError):
        if name == 'errno':
            if 2 <= len(w_exc.args_w) <= 5:
                return w_exc.args_w[0]
            return w_None
        if name == 'strerror':
            if 2 <= len(w_exc.args_w) <= 5:
                return w_exc.args_w[1]
            return w_None
        if name == 'filename' or name == 'filename2':
            w_fn = w_exc.getdictvalue(name)
            if w_fn is None:
                return w_None
            return w_fn
    if name == 'msg' and w_t.issubtype(ex.w_SyntaxError):
        if len(w_exc.args_w) > 0:
            return w_exc.args_w[0]
        return w_None
    return exc_keyword_attr(w_exc, w_t, name)


def exc_keyword_attr(w_exc, w_t, name):
    """The attributes of AttributeError, NameError and ImportError that their keyword
    arguments set (excmethods.init_keywords; the interpreter sets them too): None until
    set; ImportError's msg is its only argument."""
    from minipy.builtins.excmethods import keyword_names
    if name == 'msg' and w_t.issubtype(ex.w_ImportError):
        if len(w_exc.args_w) == 1:
            return w_exc.args_w[0]
        return w_None
    owner, allowed = keyword_names(w_t)
    if allowed is not None and name in allowed:
        return w_None
    if w_t.issubtype(ex.w_SyntaxError) and name in SYNTAX_ATTRS:
        return w_None       # not given: those of a compile error are in its dict
    return None


def check_exc_link(name, w_value):
    """The TypeError of assigning something else than None, an exception (__cause__,
    __context__) or a traceback (__traceback__)."""
    if w_value is w_None:
        return
    if name == '__traceback__':
        if not isinstance(w_value, W_Traceback):
            raise ex.oefmt(ex.w_TypeError, '__traceback__ must be a traceback or None')
    elif not isinstance(w_value, W_ExceptionObject):
        what = 'cause' if name == '__cause__' else 'context'
        raise ex.oefmt(ex.w_TypeError,
                       'exception %s must be None or derive from BaseException' % what)


def set(w_obj, name, w_value):
    if isinstance(w_obj, W_ExceptionObject):
        if name == 'args':
            from minipy.interpreter import ops
            w_exc = w_obj
            args_w = ops.unpack_iterable(w_value)
            barriers.write(w_exc)
            w_exc.args_w = args_w
            return True
        if name == '__cause__' or name == '__context__' or name == '__traceback__':
            check_exc_link(name, w_value)
            barriers.write(w_obj)
        if name == '__cause__':
            if w_value is w_None:
                w_obj.w_cause = None
            else:
                w_obj.w_cause = w_value
            w_obj.suppress_context = True
            return True
        if name == '__context__':
            if w_value is w_None:
                w_obj.w_context = None
            else:
                w_obj.w_context = w_value
            return True
        if name == '__traceback__':
            if isinstance(w_value, W_Traceback):
                w_obj.w_traceback = w_value
            else:
                w_obj.w_traceback = None
            return True
        if name == '__suppress_context__':
            from minipy.interpreter import ops
            flag = ops.is_true(w_value)
            barriers.write(w_obj)
            w_obj.suppress_context = flag
            return True
        if isinstance(w_obj, W_ExceptionGroupObject) and (name == 'message' or
                                                          name == 'exceptions'):
            raise ex.oefmt(ex.w_AttributeError, 'readonly attribute')
    if isinstance(w_obj, W_Instance) and name == '__dict__' and \
            w_obj.getclass().allowed_attrs is None:
        replace_instance_dict(w_obj, w_value)
        return True
    if isinstance(w_obj, W_Instance) and name == '__class__':
        check_class_assignment(w_obj.getclass(), w_value)
        assert isinstance(w_value, W_TypeObject)
        w_obj.set_class(w_value)
        return True
    return False


def replace_instance_dict(w_obj, w_value):
    """`obj.__dict__ = d`: the instance's attributes become d's items. (They are copied
    into the instance's map slots, so later changes to d itself do not show.)"""
    from minipy.interpreter import ops
    from minipy.objects.dictobject import W_DictObject
    from minipy.objects.strobject import W_StrObject
    w_d = w_value.base_value()        # (a dict subclass's instance counts)
    if not isinstance(w_d, W_DictObject):
        raise ex.oefmt(ex.w_TypeError, "__dict__ must be set to a dictionary, not a '%s'"
                       % ops.typename(w_value))
    for name in w_obj.attr_names()[:]:
        w_obj.deldictvalue(name)
    for w_k in ops.unpack_iterable(w_d):
        if isinstance(w_k, W_StrObject):
            w_obj.setdictvalue(w_k.utf8, ops.getitem(w_d, w_k))


def check_class_assignment(w_old, w_new):
    """CPython's TypeErrors for `obj.__class__ = w_new`: only between classes of ours
    whose instances are laid out alike (the same built-in base, the same __slots__)."""
    from minipy.interpreter import ops
    if not isinstance(w_new, W_TypeObject):
        raise ex.oefmt(ex.w_TypeError, "__class__ must be set to a class, not '%s' object"
                       % ops.typename(w_new))
    if w_new.is_builtin or w_old.is_builtin:
        raise ex.oefmt(ex.w_TypeError, '__class__ assignment only supported for mutable '
                       'types or ModuleType subclasses')
    if w_new.layout != w_old.layout or \
            not _same_slots(w_new.allowed_attrs, w_old.allowed_attrs):
        raise ex.oefmt(ex.w_TypeError, "__class__ assignment: '%s' object layout differs "
                       "from '%s'" % (w_new.name, w_old.name))


def _same_slots(a, b):
    if a is None or b is None:
        return a is None and b is None
    if len(a) != len(b):
        return False
    for k in a:
        if k not in b:
            return False
    return True
