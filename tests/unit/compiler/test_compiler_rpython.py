"""The compiler is RPython: the translation target targetcompiler.py (serialised AST
-> compile_ast -> dis_code) annotates and rtypes. Also checks, untranslated, that the
target's serialise/read round trip gives the same code as compiling directly."""
from compiler_astbridge import export_sources
from compiler_astserial import serialise
from compiler_snippets import SNIPPETS
from minipy.compiler.codegen import compile_ast
from minipy.compiler.dis import dis_code
import targetcompiler


def test_serialised_round_trip():
    sources = SNIPPETS[:40] + ["return 1\n"]
    trees = export_sources([(s, 'exec') for s in sources])
    for source, tree in zip(sources, trees):
        got = targetcompiler.run(serialise(tree), source, '<s>')
        if source == "return 1\n":
            assert got == "SyntaxError: 'return' outside function (line 1, offset 1)\n"
        else:
            assert got == dis_code(compile_ast(tree, source, '<s>', 'exec'))


def test_annotate_and_rtype():
    from rpython.translator.interactive import Translation

    def fn(data):
        return targetcompiler.run(data, data, 'x.py')
    t = Translation(fn, [str])
    t.annotate()
    t.rtype()
