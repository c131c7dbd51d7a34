"""Printing uncaught exceptions as CPython 3.11 does: the chain (__cause__ /
__context__ with their separator lines), 'Traceback (most recent call last):', one
'  File "f", line N, in name' entry plus the stripped source line per frame, and the
final 'Type: message'. Also SyntaxError's File/line/caret block."""
from minipy.objects.root import OperationError
from minipy.objects.strobject import W_StrObject
from minipy.objects.intobject import W_IntObject
from minipy.interpreter import suggestions
from minipy.objects.exceptions import W_ExceptionObject, W_ExceptionGroupObject, W_Traceback
from minipy.objects import exceptions as ex



class SourceCache(object):
    def __init__(self):
        self.files = {}


_cache = SourceCache()


def source_line(filename, lineno):
    """The line (without newline), or None."""
    from minipy.builtins import importing
    from minipy.concurrency import stmcontrol
    stmcontrol.before_io()     # STM: reads files; the cache is only touched inevitably
    src = _cache.files.get(filename, None)
    if src is None:
        if filename.startswith(importing.LIB_DIR + '/'):
            start = len(importing.LIB_DIR) + 1
            assert start >= 0
            name = filename[start:]
            if name.endswith('.py'):
                stop = len(name) - 3
                assert stop >= 0
                name = name[:stop]
            src = importing.FROZEN.get(name, None)
        else:
            src = importing.read_file(filename)
        if src is None:
            src = ''
        _cache.files[filename] = src
    if lineno <= 0:
        return None
    lines = src.split('\n')
    if lineno > len(lines):
        return None
    return lines[lineno - 1]


def strip_ws(s):
    start = 0
    end = len(s)
    while start < end and s[start] in ' \t\x0c\r\n':
        start += 1
    while end > start and s[end - 1] in ' \t\x0c\r\n':
        end -= 1
    assert end >= start
    return s[start:end]


def exc_type_name(w_exc):
    w_t = w_exc.getclass()
    if w_t.is_builtin or w_t.module == '__main__' or w_t.module == 'builtins':
        return w_t.qualname
    return w_t.module + '.' + w_t.qualname


def format_exception_only(w_exc):
    """The 'Type: message' line (SyntaxError: its block) and the notes."""
    return exception_message(w_exc) + format_notes(w_exc)


def exception_message(w_exc):
    from minipy.interpreter import ops
    name = exc_type_name(w_exc)
    try:
        msg = ops.str_utf8(w_exc)
    except OperationError:
        msg = '<exception str() failed>'
    if isinstance(w_exc, W_ExceptionObject) and w_exc.getclass().issubtype(ex.w_SyntaxError):
        return format_syntax_error(w_exc, name)
    try:
        suggestion = suggestions.hint(w_exc)
    except OperationError:
        suggestion = None
    if suggestion is not None:
        msg += ". Did you mean: '%s'?" % suggestion
    if msg == '':
        return name + '\n'
    return '%s: %s\n' % (name, msg)


def format_notes(w_exc):
    """The exception's __notes__ (add_note), one per line, as CPython 3.11 prints them
    after the message: each str note as it is, other objects by str(), and a __notes__
    that is not a list or tuple by repr()."""
    from minipy.interpreter import ops
    from minipy.objects.listobject import W_ListObject
    from minipy.objects.tupleobject import W_TupleObject
    if not isinstance(w_exc, W_ExceptionObject):
        return ''
    try:
        w_notes = ops.getattr_or_null(w_exc, '__notes__')
    except OperationError:
        return ''
    if w_notes is None:
        return ''
    if isinstance(w_notes, W_ListObject):
        notes_w = w_notes.getitems_copy()
    elif isinstance(w_notes, W_TupleObject):
        notes_w = w_notes.items_w[:]
    else:
        try:
            return ops.repr_utf8(w_notes) + "\n"
        except OperationError:
            return '<__notes__ repr() failed>\n'
    res = []
    for w_note in notes_w:
        try:
            res.append(ops.str_utf8(w_note))
        except OperationError:
            res.append('<note str() failed>')
        res.append('\n')
    return ''.join(res)


def _int_attr(w_exc, name):
    w_v = w_exc.getdictvalue(name)
    if isinstance(w_v, W_IntObject):
        return w_v.intval
    return 0


def _str_attr(w_exc, name):
    w_v = w_exc.getdictvalue(name)
    if isinstance(w_v, W_StrObject):
        return w_v.utf8
    return ''


