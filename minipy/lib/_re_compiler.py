"""The regular expression compiler of minipy's re module: the tree of _re_parser.py to
the opcode list of the native engine, RPython's rsre (Python 2.7's SRE opcodes), and the
Pattern object of _sre.compile().

What the 2.7 engine lacks is built from what it has:
* atomic groups (?>...): a lookahead that captures what it matched in a hidden group,
  then a backreference to that group (the lookahead commits to its first match); hidden
  groups are numbered after the real ones, and _sre never reports them;
* possessive repeats (x*+, x++, x?+, x{m,n}+), which CPython 3.11 runs with every
  repetition atomic as well as the whole: (?>(?>x)*) and the like;
* case-insensitive matching of str patterns: literals are lowered as the engine lowers
  the string (_sre.unicode_tolower), characters with more than one lowercase form that
  matches (CPython's extra cases: 's', 'ſ'...) become small sets, ranges test a character
  and its uppercase (RANGE_IGNORE)."""

import _sre
from _re_parser import (
    error, parse, SubPattern,
    LITERAL, NOT_LITERAL, ANY, IN, AT, BRANCH, SUBPATTERN, ATOMIC_GROUP, MAX_REPEAT,
    MIN_REPEAT, POSSESSIVE_REPEAT, GROUPREF, GROUPREF_EXISTS, ASSERT, ASSERT_NOT, CATEGORY,
    RANGE, NEGATE, SUCCESS, FAILURE, TYPE_FLAGS, OP_NAMES,
    AT_BEGINNING, AT_BEGINNING_LINE, AT_END, AT_END_LINE, AT_BOUNDARY, AT_NON_BOUNDARY,
    AT_LOC_BOUNDARY, AT_LOC_NON_BOUNDARY, AT_UNI_BOUNDARY, AT_UNI_NON_BOUNDARY,
    SRE_FLAG_TEMPLATE, SRE_FLAG_IGNORECASE, SRE_FLAG_LOCALE, SRE_FLAG_MULTILINE,
    SRE_FLAG_DOTALL, SRE_FLAG_UNICODE, SRE_FLAG_VERBOSE, SRE_FLAG_DEBUG, SRE_FLAG_ASCII,
)

# the engine's opcodes
OP_FAILURE = 0
OP_SUCCESS = 1
OP_ANY = 2
OP_ANY_ALL = 3
OP_ASSERT = 4
OP_ASSERT_NOT = 5
OP_AT = 6
OP_BRANCH = 7
OP_CATEGORY = 9
OP_CHARSET = 10
OP_BIGCHARSET = 11
OP_GROUPREF = 12
OP_GROUPREF_EXISTS = 13
OP_GROUPREF_IGNORE = 14
OP_IN = 15
OP_IN_IGNORE = 16
OP_INFO = 17
OP_JUMP = 18
OP_LITERAL = 19
OP_LITERAL_IGNORE = 20
OP_MARK = 21
OP_MAX_UNTIL = 22
OP_MIN_UNTIL = 23
OP_NOT_LITERAL = 24
OP_NOT_LITERAL_IGNORE = 25
OP_NEGATE = 26
OP_RANGE = 27
OP_REPEAT = 28
OP_REPEAT_ONE = 29
OP_MIN_REPEAT_ONE = 31
OP_RANGE_IGNORE = 32

SRE_INFO_PREFIX = 1
SRE_INFO_CHARSET = 4

MAXCODE = (1 << 32) - 1

AT_MULTILINE = {AT_BEGINNING: AT_BEGINNING_LINE, AT_END: AT_END_LINE}
AT_LOCALE = {AT_BOUNDARY: AT_LOC_BOUNDARY, AT_NON_BOUNDARY: AT_LOC_NON_BOUNDARY}
AT_UNICODE = {AT_BOUNDARY: AT_UNI_BOUNDARY, AT_NON_BOUNDARY: AT_UNI_NON_BOUNDARY}
# categories: digit, not digit, space, not space, word, not word, linebreak, not linebreak
CH_LOCALE = {0: 0, 1: 1, 2: 2, 3: 3, 4: 8, 5: 9, 6: 6, 7: 7}
CH_UNICODE = {0: 10, 1: 11, 2: 12, 3: 13, 4: 14, 5: 15, 6: 16, 7: 17}

