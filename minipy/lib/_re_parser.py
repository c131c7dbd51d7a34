"""The regular expression parser of minipy's re module: pattern text to a tree of
(op, argument) items (SubPattern), and replacement templates to literals and group
references. Syntax, flags and error messages (text and position) are CPython 3.11's;
_re_compiler.py turns the tree into the opcodes of the native engine (_sre)."""

from _sre import MAXREPEAT, MAXGROUPS
import _sre

# ---------------------------------------------------------------- flags

SRE_FLAG_TEMPLATE = 1
SRE_FLAG_IGNORECASE = 2
SRE_FLAG_LOCALE = 4
SRE_FLAG_MULTILINE = 8
SRE_FLAG_DOTALL = 16
SRE_FLAG_UNICODE = 32
SRE_FLAG_VERBOSE = 64
SRE_FLAG_DEBUG = 128
SRE_FLAG_ASCII = 256

TYPE_FLAGS = SRE_FLAG_ASCII | SRE_FLAG_LOCALE | SRE_FLAG_UNICODE
GLOBAL_FLAGS = SRE_FLAG_DEBUG | SRE_FLAG_TEMPLATE

FLAGS = {
    "i": SRE_FLAG_IGNORECASE,
    "L": SRE_FLAG_LOCALE,
    "m": SRE_FLAG_MULTILINE,
    "s": SRE_FLAG_DOTALL,
    "x": SRE_FLAG_VERBOSE,
    "a": SRE_FLAG_ASCII,
    "t": SRE_FLAG_TEMPLATE,
    "u": SRE_FLAG_UNICODE,
}

# ---------------------------------------------------------------- tree items

LITERAL = 1
NOT_LITERAL = 2
ANY = 3
IN = 4
AT = 5
BRANCH = 6
SUBPATTERN = 7
ATOMIC_GROUP = 8
MAX_REPEAT = 9
MIN_REPEAT = 10
POSSESSIVE_REPEAT = 11
GROUPREF = 12
GROUPREF_EXISTS = 13
ASSERT = 14
ASSERT_NOT = 15
CATEGORY = 16
RANGE = 17
NEGATE = 18
SUCCESS = 19
FAILURE = 20

OP_NAMES = {LITERAL: 'LITERAL', NOT_LITERAL: 'NOT_LITERAL', ANY: 'ANY', IN: 'IN',
            AT: 'AT', BRANCH: 'BRANCH', SUBPATTERN: 'SUBPATTERN',
            ATOMIC_GROUP: 'ATOMIC_GROUP', MAX_REPEAT: 'MAX_REPEAT',
            MIN_REPEAT: 'MIN_REPEAT', POSSESSIVE_REPEAT: 'POSSESSIVE_REPEAT',
            GROUPREF: 'GROUPREF', GROUPREF_EXISTS: 'GROUPREF_EXISTS', ASSERT: 'ASSERT',
            ASSERT_NOT: 'ASSERT_NOT', CATEGORY: 'CATEGORY', RANGE: 'RANGE',
            NEGATE: 'NEGATE', SUCCESS: 'SUCCESS', FAILURE: 'FAILURE'}

# AT arguments (the engine's numbers)
AT_BEGINNING = 0
AT_BEGINNING_LINE = 1
AT_BEGINNING_STRING = 2
AT_BOUNDARY = 3
AT_NON_BOUNDARY = 4
AT_END = 5
AT_END_LINE = 6
AT_END_STRING = 7
AT_LOC_BOUNDARY = 8
AT_LOC_NON_BOUNDARY = 9
AT_UNI_BOUNDARY = 10
AT_UNI_NON_BOUNDARY = 11

# CATEGORY arguments (the engine's numbers)
CATEGORY_DIGIT = 0
CATEGORY_NOT_DIGIT = 1
CATEGORY_SPACE = 2
CATEGORY_NOT_SPACE = 3
CATEGORY_WORD = 4
CATEGORY_NOT_WORD = 5
CATEGORY_LINEBREAK = 6
CATEGORY_NOT_LINEBREAK = 7
CATEGORY_LOC_WORD = 8
CATEGORY_LOC_NOT_WORD = 9
CATEGORY_UNI_DIGIT = 10
CATEGORY_UNI_NOT_DIGIT = 11
CATEGORY_UNI_SPACE = 12
CATEGORY_UNI_NOT_SPACE = 13
CATEGORY_UNI_WORD = 14
CATEGORY_UNI_NOT_WORD = 15

