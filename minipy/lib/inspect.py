"""inspect: looking at live objects -- what kind of object something is, the members of
an object, and the call signature of a function -- for minipy, written for it in Python.

Provided: the is*() predicates (isfunction, ismethod, isclass, ismodule, isbuiltin,
isroutine, isgenerator, isgeneratorfunction, iscode, isabstract, isdatadescriptor,
ismethoddescriptor, ...; the coroutine and async-generator predicates always answer False,
as minipy has no async functions), getmembers, getmro, unwrap, signature() with Signature,
Parameter and BoundArguments (bind, bind_partial, apply_defaults; str() as CPython prints
a signature), getfullargspec, getdoc, cleandoc, getmodule, getfile, getsourcefile and a
simple getsource/getsourcelines (the source block is found by indentation, not by
tokenizing).

The interpreter stack: currentframe, stack, getouterframes, getframeinfo (with
Traceback and FrameInfo, and their positions from the code's co_positions()), and
getlineno. Tracebacks have no frames in minipy: trace() and getinnerframes() are absent
and getframeinfo() of a traceback reads its entry instead.

Left out: signatures of built-in functions (minipy's have no __text_signature__:
signature() raises ValueError for them), getcomments, getclosurevars, getcallargs,
getattr_static, and the async/coroutine machinery.
"""

import sys
import types
import functools
import enum
import collections

# code object flags, as CPython numbers them
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

TPFLAGS_IS_ABSTRACT = 1 << 20


# ---- what kind of object -------------------------------------------------------------

def ismodule(object):
    """True for module objects."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """True for classes (instances of type or of a metaclass)."""
    return isinstance(object, type)


def ismethod(object):
    """True for bound methods written in Python."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """True for functions written in Python (def and lambda)."""
    return isinstance(object, types.FunctionType)


def isbuiltin(object):
    """True for built-in functions and bound built-in methods."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethoddescriptor(object):
    """True for objects with __get__ but no __set__/__delete__ that are not classes,
    methods or functions (e.g. a built-in method taken from its class)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if isinstance(object, property):
        # minipy's property type does not show __set__ as an attribute
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__") \
        and not hasattr(tp, "__delete__")


def isdatadescriptor(object):
    """True for objects whose type defines __set__ or __delete__ (properties, ...)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if isinstance(object, property):
        return True
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def ismemberdescriptor(object):
    return False


def isgetsetdescriptor(object):
    return False


