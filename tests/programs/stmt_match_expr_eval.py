# match (3.10): an expression evaluator and simplifier over two representations: nested
# tuples ('+', a, b) and small classes matched by class patterns (positional through
# __match_args__, and by keyword)


def eval_tuple(e, env):
    match e:
        case int() | float():
            return e
        case str(name):
            return env[name]
        case ('neg', x):
            return -eval_tuple(x, env)
        case ('+', x, y):
            return eval_tuple(x, env) + eval_tuple(y, env)
        case ('-', x, y):
            return eval_tuple(x, env) - eval_tuple(y, env)
        case ('*', x, y):
            return eval_tuple(x, env) * eval_tuple(y, env)
        case ('/', x, y):
            d = eval_tuple(y, env)
            return None if d == 0 else eval_tuple(x, env) / d
        case ('let', str(name), value, body):
            inner = dict(env)
            inner[name] = eval_tuple(value, env)
            return eval_tuple(body, inner)
        case ('sum', *terms):
            return sum(eval_tuple(t, env) for t in terms)
        case (op, *args):
            raise ValueError('bad operator %r with %d operands' % (op, len(args)))


env = {'x': 3, 'y': 4.5}
for e in [7, 'x', ('neg', 'y'), ('+', 1, ('*', 'x', 'x')), ('/', 1, ('-', 'x', 3)),
          ('let', 'z', ('+', 'x', 1), ('*', 'z', 'z')), ('sum', 1, 2, 'x', ('neg', 1)),
          ('sum',), ('/', 'y', 2)]:
    print(e, '=>', eval_tuple(e, env))
try:
    eval_tuple(('%', 1, 2), env)
except ValueError as exc:
    print('ValueError:', exc)


class Num:
    __match_args__ = ('value',)

    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return 'Num(%r)' % self.value


class Var:
    __match_args__ = ('name',)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Var(%r)' % self.name


class BinOp:
    __match_args__ = ('op', 'left', 'right')

    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def __repr__(self):
        return 'BinOp(%r, %r, %r)' % (self.op, self.left, self.right)


def show(e):
    match e:
        case Num(value=v):
            return str(v)
        case Var(n):
            return n
        case BinOp(op, l, r):
            return '(%s %s %s)' % (show(l), op, show(r))


def simplify(e):
    match e:
        case BinOp(op, l, r):
            l, r = simplify(l), simplify(r)
            match op, l, r:
                case ('+', Num(0), x) | ('+', x, Num(0)):
                    return x
                case ('*', Num(0), _) | ('*', _, Num(0)):
                    return Num(0)
                case ('*', Num(1), x) | ('*', x, Num(1)):
                    return x
                case '-', Var(a), Var(b) if a == b:
                    return Num(0)
                case op, Num(a), Num(b):
                    return Num({'+': a + b, '-': a - b, '*': a * b}[op])
                case _:
                    return BinOp(op, l, r)
        case _:
            return e


def derive(e, var):
    match e:
        case Num():
            return Num(0)
        case Var(name=n) if n == var:
            return Num(1)
        case Var():
            return Num(0)
        case BinOp('+' | '-' as op, l, r):
            return BinOp(op, derive(l, var), derive(r, var))
        case BinOp('*', l, r):
            return BinOp('+', BinOp('*', derive(l, var), r), BinOp('*', l, derive(r, var)))


exprs = [
    BinOp('+', Num(0), BinOp('*', Var('x'), Num(1))),
    BinOp('*', BinOp('+', Num(2), Num(3)), Var('y')),
    BinOp('-', Var('a'), Var('a')),
    BinOp('*', Var('x'), BinOp('*', Var('x'), Var('x'))),
    BinOp('+', BinOp('*', Num(3), Var('x')), Num(0)),
]
for e in exprs:
    d = simplify(derive(e, 'x'))
    print(show(e), '->', show(simplify(e)), "d/dx:", show(d))
print(simplify(BinOp('*', Num(0), Var('q'))))

try:
    match BinOp('+', Num(1), Num(2)):
        case BinOp(a, b, c, d):
            pass
except TypeError as exc:
    print('TypeError:', exc)
try:
    match Num(1):
        case Num(1, 2):
            pass
except TypeError as exc:
    print('TypeError:', exc)
