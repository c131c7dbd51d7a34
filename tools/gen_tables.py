"""Grammar -> minipy/parsing/tables.py (Python 3, lark + interegular; build time only).

    python tools/gen_tables.py grammar/minipy.lark minipy/parsing/tables.py
    python tools/gen_tables.py --check grammar/minipy.lark minipy/parsing/tables.py

lark builds the LALR(1) tables from the grammar; interegular turns every terminal's
regex into a DFA, and this script merges those DFAs into one scanner DFA over bytes
(longest match; ties broken in lark's order; keywords are looked up after a NAME match,
as lark's "unless" callback does). The output is plain RPython data: lists of ints and
strings. --check exits 1 when the committed tables differ from what the grammar gives.
"""
import re
import sys
import os

START_SYMBOLS = ['file_input', 'eval_input', 'single_input']
DECLARED = ['_INDENT', '_DEDENT']
END = '$END'


def build_lark(grammar_text):
    """lark's LALR(1) parser for the grammar; any shift/reduce conflict (which lark would
    silently resolve as a shift) is an error here."""
    import logging
    import lark.lexer
    from lark import Lark, logger
    # lark's own collision check (through interegular) is slow and only logs; skip it
    lark.lexer.has_interegular = False
    conflicts = []

    class Collect(logging.Handler):
        def emit(self, record):
            msg = record.getMessage()
            if 'conflict' in msg or (conflicts and msg.startswith(' * ')):
                conflicts.append(msg)
    handler = Collect()
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        parser = Lark(grammar_text, parser='lalr', lexer='basic', start=START_SYMBOLS)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
    if conflicts:
        raise SystemExit('grammar has LALR(1) conflicts:\n' + '\n'.join(conflicts))
    return parser


def lark_order(terms):
    """The order in which lark's basic lexer tries terminals (first match wins)."""
    s = sorted(terms, key=lambda x: (-x.priority, -x.pattern.max_width,
                                     -len(x.pattern.value), x.name))
    return dict((t.name, i) for i, t in enumerate(s))


def byte_char(b):
    """The character a source byte stands for in the regexes: ASCII as itself, every
    byte of a multi-byte UTF-8 sequence as U+0080 (any non-ASCII character)."""
    return chr(b) if b < 128 else '\x80'


def build_scanner(parser, term_ids):
    import interegular
    from lark.lexer import PatternStr
    terms = list(parser.terminals)
    name_re = None
    for t in terms:
        if t.name == 'NAME':
            name_re = t.pattern.to_regexp()
    keywords = []
    scanned = []
    for t in terms:
        if isinstance(t.pattern, PatternStr) and re.fullmatch(name_re, t.pattern.value):
            keywords.append((t.pattern.value, term_ids[t.name]))
        else:
            scanned.append(t)
    order = lark_order(scanned)
    fsms = []
    for t in scanned:
        fsm = interegular.parse_pattern(t.pattern.to_regexp()).to_fsm()
        fsms.append((t.name, fsm))
    # product construction: a state is the tuple of every terminal DFA's state (None=dead)
    def step(states, ch):
        out = []
        for (name, fsm), s in zip(fsms, states):
            if s is None:
                out.append(None)
                continue
            sym = fsm.alphabet[ch] if ch in fsm.alphabet else fsm.alphabet[interegular.fsm.anything_else]
            nxt = fsm.map.get(s, {}).get(sym)
            out.append(nxt)
        if all(x is None for x in out):
            return None
        return tuple(out)

    def accept_of(states):
        best = None
        for (name, fsm), s in zip(fsms, states):
            if s is not None and s in fsm.finals:
                if best is None or order[name] < order[best]:
                    best = name
        return -1 if best is None else term_ids[best]

    start = tuple(fsm.initial for name, fsm in fsms)
    index = {start: 0}
    todo = [start]
    rows = []
    accepts = []
    while todo:
        st = todo.pop(0)
        row = []
        for b in range(256):
            nxt = step(st, byte_char(b))
            if nxt is None:
                row.append(-1)
                continue
            if nxt not in index:
                index[nxt] = len(index)
                todo.append(nxt)
            row.append(index[nxt])
        rows.append(row)
        accepts.append(accept_of(st))
    # byte classes: bytes whose columns are identical
    cols = {}
    byte_class = []
    for b in range(256):
        col = tuple(r[b] for r in rows)
        if col not in cols:
            cols[col] = len(cols)
        byte_class.append(cols[col])
    nclasses = len(cols)
    reps = {}
    for b in range(256):
        reps.setdefault(byte_class[b], b)
    trans = []
    for r in rows:
        for c in range(nclasses):
            trans.append(r[reps[c]])
    keywords.sort()
    return byte_class, nclasses, trans, accepts, keywords


