# A recursive-descent parser and evaluator for arithmetic expressions with variables.


class Lexer:
    def __init__(self, text):
        self.tokens = []
        i = 0
        while i < len(text):
            c = text[i]
            if c.isspace():
                i += 1
            elif c.isdigit() or c == ".":
                j = i
                while j < len(text) and (text[j].isdigit() or text[j] == "."):
                    j += 1
                num = text[i:j]
                self.tokens.append(("num", float(num) if "." in num else int(num)))
                i = j
            elif c.isalpha():
                j = i
                while j < len(text) and text[j].isalnum():
                    j += 1
                self.tokens.append(("name", text[i:j]))
                i = j
            elif c in "+-*/()^%":
                self.tokens.append(("op", c))
                i += 1
            else:
                raise SyntaxError("bad character %r at %d" % (c, i))
        self.tokens.append(("end", None))


class Parser:
    def __init__(self, text, env):
        self.tokens = Lexer(text).tokens
        self.pos = 0
        self.env = env

    def peek(self):
        return self.tokens[self.pos]

    def take(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.peek()[0] == "op" and self.peek()[1] in "*/%":
            op = self.take()[1]
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def factor(self):
        base = self.unary()
        if self.peek() == ("op", "^"):
            self.take()
            return base ** self.factor()
        return base

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        return self.atom()

    def atom(self):
        kind, value = self.take()
        if kind == "num":
            return value
        if kind == "name":
            if value not in self.env:
                raise NameError("unknown variable " + value)
            return self.env[value]
        if (kind, value) == ("op", "("):
            v = self.expr()
            if self.take() != ("op", ")"):
                raise SyntaxError("expected )")
            return v
        raise SyntaxError("unexpected %s %r" % (kind, value))


def evaluate(text, **env):
    p = Parser(text, env)
    v = p.expr()
    if p.peek()[0] != "end":
        raise SyntaxError("trailing input")
    return v


tests = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 + x * y",
         "((x))", "3.5 * 2", "2 * (3 + 4) * (5 - 1)", "1 +", "4 $ 4", "z + 1", "(1 + 2"]
for t in tests:
    try:
        print("%-22s = %r" % (t, evaluate(t, x=3, y=7)))
    except (SyntaxError, NameError) as e:
        print("%-22s ! %s: %s" % (t, type(e).__name__, e))
