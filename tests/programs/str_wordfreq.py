# Word frequencies of a text: normalisation, counting with dicts, sorting by count then word.

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""


def words(text):
    cleaned = []
    for ch in text.lower():
        cleaned.append(ch if ch.isalpha() or ch.isspace() else " ")
    return "".join(cleaned).split()


counts = {}
for w in words(TEXT):
    counts[w] = counts.get(w, 0) + 1

ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:8]:
    print("%-12s %3d %s" % (word, n, "*" * n))
print("distinct:", len(counts), "total:", sum(counts.values()))
print("longest:", max(counts, key=len), "shortest:", min(sorted(counts), key=len))
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(n, sorted(by_len[n]))
print("title:", TEXT.split(",")[0].title())
print("capitalized words:", [w for w in TEXT.split() if w[0].isupper()])
