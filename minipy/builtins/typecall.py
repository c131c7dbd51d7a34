"""Calling a type: instance creation (__new__ then __init__), object.__new__/__init__,
the layouts of user subclasses of built-in types, type(x), type(name, bases, dict),
and __build_class__ (class statements)."""
from minipy.builtins import registry
from minipy.objects.root import W_Root, OperationError
from minipy.objects.typeobject import W_TypeObject, w_object, w_type, MROError
from minipy.objects.maps import W_Instance
from minipy.objects.noneobject import w_None, w_NotImplemented, w_Ellipsis
from minipy.objects.intobject import W_IntObject, wrap_int
from minipy.objects.floatobject import wrap_float
from minipy.objects.strobject import wrap_str, W_StrObject
from minipy.objects.tupleobject import W_TupleObject, wrap_tuple, tuple_of_list
from minipy.objects.listobject import W_ListObject
from minipy.objects.dictobject import W_DictObject
from minipy.objects.setobject import W_SetObject
from minipy.objects.moduleobject import W_Module
from minipy.objects.functionobject import W_Function, W_Method, W_BuiltinFunction, W_Cell, Args
from minipy.objects.exceptions import W_ExceptionObject, oefmt
from minipy.objects import exceptions as ex
from minipy.objects.descriptors import W_StaticMethod, W_ClassMethod
from minipy.builtins.registry import method, function
from minipy.interpreter import finalizers


def type_call(w_t, args):
    """Calling a class: its metaclass's __call__ when the metaclass defines one, else
    __new__ then __init__ (type_call_plain)."""
    if w_t is w_type:
        if len(args.args_w) == 1 and not args.has_kwargs():
            return args.args_w[0].getclass()
        if len(args.args_w) == 3:
            return type_new(w_type, args.args_w[0], args.args_w[1], args.args_w[2],
                            args.kwnames, args.kwvalues_w)
        raise oefmt(ex.w_TypeError, 'type() takes 1 or 3 arguments')
    w_meta = w_t.getclass()
    if w_meta is not w_type:
        from minipy.interpreter import ops
        w_call = w_meta.lookup('__call__')
        if w_call is not None and w_call is not w_type_call:
            return ops.call_args(w_call, args.prepend(w_t))
    return type_call_plain(w_t, args)


def simple_init(w_t):
    """When calling class w_t is object.__new__(w_t) then an __init__ that is a Python
    function (the metaclass is type, the class has no __new__ of its own, is not abstract
    and not a built-in type): that __init__, for the interpreter's argument-copying path
    (PyFrame.instantiate_simple); else None, and the call goes through type_call."""
    if w_t.is_builtin or w_t.is_abstract or w_t.getclass() is not w_type:
        return None
    w_new = w_t.lookup('__new__')
    if w_new is not None and w_new is not w_object_new_sm:
        return None
    w_init = w_t.lookup('__init__')
    if isinstance(w_init, W_Function):
        return w_init
    return None


def singleton_of(w_t):
    """None, NotImplemented or Ellipsis, which calling their type returns; else None."""
    from minipy.objects.noneobject import W_NoneObject, W_NotImplemented, W_Ellipsis
    if w_t is W_NoneObject.typedef:
        return w_None
    if w_t is W_NotImplemented.typedef:
        return w_NotImplemented
    if w_t is W_Ellipsis.typedef:
        return w_Ellipsis
    return None


