# Text compression toys: run-length encoding, a move-to-front transform, and a word dictionary coder.


def rle_encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append("%d%s" % (j - i, s[i]) if j - i > 1 else s[i])
        i = j
    return "".join(out)


def rle_decode(s):
    out = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * (int(num) if num else 1))
            num = ""
    return "".join(out)


for text in ["aaabccddddde", "abc", "", "zzzzzzzzzzzz", "aabbaabb"]:
    enc = rle_encode(text)
    print(repr(text), repr(enc), rle_decode(enc) == text)


def mtf(s):
    table = sorted(set(s))
    out = []
    for ch in s:
        i = table.index(ch)
        out.append(i)
        table.insert(0, table.pop(i))
    return out


print(mtf("bananaaa"), mtf("abracadabra"))
text = "to be or not to be that is the question to be"
vocab = {}
codes = []
for word in text.split():
    if word not in vocab:
        vocab[word] = len(vocab)
    codes.append(vocab[word])
print(codes, len(vocab))
inverse = {v: k for k, v in vocab.items()}
print(" ".join(inverse[c] for c in codes) == text)
