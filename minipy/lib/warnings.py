"""warnings: warn() and its filters, as CPython 3.11's: a warning is printed once per
place ("file:line: Category: message" and the source line, on sys.stderr) unless a
filter says otherwise ('ignore', 'error', 'always', 'default', 'module', 'once', via
filterwarnings/simplefilter/resetwarnings); catch_warnings saves and restores the
filters (and records warnings with record=True); showwarning and formatwarning can be
replaced. Written for minipy: the caller's file and line come from sys._callerinfo, and
the message and module patterns of filterwarnings use the library's re when it has one,
else a small matcher of literal text, '.', '*', '+', '?', escapes and '$'."""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


# ---------------------------------------------------------------- patterns

class _Pattern:
    """A compiled pattern of the small regex subset; match() anchors at the start."""

    def __init__(self, pattern, ignore_case):
        self.pattern = pattern
        self.ignore_case = ignore_case
        self.items = []         # (kind, char, quantifier): kind 'lit', 'any' or 'end'
        i = 0
        n = len(pattern)
        while i < n:
            c = pattern[i]
            if c == "\\" and i + 1 < n:
                item = ["lit", pattern[i + 1], ""]
                i += 2
            elif c == ".":
                item = ["any", "", ""]
                i += 1
            elif c == "$" and i == n - 1:
                item = ["end", "", ""]
                i += 1
            elif c in "[](){}|^+*?":
                raise ValueError("warnings: the pattern %r needs the re module" % pattern)
            else:
                item = ["lit", c, ""]
                i += 1
            if i < n and pattern[i] in "*+?" and item[0] != "end":
                item[2] = pattern[i]
                i += 1
            self.items.append(tuple(item))

    def _one(self, item, c):
        if item[0] == "any":
            return c != "\n"
        if self.ignore_case:
            return c.lower() == item[1].lower()
        return c == item[1]

    def _match_at(self, k, text, i):
        if k == len(self.items):
            return True
        item = self.items[k]
        kind, ch, q = item
        if kind == "end":
            return i == len(text) or (i == len(text) - 1 and text[i] == "\n")
        if q == "":
            return i < len(text) and self._one(item, text[i]) and \
                self._match_at(k + 1, text, i + 1)
        low = 1 if q == "+" else 0
        high = 1 if q == "?" else len(text) - i
        count = 0
        while count < high and i + count < len(text) and self._one(item, text[i + count]):
            count += 1
        while count >= low:
            if self._match_at(k + 1, text, i + count):
                return True
            count -= 1
        return False

    def match(self, text):
        return self._match_at(0, text, 0)


def _compile(pattern, ignore_case):
    try:
        import re
    except ImportError:
        return _Pattern(pattern, ignore_case)
    return re.compile(pattern, re.I if ignore_case else 0)


def _matches(pattern, text):
    # a filter's pattern is compiled, or a str that must equal the text (CPython's own
    # default filter for __main__)
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text)


# ---------------------------------------------------------------- filters

filters = []
defaultaction = "default"
onceregistry = {}
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Add a filter: warnings whose text starts with the pattern message (any case),
    of a subclass of category, from a module whose name the pattern module matches, at
    lineno (0: any) get action."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    msg = _compile(message, True) if message else None
    mod = _compile(module, False) if module else None
    _add_filter(action, msg, category, mod, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter for every warning of a subclass of category (at lineno)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    """Remove every filter (even the default ones)."""
    filters[:] = []
    _filters_mutated()


# the defaults of a CPython release build
simplefilter("ignore", ImportWarning, append=True)
simplefilter("ignore", ResourceWarning, append=True)
simplefilter("ignore", PendingDeprecationWarning, append=True)
simplefilter("ignore", DeprecationWarning, append=True)
filters.insert(0, ("default", None, DeprecationWarning, "__main__", 0))


# ---------------------------------------------------------------- showing

_line_cache = {}


def _getline(filename, lineno):
    lines = _line_cache.get(filename)
    if lines is None:
        try:
            with open(filename) as f:
                lines = f.readlines()
        except (OSError, UnicodeDecodeError, ValueError):
            lines = []
        _line_cache[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


class WarningMessage:
    """One warning as recorded by catch_warnings(record=True)."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line",
                        "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno,
                   self.line))


def _formatwarnmsg_impl(msg):
    s = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, msg.category.__name__, msg.message)
    line = msg.line
    if line is None:
        line = _getline(msg.filename, msg.lineno)
    if line:
        s += "  %s\n" % line.strip()
    return s


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning writes: 'file:line: Category: message' and the source line."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None,
                                              line))


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to file (sys.stderr by default)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg(msg):
    sw = showwarning
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


# ---------------------------------------------------------------- warning

def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning about the code stacklevel calls up (1: the caller of warn)."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    try:
        filename, lineno, globals = sys._callerinfo(stacklevel)
    except ValueError:
        globals = sys.__dict__
        filename = "sys"
        lineno = 1
    module = globals.get("__name__", "<string>")
    registry = globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, globals, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issue a warning at a given place, through the filters."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if ((msg is None or _matches(msg, text)) and issubclass(category, cat) and
                (mod is None or _matches(mod, module)) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                           % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


class catch_warnings:
    """with catch_warnings(): the filters (and showwarning) are restored on exit;
    record=True gives a list that receives each WarningMessage instead of printing;
    action (with category, lineno, append) adds a simplefilter inside the block."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        module = self._module
        self._filters = module.filters
        module.filters = self._filters[:]
        module._filters_mutated()
        self._showwarning = module.showwarning
        self._showwarnmsg_impl = module._showwarnmsg_impl
        if self._filter is not None:
            action, category, lineno, append = self._filter
            module.simplefilter(action, category, lineno, append)
        if self._record:
            log = []
            module._showwarnmsg_impl = log.append
            module.showwarning = module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        module = self._module
        module.filters = self._filters
        module._filters_mutated()
        module.showwarning = self._showwarning
        module._showwarnmsg_impl = self._showwarnmsg_impl
