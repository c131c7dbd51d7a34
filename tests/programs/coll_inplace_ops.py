# In-place operators on lists and dicts: `l += iterable` extends the list in place
# (also `l += l`), `d |= pairs` takes any iterable of pairs, and their errors.
l = [1]
l += l
l += (2, 3)
l += "ab"
l += range(2)
print(l)
d = {}
d |= [("a", 1)]
d |= {"b": 2}
d |= set()
print(d)
try:
    d |= [1]
except TypeError as e:
    print(e)
try:
    l += 5
except TypeError as e:
    print(e)
