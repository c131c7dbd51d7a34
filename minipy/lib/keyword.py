"""keyword: Python 3.11's keywords and soft keywords, and tests for them, as CPython's
keyword module has them."""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield",
]

softkwlist = ["_", "case", "match"]

_KEYWORDS = frozenset(kwlist)
_SOFT = frozenset(softkwlist)


def iskeyword(s):
    """Whether s is a keyword (unhashable arguments raise TypeError, as CPython's)."""
    return s in _KEYWORDS


def issoftkeyword(s):
    """Whether s is a soft keyword (match, case, _)."""
    return s in _SOFT