def format_syntax_error(w_exc, name):
    from minipy.interpreter import ops
    msg = ''
    if len(w_exc.args_w) > 0:
        msg = ops.str_utf8(w_exc.args_w[0])
    filename = _str_attr(w_exc, 'filename')
    lineno = _int_attr(w_exc, 'lineno')
    text = _str_attr(w_exc, 'text')
    offset = _int_attr(w_exc, 'offset')
    end_offset = _int_attr(w_exc, 'end_offset')
    end_lineno = _int_attr(w_exc, 'end_lineno')
    return syntax_error_block(filename, lineno, text, offset, end_lineno, end_offset,
                              name, msg)


def syntax_error_block(filename, lineno, text, offset, end_lineno, end_offset, name, msg):
    from minipy.objects.strobject import utf8_length
    res = []
    if filename != '':
        res.append('  File "%s", line %d\n' % (filename, lineno))
    if text != '':
        # strip the newline and leading whitespace; move the carets with it
        line = text
        if line.endswith('\n'):
            stop = len(line) - 1
            assert stop >= 0
            line = line[:stop]
        lead = 0
        while lead < len(line) and line[lead] in ' \t\x0c':
            lead += 1
        stripped = strip_ws(line)
        res.append('    %s\n' % stripped)
        if offset >= 1:
            start = offset - 1 - lead
            if start < 0:
                start = 0
            width = 1
            if end_offset > offset and (end_lineno == lineno or end_lineno == 0):
                width = end_offset - offset
            n = utf8_length(stripped)
            if start > n:
                start = n
            if start + width > n + 1:
                width = max(1, n + 1 - start)
            res.append('    ' + ' ' * start + '^' * width + '\n')
    res.append('%s: %s\n' % (name, msg))
    return ''.join(res)


# as CPython's printer: at most the last TRACEBACK_LIMIT entries; after RECURSIVE_CUTOFF
# entries of one line in a row (a recursion), the rest of the run is one summary line
TRACEBACK_LIMIT = 1000
RECURSIVE_CUTOFF = 3


def _repeated_line(count):
    if count == 1:
        return '  [Previous line repeated 1 more time]\n'
    return '  [Previous line repeated %d more times]\n' % count


# Library code that stands for what CPython implements in C, whose calls make no
# traceback entries there: whole modules, and functions by qualified-name prefix
_NATIVE_MODULES = ['itertools', 'operator', 'heapq', 'bisect', 'decimal']
_NATIVE_FUNCTIONS = [('functools', 'reduce'), ('functools', 'partial.'),
                     ('functools', '_lru_wrapper.<locals>.'),
                     ('functools', 'cmp_to_key.<locals>.'),
                     ('collections', 'deque.'), ('collections', 'defaultdict.'),
                     ('collections', 'OrderedDict.'),
                     ('collections', 'namedtuple.<locals>.__new__')]


def hidden_entry(code):
    """Whether a traceback entry for code is left out: it is one of the library's
    stand-ins for CPython's C code (see _NATIVE_MODULES)."""
    from minipy.builtins import importing
    prefix = importing.LIB_DIR + '/'
    filename = code.co_filename
    if not filename.startswith(prefix):
        return False
    for name in _NATIVE_MODULES:
        if filename == prefix + name + '.py':
            return True
    for name, qualname in _NATIVE_FUNCTIONS:
        if filename == prefix + name + '.py' and code.co_qualname.startswith(qualname):
            return True
    return False


def format_traceback(w_tb):
    depth = 0
    w_t = w_tb
    while w_t is not None:
        assert isinstance(w_t, W_Traceback)
        depth += 1
        w_t = w_t.next
    while w_tb is not None and depth > TRACEBACK_LIMIT:
        assert isinstance(w_tb, W_Traceback)
        depth -= 1
        w_tb = w_tb.next
    res = []
    last_file = None
    last_line = -1
    last_name = None
    count = 0
    while w_tb is not None:
        assert isinstance(w_tb, W_Traceback)
        code = w_tb.w_code.code
        if hidden_entry(code):
            w_tb = w_tb.next
            continue
        if (code.co_filename == last_file and w_tb.lineno == last_line and
                code.co_name == last_name):
            count += 1
        else:
            if count > RECURSIVE_CUTOFF:
                res.append(_repeated_line(count - RECURSIVE_CUTOFF))
            last_file = code.co_filename
            last_line = w_tb.lineno
            last_name = code.co_name
            count = 1
        if count <= RECURSIVE_CUTOFF:
            res.append('  File "%s", line %d, in %s\n' % (code.co_filename, w_tb.lineno,
                                                           code.co_name))
            line = source_line(code.co_filename, w_tb.lineno)
            if line is not None:
                s = strip_ws(line)
                if s != '':
                    res.append('    %s\n' % s)
                    res.append(caret_line(code, w_tb.pc, w_tb.lineno, line))
        w_tb = w_tb.next
    if count > RECURSIVE_CUTOFF:
        res.append(_repeated_line(count - RECURSIVE_CUTOFF))
    return ''.join(res)


