# timeit: timing small snippets (strings with setup and globals, callables) with Timer,
# timeit, repeat and autorange; only the types and shapes of the results are printed,
# and the errors a bad statement gives.
import timeit

t = timeit.Timer("total = sum(range(10))")
r = t.timeit(number=100)
print(type(r).__name__, r >= 0)
rs = t.repeat(repeat=3, number=10)
print(len(rs), all(isinstance(v, float) and v >= 0 for v in rs))
calls = [0]


def work():
    calls[0] += 1


print(type(timeit.timeit(work, number=50)).__name__, calls[0])
print(len(timeit.repeat("y = a * 2", setup="a = 21", repeat=2, number=5)))
print(type(timeit.timeit("z = q + 1", globals={"q": 1}, number=3)).__name__)
print(type(timeit.Timer(work, setup=work).timeit(number=4)).__name__, calls[0])
for stmt in [5, "x = (", "return 1"]:
    try:
        timeit.Timer(stmt)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, getattr(e, "msg", e))
try:
    timeit.timeit("undefined_name", number=1)
except NameError as e:
    print("NameError:", e)
print(callable(timeit.default_timer), timeit.default_number, timeit.default_repeat)
steps = []
number, taken = timeit.Timer("pass").autorange(lambda n, s: steps.append(n))
print(number > 0, taken >= 0.2, steps[:3], steps[-1] == number)
