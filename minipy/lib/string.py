"""string: the character-class constants and capwords, as CPython's `string` module has them.

minipy's own pure-Python version.
"""

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep (runs of whitespace when None), capitalize each word, join with sep or ' '."""
    if sep is None:
        words = s.split()
        joiner = " "
    else:
        words = s.split(sep)
        joiner = sep
    return joiner.join([w.capitalize() for w in words])
