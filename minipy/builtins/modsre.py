"""The native `_sre` module: RPython's regular expression engine (rpython.rlib.rsre) under
re.Pattern and re.Match objects. minipy/lib/re.py is the public module; it parses and
compiles patterns (minipy/lib/_re_parser.py, _re_compiler.py) to the opcode lists that
rsre runs, and calls compile() here with them.

The engine is rsre's (Python 2.7's SRE opcodes: rsre_core.OPCODE_*), which matches over
a byte string (StrMatchContext) or an RPython unicode string (UnicodeMatchContext) and
counts positions in its items. A str holding only ASCII is matched over its UTF-8 bytes
directly; any other str is decoded into a unicode string (the last one is kept for the
next call), and a table of byte offsets (utf8.build_index's) turns the engine's
positions (code points, as Python reports them) back into UTF-8 slices. bytes patterns
match over the bytes.

Python 3 semantics on top of the 2.7 engine:
* an empty match right after the previous match (findall, finditer, sub, split, a
  scanner) must not be empty at that position (CPython 3.7+'s must_advance): the engine
  gives the alternatives of a match in backtracking order (move_to_next_result), and the
  first non-empty one is taken, else the search goes on one position further;
* a group's span is the latest marks of the successful path, lastindex is the group
  closed last on that path; marks of hidden groups (the compiler's atomic groups and
  possessive repeats, numbered after the real groups) are not reported;
* rsre's two repeat loops are replaced (below, at import) by versions with CPython's
  rule for empty repetitions.

Pattern and Match objects are immutable; a scanner (Pattern.scanner, the iterator of
Pattern.finditer) keeps its position as an STM transactional object."""
from rpython.rlib import jit
from rpython.rlib.rarithmetic import intmask
from rpython.rlib.rstring import StringBuilder, UnicodeBuilder
from rpython.rlib.rsre import rsre_core, rsre_char
from minipy.concurrency.stm import barriers
from minipy.concurrency.stm.tobject import TObject, UndoEntry
from minipy.objects.root import W_Root
from minipy.objects.noneobject import w_None
from minipy.objects.intobject import W_IntObject, wrap_int, wrap_bool
from minipy.objects.strobject import W_StrObject, wrap_str, wrap_ascii, w_empty_str
from minipy.objects.bytesobject import W_BytesObject
from minipy.objects.bytearrayobject import W_BytearrayObject
from minipy.objects.tupleobject import wrap_tuple, tuple_of_list
from minipy.objects.listobject import W_ListObject
from minipy.objects.dictobject import W_DictObject
from minipy.objects.moduleobject import W_Module
from minipy.objects.functionobject import W_BuiltinFunction
from minipy.objects.descriptors import W_Property
from minipy.objects.typeobject import make_builtin_type
from minipy.objects import iterators as it
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt
from minipy.builtins.registry import method, check_args
from minipy.support import utf8
from minipy.support.unicodedb import db

rsre_char.set_unicode_db(db)


def _min_until_search_next(self, ctx, resume):
    """rsre's MinUntilMatchResult.search_next (a lazy repeat: x*?, x{m,}?) with CPython's
    zero-width rule: past the minimum, no repetition starts where the last one past the
    minimum started (that one was empty). rsre instead skipped the empty results of a
    repetition tried afresh but not of one it backtracked into, so (?:b|^){2,}?x on 'bb'
    added empty repetitions without end; and it never took an empty repetition, which a
    tail that refers to its group can need: (?:(a?))*?\\1x matches 'x'."""
    ppos = self.ppos
    min = ctx.pat(ppos + 1)
    max = ctx.pat(ppos + 2)
    ptr = self.cur_ptr
    marks = self.cur_marks
    while True:
        # try to match 'tail' if we have enough 'item'
        if not resume and self.num_pending >= min:
            result = rsre_core.sre_match(ctx, self.tailppos, ptr, marks)
            if result is not None:
                self.subresult = result
                self.cur_ptr = ptr
                self.cur_marks = marks
                return self
        resume = False
        if ((max == rsre_char.MAXREPEAT or self.num_pending < max) and
                not (self.num_pending > min and self.pending.ptr == ptr)):
            # try to match one more 'item'
            enum = rsre_core.sre_match(ctx, ppos + 3, ptr, marks)
        else:
            enum = None    # 'max' reached, or the last repetition was empty
        while enum is None:
            # 'item' does not match; the next result of an earlier repetition
            p = self.pending
            if p is None:
                return None
            self.pending = p.next
            self.num_pending -= 1
            ptr = p.ptr
            marks = p.marks
            enum = p.enum.move_to_next_result(ctx)
        # matched one more 'item': record it and continue
        self.pending = rsre_core.Pending(ptr, marks, enum, self.pending)
        self.num_pending += 1
        ptr = ctx.match_end
        marks = ctx.match_marks


def _max_until_search_next(self, ctx, match_more):
    """rsre's MaxUntilMatchResult.search_next (a greedy repeat: x*, x{m,n}), with
    CPython's zero-width rule: no more repetitions after an empty one only when that one
    was past the minimum. rsre stopped after an empty repetition that reached the
    minimum too, so (?:\\b|b){2,3} found another match than CPython's where it had to
    advance."""
    ppos = self.ppos
    tailppos = self.tailppos
    ptr = self.cur_ptr
    marks = self.cur_marks
    while True:
        ctx.jitdriver_MaxUntil.jit_merge_point(
            ppos=ppos, tailppos=tailppos, match_more=match_more,
            ptr=ptr, marks=marks, self=self, ctx=ctx)
        if match_more:
            max = ctx.pat(ppos + 2)
            if max == rsre_char.MAXREPEAT or self.num_pending < max:
                # try to match one more 'item'
                enum = rsre_core.sre_match(ctx, ppos + 3, ptr, marks)
            else:
                enum = None    # 'max' reached, no more matches
        else:
            p = self.pending
            if p is None:
                return None
            self.pending = p.next
            self.num_pending -= 1
            ptr = p.ptr
            marks = p.marks
            enum = p.enum.move_to_next_result(ctx)
        min = ctx.pat(ppos + 1)
        if enum is not None:
            # matched one more 'item': record it and continue
            last_match_length = ctx.match_end - ptr
            self.pending = rsre_core.Pending(ptr, marks, enum, self.pending)
            self.num_pending += 1
            ptr = ctx.match_end
            marks = ctx.match_marks
            if last_match_length == 0 and self.num_pending > min:
                # an empty repetition past the minimum: no more; try the tail
                pass
            else:
                match_more = True
                continue
        # 'item' no longer matches
        if self.num_pending >= min:
            # try to match 'tail' if we have enough 'item'
            result = rsre_core.sre_match(ctx, tailppos, ptr, marks)
            if result is not None:
                self.subresult = result
                self.cur_ptr = ptr
                self.cur_marks = marks
                return self
        match_more = False


