# fnmatch and shlex: a file selector that filters a directory listing with shell
# patterns (fnmatch, fnmatchcase, filter, translate), and a command-line splitter that
# tokenizes, quotes and re-joins shell commands (split, quote, join, the shlex class).
import fnmatch
import shlex

names = ["main.py", "test_main.py", "README.md", "setup.cfg", "data.CSV", ".hidden", "a1.txt",
         "b22.txt", "x[1].py", "notes.txt~"]
for pat in ["*.py", "test_*", "*.txt", "?1.txt", "[ab]*.txt", "[!a]*", "*[0-9]*", "*.[ch]",
            "x[[]1].py", "*~", "[a-c]*", "[z-a]*", "*", "[!]*", "*.*.*", "[^x]*", "a*b*c*"]:
    print(pat, fnmatch.filter(names, pat), fnmatch.fnmatch("DATA.csv", pat),
          fnmatch.fnmatchcase("data.CSV", pat))
for pat in ["*.py", "a?[bc][!d]e", "[a-c-e]", "[&~|]", "[z-a]", "*a*b", "x*y*z*", "[]]", "[!]x]"]:
    print(pat, fnmatch.translate(pat))

commands = ['ls -l "my file.txt" \'single q\' plain', 'echo a\\ b "c\\"d" \'e\\f\'',
            'cmd # comment here', 'a=1 b="2 3"  c', "", "  spaced   out  ", 'x"y"z', 'tr "a\\\\b"']
for s in commands:
    print(repr(s), shlex.split(s), shlex.split(s, comments=True))
for s in ['unterminated "quote', 'trailing\\', "it's"]:
    try:
        shlex.split(s)
    except ValueError as e:
        print(repr(s), "ValueError:", e)
print(shlex.split('a "b c" d', posix=False))
for s in ["simple", "", "has space", "it's", "a$b", "safe-_@%+=:,./", "tab\t", "\u00fcmlaut"]:
    print(repr(s), shlex.quote(s))
argv = ["git", "commit", "-m", "fix the bug's cause", "--author=A B"]
line = shlex.join(argv)
print(line, shlex.split(line) == argv)
print(list(shlex.shlex("a && b; c > out.txt", punctuation_chars=True)))
print(list(shlex.shlex("x = foo(1, 'two') # c")))
lex = shlex.shlex("one two three", posix=True)
first = lex.get_token()
lex.push_token("zero")
print(first, lex.get_token(), lex.get_token(), lex.get_token(), lex.get_token(), lex.lineno)
