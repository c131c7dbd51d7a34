# sorted/list.sort/min/max/zip/map/sum reject unknown keywords and a non-int reverse as CPython does; reversed() of custom classes that are not sequences.
def attempt(label, fn, *args, **kwargs):
    try:
        print(label, "->", fn(*args, **kwargs))
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__, e)


scores = {"ann": 82, "bob": 95, "cy": 82, "dee": 70}
names = list(scores)
attempt("by score", sorted, names, key=scores.get, reverse=True)
attempt("reverse=1", sorted, [3, 1, 2], reverse=1)
attempt("reverse=None", sorted, names, reverse=None)
attempt("reverse=0.5", sorted, names, reverse=0.5)
attempt("reverse='yes'", sorted, names, reverse="yes")
attempt("cmp=", sorted, names, cmp=lambda a, b: 0)
attempt("three kws", sorted, names, key=len, reverse=False, stable=True)
attempt("list.sort reverse=None", names.sort, reverse=None)
attempt("list.sort keyfunc=", names.sort, keyfunc=len)
attempt("max", max, names, key=scores.get)
attempt("min default", min, [], default="nobody")
attempt("max bad kw", max, names, keyfunc=len)
attempt("min three kws", min, names, key=len, default=None, strict=True)
attempt("max default multi", max, 1, 2, default=0)
attempt("zip strict", lambda: list(zip(names, range(4), strict=True)))
attempt("zip fill=", zip, names, range(4), fill=None)
attempt("zip two kws", zip, names, strict=True, fill=None)
attempt("map kw", map, str.upper, names, strict=True)
attempt("sum start=", sum, [0.5, 0.25], start=1)
attempt("sum initial=", sum, [1, 2], initial=10)


class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    def __getitem__(self, i):
        return self.songs[i]


class Countdown:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return self.n - i


class Frozen(Countdown):
    __reversed__ = None


attempt("countdown", lambda: list(reversed(Countdown(4))))
attempt("playlist", lambda: list(reversed(Playlist("a", "b"))))
attempt("frozen", lambda: list(reversed(Frozen(3))))
attempt("set", lambda: list(reversed({1, 2})))
attempt("dict", lambda: list(reversed({"x": 1, "y": 2})))