_REPEATCODES = (MIN_REPEAT, MAX_REPEAT, POSSESSIVE_REPEAT)
_UNITCODES = (ANY, RANGE, IN, LITERAL, NOT_LITERAL, CATEGORY)

SPECIAL_CHARS = ".\\[{()*+?^$|"
REPEAT_CHARS = "*+?{"
DIGITS = frozenset("0123456789")
OCTDIGITS = frozenset("01234567")
HEXDIGITS = frozenset("0123456789abcdefABCDEF")
ASCIILETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
WHITESPACE = frozenset(" \t\n\r\v\f")

ESCAPES = {
    "\\a": (LITERAL, 7),
    "\\b": (LITERAL, 8),
    "\\f": (LITERAL, 12),
    "\\n": (LITERAL, 10),
    "\\r": (LITERAL, 13),
    "\\t": (LITERAL, 9),
    "\\v": (LITERAL, 11),
    "\\\\": (LITERAL, 92),
}

CATEGORIES = {
    "\\A": (AT, AT_BEGINNING_STRING),
    "\\b": (AT, AT_BOUNDARY),
    "\\B": (AT, AT_NON_BOUNDARY),
    "\\d": (IN, [(CATEGORY, CATEGORY_DIGIT)]),
    "\\D": (IN, [(CATEGORY, CATEGORY_NOT_DIGIT)]),
    "\\s": (IN, [(CATEGORY, CATEGORY_SPACE)]),
    "\\S": (IN, [(CATEGORY, CATEGORY_NOT_SPACE)]),
    "\\w": (IN, [(CATEGORY, CATEGORY_WORD)]),
    "\\W": (IN, [(CATEGORY, CATEGORY_NOT_WORD)]),
    "\\Z": (AT, AT_END_STRING),
}

# more than any width: what getwidth() says of an unbounded pattern
MAXWIDTH = 1 << 64


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


class State:
    """What the parse of one pattern has seen: flags, groups, names."""

    def __init__(self):
        self.flags = 0
        self.groupdict = {}
        self.groupwidths = [None]    # group 0
        self.lookbehindgroups = None
        self.grouprefpos = {}

    @property
    def groups(self):
        return len(self.groupwidths)

    def opengroup(self, name=None):
        gid = self.groups
        self.groupwidths.append(None)
        if self.groups > MAXGROUPS:
            raise error("too many groups")
        if name is not None:
            ogid = self.groupdict.get(name, None)
            if ogid is not None:
                raise error("redefinition of group name %r as group %d; "
                            "was group %d" % (name, gid, ogid))
            self.groupdict[name] = gid
        return gid

    def closegroup(self, gid, p):
        self.groupwidths[gid] = p.getwidth()

    def checkgroup(self, gid):
        return gid < self.groups and self.groupwidths[gid] is not None

    def checklookbehindgroup(self, gid, source):
        if self.lookbehindgroups is not None:
            if not self.checkgroup(gid):
                raise source.error('cannot refer to an open group')
            if gid >= self.lookbehindgroups:
                raise source.error('cannot refer to group defined in the same '
                                   'lookbehind subpattern')


