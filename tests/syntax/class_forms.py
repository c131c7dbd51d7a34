# class definitions with bases and keywords
class A:
    x = 1
    def m(self): return 'A'
class B(A):
    def m(self): return 'B' + super().m()
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns['extra'] = kw.get('flag')
        return super().__new__(mcs, name, bases, ns)
class C(B, metaclass=Meta, flag=7):
    pass
class D(): pass
print(B().m(), C.extra, C.x, D.__name__, C.__mro__[1].__name__)