def caret_line(code, pc, lineno, line):
    """The '    ^^^^' / '~~~^^^' line CPython 3.11 prints under a traceback source line
    (Python/traceback.c: tb_displayline), or '' when it shows none."""
    from minipy.objects.strobject import codepoints
    i = 2 * pc
    if pc < 0 or i + 3 >= len(code.co_positions):
        return ''
    start_line = code.co_positions[i]
    end_line = code.co_positions[i + 1]
    start = code.co_positions[i + 2]
    end = code.co_positions[i + 3]
    if start_line != lineno or end_line != start_line or start_line <= 0:
        return ''
    if end <= start or end > len(line):
        return ''
    # positions are UTF-8 byte offsets; the carets count characters (as CPython does)
    start = cp_offset(line, start)
    end = cp_offset(line, end)
    cps = codepoints(line)
    while len(cps) > 0 and cps[len(cps) - 1] in (10, 13):
        cps.pop()
    lead = 0
    while lead < len(cps) and cps[lead] in (32, 9, 12):
        lead += 1
    if end > len(cps):
        return ''
    left_end = -1
    right_start = -1
    primary = '^'
    secondary = '^'
    anchors = find_anchors(cps, start, end)
    if anchors[0] >= 0:
        left_end = anchors[0] + start
        right_start = anchors[1] + start
        primary = '~'
    stripped_len = len(cps) - lead
    special = left_end != -1 or right_start != -1
    if end - start == stripped_len and not special:
        return ''
    b = ['    ']
    offset = lead
    while offset < end:
        offset += 1
        if offset <= start:
            b.append(' ')
        elif special and left_end < offset and offset <= right_start:
            b.append(secondary)
        else:
            b.append(primary)
    b.append('\n')
    return ''.join(b)


def cp_offset(s, byte_offset):
    """The number of characters in the first byte_offset bytes of UTF-8 string s."""
    n = 0
    i = 0
    while i < byte_offset and i < len(s):
        if (ord(s[i]) & 0xC0) != 0x80:
            n += 1
        i += 1
    return n


def find_anchors(cps, start, end):
    """(left_end, right_start) within the segment for a binary operation or a
    subscript, as CPython's extract_anchors_from_expr; (-1, -1) otherwise."""
    from minipy.objects.strobject import encode_codepoint
    from minipy.compiler import ast
    from minipy.compiler.errors import CompileError
    assert start >= 0 and end >= 0
    seg_cps = cps[start:end]
    segment = ''.join([encode_codepoint(c) for c in seg_cps])
    try:
        from minipy.parsing import parse
        tree = parse(segment, '<segment>', 'exec')
    except CompileError:
        return (-1, -1)
    if not isinstance(tree, ast.Module) or len(tree.body) != 1:
        return (-1, -1)
    stmt = tree.body[0]
    if not isinstance(stmt, ast.Expr):
        return (-1, -1)
    expr = stmt.value
    if isinstance(expr, ast.BinOp):
        left = expr.left
        right = expr.right
        j = cp_offset(segment, left.end_col_offset)
        right_col = cp_offset(segment, right.col_offset)
        while j < right_col and j < len(seg_cps):
            c = seg_cps[j]
            if c == 32 or c == 9 or c == 12 or c == 10 or c == 13:
                j += 1
                continue
            r = j + 1
            if j + 1 < right_col and j + 1 < len(seg_cps):
                c2 = seg_cps[j + 1]
                if not (c2 == 32 or c2 == 9 or c2 == 12 or c2 == 10 or c2 == 13):
                    r += 1
            return (j, r)
        return (-1, -1)
    if isinstance(expr, ast.Subscript):
        return (cp_offset(segment, expr.value.end_col_offset),
                cp_offset(segment, expr.slice.end_col_offset) + 1)
    return (-1, -1)


CAUSE_LINE = 'The above exception was the direct cause of the following exception:\n'
CONTEXT_LINE = 'During handling of the above exception, another exception occurred:\n'
# CPython's limits on printing exception groups
MAX_GROUP_WIDTH = 15
MAX_GROUP_DEPTH = 10
MAX_CHAIN_DEPTH = 1000


