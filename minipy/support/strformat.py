"""str.format() parsing exactly as CPython 3.11 (Objects/stringlib/
unicode_format.h); the interpreter does the lookups and formatting.

Usage by the interpreter (errors are SupportError, raised lazily in the
same order as CPython):

    def vformat(s, depth, auto):             # auto = AutoNumber(); depth = 2
        check_recursion(depth)
        it = FormatIterator(s)
        while True:
            p = it.next()                    # FormatPiece or None at the end
            if p is None: break
            emit(p.literal)
            if not p.has_field: continue
            ref = split_field_name(p.field_name, auto)
            obj = args[ref.index] if ref.is_index else kwargs[ref.key]
                  # IndexError: index_error_message(ref.index)
                  # KeyError: key is ref.key
            pos = ref.rest_start
            while True:
                part = next_field_part(p.field_name, pos)   # FieldPart / None
                if part is None: break
                pos = part.next_pos
                obj = getattr(obj, part.name) if part.is_attr else
                      obj[part.index] if part.index >= 0 else obj[part.name]
            if p.conversion: obj = repr/str/ascii per 'r' 's' 'a', else
                             raise conversion_error(p.conversion)
            spec = vformat(p.spec, depth - 1, auto) if p.spec_needs_expanding
                   else p.spec
            emit(format(obj, spec))

API:
  FormatIterator(s).next() -> FormatPiece | None
  FormatPiece: literal (str), has_field, field_name (str), conversion (code
      point int, 0 = none), spec (str), spec_needs_expanding (bool)
  AutoNumber(): the auto/manual numbering state shared by a format call and
      its nested specs
  split_field_name(name, auto) -> FieldRef(is_index, index, key, rest_start)
  next_field_part(name, pos) -> FieldPart(is_attr, name, index, next_pos)|None
      index >= 0 when the [key] is all decimal digits
  conversion_error(cp) -> SupportError     ("Unknown conversion specifier r")
  check_recursion(depth)                    raises "Max string recursion exceeded"
  index_error_message(i) -> str
  MAX_RECURSION = 2
"""

import sys

from minipy.support.errors import SupportError
from minipy.support import utf8
from minipy.support.strcase import decimal_value

MAX_RECURSION = 2

ANS_INIT = 0
ANS_AUTO = 1
ANS_MANUAL = 2


def _verr(msg):
    return SupportError('ValueError', msg)


class FormatPiece(object):
    def __init__(self, literal):
        self.literal = literal
        self.has_field = False
        self.field_name = ''
        self.conversion = 0
        self.spec = ''
        self.spec_needs_expanding = False


class AutoNumber(object):
    def __init__(self):
        self.state = ANS_INIT
        self.counter = 0


class FieldRef(object):
    def __init__(self, is_index, index, key, rest_start):
        self.is_index = is_index
        self.index = index
        self.key = key
        self.rest_start = rest_start


class FieldPart(object):
    def __init__(self, is_attr, name, index, next_pos):
        self.is_attr = is_attr
        self.name = name
        self.index = index
        self.next_pos = next_pos


def check_recursion(depth):
    if depth <= 0:
        raise _verr("Max string recursion exceeded")


def index_error_message(i):
    return ("Replacement index %d out of range for positional args tuple"
            % i)


def conversion_error(cp):
    if 32 < cp < 127:
        return _verr("Unknown conversion specifier %s" % chr(cp))
    return _verr("Unknown conversion specifier \\x%x" % cp)