def type_call_plain(w_t, args):
    """type.__call__: w_t.__new__(w_t, ...), then __init__ when it made a w_t."""
    from minipy.interpreter import ops
    if w_t is W_Module.typedef:
        return new_module(args)
    if w_t is W_Method.typedef:
        return new_method(args)
    w_new = w_t.lookup('__new__')
    if w_new is None or w_new is w_object_new_sm:
        if w_t.is_builtin:
            w_single = singleton_of(w_t)
            if w_single is not None:
                if len(args.args_w) > 0 or args.has_kwargs():
                    name = w_t.name
                    if w_single is w_Ellipsis:
                        name = 'EllipsisType'
                    raise oefmt(ex.w_TypeError, '%s takes no arguments' % name)
                return w_single
        if w_t.is_builtin and w_t.layout != 'object':
            raise oefmt(ex.w_TypeError, "cannot create '%s' instances" % w_t.name)
        if w_t.is_abstract:
            raise abstract_error(w_t)
        w_inst = new_instance(w_t)
        w_init = w_t.lookup('__init__')
        if w_init is w_object_init or w_init is None:
            if len(args.args_w) > 0 or args.has_kwargs():
                raise oefmt(ex.w_TypeError, '%s() takes no arguments' % w_t.name)
            return w_inst
        w_res = ops.call_args(w_init, args.prepend(w_inst))
        if w_res is not w_None:
            raise oefmt(ex.w_TypeError, "__init__() should return None, not '%s'"
                        % ops.typename(w_res))
        return w_inst
    if isinstance(w_new, W_StaticMethod):
        w_new = w_new.w_func
    w_inst = ops.call_args(w_new, args.prepend(w_t))
    if not w_inst.getclass().issubtype(w_t):
        return w_inst
    w_init = w_t.lookup('__init__')
    if w_init is not None and w_init is not w_object_init:
        w_res = ops.call_args(w_init, args.prepend(w_inst))
        if w_res is not w_None:
            raise oefmt(ex.w_TypeError, "__init__() should return None, not '%s'"
                        % ops.typename(w_res))
    return w_inst


def new_module(args):
    """module(name, doc=None): an empty module (types.ModuleType), as CPython's."""
    from minipy.interpreter import ops
    n = len(args.args_w)
    nkw = 0
    if args.kwnames is not None:
        nkw = len(args.kwnames)
    if n + nkw > 2:
        raise oefmt(ex.w_TypeError, 'module() takes at most 2 arguments (%d given)'
                    % (n + nkw))
    w_name = args.getkw('name')
    if n > 0:
        if w_name is not None:
            raise oefmt(ex.w_TypeError,
                        "argument for module() given by name ('name') and position (1)")
        w_name = args.args_w[0]
    if w_name is None:
        raise oefmt(ex.w_TypeError, "module() missing required argument 'name' (pos 1)")
    if args.kwnames is not None:
        for k in args.kwnames:
            if k != 'name' and k != 'doc':
                raise oefmt(ex.w_TypeError,
                            "'%s' is an invalid keyword argument for module()" % k)
    if not isinstance(w_name.base_value(), W_StrObject):
        raise oefmt(ex.w_TypeError, "module() argument 'name' must be str, not %s"
                    % ops.typename(w_name))
    w_doc = args.getkw('doc')
    if n > 1:
        if w_doc is not None:
            raise oefmt(ex.w_TypeError,
                        "argument for module() given by name ('doc') and position (2)")
        w_doc = args.args_w[1]
    if w_doc is None:
        w_doc = w_None
    w_d = W_DictObject()
    w_d.setstr('__name__', w_name)
    w_d.setstr('__doc__', w_doc)
    w_d.setstr('__package__', w_None)
    w_d.setstr('__loader__', w_None)
    w_d.setstr('__spec__', w_None)
    return W_Module(ops.str_w(w_name), w_d)


def new_method(args):
    """method(function, instance): a bound method (types.MethodType), as CPython's."""
    from minipy.interpreter import ops
    from minipy.builtins.registry import check_args
    check_args(args, 'method', 2, 2)
    w_func = args.args_w[0]
    from minipy.builtins.functions import callable_w
    if not callable_w(w_func):
        raise oefmt(ex.w_TypeError, 'first argument must be callable')
    if args.args_w[1] is w_None:
        raise oefmt(ex.w_TypeError, 'instance must not be None')
    return W_Method(w_func, args.args_w[1])


def new_instance(w_t):
    """object.__new__(w_t) for a user class (any built-in base gets its empty value)."""
    w_obj = _new_instance(w_t)
    finalizers.register_if_finalized(w_t, w_obj)
    return w_obj


