# assignment forms
a = b = c = 5
x, y = 1, 2
(p, q), r = (3, 4), 5
[s, t] = 'st'
u, = [9]
first, *rest = range(5)
*init, last = 'abc'
m, *mid, n = 1, 2, 3, 4
print(a, b, c, x, y, p, q, r, s, t, u, first, rest, init, last, m, mid, n)
x, y = y, x
print(x, y)
