# attribute and subscript targets
class O: pass
o = O()
o.a = 1
d = {}
d['k'] = o.a
d['l'], o.b = 2, 3
L = [0, 0, 0]
L[0], L[1:] = 'x', [7]
print(o.a, o.b, d, L)