def _new_instance(w_t):
    layout = w_t.layout
    if layout == 'object':
        return W_Instance(w_t)
    if layout == 'exception':
        return W_ExceptionObject(w_t, [])
    if layout == 'list':
        return W_Instance(w_t, W_ListObject([]))
    if layout == 'dict':
        return W_Instance(w_t, W_DictObject())
    if layout == 'set':
        return W_Instance(w_t, W_SetObject())
    if layout == 'int':
        return W_Instance(w_t, wrap_int(0))
    if layout == 'str':
        return W_Instance(w_t, wrap_str(''))
    if layout == 'tuple':
        return W_Instance(w_t, wrap_tuple([]))
    if layout == 'float':
        return W_Instance(w_t, wrap_float(0.0))
    if layout == 'Random':
        from minipy.builtins.modrandom import W_RandomObject
        return W_Instance(w_t, W_RandomObject())
    return W_Instance(w_t)


def object_new(args):
    if len(args.args_w) < 1:
        raise oefmt(ex.w_TypeError, 'object.__new__(): not enough arguments')
    w_t = args.args_w[0]
    if not isinstance(w_t, W_TypeObject):
        raise oefmt(ex.w_TypeError, 'object.__new__(X): X is not a type object')
    if w_t.is_builtin and w_t.layout != 'object' and w_t is not w_object:
        raise oefmt(ex.w_TypeError, 'object.__new__(%s) is not safe, use %s.__new__()'
                    % (w_t.name, w_t.name))
    if len(args.args_w) > 1 or args.has_kwargs():
        w_init = w_t.lookup('__init__')
        if w_init is w_object_init:
            raise oefmt(ex.w_TypeError, '%s() takes no arguments' % w_t.name)
    if w_t is w_object:
        return W_Instance(w_object)
    if w_t.is_abstract:
        raise abstract_error(w_t)
    return new_instance(w_t)


def abstract_error(w_t):
    """CPython 3.11's TypeError for instantiating a class with abstract methods."""
    from minipy.interpreter import ops
    w_names = w_t.lookup('__abstractmethods__')
    names = []
    if w_names is not None:
        for w_n in ops.unpack_iterable(w_names):
            names.append(ops.str_w(w_n))
    for i in range(1, len(names)):      # insertion sort: a handful of names
        j = i
        while j > 0 and names[j - 1] > names[j]:
            names[j - 1], names[j] = names[j], names[j - 1]
            j -= 1
    plural = ''
    if len(names) > 1:
        plural = 's'
    return oefmt(ex.w_TypeError, "Can't instantiate abstract class %s with abstract method%s %s"
                 % (w_t.name, plural, ', '.join(names)))


def object_init(args):
    if len(args.args_w) > 1 or args.has_kwargs():
        w_self = args.args_w[0]
        w_t = w_self.getclass()
        w_new = w_t.lookup('__new__')
        if w_t.lookup('__init__') is not w_object_init:
            raise oefmt(ex.w_TypeError,
                        'object.__init__() takes exactly one argument (the instance to initialize)')
        if w_new is w_object_new_sm:      # (CPython names the class then)
            raise oefmt(ex.w_TypeError, '%s.__init__() takes exactly one argument (the '
                        'instance to initialize)' % w_t.name)
    return w_None


w_object_new = W_BuiltinFunction('__new__', object_new, False)
w_object_init = W_BuiltinFunction('__init__', object_init, True)
w_object_new_sm = W_StaticMethod(w_object_new)
w_object.dict_w['__new__'] = w_object_new_sm
w_object.dict_w['__init__'] = w_object_init


def solid_layout(bases_w):
    layout = 'object'
    for w_b in bases_w:
        assert isinstance(w_b, W_TypeObject)
        if w_b.layout != 'object':
            if layout != 'object' and layout != w_b.layout:
                raise oefmt(ex.w_TypeError, 'multiple bases have instance lay-out conflict')
            layout = w_b.layout
    return layout


