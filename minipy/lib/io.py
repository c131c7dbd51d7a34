"""io: in-memory text and binary streams, StringIO and BytesIO, as CPython 3.11's
(reading, writing, seeking, truncating, lines and iteration, the newline argument of
StringIO, their error messages), the abstract base classes they derive from, and
io.open (the built-in open). Written for minipy; file objects stay the interpreter's own."""

__all__ = ["IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase", "StringIO", "BytesIO",
           "UnsupportedOperation", "open", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "TextIOWrapper", "FileIO", "BufferedReader",
           "BufferedWriter", "BufferedRandom", "text_encoding"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

# the interpreter's own (files raise it: reading a file opened for writing, ...)
from _io import open, UnsupportedOperation
import abc
import sys


def _index(n, what):
    """n as an int (None: -1), with CPython's TypeError for other types."""
    if n is None:
        return -1
    if isinstance(n, int):
        return int(n)
    if hasattr(type(n), "__index__"):
        return n.__index__()
    raise TypeError("%s should be integer or None, not '%s'" % (what, type(n).__name__))


class _IOMeta(abc.ABCMeta):
    """The classes of io are ABCs (as CPython's), and the interpreter's own file objects
    are instances of those that fit their kind (text, or which buffered binary one)."""

    def __instancecheck__(cls, instance):
        if type(instance) is _FileType:
            return _file_kind(instance) in cls.__dict__.get("_native_kinds", ())
        return super().__instancecheck__(instance)


_FileType = type(sys.__stdout__)
_ALL_KINDS = ("TextIOWrapper", "BufferedReader", "BufferedWriter", "BufferedRandom")
_BINARY_KINDS = _ALL_KINDS[1:]


def _file_kind(f):
    """The name of the CPython class an open() result of this file's mode has."""
    mode = f.mode
    if "b" not in mode:
        return "TextIOWrapper"
    if "+" in mode:
        return "BufferedRandom"
    if "r" in mode:
        return "BufferedReader"
    return "BufferedWriter"


class IOBase(metaclass=_IOMeta):
    """What every stream has: closing, the context manager, iteration by lines."""

    _native_kinds = _ALL_KINDS

    _closed = False

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def _check_closed(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        self._check_closed()
        return False

    def writable(self):
        self._check_closed()
        return False

    def seekable(self):
        self._check_closed()
        return False

    def isatty(self):
        self._check_closed()
        return False

    def flush(self):
        self._check_closed()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    # readlines(hint) stops once the lines' total length is past hint (CPython's
    # BytesIO: once it reaches hint)
    _HINT_EXCLUSIVE = True

    def readlines(self, hint=-1):
        hint = _index(hint, "argument")
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint < total if self._HINT_EXCLUSIVE else 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    _native_kinds = ()


class BufferedIOBase(IOBase):
    _native_kinds = _BINARY_KINDS


class TextIOBase(IOBase):
    _native_kinds = ("TextIOWrapper",)


class _NativeOnly:
    """The classes of open()'s binary results, for isinstance(): minipy's files are
    of the interpreter's own type, and these cannot be made directly."""

    def __init__(self, *args, **kwargs):
        raise UnsupportedOperation("minipy cannot create %s objects; use open()"
                                   % type(self).__name__)


class FileIO(_NativeOnly, RawIOBase):
    _native_kinds = ()


class BufferedReader(_NativeOnly, BufferedIOBase):
    _native_kinds = ("BufferedReader",)


class BufferedWriter(_NativeOnly, BufferedIOBase):
    _native_kinds = ("BufferedWriter",)


class BufferedRandom(_NativeOnly, BufferedIOBase):
    _native_kinds = ("BufferedRandom",)


# ---------------------------------------------------------------- the shared buffer

class _Buffer:
    """The text of a StringIO or the bytes of a BytesIO, and the position in it: writes
    at the end are gathered in a list and joined when the whole value is needed."""

    def _setup(self, empty, filler, value):
        self._empty = empty
        self._filler = filler
        self._value = value
        self._tail = []
        self._tail_size = 0     # len of the parts in _tail (appends stay O(1))
        self._pos = 0

    def _whole(self):
        if self._tail:
            self._value = self._value + self._empty.join(self._tail)
            self._tail = []
            self._tail_size = 0
        return self._value

    def _size(self):
        return len(self._value) + self._tail_size

    def _put(self, data):
        """Write data at the position (padding past the end), move past it."""
        if not data:
            return
        pos = self._pos
        size = self._size()
        if pos == size:
            if data:
                self._tail.append(data)
                self._tail_size += len(data)
        else:
            value = self._whole()
            if pos > size:
                value = value + self._filler * (pos - size)
            self._value = value[:pos] + data + value[pos + len(data):]
        self._pos = pos + len(data)

    def _get(self, n):
        value = self._whole()
        pos = self._pos
        if pos >= len(value):
            return self._empty
        if n < 0:
            end = len(value)
        else:
            end = min(pos + n, len(value))
        self._pos = end
        return value[pos:end]

    def tell(self):
        self._check_closed()
        return self._pos

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        else:
            size = _index(size, "argument")
            if size < 0:
                raise ValueError("Negative size value %d" % size)
        value = self._whole()
        if size < len(value):
            self._value = value[:size]
        return size

    def getvalue(self):
        self._check_closed()
        return self._whole()

    def read(self, size=-1):
        self._check_closed()
        return self._get(_index(size, "argument"))

    def close(self):
        self._closed = True
        self._value = self._empty
        self._tail = []
        self._tail_size = 0


# ---------------------------------------------------------------- StringIO

class StringIO(_Buffer, TextIOBase):
    """A text stream in memory. newline: '\\n' (the default: no translation, lines end
    at '\\n'), None (universal: '\\r\\n' and '\\r' written become '\\n'), '' (lines end
    at '\\r', '\\n' or '\\r\\n', nothing translated), '\\r' or '\\r\\n' ('\\n' written
    becomes that, lines end there)."""

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        self._seen = 0          # universal mode: 1 '\r', 2 '\n', 4 '\r\n' written
        self._setup("", "\0", "")
        if initial_value:
            self._put(self._translate(initial_value))
            self._pos = 0

    def _check_closed(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def _translate(self, s):
        nl = self._newline
        if nl is None or nl == "":
            lone = s.replace("\r\n", "")
            if "\r" in lone:
                self._seen |= 1
            if "\n" in lone:
                self._seen |= 2
            if len(lone) != len(s):
                self._seen |= 4
            if nl == "":
                return s
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if nl == "\r" or nl == "\r\n":
            return s.replace("\n", nl)
        return s

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        self._put(self._translate(s))
        return len(s)

    @property
    def newlines(self):
        self._check_closed()
        if self._newline is not None and self._newline != "":
            return None
        kinds = []
        if self._seen & 1:
            kinds.append("\r")
        if self._seen & 2:
            kinds.append("\n")
        if self._seen & 4:
            kinds.append("\r\n")
        if not kinds:
            return None
        if len(kinds) == 1:
            return kinds[0]
        return tuple(kinds)

    @property
    def line_buffering(self):
        return False

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = _index(pos, "argument")
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            self._pos = self._size()
        return self._pos

    def _line_end(self, value, start):
        """Index just past the line that starts at start (len(value) if none ends)."""
        nl = self._newline
        if nl == "":
            i = start
            n = len(value)
            while i < n:
                c = value[i]
                if c == "\n":
                    return i + 1
                if c == "\r":
                    if i + 1 < n and value[i + 1] == "\n":
                        return i + 2
                    return i + 1
                i += 1
            return n
        if nl is None or nl == "\n":
            sep = "\n"
        else:
            sep = nl
        i = value.find(sep, start)
        if i < 0:
            return len(value)
        return i + len(sep)

    def readline(self, size=-1):
        self._check_closed()
        if size is not None and not isinstance(size, int):
            raise TypeError("integer argument expected, got '%s'" % type(size).__name__)
        size = _index(size, "argument")
        value = self._whole()
        pos = self._pos
        if pos >= len(value):
            return ""
        end = self._line_end(value, pos)
        if size >= 0 and pos + size < end:
            end = pos + size
        self._pos = end
        return value[pos:end]

    def __next__(self):
        self._check_closed()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def detach(self):
        raise UnsupportedOperation("detach")


StringIO.__module__ = "_io"


# ---------------------------------------------------------------- BytesIO

def _as_bytes(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


class BytesIO(_Buffer, BufferedIOBase):
    """A binary stream in memory."""

    _HINT_EXCLUSIVE = False

    def __init__(self, initial_bytes=None):
        self._setup(b"", b"\0", b"")
        if initial_bytes is not None:
            self._value = _as_bytes(initial_bytes)

    def write(self, b):
        self._check_closed()
        data = _as_bytes(b)
        self._put(data)
        return len(data)

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = _index(pos, "argument")
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, self._size() + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check_closed()
        size = _index(size, "argument")
        value = self._whole()
        pos = self._pos
        if pos >= len(value):
            return b""
        i = value.find(b"\n", pos)
        end = len(value) if i < 0 else i + 1
        if size >= 0 and pos + size < end:
            end = pos + size
        self._pos = end
        return value[pos:end]

    def readinto(self, buf):
        self._check_closed()
        data = self._get(len(buf))
        buf[:len(data)] = data
        return len(data)


BytesIO.__module__ = "_io"


# ---------------------------------------------------------------- TextIOWrapper

class TextIOWrapper(TextIOBase):
    """Text over a binary stream (a BytesIO, a file's buffer): str written is encoded
    (newlines translated as open()'s newline argument says), bytes read are decoded a
    line at a time. The interpreter's own text files are instances too."""

    _native_kinds = ("TextIOWrapper",)

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, "
                            "not %s" % type(encoding).__name__)
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, "
                            "not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % newline)
        if encoding is None:
            encoding = "UTF-8"      # (the locale's, as CPython's default)
        "".encode(encoding)                 # (the LookupError of an unknown one)
        self._buffer = buffer
        self._encoding = encoding
        self._errors = "strict" if errors is None else errors
        self._newline = newline
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._pending = ""          # text decoded, not yet read
        self._at_eof = False
        self._detached = False

    def __repr__(self):
        res = "<_io.TextIOWrapper"
        try:
            res += " name=%r" % (self.name,)
        except AttributeError:
            pass
        try:
            res += " mode=%r" % (self.mode,)
        except AttributeError:
            pass
        return res + " encoding=%r>" % self._encoding

    @property
    def buffer(self):
        self._check_attached()
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def newlines(self):
        return None

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer.closed

    def _check_attached(self):
        if self._detached:
            raise ValueError("underlying buffer has been detached")

    def _check_closed(self):
        self._check_attached()
        if self._buffer.closed:
            raise ValueError("I/O operation on closed file.")

    def detach(self):
        self._check_attached()
        self.flush()
        self._detached = True
        return self._buffer

    def readable(self):
        self._check_closed()
        return self._buffer.readable()

    def writable(self):
        self._check_closed()
        return self._buffer.writable()

    def seekable(self):
        self._check_closed()
        return self._buffer.seekable()

    def isatty(self):
        self._check_closed()
        return self._buffer.isatty()

    def fileno(self):
        self._check_attached()
        return self._buffer.fileno()

    def flush(self):
        self._check_closed()
        self._buffer.flush()

    def close(self):
        self._check_attached()
        if not self._buffer.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        text = s
        if self._newline not in (None, "", "\n"):
            text = text.replace("\n", self._newline)
        self._buffer.write(text.encode(self._encoding, self._errors))
        if self._write_through or self._line_buffering and ("\n" in s or "\r" in s):
            self._buffer.flush()
        self._pending = ""
        return len(s)

    def _decode(self, data):
        text = data.decode(self._encoding, self._errors)
        if self._newline is None:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def _line_end(self, start=0):
        """The index just after the first line ending in _pending, or -1."""
        text = self._pending
        nl = self._newline
        if nl is None or nl == "\n":
            i = text.find("\n", start)
            return -1 if i < 0 else i + 1
        if nl == "":
            for i in range(start, len(text)):
                if text[i] == "\n":
                    return i + 1
                if text[i] == "\r":
                    if i + 1 < len(text):
                        return i + 2 if text[i + 1] == "\n" else i + 1
                    if self._at_eof:
                        return i + 1
                    return -1       # ('\r\n' may be split between reads)
            return -1
        i = text.find(nl, start)
        return -1 if i < 0 else i + len(nl)

    def _read_more(self):
        """Decode one more line of the buffer into _pending; False at its end."""
        if self._at_eof:
            return False
        data = self._buffer.readline()
        if not data:
            self._at_eof = True
            return False
        self._pending += self._decode(data)
        return True

    def read(self, size=-1):
        self._check_closed()
        if not self._buffer.readable():
            raise UnsupportedOperation("not readable")
        size = _index(size, "argument")
        if size < 0:
            rest = self._buffer.read()
            text = self._pending + (self._decode(rest) if rest else "")
            self._pending = ""
            return text
        while len(self._pending) < size and self._read_more():
            pass
        text = self._pending[:size]
        self._pending = self._pending[size:]
        return text

    def readline(self, size=-1):
        self._check_closed()
        if not self._buffer.readable():
            raise UnsupportedOperation("not readable")
        size = _index(size, "argument")
        end = self._line_end()
        while end < 0 and self._read_more():
            end = self._line_end()
        if end < 0:
            end = len(self._pending)
        if 0 <= size < end:
            end = size
        line = self._pending[:end]
        self._pending = self._pending[end:]
        return line

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, cookie, whence=0):
        self._check_closed()
        self.flush()
        self._pending = ""
        self._at_eof = False
        return self._buffer.seek(cookie, whence)

    def tell(self):
        self._check_closed()
        self.flush()
        return self._buffer.tell() - len(self._pending.encode(self._encoding,
                                                               self._errors))

    def truncate(self, pos=None):
        self.flush()
        return self._buffer.truncate(pos)


def text_encoding(encoding, stacklevel=2):
    """The encoding argument of a text stream, "locale" when it is None."""
    return "locale" if encoding is None else encoding
