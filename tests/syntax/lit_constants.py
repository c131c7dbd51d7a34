# None, True, False, Ellipsis
print(None, True, False, ..., Ellipsis is ...)
x = [None, True, False]
print(x, x[1:] == [True, False])