rsre_core.MinUntilMatchResult.search_next = _min_until_search_next
rsre_core.MaxUntilMatchResult.search_next = _max_until_search_next

MAGIC = 20031017
CODESIZE = rsre_char.CODESIZE
MAXREPEAT = rsre_char.MAXREPEAT
MAXGROUPS = rsre_char.MAXGROUPS

FLAG_TEMPLATE = 1
FLAG_IGNORECASE = 2
FLAG_LOCALE = 4
FLAG_MULTILINE = 8
FLAG_DOTALL = 16
FLAG_UNICODE = 32
FLAG_VERBOSE = 64
FLAG_DEBUG = 128
FLAG_ASCII = 256

FLAG_NAMES = [('re.TEMPLATE', FLAG_TEMPLATE), ('re.IGNORECASE', FLAG_IGNORECASE),
              ('re.LOCALE', FLAG_LOCALE), ('re.MULTILINE', FLAG_MULTILINE),
              ('re.DOTALL', FLAG_DOTALL), ('re.UNICODE', FLAG_UNICODE),
              ('re.VERBOSE', FLAG_VERBOSE), ('re.DEBUG', FLAG_DEBUG),
              ('re.ASCII', FLAG_ASCII)]

MAXSIZE = 0x7fffffffffffffff     # sys.maxsize: the default endpos

KIND_ASCII = 0      # a str of ASCII characters: its UTF-8 bytes are its code points
KIND_UNI = 1        # any other str: matched over a unicode copy
KIND_BYTES = 2      # bytes or bytearray


# ---------------------------------------------------------------- the string matched

class Subject(object):
    """The string a pattern runs over, ready for the engine."""
    _immutable_fields_ = ['w_string', 'kind', 'text', 'ustr', 'index[*]', 'length']

    def __init__(self, w_string, kind, text, ustr, index, length):
        self.w_string = w_string    # as given: Match.string
        self.kind = kind
        self.text = text            # UTF-8 (str) or the bytes
        self.ustr = ustr            # KIND_UNI: the code points
        self.index = index          # KIND_UNI: utf8.build_index's table of byte offsets
        self.length = length        # in code points (str) or bytes

    def slice_text(self, start, end):
        """The RPython string of items start to end (0 <= start <= end <= length)."""
        if self.kind == KIND_UNI:
            b = utf8.byte_offset_indexed(self.text, self.index, start)
            e = utf8.byte_offset_indexed(self.text, self.index, end)
        else:
            b = start
            e = end
        assert b >= 0
        assert e >= b
        return self.text[b:e]

    def wrap_slice(self, start, end):
        if start < 0 or end < start:        # an unmatched group reported as empty
            start = end = 0
        s = self.slice_text(start, end)
        if self.kind == KIND_BYTES:
            return W_BytesObject(s)
        if self.kind == KIND_ASCII:
            return wrap_ascii(s)
        if len(s) == end - start:
            return wrap_ascii(s)
        return W_StrObject(s, end - start)

    def empty(self):
        if self.kind == KIND_BYTES:
            return W_BytesObject('')
        return w_empty_str


