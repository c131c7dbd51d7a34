"""Source text to code object: the whole front end behind one call.

    compile_source(source, filename, mode) -> CodeObject
mode is 'exec' (a module or script), 'eval' (one expression) or 'single' (one
interactive statement, whose expression values the REPL echoes). `source` is UTF-8.
Raises minipy.compiler.errors.CompileError for any bad input.
"""
from minipy.parsing import parse
from minipy.compiler.codegen import compile_ast


def compile_source(source, filename, mode):
    tree = parse(source, filename, mode)
    return compile_ast(tree, source, filename, mode)