class SubPattern:
    """A sequence of (op, argument) items and the state of its pattern."""

    def __init__(self, state, data=None):
        self.state = state
        if data is None:
            data = []
        self.data = data
        self.width = None

    def __repr__(self):
        return repr(self.data)

    def __len__(self):
        return len(self.data)

    def __delitem__(self, index):
        del self.data[index]

    def __getitem__(self, index):
        if isinstance(index, slice):
            return SubPattern(self.state, self.data[index])
        return self.data[index]

    def __setitem__(self, index, code):
        self.data[index] = code

    def insert(self, index, code):
        self.data.insert(index, code)

    def append(self, code):
        self.data.append(code)

    def getwidth(self):
        """(min, max) width of what this matches, max capped at MAXWIDTH."""
        if self.width is not None:
            return self.width
        lo = hi = 0
        for op, av in self.data:
            if op == BRANCH:
                i = MAXWIDTH
                j = 0
                for alt in av[1]:
                    l, h = alt.getwidth()
                    i = min(i, l)
                    j = max(j, h)
                lo = lo + i
                hi = hi + j
            elif op == ATOMIC_GROUP:
                i, j = av.getwidth()
                lo = lo + i
                hi = hi + j
            elif op == SUBPATTERN:
                i, j = av[-1].getwidth()
                lo = lo + i
                hi = hi + j
            elif op in _REPEATCODES:
                i, j = av[2].getwidth()
                lo = lo + i * av[0]
                if av[1] == MAXREPEAT and j:
                    hi = MAXWIDTH
                else:
                    hi = hi + j * av[1]
            elif op in _UNITCODES:
                lo = lo + 1
                hi = hi + 1
            elif op == GROUPREF:
                i, j = self.state.groupwidths[av]
                lo = lo + i
                hi = hi + j
            elif op == GROUPREF_EXISTS:
                i, j = av[1].getwidth()
                if av[2] is not None:
                    l, h = av[2].getwidth()
                    i = min(i, l)
                    j = max(j, h)
                else:
                    i = 0
                lo = lo + i
                hi = hi + j
            elif op == SUCCESS:
                break
        self.width = min(lo, MAXWIDTH), min(hi, MAXWIDTH)
        return self.width


class Tokenizer:
    """The pattern as a stream of characters and two-character escapes."""

    def __init__(self, string):
        self.istext = isinstance(string, str)
        self.string = string
        if not self.istext:
            string = str(string, 'latin1')
        self.decoded_string = string
        self.length = len(string)
        self.index = 0
        self.next = None
        self._advance()

    def _advance(self):
        index = self.index
        if index >= self.length:
            self.next = None
            return
        char = self.decoded_string[index]
        if char == "\\":
            index += 1
            if index >= self.length:
                raise error("bad escape (end of pattern)",
                            self.string, len(self.string) - 1)
            char += self.decoded_string[index]
        self.index = index + 1
        self.next = char

    def match(self, char):
        if char == self.next:
            self._advance()
            return True
        return False

    def get(self):
        this = self.next
        self._advance()
        return this

    def getwhile(self, n, charset):
        result = ''
        for _ in range(n):
            c = self.next
            if c not in charset:
                break
            result += c
            self._advance()
        return result

    def getuntil(self, terminator, name):
        result = ''
        while True:
            c = self.next
            self._advance()
            if c is None:
                if not result:
                    raise self.error("missing " + name)
                raise self.error("missing %s, unterminated name" % terminator,
                                 len(result))
            if c == terminator:
                if not result:
                    raise self.error("missing " + name, 1)
                break
            result += c
        return result

    @property
    def pos(self):
        return self.tell()

    def tell(self):
        if self.next is None:
            return self.index
        return self.index - len(self.next)

    def seek(self, index):
        self.index = index
        self._advance()

    def error(self, msg, offset=0):
        if not self.istext:
            msg = msg.encode('ascii', 'backslashreplace').decode('ascii')
        return error(msg, self.string, self.tell() - offset)

    def checkgroupname(self, name, offset, nested):
        if not name.isidentifier():
            msg = "bad character in group name %r" % name
            raise self.error(msg, len(name) + offset)