def build_tables(grammar_text):
    parser = build_lark(grammar_text)
    table = parser.parser.parser.parser.parse_table
    rules = parser.rules
    ignore = set(parser.ignore_tokens)
    term_names = [str(t.name) for t in parser.terminals] + DECLARED + [END]
    term_ids = dict((n, i) for i, n in enumerate(term_names))
    nonterms = []
    for r in rules:
        if str(r.origin.name) not in nonterms:
            nonterms.append(str(r.origin.name))
    nt_ids = dict((n, len(term_names) + i) for i, n in enumerate(nonterms))
    rule_index = dict((id(r), i) for i, r in enumerate(rules))
    # per-rule tree shaping data, as lark's ParseTreeBuilder
    tree_names = []
    tree_ids = {}
    rule_lhs, rule_len, rule_tree, rule_expand1, rule_keep_start, keep = [], [], [], [], [], []
    for r in rules:
        name = str(r.alias or r.origin.name)
        if name not in tree_ids:
            tree_ids[name] = len(tree_names)
            tree_names.append(name)
        rule_lhs.append(nt_ids[r.origin.name])
        rule_len.append(len(r.expansion))
        rule_tree.append(tree_ids[name])
        rule_expand1.append(1 if (r.options.expand1 and not r.alias) else 0)
        rule_keep_start.append(len(keep))
        for sym in r.expansion:
            if sym.is_term:
                keep.append(1 if (r.options.keep_all_tokens or not sym.filter_out) else 0)
            elif sym.name.startswith('_'):
                keep.append(2)
            else:
                keep.append(1)
    # actions: row displacement over symbols (terminals then nonterminals)
    nstates = len(table.states)
    raw = {}
    for s, acts in table.states.items():
        row = {}
        for sym, (action, arg) in acts.items():
            sid = term_ids[sym] if sym in term_ids else nt_ids[sym]
            if action.name == 'Shift':
                row[sid] = ('s', arg)
            else:
                row[sid] = ('r', rule_index[id(arg)])
        raw[s] = row
    # lark's state numbers depend on object ids: renumber breadth-first from the starts
    renum = {}
    todo = []
    for st in START_SYMBOLS:
        for s in (table.start_states[st], table.end_states[st]):
            if s not in renum:
                renum[s] = len(renum)
                todo.append(s)
    while todo:
        s = todo.pop(0)
        for sid in sorted(raw[s]):
            kind, arg = raw[s][sid]
            if kind == 's' and arg not in renum:
                renum[arg] = len(renum)
                todo.append(arg)
    assert len(renum) == nstates
    entries = {}
    for s, row in raw.items():
        entries[renum[s]] = dict((sid, renum[arg] if kind == 's' else -(arg + 1))
                                 for sid, (kind, arg) in row.items())
    base = [0] * nstates
    check = []
    value = []
    used_bases = set()
    for s in sorted(entries, key=lambda s: (-len(entries[s]), s)):
        row = entries[s]
        syms = sorted(row)
        if not syms:
            continue
        b = -syms[0]
        while True:
            if b not in used_bases and all(b + k >= len(check) or check[b + k] == -1
                                           for k in syms):
                break
            b += 1
        used_bases.add(b)
        base[s] = b
        need = b + syms[-1] + 1
        while len(check) < need:
            check.append(-1)
            value.append(0)
        for k in syms:
            check[b + k] = s
            value[b + k] = row[k]
    byte_class, nclasses, trans, accepts, keywords = build_scanner(parser, term_ids)
    term_ignored = [1 if n in ignore else 0 for n in term_names]
    return dict(
        term_names=term_names, term_ignored=term_ignored, nonterm_names=nonterms,
        tree_names=tree_names, rule_lhs=rule_lhs, rule_len=rule_len, rule_tree=rule_tree,
        rule_expand1=rule_expand1, rule_keep_start=rule_keep_start, rule_keep=keep,
        act_base=base, act_check=check, act_value=value,
        start_states=[renum[table.start_states[s]] for s in START_SYMBOLS],
        end_states=[renum[table.end_states[s]] for s in START_SYMBOLS],
        dfa_byte_class=byte_class, dfa_nclasses=nclasses, dfa_trans=trans,
        dfa_accept=accepts, keyword_names=[k for k, i in keywords],
        keyword_ids=[i for k, i in keywords])


