# difflib: diffs of two versions of a small program and of a config file — unified_diff
# and context_diff with file names, dates and context sizes, ndiff's '?' lines that
# point at the changed characters, restore() getting both versions back, and
# IS_LINE_JUNK / IS_CHARACTER_JUNK.
import difflib
import sys

old = """def greet(name):
    print("Hello, " + name)

def main():
    for name in ["ann", "bob"]:
        greet(name)
    return 0

if __name__ == "__main__":
    main()
""".splitlines(keepends=True)
new = """def greet(name, punctuation="!"):
    print("Hello, " + name + punctuation)

def main():
    for name in ["ann", "bob", "cy"]:
        greet(name)
    return 0

if __name__ == "__main__":
    sys.exit(main())
""".splitlines(keepends=True)

sys.stdout.writelines(difflib.unified_diff(old, new, fromfile="hello.py.orig",
                                           tofile="hello.py"))
print("-" * 20)
sys.stdout.writelines(difflib.unified_diff(old, new, "a/hello.py", "b/hello.py",
                                           "2024-01-01 10:00", "2024-01-02 11:30", n=1))
print("-" * 20)
sys.stdout.writelines(difflib.context_diff(old, new, fromfile="before", tofile="after"))
print("-" * 20)
print(list(difflib.unified_diff(old, old)), list(difflib.context_diff([], [])))

conf_a = ["host = localhost", "port = 8080", "debug = true", "workers = 4", "# end"]
conf_b = ["host = example.org", "port = 8080", "workers = 8", "timeout = 30", "# end"]
for line in difflib.unified_diff(conf_a, conf_b, "conf.old", "conf.new", lineterm="", n=0):
    print(line)
for line in difflib.context_diff(conf_a, conf_b, lineterm="", n=1):
    print(line)

delta = list(difflib.ndiff(old, new))
sys.stdout.writelines(delta)
print("-" * 20)
print("".join(difflib.restore(delta, 1)) == "".join(old),
      "".join(difflib.restore(delta, 2)) == "".join(new))
words_a = ["one\n", "two\n", "three\n", "fore\n"]
words_b = ["ore\n", "tree\n", "emu\n", "four\n"]
sys.stdout.writelines(difflib.ndiff(words_a, words_b))
d = difflib.Differ()
print(list(d.compare(["  indented text\n"], ["\tindented  text!\n"])))
print(list(difflib.ndiff(["a\n", "\n", "b\n"], ["a\n", "b\n", "#\n"],
                         linejunk=difflib.IS_LINE_JUNK)))
print([difflib.IS_LINE_JUNK(s) for s in ["\n", "  #  \n", "x\n", "# c\n"]],
      [difflib.IS_CHARACTER_JUNK(c) for c in " \tx\n"])
try:
    list(difflib.restore(delta, 3))
except ValueError as e:
    print("ValueError", e)
try:
    list(difflib.unified_diff([1, 2], [3]))
except TypeError as e:
    print("TypeError", e)