def _unicode_escape(source, escape, c):
    """The code point of \\x.., \\u...., \\U........ or \\N{...} (c is x, u, U or N)."""
    if c == "x":
        escape += source.getwhile(2, HEXDIGITS)
        if len(escape) != 4:
            raise source.error("incomplete escape %s" % escape, len(escape))
        return int(escape[2:], 16)
    if c == "u":
        escape += source.getwhile(4, HEXDIGITS)
        if len(escape) != 6:
            raise source.error("incomplete escape %s" % escape, len(escape))
        return int(escape[2:], 16)
    if c == "U":
        escape += source.getwhile(8, HEXDIGITS)
        if len(escape) != 10:
            raise source.error("incomplete escape %s" % escape, len(escape))
        code = int(escape[2:], 16)
        if code > 0x10ffff:
            raise source.error("bad escape %s" % escape, len(escape))
        return code
    # \N{name}
    if not source.match('{'):
        raise source.error("missing {")
    charname = source.getuntil('}', 'character name')
    code = _sre.unicode_lookup(charname)
    if code < 0:
        raise source.error("undefined character name %r" % charname,
                           len(charname) + len('\\N{}'))
    return code


def _class_escape(source, escape):
    # an escape inside a character class
    code = ESCAPES.get(escape)
    if code:
        return code
    code = CATEGORIES.get(escape)
    if code and code[0] == IN:
        return code
    c = escape[1:2]
    if c == "x" or (c in "uUN" and source.istext):
        return LITERAL, _unicode_escape(source, escape, c)
    if c in OCTDIGITS:
        # octal escape (up to three digits)
        escape += source.getwhile(2, OCTDIGITS)
        c = int(escape[1:], 8)
        if c > 0o377:
            raise source.error('octal escape value %s outside of '
                               'range 0-0o377' % escape, len(escape))
        return LITERAL, c
    if c in DIGITS:
        raise source.error("bad escape %s" % escape, len(escape))
    if len(escape) == 2:
        if c in ASCIILETTERS:
            raise source.error('bad escape %s' % escape, len(escape))
        return LITERAL, ord(escape[1])
    raise source.error("bad escape %s" % escape, len(escape))


def _escape(source, escape, state):
    # an escape outside character classes
    code = CATEGORIES.get(escape)
    if code:
        return code
    code = ESCAPES.get(escape)
    if code:
        return code
    c = escape[1:2]
    if c == "x" or (c in "uUN" and source.istext):
        return LITERAL, _unicode_escape(source, escape, c)
    if c == "0":
        # octal escape
        escape += source.getwhile(2, OCTDIGITS)
        return LITERAL, int(escape[1:], 8)
    if c in DIGITS:
        # octal escape *or* decimal group reference
        if source.next is not None and source.next in DIGITS:
            escape += source.get()
            if (escape[1] in OCTDIGITS and escape[2] in OCTDIGITS and
                    source.next is not None and source.next in OCTDIGITS):
                # three octal digits: an octal escape
                escape += source.get()
                c = int(escape[1:], 8)
                if c > 0o377:
                    raise source.error('octal escape value %s outside of '
                                       'range 0-0o377' % escape, len(escape))
                return LITERAL, c
        # a group reference
        group = int(escape[1:])
        if group < state.groups:
            if not state.checkgroup(group):
                raise source.error("cannot refer to an open group",
                                   len(escape))
            state.checklookbehindgroup(group, source)
            return GROUPREF, group
        raise source.error("invalid group reference %d" % group, len(escape) - 1)
    if len(escape) == 2:
        if c in ASCIILETTERS:
            raise source.error("bad escape %s" % escape, len(escape))
        return LITERAL, ord(escape[1])
    raise source.error("bad escape %s" % escape, len(escape))


def _uniq(items):
    return list(dict.fromkeys(items))


def _parse_sub(source, state, verbose, nested):
    # an alternation: a|b|c
    items = []
    start = source.tell()
    while True:
        items.append(_parse(source, state, verbose, nested + 1,
                            not nested and not items))
        if not source.match("|"):
            break
        if not nested:
            verbose = state.flags & SRE_FLAG_VERBOSE

    if len(items) == 1:
        return items[0]

    subpattern = SubPattern(state)

    # move a prefix common to all the alternatives out of the branch
    while True:
        prefix = None
        common = True
        for item in items:
            if not item:
                common = False
                break
            if prefix is None:
                prefix = item[0]
            elif item[0] != prefix:
                common = False
                break
        if not common:
            break
        for item in items:
            del item[0]
        subpattern.append(prefix)

    # alternatives of single characters make a character set
    charset = []
    for item in items:
        if len(item) != 1:
            break
        op, av = item[0]
        if op == LITERAL:
            charset.append((op, av))
        elif op == IN and av[0][0] != NEGATE:
            charset.extend(av)
        else:
            break
    else:
        subpattern.append((IN, _uniq(charset)))
        return subpattern

    subpattern.append((BRANCH, (None, items)))
    return subpattern