def calculate_meta(w_meta, bases_w):
    """The most derived metaclass of w_meta and the bases' metaclasses (CPython's
    _PyType_CalculateMetaclass)."""
    w_winner = w_meta
    for w_b in bases_w:
        w_bt = w_b.getclass()
        if w_winner.issubtype(w_bt):
            continue
        if w_bt.issubtype(w_winner):
            w_winner = w_bt
            continue
        raise oefmt(ex.w_TypeError, 'metaclass conflict: the metaclass of a derived class '
                    'must be a (non-strict) subclass of the metaclasses of all its bases')
    return w_winner


def namespace_dict(w_dict):
    """The dict of a class namespace (a dict subclass's own dict too)."""
    if isinstance(w_dict, W_DictObject):
        return w_dict
    if isinstance(w_dict, W_Instance):
        w_base = w_dict.w_base_value
        if isinstance(w_base, W_DictObject):
            return w_base
    from minipy.interpreter import ops
    raise oefmt(ex.w_TypeError, 'type.__new__() argument 3 must be dict, not %s'
                % ops.typename(w_dict))


def type_new(w_meta, w_name, w_bases, w_dict, kwnames=None, kwvalues_w=None):
    """type.__new__(w_meta, name, bases, dict, **kwds): the class, made an instance of
    the most derived metaclass; then __set_name__ on its attributes and the parent's
    __init_subclass__(**kwds), as CPython does."""
    from minipy.interpreter import ops
    name = ops.str_w(w_name)
    if not isinstance(w_bases, W_TupleObject):
        raise oefmt(ex.w_TypeError, 'type.__new__() argument 2 must be tuple, not %s'
                    % ops.typename(w_bases))
    bases_w = ops.unpack_iterable(w_bases)
    for w_b in bases_w:
        if not isinstance(w_b, W_TypeObject):
            raise oefmt(ex.w_TypeError, 'bases must be types')
        if w_b.name in ('bool', 'range', 'slice', 'function', 'NoneType', 'generator'):
            raise oefmt(ex.w_TypeError, "type '%s' is not an acceptable base type" % w_b.name)
    w_dict = namespace_dict(w_dict)
    assert isinstance(w_meta, W_TypeObject)
    w_meta = calculate_meta(w_meta, bases_w)
    if len(bases_w) == 0:
        bases_w = [w_object]
    layout = solid_layout(bases_w)
    w_class = None
    if w_meta is not w_type:
        w_class = w_meta
    # a library class standing for a C type of CPython's names itself as that type's
    # dotted tp_name ('datetime.date'): error messages say that name, __name__ and
    # __qualname__ the part after the dot (as for a built-in type with a dotted name)
    c_name = None
    w_c_name = w_dict.getitem(wrap_str('__c_type_name__'))
    if w_c_name is not None:
        c_name = ops.str_w(w_c_name)
    try:
        w_t = W_TypeObject(name if c_name is None else c_name, bases_w, False, layout,
                           w_class)
    except MROError:
        names = []
        for w_b in bases_w:
            assert isinstance(w_b, W_TypeObject)
            names.append(w_b.name)
        raise oefmt(ex.w_TypeError,
                    'Cannot create a consistent method resolution\norder (MRO) for bases %s'
                    % ', '.join(names))
    w_t.module = '__main__'
    if c_name is not None:
        w_t.c_named = True
        w_t.qualname = name
    for i in range(w_dict.entry_count()):
        w_k = w_dict.key_at(i)
        if w_k is None:
            continue
        key = ops.str_w(w_k)
        w_v = w_dict.value_at(i)
        if key == '__qualname__':
            w_t.qualname = ops.str_w(w_v)
            continue
        if key == '__module__':
            w_t.module = ops.str_w(w_v)
            continue
        if key == '__doc__':
            w_t.w_doc = w_v
        if key == '__classcell__' or key == '__c_type_name__':
            continue
        if key == '__new__' and isinstance(w_v, W_Function):
            w_v = W_StaticMethod(w_v)
        if (key == '__init_subclass__' or key == '__class_getitem__') and \
                isinstance(w_v, W_Function):
            w_v = W_ClassMethod(w_v)
        w_t.dict_w[key] = w_v
    compute_slots(w_t)
    if '__eq__' in w_t.dict_w and '__hash__' not in w_t.dict_w:
        w_t.dict_w['__hash__'] = w_None
    w_cell = w_dict.getitem(wrap_str('__classcell__'))
    if w_cell is not None and isinstance(w_cell, W_Cell):
        w_cell.set(w_t)
    set_names(w_t, w_dict)
    # the parent's __init_subclass__ (along the MRO past the class itself)
    w_is = None
    for i in range(1, len(w_t.mro_w)):
        w_c = w_t.mro_w[i]
        assert isinstance(w_c, W_TypeObject)
        w_is = w_c.getdictvalue('__init_subclass__')
        if w_is is not None:
            break
    if w_is is not None:
        ops.call_args(ops.bind(w_is, None, w_t), Args([], kwnames, kwvalues_w))
    return w_t


