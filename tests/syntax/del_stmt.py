# del statements
a = 1; b = [1, 2, 3, 4]; c = {'k': 1, 'j': 2}
del a
del b[0], c['k']
del b[1:]
print('a' in globals(), b, c)
x, y = 1, 2
del (x, y)
print('x' in globals())
