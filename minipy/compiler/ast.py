"""The abstract syntax tree: the parser's output and the compiler's input.

The node set, class names and field names mirror CPython 3.11's `ast` module (minus
async and type comments), so that a dump of a minipy tree can be compared with
`ast.dump` of CPython's tree for the same source. Differences, all forced by RPython:

* expression contexts, operators and comparison operators are small ints (the
  constants below), not singleton nodes; their CPython names are in the *_NAMES tables;
* `Constant` carries a `kind` (one of the CONST_* strings) and `value`, an RPython str:
  int -> decimal digits (no sign, no underscores), float -> the literal's text without
  underscores, complex -> the imaginary literal's text without the 'j' and underscores,
  str -> the text encoded as UTF-8, bytes -> the raw bytes, and '' for None/True/False/
  Ellipsis;
* `FormattedValue.conversion` is -1 or ord('s'), ord('r'), ord('a'), as in CPython;
* `AnnAssign.simple` and `comprehension.is_async` are ints; `ImportFrom.level` an int;
* `MatchSingleton.value` is the constant's kind (CONST_NONE, CONST_TRUE, CONST_FALSE).

Every node has lineno, col_offset, end_lineno, end_col_offset (1-based lines, 0-based
columns counted in UTF-8 bytes, as CPython stores them). `node.walkabout(visitor)` calls
`visitor.visit_<ClassName>(node)`; subclass ASTVisitor, whose defaults raise.
"""

# expression contexts
LOAD, STORE, DEL = 0, 1, 2
CTX_NAMES = ['Load', 'Store', 'Del']

# boolean operators
AND, OR = 0, 1
BOOLOP_NAMES = ['And', 'Or']

# binary operators (also used by AugAssign)
ADD, SUB, MULT, MATMULT, DIV, MOD, POW, LSHIFT, RSHIFT, BITOR, BITXOR, BITAND, FLOORDIV = range(13)
OPERATOR_NAMES = ['Add', 'Sub', 'Mult', 'MatMult', 'Div', 'Mod', 'Pow', 'LShift', 'RShift',
                  'BitOr', 'BitXor', 'BitAnd', 'FloorDiv']
OPERATOR_SYMBOLS = ['+', '-', '*', '@', '/', '%', '**', '<<', '>>', '|', '^', '&', '//']

# unary operators
INVERT, NOT, UADD, USUB = range(4)
UNARYOP_NAMES = ['Invert', 'Not', 'UAdd', 'USub']

# comparison operators
EQ, NOTEQ, LT, LTE, GT, GTE, IS, ISNOT, IN, NOTIN = range(10)
CMPOP_NAMES = ['Eq', 'NotEq', 'Lt', 'LtE', 'Gt', 'GtE', 'Is', 'IsNot', 'In', 'NotIn']
CMPOP_SYMBOLS = ['==', '!=', '<', '<=', '>', '>=', 'is', 'is not', 'in', 'not in']

# Constant kinds
CONST_INT = 'int'
CONST_FLOAT = 'float'
CONST_COMPLEX = 'complex'
CONST_STR = 'str'
CONST_BYTES = 'bytes'
CONST_NONE = 'None'
CONST_TRUE = 'True'
CONST_FALSE = 'False'
CONST_ELLIPSIS = 'Ellipsis'


class Node(object):
    """Base of every node: source position and the visitor hook."""
    _attrs_ = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset']
    _fields = []

    def set_position(self, lineno, col_offset, end_lineno, end_col_offset):
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset
        return self

    def copy_position(self, other):
        return self.set_position(other.lineno, other.col_offset,
                                 other.end_lineno, other.end_col_offset)

    def walkabout(self, visitor):
        raise NotImplementedError


class Mod(Node):
    _attrs_ = []    # RPython: every class between Node and the leaves declares _attrs_


class Stmt(Node):
    _attrs_ = []    # RPython: every class between Node and the leaves declares _attrs_


class Expr_(Node):
    """Base of expressions (named Expr_ because `Expr` is the expression statement)."""
    _attrs_ = []


class Pattern(Node):
    """Base of the match statement's patterns (CPython's `pattern`)."""
    _attrs_ = []



