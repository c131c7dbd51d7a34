# Text indexing: an inverted index with positions, phrase search, and a concordance with context.
DOCS = {
    "d1": "the cat sat on the mat",
    "d2": "the dog chased the cat",
    "d3": "a cat and a dog are friends on the farm",
    "d4": "the farm dog sat",
}
index = {}
for doc_id in sorted(DOCS):
    for pos, word in enumerate(DOCS[doc_id].split()):
        index.setdefault(word, {}).setdefault(doc_id, []).append(pos)


def search(*words):
    sets = [set(index.get(w, {})) for w in words]
    return sorted(set.intersection(*sets)) if sets else []


def phrase(text):
    words = text.split()
    hits = []
    for doc_id in search(*words):
        for start in index[words[0]][doc_id]:
            if all(start + i in index[w][doc_id] for i, w in enumerate(words)):
                hits.append((doc_id, start))
    return hits


print(sorted(index["the"].items()), sorted(index["cat"]))
print(search("cat"), search("dog", "sat"), search("cat", "farm"), search("zebra"))
print(phrase("the cat"), phrase("dog sat"), phrase("cat dog"))
for word in ["dog", "sat"]:
    for doc_id, positions in sorted(index[word].items()):
        words = DOCS[doc_id].split()
        for p in positions:
            left = " ".join(words[max(0, p - 2):p])
            right = " ".join(words[p + 1:p + 3])
            print("%-4s %12s [%s] %s" % (doc_id, left, word, right))
vocab = sorted(index, key=lambda w: (-sum(len(v) for v in index[w].values()), w))
print(vocab[:6])