def set_names(w_t, w_dict):
    """__set_name__(owner, name) on each attribute of the namespace whose type has it,
    in definition order."""
    from minipy.interpreter import ops
    keys_w = []
    values_w = []
    for i in range(w_dict.entry_count()):
        w_k = w_dict.key_at(i)
        if w_k is None:
            continue
        w_v = w_dict.value_at(i)
        if isinstance(w_v, W_Instance):
            keys_w.append(w_k)
            values_w.append(w_v)
    for i in range(len(keys_w)):
        w_v = values_w[i]
        w_sn = w_v.getclass().lookup('__set_name__')
        if w_sn is not None:
            try:
                ops.call_function(w_sn, [w_v, w_t, keys_w[i]])
            except OperationError as e:
                raise set_name_error(e, w_v, keys_w[i], w_t)


def set_name_error(e, w_v, w_key, w_t):
    """CPython 3.11's RuntimeError for an exception raised by __set_name__ (the
    exception is its __cause__)."""
    from minipy.interpreter import ops
    w_err = ex.W_ExceptionObject(ex.w_RuntimeError, [wrap_str(
        "Error calling __set_name__ on '%s' instance %s in '%s'"
        % (ops.typename(w_v), ops.repr_utf8(w_key), w_t.name))])
    w_err.w_cause = e.w_value
    w_err.suppress_context = True
    return OperationError(w_err)


def check_slot_conflicts(w_t):
    """CPython's ValueError for a name of the class's own __slots__ that is also a
    class attribute (`__slots__ = ('a',)` with `a = 1`)."""
    from minipy.interpreter import ops
    w_slots = w_t.dict_w.get('__slots__', None)
    if w_slots is None:
        return
    if isinstance(w_slots.base_value(), W_StrObject):
        names_w = [w_slots]
    else:
        names_w = ops.unpack_iterable(w_slots)
    if len(names_w) > 0 and w_t.layout in ('int', 'bytes', 'tuple'):
        # (CPython's variable-size objects have no room for slots)
        w_base = w_t.mro_w[1]
        assert isinstance(w_base, W_TypeObject)
        raise oefmt(ex.w_TypeError, "nonempty __slots__ not supported for subtype of '%s'"
                    % w_base.name)
    for w_n in names_w:
        if not isinstance(w_n.base_value(), W_StrObject):
            raise oefmt(ex.w_TypeError, '__slots__ items must be strings, not \'%s\''
                        % ops.typename(w_n))
        n = ops.str_w(w_n)
        if n in w_t.dict_w:
            raise oefmt(ex.w_ValueError, "'%s' in __slots__ conflicts with class variable"
                        % n)