def isroutine(object):
    """True for any kind of function or method, Python or built-in."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object))


def iscode(object):
    return isinstance(object, types.CodeType)


def isframe(object):
    return isinstance(object, types.FrameType)


def istraceback(object):
    return isinstance(object, types.TracebackType)


def isgenerator(object):
    """True for generator objects (what calling a generator function returns)."""
    return isinstance(object, types.GeneratorType)


def _function_of(f):
    # the Python function under methods and functools.partial objects
    while True:
        if ismethod(f):
            f = f.__func__
        elif isinstance(f, functools.partial):
            f = f.func
        else:
            return f


def _has_code_flag(f, flag):
    f = _function_of(f)
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(object):
    """True for functions (and methods, partials of them) whose body yields."""
    return _has_code_flag(object, CO_GENERATOR)


def iscoroutinefunction(object):
    return False


def isasyncgenfunction(object):
    return False


def iscoroutine(object):
    return False


def isasyncgen(object):
    return False


def isawaitable(object):
    return False


def isabstract(object):
    """True for classes with abstract methods left (ABCs that cannot be instantiated)."""
    if not isinstance(object, type):
        return False
    flags = getattr(object, "__flags__", None)
    if flags is not None:
        return bool(flags & TPFLAGS_IS_ABSTRACT)
    return bool(getattr(object, "__abstractmethods__", False))


# ---- members --------------------------------------------------------------------------

def getmro(cls):
    """The classes cls looks attributes up in, in order (cls.__mro__)."""
    return cls.__mro__


def getmembers(object, predicate=None):
    """All (name, value) pairs of the object's attributes, sorted by name; with a
    predicate, only those whose value it accepts."""
    if isclass(object):
        mro = (object,) + tuple(getmro(object))
    else:
        mro = ()
    found = []
    seen = set()
    for name in dir(object):
        if name in seen:
            continue
        try:
            value = getattr(object, name)
        except AttributeError:
            # an attribute dir() names that only the class dicts hold
            for klass in mro:
                if name in klass.__dict__:
                    value = klass.__dict__[name]
                    break
            else:
                continue
        seen.add(name)
        if predicate is None or predicate(value):
            found.append((name, value))
    found.sort(key=lambda pair: pair[0])
    return found


def unwrap(func, *, stop=None):
    """Follow __wrapped__ from func (set by functools.wraps) to the innermost function;
    stop(f) true ends the walk at f. A chain that comes back on itself is a ValueError."""
    start = func
    seen = {id(func)}
    while hasattr(func, "__wrapped__"):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        if id(func) in seen or len(seen) >= sys.getrecursionlimit():
            raise ValueError("wrapper loop when unwrapping {!r}".format(start))
        seen.add(id(func))
    return func


# ---- documentation and source ---------------------------------------------------------

def cleandoc(doc):
    """A docstring with tabs expanded, the common indentation of the lines after the
    first removed, and blank lines at the start and end dropped."""
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        stripped = line.lstrip()
        if stripped:
            indent = len(line) - len(stripped)
            if margin is None or indent < margin:
                margin = indent
    lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def _owner_class(func):
    # the class a function defined in a class body belongs to, from its __qualname__
    qualname = getattr(func, "__qualname__", "")
    parts = qualname.split(".")
    if len(parts) < 2 or "<locals>" in parts:
        return None
    module = sys.modules.get(getattr(func, "__module__", None))
    if module is None:
        return None
    obj = module
    for part in parts[:-1]:
        obj = getattr(obj, part, None)
        if obj is None:
            return None
    return obj if isclass(obj) else None


def _inherited_doc(obj):
    if isclass(obj):
        for base in obj.__mro__[1:]:
            if base is not object:
                doc = base.__doc__
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__ if isclass(obj.__self__) else type(obj.__self__)
    elif isfunction(obj):
        name = obj.__name__
        owner = _owner_class(obj)
    elif isinstance(obj, property):
        name = obj.fget.__name__ if obj.fget is not None else None
        owner = _owner_class(obj.fget) if obj.fget is not None else None
    else:
        return None
    if owner is None or name is None:
        return None
    for base in owner.__mro__:
        if name in base.__dict__:
            doc = getattr(base.__dict__[name], "__doc__", None)
            if doc is not None:
                return doc
    return None


def getdoc(object):
    """The object's docstring, or the one it inherits from a base class, cleaned up by
    cleandoc(); None when there is none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(object, _filename=None):
    """The module an object was defined in, or None when that cannot be told."""
    if ismodule(object):
        return object
    name = getattr(object, "__module__", None)
    if isinstance(name, str):
        return sys.modules.get(name)
    return None