def _parse_set(source, subpattern):
    # a character set: [...] (the "[" is read)
    here = source.tell() - 1
    items = []
    negate = source.match("^")
    while True:
        this = source.get()
        if this is None:
            raise source.error("unterminated character set",
                               source.tell() - here)
        if this == "]" and items:
            break
        elif this[0] == "\\":
            code1 = _class_escape(source, this)
        else:
            code1 = LITERAL, ord(this)
        if source.match("-"):
            # a range, perhaps
            that = source.get()
            if that is None:
                raise source.error("unterminated character set",
                                   source.tell() - here)
            if that == "]":
                if code1[0] == IN:
                    code1 = code1[1][0]
                items.append(code1)
                items.append((LITERAL, ord("-")))
                break
            if that[0] == "\\":
                code2 = _class_escape(source, that)
            else:
                code2 = LITERAL, ord(that)
            if code1[0] != LITERAL or code2[0] != LITERAL:
                msg = "bad character range %s-%s" % (this, that)
                raise source.error(msg, len(this) + 1 + len(that))
            lo = code1[1]
            hi = code2[1]
            if hi < lo:
                msg = "bad character range %s-%s" % (this, that)
                raise source.error(msg, len(this) + 1 + len(that))
            items.append((RANGE, (lo, hi)))
        else:
            if code1[0] == IN:
                code1 = code1[1][0]
            items.append(code1)

    items = _uniq(items)
    if len(items) == 1 and items[0][0] == LITERAL:
        if negate:
            subpattern.append((NOT_LITERAL, items[0][1]))
        else:
            subpattern.append(items[0])
    else:
        if negate:
            items.insert(0, (NEGATE, None))
        subpattern.append((IN, items))


def _parse_repeat(source, subpattern, this):
    # a repeat of the item before: * + ? {m,n} (this, the first character, is read);
    # False when "{" turns out to be a literal
    here = source.tell()
    if this == "?":
        min, max = 0, 1
    elif this == "*":
        min, max = 0, MAXREPEAT
    elif this == "+":
        min, max = 1, MAXREPEAT
    else:
        # {m,n}
        if source.next == "}":
            subpattern.append((LITERAL, ord(this)))
            return
        min, max = 0, MAXREPEAT
        lo = hi = ""
        while source.next is not None and source.next in DIGITS:
            lo += source.get()
        if source.match(","):
            while source.next is not None and source.next in DIGITS:
                hi += source.get()
        else:
            hi = lo
        if not source.match("}"):
            subpattern.append((LITERAL, ord(this)))
            source.seek(here)
            return
        if lo:
            min = int(lo)
            if min >= MAXREPEAT:
                raise OverflowError("the repetition number is too large")
        if hi:
            max = int(hi)
            if max >= MAXREPEAT:
                raise OverflowError("the repetition number is too large")
            if max < min:
                raise source.error("min repeat greater than max repeat",
                                   source.tell() - here)
    # the item to repeat
    if subpattern:
        item = subpattern[-1:]
    else:
        item = None
    if not item or item[0][0] == AT:
        raise source.error("nothing to repeat",
                           source.tell() - here + len(this))
    if item[0][0] in _REPEATCODES:
        raise source.error("multiple repeat",
                           source.tell() - here + len(this))
    if item[0][0] == SUBPATTERN:
        group, add_flags, del_flags, p = item[0][1]
        if group is None and not add_flags and not del_flags:
            item = p
    if source.match("?"):
        subpattern[-1] = (MIN_REPEAT, (min, max, item))
    elif source.match("+"):
        subpattern[-1] = (POSSESSIVE_REPEAT, (min, max, item))
    else:
        subpattern[-1] = (MAX_REPEAT, (min, max, item))


