"""repr() and str() of built-in objects, str quoting, exception str()."""
from rpython.rlib.rstring import StringBuilder
from rpython.rlib.objectmodel import compute_unique_id, specialize
from minipy.objects.root import W_Root
from minipy.objects.typeobject import W_TypeObject
from minipy.objects.maps import W_Instance
from minipy.objects.noneobject import w_None, w_NotImplemented, w_Ellipsis
from minipy.objects.intobject import W_IntObject, W_LongObject, W_BoolObject
from minipy.objects.floatobject import W_FloatObject
from minipy.objects.complexobject import W_ComplexObject
from minipy.objects.bytearrayobject import W_BytearrayObject
from minipy.objects.strobject import W_StrObject, codepoint_at, encode_codepoint
from minipy.objects.bytesobject import W_BytesObject
from minipy.objects.tupleobject import W_TupleObject
from minipy.objects.listobject import W_ListObject
from minipy.objects.dictobject import W_DictObject, W_DictView
from minipy.objects.setobject import W_SetObject
from minipy.objects.rangeobject import W_RangeObject, W_SliceObject
from minipy.objects.functionobject import W_Function, W_Method, W_BuiltinFunction, W_Code, W_Cell
from minipy.objects.moduleobject import W_Module
from minipy.objects.generator import W_Generator
from minipy.objects.descriptors import W_Property, W_StaticMethod, W_ClassMethod, W_Super
from minipy.objects.exceptions import (W_ExceptionObject, W_ExceptionGroupObject, w_KeyError,
                                       w_OSError, w_SyntaxError,
                                       w_ImportError)
from minipy.support.floatfmt import float_repr
from minipy.support import strrepr
from minipy.objects.fileobject import W_File


def object_id(w_obj):
    """id(w_obj) of an object that has an address: the address, never negative as CPython's.
    Under Boehm (the STM build's GC) RPython's compute_unique_id is the address inverted, a
    number that the conservative collector does not take for a pointer; we turn it back."""
    uid = compute_unique_id(w_obj)
    if uid < 0:
        uid = ~uid
    return uid


def addr(w_obj):
    return '0x%x' % object_id(w_obj)


def int_repr(w_obj):
    if isinstance(w_obj, W_IntObject):
        return str(w_obj.intval)
    assert isinstance(w_obj, W_LongObject)
    from minipy.support import intdigits
    from minipy.support.errors import SupportError
    from minipy.builtins.support_glue import operr_from_support
    try:
        return intdigits.decimal_str(w_obj.bigval)
    except SupportError as e:
        raise operr_from_support(e)


def str_repr(s):
    """Python repr of the UTF-8 text s."""
    return strrepr.str_repr(s)


def hexn(v, n):
    digits = '0123456789abcdef'
    res = ''
    for i in range(n):
        res = digits[v & 15] + res
        v >>= 4
    return res


def hex2(v):
    return hexn(v, 2)


def ascii_escape(s):
    b = StringBuilder(len(s))
    i = 0
    while i < len(s):
        o = ord(s[i])
        if o < 0x80:
            b.append(s[i])
            i += 1
            continue
        cp = codepoint_at(s, i)
        if o >= 0xF0:
            i += 4
        elif o >= 0xE0:
            i += 3
        else:
            i += 2
        if cp < 0x100:
            b.append('\\x' + hexn(cp, 2))
        elif cp < 0x10000:
            b.append('\\u' + hexn(cp, 4))
        else:
            b.append('\\U' + hexn(cp, 8))
    return b.build()


def bytes_repr(s, escape_apostrophe=False):
    return strrepr.bytes_repr(s, escape_apostrophe)


def instance_repr(w_obj):
    """object.__repr__ of an instance: <module.Class object at 0x...>, the module left out
    for a built-in class (`object()`)."""
    w_t = w_obj.getclass()
    if w_t.module == 'builtins':
        return '<%s object at %s>' % (w_t.qualname, addr(w_obj))
    return '<%s.%s object at %s>' % (w_t.module, w_t.qualname, addr(w_obj))