def compute_slots(w_t):
    """When every user class in the MRO has __slots__ (without '__dict__'), instances
    only take the attributes named there (w_t.allowed_attrs; None otherwise)."""
    from minipy.interpreter import ops
    check_slot_conflicts(w_t)
    for w_c in w_t.mro_w:
        assert isinstance(w_c, W_TypeObject)
        if not w_c.is_builtin and '__slots__' in w_c.read_dict():
            w_t.has_slots_in_mro = True
    allowed = {}
    for w_c in w_t.mro_w:
        assert isinstance(w_c, W_TypeObject)
        if w_c.is_builtin:
            continue
        w_slots = w_c.read_dict().get('__slots__', None)
        if w_slots is None:
            return
        if isinstance(w_slots.base_value(), W_StrObject):
            names_w = [w_slots]
        else:
            names_w = ops.unpack_iterable(w_slots)
        for w_n in names_w:
            n = ops.str_w(w_n)
            if n == '__dict__':
                return
            allowed[n] = True
    w_t.allowed_attrs = allowed


def W_MethodOf(w_func, w_self):
    from minipy.objects.functionobject import W_Method
    return W_Method(w_func, w_self)


def build_class(args):
    """__build_class__(func, name, *bases, **kwds): the metaclass (`metaclass=`, else
    the bases' most derived one), its __prepare__'s namespace, the body run in it, then
    metaclass(name, bases, namespace, **kwds)."""
    from minipy.interpreter import ops
    from minipy.interpreter.eval import PyFrame
    from minipy.interpreter.calls import execute_frame, init_cells
    from minipy.interpreter.executioncontext import state
    if len(args.args_w) < 2:
        raise oefmt(ex.w_TypeError, '__build_class__: not enough arguments')
    w_func = args.args_w[0]
    w_name = args.args_w[1]
    if not isinstance(w_func, W_Function):
        raise oefmt(ex.w_TypeError, '__build_class__: func must be a function')
    if not isinstance(w_name, W_StrObject):
        raise oefmt(ex.w_TypeError, '__build_class__: name is not a string')
    w_orig_bases = None
    bases_w = resolve_bases(args.args_w[2:])
    if bases_w is None:
        bases_w = args.args_w[2:]
    else:
        w_orig_bases = wrap_tuple(args.args_w[2:])
    assert isinstance(w_func, W_Function)
    w_meta = None
    kwnames = None
    kwvalues_w = None
    if args.kwnames is not None:
        kwnames = []
        kwvalues_w = []
        for i in range(len(args.kwnames)):
            if args.kwnames[i] == 'metaclass':
                w_meta = args.kwvalues_w[i]
            else:
                kwnames.append(args.kwnames[i])
                kwvalues_w.append(args.kwvalues_w[i])
        if len(kwnames) == 0:
            kwnames = None
            kwvalues_w = None
    if w_meta is None:
        if len(bases_w) > 0:
            w_meta = bases_w[0].getclass()
        else:
            w_meta = w_type
    if isinstance(w_meta, W_TypeObject):
        for w_b in bases_w:
            if not isinstance(w_b, W_TypeObject):
                raise oefmt(ex.w_TypeError, 'bases must be types')
        w_meta = calculate_meta(w_meta, bases_w)
    w_bases = tuple_of_list(bases_w)
    if w_meta is w_type:
        w_ns = W_DictObject()
    else:
        w_prep = ops.getattr_or_null(w_meta, '__prepare__')
        if w_prep is None:
            w_ns = W_DictObject()
        else:
            w_ns = ops.call_args(w_prep, Args([w_name, w_bases], kwnames, kwvalues_w))
            if not ops.is_mapping(w_ns):
                raise oefmt(ex.w_TypeError, '%s.__prepare__() must return a mapping, not %s'
                            % (meta_name(w_meta), ops.typename(w_ns)))
    if w_orig_bases is not None:
        ops.setitem(w_ns, wrap_str('__orig_bases__'), w_orig_bases)
    frame = PyFrame(w_func.w_code, w_func.w_globals, w_ns, w_func.w_builtins)
    init_cells(frame, w_func)
    execute_frame(frame)
    if w_meta is w_type:
        return type_new(w_type, w_name, w_bases, w_ns, kwnames, kwvalues_w)
    return ops.call_args(w_meta, Args([w_name, w_bases, w_ns], kwnames, kwvalues_w))


