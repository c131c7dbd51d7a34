# Shunting-yard: infix to reverse Polish notation, then evaluating the RPN with a stack.
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}
RIGHT = {"^"}


def tokenize(expr):
    tokens, num = [], ""
    for ch in expr:
        if ch.isdigit():
            num += ch
            continue
        if num:
            tokens.append(num)
            num = ""
        if ch in PREC or ch in "()":
            tokens.append(ch)
        elif not ch.isspace():
            raise ValueError("unexpected %r" % ch)
    if num:
        tokens.append(num)
    return tokens


def to_rpn(tokens):
    out, ops = [], []
    for t in tokens:
        if t.isdigit():
            out.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops and ops[-1] != "(":
                out.append(ops.pop())
            if not ops:
                raise ValueError("unbalanced )")
            ops.pop()
        else:
            while (ops and ops[-1] != "(" and
                   (PREC[ops[-1]] > PREC[t] or (PREC[ops[-1]] == PREC[t] and t not in RIGHT))):
                out.append(ops.pop())
            ops.append(t)
    while ops:
        if ops[-1] == "(":
            raise ValueError("unbalanced (")
        out.append(ops.pop())
    return out


def eval_rpn(rpn):
    stack = []
    for t in rpn:
        if t.isdigit():
            stack.append(int(t))
            continue
        b, a = stack.pop(), stack.pop()
        if t == "+":
            stack.append(a + b)
        elif t == "-":
            stack.append(a - b)
        elif t == "*":
            stack.append(a * b)
        elif t == "/":
            stack.append(a // b)
        elif t == "%":
            stack.append(a % b)
        else:
            stack.append(a ** b)
    return stack[0]


for e in ["3 + 4 * 2", "(3 + 4) * 2", "2 ^ 3 ^ 2", "100 / 7 % 3", "((1+2)*(3+4)) - 5^2", "2 * (3", "4 ) 5", "1 & 2"]:
    try:
        rpn = to_rpn(tokenize(e))
        print("%-22s %-28s %d" % (e, " ".join(rpn), eval_rpn(rpn)))
    except ValueError as err:
        print("%-22s error: %s" % (e, err))