def type_repr(w_t):
    if w_t.module == 'builtins':
        return "<class '%s'>" % w_t.name
    if w_t.is_builtin:          # re.Pattern, weakref.ReferenceType, _random.Random...
        return "<class '%s.%s'>" % (w_t.module, w_t.name)
    return "<class '%s.%s'>" % (w_t.module, w_t.qualname)


def repr_enter(w_obj):
    """False when this thread is already making w_obj's repr (a container that holds
    itself, directly or not: CPython prints `[...]`, `{...}` there); else marks it
    until repr_leave(w_obj)."""
    from minipy.interpreter.executioncontext import get_ec
    ec = get_ec()
    if ec.repr_active is None:
        ec.repr_active = []
    for w in ec.repr_active:
        if w is w_obj:
            return False
    ec.repr_active.append(w_obj)
    return True


def repr_leave(w_obj):
    from minipy.interpreter.executioncontext import get_ec
    active = get_ec().repr_active
    assert active is not None
    for i in range(len(active) - 1, -1, -1):
        if active[i] is w_obj:
            del active[i]
            return


def dict_repr(w_dict):
    from minipy.interpreter import ops
    parts = []
    for i in range(w_dict.entry_count()):
        w_k = w_dict.key_at(i)
        if w_k is not None:
            parts.append(ops.repr_utf8(w_k) + ': ' + ops.repr_utf8(w_dict.value_at(i)))
    return '{' + ', '.join(parts) + '}'


@specialize.call_location()     # a tuple's items and a list's are lists of two kinds
def seq_repr(items_w, left, right):
    from minipy.interpreter import ops
    parts = [ops.repr_utf8(w) for w in items_w]
    return left + ', '.join(parts) + right


