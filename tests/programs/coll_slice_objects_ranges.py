# Slice objects as values (comparison, hashing, indices() errors) and slicing ranges: the new range's bounds.
def attempt(label, fn):
    try:
        print(label, fn())
    except (TypeError, ValueError, IndexError) as e:
        print(label, type(e).__name__ + ":", e)


# a pager keeps the windows it showed as slice objects
pages = [slice(0, 10), slice(10, 20), slice(20, 25)]
print(slice(10, 20) in pages, pages.index(slice(20, 25)), slice(0, 10, None) == slice(0, 10))
print(sorted([slice(5, 9), slice(1, 3), slice(1, 2)]), max(pages))
print(slice(1, 2) < slice(1, 3), slice(1, 2, 3) != slice(1, 2, 3), slice(2) == slice(None, 2))
print(slice(1, 2) == (1, 2, None), slice(0, 5) <= slice(0, 6), slice(0, 5) <= slice(0, 5))
attempt("mixed", lambda: slice(1, 2, 3) >= slice(1, 2))
attempt("hash", lambda: hash(slice(1, 2)))
attempt("as key", lambda: {slice(0, 1): "first"})
attempt("in set", lambda: slice(3) in {1, 2})
attempt("indices -1", lambda: slice(1, 5).indices(-1))
attempt("indices 0", lambda: slice(1, 5).indices(0))
attempt("indices step 0", lambda: slice(None, None, 0).indices(4))
for n in (0, 3, 10):
    print(n, slice(-3, None).indices(n), slice(None, None, -2).indices(n), slice(2, -1, 3).indices(n))

# slicing a range maps the slice's bounds through it
r = range(10)
for s in [slice(1, 10, 2), slice(1, 9, 2), slice(None, None, -1), slice(8, 1, -3),
          slice(2, 100), slice(-4, None), slice(None, None, 4), slice(5, 2)]:
    sub = r[s]
    print(s, sub, list(sub) == list(r)[s], len(sub))
r2 = range(3, 40, 6)
print(r2[1:5], r2[::-2], r2[-2:], r2[1:4][1:], range(20, 0, -3)[::2], range(20, 0, -3)[1:-1])
print(r2[1:5] == range(9, 34, 6), r2[::2] == range(3, 40, 12))
attempt("range['a']", lambda: r['a'])
attempt("range[2.0]", lambda: r[2.0])
attempt("range[99]", lambda: r[99])
attempt("range[::0]", lambda: r[::0])