def resolve_bases(bases_w):
    """The bases with each non-class that has __mro_entries__ replaced by what it
    returns (typing's Generic[T], NamedTuple); None when nothing changed."""
    from minipy.interpreter import ops
    changed = False
    for w_b in bases_w:
        if not isinstance(w_b, W_TypeObject):
            changed = True
            break
    if not changed:
        return None
    w_bases = wrap_tuple(bases_w[:])
    result = []
    changed = False
    for w_b in bases_w:
        if not isinstance(w_b, W_TypeObject):
            w_me = ops.getattr_or_null(w_b, '__mro_entries__')
            if w_me is not None:
                w_new = ops.call_function(w_me, [w_bases])
                if not isinstance(w_new, W_TupleObject):
                    raise oefmt(ex.w_TypeError, '__mro_entries__ must return a tuple')
                for w_x in w_new.items_w:
                    result.append(w_x)
                changed = True
                continue
        result.append(w_b)
    if not changed:
        return None
    return result


def meta_name(w_meta):
    if isinstance(w_meta, W_TypeObject):
        return w_meta.name
    return '<metaclass>'


def type_new_method(args):
    """type.__new__(metatype, name, bases, dict, **kwds); type.__new__(type, x) is
    type(x)."""
    from minipy.interpreter import ops
    n = len(args.args_w)
    if n == 0:
        raise oefmt(ex.w_TypeError, "type.__new__(): not enough arguments")
    w_meta = args.args_w[0]
    if not isinstance(w_meta, W_TypeObject):
        raise oefmt(ex.w_TypeError, 'type.__new__(X): X is not a type object (%s)'
                    % ops.typename(w_meta))
    if not w_meta.issubtype(w_type):
        raise oefmt(ex.w_TypeError, 'type.__new__(%s): %s is not a subtype of type'
                    % (w_meta.name, w_meta.name))
    if n == 2 and w_meta is w_type and not args.has_kwargs():
        return args.args_w[1].getclass()
    if n != 4:
        raise oefmt(ex.w_TypeError, 'type.__new__() takes exactly 3 arguments (%d given)'
                    % (n - 1))
    return type_new(w_meta, args.args_w[1], args.args_w[2], args.args_w[3],
                    args.kwnames, args.kwvalues_w)


def type_init_method(args):
    """type.__init__(cls, name, bases, dict, **kwds): nothing more to do."""
    n = len(args.args_w)
    if n != 2 and n != 4:
        raise oefmt(ex.w_TypeError, 'type.__init__() takes 1 or 3 arguments')
    return w_None


def type_call_method(args):
    """type.__call__(cls, *args, **kwds) (what a metaclass's __call__ reaches through
    super())."""
    if len(args.args_w) == 0:
        raise oefmt(ex.w_TypeError, "descriptor '__call__' of 'type' object needs an argument")
    w_t = args.args_w[0]
    if not isinstance(w_t, W_TypeObject):
        from minipy.interpreter import ops
        raise oefmt(ex.w_TypeError, "descriptor '__call__' requires a 'type' object but "
                    "received a '%s'" % ops.typename(w_t))
    rest = Args(args.args_w[1:], args.kwnames, args.kwvalues_w)
    if w_t is w_type:
        return type_call(w_t, rest)
    return type_call_plain(w_t, rest)


def type_prepare(args):
    """type.__prepare__(name, bases, **kwds): an empty dict."""
    return W_DictObject()


def type_mro(args):
    from minipy.interpreter import ops
    w_t = args.args_w[0]
    if not isinstance(w_t, W_TypeObject):
        raise oefmt(ex.w_TypeError, "descriptor 'mro' for 'type' objects doesn't "
                    "apply to a '%s' object" % ops.typename(w_t))
    return W_ListObject(list(w_t.mro_w))


def type_subclasses(args):
    from minipy.objects.subclasses import subclasses_of
    from minipy.interpreter import ops
    w_t = args.args_w[0]
    if not isinstance(w_t, W_TypeObject):
        raise oefmt(ex.w_TypeError, "descriptor '__subclasses__' for 'type' objects doesn't "
                    "apply to a '%s' object" % ops.typename(w_t))
    return W_ListObject([w_sub for w_sub in subclasses_of(w_t)])