class FormatIterator(object):
    def __init__(self, s):
        self.s = s
        self.pos = 0

    def next(self):
        s = self.s
        end = len(s)
        if self.pos >= end:
            return None
        start = self.pos
        c = '\0'
        markup = False
        while self.pos < end:
            c = s[self.pos]
            self.pos += 1
            if c == '{' or c == '}':
                markup = True
                break
        at_end = self.pos >= end
        length = self.pos - start
        if c == '}' and markup and (at_end or s[self.pos] != '}'):
            raise _verr("Single '}' encountered in format string")
        if at_end and c == '{' and markup:
            raise _verr("Single '{' encountered in format string")
        if not at_end and markup:
            if s[self.pos] == c:
                self.pos += 1
                markup = False
            else:
                length -= 1
        stop = start + length
        assert stop >= start
        piece = FormatPiece(s[start:stop])
        if not markup:
            return piece
        piece.has_field = True
        self._parse_field(piece)
        return piece

    def _parse_field(self, piece):
        s = self.s
        end = len(s)
        c = '\0'
        name_start = self.pos
        while self.pos < end:
            c = s[self.pos]
            self.pos += 1
            if c == '{':
                raise _verr("unexpected '{' in field name")
            elif c == '[':
                while self.pos < end and s[self.pos] != ']':
                    self.pos += 1
                continue
            elif c == '}' or c == ':' or c == '!':
                break
        name_end = self.pos - 1
        if name_end < name_start:
            name_end = name_start
        piece.field_name = s[name_start:name_end]
        if c == '!' or c == ':':
            if c == '!':
                if self.pos >= end:
                    raise _verr("end of string while looking for conversion "
                                "specifier")
                piece.conversion = utf8.decode_at(s, self.pos)
                self.pos += utf8.char_size(s, self.pos)
                if self.pos < end:
                    c = s[self.pos]
                    self.pos += 1
                    if c == '}':
                        return
                    if c != ':':
                        raise _verr("expected ':' after conversion specifier")
            spec_start = self.pos
            count = 1
            while self.pos < end:
                c = s[self.pos]
                self.pos += 1
                if c == '{':
                    piece.spec_needs_expanding = True
                    count += 1
                elif c == '}':
                    count -= 1
                    if count == 0:
                        spec_end = self.pos - 1
                        assert spec_end >= spec_start
                        piece.spec = s[spec_start:spec_end]
                        return
            raise _verr("unmatched '{' in format spec")
        elif c != '}':
            raise _verr("expected '}' before end of string")


def _get_integer(s, start, stop):
    """-1 if s[start:stop] is empty or not all decimal digits (any
    script, as CPython's Py_UNICODE_TODECIMAL)."""
    if start >= stop:
        return -1
    acc = 0
    i = start
    while i < stop:
        d = decimal_value(utf8.decode_at(s, i))
        if d < 0:
            return -1
        if acc > (sys.maxint - d) // 10:
            raise _verr("Too many decimal digits in format string")
        acc = acc * 10 + d
        i += utf8.char_size(s, i)
    return acc


def split_field_name(name, auto):
    i = 0
    end = len(name)
    while i < end:
        c = name[i]
        if c == '[' or c == '.':
            break
        i += 1
    index = _get_integer(name, 0, i)
    empty = i == 0
    numeric = empty or index != -1
    if auto is not None:
        if auto.state == ANS_INIT and numeric:
            auto.state = ANS_AUTO if empty else ANS_MANUAL
        if numeric:
            if auto.state == ANS_MANUAL:
                if empty:
                    raise _verr("cannot switch from manual field "
                                "specification to automatic field numbering")
            elif not empty:
                raise _verr("cannot switch from automatic field numbering "
                            "to manual field specification")
        if empty:
            index = auto.counter
            auto.counter += 1
    if numeric:
        return FieldRef(True, index, '', i)
    return FieldRef(False, -1, name[0:i], i)


def next_field_part(name, pos):
    end = len(name)
    if pos >= end:
        return None
    c = name[pos]
    pos += 1
    start = pos
    if c == '.':
        while pos < end and name[pos] != '.' and name[pos] != '[':
            pos += 1
        stop = pos
        is_attr = True
        index = -1
    elif c == '[':
        while pos < end and name[pos] != ']':
            pos += 1
        if pos >= end:
            raise _verr("Missing ']' in format string")
        stop = pos
        pos += 1
        is_attr = False
        index = _get_integer(name, start, stop)
    else:
        raise _verr("Only '.' or '[' may follow ']' in format field "
                    "specifier")
    if start == stop:
        raise _verr("Empty attribute in format string")
    assert stop >= start
    return FieldPart(is_attr, name[start:stop], index, pos)