def builtin_repr(w_obj):
    from minipy.interpreter import ops
    if isinstance(w_obj, W_StrObject):
        return str_repr(w_obj.utf8)
    if isinstance(w_obj, W_BoolObject):
        if w_obj.intval:
            return 'True'
        return 'False'
    if isinstance(w_obj, W_IntObject) or isinstance(w_obj, W_LongObject):
        return int_repr(w_obj)
    if isinstance(w_obj, W_FloatObject):
        return float_repr(w_obj.floatval)
    if isinstance(w_obj, W_ComplexObject):
        from minipy.builtins import complexmethods
        return complexmethods.complex_repr(w_obj.realval, w_obj.imagval)
    if isinstance(w_obj, W_BytearrayObject):
        from minipy.builtins import bytearraymethods
        return bytearraymethods.ba_repr(w_obj)
    if w_obj is w_None:
        return 'None'
    if isinstance(w_obj, W_ListObject):
        if not repr_enter(w_obj):
            return '[...]'
        try:
            return seq_repr(w_obj.getitems_copy(), '[', ']')
        finally:
            repr_leave(w_obj)
    if isinstance(w_obj, W_TupleObject):
        if len(w_obj.items_w) == 0:
            return '()'
        # a tuple can hold itself through a list: `(...)` there, as CPython
        if not repr_enter(w_obj):
            return '(...)'
        try:
            if len(w_obj.items_w) == 1:
                return '(' + ops.repr_utf8(w_obj.items_w[0]) + ',)'
            return seq_repr(w_obj.items_w, '(', ')')
        finally:
            repr_leave(w_obj)
    if isinstance(w_obj, W_DictObject):
        if not repr_enter(w_obj):
            return '{...}'
        try:
            return dict_repr(w_obj)
        finally:
            repr_leave(w_obj)
    if isinstance(w_obj, W_SetObject):
        keys = w_obj.keys()                  # in iteration order: CPython's
        if w_obj.frozen:
            if len(keys) == 0:
                return 'frozenset()'
            return 'frozenset(' + seq_repr(keys, '{', '}') + ')'
        if len(keys) == 0:
            return 'set()'
        return seq_repr(keys, '{', '}')
    if isinstance(w_obj, W_BytesObject):
        return bytes_repr(w_obj.value)
    if isinstance(w_obj, W_TypeObject):
        return type_repr(w_obj)
    if isinstance(w_obj, W_RangeObject):
        if w_obj.step == 1:
            return 'range(%d, %d)' % (w_obj.start, w_obj.stop)
        return 'range(%d, %d, %d)' % (w_obj.start, w_obj.stop, w_obj.step)
    if isinstance(w_obj, W_SliceObject):
        return 'slice(%s, %s, %s)' % (ops.repr_utf8(w_obj.w_start), ops.repr_utf8(w_obj.w_stop),
                                      ops.repr_utf8(w_obj.w_step))
    if isinstance(w_obj, W_DictView):
        if w_obj.kind == 0:
            return 'dict_keys(' + seq_repr(w_obj.w_dict.live_keys(), '[', ']') + ')'
        if w_obj.kind == 1:
            return 'dict_values(' + seq_repr(w_obj.w_dict.live_values(), '[', ']') + ')'
        items = []
        for w_k in w_obj.w_dict.live_keys():
            items.append('(' + ops.repr_utf8(w_k) + ', ' +
                         ops.repr_utf8(w_obj.w_dict.getitem(w_k)) + ')')
        return 'dict_items([' + ', '.join(items) + '])'
    if isinstance(w_obj, W_Function):
        return '<function %s at %s>' % (w_obj.qualname, addr(w_obj))
    if isinstance(w_obj, W_Method):
        w_f = w_obj.w_func
        name = '?'
        if isinstance(w_f, W_Function):
            name = w_f.qualname
        elif isinstance(w_f, W_BuiltinFunction):
            name = w_f.name
            return '<built-in method %s of %s object at %s>' % (
                name, ops.typename(w_obj.w_self), addr(w_obj.w_self))
        return '<bound method %s of %s>' % (name, ops.repr_utf8(w_obj.w_self))
    if isinstance(w_obj, W_BuiltinFunction):
        if w_obj.w_self_type is not None:
            return "<method '%s' of '%s' objects>" % (w_obj.name, w_obj.w_self_type.name)
        return '<built-in function %s>' % w_obj.name
    if isinstance(w_obj, W_Module):
        return "<module '%s'>" % w_obj.name
    if isinstance(w_obj, W_Generator):
        return '<generator object %s at %s>' % (w_obj.qualname, addr(w_obj))
    if w_obj is w_NotImplemented:
        return 'NotImplemented'
    if w_obj is w_Ellipsis:
        return 'Ellipsis'
    if isinstance(w_obj, W_File):
        from minipy.builtins.filemethods import file_repr_utf8
        return file_repr_utf8(w_obj)
    if isinstance(w_obj, W_ExceptionObject):
        name = w_obj.getclass().name
        if len(w_obj.args_w) == 1:
            return '%s(%s)' % (name, ops.repr_utf8(w_obj.args_w[0]))
        return name + seq_repr(w_obj.args_w, '(', ')')
    if isinstance(w_obj, W_Instance):
        if w_obj.w_base_value is not None:
            from minipy.builtins import structseq
            names = structseq.field_names(w_obj)
            if names is not None:
                return structseq.struct_repr(w_obj, names)
            return _subclass_repr(w_obj, w_obj.w_base_value)
        return instance_repr(w_obj)
    text = w_obj.native_repr()
    if text is not None:
        return text
    return '<%s object at %s>' % (ops.typename(w_obj), addr(w_obj))


def _subclass_repr(w_obj, w_base):
    """repr() of an instance of a subclass of a built-in type: the built-in's, except
    that set, frozenset and bytearray name the subclass ("Tags({'a'})")."""
    if isinstance(w_base, W_SetObject):
        keys = w_base.keys()
        if len(keys) == 0:
            return w_obj.getclass().name + '()'
        return w_obj.getclass().name + '(' + seq_repr(keys, '{', '}') + ')'
    if isinstance(w_base, W_BytearrayObject):
        return w_obj.getclass().name + '(' + bytes_repr(w_base.getvalue(), True) + ')'
    return builtin_repr(w_base)


def builtin_str(w_obj):
    if isinstance(w_obj, W_StrObject):
        return w_obj.utf8
    if isinstance(w_obj, W_ExceptionObject):
        return exception_str(w_obj)
    return builtin_repr(w_obj)


