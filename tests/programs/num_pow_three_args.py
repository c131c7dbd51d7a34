# Three-argument pow() on a polynomial-ish modular type that defines __pow__(exp, mod), pow() by keyword, and the errors of mixed or unsupported operands
class Mod:
    def __init__(self, v, m):
        self.v, self.m = v % m, m

    def __pow__(self, e, mod=None):
        m = self.m if mod is None else mod
        return Mod(pow(self.v, e, m), m)

    def __rpow__(self, base, mod=None):
        return Mod(pow(base, self.v, mod or self.m), mod or self.m)

    def __repr__(self):
        return f"Mod({self.v}, {self.m})"


a = Mod(3, 7)
print(a ** 2, pow(a, 2), pow(a, 5, 11), pow(a, exp=3, mod=5), 2 ** a, pow(2, a))
print(pow(base=3, exp=4), pow(3, 4, mod=5), pow(exp=2, base=10), pow(7, -1, 40), pow(2, 100, None))
print([pow(g, k, 23) for g in (5,) for k in range(1, 12)])
for call in ["pow(2.0, 3, 5)", "pow(object(), 3, 5)", "pow('a', 3)", "pow(2, 3, 0)", "pow()",
             "pow(1, 2, 3, 4)", "pow(1, 2, base=3)", "pow(1, x=1)", "pow(1, 2, modulo=3)", "pow(3, -1, 6)"]:
    try:
        print(call, "=", eval(call))
    except (TypeError, ValueError) as e:
        print(call, "->", type(e).__name__, e)
