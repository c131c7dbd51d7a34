# attribute chains and method calls
class P:
    def __init__(self):
        self.q = self
        self.v = 7
    def m(self):
        return self
p = P()
print(p.q.q.v, p.m().m().q.v, "a,b".split(",")[1].upper())
p.q.v = 8
print(p.v)