def syntax_error_str(w_exc):
    """CPython's SyntaxError.__str__: the message, then the file's base name and the line
    when the exception has them ("invalid syntax (f.py, line 3)")."""
    from minipy.interpreter import ops
    args_w = w_exc.args_w
    w_msg = args_w[0] if len(args_w) > 0 else w_None
    msg = ops.str_utf8(w_msg)
    w_filename = w_exc.getdictvalue('filename')
    w_lineno = w_exc.getdictvalue('lineno')
    if len(args_w) == 2:
        w_details = args_w[1]
        if isinstance(w_details, W_TupleObject):
            # SyntaxError(msg, (filename, lineno, offset, text, ...)) made by a program
            details_w = w_details.items_w
            if w_filename is None and len(details_w) >= 1:
                w_filename = details_w[0]
            if w_lineno is None and len(details_w) >= 2:
                w_lineno = details_w[1]
    filename = None
    if isinstance(w_filename, W_StrObject):
        filename = w_filename.utf8
        slash = filename.rfind('/')
        if slash >= 0:
            filename = filename[slash + 1:]
    has_lineno = False
    lineno = 0
    if isinstance(w_lineno, W_IntObject) and not isinstance(w_lineno, W_BoolObject):
        has_lineno = True
        lineno = w_lineno.intval
    if filename is not None and has_lineno:
        return '%s (%s, line %d)' % (msg, filename, lineno)
    if filename is not None:
        return '%s (%s)' % (msg, filename)
    if has_lineno:
        return '%s (line %d)' % (msg, lineno)
    return msg


def oserror_field(w_exc, name, index):
    """An OSError's errno (index 0) or strerror (1): as assigned, else from the args it
    was made with (2 to 5 of them); None where CPython's field is unset."""
    w_v = w_exc.getdictvalue(name)
    if w_v is not None:
        return w_v
    if 2 <= len(w_exc.args_w) <= 5:
        return w_exc.args_w[index]
    return None


def oserror_str(w_exc):
    """str() of an OSError as CPython's: '[Errno N] text', then ': filename' and
    ' -> filename2' where they are set; None where BaseException's str() applies."""
    from minipy.interpreter import ops
    w_errno = oserror_field(w_exc, 'errno', 0)
    w_strerror = oserror_field(w_exc, 'strerror', 1)
    w_fn = w_exc.getdictvalue('filename')
    if w_fn is None and (w_errno is None or w_strerror is None):
        return None
    if w_errno is None:
        w_errno = w_None
    if w_strerror is None:
        w_strerror = w_None
    res = '[Errno %s] %s' % (ops.str_utf8(w_errno), ops.str_utf8(w_strerror))
    if w_fn is not None:
        res += ': ' + ops.repr_utf8(w_fn)
        w_fn2 = w_exc.getdictvalue('filename2')
        if w_fn2 is not None:
            res += ' -> ' + ops.repr_utf8(w_fn2)
    return res


def exception_str(w_exc):
    from minipy.interpreter import ops
    args_w = w_exc.args_w
    if w_exc.getclass().issubtype(w_SyntaxError):
        return syntax_error_str(w_exc)
    from minipy.builtins import unicodeerrors
    if unicodeerrors.is_codec_error(w_exc):
        msg = unicodeerrors.message(w_exc)
        if msg is not None:
            return msg
    if isinstance(w_exc, W_ExceptionGroupObject):
        n = len(w_exc.w_excs.items_w)
        plural = ''
        if n > 1:
            plural = 's'
        return '%s (%d sub-exception%s)' % (ops.str_utf8(w_exc.w_message), n, plural)
    if w_exc.getclass().issubtype(w_ImportError):
        w_msg = w_exc.getdictvalue('msg')       # a reassigned msg is the str()
        if w_msg is not None and type(w_msg) is W_StrObject:
            return w_msg.utf8
    if len(args_w) == 0:
        return ''
    if w_exc.getclass().issubtype(w_OSError):
        res = oserror_str(w_exc)
        if res is not None:
            return res
    if len(args_w) == 1:
        if w_exc.getclass().issubtype(w_KeyError):
            return ops.repr_utf8(args_w[0])
        return ops.str_utf8(args_w[0])
    return seq_repr(args_w, '(', ')')
