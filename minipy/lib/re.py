"""Support for regular expressions (RE): CPython 3.11's re module over minipy's native
engine. Patterns are parsed by _re_parser, compiled by _re_compiler to the opcodes of the
native _sre module (RPython's rsre), which runs them and provides the Pattern and Match
objects.

Functions: match, fullmatch, search, sub, subn, split, findall, finditer, compile,
purge, escape; flags: A/ASCII, I/IGNORECASE, L/LOCALE, M/MULTILINE, S/DOTALL,
X/VERBOSE, U/UNICODE, NOFLAG; the exception error."""

import _sre
import _re_parser
import _re_compiler

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


# the flags: an int subclass that prints as CPython's RegexFlag members do
_FLAG_NAMES = [
    ("ASCII", _re_parser.SRE_FLAG_ASCII),
    ("IGNORECASE", _re_parser.SRE_FLAG_IGNORECASE),
    ("LOCALE", _re_parser.SRE_FLAG_LOCALE),
    ("UNICODE", _re_parser.SRE_FLAG_UNICODE),
    ("MULTILINE", _re_parser.SRE_FLAG_MULTILINE),
    ("DOTALL", _re_parser.SRE_FLAG_DOTALL),
    ("VERBOSE", _re_parser.SRE_FLAG_VERBOSE),
    ("TEMPLATE", _re_parser.SRE_FLAG_TEMPLATE),
    ("DEBUG", _re_parser.SRE_FLAG_DEBUG),
]
_ALL_FLAGS = 0
for _n, _v in _FLAG_NAMES:
    _ALL_FLAGS |= _v


class RegexFlag(int):
    """An enumeration."""

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    def _names(self):
        value = int(self)
        names = []
        for name, bit in _FLAG_NAMES:
            if value & bit:
                names.append(name)
                value &= ~bit
        return names, value

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        if int(self) == 0:
            return "NOFLAG"
        names, rest = self._names()
        if rest or not names:
            return None
        return "|".join(names)

    def __repr__(self):
        if int(self) == 0:
            return "re.NOFLAG"
        names, rest = self._names()
        parts = ["re." + n for n in names]
        if rest:
            parts.append(hex(rest))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return format(int(self), spec)
        return repr(self)

    def __iter__(self):
        value = int(self)
        for name, bit in _FLAG_NAMES:
            if value & bit:
                yield RegexFlag(bit)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~int(self))


NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(_re_parser.SRE_FLAG_ASCII)
IGNORECASE = I = RegexFlag(_re_parser.SRE_FLAG_IGNORECASE)
LOCALE = L = RegexFlag(_re_parser.SRE_FLAG_LOCALE)
UNICODE = U = RegexFlag(_re_parser.SRE_FLAG_UNICODE)
MULTILINE = M = RegexFlag(_re_parser.SRE_FLAG_MULTILINE)
DOTALL = S = RegexFlag(_re_parser.SRE_FLAG_DOTALL)
VERBOSE = X = RegexFlag(_re_parser.SRE_FLAG_VERBOSE)
TEMPLATE = T = RegexFlag(_re_parser.SRE_FLAG_TEMPLATE)
DEBUG = RegexFlag(_re_parser.SRE_FLAG_DEBUG)

for _n, _v in [("NOFLAG", NOFLAG), ("ASCII", A), ("A", A), ("IGNORECASE", I), ("I", I),
               ("LOCALE", L), ("L", L), ("UNICODE", U), ("U", U), ("MULTILINE", M),
               ("M", M), ("DOTALL", S), ("S", S), ("VERBOSE", X), ("X", X),
               ("TEMPLATE", T), ("T", T), ("DEBUG", DEBUG)]:
    setattr(RegexFlag, _n, _v)

error = _re_parser.error


# ---------------------------------------------------------------- public interface

def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _repl_cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    return _compile(pattern, flags | T)


# characters escape() puts a backslash before
_special_chars_map = {}
for _c in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f':
    _special_chars_map[_c] = '\\' + chr(_c)


def escape(pattern):
    """
    Escape special characters in a string.
    """
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars_map).encode('latin1')


Pattern = _sre.Pattern
Match = _sre.Match


# ---------------------------------------------------------------- internals

_cache = {}   # (type, pattern, flags) -> Pattern, oldest first
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    except TypeError:
        # an unhashable pattern
        if not isinstance(pattern, Pattern) and not _re_compiler.isstring(pattern):
            raise TypeError("first argument must be string or compiled pattern") from None
        raise
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                "cannot process flags argument with a compiled pattern")
        return pattern
    if not _re_compiler.isstring(pattern):
        raise TypeError("first argument must be string or compiled pattern")
    p = _re_compiler.compile(pattern, flags)
    if not (flags & DEBUG):
        if len(_cache) >= _MAXCACHE:
            # drop the oldest
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[type(pattern), pattern, flags] = p
    return p


_repl_cache = {}


def _compile_template(pattern, repl):
    """For _sre (Pattern.sub, Match.expand): the replacement template repl parsed for
    pattern: [literal, group, literal, ..., literal] (a literal is None when empty)."""
    key = (type(repl), repl, pattern)
    try:
        return _repl_cache[key]
    except KeyError:
        pass
    result = _re_parser.parse_template(repl, pattern)
    if len(_repl_cache) >= _MAXCACHE:
        try:
            del _repl_cache[next(iter(_repl_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _repl_cache[key] = result
    return result


class Scanner:
    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = int(flags)
        self.lexicon = lexicon
        # one alternative per phrase, each a group
        p = []
        s = _re_parser.State()
        s.flags = flags
        for phrase, action in lexicon:
            gid = s.opengroup()
            p.append(_re_parser.SubPattern(s, [
                (_re_parser.SUBPATTERN, (gid, 0, 0, _re_parser.parse(phrase, flags))),
            ]))
            s.closegroup(gid, p[-1])
        p = _re_parser.SubPattern(s, [(_re_parser.BRANCH, (None, p))])
        self.scanner = _re_compiler.compile(p)

    def scan(self, string):
        result = []
        append = result.append
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[m.lastindex - 1][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]
