"""Python 3 tool: parse source with CPython's `ast` and print the tree as JSON, in the
encoding of minipy/compiler/ast.py (test oracle for the compiler; see the loader in
tests/unit/compiler/compiler_astbridge.py).

    python3 cpy_ast_export.py FILE [mode]      one tree
    python3 cpy_ast_export.py --batch < JSON   stdin: [[source, mode], ...];
                                               stdout: [tree or {"error": msg}, ...]

A node is {"_type": ClassName, field: value, ..., "_pos": [lineno, col, end_lineno,
end_col]}; contexts and operators are the ints of minipy.compiler.ast; a Constant is
{"_type": "Constant", "kind": KIND, "value": TEXT, "_enc": "utf8" | "latin1"}.
"""
import ast
import json
import sys

CTX = {ast.Load: 0, ast.Store: 1, ast.Del: 2}
BOOLOP = {ast.And: 0, ast.Or: 1}
OPERATOR = {ast.Add: 0, ast.Sub: 1, ast.Mult: 2, ast.MatMult: 3, ast.Div: 4, ast.Mod: 5,
            ast.Pow: 6, ast.LShift: 7, ast.RShift: 8, ast.BitOr: 9, ast.BitXor: 10,
            ast.BitAnd: 11, ast.FloorDiv: 12}
UNARYOP = {ast.Invert: 0, ast.Not: 1, ast.UAdd: 2, ast.USub: 3}
CMPOP = {ast.Eq: 0, ast.NotEq: 1, ast.Lt: 2, ast.LtE: 3, ast.Gt: 4, ast.GtE: 5,
         ast.Is: 6, ast.IsNot: 7, ast.In: 8, ast.NotIn: 9}
SMALL = [CTX, BOOLOP, OPERATOR, UNARYOP, CMPOP]


def literal_text(source_lines, node):
    """The source text of a numeric literal node, without underscores."""
    seg = ast.get_source_segment(source_lines, node)
    return seg.replace('_', '') if seg is not None else None


def encode_constant(node, source):
    v = node.value
    out = {"_type": "Constant", "_enc": "utf8"}
    if v is None:
        out.update(kind="None", value="")
    elif v is True:
        out.update(kind="True", value="")
    elif v is False:
        out.update(kind="False", value="")
    elif v is Ellipsis:
        out.update(kind="Ellipsis", value="")
    elif isinstance(v, int):
        out.update(kind="int", value=str(v))
    elif isinstance(v, float):
        text = literal_text(source, node)
        try:
            float(text)
        except (TypeError, ValueError):
            text = repr(v)
        out.update(kind="float", value=text)
    elif isinstance(v, complex):
        text = literal_text(source, node)
        try:
            text = text.rstrip('jJ')
            float(text)
        except (AttributeError, ValueError):
            text = repr(v.imag)
        out.update(kind="complex", value=text)
    elif isinstance(v, str):
        out.update(kind="str", value=v)
    elif isinstance(v, bytes):
        out.update(kind="bytes", value=v.decode('latin-1'), _enc="latin1")
    else:
        raise ValueError("unsupported constant %r" % (v,))
    return out


def encode(node, source):
    """node -> JSON data; positions stay CPython's: UTF-8 byte columns, as minipy's
    parser gives them and as co_positions holds them."""
    if node is None:
        return None
    if isinstance(node, list):
        return [encode(x, source) for x in node]
    if isinstance(node, (str, int)):
        return node
    for table in SMALL:
        if type(node) in table:
            return table[type(node)]
    if isinstance(node, ast.Constant):
        out = encode_constant(node, source)
    else:
        out = {"_type": type(node).__name__}
        for field in node._fields:
            if field == 'type_comment':
                continue
            value = getattr(node, field, None)
            if isinstance(node, ast.FormattedValue) and field == 'conversion':
                out[field] = value
            else:
                out[field] = encode(value, source)
    if 'lineno' in node._attributes:
        end_lineno = node.end_lineno or node.lineno
        end_col = node.end_col_offset if node.end_col_offset is not None else node.col_offset
        out["_pos"] = [node.lineno, node.col_offset or 0, end_lineno, end_col or 0]
    else:
        out["_pos"] = [0, 0, 0, 0]
    return out


def export(source, mode='exec'):
    tree = ast.parse(source, mode=mode)
    return encode(tree, source)


def main(argv):
    if len(argv) > 1 and argv[1] == '--batch':
        results = []
        for source, mode in json.load(sys.stdin):
            try:
                results.append(export(source, mode))
            except SyntaxError as e:
                results.append({"error": "%s (line %s)" % (e.msg, e.lineno)})
        json.dump(results, sys.stdout)
        return 0
    with open(argv[1], encoding='utf-8') as f:
        source = f.read()
    mode = argv[2] if len(argv) > 2 else 'exec'
    json.dump(export(source, mode), sys.stdout)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
