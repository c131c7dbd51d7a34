# yield as an expression
def acc():
    total = 0
    while True:
        v = (yield total)
        if v is None:
            return total
        total += v
a = acc(); next(a)
print(a.send(3), a.send(4))
