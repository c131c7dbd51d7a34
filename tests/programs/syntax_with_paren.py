# Parenthesized with-items (3.9+): "as" after plain items, trailing commas, tuple managers
log = []


class Res:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append('enter ' + self.name)
        return self.name.upper()

    def __exit__(self, typ, val, tb):
        log.append('exit ' + self.name + (' ' + typ.__name__ if typ else ''))
        return False


def show(title):
    print(title + ': ' + ', '.join(log))
    del log[:]


with (Res('a'), Res('b') as b):
    log.append('body ' + b)
show('plain then as')

with (Res('a') as a, Res('b') as b,):
    log.append('body ' + a + b)
show('two as, trailing comma')

with (
    Res('a'),
    Res('b') as (x, ),
    Res('c'),
    Res('d') as [y, *z],
):
    log.append('body %s %s %s' % (x, y, z))
show('multi-line')

with (Res('a'), Res('b')):
    log.append('body')
show('tuple of two becomes two items')

with ((n := Res('w')), Res('v') as v):
    log.append('body ' + n.name + v)
show('walrus in parentheses')

try:
    with (Res('p'), Res('q') as q):
        raise KeyError(q)
except KeyError as e:
    log.append('caught ' + repr(e))
show('exception')
