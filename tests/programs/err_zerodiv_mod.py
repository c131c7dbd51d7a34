# Ends with an integer ZeroDivisionError from modulo.
for d in [3, 2, 1, 0]:
    print(17 % d)