# lowercase characters -> the other lowercase characters with the same uppercase
# (CPython's re._casefix, from the Unicode database)
_EXTRA_CASES = {
    0x69: (0x131,), 0x73: (0x17f,), 0xb5: (0x3bc,), 0x131: (0x69,), 0x17f: (0x73,),
    0x345: (0x3b9, 0x1fbe,), 0x390: (0x1fd3,), 0x3b0: (0x1fe3,), 0x3b2: (0x3d0,),
    0x3b5: (0x3f5,), 0x3b8: (0x3d1,), 0x3b9: (0x345, 0x1fbe,), 0x3ba: (0x3f0,),
    0x3bc: (0xb5,), 0x3c0: (0x3d6,), 0x3c1: (0x3f1,), 0x3c2: (0x3c3,), 0x3c3: (0x3c2,),
    0x3c6: (0x3d5,), 0x3d0: (0x3b2,), 0x3d1: (0x3b8,), 0x3d5: (0x3c6,), 0x3d6: (0x3c0,),
    0x3f0: (0x3ba,), 0x3f1: (0x3c1,), 0x3f5: (0x3b5,), 0x432: (0x1c80,), 0x434: (0x1c81,),
    0x43e: (0x1c82,), 0x441: (0x1c83,), 0x442: (0x1c84, 0x1c85,), 0x44a: (0x1c86,),
    0x463: (0x1c87,), 0x1c80: (0x432,), 0x1c81: (0x434,), 0x1c82: (0x43e,),
    0x1c83: (0x441,), 0x1c84: (0x442, 0x1c85,), 0x1c85: (0x442, 0x1c84,), 0x1c86: (0x44a,),
    0x1c87: (0x463,), 0x1c88: (0xa64b,), 0x1e61: (0x1e9b,), 0x1e9b: (0x1e61,),
    0x1fbe: (0x345, 0x3b9,), 0x1fd3: (0x390,), 0x1fe3: (0x3b0,), 0xa64b: (0x1c88,),
    0xfb05: (0xfb06,), 0xfb06: (0xfb05,)
}

# ranges at most this long are lowered character by character under IGNORECASE
_SMALL_RANGE = 512


def _combine_flags(flags, add_flags, del_flags):
    if add_flags & TYPE_FLAGS:
        flags &= ~TYPE_FLAGS
    return (flags | add_flags) & ~del_flags


def _ascii_iscased(c):
    return c < 128 and (65 <= c <= 90 or 97 <= c <= 122)


def _ascii_tolower(c):
    if 65 <= c <= 90:
        return c + 32
    return c


class _Case:
    """How case-insensitive matching lowers characters under some flags."""

    def __init__(self, flags):
        if flags & SRE_FLAG_UNICODE:
            self.iscased = _sre.unicode_iscased
            self.tolower = _sre.unicode_tolower
            self.fixes = _EXTRA_CASES
        else:
            self.iscased = _ascii_iscased
            self.tolower = _ascii_tolower
            self.fixes = None