class Module(Mod):
    _fields = ['body']
    _attrs_ = ['body']

    def __init__(self, body, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.body = body
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_Module(self)


class Interactive(Mod):
    _fields = ['body']
    _attrs_ = ['body']

    def __init__(self, body, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.body = body
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_Interactive(self)


class Expression(Mod):
    _fields = ['body']
    _attrs_ = ['body']

    def __init__(self, body, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.body = body
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_Expression(self)


class FunctionDef(Stmt):
    _fields = ['name', 'args', 'body', 'decorator_list', 'returns']
    _attrs_ = ['name', 'args', 'body', 'decorator_list', 'returns']

    def __init__(self, name, args, body, decorator_list, returns, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.name = name
        self.args = args
        self.body = body
        self.decorator_list = decorator_list
        self.returns = returns
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_FunctionDef(self)


class ClassDef(Stmt):
    _fields = ['name', 'bases', 'keywords', 'body', 'decorator_list']
    _attrs_ = ['name', 'bases', 'keywords', 'body', 'decorator_list']

    def __init__(self, name, bases, keywords, body, decorator_list, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.name = name
        self.bases = bases
        self.keywords = keywords
        self.body = body
        self.decorator_list = decorator_list
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_ClassDef(self)


class Return(Stmt):
    _fields = ['value']
    _attrs_ = ['value']

    def __init__(self, value, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.value = value
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_Return(self)


class Delete(Stmt):
    _fields = ['targets']
    _attrs_ = ['targets']

    def __init__(self, targets, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.targets = targets
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_Delete(self)


class Assign(Stmt):
    _fields = ['targets', 'value']
    _attrs_ = ['targets', 'value']

    def __init__(self, targets, value, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.targets = targets
        self.value = value
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_Assign(self)


class AugAssign(Stmt):
    _fields = ['target', 'op', 'value']
    _attrs_ = ['target', 'op', 'value']

    def __init__(self, target, op, value, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.target = target
        self.op = op
        self.value = value
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_AugAssign(self)


class AnnAssign(Stmt):
    _fields = ['target', 'annotation', 'value', 'simple']
    _attrs_ = ['target', 'annotation', 'value', 'simple']

    def __init__(self, target, annotation, value, simple, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.target = target
        self.annotation = annotation
        self.value = value
        self.simple = simple
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_AnnAssign(self)


class For(Stmt):
    _fields = ['target', 'iter', 'body', 'orelse']
    _attrs_ = ['target', 'iter', 'body', 'orelse']

    def __init__(self, target, iter, body, orelse, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.target = target
        self.iter = iter
        self.body = body
        self.orelse = orelse
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_For(self)


class While(Stmt):
    _fields = ['test', 'body', 'orelse']
    _attrs_ = ['test', 'body', 'orelse']

    def __init__(self, test, body, orelse, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.test = test
        self.body = body
        self.orelse = orelse
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_While(self)


class If(Stmt):
    _fields = ['test', 'body', 'orelse']
    _attrs_ = ['test', 'body', 'orelse']

    def __init__(self, test, body, orelse, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.test = test
        self.body = body
        self.orelse = orelse
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_If(self)


class With(Stmt):
    _fields = ['items', 'body']
    _attrs_ = ['items', 'body']

    def __init__(self, items, body, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.items = items
        self.body = body
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_With(self)


class Raise(Stmt):
    _fields = ['exc', 'cause']
    _attrs_ = ['exc', 'cause']

    def __init__(self, exc, cause, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.exc = exc
        self.cause = cause
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_Raise(self)


class Try(Stmt):
    _fields = ['body', 'handlers', 'orelse', 'finalbody']
    _attrs_ = ['body', 'handlers', 'orelse', 'finalbody']

    def __init__(self, body, handlers, orelse, finalbody, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.body = body
        self.handlers = handlers
        self.orelse = orelse
        self.finalbody = finalbody
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_Try(self)


class TryStar(Try):
    """`try: ... except* E: ...` (3.11), fields as Try's. A subclass of Try so that the
    compiler's try/finally code takes both; what it does with the handlers differs."""
    _attrs_ = []

    def walkabout(self, visitor):
        return visitor.visit_TryStar(self)


class Assert(Stmt):
    _fields = ['test', 'msg']
    _attrs_ = ['test', 'msg']

    def __init__(self, test, msg, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.test = test
        self.msg = msg
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_Assert(self)


class Import(Stmt):
    _fields = ['names']
    _attrs_ = ['names']

    def __init__(self, names, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.names = names
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_Import(self)


class ImportFrom(Stmt):
    _fields = ['module', 'names', 'level']
    _attrs_ = ['module', 'names', 'level']

    def __init__(self, module, names, level, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.module = module
        self.names = names
        self.level = level
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_ImportFrom(self)


class Global(Stmt):
    _fields = ['names']
    _attrs_ = ['names']

    def __init__(self, names, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.names = names
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_Global(self)


class Nonlocal(Stmt):
    _fields = ['names']
    _attrs_ = ['names']

    def __init__(self, names, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.names = names
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_Nonlocal(self)


class Expr(Stmt):
    _fields = ['value']
    _attrs_ = ['value']

    def __init__(self, value, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.value = value
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_Expr(self)


class Pass(Stmt):
    _fields = []
    _attrs_ = []

    def __init__(self, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_Pass(self)


class Break(Stmt):
    _fields = []
    _attrs_ = []

    def __init__(self, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_Break(self)


class Continue(Stmt):
    _fields = []
    _attrs_ = []

    def __init__(self, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_Continue(self)


class BoolOp(Expr_):
    _fields = ['op', 'values']
    _attrs_ = ['op', 'values']

    def __init__(self, op, values, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.op = op
        self.values = values
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_BoolOp(self)


class NamedExpr(Expr_):
    _fields = ['target', 'value']
    _attrs_ = ['target', 'value']

    def __init__(self, target, value, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.target = target
        self.value = value
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_NamedExpr(self)


class BinOp(Expr_):
    _fields = ['left', 'op', 'right']
    _attrs_ = ['left', 'op', 'right']

    def __init__(self, left, op, right, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.left = left
        self.op = op
        self.right = right
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_BinOp(self)


class UnaryOp(Expr_):
    _fields = ['op', 'operand']
    _attrs_ = ['op', 'operand']

    def __init__(self, op, operand, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.op = op
        self.operand = operand
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_UnaryOp(self)


class Lambda(Expr_):
    _fields = ['args', 'body']
    _attrs_ = ['args', 'body']

    def __init__(self, args, body, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.args = args
        self.body = body
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_Lambda(self)


class IfExp(Expr_):
    _fields = ['test', 'body', 'orelse']
    _attrs_ = ['test', 'body', 'orelse']

    def __init__(self, test, body, orelse, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.test = test
        self.body = body
        self.orelse = orelse
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_IfExp(self)


class Dict(Expr_):
    _fields = ['keys', 'values']
    _attrs_ = ['keys', 'values']

    def __init__(self, keys, values, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.keys = keys
        self.values = values
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_Dict(self)


class Set(Expr_):
    _fields = ['elts']
    _attrs_ = ['elts']

    def __init__(self, elts, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.elts = elts
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_Set(self)


class ListComp(Expr_):
    _fields = ['elt', 'generators']
    _attrs_ = ['elt', 'generators']

    def __init__(self, elt, generators, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.elt = elt
        self.generators = generators
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_ListComp(self)


class SetComp(Expr_):
    _fields = ['elt', 'generators']
    _attrs_ = ['elt', 'generators']

    def __init__(self, elt, generators, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.elt = elt
        self.generators = generators
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_SetComp(self)


class DictComp(Expr_):
    _fields = ['key', 'value', 'generators']
    _attrs_ = ['key', 'value', 'generators']

    def __init__(self, key, value, generators, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.key = key
        self.value = value
        self.generators = generators
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_DictComp(self)


class GeneratorExp(Expr_):
    _fields = ['elt', 'generators']
    _attrs_ = ['elt', 'generators']

    def __init__(self, elt, generators, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.elt = elt
        self.generators = generators
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_GeneratorExp(self)


class Yield(Expr_):
    _fields = ['value']
    _attrs_ = ['value']

    def __init__(self, value, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.value = value
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_Yield(self)


class YieldFrom(Expr_):
    _fields = ['value']
    _attrs_ = ['value']

    def __init__(self, value, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.value = value
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_YieldFrom(self)


class Compare(Expr_):
    _fields = ['left', 'ops', 'comparators']
    _attrs_ = ['left', 'ops', 'comparators']

    def __init__(self, left, ops, comparators, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.left = left
        self.ops = ops
        self.comparators = comparators
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_Compare(self)


class Call(Expr_):
    _fields = ['func', 'args', 'keywords']
    _attrs_ = ['func', 'args', 'keywords']

    def __init__(self, func, args, keywords, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.func = func
        self.args = args
        self.keywords = keywords
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_Call(self)


class FormattedValue(Expr_):
    _fields = ['value', 'conversion', 'format_spec']
    _attrs_ = ['value', 'conversion', 'format_spec']

    def __init__(self, value, conversion, format_spec, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.value = value
        self.conversion = conversion
        self.format_spec = format_spec
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_FormattedValue(self)


class JoinedStr(Expr_):
    _fields = ['values']
    _attrs_ = ['values']

    def __init__(self, values, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.values = values
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_JoinedStr(self)


class Constant(Expr_):
    _fields = ['kind', 'value']
    _attrs_ = ['kind', 'value']

    def __init__(self, kind, value, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.kind = kind
        self.value = value
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_Constant(self)


class Attribute(Expr_):
    _fields = ['value', 'attr', 'ctx']
    _attrs_ = ['value', 'attr', 'ctx']

    def __init__(self, value, attr, ctx, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.value = value
        self.attr = attr
        self.ctx = ctx
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_Attribute(self)


class Subscript(Expr_):
    _fields = ['value', 'slice', 'ctx']
    _attrs_ = ['value', 'slice', 'ctx']

    def __init__(self, value, slice, ctx, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.value = value
        self.slice = slice
        self.ctx = ctx
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_Subscript(self)


class Starred(Expr_):
    _fields = ['value', 'ctx']
    _attrs_ = ['value', 'ctx']

    def __init__(self, value, ctx, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.value = value
        self.ctx = ctx
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_Starred(self)


class Name(Expr_):
    _fields = ['id', 'ctx']
    _attrs_ = ['id', 'ctx']

    def __init__(self, id, ctx, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.id = id
        self.ctx = ctx
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_Name(self)


class List(Expr_):
    _fields = ['elts', 'ctx']
    _attrs_ = ['elts', 'ctx']

    def __init__(self, elts, ctx, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.elts = elts
        self.ctx = ctx
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_List(self)


class Tuple(Expr_):
    _fields = ['elts', 'ctx']
    _attrs_ = ['elts', 'ctx']

    def __init__(self, elts, ctx, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.elts = elts
        self.ctx = ctx
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_Tuple(self)


class Slice(Expr_):
    _fields = ['lower', 'upper', 'step']
    _attrs_ = ['lower', 'upper', 'step']

    def __init__(self, lower, upper, step, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.lower = lower
        self.upper = upper
        self.step = step
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_Slice(self)


class comprehension(Node):
    _fields = ['target', 'iter', 'ifs', 'is_async']
    _attrs_ = ['target', 'iter', 'ifs', 'is_async']

    def __init__(self, target, iter, ifs, is_async, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.target = target
        self.iter = iter
        self.ifs = ifs
        self.is_async = is_async
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_comprehension(self)


class ExceptHandler(Node):
    _fields = ['type', 'name', 'body']
    _attrs_ = ['type', 'name', 'body']

    def __init__(self, type, name, body, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.type = type
        self.name = name
        self.body = body
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_ExceptHandler(self)


class arguments(Node):
    _fields = ['posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults']
    _attrs_ = ['posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults']

    def __init__(self, posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.posonlyargs = posonlyargs
        self.args = args
        self.vararg = vararg
        self.kwonlyargs = kwonlyargs
        self.kw_defaults = kw_defaults
        self.kwarg = kwarg
        self.defaults = defaults
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_arguments(self)


class arg(Node):
    _fields = ['arg', 'annotation']
    _attrs_ = ['arg', 'annotation']

    def __init__(self, arg, annotation, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.arg = arg
        self.annotation = annotation
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_arg(self)


class keyword(Node):
    _fields = ['arg', 'value']
    _attrs_ = ['arg', 'value']

    def __init__(self, arg, value, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.arg = arg
        self.value = value
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_keyword(self)


class alias(Node):
    _fields = ['name', 'asname']
    _attrs_ = ['name', 'asname']

    def __init__(self, name, asname, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.name = name
        self.asname = asname
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_alias(self)


class withitem(Node):
    _fields = ['context_expr', 'optional_vars']
    _attrs_ = ['context_expr', 'optional_vars']

    def __init__(self, context_expr, optional_vars, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.context_expr = context_expr
        self.optional_vars = optional_vars
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_withitem(self)


class Match(Stmt):
    _fields = ['subject', 'cases']
    _attrs_ = ['subject', 'cases']

    def __init__(self, subject, cases, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.subject = subject
        self.cases = cases
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_Match(self)


class match_case(Node):
    _fields = ['pattern', 'guard', 'body']
    _attrs_ = ['pattern', 'guard', 'body']

    def __init__(self, pattern, guard, body, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.pattern = pattern
        self.guard = guard
        self.body = body
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_match_case(self)


class MatchValue(Pattern):
    _fields = ['value']
    _attrs_ = ['value']

    def __init__(self, value, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.value = value
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_MatchValue(self)


class MatchSingleton(Pattern):
    _fields = ['value']
    _attrs_ = ['value']

    def __init__(self, value, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.value = value
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_MatchSingleton(self)


class MatchSequence(Pattern):
    _fields = ['patterns']
    _attrs_ = ['patterns']

    def __init__(self, patterns, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.patterns = patterns
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_MatchSequence(self)


class MatchMapping(Pattern):
    _fields = ['keys', 'patterns', 'rest']
    _attrs_ = ['keys', 'patterns', 'rest']

    def __init__(self, keys, patterns, rest, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.keys = keys
        self.patterns = patterns
        self.rest = rest
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_MatchMapping(self)


class MatchClass(Pattern):
    _fields = ['cls', 'patterns', 'kwd_attrs', 'kwd_patterns']
    _attrs_ = ['cls', 'patterns', 'kwd_attrs', 'kwd_patterns']

    def __init__(self, cls, patterns, kwd_attrs, kwd_patterns, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.cls = cls
        self.patterns = patterns
        self.kwd_attrs = kwd_attrs
        self.kwd_patterns = kwd_patterns
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_MatchClass(self)


class MatchStar(Pattern):
    _fields = ['name']
    _attrs_ = ['name']

    def __init__(self, name, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.name = name
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_MatchStar(self)


class MatchAs(Pattern):
    _fields = ['pattern', 'name']
    _attrs_ = ['pattern', 'name']

    def __init__(self, pattern, name, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.pattern = pattern
        self.name = name
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_MatchAs(self)


class MatchOr(Pattern):
    _fields = ['patterns']
    _attrs_ = ['patterns']

    def __init__(self, patterns, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0):
        self.patterns = patterns
        self.set_position(lineno, col_offset, end_lineno, end_col_offset)

    def walkabout(self, visitor):
        return visitor.visit_MatchOr(self)


class ASTVisitor(object):
    """Override the visit_* methods you need; the others raise."""

    def default_visit(self, node):
        raise NotImplementedError(node.__class__.__name__)

    def visit_Module(self, node):
        return self.default_visit(node)

    def visit_Interactive(self, node):
        return self.default_visit(node)

    def visit_Expression(self, node):
        return self.default_visit(node)

    def visit_FunctionDef(self, node):
        return self.default_visit(node)

    def visit_ClassDef(self, node):
        return self.default_visit(node)

    def visit_Return(self, node):
        return self.default_visit(node)

    def visit_Delete(self, node):
        return self.default_visit(node)

    def visit_Assign(self, node):
        return self.default_visit(node)

    def visit_AugAssign(self, node):
        return self.default_visit(node)

    def visit_AnnAssign(self, node):
        return self.default_visit(node)

    def visit_For(self, node):
        return self.default_visit(node)

    def visit_While(self, node):
        return self.default_visit(node)

    def visit_If(self, node):
        return self.default_visit(node)

    def visit_With(self, node):
        return self.default_visit(node)

    def visit_Raise(self, node):
        return self.default_visit(node)

    def visit_Try(self, node):
        return self.default_visit(node)

    def visit_TryStar(self, node):
        return self.default_visit(node)

    def visit_Assert(self, node):
        return self.default_visit(node)

    def visit_Import(self, node):
        return self.default_visit(node)

    def visit_ImportFrom(self, node):
        return self.default_visit(node)

    def visit_Global(self, node):
        return self.default_visit(node)

    def visit_Nonlocal(self, node):
        return self.default_visit(node)

    def visit_Expr(self, node):
        return self.default_visit(node)

    def visit_Pass(self, node):
        return self.default_visit(node)

    def visit_Break(self, node):
        return self.default_visit(node)

    def visit_Continue(self, node):
        return self.default_visit(node)

    def visit_BoolOp(self, node):
        return self.default_visit(node)

    def visit_NamedExpr(self, node):
        return self.default_visit(node)

    def visit_BinOp(self, node):
        return self.default_visit(node)

    def visit_UnaryOp(self, node):
        return self.default_visit(node)

    def visit_Lambda(self, node):
        return self.default_visit(node)

    def visit_IfExp(self, node):
        return self.default_visit(node)

    def visit_Dict(self, node):
        return self.default_visit(node)

    def visit_Set(self, node):
        return self.default_visit(node)

    def visit_ListComp(self, node):
        return self.default_visit(node)

    def visit_SetComp(self, node):
        return self.default_visit(node)

    def visit_DictComp(self, node):
        return self.default_visit(node)

    def visit_GeneratorExp(self, node):
        return self.default_visit(node)

    def visit_Yield(self, node):
        return self.default_visit(node)

    def visit_YieldFrom(self, node):
        return self.default_visit(node)

    def visit_Compare(self, node):
        return self.default_visit(node)

    def visit_Call(self, node):
        return self.default_visit(node)

    def visit_FormattedValue(self, node):
        return self.default_visit(node)

    def visit_JoinedStr(self, node):
        return self.default_visit(node)

    def visit_Constant(self, node):
        return self.default_visit(node)

    def visit_Attribute(self, node):
        return self.default_visit(node)

    def visit_Subscript(self, node):
        return self.default_visit(node)

    def visit_Starred(self, node):
        return self.default_visit(node)

    def visit_Name(self, node):
        return self.default_visit(node)

    def visit_List(self, node):
        return self.default_visit(node)

    def visit_Tuple(self, node):
        return self.default_visit(node)

    def visit_Slice(self, node):
        return self.default_visit(node)

    def visit_comprehension(self, node):
        return self.default_visit(node)

    def visit_ExceptHandler(self, node):
        return self.default_visit(node)

    def visit_arguments(self, node):
        return self.default_visit(node)

    def visit_arg(self, node):
        return self.default_visit(node)

    def visit_keyword(self, node):
        return self.default_visit(node)

    def visit_alias(self, node):
        return self.default_visit(node)

    def visit_withitem(self, node):
        return self.default_visit(node)

    def visit_Match(self, node):
        return self.default_visit(node)

    def visit_match_case(self, node):
        return self.default_visit(node)

    def visit_MatchValue(self, node):
        return self.default_visit(node)

    def visit_MatchSingleton(self, node):
        return self.default_visit(node)

    def visit_MatchSequence(self, node):
        return self.default_visit(node)

    def visit_MatchMapping(self, node):
        return self.default_visit(node)

    def visit_MatchClass(self, node):
        return self.default_visit(node)

    def visit_MatchStar(self, node):
        return self.default_visit(node)

    def visit_MatchAs(self, node):
        return self.default_visit(node)

    def visit_MatchOr(self, node):
        return self.default_visit(node)
