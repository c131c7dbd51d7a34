# comprehension scopes
x = 'outer'
r = [x for x in range(3)]
print(x, r)
n = 10
print([n + i for i in range(2)], {i: n for i in range(1)})