def _parse(source, state, verbose, nested, first=False):
    # a sequence of items, up to | or ) or the end
    subpattern = SubPattern(state)

    while True:
        this = source.next
        if this is None:
            break
        if this in "|)":
            break
        source.get()

        if verbose:
            # skip whitespace and comments
            if this in WHITESPACE:
                continue
            if this == "#":
                while True:
                    this = source.get()
                    if this is None or this == "\n":
                        break
                continue

        if this[0] == "\\":
            subpattern.append(_escape(source, this, state))

        elif this not in SPECIAL_CHARS:
            subpattern.append((LITERAL, ord(this)))

        elif this == "[":
            _parse_set(source, subpattern)

        elif this in REPEAT_CHARS:
            _parse_repeat(source, subpattern, this)

        elif this == ".":
            subpattern.append((ANY, None))

        elif this == "(":
            if _parse_group(source, state, verbose, nested, first, subpattern):
                verbose = state.flags & SRE_FLAG_VERBOSE

        elif this == "^":
            subpattern.append((AT, AT_BEGINNING))

        elif this == "$":
            subpattern.append((AT, AT_END))

    # unpack non-capturing groups without flags
    for i in range(len(subpattern) - 1, -1, -1):
        op, av = subpattern[i]
        if op == SUBPATTERN:
            group, add_flags, del_flags, p = av
            if group is None and not add_flags and not del_flags:
                subpattern.data[i: i + 1] = p.data

    return subpattern


def _parse_group(source, state, verbose, nested, first, subpattern):
    # a group: ( is read. True when it was global flags, (?x) and the like
    start = source.tell() - 1
    capture = True
    atomic = False
    name = None
    add_flags = 0
    del_flags = 0
    if source.match("?"):
        char = source.get()
        if char is None:
            raise source.error("unexpected end of pattern")
        if char == "P":
            if source.match("<"):
                # named group
                name = source.getuntil(">", "group name")
                source.checkgroupname(name, 1, nested)
            elif source.match("="):
                # named backreference
                name = source.getuntil(")", "group name")
                source.checkgroupname(name, 1, nested)
                gid = state.groupdict.get(name)
                if gid is None:
                    msg = "unknown group name %r" % name
                    raise source.error(msg, len(name) + 1)
                if not state.checkgroup(gid):
                    raise source.error("cannot refer to an open group",
                                       len(name) + 1)
                state.checklookbehindgroup(gid, source)
                subpattern.append((GROUPREF, gid))
                return False
            else:
                char = source.get()
                if char is None:
                    raise source.error("unexpected end of pattern")
                raise source.error("unknown extension ?P" + char,
                                   len(char) + 2)
        elif char == ":":
            capture = False
        elif char == "#":
            # comment
            while True:
                if source.next is None:
                    raise source.error("missing ), unterminated comment",
                                       source.tell() - start)
                if source.get() == ")":
                    break
            return False
        elif char in "=!<":
            # lookahead and lookbehind assertions
            dir = 1
            lookbehindgroups = None
            if char == "<":
                char = source.get()
                if char is None:
                    raise source.error("unexpected end of pattern")
                if char not in "=!":
                    raise source.error("unknown extension ?<" + char,
                                       len(char) + 2)
                dir = -1
                lookbehindgroups = state.lookbehindgroups
                if lookbehindgroups is None:
                    state.lookbehindgroups = state.groups
            p = _parse_sub(source, state, verbose, nested + 1)
            if dir < 0:
                if lookbehindgroups is None:
                    state.lookbehindgroups = None
            if not source.match(")"):
                raise source.error("missing ), unterminated subpattern",
                                   source.tell() - start)
            if char == "=":
                subpattern.append((ASSERT, (dir, p)))
            else:
                subpattern.append((ASSERT_NOT, (dir, p)))
            return False
        elif char == "(":
            # conditional backreference group
            condname = source.getuntil(")", "group name")
            if condname.isidentifier():
                source.checkgroupname(condname, 1, nested)
                condgroup = state.groupdict.get(condname)
                if condgroup is None:
                    msg = "unknown group name %r" % condname
                    raise source.error(msg, len(condname) + 1)
            else:
                condgroup = _group_number(condname)
                if condgroup is None:
                    msg = "bad character in group name %r" % condname
                    raise source.error(msg, len(condname) + 1)
                if not condgroup:
                    raise source.error("bad group number",
                                       len(condname) + 1)
                if condgroup >= MAXGROUPS:
                    msg = "invalid group reference %d" % condgroup
                    raise source.error(msg, len(condname) + 1)
                if condgroup not in state.grouprefpos:
                    state.grouprefpos[condgroup] = (
                        source.tell() - len(condname) - 1
                    )
            state.checklookbehindgroup(condgroup, source)
            item_yes = _parse(source, state, verbose, nested + 1)
            if source.match("|"):
                item_no = _parse(source, state, verbose, nested + 1)
                if source.next == "|":
                    raise source.error("conditional backref with more than two branches")
            else:
                item_no = None
            if not source.match(")"):
                raise source.error("missing ), unterminated subpattern",
                                   source.tell() - start)
            subpattern.append((GROUPREF_EXISTS, (condgroup, item_yes, item_no)))
            return False
        elif char == ">":
            # atomic group
            capture = False
            atomic = True
        elif char in FLAGS or char == "-":
            flags = _parse_flags(source, state, char)
            if flags is None:
                # global flags
                if not first or subpattern:
                    raise source.error('global flags not at the start '
                                       'of the expression',
                                       source.tell() - start)
                return True
            add_flags, del_flags = flags
            capture = False
        else:
            raise source.error("unknown extension ?" + char,
                               len(char) + 1)

    # the group's contents
    if capture:
        try:
            group = state.opengroup(name)
        except error as err:
            raise source.error(err.msg, len(name) + 1) from None
    else:
        group = None
    sub_verbose = ((verbose or (add_flags & SRE_FLAG_VERBOSE)) and
                   not (del_flags & SRE_FLAG_VERBOSE))
    p = _parse_sub(source, state, sub_verbose, nested + 1)
    if not source.match(")"):
        raise source.error("missing ), unterminated subpattern",
                           source.tell() - start)
    if group is not None:
        state.closegroup(group, p)
    if atomic:
        subpattern.append((ATOMIC_GROUP, p))
    else:
        subpattern.append((SUBPATTERN, (group, add_flags, del_flags, p)))
    return False


