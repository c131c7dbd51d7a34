# difflib: SequenceMatcher as a spelling and edit tool — similarity ratios of word pairs,
# the matching blocks and opcodes that turn one string into another (an edit script),
# find_longest_match, junk characters, the popular-element heuristic on long
# sequences, and get_close_matches as a "did you mean" for a command line.
import difflib

pairs = [("kitten", "sitting"), ("abcd", "bcde"), ("python", "pythons"), ("", ""),
         ("same", "same"), ("abc", "xyz"), ("private", "pirate")]
for a, b in pairs:
    s = difflib.SequenceMatcher(None, a, b)
    print("%-8s %-8s %.4f %.4f %.4f" % (a, b, s.ratio(), s.quick_ratio(), s.real_quick_ratio()))

s = difflib.SequenceMatcher(None, "the quick brown fox", "the quack brown box!")
print(s.get_matching_blocks())
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print("%7s a[%d:%d] %-8r b[%d:%d] %r" % (tag, i1, i2, s.a[i1:i2], j1, j2, s.b[j1:j2]))
m = s.find_longest_match(0, len(s.a), 0, len(s.b))
print(m, m.a, m.size, s.a[m.a:m.a + m.size], s.find_longest_match(10))


def apply(opcodes, a, b):
    out = []
    for tag, i1, i2, j1, j2 in opcodes:
        out.append(a[i1:i2] if tag == "equal" else b[j1:j2])
    return "".join(out)


print(apply(s.get_opcodes(), s.a, s.b) == s.b)

# junk: blanks do not anchor matches
text_a = "private Thread currentThread;"
text_b = "private volatile Thread currentThread;"
for junk in [None, lambda c: c == " "]:
    sm = difflib.SequenceMatcher(junk, text_a, text_b)
    print(round(sm.ratio(), 3), sm.get_matching_blocks()[:3], sorted(sm.bjunk))

# lists of items, and changing one side
sm = difflib.SequenceMatcher(a=[1, 2, 3, 4, 5, 6], b=[1, 3, 4, 7, 6])
print(sm.get_opcodes())
sm.set_seq2([6, 5, 4, 3, 2, 1])
print(sm.get_opcodes(), sm.ratio())
sm.set_seqs("abcabc", "cba")
print(list(sm.get_grouped_opcodes(1)))

# long sequences: items in more than 1% + 1 of b's positions are "popular"
long_b = "ab" * 150 + "xyz"
long_a = "xyz" + "ab" * 150
sm = difflib.SequenceMatcher(None, long_a, long_b)
print(sorted(sm.bpopular), round(sm.ratio(), 4), len(sm.get_matching_blocks()))
sm = difflib.SequenceMatcher(None, long_a, long_b, autojunk=False)
print(sorted(sm.bpopular), round(sm.ratio(), 4), sm.get_matching_blocks()[0])

commands = ["status", "commit", "checkout", "cherry-pick", "branch", "rebase", "reset",
            "restore", "stash", "show", "switch", "merge"]
for typo in ["stauts", "comit", "chekout", "rest", "swtich", "xyzzy", "bran"]:
    print(typo, "->", difflib.get_close_matches(typo, commands),
          difflib.get_close_matches(typo, commands, n=1, cutoff=0.8))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
for n, cutoff in [(0, 0.5), (2, 1.5)]:
    try:
        difflib.get_close_matches("x", ["y"], n, cutoff)
    except ValueError as e:
        print("ValueError", e)
