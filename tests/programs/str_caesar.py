# Classic ciphers: Caesar, Vigenere and ROT13 with round trips, plus letter frequency analysis.
import string


def shift_char(c, k):
    if c.isupper():
        return chr((ord(c) - 65 + k) % 26 + 65)
    if c.islower():
        return chr((ord(c) - 97 + k) % 26 + 97)
    return c


def caesar(text, k):
    return "".join(shift_char(c, k) for c in text)


def vigenere(text, key, decrypt=False):
    out = []
    i = 0
    for c in text:
        if c.isalpha():
            k = ord(key[i % len(key)].lower()) - 97
            out.append(shift_char(c, -k if decrypt else k))
            i += 1
        else:
            out.append(c)
    return "".join(out)


msg = "Attack at Dawn, meet at the old mill!"
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3) == msg)
v = vigenere(msg, "lemon")
print(v)
print(vigenere(v, "lemon", decrypt=True))
rot = caesar(msg, 13)
print(rot, caesar(rot, 13) == msg)


def crack(ciphertext):
    best = None
    for k in range(26):
        candidate = caesar(ciphertext, -k)
        score = sum(candidate.lower().count(ch) for ch in "etaoin")
        if best is None or score > best[0]:
            best = (score, k, candidate)
    return best


secret = caesar("the quick brown fox jumps over the lazy dog and then sleeps in the sun", 11)
print(crack(secret))
freq = {}
for ch in msg.lower():
    if ch in string.ascii_lowercase:
        freq[ch] = freq.get(ch, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
