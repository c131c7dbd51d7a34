"""pathlib for POSIX systems: pure paths (PurePath, PurePosixPath) that build, split and
compare paths as strings, and concrete ones (Path, PosixPath) that also work on the file
system through os, os.path and fnmatch. A path is kept as its root ('', '/' or '//') and
the list of its other parts, with empty and '.' parts dropped."""

import os
import posixpath
import fnmatch

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]


def _text_of(arg):
    """The str a constructor argument stands for (a str, a path, or an os.PathLike)."""
    if isinstance(arg, str):
        return arg
    if isinstance(arg, PurePath):
        return str(arg)
    fspath = getattr(type(arg), "__fspath__", None)
    if fspath is None:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(arg).__name__)
    text = fspath(arg)
    if not isinstance(text, str):
        raise TypeError("argument should be a str object or an os.PathLike object "
                        "returning str, not %r" % type(text))
    return text


def _parse(args):
    """(root, parts) of the path that joins args, an absolute one restarting it."""
    root = ""
    parts = []
    for arg in args:
        text = _text_of(arg)
        if text.startswith("/"):
            if text.startswith("//") and not text.startswith("///"):
                root = "//"
            else:
                root = "/"
            parts = []
        for part in text.split("/"):
            if part and part != ".":
                parts.append(part)
    return root, parts


def _make(cls, root, parts):
    self = object.__new__(cls)
    self._root = root
    self._parts = parts
    return self


