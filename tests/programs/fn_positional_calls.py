# Calls with positional arguments only, in every shape the interpreter's direct path
# (arguments copied from the caller's stack into the callee's locals) must get right,
# and the ones it must leave to the general binding.
import sys


def pair(a, b=10, c=100):
    return (a, b, c)


class Account:
    rate = 2

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount, times=1):
        self.balance += amount * times * self.rate
        return self.balance

    def make_adder(self, k):
        def add(x):                 # a closure over a parameter: a cell
            return x + k + self.balance
        return add

    def countdown(self, n):
        while n > 0:
            yield n
            n -= 1


print(pair(1), pair(1, 2), pair(1, 2, 3))
acct = Account('ann')
print(acct.deposit(5), acct.deposit(5, 3))
bound = acct.deposit                # a bound method called later
print(bound(1), bound(1, 2))
adder = acct.make_adder(7)
print([adder(i) for i in range(3)])
print(list(acct.countdown(4)), list(Account.countdown(acct, 2)))
print(Account.deposit(acct, 1))     # the function through the class, self explicit

# argument errors keep CPython's messages
for args in [(), (1, 2, 3, 4)]:
    try:
        pair(*args) if not args else pair(args[0], args[1], args[2], args[3])
    except TypeError as e:
        print('TypeError:', e)
try:
    pair()
except TypeError as e:
    print('TypeError:', e)
try:
    acct.deposit()
except TypeError as e:
    print('TypeError:', e)
try:
    acct.deposit(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)


def kwonly(a, *, b=2):
    return a + b


def star(*args):
    return len(args)


print(kwonly(1), star(), star(1, 2), star(*range(5)))


# mutable default shared between calls, as in CPython
def remember(x, seen=[]):
    seen.append(x)
    return len(seen)


print([remember(i) for i in range(3)])


# recursion through the direct path still hits the limit, and unwinds cleanly
def depth(n):
    return depth(n + 1)


try:
    depth(0)
except RecursionError as e:
    print('RecursionError:', e)
sys.setrecursionlimit(200)


def count(n):
    return 0 if n == 0 else 1 + count(n - 1)


print(count(150))
try:
    count(500)
except RecursionError:
    print('limit 200 holds')


# an exception raised in the callee, caught in the caller, then the stack is intact
def fail(x):
    return 1 // x


total = 0
for i in range(-2, 3):
    try:
        total += fail(i) + 100
    except ZeroDivisionError as e:
        total += 1000
print(total)
print(fail(0))
