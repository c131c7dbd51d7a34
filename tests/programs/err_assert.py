# Ends with an AssertionError carrying a message.


def checked_sqrt(x):
    assert x >= 0, "negative input: %r" % x
    return x ** 0.5


print(checked_sqrt(16))
print(checked_sqrt(-4))