def fmt_list(name, items):
    out = []
    line = '%s = [' % name
    for i, x in enumerate(items):
        piece = repr(x) + ','
        if len(line) + len(piece) > 98:
            out.append(line)
            line = '    '
        line += piece
    out.append(line + ']')
    return '\n'.join(out)


def render(t, grammar_path):
    lines = ['"""GENERATED by tools/gen_tables.py from %s -- do not edit.' % grammar_path,
             '',
             'Terminals, scanner DFA, LALR(1) action/goto table (row displacement) and tree',
             'shaping data of the minipy grammar, as plain RPython data."""',
             '']
    for i, n in enumerate(t['term_names']):
        ident = 'END' if n == END else n.lstrip('_')
        if re.match(r'^[A-Za-z][A-Za-z0-9_]*$', ident):
            lines.append('T_%s = %d' % (ident, i))
    lines.append('NUM_TERMS = %d' % len(t['term_names']))
    for i, n in enumerate(t['tree_names']):
        if re.match(r'^[a-z][a-z0-9_]*$', n):
            lines.append('N_%s = %d' % (n, i))
    lines.append('START_EXEC, START_EVAL, START_SINGLE = 0, 1, 2')
    lines.append('DFA_NCLASSES = %d' % t['dfa_nclasses'])
    lines.append('')
    for key in ['term_names', 'term_ignored', 'nonterm_names', 'tree_names', 'rule_lhs',
                'rule_len', 'rule_tree', 'rule_expand1', 'rule_keep_start', 'rule_keep',
                'act_base', 'act_check', 'act_value', 'start_states', 'end_states',
                'dfa_byte_class', 'dfa_trans', 'dfa_accept', 'keyword_names', 'keyword_ids']:
        lines.append(fmt_list(key.upper(), t[key]))
    return '\n'.join(lines) + '\n'


def main(argv):
    if os.environ.get('PYTHONHASHSEED') != '0':
        # lark numbers its LALR states by walking sets: fix the hash seed so that the
        # output only depends on the grammar
        env = dict(os.environ, PYTHONHASHSEED='0')
        os.execve(sys.executable, [sys.executable, os.path.abspath(__file__)] + argv, env)
    check = '--check' in argv
    args = [a for a in argv if a != '--check']
    grammar_path, out_path = args
    with open(grammar_path) as f:
        text = render(build_tables(f.read()), 'grammar/minipy.lark')
    if check:
        old = open(out_path).read() if os.path.exists(out_path) else ''
        if old != text:
            print('%s is stale: run make grammar' % out_path)
            return 1
        print('%s is up to date' % out_path)
        return 0
    with open(out_path, 'w') as f:
        f.write(text)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
