# decorators on functions and classes
def deco(f):
    def w(*a):
        return 'deco(' + str(f(*a)) + ')'
    return w
def tag(name):
    def d(f):
        f.tag = name
        return f
    return d
@deco
def one(): return 1
@tag('t')
@deco
def two(x): return x
@tag('cls')
class K: pass
print(one(), two(2), two.tag, K.tag)
