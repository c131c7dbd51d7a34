"""Translation target proving the compiler is RPython: reads an AST serialised by
compiler_astserial.serialise() from a file, compiles it (compile_ast) and prints the
disassembly, or the CompileError.

    python -m rpython --batch -O2 tests/unit/compiler/targetcompiler.py
    ./targetcompiler-c tree.ser source.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from compiler_astserial import Reader
from minipy.compiler.codegen import compile_ast
from minipy.compiler.dis import dis_code
from minipy.compiler.errors import CompileError


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


def run(tree_data, source, filename):
    tree = Reader(tree_data).read_tree()
    assert tree is not None
    try:
        co = compile_ast(tree, source, filename, 'exec')
    except CompileError as e:
        return '%s: %s (line %d, offset %d)\n' % (e.kind, e.msg, e.lineno, e.offset)
    return dis_code(co)


def entry_point(argv):
    if len(argv) < 3:
        os.write(2, 'usage: %s TREE SOURCE\n' % argv[0])
        return 2
    out = run(read_file(argv[1]), read_file(argv[2]), argv[2])
    os.write(1, out)
    return 0


def target(*args):
    return entry_point, None
