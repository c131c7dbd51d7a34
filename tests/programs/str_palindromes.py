# Palindromes, anagrams and word games on a small word list.

WORDS = ["level", "listen", "silent", "enlist", "google", "racecar", "stop", "pots", "tops",
         "spot", "noon", "deified", "python", "typhon", "civic", "banana", "opts", "post"]


def is_palindrome(s):
    letters = [c.lower() for c in s if c.isalnum()]
    return letters == letters[::-1]


print([w for w in WORDS if is_palindrome(w)])
print(is_palindrome("A man, a plan, a canal: Panama!"), is_palindrome("Not a palindrome"))

groups = {}
for w in WORDS:
    key = "".join(sorted(w))
    groups.setdefault(key, []).append(w)
for key in sorted(groups):
    if len(groups[key]) > 1:
        print(key, "->", groups[key])


def longest_palindromic_substring(s):
    best = ""
    for center in range(len(s)):
        for lo, hi in ((center, center), (center, center + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best


for s in ["babad", "forgeeksskeegfor", "abacdfgdcaba", "x", "abcd"]:
    print(s, "->", longest_palindromic_substring(s))


def char_histogram(word):
    h = {}
    for c in word:
        h[c] = h.get(c, 0) + 1
    return "".join("%s%d" % (c, h[c]) for c in sorted(h))


print([char_histogram(w) for w in ["banana", "google", "level"]])
print(sorted(WORDS, key=lambda w: (len(w), w[::-1]))[:6])
