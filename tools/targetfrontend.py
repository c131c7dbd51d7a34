"""Translation target of the front end alone (proof that it is RPython, and what the
frontend benchmark runs):  targetfrontend-c [--dump|--quiet] [-n N] FILE
parses FILE (N times, default 1) and prints the AST dump (--dump), nothing (--quiet),
or the number of top-level statements; a bad file prints its SyntaxError as CPython."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from minipy.compiler.errors import CompileError
from minipy.compiler.astdump import dump
from minipy.parsing import parse


def read_file(path):
    fd = os.open(path, os.O_RDONLY, 0)
    chunks = []
    while True:
        data = os.read(fd, 65536)
        if not data:
            break
        chunks.append(data)
    os.close(fd)
    return ''.join(chunks)


def entry_point(argv):
    mode = 'count'
    times = 1
    path = ''
    i = 1
    while i < len(argv):
        a = argv[i]
        if a == '--dump':
            mode = 'dump'
        elif a == '--quiet':
            mode = 'quiet'
        elif a == '-n' and i + 1 < len(argv):
            i += 1
            times = int(argv[i])
        else:
            path = a
        i += 1
    if not path:
        os.write(2, 'usage: targetfrontend [--dump|--quiet] [-n N] FILE\n')
        return 2
    source = read_file(path)
    try:
        tree = None
        for k in range(times):
            tree = parse(source, path, 'exec')
        assert tree is not None
        if mode == 'dump':
            os.write(1, dump(tree) + '\n')
        elif mode == 'count':
            os.write(1, '%d\n' % len(tree.body))
    except CompileError as e:
        caret = ''
        if e.offset > 0:
            caret = ' ' * (e.offset - 1) + '^'
        os.write(2, '  File "%s", line %d\n    %s\n    %s\n%s: %s\n' % (
            e.filename, e.lineno, e.text, caret, e.kind, e.msg))
        return 1
    return 0


def target(driver, args):
    return entry_point, None
