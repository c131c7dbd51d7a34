"""User-defined __getattribute__ (run by minipy untranslated and by python3): the flag on
the type, the __getattr__ fallback, object.__getattribute__, LOAD_METHOD, and errors."""
from minipy.objects.typeobject import W_TypeObject, w_object
from runner import compare


def test_flag_follows_class_dicts():
    w_base = W_TypeObject('B', [w_object], False)
    w_sub = W_TypeObject('S', [w_base], False)
    assert not w_sub.has_custom_getattribute()
    assert not w_object.has_custom_getattribute()
    w_base.setdictvalue('__getattribute__', W_TypeObject('f', [w_object], False))
    assert w_sub.has_custom_getattribute()
    w_base.setdictvalue('__getattribute__', w_object.dict_w['__getattribute__'])
    assert not w_sub.has_custom_getattribute()
    w_base.deldictvalue('__getattribute__')
    assert not w_sub.has_custom_getattribute()


def test_method_calls_and_fallback():
    compare('''
class A:
    def __getattribute__(self, name):
        if name == "m":
            return lambda: "intercepted"
        if name == "gone":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def m(self):
        return "real"
    def __getattr__(self, name):
        return "ga:" + name
a = A()
print(a.m(), a.gone, a.other, [a.m() for i in range(3)])
print(type(a).__name__, a.__class__.__name__, object.__getattribute__(a, "m")())
''')


def test_error_escapes_without_getattr():
    compare('''
class A:
    def __getattribute__(self, name):
        raise AttributeError("no " + name)
print(hasattr(A(), "x"), getattr(A(), "y", 7))
A().z
''')


def test_other_exception_skips_getattr():
    compare('''
class A:
    def __getattribute__(self, name):
        raise ValueError(name)
    def __getattr__(self, name):
        return 1
try:
    hasattr(A(), "x")
except ValueError as e:
    print("ValueError", e)
A().q
''')
