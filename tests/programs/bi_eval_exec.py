# eval(), exec() and compile(): the caller's namespaces by default (a function's locals
# as a snapshot that exec cannot change), dicts passed in, __builtins__ added to them,
# compiled code objects, syntax errors, errors raised by the code, wrong arguments; and
# locals() at module level being globals().
x = 10
print(eval("x + 1"), eval("  x * 2"), eval("y", {"y": 5}), eval("a + b", {"a": 1}, {"b": 2}))
g = {}
exec("z = 3\ndef f():\n    return z * 2\n", g)
print(g["z"], g["f"](), "__builtins__" in g)
exec("w = 42")
print(w)
def func(a):
    b = 2
    print(eval("a + b"))
    exec("b = 100; c = 7")
    print(b)
    ns = {}
    exec("q = a * 3", globals(), ns)
    print(ns)
func(1)
code = compile("1 + 2", "<expr>", "eval")
print(eval(code), type(code).__name__)
exec(compile("print('compiled exec')", "<s>", "exec"))
for bad in ["1 +", "def", "x = = 1"]:
    try:
        eval(bad)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
try:
    exec("1/0")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    eval(5)
except TypeError as e:
    print(e)
try:
    compile("1", "f", "nope")
except ValueError as e:
    print(e)
try:
    exec("x", [])
except TypeError as e:
    print(e)
print(sorted(k for k in locals() if not k.startswith("__"))[:5], locals() is globals())
print(eval("[i * i for i in range(4)]"), eval("(lambda q: q + x)(1)"))
class K:
    v = 5
    print(eval("v + 1"))
