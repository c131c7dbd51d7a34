# assert statements used for invariants: messages, caught AssertionError, checks inside loops and classes.


class Account:
    def __init__(self, balance):
        assert balance >= 0, "opening balance must be non-negative"
        self.balance = balance

    def withdraw(self, amount):
        assert amount > 0, "amount must be positive, got %r" % amount
        assert amount <= self.balance, ("insufficient", amount, self.balance)
        self.balance -= amount
        return self.balance


acct = Account(100)
for amount in [30, -5, 500, 70]:
    try:
        print("balance", acct.withdraw(amount))
    except AssertionError as e:
        print("AssertionError:", e, e.args)
try:
    Account(-1)
except AssertionError as e:
    print("AssertionError:", e)


def check_sorted(xs):
    for a, b in zip(xs, xs[1:]):
        assert a <= b, "%r > %r" % (a, b)
    return True


for data in [[1, 2, 3], [1, 3, 2], []]:
    try:
        print(data, check_sorted(data))
    except AssertionError as e:
        print(data, "not sorted:", e)
try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert:", repr(e), e.args)
x = 5
assert x == 5, "never shown"
assert isinstance(x, int)
print("all assertions passed")
