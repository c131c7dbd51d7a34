# Ends with a RecursionError from unbounded recursion (CPython's default limit 1000).


def depth(n):
    return depth(n + 1) + 1


print("about to recurse")
depth(0)
