# carets under a traceback line that holds non-ASCII text (positions are bytes, carets characters)
def f(d):
    return "héllo wörld" + d["schlüssel"] + 1 / 0
f({"schlüssel": "ü"})
