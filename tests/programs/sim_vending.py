# A vending machine: state, coins, change-making with a greedy algorithm, error handling.


class VendingError(Exception):
    pass


class Machine:
    COINS = (200, 100, 50, 20, 10, 5)

    def __init__(self, items):
        self.items = dict(items)
        self.credit = 0
        self.bank = {c: 5 for c in self.COINS}
        self.sales = []

    def insert(self, coin):
        if coin not in self.COINS:
            raise VendingError("rejected coin %d" % coin)
        self.credit += coin
        self.bank[coin] += 1

    def change(self, amount):
        out = []
        for c in self.COINS:
            while amount >= c and self.bank[c] > 0:
                amount -= c
                self.bank[c] -= 1
                out.append(c)
        if amount:
            raise VendingError("cannot make change")
        return out

    def buy(self, name):
        if name not in self.items:
            raise VendingError("unknown item " + name)
        price, stock = self.items[name]
        if stock == 0:
            raise VendingError(name + " sold out")
        if self.credit < price:
            raise VendingError("need %d more" % (price - self.credit))
        self.items[name] = (price, stock - 1)
        coins = self.change(self.credit - price)
        self.credit = 0
        self.sales.append(name)
        return coins


m = Machine({"cola": (120, 2), "chips": (85, 1), "gum": (35, 5)})
script = [("insert", 100), ("buy", "cola"), ("insert", 50), ("buy", "cola"), ("insert", 200),
          ("buy", "chips"), ("insert", 3), ("insert", 100), ("buy", "chips"), ("buy", "tea"),
          ("insert", 50), ("buy", "gum"), ("insert", 200), ("buy", "cola"), ("insert", 200), ("buy", "cola")]
for action, arg in script:
    try:
        result = getattr(m, action)(arg)
        if action == "buy":
            print("bought %s, change %s" % (arg, result))
    except VendingError as e:
        print("error:", e, "(credit %d)" % m.credit)
print(m.sales, m.credit, sorted(m.bank.items()))
