"""Parsing ints and floats from text for int() and float(): minipy.support.numparse,
with its SupportError turned into the Python exception."""
from minipy.objects.intobject import wrap_bigint
from minipy.support import numparse as sup
from minipy.support.errors import SupportError
from minipy.builtins.support_glue import operr_from_support


def parse_int(s, base, w_repr_source):
    try:
        return wrap_bigint(sup.parse_int(s, base))
    except SupportError as e:
        raise operr_from_support(e)


def parse_float(s, w_repr_source):
    try:
        return sup.parse_float(s)
    except SupportError as e:
        raise operr_from_support(e)


def _is_ascii(s):
    for c in s:
        if ord(c) >= 0x80:
            return False
    return True


def parse_int_bytes(s, base):
    """int() of a bytes-like object: ASCII text only, and errors show the bytes' repr
    (the text after the first 200 characters of it cut off, as CPython's %.200R)."""
    from minipy.objects import exceptions as ex
    from minipy.objects.exceptions import oefmt
    from minipy.support.strrepr import bytes_repr
    if _is_ascii(s):
        try:
            return wrap_bigint(sup.parse_int(s, base))
        except SupportError as e:
            if not e.msg.startswith('invalid literal'):
                raise operr_from_support(e)
    r = bytes_repr(s)
    if len(r) > 200:
        r = r[:200]
    raise oefmt(ex.w_ValueError, 'invalid literal for int() with base %d: %s' % (base, r))


def parse_float_bytes(s, source_repr):
    """float() of a bytes-like object; source_repr: the repr of that object, for the
    error."""
    from minipy.objects import exceptions as ex
    from minipy.objects.exceptions import oefmt
    if _is_ascii(s):
        try:
            return sup.parse_float(s)
        except SupportError as e:
            pass
    raise oefmt(ex.w_ValueError, 'could not convert string to float: %s' % source_repr)
