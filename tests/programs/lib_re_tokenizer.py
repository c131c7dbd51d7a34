# A tokenizer for a small expression language (finditer over one pattern of named
# alternatives, lastgroup), and a recursive-descent evaluator on its tokens.
import re

TOKEN_SPEC = [
    ('NUMBER',   r'\d+(?:\.\d*)?(?:[eE][+-]?\d+)?'),
    ('STRING',   r'"(?:[^"\\]|\\.)*"'),
    ('NAME',     r'[A-Za-z_]\w*'),
    ('OP',       r'\*\*|[-+*/%(),=<>!]=?'),
    ('NEWLINE',  r'\n'),
    ('SKIP',     r'[ \t]+'),
    ('COMMENT',  r'\#[^\n]*'),
    ('MISMATCH', r'.'),
]
MASTER = re.compile('|'.join('(?P<%s>%s)' % pair for pair in TOKEN_SPEC))
KEYWORDS = {'let', 'print', 'if', 'else'}


def tokenize(code):
    line = 1
    line_start = 0
    for mo in MASTER.finditer(code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == 'NUMBER':
            value = float(value) if re.search(r'[.eE]', value) else int(value)
        elif kind == 'NAME' and value in KEYWORDS:
            kind = value.upper()
        elif kind == 'STRING':
            value = re.sub(r'\\(.)', r'\1', value[1:-1])
        elif kind == 'NEWLINE':
            line_start = mo.end()
            line += 1
            continue
        elif kind in ('SKIP', 'COMMENT'):
            continue
        elif kind == 'MISMATCH':
            raise SyntaxError('%r unexpected on line %d, column %d' % (value, line, column))
        yield kind, value, line, column


PROGRAM = '''let x = 3 + 4 * 2   # seven plus
let y = (x - 1) ** 2 / 4.0
print "x=\\"" x
print y % 7, 1e3, 2.5E-1
let name_2 = x >= 10
'''

for tok in tokenize(PROGRAM):
    print(tok)

print(MASTER.groups, MASTER.groupindex['OP'])


class Parser:
    def __init__(self, tokens):
        self.toks = [t for t in tokens if t[0] != 'STRING'] + [('END', None, 0, 0)]
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def take(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expr(self):
        v = self.term()
        while self.peek()[1] in ('+', '-'):
            op = self.take()[1]
            v = v + self.term() if op == '+' else v - self.term()
        return v

    def term(self):
        v = self.power()
        while self.peek()[1] in ('*', '/', '%'):
            op = self.take()[1]
            r = self.power()
            v = v * r if op == '*' else v / r if op == '/' else v % r
        return v

    def power(self):
        v = self.atom()
        if self.peek()[1] == '**':
            self.take()
            return v ** self.power()
        return v

    def atom(self):
        kind, value, _, _ = self.take()
        if value == '(':
            v = self.expr()
            self.take()
            return v
        if value == '-':
            return -self.atom()
        return value


for text in ['1 + 2 * 3', '(1 + 2) * 3', '2 ** 3 ** 2', '-4 + 10 % 4', '7 / 2 - 0.5', '1.5e2 * 2']:
    print(text, '=', Parser(tokenize(text)).expr())

try:
    list(tokenize('let z = 3 $ 4'))
except SyntaxError as e:
    print('SyntaxError:', e)