class PrintContext(object):
    """The state of one printout (CPython's exception_print_context): the text so far,
    the exception-group nesting (each level indents by 2 and draws a '| ' margin),
    whether a group's closing line is still owed, and the exceptions already shown."""
    def __init__(self):
        self.out = []
        self.group_depth = 0
        self.need_close = False
        self.seen = []

    def indent(self):
        return ' ' * (2 * self.group_depth)

    def margin(self):
        if self.group_depth > 0:
            return self.indent() + '| '
        return ''

    def lines(self, text, first_margin=None):
        """Each line of text after the margin (the first after first_margin if given)."""
        margin = self.margin()
        start = 0
        first = True
        while start < len(text):
            stop = text.find('\n', start)
            if stop < 0:
                stop = len(text)
            else:
                stop += 1
            if first and first_margin is not None:
                self.out.append(first_margin)
            else:
                self.out.append(margin)
            assert start >= 0 and stop >= start
            self.out.append(text[start:stop])
            first = False
            start = stop

    def was_seen(self, w_exc):
        for w_e in self.seen:
            if w_e is w_exc:
                return True
        return False


def format_exception(w_exc):
    """The whole printout of an uncaught exception, as sys.excepthook prints it."""
    ctx = PrintContext()
    print_recursive(ctx, w_exc, 0)
    return ''.join(ctx.out)


def print_recursive(ctx, w_exc, depth):
    if isinstance(w_exc, W_ExceptionObject) and depth < MAX_CHAIN_DEPTH:
        ctx.seen.append(w_exc)
        w_cause = w_exc.w_cause
        w_context = w_exc.w_context
        if w_cause is not None:
            if isinstance(w_cause, W_ExceptionObject) and not ctx.was_seen(w_cause):
                print_chained(ctx, w_cause, CAUSE_LINE, depth)
        elif w_context is not None and not w_exc.suppress_context and \
                isinstance(w_context, W_ExceptionObject) and not ctx.was_seen(w_context):
            print_chained(ctx, w_context, CONTEXT_LINE, depth)
    if isinstance(w_exc, W_ExceptionGroupObject):
        print_group(ctx, w_exc, depth)
    else:
        print_one(ctx, w_exc, 'Traceback (most recent call last):\n', None)


def print_chained(ctx, w_chained, line, depth):
    need_close = ctx.need_close
    print_recursive(ctx, w_chained, depth + 1)
    ctx.need_close = need_close
    ctx.lines('\n' + line + '\n')


def print_one(ctx, w_exc, header, header_margin):
    """The traceback (after its header) and the message and notes of one exception."""
    if isinstance(w_exc, W_ExceptionObject) and w_exc.w_traceback is not None:
        ctx.lines(header, header_margin)
        ctx.lines(format_traceback(w_exc.w_traceback))
    msg = exception_message(w_exc)
    if isinstance(w_exc, W_ExceptionObject) and \
            w_exc.getclass().issubtype(ex.w_SyntaxError):
        ctx.lines(msg)
    else:
        ctx.out.append(ctx.margin())
        ctx.out.append(msg)
    ctx.lines(format_notes(w_exc))


def print_group(ctx, w_group, depth):
    """An exception group and, framed and numbered, its exceptions (CPython's
    print_exception_group: at most MAX_GROUP_WIDTH of them, MAX_GROUP_DEPTH deep)."""
    if ctx.group_depth > MAX_GROUP_DEPTH:
        ctx.lines('... (max_group_depth is %d)\n' % MAX_GROUP_DEPTH)
        return
    if ctx.group_depth == 0:
        ctx.group_depth = 1
    header_margin = None
    if ctx.group_depth == 1:
        header_margin = ctx.indent() + '+ '
    print_one(ctx, w_group, 'Exception Group Traceback (most recent call last):\n',
              header_margin)
    excs_w = w_group.w_excs.items_w
    num = len(excs_w)
    n = num
    if num > MAX_GROUP_WIDTH:
        n = MAX_GROUP_WIDTH + 1
    ctx.need_close = False
    for i in range(n):
        last = i == n - 1
        if last:
            ctx.need_close = True       # a nested group may draw the closing line
        lead = '  '
        if i == 0:
            lead = '+-'
        truncated = i >= MAX_GROUP_WIDTH
        title = '...'
        if not truncated:
            title = str(i + 1)
        ctx.out.append(ctx.indent() + lead + '+---------------- %s ----------------\n'
                       % title)
        ctx.group_depth += 1
        if not truncated:
            print_recursive(ctx, excs_w[i], depth + 1)
        else:
            remaining = num - MAX_GROUP_WIDTH
            plural = ''
            if remaining > 1:
                plural = 's'
            ctx.lines('and %d more exception%s\n' % (remaining, plural))
        if last and ctx.need_close:
            ctx.out.append(ctx.indent() + '+------------------------------------\n')
            ctx.need_close = False
        ctx.group_depth -= 1
    if ctx.group_depth == 1:
        ctx.group_depth = 0