def object_repr(args):
    from minipy.builtins import reprs
    w_self = args.args_w[0]
    if isinstance(w_self, W_Instance) and w_self.w_base_value is None:
        return wrap_str(reprs.instance_repr(w_self))
    return wrap_str(reprs.builtin_repr(w_self))


def object_str(args):
    from minipy.interpreter import ops
    return ops.repr_w(args.args_w[0])


def object_eq(args):
    from minipy.objects.noneobject import w_NotImplemented
    from minipy.objects.intobject import w_True
    if args.args_w[0] is args.args_w[1]:
        return w_True
    return w_NotImplemented


def object_ne(args):
    from minipy.interpreter import ops
    from minipy.objects.noneobject import w_NotImplemented
    from minipy.objects.intobject import wrap_bool
    w_eq = args.args_w[0].getclass().lookup('__eq__')
    if w_eq is None:
        return w_NotImplemented
    w_res = ops.call_function(w_eq, [args.args_w[0], args.args_w[1]])
    if w_res is w_NotImplemented:
        return w_res
    return wrap_bool(not ops.is_true(w_res))


def object_hash(args):
    from minipy.builtins import hashing
    return wrap_int(hashing.identity_hash(args.args_w[0]))


def object_setattr(args):
    from minipy.interpreter import ops
    ops.generic_setattr(args.args_w[0], ops.str_w(args.args_w[1]), args.args_w[2])
    return w_None


def object_getattribute(args):
    from minipy.interpreter import ops
    w_obj = args.args_w[0]
    name = ops.str_w(args.args_w[1])
    w_res = ops.generic_getattr_or_null(w_obj, name)
    if w_res is None:
        raise ops.attribute_error(w_obj, name)
    return w_res


def object_delattr(args):
    from minipy.interpreter import ops
    ops.generic_delattr(args.args_w[0], ops.str_w(args.args_w[1]))
    return w_None


def object_init_subclass(args):
    if args.has_kwargs():
        w_cls = args.args_w[0]
        name = w_cls.name if isinstance(w_cls, W_TypeObject) else 'object'
        raise oefmt(ex.w_TypeError, '%s.__init_subclass__() takes no keyword arguments'
                    % name)
    return w_None


def object_format(args):
    from minipy.interpreter import ops
    w_spec = args.args_w[1]
    if ops.str_w(w_spec) != '':
        raise oefmt(ex.w_TypeError, "unsupported format string passed to %s.__format__"
                    % ops.typename(args.args_w[0]))
    return ops.str_w_obj(args.args_w[0])


def object_dir(args):
    from minipy.builtins import functions
    return functions.dir_of(args.args_w[0])


def object_reduce_ex(args):
    raise oefmt(ex.w_TypeError, 'cannot pickle object')


method(w_object, '__repr__', object_repr)
method(w_object, '__str__', object_str)
method(w_object, '__eq__', object_eq)
method(w_object, '__ne__', object_ne)
method(w_object, '__hash__', object_hash)
method(w_object, '__setattr__', object_setattr)
method(w_object, '__getattribute__', object_getattribute)
method(w_object, '__delattr__', object_delattr)
method(w_object, '__format__', object_format)
method(w_object, '__dir__', object_dir)
w_object.dict_w['__init_subclass__'] = W_ClassMethod(
    W_BuiltinFunction('__init_subclass__', object_init_subclass, False))
w_type_call = W_BuiltinFunction('__call__', type_call_method, True)
w_type.dict_w['__call__'] = w_type_call
registry.static_new(w_type, type_new_method)
w_type.dict_w['__init__'] = W_BuiltinFunction('__init__', type_init_method, True)
w_type.dict_w['__prepare__'] = W_ClassMethod(
    W_BuiltinFunction('__prepare__', type_prepare, False))
method(w_type, 'mro', type_mro)
method(w_type, '__subclasses__', type_subclasses)
function('__build_class__', build_class)
