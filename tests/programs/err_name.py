# Ends with an uncaught NameError after some output.
values = [1, 2, 3]
print("sum:", sum(values))


def report():
    print("reporting", len(values))
    return totl


report()
