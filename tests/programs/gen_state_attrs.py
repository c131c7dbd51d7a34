# Generator introspection: gi_running, gi_suspended, gi_code and gi_yieldfrom through a pipeline's life (created, suspended in yield from, exhausted, closed).
def read_lines(text):
    for line in text.splitlines():
        yield line.strip()


def numbered(text):
    yield "--- start ---"
    count = yield from enumerate_lines(text)
    yield f"--- {count} lines ---"


def enumerate_lines(text):
    n = 0
    for line in read_lines(text):
        if line:
            n += 1
            yield f"{n}: {line}"
    return n


def describe(g):
    target = g.gi_yieldfrom
    name = target.gi_code.co_name if target is not None else None
    return f"running={g.gi_running} suspended={g.gi_suspended} delegating_to={name}"


doc = """alpha
  beta

gamma"""
g = numbered(doc)
print(g.gi_code.co_name, g.gi_code is numbered.__code__, describe(g))
for out in g:
    print(f"{out:<16}", describe(g))
print("after:", describe(g))


def watcher():
    yield me.gi_running, me.gi_suspended


me = watcher()
print("inside:", next(me), "outside:", me.gi_running, me.gi_suspended)

c = numbered("x")
next(c)
next(c)
print("before close:", describe(c))
c.close()
print("after close:", describe(c))
