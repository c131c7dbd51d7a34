"""glob: the paths matching a shell-style pattern ('*', '?', '[seq]', and '**' for any
number of directories with recursive=True), in the order the system lists directories.
Names starting with '.' match only a pattern starting with '.' (unless include_hidden)."""
import os
import fnmatch

__all__ = ["glob", "iglob", "escape", "has_magic"]

_MAGIC = "*?["


def has_magic(s):
    if isinstance(s, bytes):
        return any(c in s for c in b"*?[")
    for c in _MAGIC:
        if c in s:
            return True
    return False


def _isrecursive(pattern):
    return pattern == "**" or pattern == b"**"


def _ishidden(name):
    return name[:1] in (".", b".")


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """The list of paths matching pathname."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """An iterator over the paths matching pathname (relative to root_dir if given)."""
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _isrecursive(pathname[:2]):
        # a leading '**' also matched the empty path: left out
        return _skip_empty(it)
    return it


def _skip_empty(it):
    for path in it:
        if path:
            yield path


def _join(root, path):
    if root and path:
        return os.path.join(root, path)
    return root or path


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, dirname)):
            yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _isrecursive(basename):
            glob_in_dir = _glob2
        else:
            glob_in_dir = _glob1
    else:
        glob_in_dir = _glob0
    for dirname in dirs:
        for name in glob_in_dir(_join(root_dir, dirname), basename, dironly,
                                include_hidden):
            yield os.path.join(dirname, name)


def _listdir(dirname, dironly):
    """The names in dirname ('' is the current directory), only its subdirectories
    when dironly; [] when it cannot be listed."""
    if not dirname:
        dirname = os.curdir if isinstance(dirname, str) else os.curdir.encode()
    try:
        with os.scandir(dirname) as it:
            return [entry.name for entry in it if not dironly or entry.is_dir()]
    except OSError:
        return []


def _glob1(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not include_hidden and not _ishidden(pattern):
        names = [x for x in names if not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden):
    if basename:
        if os.path.lexists(os.path.join(dirname, basename)):
            return [basename]
    elif os.path.isdir(dirname):
        return [basename]
    return []


def glob0(dirname, pattern):
    return _glob0(dirname, pattern, False, False)


def glob1(dirname, pattern):
    return _glob1(dirname, pattern, False, False)


def _glob2(dirname, pattern, dironly, include_hidden):
    """'**': the directory itself (''), then everything below it, depth first."""
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _rlistdir(dirname, dironly, include_hidden):
    for name in _listdir(dirname, dironly):
        if include_hidden or not _ishidden(name):
            yield name
            path = os.path.join(dirname, name) if dirname else name
            for sub in _rlistdir(path, dironly, include_hidden):
                yield os.path.join(name, sub)


def escape(pathname):
    """pathname with its magic characters made literal ('[*]')."""
    if isinstance(pathname, bytes):
        return b"".join(b"[" + bytes([c]) + b"]" if c in b"*?[" else bytes([c])
                        for c in pathname)
    return "".join("[" + c + "]" if c in _MAGIC else c for c in pathname)
