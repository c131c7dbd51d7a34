# Bank accounts: properties with setters, custom exceptions, class methods, static methods.


class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__("need %d, have %d" % (needed, available))
        self.needed = needed
        self.available = available


class Account:
    _next_id = 1000
    interest_rate = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    def deposit(self, amount):
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    @classmethod
    def with_bonus(cls, owner):
        return cls(owner, 50)

    @staticmethod
    def fee(amount):
        return max(1, amount // 100)

    def __str__(self):
        return "%s #%d: %d" % (self.owner, self.id, self._balance)


class Savings(Account):
    interest_rate = 0.05

    def add_interest(self):
        self.deposit(int(self.balance * self.interest_rate))


alice = Account("alice", 100)
bob = Savings.with_bonus("bob")
print(alice, bob, type(bob).__name__)
alice.deposit(250)
bob.deposit(1000)
bob.add_interest()
try:
    alice.withdraw(1000)
except InsufficientFunds as e:
    print("failed:", e, e.needed, e.available)
alice.withdraw(120)
try:
    alice.balance = -5
except ValueError as e:
    print("ValueError:", e)
print(alice, bob)
print(alice.history)
print(bob.history)
print(Account.fee(12345), alice.fee(50))
print(Account.interest_rate, Savings.interest_rate, bob.interest_rate)
