# Identity without id(): operations that give back the same immutable object in CPython (whole slices, *1, +empty, one-item join, frozenset(fs)), interned constants and sys.intern.
import sys

word = "hello"
pair = (1, 2)
blob = b"data"
tags = frozenset({"a", "b"})


def same(label, a, b):
    print(f"{label:28} {a is b}")


same("word[:]", word[:], word)
same("word[0:]", word[0:], word)
same("word[::1]", word[::1], word)
same("word[1:]", word[1:], word)
same("word * 1", word * 1, word)
same("word + ''", word + "", word)
same("'' + word", "" + word, word)
same("''.join([word])", "".join([word]), word)
same("'-'.join([word])", "-".join([word]), word)
same("word.replace('z', 'q')", word.replace("z", "q"), word)
same("word.strip()", word.strip(), word)
same("word.replace('l', 'L')", word.replace("l", "L"), word)
same("str(word)", str(word), word)
same("pair[:]", pair[:], pair)
same("pair[::-1][::-1]", pair[::-1][::-1], pair)
same("pair * 1", pair * 1, pair)
same("pair + ()", pair + (), pair)
same("() + pair", () + pair, pair)
same("tuple(pair)", tuple(pair), pair)
same("blob * 1", blob * 1, blob)
same("frozenset(tags)", frozenset(tags), tags)
same("tags.copy()", tags.copy(), tags)
same("frozenset(set(tags))", frozenset(set(tags)), tags)


class Name(str):
    pass


class Pair(tuple):
    pass


n = Name("hi")
p = Pair((1, 2))
same("Name('hi')[:]", n[:], n)
same("Name * 1", n * 1, n)
same("Pair[:]", p[:], p)
same("Pair + ()", p + (), p)
print(type(n[:]).__name__, type(n * 1).__name__, type(p[:]).__name__, type(p + ()).__name__)


def greeting():
    return "hello"


same("constant in another function", greeting(), word)
same("constant with a space", "hello world", greeting() + " world")


def phrase():
    return "hello world"


def record():
    return ("id", 7, ("nested", None))


SAMPLE = ("id", 7, ("nested", None))
same("merged constants", phrase(), "hello world")
same("merged tuple constants", record(), SAMPLE)
same("merged bytes constants", (lambda: b"raw bytes")(), b"raw bytes")
built = "".join(["hel", "lo"])
same("built at run time", built, word)
same("sys.intern(built)", sys.intern(built), word)
a = "".join(["key", " ", "one"])
b = " ".join(["key", "one"])
same("two run-time equals", a, b)
same("after sys.intern", sys.intern(a), sys.intern(b))
registry = {sys.intern(a): 1}
print([k is sys.intern(b) for k in registry])
for bad in [5, Name("x")]:
    try:
        sys.intern(bad)
    except TypeError as e:
        print("TypeError:", e)
