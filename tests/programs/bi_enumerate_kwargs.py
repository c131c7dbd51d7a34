# enumerate() with its arguments by keyword (a numbered to-do list from 1), and the errors of bad calls: missing or extra arguments, non-string ** keys
todo = ["write report", "email Bob", "book flights"]
for n, task in enumerate(todo, start=1):
    print(f"{n}. {task}")
print(list(enumerate(iterable="abc", start=10)), list(enumerate(start=-1, iterable=(7, 8))))
options = {"start": 100}
print(dict(enumerate(todo, **options)))


def show(**kw):
    return sorted(kw.items())


for call in [lambda: enumerate(), lambda: enumerate(todo, 1, 2), lambda: enumerate(todo, 0, start=2),
             lambda: enumerate(todo, begin=1), lambda: enumerate(start=1),
             lambda: show(**{"a": 1, 2: "b"}), lambda: print(**{1: 2}), lambda: show(**{"x": 1})]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
