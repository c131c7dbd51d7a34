# Ends with an exception raised inside a generator while iterating it.


def readings():
    for v in [3, 1, 0, 5]:
        yield 12 // v


for r in readings():
    print("reading", r)
