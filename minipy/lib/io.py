"""io: in-memory text and binary streams, StringIO and BytesIO, as CPython 3.11's
(reading, writing, seeking, truncating, lines and iteration, the newline argument of
StringIO, their error messages), the abstract base classes they derive from, and
io.open (the built-in open). Written for minipy; file objects stay the interpreter's own."""

__all__ = ["IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase", "StringIO", "BytesIO",
           "UnsupportedOperation", "open", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

# the interpreter's own (files raise it: reading a file opened for writing, ...)
from _io import open, UnsupportedOperation


def _index(n, what):
    """n as an int (None: -1), with CPython's TypeError for other types."""
    if n is None:
        return -1
    if isinstance(n, int):
        return int(n)
    if hasattr(type(n), "__index__"):
        return n.__index__()
    raise TypeError("%s should be integer or None, not '%s'" % (what, type(n).__name__))


class IOBase:
    """What every stream has: closing, the context manager, iteration by lines."""

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

    def readlines(self, hint=-1):
        hint = _index(hint, "argument")
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


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
    if isinstance(data, bytearray):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


class BytesIO(_Buffer, BufferedIOBase):
    """A binary stream in memory."""

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
