# textwrap: wrapping a paragraph at several widths and indents, hyphens, em-dashes and long words, max_lines/shorten placeholders, dedent/indent of code blocks, and wrapping random texts
import random
import textwrap

para = ("The quick brown fox jumps over the lazy dog. Meanwhile, a well-known "
        "self-taught programmer--who wrote this--tested the text-wrapping module "
        "with extraordinarily long words like pneumonoultramicroscopicsilicovolcanoconiosis "
        "and URLs such as https://example.com/a/very/long/path/that/never/ends.html today.")

for width in [20, 33, 50, 72]:
    print("width", width)
    for line in textwrap.wrap(para, width):
        print("|" + line.ljust(width) + "|")

print(textwrap.fill(para, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill(para, 30, break_long_words=False))
print(textwrap.wrap(para, 25, break_on_hyphens=False)[:6])
print(textwrap.wrap("a-b-c-d well-being x-ray e-mail 123-456 co-operate", 6))
print(textwrap.wrap("one--two three -- four five---six", 8))
print(textwrap.wrap("  leading and trailing spaces   ", 10))
print(textwrap.wrap("  leading and trailing spaces   ", 10, drop_whitespace=False))
print(textwrap.wrap("tab\tseparated\tcolumns\there", 12), textwrap.wrap("a\tb", 20, tabsize=4))
print(textwrap.wrap("line one\nline two\n\nline four", 40))
print(textwrap.wrap("line one\nline two", 40, replace_whitespace=False))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("word", 1))
print(textwrap.wrap("Hello there.  How are you? I am fine. Thanks!", 18, fix_sentence_endings=True))

# max_lines and placeholders
for n in [1, 2, 3]:
    print(n, textwrap.wrap(para, 30, max_lines=n))
print(textwrap.wrap(para, 30, max_lines=2, placeholder=" ..."))
print(textwrap.fill("short text", 30, max_lines=1))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.shorten(para, 60))
print(textwrap.shorten("  many    spaces\tand\nnewlines  here ", 100))

# dedent and indent
code = '''
    def greet(name):
        """Say hello."""
        if name:
            print("hi", name)
      \t
        return None
'''
print(repr(textwrap.dedent(code)))
print(textwrap.dedent(code))
print(repr(textwrap.dedent("  a\n    b\n  c")), repr(textwrap.dedent("\ta\n  b")),
      repr(textwrap.dedent("  x\n \n  y\n")), repr(textwrap.dedent("no indent\n  here")))
print(repr(textwrap.dedent("\t\ta\n\t  b")), repr(textwrap.dedent("   \n   ")))
print(textwrap.indent("first\n\nsecond\n  third\n", "> "))
print(repr(textwrap.indent("a\n\nb", "+ ", lambda line: True)))
print(repr(textwrap.indent("a\r\nb\rc", "- ")))
quoted = textwrap.indent(textwrap.fill(para, 40), "> ")
print(quoted)

# a TextWrapper reused, attributes changed between calls
w = textwrap.TextWrapper(width=24, initial_indent="- ", subsequent_indent="  ")
items = ["Buy milk and eggs from the corner shop",
         "Call the plumber about the leaking kitchen sink",
         "Finish reading the book"]
for item in items:
    print(w.fill(item))
w.width = 40
print(w.wrap(items[1]))

# random texts: every break must match CPython's
random.seed(2024)
vocab = ["a", "an", "the", "well-known", "x-ray", "re-entry", "co-op", "123", "4-5", "--",
         "end.", "why?", "'quoted'", "(paren)", "extra-long-hyphenated-compound-word",
         "supercalifragilisticexpialidocious", "e-mail", "---", "a-", "-b", "ok,", "don't",
         "co--operate", "x--y", "9--z", "A-B-C", "mid-1990s", "self-", "--lead"]
for trial in range(40):
    words = [random.choice(vocab) for _ in range(random.randint(1, 25))]
    seps = [random.choice([" ", " ", " ", "  ", "\n", "\t"]) for _ in words]
    text = "".join(w + s for w, s in zip(words, seps))
    width = random.randint(1, 30)
    hy = random.random() < 0.8
    lw = random.random() < 0.8
    print(trial, width, textwrap.wrap(text, width, break_on_hyphens=hy, break_long_words=lw))

try:
    textwrap.wrap("text", 0)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.wrap("some text here", 5, max_lines=1, placeholder=" [......]")
except ValueError as e:
    print("ValueError:", e)