class _Compiler:
    def __init__(self, ngroups):
        self.code = []
        self.hidden = ngroups      # the next hidden group (0-based, as MARK counts)

    def new_hidden_group(self):
        g = self.hidden
        self.hidden += 1
        return g

    def compile(self, pattern, flags):
        if isinstance(pattern, SubPattern):
            pattern = pattern.data
        code = self.code
        emit = code.append
        case = None
        if flags & SRE_FLAG_IGNORECASE:
            if flags & SRE_FLAG_LOCALE:
                case = _Case(0)
            else:
                case = _Case(flags)
        for op, av in pattern:
            if op == LITERAL or op == NOT_LITERAL:
                self.literal(op, av, case)
            elif op == IN:
                self.charset(av, flags, case)
            elif op == ANY:
                if flags & SRE_FLAG_DOTALL:
                    emit(OP_ANY_ALL)
                else:
                    emit(OP_ANY)
            elif op == MAX_REPEAT or op == MIN_REPEAT:
                if flags & SRE_FLAG_TEMPLATE:
                    raise error("internal: unsupported template operator %s"
                                % OP_NAMES[op])
                self.repeat(op, av, flags)
            elif op == POSSESSIVE_REPEAT:
                # as CPython 3.11 runs it: each repetition atomic, and the whole
                min, max, item = av
                if not _simple(item):
                    item = SubPattern(None, [(ATOMIC_GROUP, item)])
                self.atomic(SubPattern(None, [(MAX_REPEAT, (min, max, item))]), flags)
            elif op == SUBPATTERN:
                group, add_flags, del_flags, p = av
                if group:
                    emit(OP_MARK)
                    emit((group - 1) * 2)
                self.compile(p, _combine_flags(flags, add_flags, del_flags))
                if group:
                    emit(OP_MARK)
                    emit((group - 1) * 2 + 1)
            elif op == ATOMIC_GROUP:
                self.atomic(av, flags)
            elif op == ASSERT or op == ASSERT_NOT:
                if op == ASSERT:
                    emit(OP_ASSERT)
                else:
                    emit(OP_ASSERT_NOT)
                skip = len(code)
                emit(0)
                if av[0] >= 0:
                    emit(0)     # lookahead
                else:
                    lo, hi = av[1].getwidth()
                    if lo > MAXCODE:
                        raise error("looks too much behind")
                    if lo != hi:
                        raise error("look-behind requires fixed-width pattern")
                    emit(lo)    # lookbehind
                self.compile(av[1], flags)
                emit(OP_SUCCESS)
                code[skip] = len(code) - skip
            elif op == AT:
                emit(OP_AT)
                if flags & SRE_FLAG_MULTILINE:
                    av = AT_MULTILINE.get(av, av)
                if flags & SRE_FLAG_LOCALE:
                    av = AT_LOCALE.get(av, av)
                elif flags & SRE_FLAG_UNICODE:
                    av = AT_UNICODE.get(av, av)
                emit(av)
            elif op == BRANCH:
                emit(OP_BRANCH)
                tails = []
                for alt in av[1]:
                    skip = len(code)
                    emit(0)
                    self.compile(alt, flags)
                    emit(OP_JUMP)
                    tails.append(len(code))
                    emit(0)
                    code[skip] = len(code) - skip
                emit(OP_FAILURE)
                for tail in tails:
                    code[tail] = len(code) - tail
            elif op == CATEGORY:
                emit(OP_IN)
                skip = len(code)
                emit(0)
                emit(OP_CATEGORY)
                emit(_category(av, flags))
                emit(OP_FAILURE)
                code[skip] = len(code) - skip
            elif op == GROUPREF:
                if flags & SRE_FLAG_IGNORECASE:
                    emit(OP_GROUPREF_IGNORE)
                else:
                    emit(OP_GROUPREF)
                emit(av - 1)
            elif op == GROUPREF_EXISTS:
                emit(OP_GROUPREF_EXISTS)
                emit(av[0] - 1)
                skipyes = len(code)
                emit(0)
                self.compile(av[1], flags)
                if av[2]:
                    emit(OP_JUMP)
                    skipno = len(code)
                    emit(0)
                    code[skipyes] = len(code) - skipyes + 1
                    self.compile(av[2], flags)
                    code[skipno] = len(code) - skipno
                else:
                    code[skipyes] = len(code) - skipyes + 1
            elif op == SUCCESS:
                emit(OP_SUCCESS)
            elif op == FAILURE:
                emit(OP_FAILURE)
            else:
                raise error("internal: unsupported operand type %r" % (op,))

    def literal(self, op, av, case):
        emit = self.code.append
        if case is None or not (case.iscased(av) or
                                (case.fixes is not None and av in case.fixes)):
            if op == LITERAL:
                emit(OP_LITERAL)
            else:
                emit(OP_NOT_LITERAL)
            emit(av)
            return
        lo = case.tolower(av)
        if case.fixes is None or lo not in case.fixes:
            if op == LITERAL:
                emit(OP_LITERAL_IGNORE)
            else:
                emit(OP_NOT_LITERAL_IGNORE)
            emit(lo)
            return
        emit(OP_IN_IGNORE)
        skip = len(self.code)
        emit(0)
        if op == NOT_LITERAL:
            emit(OP_NEGATE)
        for k in (lo,) + case.fixes[lo]:
            emit(OP_LITERAL)
            emit(k)
        emit(OP_FAILURE)
        self.code[skip] = len(self.code) - skip

    def charset(self, items, flags, case):
        code = self.code
        emit = code.append
        ignore = case is not None and _set_is_cased(items, case)
        if ignore:
            emit(OP_IN_IGNORE)
        else:
            emit(OP_IN)
        skip = len(code)
        emit(0)
        _compile_charset(code, items, flags, case if ignore else None)
        code[skip] = len(code) - skip

    def repeat(self, op, av, flags):
        code = self.code
        emit = code.append
        if _simple(av[2]):
            if op == MAX_REPEAT:
                emit(OP_REPEAT_ONE)
            else:
                emit(OP_MIN_REPEAT_ONE)
            skip = len(code)
            emit(0)
            emit(av[0])
            emit(av[1])
            self.compile(av[2], flags)
            emit(OP_SUCCESS)
            code[skip] = len(code) - skip
        else:
            emit(OP_REPEAT)
            skip = len(code)
            emit(0)
            emit(av[0])
            emit(av[1])
            self.compile(av[2], flags)
            code[skip] = len(code) - skip
            if op == MAX_REPEAT:
                emit(OP_MAX_UNTIL)
            else:
                emit(OP_MIN_UNTIL)

    def atomic(self, p, flags):
        """(?>p): a lookahead that captures p in a hidden group, then that group."""
        code = self.code
        emit = code.append
        g = self.new_hidden_group()
        emit(OP_ASSERT)
        skip = len(code)
        emit(0)
        emit(0)
        emit(OP_MARK)
        emit(2 * g)
        self.compile(p, flags)
        emit(OP_MARK)
        emit(2 * g + 1)
        emit(OP_SUCCESS)
        code[skip] = len(code) - skip
        emit(OP_GROUPREF)
        emit(g)


