"""The exception hierarchy (as CPython's BaseException tree), exception instances,
traceback entries, and helpers that raise OperationError with a message.

STM: an exception object is a W_Instance (attributes through its accessors) whose own
fields (args_w, which is replaced and never mutated in place, w_traceback, w_context,
w_cause, suppress_context) are read after barriers.read(w_exc) and written after
barriers.write(w_exc); `_stm_save` logs them with the instance's map and slots (through
`_stm_undo_entry`). Most exceptions never leave the transaction that created them, so
the barriers return at their first test. W_Traceback entries never change after creation."""
import errno
from minipy.objects.root import W_Root, OperationError
from minipy.objects.typeobject import W_TypeObject, w_object
from minipy.objects.maps import W_Instance, InstanceUndo
from minipy.objects.strobject import wrap_str


class ExceptionUndo(InstanceUndo):
    def __init__(self, w_exc):
        InstanceUndo.__init__(self, w_exc)
        self.w_exc = w_exc
        self.args_w = w_exc.args_w
        self.w_traceback = w_exc.w_traceback
        self.w_context = w_exc.w_context
        self.w_cause = w_exc.w_cause
        self.suppress_context = w_exc.suppress_context

    def restore(self):
        InstanceUndo.restore(self)
        w_exc = self.w_exc
        w_exc.args_w = self.args_w
        w_exc.w_traceback = self.w_traceback
        w_exc.w_context = self.w_context
        w_exc.w_cause = self.w_cause
        w_exc.suppress_context = self.suppress_context


class W_ExceptionObject(W_Instance):
    _attrs_ = ['args_w', 'w_traceback', 'w_context', 'w_cause', 'suppress_context',
               'name_scope']

    def _stm_undo_entry(self):
        return ExceptionUndo(self)

    def __init__(self, w_type, args_w):
        W_Instance.__init__(self, w_type)
        self.args_w = args_w
        self.w_traceback = None
        self.w_context = None
        self.w_cause = None
        self.suppress_context = False
        self.name_scope = None     # a NameError's suggestions.NameScope (for its hint)


class W_ExceptionGroupObject(W_ExceptionObject):
    """A BaseExceptionGroup (or subclass) instance: its message and its tuple of
    exceptions are fixed at creation (read-only attributes, as CPython's)."""
    _attrs_ = ['w_message', 'w_excs']
    _immutable_fields_ = ['w_message', 'w_excs']

    def __init__(self, w_type, args_w, w_message, w_excs):
        W_ExceptionObject.__init__(self, w_type, args_w)
        self.w_message = w_message
        self.w_excs = w_excs       # a W_TupleObject of exception instances


class W_Traceback(W_Root):
    """One traceback entry: the code, pc and line of a frame an exception went through."""
    _attrs_ = ['w_code', 'lineno', 'next', 'pc']

    def __init__(self, w_code, lineno, next, pc=-1):
        self.w_code = w_code
        self.lineno = lineno
        self.next = next
        self.pc = pc


W_Traceback.typedef = W_TypeObject('traceback', [w_object])

all_exception_types = {}


def _mk(name, w_base):
    if w_base is None:
        bases = [w_object]
    else:
        bases = [w_base]
    w_t = W_TypeObject(name, bases, True, 'exception')
    all_exception_types[name] = w_t
    return w_t


