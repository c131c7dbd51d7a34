"""string: the character-class constants, capwords and Template, as CPython's `string`
module has them.

minipy's own pure-Python version.
"""

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep (runs of whitespace when None), capitalize each word, join with sep or ' '."""
    if sep is None:
        words = s.split()
        joiner = " "
    else:
        words = s.split(sep)
        joiner = sep
    return joiner.join([w.capitalize() for w in words])


class _Overlay:
    """Keyword arguments in front of a mapping, for Template.substitute(mapping, **kws)."""

    def __init__(self, front, back):
        self.front = front
        self.back = back

    def __getitem__(self, key):
        if key in self.front:
            return self.front[key]
        return self.back[key]


_sentinel = object()


class Template:
    """$-substitution: `$name`, `${name}`, `$$` for a literal `$`. Subclasses may change
    delimiter, idpattern, braceidpattern, flags, or give a whole `pattern` (a regex with
    the groups escaped, named, braced and invalid)."""

    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = None     # re.IGNORECASE, set below (re is imported on first use)

    def __init_subclass__(cls):
        super().__init_subclass__()
        if "pattern" not in cls.__dict__:
            cls.pattern = None    # compiled on first use from the class's attributes

    def __init__(self, template):
        self.template = template

    @classmethod
    def _compiled(cls):
        import re
        pattern = cls.pattern
        if pattern is None:
            ident = cls.idpattern
            braced = cls.braceidpattern or ident
            flags = cls.flags
            if flags is None:
                flags = re.IGNORECASE
            delim = re.escape(cls.delimiter)
            source = (r"%s(?:(?P<escaped>%s)|(?P<named>%s)|{(?P<braced>%s)}|(?P<invalid>))"
                      % (delim, delim, ident, braced))
            pattern = re.compile(source, flags | re.VERBOSE)
            cls.pattern = pattern
        elif isinstance(pattern, str):
            pattern = re.compile(pattern, re.VERBOSE)
        return pattern

    def _invalid(self, mo):
        i = mo.start("invalid")
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def substitute(self, mapping=_sentinel, /, **kws):
        if mapping is _sentinel:
            mapping = kws
        elif kws:
            mapping = _Overlay(kws, mapping)
        pattern = self._compiled()

        def convert(mo):
            named = mo.group("named")
            if named is None:
                named = mo.group("braced")
            if named is not None:
                return str(mapping[named])
            if mo.group("escaped") is not None:
                return self.delimiter
            if mo.group("invalid") is not None:
                self._invalid(mo)
            raise ValueError("Unrecognized named group in pattern", pattern)
        return pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=_sentinel, /, **kws):
        if mapping is _sentinel:
            mapping = kws
        elif kws:
            mapping = _Overlay(kws, mapping)
        pattern = self._compiled()

        def convert(mo):
            named = mo.group("named")
            if named is None:
                named = mo.group("braced")
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group("escaped") is not None:
                return self.delimiter
            if mo.group("invalid") is not None:
                return mo.group()
            raise ValueError("Unrecognized named group in pattern", pattern)
        return pattern.sub(convert, self.template)

    def is_valid(self):
        for mo in self._compiled().finditer(self.template):
            if mo.group("invalid") is not None:
                return False
            if (mo.group("named") is None and mo.group("braced") is None
                    and mo.group("escaped") is None):
                raise ValueError("Unrecognized named group in pattern", self.pattern)
        return True

    def get_identifiers(self):
        ids = []
        for mo in self._compiled().finditer(self.template):
            named = mo.group("named")
            if named is None:
                named = mo.group("braced")
            if named is not None:
                if named not in ids:
                    ids.append(named)
            elif mo.group("invalid") is None and mo.group("escaped") is None:
                raise ValueError("Unrecognized named group in pattern", self.pattern)
        return ids


Template.pattern = None
