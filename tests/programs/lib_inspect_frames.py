# frames: sys._getframe, f_back/f_code/f_lineno/f_locals, inspect.stack/getframeinfo/currentframe, traceback with frames
import sys, inspect, traceback, types, functools

def who_called():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno

def outer():
    x = 41
    return inner(x)

def inner(y):
    f = sys._getframe()
    print(f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_back.f_code.co_name)
    print(sorted(f.f_locals), f.f_locals['y'], sorted(f.f_back.f_locals.items()))
    print(f.f_globals is globals(), isinstance(f, types.FrameType), inspect.isframe(f))
    print(who_called())
    return y + 1

print(outer())
print(sys._getframe().f_back, sys._getframe().f_code.co_name)
try:
    sys._getframe(50)
except ValueError as e:
    print("ValueError", e)

def log(msg):
    info = inspect.getframeinfo(sys._getframe(1))
    print(f"{info.function}:{info.lineno} {msg} {info.code_context} {info.index}")
    print(info.positions)

def work():
    log("hello")
    log(
        "multi")
work()

def show_stack():
    for fi in inspect.stack()[:3]:
        print(fi.function, fi.lineno, fi.code_context, fi.index, fi.positions)
    print([fi.function for fi in inspect.stack(0)], inspect.stack(0)[0].code_context)

def a(): show_stack()
a()
print(inspect.currentframe().f_code.co_name)
print(functools.reduce(lambda acc, x: acc + [sys._getframe(1).f_code.co_name], [1, 2], []))

def tb_demo():
    try:
        {}["k"]
    except KeyError as e:
        info = inspect.getframeinfo(e.__traceback__, context=3)
        print(info.function, info.lineno, info.index, [l.strip() for l in info.code_context], info.positions)
tb_demo()

def stacky():
    return traceback.format_stack(sys._getframe())
print("".join(stacky()).count("File"))
print(traceback.extract_stack(sys._getframe(), limit=1)[0].name)
f = sys._getframe()
print(f.f_lineno)
print(f.f_lineno)
g = None
def keep():
    global g
    g = sys._getframe()
    return 1
keep()
print(g.f_code.co_name, g.f_lineno, g.f_back.f_code.co_name)
print(type(f).__name__, repr(f).startswith("<frame at 0x"), repr(f).endswith(", line %d, code <module>>" % f.f_lineno))
for fr, ln in traceback.walk_stack(sys._getframe()):
    print(fr.f_code.co_name, ln)
