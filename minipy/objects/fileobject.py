"""Files over OS file descriptors (sys.stdin/stdout/stderr and open()): a write
buffer flushed at 8 KiB, on flush()/close() and at exit (line-buffered on a tty;
write-through under `-u`: every write goes out at once), a read buffer of raw bytes
(text mode decodes and cuts it: minipy/builtins/textio.py), tell() and seek().
A system call interrupted by a signal (EINTR) polls for Ctrl-C and is retried.

A file holding buffered output is listed (and so kept alive, even if the program has
dropped it) until flush_open_files() writes it out: at exit, and before each open(),
where CPython's reference counting would already have flushed a file the program
dropped (so `open(p, "w").write(s)` then `open(p).read()` reads s, as in CPython)."""
import os
from minipy.concurrency import stmcontrol   # STM: file I/O is irrevocable
from rpython.rlib.rstring import StringBuilder
from minipy.objects.root import W_Root, OperationError
from minipy.objects.typeobject import make_builtin_type


class W_File(W_Root):
    _attrs_ = ['fd', 'name', 'mode', 'closed', 'wbuf', 'wlen', 'rbuf', 'rpos',
               'line_buffered', 'eof', 'binary', 'write_through', 'listed',
               'encoding', 'encoding_name', 'errors', 'newline', 'readable', 'writable',
               'fd_named', 'closefd', 'w_sibling']

    def __init__(self, fd, name, mode, line_buffered=False, write_through=False,
                 encoding='utf-8', errors='strict', newline=None, encoding_name='utf-8'):
        self.fd = fd
        self.name = name
        self.mode = mode
        # text mode (minipy/builtins/textio.py): the codec, and open()'s newline argument
        self.encoding = encoding            # normalized: 'utf-8', 'latin-1' or 'ascii'
        self.encoding_name = encoding_name  # as the program sees it (f.encoding)
        self.errors = errors
        self.newline = newline
        self.readable = 'r' in mode or '+' in mode
        self.writable = 'r' not in mode or '+' in mode
        self.closed = False
        self.wbuf = []
        self.wlen = 0
        self.rbuf = ''
        self.rpos = 0
        self.line_buffered = line_buffered
        self.eof = False
        self.binary = 'b' in mode
        self.write_through = write_through
        self.listed = False          # in the list of files with unflushed output
        self.fd_named = False        # opened from a file descriptor: its name is that int
        self.closefd = True          # close() closes the descriptor (fds 0-2: never)
        # a text file's binary view (f.buffer), or the text file of a binary view: the
        # two share the descriptor, and each takes over what the other has buffered
        # before it is used (sync)
        self.w_sibling = None

    def shown_mode(self):
        """f.mode: open()'s mode for text files; binary files' is normalized as
        CPython's FileIO's ('rb', 'wb', 'ab', 'xb', with '+' last)."""
        if not self.binary:
            return self.mode
        kind = 'r'
        if 'x' in self.mode:
            kind = 'x'
        elif 'a' in self.mode:
            kind = 'a'
        elif 'w' in self.mode and '+' not in self.mode:
            kind = 'w'              # ('w+b' is 'rb+')
        if '+' in self.mode:
            return kind + 'b+'
        return kind + 'b'

    def get_buffer(self):
        """f.buffer of a text file: the file as a binary one (made once)."""
        if self.w_sibling is None:
            mode = ''
            for c in self.mode:         # (RPython's replace() takes chars only)
                if c != 't':
                    mode += c
            mode += 'b'
            w_b = W_File(self.fd, self.name, mode, self.line_buffered, self.write_through)
            w_b.fd_named = self.fd_named
            w_b.closefd = self.closefd
            w_b.closed = self.closed
            w_b.w_sibling = self
            self.w_sibling = w_b
        return self.w_sibling

    def sync(self):
        """Before this file is used: the output its sibling (f.buffer, or the text file
        of a buffer) holds is written out, and the input it has read ahead is moved
        here, so that the two see one stream in order."""
        w_other = self.w_sibling
        if w_other is None:
            return
        if w_other.wlen > 0 or len(w_other.wbuf) > 0:
            w_other.flush()
        start = w_other.rpos
        if start < len(w_other.rbuf):
            assert start >= 0
            mine = self.rpos
            assert mine >= 0
            self.rbuf = w_other.rbuf[start:] + self.rbuf[mine:]
            self.rpos = 0
            w_other.rbuf = ''
            w_other.rpos = 0

    def write_str(self, s):
        stmcontrol.before_io()
        self.wbuf.append(s)
        self.wlen += len(s)
        if not self.listed:
            self.listed = True
            unflushed.files.append(self)
        if (self.write_through or self.wlen >= 8192 or
                (self.line_buffered and '\n' in s)):
            self.flush()

    def flush(self):
        stmcontrol.before_io()
        if self.wlen == 0 and len(self.wbuf) == 0:
            return
        data = ''.join(self.wbuf)
        self.wbuf = []
        self.wlen = 0
        while len(data) > 0:
            try:
                n = os.write(self.fd, data)
            except OSError as e:
                if _retry(e.errno):
                    continue
                raise _os_error(e.errno)
            if n <= 0:
                break
            assert n >= 0
            data = data[n:]

    def fill(self):
        """Read more input; False at end of file."""
        stmcontrol.before_io()
        if self.eof:
            return False
        _poll()                   # a Ctrl-C that came before a blocking read
        # STM build: the read may wait for input, so the transaction ends before it (as
        # GIL mode releases the GIL there); the new one is inevitable before the buffer
        # changes, so that what was read cannot be lost to an abort
        was_outside = stmcontrol.begin_waiting()
        try:
            data = self._read_more()
        finally:
            stmcontrol.end_blocking(was_outside)
        stmcontrol.before_io()
        if len(data) == 0:
            self.eof = True
            return False
        self.rbuf = self.rbuf[self.rpos:] + data
        self.rpos = 0
        return True

    def _read_more(self):
        while True:
            try:
                return os.read(self.fd, 65536)
            except OSError as e:
                if not _retry(e.errno):
                    raise _os_error(e.errno)

    def readline(self):
        stmcontrol.before_io()
        while True:
            i = self.rbuf.find('\n', self.rpos)
            if i >= 0:
                stop = i + 1
                assert stop >= 0
                line = self.rbuf[self.rpos:stop]
                self.rpos = i + 1
                return line
            if not self.fill():
                line = self.rbuf[self.rpos:]
                self.rbuf = ''
                self.rpos = 0
                return line

    def readall(self):
        stmcontrol.before_io()
        while self.fill():
            pass
        data = self.rbuf[self.rpos:]
        self.rbuf = ''
        self.rpos = 0
        return data

    def read(self, n):
        stmcontrol.before_io()
        while len(self.rbuf) - self.rpos < n:
            if not self.fill():
                break
        end = self.rpos + n
        if end > len(self.rbuf):
            end = len(self.rbuf)
        assert end >= 0
        data = self.rbuf[self.rpos:end]
        self.rpos = end
        return data

    def take(self, k):
        """The next k buffered bytes (k <= what is buffered), consumed."""
        start = self.rpos
        stop = start + k
        assert start >= 0 and stop >= start
        self.rpos = stop
        return self.rbuf[start:stop]

    def unread(self, data):
        """Put data back in front of the buffered bytes."""
        start = self.rpos
        assert start >= 0
        self.rbuf = data + self.rbuf[start:]
        self.rpos = 0

    def tell(self):
        """The file position a program sees: the OS's, less what is buffered unread."""
        stmcontrol.before_io()
        self.flush()
        try:
            pos = os.lseek(self.fd, 0, 1)
        except OSError as e:
            raise _os_error(e.errno)
        return pos - (len(self.rbuf) - self.rpos)

    def seek(self, offset, whence):
        """Move to offset (from the start, the current position or the end); the new
        position."""
        stmcontrol.before_io()
        self.flush()
        if whence == 1:
            offset -= len(self.rbuf) - self.rpos
        try:
            pos = os.lseek(self.fd, offset, whence)
        except OSError as e:
            raise _os_error(e.errno)
        self.rbuf = ''
        self.rpos = 0
        self.eof = False
        return pos

    def truncate(self, size):
        stmcontrol.before_io()
        self.flush()
        try:
            os.ftruncate(self.fd, size)
        except OSError as e:
            raise _os_error(e.errno)

    def close(self):
        stmcontrol.before_io()
        if not self.closed:
            w_other = self.w_sibling
            if w_other is not None and not w_other.closed:
                w_other.flush()
                w_other.closed = True
            self.flush()
            if self.fd > 2 and self.closefd:
                os.close(self.fd)
            self.closed = True


W_File.typedef = make_builtin_type('_io.TextIOWrapper')


def _poll():
    from minipy.interpreter import signals
    signals.poll()


def _retry(errno):
    """EINTR: raise KeyboardInterrupt if Ctrl-C caused it, else True (retry)."""
    from minipy.interpreter import signals
    return signals.check_eintr(errno)


def _os_error(errno):
    from minipy.objects import exceptions as ex
    from minipy.objects.intobject import wrap_int
    from minipy.objects.strobject import wrap_str
    from minipy.objects.root import OperationError
    w_t = ex.w_OSError
    if errno == 32:
        w_t = ex.w_BrokenPipeError
    return OperationError(ex.W_ExceptionObject(w_t, [wrap_int(errno),
                                                     wrap_str(os.strerror(errno))]))



class _UnflushedFiles(object):
    def __init__(self):
        self.files = []


unflushed = _UnflushedFiles()


def flush_open_files():
    """Write out every file holding buffered output: at exit, and before each open()
    (STM: both happen in an inevitable transaction, as every write does)."""
    files = unflushed.files
    unflushed.files = []
    for w_f in files:
        w_f.listed = False
        if not w_f.closed and w_f.wlen > 0:
            try:
                w_f.flush()
            except OperationError:
                pass
