# return forms
def a(): return
def b(): return 1
def c(): return 1, 2
def d(): return *[1], 2
def e():
    if True:
        return 'early'
    return 'late'
print(a(), b(), c(), d(), e())
