# starred expressions
a = [1, 2]
print(*a, sep='-')
t = *a, 3
print(t, [*'ab', *range(2)], {*a}, (*a,))
for x in *a, 5:
    print(x)
