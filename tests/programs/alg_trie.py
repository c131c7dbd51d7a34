# A trie for autocomplete and prefix counting, plus a KMP substring search.


class TrieNode:
    def __init__(self):
        self.children = {}
        self.count = 0
        self.word = False


class Trie:
    def __init__(self):
        self.root = TrieNode()

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += 1
        node.word = True

    def find(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node.children:
                return None
            node = node.children[ch]
        return node

    def complete(self, prefix):
        node = self.find(prefix)
        out = []
        if node is None:
            return out
        stack = [(node, prefix)]
        while stack:
            n, p = stack.pop()
            if n.word:
                out.append(p)
            for ch in sorted(n.children, reverse=True):
                stack.append((n.children[ch], p + ch))
        return out


t = Trie()
for w in "car card care careful cart cat catalog dog dodge door".split():
    t.insert(w)
for p in ["car", "cat", "do", "x", "", "careful"]:
    node = t.find(p)
    print(repr(p), t.complete(p), node.count if node and p else "-")


def kmp_table(pattern):
    table = [0] * len(pattern)
    k = 0
    for i in range(1, len(pattern)):
        while k and pattern[i] != pattern[k]:
            k = table[k - 1]
        if pattern[i] == pattern[k]:
            k += 1
        table[i] = k
    return table


def kmp_search(text, pattern):
    table = kmp_table(pattern)
    hits = []
    k = 0
    for i, ch in enumerate(text):
        while k and ch != pattern[k]:
            k = table[k - 1]
        if ch == pattern[k]:
            k += 1
        if k == len(pattern):
            hits.append(i - k + 1)
            k = table[k - 1]
    return hits


print(kmp_table("abababca"), kmp_table("aabaaab"))
text = "abababcabababcababab"
print(kmp_search(text, "ababc"), kmp_search(text, "abab"), kmp_search("aaaa", "aa"))
print(all(kmp_search(text, p) == [i for i in range(len(text)) if text.startswith(p, i)]
          for p in ["a", "ab", "bc", "cab", "zz"]))