def _group_number(name):
    """int(name) when it is a group number (not negative), else None."""
    try:
        n = int(name)
    except ValueError:
        return None
    if n < 0:
        return None
    return n


def _parse_flags(source, state, char):
    add_flags = 0
    del_flags = 0
    if char != "-":
        while True:
            flag = FLAGS[char]
            if source.istext:
                if char == 'L':
                    msg = "bad inline flags: cannot use 'L' flag with a str pattern"
                    raise source.error(msg)
            else:
                if char == 'u':
                    msg = "bad inline flags: cannot use 'u' flag with a bytes pattern"
                    raise source.error(msg)
            add_flags |= flag
            if (flag & TYPE_FLAGS) and (add_flags & TYPE_FLAGS) != flag:
                msg = "bad inline flags: flags 'a', 'u' and 'L' are incompatible"
                raise source.error(msg)
            char = source.get()
            if char is None:
                raise source.error("missing -, : or )")
            if char in ")-:":
                break
            if char not in FLAGS:
                msg = "unknown flag" if char.isalpha() else "missing -, : or )"
                raise source.error(msg, len(char))
    if char == ")":
        state.flags |= add_flags
        return None
    if add_flags & GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn on global flag", 1)
    if char == "-":
        char = source.get()
        if char is None:
            raise source.error("missing flag")
        if char not in FLAGS:
            msg = "unknown flag" if char.isalpha() else "missing flag"
            raise source.error(msg, len(char))
        while True:
            flag = FLAGS[char]
            if flag & TYPE_FLAGS:
                msg = "bad inline flags: cannot turn off flags 'a', 'u' and 'L'"
                raise source.error(msg)
            del_flags |= flag
            char = source.get()
            if char is None:
                raise source.error("missing :")
            if char == ":":
                break
            if char not in FLAGS:
                msg = "unknown flag" if char.isalpha() else "missing :"
                raise source.error(msg, len(char))
    if del_flags & GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn off global flag", 1)
    if add_flags & del_flags:
        raise source.error("bad inline flags: flag turned on and off", 1)
    return add_flags, del_flags


