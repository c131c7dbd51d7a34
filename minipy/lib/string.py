"""string: the character-class constants, capwords, Template and Formatter, as CPython's
`string` module has them.

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


# ---------------------------------------------------------------- Formatter

def _parse_field(s, i):
    """The replacement field that starts at s[i] (just after its '{'): (field name,
    format spec, conversion or None, index after its closing '}'), with the errors of
    CPython's str.format parser."""
    n = len(s)
    start = i
    c = ""
    while i < n:
        c = s[i]
        i += 1
        if c == "{":
            raise ValueError("unexpected '{' in field name")
        if c == "[":            # an index may hold any character but ']'
            while i < n and s[i] != "]":
                i += 1
            continue
        if c == "}" or c == ":" or c == "!":
            break
    else:
        c = ""                  # the end of the string
    if c != ":" and c != "!":
        if c != "}":
            raise ValueError("expected '}' before end of string")
        return s[start:i - 1], "", None, i
    name = s[start:i - 1]
    conversion = None
    if c == "!":
        if i >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = s[i]
        i += 1
        if i < n:
            c = s[i]
            i += 1
            if c == "}":
                return name, "", conversion, i
            if c != ":":
                raise ValueError("expected ':' after conversion specifier")
    spec_start = i
    depth = 1
    while i < n:
        c = s[i]
        i += 1
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return name, s[spec_start:i - 1], conversion, i
    raise ValueError("unmatched '{' in format spec")


def _format_parser(s):
    """(literal text, field name, format spec, conversion) for each piece of a format
    string, as Formatter.parse gives them ({{ and }} as one brace of literal text)."""
    n = len(s)
    i = 0
    while i < n:
        start = i
        c = ""
        while i < n:
            c = s[i]
            i += 1
            if c == "{" or c == "}":
                break
        else:
            yield s[start:i], None, None, None
            return
        if i >= n or s[i] != c:
            if c == "}":
                raise ValueError("Single '}' encountered in format string")
            if i >= n:
                raise ValueError("Single '{' encountered in format string")
        if i < n and s[i] == c:             # a doubled brace: literal text
            i += 1
            yield s[start:i - 1], None, None, None
            continue
        literal = s[start:i - 1]
        name, spec, conversion, i = _parse_field(s, i)
        yield literal, name, spec, conversion


def _index_or_name(text):
    if text.isdecimal():
        return int(text)
    return text


def _field_rest(name, i):
    """The (is attribute, key) steps of a field name after its first part."""
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        if c == ".":
            start = i
            while i < n and name[i] not in ".[":
                i += 1
            if i == start:
                raise ValueError("Empty attribute in format string")
            yield True, name[start:i]
        elif c == "[":
            start = i
            while i < n and name[i] != "]":
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            if i == start:
                raise ValueError("Empty attribute in format string")
            key = _index_or_name(name[start:i])
            i += 1
            if i < n and name[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
            yield False, key
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


def _split_field_name(name):
    i = 0
    while i < len(name) and name[i] not in ".[":
        i += 1
    return _index_or_name(name[:i]), _field_rest(name, i)


class Formatter:
    """str.format's machinery in overridable steps: parse, get_field, get_value,
    convert_field, format_field and check_unused_args."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        pieces = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if field_name is None:
                continue
            # automatic numbering ({}) and explicit indexes ({0}) do not mix
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification "
                                     "to automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification "
                                     "to automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            spec, auto_arg_index = self._vformat(spec, args, kwargs, used_args,
                                                 recursion_depth - 1, auto_arg_index)
            pieces.append(self.format_field(obj, spec))
        return "".join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _format_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
