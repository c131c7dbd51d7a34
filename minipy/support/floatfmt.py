"""Float to text exactly as CPython 3.11 (PyOS_double_to_string rules), on
top of rpython.rlib.rdtoa (David Gay's correctly rounded dtoa).

API:
  float_repr(x) -> str     repr(x) and str(x): shortest round-trip digits,
                           exponent form when exp < -4 or >= 16
                           ('0.1', '1e+16', '1e-05', '-0.0', '1.0', 'inf', 'nan')
  float_to_string(x, code, precision, alt, add_dot_0) -> str
        PyOS_double_to_string: code is one char of 'eEfFgGr' ('r' = repr
        digits, precision ignored); alt = '#' flag (keep the point and
        trailing zeros); add_dot_0 = the flag that format() uses when no
        type is given (always a '.0' or an exponent).  Negative numbers get
        a leading '-' (nan never does, as in CPython); never a '+'.
        Precision must be >= 0.
  is_zero_digits(s) -> bool  True when every digit in s is '0' (used to
                             implement the 'z' flag / negative-zero rule)
"""

from rpython.rlib import rfloat
from rpython.rlib.objectmodel import we_are_translated, not_rpython
from rpython.rlib.rfloat import formatd as real_formatd


@not_rpython
def host_formatd(x, code, precision, flags):
    """Untranslated stand-in for rfloat.formatd (which costs ~4 ms a call
    through ll2ctypes): the host Python 2.7 uses the same dtoa and rules.
    tests/unit/support/test_floatfmt.py checks that both agree."""
    alt = flags & rfloat.DTSF_ALT
    add_dot_0 = flags & rfloat.DTSF_ADD_DOT_0
    if code == 'r':
        if alt or not add_dot_0:
            return real_formatd(x, code, precision, flags)
        return repr(x)
    if add_dot_0:
        if alt or code != 'g':
            return real_formatd(x, code, precision, flags)
        return format(x, '.%d' % precision)
    return ('%' + ('#' if alt else '') + '.%d' % precision + code) % x


def formatd(x, code, precision, flags):
    if we_are_translated():
        return real_formatd(x, code, precision, flags)
    return host_formatd(x, code, precision, flags)


def float_repr(x):
    return formatd(x, 'r', 0, rfloat.DTSF_ADD_DOT_0)


def float_to_string(x, code, precision, alt, add_dot_0):
    flags = 0
    if alt:
        flags |= rfloat.DTSF_ALT
    if add_dot_0:
        flags |= rfloat.DTSF_ADD_DOT_0
    if code == 'r':
        precision = 0
    return formatd(x, code, precision, flags)


def is_zero_digits(s):
    for c in s:
        if '1' <= c <= '9' or c == 'n' or c == 'N':
            return False
        if c == 'e' or c == 'E':
            break
    return True
