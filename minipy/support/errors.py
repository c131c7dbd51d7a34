"""The one exception class of minipy.support.

SupportError(exc_name, msg): exc_name is the name of the CPython exception
type ('ValueError', 'OverflowError', 'TypeError', 'KeyError', 'IndexError',
'UnicodeEncodeError', ...) and msg its exact CPython message (UTF-8 str).
The interpreter catches it and raises the matching Python exception with
str(exc) == msg.

For 'UnicodeEncodeError' the extra fields encoding/start/end/reason are set
(start/end are code point indices); they are -1/'' otherwise.
"""


class SupportError(Exception):
    def __init__(self, exc_name, msg):
        self.exc_name = exc_name
        self.msg = msg
        self.encoding = ''
        self.start = -1
        self.end = -1
        self.reason = ''

    def __str__(self):
        return '%s: %s' % (self.exc_name, self.msg)


def value_error(msg):
    return SupportError('ValueError', msg)


def overflow_error(msg):
    return SupportError('OverflowError', msg)


def type_error(msg):
    return SupportError('TypeError', msg)
