# min(), max(), sorted() and list.sort() with and without key=: ties keep the first
# item, which comparisons are made (and in which order), defaults, and the errors.


class Loud:
    log = []

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Loud.log.append("%d<%d" % (self.v, other.v))
        return self.v < other.v

    def __gt__(self, other):
        Loud.log.append("%d>%d" % (self.v, other.v))
        return self.v > other.v

    def __repr__(self):
        return "Loud(%d)" % self.v


items = [Loud(v) for v in (3, 1, 4, 1, 5)]
print(max(items), Loud.log)
Loud.log.clear()
print(min(items), Loud.log)
Loud.log.clear()

words = ["pear", "fig", "apple", "kiwi", "plum", "date"]
print(max(words, key=len), min(words, key=len), max(*words), min("b", "a", "c"))
print(sorted(words, key=lambda w: (len(w), w)), sorted(words, key=len, reverse=True))
stock = {"pear": 4, "fig": 9, "apple": 4, "kiwi": 1}
print(max(stock.items(), key=lambda kv: (kv[1], kv[0])), min(stock, key=stock.get))
print(max([], default="none"), min((), key=len, default=0), max([2], key=None))

calls = []


def spy(x):
    calls.append(x)
    return -x


print(max(range(6), key=spy), calls)
nums = [5, 2, 8, 2, 9, 1]
nums.sort(key=lambda n: n % 3)
print(nums)

for bad in (lambda: max([1, "a"]), lambda: min([]), lambda: max(),
            lambda: min([1, 2], default=0, key=len), lambda: max(1, 2, default=3)):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
