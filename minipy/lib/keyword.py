"""keyword: the keywords and soft keywords of Python 3.11 (kwlist, softkwlist) and the
tests iskeyword and issoftkeyword."""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
    'return', 'try', 'while', 'with', 'yield',
]

softkwlist = ['_', 'case', 'match']

_keywords = frozenset(kwlist)
_soft_keywords = frozenset(softkwlist)


def iskeyword(s):
    """Whether s is a keyword of Python."""
    return s in _keywords


def issoftkeyword(s):
    """Whether s is a soft keyword (a keyword only in some contexts: match, case, _)."""
    return s in _soft_keywords
