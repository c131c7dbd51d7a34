# Polymorphism: an expression tree of node classes with eval/str methods, visitors via dispatch by name.


class Expr:
    def __add__(self, other):
        return Add(self, wrap(other))

    def __mul__(self, other):
        return Mul(self, wrap(other))

    def __radd__(self, other):
        return Add(wrap(other), self)

    def __rmul__(self, other):
        return Mul(wrap(other), self)


def wrap(x):
    return x if isinstance(x, Expr) else Num(x)


class Num(Expr):
    def __init__(self, v):
        self.v = v

    def eval(self, env):
        return self.v

    def __str__(self):
        return str(self.v)


class Var(Expr):
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        return env[self.name]

    def __str__(self):
        return self.name


class BinOp(Expr):
    symbol = "?"

    def __init__(self, left, right):
        self.left = left
        self.right = right

    def eval(self, env):
        return self.apply(self.left.eval(env), self.right.eval(env))

    def __str__(self):
        return "(%s %s %s)" % (self.left, self.symbol, self.right)


class Add(BinOp):
    symbol = "+"

    def apply(self, a, b):
        return a + b


class Mul(BinOp):
    symbol = "*"

    def apply(self, a, b):
        return a * b


def count_nodes(e):
    method = "count_" + type(e).__name__
    if method in globals():
        return globals()[method](e)
    return 1 + count_nodes(e.left) + count_nodes(e.right)


def count_Num(e):
    return 1


def count_Var(e):
    return 1


x, y = Var("x"), Var("y")
expr = 3 * x + y * (x + 2) + 1
print(expr)
for env in [{"x": 1, "y": 2}, {"x": -3, "y": 10}]:
    print(env, expr.eval(env))
print(count_nodes(expr), isinstance(expr, BinOp), type(expr).__name__, Add.symbol)
print([type(n).__name__ for n in [expr.left, expr.right, expr.left.left]])
