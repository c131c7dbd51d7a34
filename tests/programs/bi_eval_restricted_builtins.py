# eval()/exec() look built-in names up in their globals' __builtins__ (a dict, a module, or None to forbid them).
import builtins
import math


def calc(expr, names):
    """A small 'safe' calculator: only the names given, no built-ins."""
    env = {"__builtins__": {}}
    env.update(names)
    try:
        return eval(expr, env)
    except Exception as e:
        return f"{type(e).__name__}: {e}"


allowed = {"sqrt": math.sqrt, "pi": math.pi, "x": 3, "y": 4}
for expr in ["sqrt(x * x + y * y)", "round(pi, 2)", "abs(-x)", "__import__('os')",
             "open('secret.txt')", "[v * 2 for v in (x, y)]", "x if x > y else y"]:
    print(f"{expr:26} -> {calc(expr, allowed)}")

# a whitelist of built-ins
whitelist = {"__builtins__": {"len": len, "max": max, "sorted": sorted}}
print(eval("max(len(w) for w in words)", whitelist, {"words": ["ab", "abcd", "a"]}))
print(eval("sorted(words)", whitelist, {"words": ["b", "a"]}))
try:
    eval("min(words)", whitelist, {"words": [1]})
except NameError as e:
    print("NameError:", e)

# __builtins__ set to None: CPython 3.11 subscripts None
for src in ["len('abc')", "[n for n in (1, 2)]", "n + 1"]:
    try:
        print(src, "->", eval(src, {"__builtins__": None}, {"n": 41}))
    except Exception as e:
        print(src, "->", type(e).__name__ + ":", e)

# the builtins module itself, and a dict of it, are the ordinary built-ins
print(eval("len('four')", {"__builtins__": builtins}), eval("abs(-2)", {"__builtins__": vars(builtins)}))

# functions and classes made by exec'd code keep those built-ins
sandbox = {"__name__": "sandbox",
           "__builtins__": {"__build_class__": __build_class__, "print": print,
                            "NameError": NameError, "hasattr": hasattr}}
exec("""
def describe(items):
    try:
        return len(items)
    except NameError as e:
        return 'no ' + e.name if hasattr(e, 'name') else 'no len'

class Counter:
    def count(self, items):
        total = 0
        for _ in items:
            total += 1
        return total

print(describe([1, 2]), Counter().count('abc'))
""", sandbox)
print(sandbox["describe"]("xyz"), sandbox["Counter"]().count(range(5)))
# globals without __builtins__ get the real ones, and keep them
g = {}
exec("def total(v): return sum(v)", g)
print(g["total"]([1, 2, 3]), g["__builtins__"] is builtins.__dict__ or g["__builtins__"] is builtins)
print(len("still works here"))
