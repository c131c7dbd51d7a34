# Iterator protocol implemented by classes: __iter__/__next__, StopIteration, reusable iterables.


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        return FibIterator(self.limit)


class FibIterator:
    def __init__(self, limit):
        self.a, self.b = 0, 1
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


print(list(Countdown(5)))
c = Countdown(3)
print(next(c), next(c), next(c), next(c, "done"))
f = Fib(100)
print(list(f), sum(f), max(f))
print([x for x in Fib(30) if x % 2 == 0])
print(list(zip(Countdown(4), Fib(10))))
it = iter(Fib(5))
print(next(it), next(it), list(it))
print(dict(enumerate(Countdown(3))))
print(sorted(Countdown(6), key=lambda v: (v % 3, v)))
print(3 in Countdown(5), 7 in Countdown(5))