def _category(av, flags):
    if flags & SRE_FLAG_LOCALE:
        return CH_LOCALE[av]
    if flags & SRE_FLAG_UNICODE:
        return CH_UNICODE[av]
    return av


def _set_is_cased(items, case):
    for op, av in items:
        if op == LITERAL:
            if case.iscased(av):
                return True
        elif op == RANGE:
            lo, hi = av
            if hi - lo > 0x10000:
                return True
            for c in range(lo, hi + 1):
                if case.iscased(c):
                    return True
    return False


def _compile_charset(code, items, flags, case):
    """The items of a set, then FAILURE; case: lower them (the set is IN_IGNORE)."""
    emit = code.append
    extra = []      # characters added by case folding
    for op, av in items:
        if op == NEGATE:
            emit(OP_NEGATE)
        elif op == LITERAL:
            if case is None:
                emit(OP_LITERAL)
                emit(av)
            else:
                lo = case.tolower(av)
                emit(OP_LITERAL)
                emit(lo)
                if case.fixes is not None and lo in case.fixes:
                    extra.extend(case.fixes[lo])
        elif op == RANGE:
            lo, hi = av
            if case is None:
                emit(OP_RANGE)
                emit(lo)
                emit(hi)
            else:
                emit(OP_RANGE_IGNORE)
                emit(lo)
                emit(hi)
                if hi - lo < _SMALL_RANGE:
                    for c in range(lo, hi + 1):
                        low = case.tolower(c)
                        if low < lo or low > hi:
                            extra.append(low)
                        if case.fixes is not None and low in case.fixes:
                            extra.extend(case.fixes[low])
        elif op == CATEGORY:
            emit(OP_CATEGORY)
            emit(_category(av, flags))
        else:
            raise error("internal: unsupported set operator %r" % (op,))
    for c in dict.fromkeys(extra):
        emit(OP_LITERAL)
        emit(c)
    emit(OP_FAILURE)


