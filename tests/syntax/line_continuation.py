# explicit and implicit line joining
total = 1 + \
    2 + \
        3
items = [
    1,
  2,
        3,
]
call = max(
    4,

    # comment inside brackets
    5)
d = {'a':
     1}
print(total, items, call, d)
