# collections.Counter: counting words and letters, most_common, arithmetic, elements, update/subtract.
from collections import Counter

text = "the cat and the hat sat on the mat and the cat ran"
words = Counter(text.split())
print(words)
print(words.most_common(3), words["the"], words["dog"], len(words))
letters = Counter(c for c in text if c.isalpha())
print(letters.most_common(5))
print(sorted(letters.elements())[:12])
a = Counter("aaabbc")
b = Counter("abbbd")
print(a + b, a - b, b - a, a | b, a & b)
a.update("zzz")
a.subtract({"a": 5, "q": 1})
print(a, +a, -a)
print(Counter({"x": 3, "y": 1}) == Counter(x=3, y=1), Counter(a=0) == Counter(), Counter("ab") != Counter("ba"))
inventory = Counter(apples=5, pears=2)
inventory["apples"] -= 3
inventory["kiwis"] += 4
del inventory["pears"]
print(inventory, list(inventory.items()), inventory.total())
votes = ["red", "blue", "red", "green", "blue", "red", "green", "green", "green"]
tally = Counter(votes)
winner, count = tally.most_common(1)[0]
print("winner:", winner, count, "ties for second:", tally.most_common()[1:])
print(Counter(), isinstance(tally, dict), sorted(tally), dict(tally))
c = Counter()
for word in ["x", "y", "x"]:
    c[word] += 1
print(c, c.most_common(), Counter("mississippi").most_common(2))
