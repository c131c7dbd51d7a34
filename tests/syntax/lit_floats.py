# float and complex literals
xs = [1.5, 1., .5, 1e3, 1E-3, 1.5e+2, 1_0.0_1, 3j, 1.5J, 1e2j, .5j]
for x in xs:
    print(x)
print(1e400 > 1e300, 0.1 + 0.2)
