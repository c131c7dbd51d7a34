"""contextlib: context managers from generators (contextmanager, usable as decorators),
suppress, closing, nullcontext, redirect_stdout/redirect_stderr, chdir and ExitStack, as
CPython 3.11's (the exception thrown into the generator, "generator didn't yield/stop",
the exceptions that callbacks of an ExitStack raise chained as nested with statements
would chain them). Written for minipy; no asynchronous variants."""

import sys

__all__ = ["contextmanager", "closing", "nullcontext", "AbstractContextManager",
           "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
           "suppress", "chdir"]


class AbstractContextManager:
    """__enter__ returns self; __exit__ lets the exception through."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """A context manager that also decorates a function: each call runs inside it."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        _wraps(inner, func)
        return inner


def _wraps(wrapper, wrapped):
    for name in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        try:
            setattr(wrapper, name, value)
        except (AttributeError, TypeError):
            pass
    wrapper.__wrapped__ = wrapped


class _GeneratorContextManager(AbstractContextManager, ContextDecorator):
    """What a @contextmanager function returns: runs its generator up to the yield on
    entry and from there on exit, throwing in the exception that ended the block."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # a StopIteration that came out of the block itself is not swallowed
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            # PEP 479: the StopIteration thrown in came back as a RuntimeError
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            # the exception thrown in came back out: __exit__ lets it go on, with the
            # traceback it had (not the generator's frames)
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """@contextmanager: a generator function that yields once becomes a factory of
    context managers (the code before the yield runs on entry, after it on exit)."""
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    _wraps(helper, func)
    return helper


class closing(AbstractContextManager):
    """with closing(thing) as t: ... calls thing.close() at the end."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; with ... as x gives enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Within the block, sys.stdout is new_target (print writes there)."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Within the block, sys.stderr is new_target."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """with suppress(E1, E2): ... ends the block quietly on those exceptions."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class chdir(AbstractContextManager):
    """Within the block, the working directory is path."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


def _no_protocol(cm):
    cls = type(cm)
    return TypeError("'%s.%s' object does not support the context manager protocol"
                     % (cls.__module__, cls.__qualname__))


class _Callback:
    """An ExitStack entry made by callback(): calls fn(*args, **kwds), never suppresses."""

    def __init__(self, callback, args, kwds):
        self.__wrapped__ = callback
        self.args = args
        self.kwds = kwds

    def __call__(self, exc_type, exc, tb):
        self.__wrapped__(*self.args, **self.kwds)


class _BoundExit:
    """An ExitStack entry made from a context manager: its __exit__, bound."""

    def __init__(self, cm, exit_method):
        self.__self__ = cm
        self.exit_method = exit_method

    def __call__(self, exc_type, exc, tb):
        return self.exit_method(self.__self__, exc_type, exc, tb)


class ExitStack(AbstractContextManager):
    """A stack of exit callbacks called in reverse order when the stack closes, as if
    the context managers entered with enter_context were nested with statements."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """A new ExitStack with the callbacks of this one, which is left empty."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Add a context manager's __exit__ (or a callable with __exit__'s arguments)."""
        exit_method = getattr(type(exit), "__exit__", None)
        if exit_method is None:
            self._exit_callbacks.append(exit)
        else:
            self._exit_callbacks.append(_BoundExit(exit, exit_method))
        return exit

    def enter_context(self, cm):
        """Enter cm and push its __exit__; returns what its __enter__ returned."""
        cls = type(cm)
        enter = getattr(cls, "__enter__", None)
        exit_method = getattr(cls, "__exit__", None)
        if enter is None or exit_method is None:
            raise _no_protocol(cm)
        result = enter(cm)
        self._exit_callbacks.append(_BoundExit(cm, exit_method))
        return result

    def callback(self, callback, *args, **kwds):
        """Call callback(*args, **kwds) when the stack closes; returns callback."""
        self._exit_callbacks.append(_Callback(callback, args, kwds))
        return callback

    def close(self):
        """Unwind the stack now."""
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]

        def fix_context(new_exc, old_exc):
            # the exception raised by a callback gets, at the end of its chain of
            # contexts, the exception that was being handled there (as nested withs)
            while True:
                ctx = new_exc.__context__
                if ctx is None or ctx is old_exc:
                    return
                if ctx is frame_exc:
                    break
                new_exc = ctx
            new_exc.__context__ = old_exc

        suppressed = False
        pending = False
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed = True
                    pending = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                fix_context(new_exc, exc_details[1])
                pending = True
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
        if pending:
            exc = exc_details[1]
            fixed = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = fixed
                raise
        return received_exc and suppressed