def fix_flags(src, flags):
    # check the flags against the type of the pattern, and add UNICODE to a str's
    if isinstance(src, str):
        if flags & SRE_FLAG_LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not flags & SRE_FLAG_ASCII:
            flags |= SRE_FLAG_UNICODE
        elif flags & SRE_FLAG_UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & SRE_FLAG_UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & SRE_FLAG_LOCALE and flags & SRE_FLAG_ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    return flags


def parse(str, flags=0, state=None):
    """The tree (a SubPattern) of pattern `str`."""
    source = Tokenizer(str)
    if state is None:
        state = State()
    state.flags = flags
    state.str = str

    p = _parse_sub(source, state, flags & SRE_FLAG_VERBOSE, 0)
    p.state.flags = fix_flags(str, p.state.flags)

    if source.next is not None:
        raise source.error("unbalanced parenthesis")

    for g in p.state.grouprefpos:
        if g >= p.state.groups:
            msg = "invalid group reference %d" % g
            raise error(msg, str, p.state.grouprefpos[g])

    return p


# ---------------------------------------------------------------- templates

def parse_template(source, pattern):
    """The replacement template `source` for a compiled pattern, as a list: literal,
    group number, literal, ..., literal (a literal is a str or bytes, or None when
    empty)."""
    s = Tokenizer(source)
    result = []
    literal = []

    def addgroup(index, pos):
        if index > pattern.groups:
            raise s.error("invalid group reference %d" % index, pos)
        if literal:
            result.append(''.join(literal))
            del literal[:]
        else:
            result.append(None)
        result.append(index)

    groupindex = pattern.groupindex
    while True:
        this = s.get()
        if this is None:
            break
        if this[0] == "\\":
            c = this[1]
            if c == "g":
                if not s.match("<"):
                    raise s.error("missing <")
                name = s.getuntil(">", "group name")
                if name.isidentifier():
                    s.checkgroupname(name, 1, -1)
                    try:
                        index = groupindex[name]
                    except KeyError:
                        raise IndexError("unknown group name %r" % name) from None
                else:
                    index = _group_number(name)
                    if index is None:
                        raise s.error("bad character in group name %r" % name,
                                      len(name) + 1) from None
                    if index >= MAXGROUPS:
                        raise s.error("invalid group reference %d" % index,
                                      len(name) + 1)
                addgroup(index, len(name) + 1)
            elif c == "0":
                if s.next is not None and s.next in OCTDIGITS:
                    this += s.get()
                    if s.next is not None and s.next in OCTDIGITS:
                        this += s.get()
                literal.append(chr(int(this[1:], 8) & 0xff))
            elif c in DIGITS:
                isoctal = False
                if s.next is not None and s.next in DIGITS:
                    this += s.get()
                    if (c in OCTDIGITS and this[2] in OCTDIGITS and
                            s.next is not None and s.next in OCTDIGITS):
                        this += s.get()
                        isoctal = True
                        c = int(this[1:], 8)
                        if c > 0o377:
                            raise s.error('octal escape value %s outside of '
                                          'range 0-0o377' % this, len(this))
                        literal.append(chr(c))
                if not isoctal:
                    addgroup(int(this[1:]), len(this) - 1)
            else:
                esc = ESCAPES.get(this)
                if esc is not None:
                    this = chr(esc[1])
                elif c in ASCIILETTERS:
                    raise s.error('bad escape %s' % this, len(this))
                literal.append(this)
        else:
            literal.append(this)
    if literal:
        result.append(''.join(literal))
    else:
        result.append(None)
    if not isinstance(source, str):
        # the tokenizer read bytes as latin-1: back to bytes
        result = [x.encode('latin-1') if isinstance(x, str) else x for x in result]
    return result
