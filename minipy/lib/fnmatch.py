"""fnmatch: Unix shell-style wildcards (*, ?, [seq], [!seq]) matched against file names,
as CPython 3.11's module does it: fnmatch, fnmatchcase, filter, and translate (the same
regular expression text as CPython's), over our re module."""
import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}


def fnmatch(name, pat):
    """Whether name matches pat (both normalized with os.path.normcase first)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def _compile_pattern(pat):
    match = _cache.get(pat)
    if match is None:
        if isinstance(pat, bytes):
            raise TypeError("minipy's fnmatch matches str patterns only")
        match = re.compile(translate(pat)).match
        if len(_cache) >= 32768:
            _cache.clear()
        _cache[pat] = match
    return match


def filter(names, pat):
    """The names of the list that match pat."""
    result = []
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        for name in names:
            if match(name):
                result.append(name)
    else:
        for name in names:
            if match(os.path.normcase(name)):
                result.append(name)
    return result


def fnmatchcase(name, pat):
    """Whether name matches pat, case-sensitively and without normalizing."""
    match = _compile_pattern(pat)
    return match(name) is not None


class _Star:
    pass


_STAR = _Star()


def _bracket(pat, i, j):
    """The regex class text for pat[i:j], the inside of a [...] (i after '[')."""
    stuff = pat[i:j]
    if '-' not in stuff:
        stuff = stuff.replace('\\', '\\\\')
    else:
        chunks = []
        k = i + 2 if pat[i] == '!' else i + 1
        while True:
            k = pat.find('-', k, j)
            if k < 0:
                break
            chunks.append(pat[i:k])
            i = k + 1
            k = k + 3
        chunk = pat[i:j]
        if chunk:
            chunks.append(chunk)
        else:
            chunks[-1] += '-'
        # ranges whose ends are out of order are empty: drop them
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        stuff = '-'.join([s.replace('\\', '\\\\').replace('-', '\\-') for s in chunks])
    out = []
    for c in stuff:
        if c in '&~|':
            out.append('\\')
        out.append(c)
    return ''.join(out)


def translate(pat):
    """The regular expression (a str) that matches what shell pattern pat matches."""
    res = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i = i + 1
        if c == '*':
            if not res or res[-1] is not _STAR:
                res.append(_STAR)
        elif c == '?':
            res.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j = j + 1
            if j < n and pat[j] == ']':
                j = j + 1
            while j < n and pat[j] != ']':
                j = j + 1
            if j >= n:
                res.append('\\[')
            else:
                stuff = _bracket(pat, i, j)
                i = j + 1
                if not stuff:
                    res.append('(?!)')
                elif stuff == '!':
                    res.append('.')
                else:
                    if stuff[0] == '!':
                        stuff = '^' + stuff[1:]
                    elif stuff[0] in ('^', '['):
                        stuff = '\\' + stuff
                    res.append('[' + stuff + ']')
        else:
            res.append(re.escape(c))
    # the stars: fixed text between two stars matches lazily in an atomic group (no
    # catastrophic backtracking)
    out = []
    i, n = 0, len(res)
    while i < n and res[i] is not _STAR:
        out.append(res[i])
        i += 1
    while i < n:
        i += 1
        if i == n:
            out.append(".*")
            break
        fixed = []
        while i < n and res[i] is not _STAR:
            fixed.append(res[i])
            i += 1
        fixed = "".join(fixed)
        if i == n:
            out.append(".*")
            out.append(fixed)
        else:
            out.append("(?>.*?%s)" % fixed)
    return '(?s:%s)\\Z' % "".join(out)
