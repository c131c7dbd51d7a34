"""json: JSON text from Python objects (dumps, dump) and back (loads, load), with
CPython's output (separators, indent, sort_keys, ensure_ascii, default, the float and
NaN spellings) and its JSONDecodeError messages ("Expecting value: line 1 column 1
(char 0)"). Written for minipy after the JSON grammar (RFC 8259), without the C
accelerator or the streaming classes."""

__all__ = ["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError",
           "JSONEncoder"]


class JSONDecodeError(ValueError):
    """ValueError with the position of the problem: msg, doc, pos, lineno, colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, lineno, colno,
                                                                         pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


JSONDecodeError.__module__ = "json.decoder"

# ---------------------------------------------------------------- encoding

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
            "\b": "\\b", "\f": "\\f"}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for c in s:
        e = _ESCAPES.get(c)
        if e is not None:
            out.append(e)
            continue
        n = ord(c)
        if n < 0x20 or (ensure_ascii and n > 0x7E):
            if n > 0xFFFF:
                n -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF)))
            else:
                out.append("\\u%04x" % n)
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


def _encode_float(f, allow_nan):
    if f != f:
        text = "NaN"
    elif f == float("inf"):
        text = "Infinity"
    elif f == -float("inf"):
        text = "-Infinity"
    else:
        return float.__repr__(f)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class JSONEncoder:
    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator, self.key_separator = ",", ": "
        else:
            self.item_separator, self.key_separator = ", ", ": "
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError("Object of type %s is not JSON serializable" % type(o).__name__)

    def encode(self, o):
        chunks = []
        self._encode(o, chunks, 0, {} if self.check_circular else None)
        return "".join(chunks)

    def iterencode(self, o, _one_shot=False):
        return iter([self.encode(o)])

    def _key(self, k):
        if isinstance(k, str):
            return k
        if isinstance(k, bool):
            return "true" if k else "false"
        if k is None:
            return "null"
        if isinstance(k, int):
            return int.__repr__(k)
        if isinstance(k, float):
            return _encode_float(k, self.allow_nan)
        if self.skipkeys:
            return None
        raise TypeError("keys must be str, int, float, bool or None, not %s"
                        % type(k).__name__)

    def _newline(self, chunks, level):
        if self.indent is not None:
            chunks.append("\n" + self.indent * level)

    def _encode(self, o, chunks, level, markers):
        if isinstance(o, str):
            chunks.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            chunks.append("null")
        elif o is True:
            chunks.append("true")
        elif o is False:
            chunks.append("false")
        elif isinstance(o, int):
            chunks.append(int.__repr__(o))
        elif isinstance(o, float):
            chunks.append(_encode_float(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self._container(o, chunks, level, markers, "[", "]", False)
        elif isinstance(o, dict):
            self._container(o, chunks, level, markers, "{", "}", True)
        else:
            if markers is not None:
                if id(o) in markers:
                    raise ValueError("Circular reference detected")
                markers[id(o)] = o
            self._encode(self.default(o), chunks, level, markers)
            if markers is not None:
                del markers[id(o)]

    def _container(self, o, chunks, level, markers, opening, closing, is_dict):
        if not o:
            chunks.append(opening + closing)
            return
        if markers is not None:
            if id(o) in markers:
                raise ValueError("Circular reference detected")
            markers[id(o)] = o
        chunks.append(opening)
        items = o
        if is_dict:
            items = list(o.items())
            if self.sort_keys:
                items.sort(key=lambda kv: kv[0])
        first = True
        for item in items:
            if is_dict:
                key = self._key(item[0])
                if key is None:
                    continue
            if not first:
                chunks.append(self.item_separator)
            self._newline(chunks, level + 1)
            first = False
            if is_dict:
                chunks.append(_encode_str(key, self.ensure_ascii))
                chunks.append(self.key_separator)
                self._encode(item[1], chunks, level + 1, markers)
            else:
                self._encode(item, chunks, level + 1, markers)
        self._newline(chunks, level)
        chunks.append(closing)
        if markers is not None:
            del markers[id(o)]


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))

# ---------------------------------------------------------------- decoding

_WS = " \t\n\r"
_UNESCAPE = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
             "t": "\t"}


class _Parser:
    def __init__(self, text, object_hook, object_pairs_hook, parse_float, parse_int,
                 parse_constant, strict):
        self.s = text
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant
        self.strict = strict

    def skip(self, i):
        s = self.s
        n = len(s)
        while i < n and s[i] in _WS:
            i += 1
        return i

    def value(self, i):
        s = self.s
        if i >= len(s):
            raise JSONDecodeError("Expecting value", s, i)
        c = s[i]
        if c == '"':
            return self.string(i + 1)
        if c == "{":
            return self.object(i + 1)
        if c == "[":
            return self.array(i + 1)
        if c == "n" and s.startswith("null", i):
            return None, i + 4
        if c == "t" and s.startswith("true", i):
            return True, i + 4
        if c == "f" and s.startswith("false", i):
            return False, i + 5
        if c == "N" and s.startswith("NaN", i):
            return self.constant("NaN"), i + 3
        if c == "I" and s.startswith("Infinity", i):
            return self.constant("Infinity"), i + 8
        if c == "-" and s.startswith("-Infinity", i):
            return self.constant("-Infinity"), i + 9
        return self.number(i)

    def constant(self, name):
        if self.parse_constant is not None:
            return self.parse_constant(name)
        return {"NaN": float("nan"), "Infinity": float("inf"),
                "-Infinity": float("-inf")}[name]

    def number(self, i):
        s = self.s
        n = len(s)
        j = i
        if j < n and s[j] == "-":
            j += 1
        if j < n and s[j] == "0":
            j += 1
        elif j < n and "1" <= s[j] <= "9":
            while j < n and "0" <= s[j] <= "9":
                j += 1
        else:
            raise JSONDecodeError("Expecting value", s, i)
        is_float = False
        if j + 1 < n and s[j] == "." and "0" <= s[j + 1] <= "9":
            is_float = True
            j += 2
            while j < n and "0" <= s[j] <= "9":
                j += 1
        if j < n and s[j] in "eE":
            k = j + 1
            if k < n and s[k] in "+-":
                k += 1
            if k < n and "0" <= s[k] <= "9":
                is_float = True
                j = k
                while j < n and "0" <= s[j] <= "9":
                    j += 1
        text = s[i:j]
        if is_float:
            return self.parse_float(text), j
        return self.parse_int(text), j

    def string(self, i):
        s = self.s
        n = len(s)
        begin = i - 1
        chunks = []
        while True:
            j = i
            while j < n and s[j] != '"' and s[j] != "\\":
                if self.strict and ord(s[j]) < 0x20:
                    raise JSONDecodeError("Invalid control character at", s, j)
                j += 1
            chunks.append(s[i:j])
            if j >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            if s[j] == '"':
                return "".join(chunks), j + 1
            if j + 1 >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            esc = s[j + 1]
            if esc == "u":
                code, i = self.hex4(j + 2, j + 1)     # (an error is at the 'u')
                if 0xD800 <= code <= 0xDBFF and s.startswith("\\u", i):
                    low, k = self.hex4(i + 2, i + 1)
                    if 0xDC00 <= low <= 0xDFFF:
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        i = k
                chunks.append(chr(code))
                continue
            ch = _UNESCAPE.get(esc)
            if ch is None:
                raise JSONDecodeError("Invalid \\escape", s, j)
            chunks.append(ch)
            i = j + 2

    def hex4(self, i, at):
        text = self.s[i:i + 4]
        if len(text) == 4 and all(c in "0123456789abcdefABCDEF" for c in text):
            return int(text, 16), i + 4
        raise JSONDecodeError("Invalid \\uXXXX escape", self.s, at)

    def object(self, i):
        s = self.s
        pairs = []
        i = self.skip(i)
        if i < len(s) and s[i] == "}":
            return self.finish_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes",
                                      s, i)
            key, i = self.string(i + 1)
            i = self.skip(i)
            if i >= len(s) or s[i] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = self.skip(i + 1)
            value, i = self.value(i)
            pairs.append((key, value))
            i = self.skip(i)
            if i < len(s) and s[i] == "}":
                return self.finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self.skip(i + 1)

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        d = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(d)
        return d

    def array(self, i):
        s = self.s
        values = []
        i = self.skip(i)
        if i < len(s) and s[i] == "]":
            return values, i + 1
        while True:
            value, i = self.value(i)
            values.append(value)
            i = self.skip(i)
            if i < len(s) and s[i] == "]":
                return values, i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self.skip(i + 1)


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def _parser(self, s):
        return _Parser(s, self.object_hook, self.object_pairs_hook, self.parse_float,
                       self.parse_int, self.parse_constant, self.strict)

    def decode(self, s):
        parser = self._parser(s)
        i = parser.skip(0)
        value, i = parser.value(i)
        i = parser.skip(i)
        if i != len(s):
            raise JSONDecodeError("Extra data", s, i)
        return value

    def raw_decode(self, s, idx=0):
        """(the value that starts at s[idx], the index where it ends); no whitespace
        is skipped, and text after the value is left alone."""
        if idx < 0:
            raise ValueError("idx cannot be negative")
        return self._parser(s).value(idx)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    if isinstance(s, (bytes, bytearray)):
        s = s.decode("utf-8")
    elif not isinstance(s, str):
        raise TypeError("the JSON object must be str, bytes or bytearray, not %s"
                        % type(s).__name__)
    if s.startswith("\ufeff"):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook,
               **kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