def decode_utf8(s, length):
    """(unicode, index) of a UTF-8 string of `length` code points: its code points, and
    the table of byte offsets of utf8.build_index (one every utf8.INDEX_STEP)."""
    b = UnicodeBuilder(length)
    step = utf8.INDEX_STEP
    index = [0] * (length // step + 1)
    pos = 0
    n = 0
    end = len(s)
    while pos < end:
        if n % step == 0:
            index[n // step] = pos
        b.append(unichr(utf8.decode_at(s, pos)))
        pos = utf8.next_pos(s, pos)
        n += 1
    if n % step == 0:
        index[n // step] = pos
    return b.build(), index


class DecodedStr(object):
    """The last str decoded for the engine: a program that matches at successive
    positions of one long text (pattern.match(text, pos) in a tokenizer) decodes it
    once, not at each call. Replaced whole, so a reader sees one consistent entry."""
    _immutable_fields_ = ['w_str', 'ustr', 'index[*]']

    def __init__(self, w_str, ustr, index):
        self.w_str = w_str
        self.ustr = ustr
        self.index = index


class DecodedCache(object):
    def __init__(self):
        self.last = None


decoded_cache = DecodedCache()


def subject_of(w_pat, w_string):
    """The Subject of w_string for pattern w_pat, with CPython's TypeErrors."""
    from minipy.interpreter import ops
    w_v = w_string.base_value()
    if isinstance(w_v, W_StrObject):
        if w_pat.is_bytes:
            raise oefmt(ex.w_TypeError, 'cannot use a bytes pattern on a string-like object')
        if w_v.is_ascii():
            return Subject(w_string, KIND_ASCII, w_v.utf8, None, None, w_v.length)
        last = decoded_cache.last
        if last is None or last.w_str is not w_v:
            ustr, index = decode_utf8(w_v.utf8, w_v.length)
            last = DecodedStr(w_v, ustr, index)
            decoded_cache.last = last
        return Subject(w_string, KIND_UNI, w_v.utf8, last.ustr, last.index, w_v.length)
    if isinstance(w_v, W_BytesObject):
        data = w_v.value
    elif isinstance(w_v, W_BytearrayObject):
        data = w_v.getvalue()
    else:
        raise oefmt(ex.w_TypeError, "expected string or bytes-like object, got '%s'"
                    % ops.typename(w_string))
    if not w_pat.is_bytes:
        raise oefmt(ex.w_TypeError, 'cannot use a string pattern on a bytes-like object')
    return Subject(w_string, KIND_BYTES, data, None, None, len(data))


# ---------------------------------------------------------------- running the engine

def new_ctx(w_pat, subj, start, end):
    assert start >= 0
    assert end >= 0
    if subj.kind == KIND_UNI:
        return rsre_core.UnicodeMatchContext(w_pat.code, subj.ustr, start, end, w_pat.flags)
    return rsre_core.StrMatchContext(w_pat.code, subj.text, start, end, w_pat.flags)


def adjust(pos, endpos, length):
    if pos < 0:
        pos = 0
    elif pos > length:
        pos = length
    if endpos < 0:
        endpos = 0
    elif endpos > length:
        endpos = length
    return pos, endpos


MODE_MATCH = 0
MODE_FULLMATCH = 1
MODE_SEARCH = 2


@jit.dont_look_inside
def run_once(w_pat, subj, pos, endpos, mode):
    """The engine's context after a match (MODE_*) between pos and endpos (adjusted), or
    None."""
    if pos > endpos:
        return None
    ctx = new_ctx(w_pat, subj, pos, endpos)
    if mode == MODE_SEARCH:
        found = rsre_core.search_context(ctx)
    else:
        ctx.fullmatch_only = mode == MODE_FULLMATCH
        found = rsre_core.match_context(ctx)
    if found:
        return ctx
    return None


def match_nonempty(ctx, start):
    """Whether the pattern matches at start with a match that is not empty: the engine's
    results in backtracking order until one ends elsewhere (CPython fails an empty match
    at the top level when it must advance, and backtracks)."""
    assert start >= 0
    result = rsre_core.sre_match(ctx, 0, start, None)
    while result is not None:
        if ctx.match_end != start:
            ctx.match_start = start
            return True
        result = result.move_to_next_result(ctx)
    return False


@jit.dont_look_inside
def run_next(w_pat, subj, start, end, must_advance, search):
    """The next match of an iteration from start (search: at or after start; else at start
    only), or None; must_advance: the previous match was empty and ended at start."""
    if start > end:
        return None
    ctx = new_ctx(w_pat, subj, start, end)
    if must_advance:
        if match_nonempty(ctx, start):
            return ctx
        if not search:
            return None
        start += 1
        if start > end:
            return None
        ctx = new_ctx(w_pat, subj, start, end)
    if search:
        found = rsre_core.search_context(ctx)
    else:
        found = rsre_core.match_context(ctx)
    if found:
        return ctx
    return None


def flat_marks(w_pat, ctx):
    """[start, end, start1, end1, ...] of every group (-1, -1 when it did not take part)
    and the lastindex (-1 for None) of the match in ctx."""
    n = w_pat.groups
    marks = [-1] * (2 * n + 2)
    marks[0] = ctx.match_start
    marks[1] = ctx.match_end
    limit = 2 * n
    lastindex = -1
    mark = ctx.match_marks
    while mark is not None:
        gid = mark.gid
        if gid < limit:
            if marks[gid + 2] == -1:
                marks[gid + 2] = mark.position
            if lastindex == -1 and gid & 1:
                lastindex = gid // 2 + 1
        mark = mark.prev
    for i in range(2, 2 * n + 2, 2):
        if marks[i] == -1 or marks[i + 1] == -1 or marks[i] > marks[i + 1]:
            marks[i] = -1
            marks[i + 1] = -1
    return marks, lastindex


def new_match(w_pat, subj, ctx, pos, endpos):
    marks, lastindex = flat_marks(w_pat, ctx)
    return W_Match(w_pat, subj, marks, lastindex, pos, endpos)


# ---------------------------------------------------------------- re.Pattern

class W_Pattern(W_Root):
    """re.Pattern: the engine's code and what the compiler says of the groups."""
    _attrs_ = ['w_pattern', 'flags', 'code', 'groups', 'w_groupindex', 'indexgroup_w',
               'is_bytes', 'hash']
    _immutable_fields_ = ['w_pattern', 'flags', 'code[*]', 'groups', 'w_groupindex',
                          'indexgroup_w[*]', 'is_bytes', 'hash']

    def __init__(self, w_pattern, flags, code, groups, w_groupindex, indexgroup_w,
                 is_bytes, hash=-1):
        self.w_pattern = w_pattern     # str, bytes or None
        self.flags = flags
        self.code = code               # never resized (the engine's pattern[*])
        self.groups = groups           # the real groups (hidden ones come after)
        self.w_groupindex = w_groupindex
        self.indexgroup_w = indexgroup_w
        self.is_bytes = is_bytes
        self.hash = hash               # hash(): -1 until compile() computes it

    def native_repr(self):
        from minipy.interpreter import ops
        flags = self.flags
        if not self.is_bytes and \
                (flags & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII)) == FLAG_UNICODE:
            flags &= ~FLAG_UNICODE
        names = []
        for name, value in FLAG_NAMES:
            if flags & value:
                names.append(name)
                flags &= ~value
        if flags:
            names.append('0x%x' % flags)
        text = repr_truncated_w(self.w_pattern, 200)
        if len(names) > 0:
            return 're.compile(%s, %s)' % (text, '|'.join(names))
        return 're.compile(%s)' % text

    def native_eq(self, w_other):
        """Patterns are equal when their pattern, flags and code are (CPython's rule).
        The patterns' texts are compared here, not through ops (builtin_compare calls
        this: no way back into it)."""
        if not isinstance(w_other, W_Pattern):
            return -1
        if w_other is self:
            return 1
        if (self.flags != w_other.flags or self.is_bytes != w_other.is_bytes or
                len(self.code) != len(w_other.code)):
            return 0
        for i in range(len(self.code)):
            if self.code[i] != w_other.code[i]:
                return 0
        if not same_text(self.w_pattern, w_other.w_pattern):
            return 0
        return 1

    def native_hash(self):
        """The hash compile() computed (-1, the identity hash, for a pattern made
        otherwise): builtin_hash calls this, so nothing here hashes through ops."""
        return self.hash


def same_text(w_a, w_b):
    """Whether two patterns (str, bytes, bytearray or None) hold the same text."""
    if w_a is None or w_b is None:
        return w_a is w_b
    w_a = w_a.base_value()
    w_b = w_b.base_value()
    if w_a is w_b:
        return True
    if isinstance(w_a, W_StrObject) and isinstance(w_b, W_StrObject):
        return w_a.utf8 == w_b.utf8
    if isinstance(w_a, W_BytesObject) and isinstance(w_b, W_BytesObject):
        return w_a.value == w_b.value
    if isinstance(w_a, W_BytearrayObject) and isinstance(w_b, W_BytearrayObject):
        return w_a.getvalue() == w_b.getvalue()
    return False


def pattern_hash_of(w_pattern, flags, code):
    """hash() of a pattern: of its pattern, flags and code, as CPython's."""
    from minipy.interpreter import ops
    h = ops.hash_w(w_pattern)
    h = intmask(h * 1000003) ^ flags
    for c in code:
        h = intmask(h * 1000003) ^ c
    if h == -1:
        h = -2
    return h


def repr_truncated_w(w_obj, n):
    """%.<n>R: repr(w_obj) cut to n code points."""
    from minipy.interpreter import ops
    r = ops.repr_utf8(w_obj)
    length = utf8.codepoint_count(r)
    if length <= n:
        return r
    return utf8.slice_cp(r, length, 0, n)


w_PatternType = make_builtin_type('Pattern')
w_PatternType.module = 're'
W_Pattern.typedef = w_PatternType


def pattern_self(args, name):
    if len(args.args_w) == 0:
        raise oefmt(ex.w_TypeError, "descriptor '%s' of 're.Pattern' object needs an argument"
                    % name)
    w_p = args.args_w[0]
    if not isinstance(w_p, W_Pattern):
        from minipy.interpreter import ops
        raise oefmt(ex.w_TypeError, "descriptor '%s' for 're.Pattern' objects doesn't apply "
                    "to a '%s' object" % (name, ops.typename(w_p)))
    return w_p


def parse_args(args, fname, names, nrequired):
    """The arguments after self, by position or keyword, as Argument Clinic takes them:
    a list with None for those not given."""
    n = len(names)
    res = [None] * n
    npos = len(args.args_w) - 1
    nkw = 0
    if args.kwnames is not None:
        nkw = len(args.kwnames)
    if npos + nkw > n:
        raise oefmt(ex.w_TypeError, '%s() takes at most %d argument%s (%d given)'
                    % (fname, n, '' if n == 1 else 's', npos + nkw))
    for i in range(npos):
        res[i] = args.args_w[i + 1]
    for k in range(nkw):
        name = args.kwnames[k]
        idx = -1
        for j in range(n):
            if names[j] == name:
                idx = j
        if idx < 0:
            raise oefmt(ex.w_TypeError, "'%s' is an invalid keyword argument for %s()"
                        % (name, fname))
        if res[idx] is not None:
            raise oefmt(ex.w_TypeError, "argument for %s() given by name ('%s') and "
                        "position (%d)" % (fname, name, idx + 1))
        res[idx] = args.kwvalues_w[k]
    for i in range(nrequired):
        if res[i] is None:
            raise oefmt(ex.w_TypeError, "%s() missing required argument '%s' (pos %d)"
                        % (fname, names[i], i + 1))
    return res


def ssize_arg(w_obj, default):
    from minipy.interpreter import ops
    if w_obj is None:
        return default
    return ops.int_w(w_obj)


def string_pos_endpos(args, fname):
    w_p = pattern_self(args, fname)
    a = parse_args(args, fname, ['string', 'pos', 'endpos'], 1)
    subj = subject_of(w_p, a[0])
    pos, endpos = adjust(ssize_arg(a[1], 0), ssize_arg(a[2], MAXSIZE), subj.length)
    return w_p, subj, pos, endpos


def _match_mode(args, fname, mode):
    w_p, subj, pos, endpos = string_pos_endpos(args, fname)
    ctx = run_once(w_p, subj, pos, endpos, mode)
    if ctx is None:
        return w_None
    return new_match(w_p, subj, ctx, pos, endpos)


def pattern_match(args):
    return _match_mode(args, 'match', MODE_MATCH)


def pattern_fullmatch(args):
    return _match_mode(args, 'fullmatch', MODE_FULLMATCH)


def pattern_search(args):
    return _match_mode(args, 'search', MODE_SEARCH)


def group_slice(subj, marks, g, empty_for_none):
    """The text of group g from flat marks: None (or an empty string) when unmatched."""
    start = marks[2 * g]
    end = marks[2 * g + 1]
    if start < 0:
        if empty_for_none:
            return subj.empty()
        return w_None
    return subj.wrap_slice(start, end)


def pattern_findall(args):
    w_p, subj, pos, endpos = string_pos_endpos(args, 'findall')
    result_w = []
    start = pos
    must_advance = False
    while start <= endpos:
        ctx = run_next(w_p, subj, start, endpos, must_advance, True)
        if ctx is None:
            break
        b = ctx.match_start
        e = ctx.match_end
        if w_p.groups == 0:
            result_w.append(subj.wrap_slice(b, e))
        else:
            marks, _ = flat_marks(w_p, ctx)
            if w_p.groups == 1:
                result_w.append(group_slice(subj, marks, 1, True))
            else:
                items_w = [group_slice(subj, marks, g, True)
                           for g in range(1, w_p.groups + 1)]
                result_w.append(wrap_tuple(items_w))
        must_advance = e == b
        start = e
    return W_ListObject(result_w)


def pattern_split(args):
    from minipy.interpreter import ops
    w_p = pattern_self(args, 'split')
    a = parse_args(args, 'split', ['string', 'maxsplit'], 1)
    subj = subject_of(w_p, a[0])
    maxsplit = ssize_arg(a[1], 0)
    result_w = []
    n = 0
    last = 0
    start = 0
    end = subj.length
    must_advance = False
    while maxsplit == 0 or n < maxsplit:
        ctx = run_next(w_p, subj, start, end, must_advance, True)
        if ctx is None:
            break
        b = ctx.match_start
        e = ctx.match_end
        result_w.append(subj.wrap_slice(last, b))
        if w_p.groups > 0:
            marks, _ = flat_marks(w_p, ctx)
            for g in range(1, w_p.groups + 1):
                result_w.append(group_slice(subj, marks, g, False))
        n += 1
        must_advance = e == b
        last = start = e
    result_w.append(subj.wrap_slice(last, end))
    return W_ListObject(result_w)


# ---------------------------------------------------------------- sub and templates

class Template(object):
    """A replacement template: literals[0] g[0] literals[1] g[1] ... literals[-1], with
    None for an empty literal."""

    def __init__(self, literals_w, groups):
        self.literals_w = literals_w
        self.groups = groups


def compile_template(w_p, w_repl):
    """re._compile_template(pattern, repl): the literal (str or bytes) when the template
    has no group reference, else a Template."""
    from minipy.interpreter import ops
    from minipy.builtins import importing
    w_re = importing.get_module('re')
    w_fn = ops.getattr_w(w_re, '_compile_template')
    w_t = ops.call_function(w_fn, [w_p, w_repl])
    if not isinstance(w_t, W_ListObject):
        return w_t, None
    items_w = w_t.getitems_copy()
    if len(items_w) % 2 == 0:
        raise oefmt(ex.w_ValueError, 'invalid template')
    literals_w = []
    groups = []
    for i in range(len(items_w)):
        if i % 2 == 0:
            w_lit = items_w[i]
            if w_lit is w_None:
                literals_w.append(None)
            else:
                literals_w.append(w_lit)
        else:
            g = ops.int_w(items_w[i])
            if g < 0 or g > w_p.groups:
                raise oefmt(ex.w_IndexError, 'invalid group reference %d' % g)
            groups.append(g)
    if len(literals_w) == 1 and len(groups) == 0:
        w_lit = literals_w[0]
        if w_lit is None:
            if w_p.is_bytes:
                w_lit = W_BytesObject('')
            else:
                w_lit = w_empty_str
        return w_lit, None
    return None, Template(literals_w, groups)


def expand_into(pieces_w, template, subj, marks):
    lits_w = template.literals_w
    for i in range(len(template.groups)):
        if lits_w[i] is not None:
            pieces_w.append(lits_w[i])
        g = template.groups[i]
        if marks[2 * g] >= 0 and marks[2 * g + 1] > marks[2 * g]:
            pieces_w.append(subj.wrap_slice(marks[2 * g], marks[2 * g + 1]))
    w_last = lits_w[len(lits_w) - 1]
    if w_last is not None:
        pieces_w.append(w_last)


def join_pieces(pieces_w, is_bytes):
    """''.join(pieces_w) (or b''), with str.join's TypeError for an item of another type."""
    from minipy.interpreter import ops
    if is_bytes:
        b = StringBuilder()
        for i in range(len(pieces_w)):
            w_v = pieces_w[i].base_value()
            if isinstance(w_v, W_BytesObject):
                b.append(w_v.value)
            elif isinstance(w_v, W_BytearrayObject):
                b.append(w_v.getvalue())
            else:
                raise oefmt(ex.w_TypeError, 'sequence item %d: expected a bytes-like object, '
                            '%s found' % (i, ops.typename(pieces_w[i])))
        return W_BytesObject(b.build())
    b = StringBuilder()
    length = 0
    for i in range(len(pieces_w)):
        w_v = pieces_w[i].base_value()
        if not isinstance(w_v, W_StrObject):
            raise oefmt(ex.w_TypeError, 'sequence item %d: expected str instance, %s found'
                        % (i, ops.typename(pieces_w[i])))
        b.append(w_v.utf8)
        length += w_v.length
    s = b.build()
    if length == len(s):
        return wrap_ascii(s)
    return W_StrObject(s, length)


def template_is_literal(w_repl):
    """CPython's test: a str or bytes template without a backslash is used as it is."""
    w_v = w_repl.base_value()
    if isinstance(w_v, W_StrObject):
        return w_v.utf8.find('\\') < 0
    if isinstance(w_v, W_BytesObject):
        return w_v.value.find('\\') < 0
    if isinstance(w_v, W_BytearrayObject):
        return w_v.getvalue().find('\\') < 0
    return False


def subx(args, fname, with_count):
    from minipy.interpreter import ops
    from minipy.builtins.functions import callable_w
    w_p = pattern_self(args, fname)
    a = parse_args(args, fname, ['repl', 'string', 'count'], 2)
    w_repl = a[0]
    count = ssize_arg(a[2], 0)
    w_filter = None          # callable
    w_literal = None
    template = None
    if callable_w(w_repl):
        w_filter = w_repl
    elif template_is_literal(w_repl):
        w_literal = w_repl
    else:
        w_literal, template = compile_template(w_p, w_repl)
    subj = subject_of(w_p, a[1])
    pieces_w = []
    n = 0
    i = 0
    start = 0
    end = subj.length
    must_advance = False
    while count == 0 or n < count:
        ctx = run_next(w_p, subj, start, end, must_advance, True)
        if ctx is None:
            break
        b = ctx.match_start
        e = ctx.match_end
        if i < b:
            pieces_w.append(subj.wrap_slice(i, b))
        if w_filter is not None:
            w_m = new_match(w_p, subj, ctx, 0, end)
            w_item = ops.call_function(w_filter, [w_m])
            if w_item is not w_None:
                pieces_w.append(w_item)
        elif template is not None:
            marks, _ = flat_marks(w_p, ctx)
            expand_into(pieces_w, template, subj, marks)
        else:
            assert w_literal is not None
            pieces_w.append(w_literal)
        i = e
        n += 1
        must_advance = e == b
        start = e
    if i < end:
        pieces_w.append(subj.wrap_slice(i, end))
    if len(pieces_w) == 1 and template is None and w_filter is None and \
            n == 0 and isinstance(subj.w_string, W_StrObject):
        w_res = subj.w_string            # nothing replaced: the string itself
    else:
        w_res = join_pieces(pieces_w, w_p.is_bytes)
    if with_count:
        return wrap_tuple([w_res, wrap_int(n)])
    return w_res


def pattern_sub(args):
    return subx(args, 'sub', False)


def pattern_subn(args):
    return subx(args, 'subn', True)


def pattern_finditer(args):
    w_p, subj, pos, endpos = string_pos_endpos(args, 'finditer')
    return W_SreIter(W_Scanner(w_p, subj, pos, endpos))


def pattern_scanner(args):
    w_p, subj, pos, endpos = string_pos_endpos(args, 'scanner')
    return W_Scanner(w_p, subj, pos, endpos)


def pattern_repr(args):
    return wrap_str(pattern_self(args, '__repr__').native_repr())


def pattern_eq(args):
    from minipy.objects.noneobject import w_NotImplemented
    w_p = pattern_self(args, '__eq__')
    eq = w_p.native_eq(args.args_w[1])
    if eq < 0:
        return w_NotImplemented
    return wrap_bool(eq == 1)


def pattern_ne(args):
    from minipy.objects.noneobject import w_NotImplemented
    w_p = pattern_self(args, '__ne__')
    eq = w_p.native_eq(args.args_w[1])
    if eq < 0:
        return w_NotImplemented
    return wrap_bool(eq == 0)


def pattern_hash(args):
    from minipy.interpreter import ops
    return wrap_int(ops.hash_w(pattern_self(args, '__hash__')))


def pattern_copy(args):
    return pattern_self(args, '__copy__')


def pattern_deepcopy(args):
    return pattern_self(args, '__deepcopy__')


def copy_dict(w_d):
    w_new = W_DictObject()
    w_new.set_table(w_d.copy_table())
    return w_new


def getter(w_type, name, fn):
    w_type.dict_w[name] = W_Property(W_BuiltinFunction(name, fn, False), None, None, None)


def pattern_get_pattern(args):
    return pattern_self(args, 'pattern').w_pattern


def pattern_get_flags(args):
    return wrap_int(pattern_self(args, 'flags').flags)


def pattern_get_groups(args):
    return wrap_int(pattern_self(args, 'groups').groups)


def pattern_get_groupindex(args):
    w_p = pattern_self(args, 'groupindex')
    return copy_dict(w_p.w_groupindex)


method(w_PatternType, 'match', pattern_match)
method(w_PatternType, 'fullmatch', pattern_fullmatch)
method(w_PatternType, 'search', pattern_search)
method(w_PatternType, 'findall', pattern_findall)
method(w_PatternType, 'finditer', pattern_finditer)
method(w_PatternType, 'scanner', pattern_scanner)
method(w_PatternType, 'split', pattern_split)
method(w_PatternType, 'sub', pattern_sub)
method(w_PatternType, 'subn', pattern_subn)
method(w_PatternType, '__repr__', pattern_repr)
method(w_PatternType, '__eq__', pattern_eq)
method(w_PatternType, '__ne__', pattern_ne)
method(w_PatternType, '__hash__', pattern_hash)
method(w_PatternType, '__copy__', pattern_copy)
method(w_PatternType, '__deepcopy__', pattern_deepcopy)
getter(w_PatternType, 'pattern', pattern_get_pattern)
getter(w_PatternType, 'flags', pattern_get_flags)
getter(w_PatternType, 'groups', pattern_get_groups)
getter(w_PatternType, 'groupindex', pattern_get_groupindex)


# ---------------------------------------------------------------- re.Match

class W_Match(W_Root):
    """re.Match: the pattern, the string, and the spans of the groups."""
    _attrs_ = ['w_pat', 'subj', 'marks', 'lastindex', 'pos', 'endpos']
    _immutable_fields_ = ['w_pat', 'subj', 'marks[*]', 'lastindex', 'pos', 'endpos']

    def __init__(self, w_pat, subj, marks, lastindex, pos, endpos):
        self.w_pat = w_pat
        self.subj = subj
        self.marks = marks
        self.lastindex = lastindex
        self.pos = pos
        self.endpos = endpos

    def group_w(self, g):
        return group_slice(self.subj, self.marks, g, False)

    def native_repr(self):
        w_g = self.group_w(0)
        return '<re.Match object; span=(%d, %d), match=%s>' % (
            self.marks[0], self.marks[1], repr_truncated_w(w_g, 50))


w_MatchType = make_builtin_type('Match')
w_MatchType.module = 're'
W_Match.typedef = w_MatchType


def match_self(args, name):
    if len(args.args_w) == 0:
        raise oefmt(ex.w_TypeError, "descriptor '%s' of 're.Match' object needs an argument"
                    % name)
    w_m = args.args_w[0]
    if not isinstance(w_m, W_Match):
        from minipy.interpreter import ops
        raise oefmt(ex.w_TypeError, "descriptor '%s' for 're.Match' objects doesn't apply "
                    "to a '%s' object" % (name, ops.typename(w_m)))
    return w_m


def group_index(w_m, w_g):
    """The group number that w_g (an int or a group name) means, or IndexError."""
    from minipy.interpreter import ops
    from minipy.objects.intobject import W_LongObject
    w_v = w_g.base_value()
    i = -1
    if isinstance(w_v, W_IntObject):
        i = w_v.intval
    elif isinstance(w_v, W_LongObject):
        i = -1
    elif isinstance(w_v, W_StrObject) or isinstance(w_v, W_BytesObject):
        w_i = w_m.w_pat.w_groupindex.getitem(w_g)
        if w_i is not None:
            w_iv = w_i.base_value()
            if isinstance(w_iv, W_IntObject):
                i = w_iv.intval
    elif w_g.getclass().lookup('__index__') is not None:
        i = ops.int_w(w_g)
    if i < 0 or i > w_m.w_pat.groups:
        raise oefmt(ex.w_IndexError, 'no such group')
    return i


def match_group(args):
    w_m = match_self(args, 'group')
    if args.has_kwargs():
        raise oefmt(ex.w_TypeError, 'group() takes no keyword arguments')
    n = len(args.args_w) - 1
    if n == 0:
        return w_m.group_w(0)
    if n == 1:
        return w_m.group_w(group_index(w_m, args.args_w[1]))
    return wrap_tuple([w_m.group_w(group_index(w_m, args.args_w[i + 1])) for i in range(n)])


def match_getitem(args):
    w_m = match_self(args, '__getitem__')
    return w_m.group_w(group_index(w_m, args.args_w[1]))


def match_groups(args):
    w_m = match_self(args, 'groups')
    a = parse_args(args, 'groups', ['default'], 0)
    w_default = a[0]
    if w_default is None:
        w_default = w_None
    items_w = []
    for g in range(1, w_m.w_pat.groups + 1):
        if w_m.marks[2 * g] < 0:
            items_w.append(w_default)
        else:
            items_w.append(w_m.group_w(g))
    return tuple_of_list(items_w)


def match_groupdict(args):
    w_m = match_self(args, 'groupdict')
    a = parse_args(args, 'groupdict', ['default'], 0)
    w_default = a[0]
    if w_default is None:
        w_default = w_None
    w_res = W_DictObject()
    w_gi = w_m.w_pat.w_groupindex
    for w_name in w_gi.live_keys():
        g = group_index(w_m, w_name)
        if w_m.marks[2 * g] < 0:
            w_res.setitem(w_name, w_default)
        else:
            w_res.setitem(w_name, w_m.group_w(g))
    return w_res


def _one_group(args, fname):
    w_m = match_self(args, fname)
    check_args(args, fname, 1, 2)
    if len(args.args_w) == 1:
        return w_m, 0
    return w_m, group_index(w_m, args.args_w[1])


def match_start(args):
    w_m, g = _one_group(args, 'start')
    return wrap_int(w_m.marks[2 * g])


def match_end(args):
    w_m, g = _one_group(args, 'end')
    return wrap_int(w_m.marks[2 * g + 1])


def match_span(args):
    w_m, g = _one_group(args, 'span')
    return wrap_tuple([wrap_int(w_m.marks[2 * g]), wrap_int(w_m.marks[2 * g + 1])])


def match_expand(args):
    w_m = match_self(args, 'expand')
    a = parse_args(args, 'expand', ['template'], 1)
    w_literal, template = compile_template(w_m.w_pat, a[0])
    if template is None:
        return w_literal
    pieces_w = []
    expand_into(pieces_w, template, w_m.subj, w_m.marks)
    return join_pieces(pieces_w, w_m.w_pat.is_bytes)


def match_repr(args):
    return wrap_str(match_self(args, '__repr__').native_repr())


def match_copy(args):
    return match_self(args, '__copy__')


def match_deepcopy(args):
    return match_self(args, '__deepcopy__')


def match_get_string(args):
    return match_self(args, 'string').subj.w_string


def match_get_re(args):
    return match_self(args, 're').w_pat


def match_get_pos(args):
    return wrap_int(match_self(args, 'pos').pos)


def match_get_endpos(args):
    return wrap_int(match_self(args, 'endpos').endpos)


def match_get_lastindex(args):
    w_m = match_self(args, 'lastindex')
    if w_m.lastindex < 0:
        return w_None
    return wrap_int(w_m.lastindex)


def match_get_lastgroup(args):
    w_m = match_self(args, 'lastgroup')
    li = w_m.lastindex
    if li < 0 or li >= len(w_m.w_pat.indexgroup_w):
        return w_None
    return w_m.w_pat.indexgroup_w[li]


def match_get_regs(args):
    w_m = match_self(args, 'regs')
    return wrap_tuple([wrap_tuple([wrap_int(w_m.marks[2 * g]), wrap_int(w_m.marks[2 * g + 1])])
                       for g in range(w_m.w_pat.groups + 1)])


method(w_MatchType, 'group', match_group)
method(w_MatchType, '__getitem__', match_getitem)
method(w_MatchType, 'groups', match_groups)
method(w_MatchType, 'groupdict', match_groupdict)
method(w_MatchType, 'start', match_start)
method(w_MatchType, 'end', match_end)
method(w_MatchType, 'span', match_span)
method(w_MatchType, 'expand', match_expand)
method(w_MatchType, '__repr__', match_repr)
method(w_MatchType, '__copy__', match_copy)
method(w_MatchType, '__deepcopy__', match_deepcopy)
getter(w_MatchType, 'string', match_get_string)
getter(w_MatchType, 're', match_get_re)
getter(w_MatchType, 'pos', match_get_pos)
getter(w_MatchType, 'endpos', match_get_endpos)
getter(w_MatchType, 'lastindex', match_get_lastindex)
getter(w_MatchType, 'lastgroup', match_get_lastgroup)
getter(w_MatchType, 'regs', match_get_regs)


# ---------------------------------------------------------------- scanners, finditer

class ScannerUndo(UndoEntry):
    def __init__(self, w_s, start, state):
        self.w_s = w_s
        self.start = start
        self.state = state

    def restore(self):
        self.w_s.start = self.start
        self.w_s.state = self.state


STATE_FRESH = 0         # the next match may be empty
STATE_ADVANCE = 1       # the last match was empty: the next one must not be, there
STATE_DONE = 2


class W_Scanner(W_Root):
    """_sre.SRE_Scanner: successive matches over a string; finditer's iterator calls its
    search."""
    _attrs_ = ['w_pat', 'subj', 'pos', 'endpos', 'start', 'state']
    _immutable_fields_ = ['w_pat', 'subj', 'pos', 'endpos']

    def __init__(self, w_pat, subj, pos, endpos):
        TObject.__init__(self)
        self.w_pat = w_pat
        self.subj = subj
        self.pos = pos
        self.endpos = endpos
        self.start = pos
        self.state = STATE_FRESH

    def _stm_save(self):
        return ScannerUndo(self, self.start, self.state)

    def _stm_typename(self):
        return 'SRE_Scanner'

    def next_match(self, search):
        """The next Match, or None (and from then on always None)."""
        barriers.write(self)
        if self.state == STATE_DONE:
            return None
        ctx = run_next(self.w_pat, self.subj, self.start, self.endpos,
                       self.state == STATE_ADVANCE, search)
        if ctx is None:
            self.state = STATE_DONE
            return None
        w_m = new_match(self.w_pat, self.subj, ctx, self.pos, self.endpos)
        if ctx.match_end == ctx.match_start:
            self.state = STATE_ADVANCE
        else:
            self.state = STATE_FRESH
        self.start = ctx.match_end
        return w_m


w_ScannerType = make_builtin_type('SRE_Scanner')
w_ScannerType.module = '_sre'
W_Scanner.typedef = w_ScannerType


def scanner_self(args, name):
    w_s = args.args_w[0] if len(args.args_w) > 0 else None
    if not isinstance(w_s, W_Scanner):
        raise oefmt(ex.w_TypeError, "descriptor '%s' requires a '_sre.SRE_Scanner' object"
                    % name)
    return w_s


def scanner_match(args):
    check_args(args, 'match', 1, 1)
    w_m = scanner_self(args, 'match').next_match(False)
    if w_m is None:
        return w_None
    return w_m


def scanner_search(args):
    check_args(args, 'search', 1, 1)
    w_m = scanner_self(args, 'search').next_match(True)
    if w_m is None:
        return w_None
    return w_m


def scanner_get_pattern(args):
    return scanner_self(args, 'pattern').w_pat


method(w_ScannerType, 'match', scanner_match)
method(w_ScannerType, 'search', scanner_search)
getter(w_ScannerType, 'pattern', scanner_get_pattern)


class W_SreIter(it.W_AbstractIter):
    """The iterator of Pattern.finditer (a callable_iterator over scanner.search in
    CPython)."""
    _attrs_ = ['w_scanner']
    _immutable_fields_ = ['w_scanner']

    def __init__(self, w_scanner):
        TObject.__init__(self)
        self.w_scanner = w_scanner

    def next_w(self):
        w_m = self.w_scanner.next_match(True)
        if w_m is None:
            return None
        return w_m


W_SreIter.typedef = it.W_CallIter.typedef


# ---------------------------------------------------------------- module functions

def sre_compile(args):
    """compile(pattern, flags, code, groups, groupindex, indexgroup)."""
    from minipy.interpreter import ops
    check_args(args, 'compile', 6, 6)
    w_pattern = args.args_w[0]
    flags = ops.int_w(args.args_w[1])
    codes_w = ops.unpack_iterable(args.args_w[2])
    code = [0] * len(codes_w)        # never resized: the engine's pattern[*]
    for i in range(len(codes_w)):
        c = ops.int_w(codes_w[i])
        if c < 0 or c > MAXREPEAT:
            raise oefmt(ex.w_OverflowError, 'regular expression code size limit exceeded')
        code[i] = c
    groups = ops.int_w(args.args_w[3])
    if groups < 0 or groups > MAXGROUPS:
        raise oefmt(ex.w_ValueError, 'invalid number of groups')
    w_groupindex = args.args_w[4]
    if not isinstance(w_groupindex, W_DictObject):
        raise oefmt(ex.w_TypeError, 'compile() argument 5 must be dict')
    names_w = ops.unpack_iterable(args.args_w[5])
    indexgroup_w = [None] * len(names_w)
    for i in range(len(names_w)):
        indexgroup_w[i] = names_w[i]
    w_pv = w_pattern.base_value()
    is_bytes = isinstance(w_pv, W_BytesObject) or isinstance(w_pv, W_BytearrayObject)
    if not is_bytes and not isinstance(w_pv, W_StrObject) and w_pattern is not w_None:
        raise oefmt(ex.w_TypeError, 'compile() argument 1 must be str or bytes')
    return W_Pattern(w_pattern, flags, code, groups, copy_dict(w_groupindex), indexgroup_w,
                     is_bytes, pattern_hash_of(w_pattern, flags, code))


def _int_arg(args, name):
    from minipy.interpreter import ops
    check_args(args, name, 1, 1)
    return ops.int_w(args.args_w[0])


def sre_unicode_tolower(args):
    return wrap_int(rsre_char.getlower(_int_arg(args, 'unicode_tolower'), FLAG_UNICODE))


def sre_unicode_toupper(args):
    return wrap_int(rsre_char.getupper(_int_arg(args, 'unicode_toupper'), FLAG_UNICODE))


def sre_unicode_iscased(args):
    """CPython's: c differs from its lowercase or from its uppercase, where a character
    whose case mapping is several characters maps to the first (so sharp s is cased)."""
    c = _int_arg(args, 'unicode_iscased')
    if c < 0 or c > 0x10ffff:
        return wrap_bool(False)
    return wrap_bool(c != db.tolower_full(c)[0] or c != db.toupper_full(c)[0])


def sre_ascii_tolower(args):
    return wrap_int(rsre_char.getlower(_int_arg(args, 'ascii_tolower'), 0))


def sre_ascii_toupper(args):
    return wrap_int(rsre_char.getupper(_int_arg(args, 'ascii_toupper'), 0))


def sre_ascii_iscased(args):
    c = _int_arg(args, 'ascii_iscased')
    return wrap_bool(c < 128 and (ord('a') <= c <= ord('z') or ord('A') <= c <= ord('Z')))


def sre_unicode_lookup(args):
    """The code point of a Unicode character name (\\N{...}), or -1."""
    from minipy.interpreter import ops
    check_args(args, 'unicode_lookup', 1, 1)
    name = ops.str_w(args.args_w[0])
    try:
        return wrap_int(db.lookup(name.upper()))
    except KeyError:
        return wrap_int(-1)


def sre_getcodesize(args):
    check_args(args, 'getcodesize', 0, 0)
    return wrap_int(CODESIZE)


def make_sre():
    w_d = W_DictObject()
    w_mod = W_Module('_sre', w_d)
    w_d.setstr('__name__', wrap_str('_sre'))
    w_d.setstr('MAGIC', wrap_int(MAGIC))
    w_d.setstr('CODESIZE', wrap_int(CODESIZE))
    w_d.setstr('MAXREPEAT', wrap_int(MAXREPEAT))
    w_d.setstr('MAXGROUPS', wrap_int(MAXGROUPS))
    for name, f in [('compile', sre_compile), ('getcodesize', sre_getcodesize),
                    ('unicode_tolower', sre_unicode_tolower),
                    ('unicode_toupper', sre_unicode_toupper),
                    ('unicode_iscased', sre_unicode_iscased),
                    ('ascii_tolower', sre_ascii_tolower),
                    ('ascii_toupper', sre_ascii_toupper),
                    ('ascii_iscased', sre_ascii_iscased),
                    ('unicode_lookup', sre_unicode_lookup)]:
        w_d.setstr(name, W_BuiltinFunction(name, f, False))
    w_d.setstr('Pattern', w_PatternType)
    w_d.setstr('Match', w_MatchType)
    w_d.setstr('SRE_Scanner', w_ScannerType)
    return w_mod
