# statements in class bodies
class K:
    a = 1
    b = a + 1
    if b > 1:
        c = 'big'
    else:
        c = 'small'
    for i in range(2):
        pass
    del i
    lst = [i * 2 for i in range(2)]
    def m(self): return self.c
print(K.a, K.b, K().m(), K.lst, hasattr(K, 'i'))
