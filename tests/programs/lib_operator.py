# operator: itemgetter, attrgetter, methodcaller, and the function forms of the operators.
import operator
from functools import reduce
from operator import attrgetter, itemgetter, methodcaller

rows = [("ann", 31, "eng"), ("bob", 25, "ops"), ("cy", 31, "art"), ("dee", 22, "eng")]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)), itemgetter(1, 2)(rows[0]), itemgetter(slice(0, 2))("hello"))


class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price

    def discounted(self, pct):
        return round(self.price * (100 - pct) / 100, 2)


items = [Item("pen", 1.5), Item("book", 12.0), Item("bag", 30.0)]
print([i.name for i in sorted(items, key=attrgetter("price"), reverse=True)])
print(attrgetter("name", "price")(items[0]), list(map(methodcaller("discounted", 10), items)))
print(methodcaller("replace", "a", "o")("banana"), methodcaller("split")("a b c"))
print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 8), operator.neg(5), operator.not_(0), operator.truth([1]))
print(operator.eq(1, 1.0), operator.lt("a", "b"), operator.ge(3, 4), operator.contains([1, 2], 2))
print(operator.getitem({"k": "v"}, "k"), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(reduce(operator.mul, range(1, 11)), reduce(operator.add, ["x", "y", "z"]))
d = {}
operator.setitem(d, "a", 1)
print(d, operator.index(7), operator.is_(None, None), operator.abs(-3))
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=itemgetter(1)))
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}
print([ops[o](12, 4) for o in "+-*/"])
