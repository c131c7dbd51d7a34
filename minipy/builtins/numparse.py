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
