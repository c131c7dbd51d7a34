# Files written and never closed: what was written can be read back by a later open()
# (CPython has flushed a dropped file already). That a file still open at exit is written
# out then is checked by tests/e2e/test_cli.py.
PATH = "exc_files_left_open.tmp"      # left behind, as exc_with_files.tmp: no os.remove

open(PATH, "w").write("first line\n")
print("read back:", repr(open(PATH).read()))


def log(lines):
    f = open(PATH, "a")
    for line in lines:
        f.write(line + "\n")
    # never closed


log(["second", "third"])
print("after log():", open(PATH).read().split())