w_BaseException = _mk('BaseException', None)
w_SystemExit = _mk('SystemExit', w_BaseException)
w_KeyboardInterrupt = _mk('KeyboardInterrupt', w_BaseException)
w_GeneratorExit = _mk('GeneratorExit', w_BaseException)
w_Exception = _mk('Exception', w_BaseException)
w_StopIteration = _mk('StopIteration', w_Exception)
w_ArithmeticError = _mk('ArithmeticError', w_Exception)
w_FloatingPointError = _mk('FloatingPointError', w_ArithmeticError)
w_OverflowError = _mk('OverflowError', w_ArithmeticError)
w_ZeroDivisionError = _mk('ZeroDivisionError', w_ArithmeticError)
w_AssertionError = _mk('AssertionError', w_Exception)
w_AttributeError = _mk('AttributeError', w_Exception)
w_BufferError = _mk('BufferError', w_Exception)
w_EOFError = _mk('EOFError', w_Exception)
w_ImportError = _mk('ImportError', w_Exception)
w_ModuleNotFoundError = _mk('ModuleNotFoundError', w_ImportError)
w_LookupError = _mk('LookupError', w_Exception)
w_IndexError = _mk('IndexError', w_LookupError)
w_KeyError = _mk('KeyError', w_LookupError)
w_MemoryError = _mk('MemoryError', w_Exception)
w_NameError = _mk('NameError', w_Exception)
w_UnboundLocalError = _mk('UnboundLocalError', w_NameError)
w_OSError = _mk('OSError', w_Exception)
w_FileNotFoundError = _mk('FileNotFoundError', w_OSError)
w_FileExistsError = _mk('FileExistsError', w_OSError)
w_PermissionError = _mk('PermissionError', w_OSError)
w_IsADirectoryError = _mk('IsADirectoryError', w_OSError)
w_NotADirectoryError = _mk('NotADirectoryError', w_OSError)
w_TimeoutError = _mk('TimeoutError', w_OSError)
w_ReferenceError = _mk('ReferenceError', w_Exception)
w_RuntimeError = _mk('RuntimeError', w_Exception)
w_NotImplementedError = _mk('NotImplementedError', w_RuntimeError)
w_RecursionError = _mk('RecursionError', w_RuntimeError)
w_SyntaxError = _mk('SyntaxError', w_Exception)
w_IndentationError = _mk('IndentationError', w_SyntaxError)
w_TabError = _mk('TabError', w_IndentationError)
w_SystemError = _mk('SystemError', w_Exception)
w_TypeError = _mk('TypeError', w_Exception)
w_ValueError = _mk('ValueError', w_Exception)
w_UnicodeError = _mk('UnicodeError', w_ValueError)
w_UnicodeDecodeError = _mk('UnicodeDecodeError', w_UnicodeError)
w_UnicodeEncodeError = _mk('UnicodeEncodeError', w_UnicodeError)
w_UnicodeTranslateError = _mk('UnicodeTranslateError', w_UnicodeError)
w_Warning = _mk('Warning', w_Exception)
w_DeprecationWarning = _mk('DeprecationWarning', w_Warning)
w_UserWarning = _mk('UserWarning', w_Warning)
w_RuntimeWarning = _mk('RuntimeWarning', w_Warning)
w_PendingDeprecationWarning = _mk('PendingDeprecationWarning', w_Warning)
w_SyntaxWarning = _mk('SyntaxWarning', w_Warning)
w_FutureWarning = _mk('FutureWarning', w_Warning)
w_ImportWarning = _mk('ImportWarning', w_Warning)
w_UnicodeWarning = _mk('UnicodeWarning', w_Warning)
w_BytesWarning = _mk('BytesWarning', w_Warning)
w_ResourceWarning = _mk('ResourceWarning', w_Warning)
w_EncodingWarning = _mk('EncodingWarning', w_Warning)
w_StopAsyncIteration = _mk('StopAsyncIteration', w_Exception)
w_ConnectionError = _mk('ConnectionError', w_OSError)
w_BaseExceptionGroup = _mk('BaseExceptionGroup', w_BaseException)
w_ExceptionGroup = W_TypeObject('ExceptionGroup', [w_BaseExceptionGroup, w_Exception], True,
                                'exception')
all_exception_types['ExceptionGroup'] = w_ExceptionGroup
# io.UnsupportedOperation (reading a file opened for writing, ...): not a builtin name,
# so not in all_exception_types; minipy/lib/io.py exposes it through _io
w_UnsupportedOperation = W_TypeObject('UnsupportedOperation', [w_OSError, w_ValueError], True,
                                      'exception')
w_UnsupportedOperation.module = 'io'
w_BrokenPipeError = _mk('BrokenPipeError', w_ConnectionError)
w_ConnectionAbortedError = _mk('ConnectionAbortedError', w_ConnectionError)
w_ConnectionRefusedError = _mk('ConnectionRefusedError', w_ConnectionError)
w_ConnectionResetError = _mk('ConnectionResetError', w_ConnectionError)
w_BlockingIOError = _mk('BlockingIOError', w_OSError)
w_ChildProcessError = _mk('ChildProcessError', w_OSError)
w_InterruptedError = _mk('InterruptedError', w_OSError)
w_ProcessLookupError = _mk('ProcessLookupError', w_OSError)

# OSError(errno, ...) makes the subclass for errno, as CPython's OSError.__new__
OSERROR_BY_ERRNO = {
    errno.EAGAIN: w_BlockingIOError, errno.EALREADY: w_BlockingIOError,
    errno.EWOULDBLOCK: w_BlockingIOError, errno.EINPROGRESS: w_BlockingIOError,
    errno.ECHILD: w_ChildProcessError, errno.EPIPE: w_BrokenPipeError,
    errno.ESHUTDOWN: w_BrokenPipeError, errno.ECONNABORTED: w_ConnectionAbortedError,
    errno.ECONNREFUSED: w_ConnectionRefusedError, errno.ECONNRESET: w_ConnectionResetError,
    errno.EEXIST: w_FileExistsError, errno.ENOENT: w_FileNotFoundError,
    errno.EISDIR: w_IsADirectoryError, errno.ENOTDIR: w_NotADirectoryError,
    errno.EINTR: w_InterruptedError, errno.EACCES: w_PermissionError,
    errno.EPERM: w_PermissionError, errno.ESRCH: w_ProcessLookupError,
    errno.ETIMEDOUT: w_TimeoutError,
}


def new_exception(w_type, args_w):
    return W_ExceptionObject(w_type, args_w)


def oefmt(w_type, msg):
    """OperationError of type w_type with the one-argument message msg (UTF-8)."""
    return OperationError(W_ExceptionObject(w_type, [wrap_str(msg)]))


def operr_arg(w_type, w_arg):
    return OperationError(W_ExceptionObject(w_type, [w_arg]))


def operr_noargs(w_type):
    return OperationError(W_ExceptionObject(w_type, []))
