"""format(value, spec), str.format and str.format_map, on minipy.support's format-spec
mini-language and format-string parser."""
from minipy.objects.root import OperationError
from minipy.objects.maps import W_Instance
from minipy.objects.noneobject import w_None
from minipy.objects.intobject import W_IntObject, W_LongObject, W_BoolObject, wrap_int
from minipy.objects.floatobject import W_FloatObject
from minipy.objects.complexobject import W_ComplexObject
from minipy.objects.strobject import W_StrObject, wrap_str, wrap_ascii, utf8_length
from minipy.objects.dictobject import W_DictObject
from minipy.objects.functionobject import W_BuiltinFunction
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt
from minipy.support import formatspec, strformat
from minipy.support.errors import SupportError
from minipy.builtins.support_glue import operr_from_support


def _wrap_number(s, ascii_spec):
    """A formatted number: digits, signs and the spec's own characters."""
    if ascii_spec:
        return wrap_ascii(s)
    return wrap_str(s)


def format_w(w_value, w_spec):
    """format(w_value, w_spec) -> str object (w_spec None means '')."""
    from minipy.interpreter import ops
    spec = ''
    ascii_spec = True      # a number formatted by an ASCII spec is ASCII text, but for 'c'
    if w_spec is not None:
        spec = ops.str_w(w_spec)
        ascii_spec = (isinstance(w_spec, W_StrObject) and w_spec.is_ascii() and
                      not spec.endswith('c'))
    if isinstance(w_value, W_Instance):
        w_meth = w_value.getclass().lookup('__format__')
        if w_meth is not None and not isinstance(w_meth, W_BuiltinFunction):
            w_res = ops.call_function(w_meth, [w_value, wrap_str(spec)])
            if not isinstance(w_res.base_value(), W_StrObject):
                raise oefmt(ex.w_TypeError, '__format__ must return a str, not %s'
                            % ops.typename(w_res))
            return w_res
        if w_value.w_base_value is not None and spec != '':
            return format_w(w_value.w_base_value, w_spec)
        if spec == '':
            return ops.str_w_obj(w_value)
        raise oefmt(ex.w_TypeError, 'unsupported format string passed to %s.__format__'
                    % ops.typename(w_value))
    try:
        if isinstance(w_value, W_StrObject):
            if spec == '':
                return w_value
            return wrap_str(formatspec.format_str(w_value.utf8, w_value.length, spec))
        if isinstance(w_value, W_BoolObject):
            if spec == '':
                return ops.str_w_obj(w_value)
            from rpython.rlib.rbigint import rbigint
            return _wrap_number(formatspec.format_int_named(rbigint.fromint(w_value.intval),
                                                            spec, 'bool'), ascii_spec)
        if isinstance(w_value, W_IntObject):
            return _wrap_number(formatspec.format_smallint(w_value.intval, spec), ascii_spec)
        if isinstance(w_value, W_LongObject):
            return _wrap_number(formatspec.format_int(w_value.bigval, spec), ascii_spec)
        if isinstance(w_value, W_FloatObject):
            return _wrap_number(formatspec.format_float(w_value.floatval, spec), ascii_spec)
        if isinstance(w_value, W_ComplexObject):
            from minipy.builtins import complexmethods
            return wrap_str(complexmethods.format_complex(w_value.realval, w_value.imagval,
                                                          spec))
    except SupportError as e:
        raise operr_from_support(e)
    if spec == '':
        return ops.str_w_obj(w_value)
    raise oefmt(ex.w_TypeError, 'unsupported format string passed to %s.__format__'
                % ops.typename(w_value))


class _Source(object):
    def __init__(self, args_w, kwnames, kwvalues_w, w_mapping):
        self.args_w = args_w
        self.kwnames = kwnames
        self.kwvalues_w = kwvalues_w
        self.w_mapping = w_mapping


def _vformat(s, depth, auto, src, parts):
    from minipy.interpreter import ops
    strformat.check_recursion(depth)
    it = strformat.FormatIterator(s)
    while True:
        p = it.next()
        if p is None:
            break
        parts.append(p.literal)
        if not p.has_field:
            continue
        ref = strformat.split_field_name(p.field_name, auto)
        if ref.is_index:
            if src.w_mapping is not None:       # format_map takes no positional fields
                raise oefmt(ex.w_ValueError, 'Format string contains positional fields')
            if ref.index >= len(src.args_w):
                raise oefmt(ex.w_IndexError, strformat.index_error_message(ref.index))
            w_obj = src.args_w[ref.index]
        else:
            w_obj = None
            if src.w_mapping is not None:
                w_obj = ops.getitem(src.w_mapping, wrap_str(ref.key))
            elif src.kwnames is not None:
                for i in range(len(src.kwnames)):
                    if src.kwnames[i] == ref.key:
                        w_obj = src.kwvalues_w[i]
            if w_obj is None:
                raise ex.operr_arg(ex.w_KeyError, wrap_str(ref.key))
        pos = ref.rest_start
        while True:
            part = strformat.next_field_part(p.field_name, pos)
            if part is None:
                break
            pos = part.next_pos
            if part.is_attr:
                w_obj = ops.getattr_w(w_obj, part.name)
            elif part.index >= 0:
                w_obj = ops.getitem(w_obj, wrap_int(part.index))
            else:
                w_obj = ops.getitem(w_obj, wrap_str(part.name))
        if p.conversion:
            c = p.conversion
            if c == ord('r'):
                w_obj = ops.repr_w(w_obj)
            elif c == ord('s'):
                w_obj = ops.str_w_obj(w_obj)
            elif c == ord('a'):
                w_obj = ops.ascii_w(w_obj)
            else:
                raise strformat.conversion_error(c)
        spec = p.spec
        if p.spec_needs_expanding:
            sub = []
            _vformat(p.spec, depth - 1, auto, src, sub)
            spec = ''.join(sub)
        parts.append(ops.str_w(format_w(w_obj, wrap_str(spec))))


def str_format(w_s, args_w, kwnames, kwvalues_w):
    parts = []
    try:
        _vformat(w_s.utf8, 2, strformat.AutoNumber(), _Source(args_w, kwnames, kwvalues_w, None),
                 parts)
    except SupportError as e:
        raise operr_from_support(e)
    return wrap_str(''.join(parts))


def str_format_map(w_s, w_mapping):
    parts = []
    try:
        _vformat(w_s.utf8, 2, strformat.AutoNumber(), _Source([], None, None, w_mapping), parts)
    except SupportError as e:
        raise operr_from_support(e)
    return wrap_str(''.join(parts))
