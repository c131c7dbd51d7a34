# if __name__ == "__main__": a module usable both as a script and as a library.


def main(args):
    total = 0
    for a in args:
        total += len(a)
    return total


def helper():
    return __name__


print("module body runs, __name__ =", __name__)
if __name__ == "__main__":
    print("running as a script", main(["a", "bb", "ccc"]), helper())
else:
    print("imported")
