# Dict and set keys of mixed kinds: int keys found by equal bools and floats, str keys
# never equal to numbers, a key of a new kind joining a table of str or int keys, keys of
# user classes whose __hash__/__eq__ delegate to a str or int, deletions and compaction,
# and the TypeError for an unhashable key even where nothing could match.

class Tag:
    """Hashes and compares like its name, so it finds the name's entry."""

    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return self.name == other


class Shade(str):
    pass


stock = {1: "one", 2: "two", 3: "three"}
stock[True] = "uno"                        # True == 1: updates the entry of 1
print(stock, stock.get(2.0), 2.5 in stock, "1" in stock, None in stock)
stock[3.0] = "drei"
del stock[2.0]
print(stock, list(stock))
stock["name"] = "mixed now"
print(stock, stock[1], stock["name"], stock.get(True), 3 in stock)

colours = {"red": 0xff0000, "green": 0x00ff00, "blue": 0x0000ff}
print(colours.get(1), colours.get(None), colours.get(0.5), "red" in colours)
print(Shade("green") in colours, colours[Shade("blue")], Tag("red") in colours)
print(colours.get(Tag("blue")), Tag("cyan") in colours, (1, "red") in colours)
print(Tag(7) in {7: "seven"}, {7: "seven"}.get(Tag(8)))

for bad in ([1], ([1],), {}, {1}):
    for table in (colours, stock, {}, {3: 4}):
        try:
            print(bad in table)
        except TypeError as e:
            print("TypeError:", e)

flags = {"x": 1}
flags[False] = 0
flags[0.0] = "zero"
print(flags, flags[0], flags["x"])
del flags[0]
print(flags)

squares = {}
for i in range(200):
    squares[i] = i * i
for i in range(0, 200, 2):
    del squares[i]
print(len(squares), sum(squares.values()), list(squares)[:5], squares.get(51), 50 in squares)
squares.clear()
squares["reset"] = True
squares[10] = 100
print(squares)

words = {}
for w in "the cat and the hat and the bat".split():
    words[w] = words.get(w, 0) + 1
for w in list(words):
    if words[w] == 1:
        del words[w]
print(words, sorted(words.items()))

seen = {1, 2, 3}
seen.add(2.0)
seen.add(True)
seen.add("q")
print(sorted(seen, key=str), 3.0 in seen, Tag("q") in seen, len(seen))
seen.discard(1.0)
print(sorted(seen, key=str))

big = {2 ** 70: "big", 3: "small", -1: "minus one"}
print(big[2 ** 70], big[3], (2 ** 70 + 1 - 1) in big, big[-1], big.get(-1.0))
print({-1: "a", -2: "b"}[-1], hash(-1) == hash(-2))


class Minus:
    def __hash__(self):
        return -1


print(hash(Minus()), hash(Tag("w")) == hash("w"), hash(Tag(10 ** 30)) == hash(10 ** 30))
