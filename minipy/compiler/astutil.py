"""Typed access to AST children for RPython: list items and fields are annotated as
plain Nodes when a parser builds them generically; these helpers assert the class
the grammar guarantees, so the annotator knows the fields."""
from minipy.compiler import ast


def arguments(node):
    assert isinstance(node, ast.arguments)
    return node


def arg(node):
    assert isinstance(node, ast.arg)
    return node


def opt_arg(node):
    if node is None:
        return None
    assert isinstance(node, ast.arg)
    return node


def comprehension(node):
    assert isinstance(node, ast.comprehension)
    return node


def keyword(node):
    assert isinstance(node, ast.keyword)
    return node


def alias(node):
    assert isinstance(node, ast.alias)
    return node


def handler(node):
    assert isinstance(node, ast.ExceptHandler)
    return node


def withitem(node):
    assert isinstance(node, ast.withitem)
    return node


def match_case(node):
    assert isinstance(node, ast.match_case)
    return node
