# calls: positional, keyword, star and double-star
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
a = [1, 2]; k = {'x': 1}
print(f(), f(0, *a, 3, *a, y=2, **k, z=3))
print(f(*a, **k, **{'w': 0}), f(key=lambda v: v))
print(f(
    1,
    2,
))
print(sum(x for x in range(4)), max((1, 2),), f(*[], **{}))