def getfile(object):
    """The name of the file the object was defined in (a TypeError for built-ins)."""
    if ismodule(object):
        file = getattr(object, "__file__", None)
        if file:
            return file
        raise TypeError("{!r} is a built-in module".format(object))
    if isclass(object):
        module = sys.modules.get(getattr(object, "__module__", None))
        file = getattr(module, "__file__", None)
        if file:
            return file
        raise TypeError("{!r} is a built-in class".format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if iscode(object):
        return object.co_filename
    raise TypeError("module, class, method, function, traceback, frame, or code "
                    "object was expected, got {}".format(type(object).__name__))


def getsourcefile(object):
    filename = getfile(object)
    if filename.endswith(".py"):
        return filename
    return None


def _read_lines(filename):
    with open(filename) as f:
        return f.read().splitlines(True)


def _indent_of(line):
    return len(line) - len(line.lstrip(" \t"))


def getsourcelines(object):
    """The lines of source of a module, function, method or class and the number of
    the first. The block is found by indentation: the header (decorators, the def line
    and its continuation lines) and every following line indented further or blank."""
    object = unwrap(object)
    filename = getsourcefile(object)
    if filename is None:
        raise OSError("could not get source code")
    try:
        lines = _read_lines(filename)
    except OSError:
        raise OSError("could not get source code")
    if ismodule(object):
        return lines, 0
    if isclass(object):
        name = object.__name__
        start = None
        for i, line in enumerate(lines):
            stripped = line.lstrip()
            if stripped.startswith("class " + name) and \
                    stripped[6 + len(name):7 + len(name)] in ("(", ":", " "):
                start = i
                break
        if start is None:
            raise OSError("could not find class definition")
        while start > 0 and lines[start - 1].lstrip().startswith("@"):
            start -= 1
    else:
        if ismethod(object):
            object = object.__func__
        if isfunction(object):
            object = object.__code__
        if not iscode(object):
            raise TypeError("module, class, method, function, traceback, frame, or "
                            "code object was expected, got {}".format(
                                type(object).__name__))
        start = object.co_firstlineno - 1
        if start < 0 or start >= len(lines):
            raise OSError("could not find code object")
    base = _indent_of(lines[start])
    end = start + 1
    # the header: decorators, then lines up to the one that ends with ':'
    i = start
    while i < len(lines) and lines[i].lstrip().startswith("@"):
        i += 1
    depth = 0
    while i < len(lines):
        text = lines[i].split("#")[0].rstrip()
        depth += text.count("(") + text.count("[") + text.count("{")
        depth -= text.count(")") + text.count("]") + text.count("}")
        i += 1
        if depth <= 0:
            break
    end = i
    header_last = lines[end - 1].split("#")[0].rstrip()
    if header_last.endswith(":"):
        # the body: lines indented further than the header, and blank lines between
        j = end
        while j < len(lines):
            line = lines[j]
            if line.strip() == "":
                j += 1
                continue
            if _indent_of(line) <= base:
                break
            j += 1
            end = j
    return lines[start:end], start + 1


def getsource(object):
    """The text of the source of a module, function, method or class."""
    lines, lnum = getsourcelines(object)
    return "".join(lines)


def currentframe():
    """The frame of the caller."""
    return sys._getframe(1)


# ---- the interpreter stack ------------------------------------------------------------

Positions = collections.namedtuple(
    "Positions", ["lineno", "end_lineno", "col_offset", "end_col_offset"],
    defaults=[None] * 4)

_Traceback = collections.namedtuple(
    "_Traceback", "filename lineno function code_context index")


class Traceback(_Traceback):
    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ("Traceback(filename={!r}, lineno={!r}, function={!r}, "
                "code_context={!r}, index={!r}, positions={!r})".format(
                    self.filename, self.lineno, self.function, self.code_context,
                    self.index, self.positions))


_FrameInfo = collections.namedtuple("_FrameInfo", ("frame",) + Traceback._fields)


class FrameInfo(_FrameInfo):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *,
                positions=None):
        instance = super().__new__(cls, frame, filename, lineno, function, code_context,
                                   index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ("FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, "
                "code_context={!r}, index={!r}, positions={!r})".format(
                    self.frame, self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


def _code_position(code, lasti):
    if lasti < 0:
        return (None, None, None, None)
    for i, position in enumerate(code.co_positions()):
        if i == lasti // 2:
            return position
    return (None, None, None, None)


def _context_lines(filename, lineno, context):
    """(lines, index): `context` source lines around lineno and lineno's index in them,
    or (None, None) when the source cannot be read."""
    if context <= 0:
        return None, None
    try:
        lines = _read_lines(filename)
    except (OSError, UnicodeDecodeError):
        return None, None
    if not lines:
        return None, None
    start = max(0, min(lineno - 1 - context // 2, len(lines) - context))
    return lines[start:start + context], lineno - 1 - start


def getframeinfo(frame, context=1):
    """A Traceback(filename, lineno, function, code_context, index) for a frame or a
    traceback entry, with `context` lines of source around the line."""
    if istraceback(frame):
        entry = sys._tb_entries(frame)[0]
        filename, lineno, function = entry[:3]
        positions = Positions(*entry[5])
        if positions.lineno is None:
            positions = Positions(lineno, *entry[5][1:])
    elif isframe(frame):
        code = frame.f_code
        filename, lineno, function = code.co_filename, frame.f_lineno, code.co_name
        lineno_at, *columns = _code_position(code, frame.f_lasti)
        positions = Positions(lineno if lineno_at is None else lineno_at, *columns)
    else:
        raise TypeError("{!r} is not a frame or traceback object".format(frame))
    lineno = positions.lineno
    lines, index = _context_lines(filename, lineno, context)
    return Traceback(filename, lineno, function, lines, index, positions=positions)


def getlineno(frame):
    return frame.f_lineno


def getouterframes(frame, context=1):
    """A FrameInfo for frame and for each frame outwards from it."""
    framelist = []
    while frame:
        info = getframeinfo(frame, context)
        framelist.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return framelist


def stack(context=1):
    """A FrameInfo for the caller's frame and each frame outwards from it."""
    return getouterframes(sys._getframe(1), context)


# ---- signatures -----------------------------------------------------------------------

class _void:
    """A marker: 'no value given' in replace()."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_KIND_DESCRIPTIONS = {
    _POSITIONAL_ONLY: "positional-only",
    _POSITIONAL_OR_KEYWORD: "positional or keyword",
    _VAR_POSITIONAL: "variadic positional",
    _KEYWORD_ONLY: "keyword-only",
    _VAR_KEYWORD: "variadic keyword",
}

def formatannotation(annotation, base_module=None):
    """An annotation as a signature shows it: classes by (qualified) name, typing
    constructs without the 'typing.' prefix, anything else by repr()."""
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    if not isinstance(annotation, type) and type(annotation).__module__ == "typing":
        return repr(annotation).replace("typing.", "")
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a signature: its name, kind, default (Parameter.empty when it
    has none) and annotation (Parameter.empty when it has none). Immutable: replace()
    makes a changed copy."""

    __slots__ = ("_name", "_kind", "_default", "_annotation")

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError("value {!r} is not a valid Parameter.kind".format(kind))
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError("{} parameters cannot have default values".format(
                kind.description))
        if not isinstance(name, str):
            raise TypeError("name must be a str, not a {}".format(type(name).__name__))
        if name[:1] == "." and name[1:].isdigit():
            # the implicit argument of comprehensions
            if kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError(
                    "implicit arguments must be passed as positional or keyword "
                    "arguments, not {}".format(kind.description))
            kind = _POSITIONAL_ONLY
            name = "implicit" + name[1:]
        if not name.isidentifier():
            raise ValueError("{!r} is not a valid parameter name".format(name))
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    @property
    def name(self):
        return self._name

    @property
    def kind(self):
        return self._kind

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy with the given fields changed."""
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = "{}: {}".format(text, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                text = "{} = {!r}".format(text, self._default)
            else:
                text = "{}={!r}".format(text, self._default)
        if self._kind == _VAR_POSITIONAL:
            text = "*" + text
        elif self._kind == _VAR_KEYWORD:
            text = "**" + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default
                and self._annotation == other._annotation)


class BoundArguments:
    """What Signature.bind() made of a call's arguments: `arguments`, a dict from
    parameter names to values (in the signature's order), and the `args` and `kwargs`
    to call the function with."""

    __slots__ = ("arguments", "_signature", "__weakref__")

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        result = []
        for param in self._signature.parameters.values():
            if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                break
            if param.name not in self.arguments:
                break
            value = self.arguments[param.name]
            if param.kind == _VAR_POSITIONAL:
                result.extend(value)
            else:
                result.append(value)
        return tuple(result)

    @property
    def kwargs(self):
        result = {}
        in_keywords = False
        for param in self._signature.parameters.values():
            if not in_keywords:
                if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                    in_keywords = True
                elif param.name not in self.arguments:
                    # a positional parameter left out: the ones after it must be passed
                    # by keyword
                    in_keywords = True
                    continue
            if not in_keywords or param.name not in self.arguments:
                continue
            value = self.arguments[param.name]
            if param.kind == _VAR_KEYWORD:
                result.update(value)
            else:
                result[param.name] = value
        return result

    def apply_defaults(self):
        """Fill in the defaults of the parameters not bound: their default values,
        () for *args and {} for **kwargs."""
        filled = {}
        for param in self._signature.parameters.values():
            name = param.name
            if name in self.arguments:
                filled[name] = self.arguments[name]
            elif param.default is not _empty:
                filled[name] = param.default
            elif param.kind == _VAR_POSITIONAL:
                filled[name] = ()
            elif param.kind == _VAR_KEYWORD:
                filled[name] = {}
        self.arguments = filled

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return (self.signature == other.signature
                and self.arguments == other.arguments)

    def __getstate__(self):
        return {"_signature": self._signature, "arguments": self.arguments}

    def __repr__(self):
        shown = ["{}={!r}".format(name, value)
                 for name, value in self.arguments.items()]
        return "<{} ({})>".format(type(self).__name__, ", ".join(shown))


class Signature:
    """The call signature of a callable: its parameters (an ordered mapping from name
    to Parameter) and its return annotation (Signature.empty when it has none).
    str() writes it as a def line would, with CPython's '/' and '*' markers."""

    __slots__ = ("_return_annotation", "_parameters")

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        params = {}
        if parameters is not None:
            if __validate_parameters__:
                last_kind = _POSITIONAL_ONLY
                defaults_seen = False
                for param in parameters:
                    kind = param.kind
                    name = param.name
                    if kind < last_kind:
                        raise ValueError(
                            "wrong parameter order: {} parameter before {} "
                            "parameter".format(last_kind.description, kind.description))
                    if kind > last_kind:
                        last_kind = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if defaults_seen:
                                raise ValueError(
                                    "non-default argument follows default argument")
                        else:
                            defaults_seen = True
                    if name in params:
                        raise ValueError("duplicate parameter name: {!r}".format(name))
                    params[name] = param
            else:
                for param in parameters:
                    params[param.name] = param
        self._parameters = types.MappingProxyType(collections.OrderedDict(params))
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        """The signature of a callable (see signature())."""
        return _signature_of(obj, follow_wrapped, cls)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy with the parameters or the return annotation changed."""
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _key(self):
        keyword_only = frozenset(p for p in self._parameters.values()
                                 if p.kind == _KEYWORD_ONLY)
        others = tuple(p for p in self._parameters.values()
                       if p.kind != _KEYWORD_ONLY)
        return others, keyword_only, self._return_annotation

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._key() == other._key()

    def _bind(self, args, kwargs, partial):
        kwargs = dict(kwargs)
        arguments = {}
        params = list(self._parameters.values())
        n = len(params)
        i = 0
        # positional arguments fill the positional parameters in order
        pos = 0
        while pos < len(args):
            if i >= n:
                raise TypeError("too many positional arguments")
            param = params[i]
            if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                raise TypeError("too many positional arguments")
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = tuple(args[pos:])
                pos = len(args)
                i += 1
                break
            if param.kind != _POSITIONAL_ONLY and param.name in kwargs:
                raise TypeError(
                    "multiple values for argument {!r}".format(param.name))
            arguments[param.name] = args[pos]
            pos += 1
            i += 1
        else:
            # the arguments ran out before the parameters: the next parameter must be
            # optional, given by keyword, or (bind_partial) may be left out
            if i < n:
                param = params[i]
                if param.kind == _VAR_POSITIONAL:
                    i += 1
                elif param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        raise TypeError(
                            "{!r} parameter is positional only, but was passed as a "
                            "keyword".format(param.name))
                elif (param.kind != _VAR_KEYWORD and param.default is _empty
                        and not partial):
                    raise TypeError(
                        "missing a required argument: {!r}".format(param.name))
        # the remaining parameters take keyword arguments
        varkw = None
        for param in params[i:]:
            if param.kind == _VAR_KEYWORD:
                varkw = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            if param.name in kwargs:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError(
                        "{!r} parameter is positional only, but was passed as a "
                        "keyword".format(param.name))
                arguments[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError(
                    "missing a required argument: {!r}".format(param.name))
        if kwargs:
            if varkw is None:
                raise TypeError("got an unexpected keyword argument {!r}".format(
                    next(iter(kwargs))))
            arguments[varkw.name] = kwargs
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """BoundArguments for a call with these arguments; a TypeError where the call
        would not fit the signature."""
        return self._bind(args, kwargs, False)

    def bind_partial(self, /, *args, **kwargs):
        """As bind(), but required arguments may be missing."""
        return self._bind(args, kwargs, True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {"_return_annotation": self._return_annotation})

    def __repr__(self):
        return "<{} {}>".format(type(self).__name__, self)

    def __str__(self):
        parts = []
        slash_pending = False
        star_needed = True
        for param in self._parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                slash_pending = True
            elif slash_pending:
                parts.append("/")
                slash_pending = False
            if kind == _VAR_POSITIONAL:
                star_needed = False
            elif kind == _KEYWORD_ONLY and star_needed:
                parts.append("*")
                star_needed = False
            parts.append(str(param))
        if slash_pending:
            parts.append("/")
        text = "({})".format(", ".join(parts))
        if self._return_annotation is not _empty:
            text += " -> {}".format(formatannotation(self._return_annotation))
        return text


def _from_function(cls, func):
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkwonly = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = func.__annotations__ or {}
    first_default = npos - len(defaults)
    make = cls._parameter_cls
    params = []
    for i in range(npos):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(make(name, kind, default=default,
                           annotation=annotations.get(name, _empty)))
    index = npos + nkwonly
    if code.co_flags & CO_VARARGS:
        name = names[index]
        params.append(make(name, _VAR_POSITIONAL,
                           annotation=annotations.get(name, _empty)))
        index += 1
    for name in names[npos:npos + nkwonly]:
        params.append(make(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                           annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[index]
        params.append(make(name, _VAR_KEYWORD,
                           annotation=annotations.get(name, _empty)))
    return cls(params, return_annotation=annotations.get("return", _empty),
               __validate_parameters__=False)


def _drop_first(sig):
    # the signature of a method once its first parameter is bound
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError("invalid method signature")
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _bound(skip_bound, sig):
    return _drop_first(sig) if skip_bound else sig


def _from_partial(sig, partial):
    # what is left of sig once partial.args and partial.keywords are applied
    args = partial.args
    keywords = partial.keywords or {}
    try:
        bound = sig.bind_partial(*args, **keywords)
    except TypeError:
        raise ValueError("partial object {!r} has incorrect arguments".format(partial))
    bound_positionally = set()
    params = list(sig.parameters.values())
    count = 0
    for param in params:
        if count >= len(args):
            break
        if param.kind == _VAR_POSITIONAL:
            break
        bound_positionally.add(param.name)
        count += 1
    result = []
    keyword_only_now = False
    for param in params:
        name = param.name
        if name in bound_positionally:
            continue
        if name in keywords and param.kind not in (_VAR_POSITIONAL, _VAR_KEYWORD):
            if param.kind == _POSITIONAL_ONLY:
                # given by keyword to a positional-only parameter: gone
                continue
            param = param.replace(default=bound.arguments[name])
            if param.kind == _POSITIONAL_OR_KEYWORD:
                param = param.replace(kind=_KEYWORD_ONLY)
            keyword_only_now = True
        elif keyword_only_now and param.kind == _POSITIONAL_OR_KEYWORD:
            param = param.replace(kind=_KEYWORD_ONLY)
        elif keyword_only_now and param.kind == _VAR_POSITIONAL:
            continue
        result.append(param)
    # keyword-only parameters must come after the others
    ordered = ([p for p in result if p.kind < _KEYWORD_ONLY]
               + [p for p in result if p.kind == _KEYWORD_ONLY]
               + [p for p in result if p.kind == _VAR_KEYWORD])
    return sig.replace(parameters=ordered)


def _signature_of(obj, follow_wrapped, cls, skip_bound=True):
    if not callable(obj):
        raise TypeError("{!r} is not a callable object".format(obj))
    if isinstance(obj, types.MethodType):
        sig = _signature_of(obj.__func__, follow_wrapped, cls, skip_bound)
        return _bound(skip_bound, sig)
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
        if isinstance(obj, types.MethodType):
            return _signature_of(obj, follow_wrapped, cls, skip_bound)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError("unexpected object {!r} in __signature__ "
                                "attribute".format(sig))
            return sig
    if isfunction(obj):
        return _from_function(cls, obj)
    if isinstance(obj, functools.partial):
        sig = _signature_of(obj.func, follow_wrapped, cls, skip_bound)
        return _from_partial(sig, obj)
    if isinstance(obj, (staticmethod, classmethod)) and hasattr(obj, "__func__"):
        sig = _signature_of(obj.__func__, follow_wrapped, cls, skip_bound)
        if isinstance(obj, classmethod):
            sig = _bound(skip_bound, sig)
        return sig
    if isbuiltin(obj):
        raise ValueError("no signature found for builtin {!r}".format(obj))
    if isinstance(obj, type):
        # a class: its metaclass's __call__, else its own __new__ or __init__
        for klass in type(obj).__mro__:
            if klass is type or klass is object:
                break
            if "__call__" in klass.__dict__:
                sig = _signature_of(klass.__dict__["__call__"], follow_wrapped, cls,
                                    skip_bound)
                return _bound(skip_bound, sig)
        for klass in obj.__mro__:
            if klass is object:
                break
            if "__new__" in klass.__dict__ or "__init__" in klass.__dict__:
                for special in ("__new__", "__init__"):
                    if special in klass.__dict__:
                        method = klass.__dict__[special]
                        if isinstance(method, staticmethod):
                            method = method.__func__
                        if isfunction(method):
                            sig = _signature_of(method, follow_wrapped, cls,
                                                skip_bound)
                            return _bound(skip_bound, sig)
                        raise ValueError(
                            "no signature found for builtin type {!r}".format(obj))
        return cls([])
    call = getattr(type(obj), "__call__", None)
    if call is not None and isfunction(call):
        sig = _signature_of(call, follow_wrapped, cls, skip_bound)
        return _bound(skip_bound, sig)
    raise ValueError("callable {!r} is not supported by signature".format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable: a function, method, class, functools.partial or
    instance with __call__. Functions wrapped by functools.wraps show the wrapped
    function's signature unless follow_wrapped is false."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped)


FullArgSpec = collections.namedtuple(
    "FullArgSpec",
    "args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations")


def getfullargspec(func):
    """The parameters of a callable the old way, as a FullArgSpec: args (positional
    names, positional-only ones included), varargs, varkw, defaults (a tuple, or None),
    kwonlyargs, kwonlydefaults (a dict, or None) and annotations. Unlike signature(),
    __wrapped__ is not followed and a bound method keeps its first parameter."""
    try:
        sig = _signature_of(func, False, Signature, False)
    except Exception as exc:
        raise TypeError("unsupported callable") from exc
    args = []
    varargs = varkw = None
    defaults = ()
    kwonlyargs = []
    kwonlydefaults = {}
    annotations = {}
    if sig.return_annotation is not _empty:
        annotations["return"] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not _empty:
                defaults += (param.default,)
        elif kind == _VAR_POSITIONAL:
            varargs = name
        elif kind == _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not _empty:
                kwonlydefaults[name] = param.default
        else:
            varkw = name
        if param.annotation is not _empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs,
                       kwonlydefaults or None, annotations)