def _simple(p):
    # a repeat of a single character: the engine's REPEAT_ONE
    if len(p) != 1:
        return False
    op, av = p[0]
    if op == SUBPATTERN:
        return av[0] is None and _simple(av[-1])
    return op == LITERAL or op == NOT_LITERAL or op == ANY or op == IN


def _generate_overlap_table(prefix):
    table = [0] * len(prefix)
    for i in range(1, len(prefix)):
        idx = table[i - 1]
        while prefix[i] != prefix[idx]:
            if idx == 0:
                table[i] = 0
                break
            idx = table[idx - 1]
        else:
            table[i] = idx + 1
    return table


def _literal_prefix(pattern, flags):
    # the leading LITERAL items at the top level that compile to a plain LITERAL
    prefix = []
    case = None
    if flags & SRE_FLAG_IGNORECASE:
        if flags & SRE_FLAG_LOCALE:
            return prefix
        case = _Case(flags)
    for op, av in pattern.data:
        if op != LITERAL:
            break
        if case is not None and case.iscased(av):
            break
        prefix.append(av)
    return prefix


def _charset_prefix(pattern, flags):
    # the set the first character of a match belongs to (a str pattern without
    # IGNORECASE): the items of a leading IN or LITERAL, perhaps in groups
    while True:
        if not pattern.data:
            return None
        op, av = pattern.data[0]
        if op != SUBPATTERN:
            break
        group, add_flags, del_flags, pattern = av
        flags = _combine_flags(flags, add_flags, del_flags)
    if flags & SRE_FLAG_IGNORECASE:
        return None
    if op == LITERAL:
        return [(LITERAL, av)], flags
    if op == IN:
        return av, flags
    return None


def _compile_info(code, pattern, flags):
    # INFO skip flags min max [prefix length, prefix skip, prefix, overlap | charset]
    lo, hi = pattern.getwidth()
    if hi > MAXCODE:
        hi = MAXCODE
    if lo > MAXCODE:
        lo = MAXCODE
    if lo == 0:
        code.extend([OP_INFO, 4, 0, lo, hi])
        return
    prefix = _literal_prefix(pattern, flags)
    charset = None
    if len(prefix) < 2:
        prefix = []
        if not (flags & SRE_FLAG_LOCALE):
            charset = _charset_prefix(pattern, flags)
    emit = code.append
    emit(OP_INFO)
    skip = len(code)
    emit(0)
    if prefix:
        emit(SRE_INFO_PREFIX)
    elif charset:
        emit(SRE_INFO_CHARSET)
    else:
        emit(0)
    emit(lo)
    emit(hi)
    if prefix:
        emit(len(prefix))
        emit(len(prefix))
        code.extend(prefix)
        code.extend(_generate_overlap_table(prefix))
    elif charset:
        items, cflags = charset
        _compile_charset(code, items, cflags, None)
    code[skip] = len(code) - skip


def isstring(obj):
    return isinstance(obj, (str, bytes))


def _code(p, flags):
    flags = p.state.flags | flags
    comp = _Compiler(p.state.groups - 1)
    _compile_info(comp.code, p, flags)
    comp.compile(p.data, flags)
    comp.code.append(OP_SUCCESS)
    return comp.code


def compile(p, flags=0):
    """The Pattern of p: a pattern (str or bytes) or a parsed tree."""
    if isstring(p):
        pattern = p
        p = parse(p, flags)
    else:
        pattern = None
    code = _code(p, flags)
    groupindex = p.state.groupdict
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return _sre.compile(
        pattern, flags | p.state.flags, code,
        p.state.groups - 1,
        groupindex, tuple(indexgroup)
    )