class _Parents:
    """The sequence of a path's logical ancestors (path.parents)."""

    def __init__(self, path):
        self._path = path

    def __len__(self):
        return len(self._path._parts)

    def __getitem__(self, index):
        n = len(self._path._parts)
        if isinstance(index, slice):
            return tuple(self[i] for i in range(n)[index])
        if index >= n or index < -n:
            raise IndexError(index)
        if index < 0:
            index += n
        path = self._path
        return _make(type(path), path._root, path._parts[:n - index - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<%s.parents>" % type(self._path).__name__


class PurePath:
    """A path as a string to compute with; PurePath(...) makes a PurePosixPath."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        root, parts = _parse(args)
        return _make(cls, root, parts)

    def __reduce__(self):
        return (type(self), (str(self),))

    # -- the text of the path

    def __str__(self):
        return (self._root + "/".join(self._parts)) or "."

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return str(self).encode()

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, str(self))

    # -- comparisons: by the list of parts with the root first

    def _key(self):
        if self._root:
            return [self._root] + self._parts
        return self._parts

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(tuple(self._key()))

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() >= other._key()

    # -- the pieces of the path

    @property
    def parts(self):
        return tuple(self._key())

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def name(self):
        if not self._parts:
            return ""
        return self._parts[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        return ["." + s for s in name.lstrip(".").split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return _make(type(self), self._root, self._parts[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    # -- new paths from this one

    def joinpath(self, *args):
        return type(self)(self, *args)

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or "/" in name or name == ".":
            raise ValueError("Invalid name %r" % (name,))
        return _make(type(self), self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix or (suffix and not suffix.startswith(".")) or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if old:
            name = name[:-len(old)]
        return _make(type(self), self._root, self._parts[:-1] + [name + suffix])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        root, parts = _parse(other)
        n = len(parts)
        if root != self._root or self._parts[:n] != parts:
            formatted = root + "/".join(parts)
            raise ValueError("%r is not in the subpath of %r OR one path is relative "
                             "and the other is absolute." % (str(self), formatted))
        return _make(type(self), "", self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def match(self, path_pattern):
        """Whether the path ends with path_pattern's parts (all of them, from the root,
        for an absolute pattern), each matched by fnmatch."""
        root, pattern = _parse([path_pattern])
        if not pattern and not root:
            raise ValueError("empty pattern")
        if root and root != self._root:
            return False
        if root:
            pattern = [root] + pattern
        parts = self._key()
        if root:
            if len(pattern) != len(parts):
                return False
            pattern = pattern[1:]
        elif len(pattern) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pattern)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    """A pure path with POSIX rules (the only ones here)."""


def _has_wildcard(part):
    return "*" in part or "?" in part or "[" in part


class Path(PurePath):
    """A path on the file system; Path(...) makes a PosixPath."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        root, parts = _parse(args)
        return _make(cls, root, parts)

    def _child(self, name):
        return _make(type(self), self._root, self._parts + [name])

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(posixpath.expanduser("~"))

    def absolute(self):
        if self._root:
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        resolved = type(self)(posixpath.realpath(str(self)))
        if strict:
            os.stat(str(resolved))
        return resolved

    def expanduser(self):
        if self._parts and self._parts[0].startswith("~") and not self._root:
            return type(self)(posixpath.expanduser(str(self)))
        return self

    # -- questions about the file

    def stat(self):
        return os.stat(str(self))

    def lstat(self):
        return os.stat(str(self))

    def exists(self):
        return posixpath.exists(str(self))

    def is_dir(self):
        return posixpath.isdir(str(self))

    def is_file(self):
        return posixpath.isfile(str(self))

    def is_symlink(self):
        return posixpath.islink(str(self))

    def samefile(self, other_path):
        return posixpath.samefile(str(self), str(other_path))

    # -- directories

    def iterdir(self):
        for name in os.listdir(str(self)):
            if name != "." and name != "..":
                yield self._child(name)

    def glob(self, pattern):
        """The paths below this directory that match the relative pattern: its parts
        are fnmatch patterns, and '**' stands for this directory and all below it."""
        if not pattern:
            raise ValueError("Unacceptable pattern: %r" % (pattern,))
        root, parts = _parse([pattern])
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern.endswith("/"):
            parts.append("")
        for part in parts:
            if "**" in part and part != "**":
                raise ValueError("Invalid pattern: '**' can only be an entire path "
                                 "component")
        if "**" in parts:
            seen = set()
            for p in _select(self, parts, 0):
                if p not in seen:
                    seen.add(p)
                    yield p
        else:
            yield from _select(self, parts, 0)

    def rglob(self, pattern):
        return self.glob("**/" + pattern)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(str(self))
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(str(self))

    # -- files

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file if it is missing (an existing one keeps its times here)."""
        if exist_ok and self.exists():
            return
        open(str(self), "a" if exist_ok else "x").close()

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(str(self), str(target))
        return type(self)(target)

    def replace(self, target):
        return self.rename(target)

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        if buffering == -1:
            return open(str(self), mode, encoding=encoding, errors=errors,
                        newline=newline)
        return open(str(self), mode, buffering, encoding=encoding, errors=errors,
                    newline=newline)

    def read_text(self, encoding=None, errors=None):
        with self.open(encoding=encoding, errors=errors) as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % type(data).__name__)
        with self.open("w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def write_bytes(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                            % type(data).__name__)
        with self.open("wb") as f:
            return f.write(bytes(data))


class PosixPath(Path, PurePosixPath):
    """A path on a POSIX file system."""


def _select(base, parts, i):
    """The paths from base that match parts[i:] (glob's work, one part at a time)."""
    if i == len(parts):
        yield base
        return
    part = parts[i]
    dirs_only = i < len(parts) - 1
    if part == "**":
        for d in _walk_dirs(base):
            yield from _select(d, parts, i + 1)
    elif _has_wildcard(part):
        try:
            names = os.listdir(str(base))
        except OSError:
            return
        for name in names:
            if fnmatch.fnmatchcase(name, part):
                child = base._child(name)
                if not dirs_only or child.is_dir():
                    yield from _select(child, parts, i + 1)
    else:
        child = base._child(part) if part else base
        if child.is_dir() if dirs_only else child.exists():
            yield from _select(child, parts, i + 1)


def _walk_dirs(top):
    """top and every directory below it, top first."""
    yield top
    try:
        names = os.listdir(str(top))
    except OSError:
        return
    for name in names:
        child = top._child(name)
        if child.is_dir():
            yield from _walk_dirs(child)
