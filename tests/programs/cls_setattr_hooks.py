# A class's own __setattr__ and __delattr__ see every assignment and deletion, also of
# names that are properties of the class; object.__setattr__/__delattr__ go through
# properties and descriptors (__set__, __delete__) and say what is missing.
class A:
    p = property(lambda s: 1)
    def __setattr__(self, n, v):
        print("setattr", n, v)
    def __delattr__(self, n):
        print("delattr", n)
a = A()
a.p = 5
del a.p
a.q = 3
class B:
    @property
    def p(self): return 2
    @p.setter
    def p(self, v): print("setter", v)
    def __setattr__(self, n, v):
        print("B.setattr", n)
        object.__setattr__(self, n, v)
b = B(); b.p = 7; b.z = 1; print(b.z)
class C:
    x = property(lambda s: 1)
c = C()
def t1(): c.x = 2
def t2(): del c.x
def t3(): object.__setattr__(c, 'x', 3)
def t4(): object.__delattr__(c, 'x')
def t5(): del c.nope
def t6(): object.__delattr__(c, 'nope')
for f in (t1, t2, t3, t4, t5, t6):
    try:
        f()
    except AttributeError as e:
        print(f.__name__, "->", e)
class D:
    def __get__(self, o, t): return 42
    def __set__(self, o, v): print("D.__set__", v)
    def __delete__(self, o): print("D.__delete__")
class E:
    d = D()
e = E(); e.d = 9; del e.d; object.__setattr__(e, 'd', 10); object.__delattr__(e, 'd'); print(e.d)
