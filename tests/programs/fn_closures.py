# Closures: counters with nonlocal, adders, late binding in loops, shared cells, global statements.


def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count
    return increment, get


inc, get = make_counter(10)
inc()
inc(5)
print(get(), inc(), get())
inc2, get2 = make_counter()
print(get2(), inc2(), get(), get2())


def make_adders():
    late = [lambda x: x + i for i in range(3)]
    bound = [lambda x, i=i: x + i for i in range(3)]
    return [f(10) for f in late], [f(10) for f in bound]


print(make_adders())

total = 0


def add_to_total(x):
    global total
    total += x
    return total


for v in [1, 2, 3]:
    add_to_total(v)
print("total", total)


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return middle(), x


print(outer())


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


@memoize
def slow_square(n):
    return n * n


print([slow_square(i) for i in [3, 4, 3, 3]], sorted(slow_square.cache.items()))


def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run


pipeline = compose(str, lambda x: x * 2, abs)
print(repr(pipeline(-21)))


def accumulator():
    items = []

    def add(x):
        items.append(x)
        return len(items)
    return add, items


add, items = accumulator()
add("a")
add("b")
print(items, add.__name__, add.__closure__ is not None)
