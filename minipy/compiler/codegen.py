"""The bytecode compiler: AST -> CodeObject, following CPython 3.9's compile.c
(same opcodes, stack effects and block structure; see opcodes.py).

    compile_ast(tree, source, filename, mode) -> CodeObject

mode 'exec' takes an ast.Module, 'eval' an ast.Expression, 'single' an
ast.Interactive (whose top-level expression statements use PRINT_EXPR). Scope
analysis comes from symtable.py, block layout / jumps / stack depth from assemble.py.
Every instruction carries the position of the AST node it was emitted for.
Compile-time errors are raised as CompileError with CPython 3.11's messages.

Constant folding: constant tuples, unary minus (and plus) on int/float literals,
and literal lists/sets of constants iterated by `for`/comprehensions or tested by
`in` (as tuples/frozensets), as CPython's AST optimizer; nothing else.
"""
from minipy.compiler import ast
from minipy.compiler import astutil
from minipy.compiler import opcodes as op
from minipy.compiler import code as codemod
from minipy.compiler.code import CodeObject, ConstValue
from minipy.compiler.assemble import Block, Instr, assemble
from minipy.compiler.errors import CompileError
from minipy.compiler.srcerror import error_at_node, source_line
from minipy.compiler import symtable as st
from minipy.compiler.unparse import unparse
from minipy.compiler.astdump import repr_str
from rpython.rlib.rfloat import string_to_float, formatd, DTSF_ADD_DOT_0
from rpython.rlib.rbigint import rbigint
import math

# frame blocks (compile-time block stack, as compile.c's fblockinfo)
FB_WHILE_LOOP = 0
FB_FOR_LOOP = 1
FB_EXCEPT = 2
FB_FINALLY_TRY = 3
FB_FINALLY_END = 4
FB_WITH = 5
FB_HANDLER_CLEANUP = 6
FB_POP_VALUE = 7
FB_EXCEPT_STAR = 8      # the handlers of `try: ... except* E:` (compile-time checks only)

EXCEPT_STAR_EXIT = "'break', 'continue' and 'return' cannot appear in an except* block"

MAXBLOCKS = 20

# kinds of code unit (for qualnames)
U_MODULE = 0
U_CLASS = 1
U_FUNCTION = 2
U_LAMBDA = 3
U_COMPREHENSION = 4

BINARY_OPS = [op.BINARY_ADD, op.BINARY_SUBTRACT, op.BINARY_MULTIPLY,
              op.BINARY_MATRIX_MULTIPLY, op.BINARY_TRUE_DIVIDE, op.BINARY_MODULO,
              op.BINARY_POWER, op.BINARY_LSHIFT, op.BINARY_RSHIFT, op.BINARY_OR,
              op.BINARY_XOR, op.BINARY_AND, op.BINARY_FLOOR_DIVIDE]
INPLACE_OPS = [op.INPLACE_ADD, op.INPLACE_SUBTRACT, op.INPLACE_MULTIPLY,
               op.INPLACE_MATRIX_MULTIPLY, op.INPLACE_TRUE_DIVIDE, op.INPLACE_MODULO,
               op.INPLACE_POWER, op.INPLACE_LSHIFT, op.INPLACE_RSHIFT, op.INPLACE_OR,
               op.INPLACE_XOR, op.INPLACE_AND, op.INPLACE_FLOOR_DIVIDE]
UNARY_OPS = [op.UNARY_INVERT, op.UNARY_NOT, op.UNARY_POSITIVE, op.UNARY_NEGATIVE]
# ast cmpop -> COMPARE_OP arg (Eq, NotEq, Lt, LtE, Gt, GtE)
CMP_ARGS = [op.CMP_EQ, op.CMP_NE, op.CMP_LT, op.CMP_LE, op.CMP_GT, op.CMP_GE]


class FBlock(object):
    def __init__(self, kind, block, exit, stmts, name):
        self.kind = kind
        self.block = block
        self.exit = exit
        self.stmts = stmts      # FINALLY_TRY: the finally body
        self.name = name        # HANDLER_CLEANUP: the `as` name, or None


class CodeUnit(object):
    """The state of one code object under construction."""

    def __init__(self, scope, kind, name, qualname, firstlineno, private):
        self.scope = scope
        self.kind = kind
        self.name = name
        self.qualname = qualname
        self.firstlineno = firstlineno
        self.private = private
        self.consts = []
        self.consts_map = {}        # const_key -> index in consts
        self.names = []
        self.names_map = {}
        self.varnames = []
        self.varnames_map = {}
        for name in scope.varnames:
            self.add_varname(name)
        self.cellvars = []
        if scope.needs_class_closure:
            self.cellvars.append('__class__')
        for name in scope.sorted_names(st.CELL, 0):
            self.cellvars.append(name)
        self.freevars = scope.sorted_names(st.FREE, st.DEF_FREE_CLASS)
        self.deref_map = {}
        for i in range(len(self.cellvars)):
            self.deref_map[self.cellvars[i]] = i
        for i in range(len(self.freevars)):
            self.deref_map[self.freevars[i]] = len(self.cellvars) + i
        self.entry = Block()
        self.cur = self.entry
        self.fblocks = []
        self.argcount = 0
        self.posonlyargcount = 0
        self.kwonlyargcount = 0
        self.varargs_flags = 0
        self.interactive = False
        self.lineno = firstlineno
        self.end_lineno = firstlineno
        self.col = 0
        self.end_col = 0

    def add_const(self, value):
        key = const_key(value)
        if key is not None and key in self.consts_map:
            return self.consts_map[key]
        self.consts.append(value)
        index = len(self.consts) - 1
        if key is not None:
            self.consts_map[key] = index
        return index

    def add_name(self, name):
        if name in self.names_map:
            return self.names_map[name]
        self.names_map[name] = len(self.names)
        self.names.append(name)
        return len(self.names) - 1

    def add_varname(self, name):
        if name in self.varnames_map:
            return self.varnames_map[name]
        self.varnames_map[name] = len(self.varnames)
        self.varnames.append(name)
        return len(self.varnames) - 1


def const_key(c):
    """A string identifying a constant for sharing co_consts slots (kinds stay
    distinct: 1, 1.0 and True do not share), or None for code objects."""
    if c.kind == codemod.CONST_CODE:
        return None
    if c.items is None:
        return c.kind + ':' + c.value
    parts = [c.kind, '(']
    for item in c.items:
        k = const_key(item)
        if k is None:
            return None
        parts.append(str(len(k)))
        parts.append(':')
        parts.append(k)
    parts.append(')')
    return ''.join(parts)


def const_of(node):
    """The ConstValue an expression folds to, or None (CPython's AST optimizer, in
    part: constants, tuples of constants, +/- on int and float literals)."""
    if isinstance(node, ast.Constant):
        return ConstValue(node.kind, node.value)
    if isinstance(node, ast.Tuple):
        if node.ctx != ast.LOAD:
            return None
        items = []
        for elt in node.elts:
            c = const_of(elt)
            if c is None:
                return None
            items.append(c)
        return make_container(codemod.CONST_TUPLE, items)
    if isinstance(node, ast.UnaryOp) and (node.op == ast.USUB or node.op == ast.UADD):
        c = const_of(node.operand)
        if c is None or not (c.kind == ast.CONST_INT or c.kind == ast.CONST_FLOAT):
            return None
        if node.op == ast.UADD:
            return c
        return ConstValue(c.kind, negate_literal(c.kind, c.value))
    return None


def make_container(kind, items):
    """A tuple/frozenset ConstValue; its item list is a fresh fixed-size copy, as
    RPython wants for the immutable `items[*]` field."""
    fixed = [None] * len(items)
    for i in range(len(items)):
        fixed[i] = items[i]
    return ConstValue(kind, '', fixed)


def fixed_strs(lst):
    fixed = [''] * len(lst)
    for i in range(len(lst)):
        fixed[i] = lst[i]
    return fixed


def fixed_ints(lst):
    fixed = [0] * len(lst)
    for i in range(len(lst)):
        fixed[i] = lst[i]
    return fixed


def fixed_consts(lst):
    fixed = [None] * len(lst)
    for i in range(len(lst)):
        fixed[i] = lst[i]
    return fixed


def negate_literal(kind, value):
    if value.startswith('-'):
        return value[1:]
    if kind == ast.CONST_INT:
        i = 0
        while i < len(value) and value[i] == '0':
            i += 1
        if i == len(value):
            return '0'
    return '-' + value


def is_docstring(stmt):
    if not isinstance(stmt, ast.Expr):
        return False
    value = stmt.value
    return isinstance(value, ast.Constant) and value.kind == ast.CONST_STR


def get_docstring(body):
    if len(body) > 0 and is_docstring(body[0]):
        value = body[0]
        assert isinstance(value, ast.Expr)
        expr = value.value
        assert isinstance(expr, ast.Constant)
        return expr.value
    return None


class CodeGenerator(ast.ASTVisitor):

    def __init__(self, filename, source, table):
        self.filename = filename
        self.source = source
        self.table = table
        self.unit = None
        self.units = []
        # `from __future__ import annotations`: annotations become strings
        self.future_annotations = False

    # ---- errors ----
    def error(self, msg, node):
        return error_at_node(msg, self.filename, self.source, node)

    def error_here(self, msg):
        u = self.unit
        return CompileError(msg, self.filename, u.lineno, u.col + 1,
                            source_line(self.source, u.lineno),
                            u.end_lineno, u.end_col + 1)

    # ---- units ----
    def enter_unit(self, node, kind, name, firstlineno):
        scope = self.table.scope_of(node)
        if self.unit is not None:
            private = self.unit.private
        else:
            private = None
        if kind == U_CLASS:
            private = name
        qualname = self.make_qualname(kind, name)
        unit = CodeUnit(scope, kind, name, qualname, firstlineno, private)
        self.units.append(unit)
        self.unit = unit
        return unit

    def make_qualname(self, kind, name):
        parent = self.unit
        if parent is None or parent.kind == U_MODULE:
            return name
        if kind == U_FUNCTION or kind == U_CLASS:
            mangled = st.mangle(parent.private, name)
            if parent.scope.get_scope(mangled) == st.GLOBAL_EXPLICIT:
                return name
        if parent.kind == U_FUNCTION or parent.kind == U_LAMBDA:
            return parent.qualname + '.<locals>.' + name
        return parent.qualname + '.' + name

    def leave_unit(self, add_none):
        unit = self.unit
        if not unit.cur.last_is_exit():
            if add_none:
                self.load_const(ConstValue(ast.CONST_NONE))
            self.emit(op.RETURN_VALUE, 0)
        asm = assemble(unit.entry, unit.firstlineno)
        flags = 0
        scope = unit.scope
        if scope.kind == st.FUNCTION_BLOCK:
            flags |= codemod.CO_NEWLOCALS | codemod.CO_OPTIMIZED
            if scope.nested:
                flags |= codemod.CO_NESTED
            if scope.is_generator:
                flags |= codemod.CO_GENERATOR
            flags |= unit.varargs_flags
        if len(unit.freevars) == 0 and len(unit.cellvars) == 0:
            flags |= codemod.CO_NOFREE
        co = CodeObject(unit.name, unit.qualname, self.filename, unit.firstlineno,
                        unit.argcount, unit.posonlyargcount, unit.kwonlyargcount, flags,
                        fixed_ints(asm.code), fixed_consts(unit.consts),
                        fixed_strs(unit.names), fixed_strs(unit.varnames),
                        fixed_strs(unit.cellvars), fixed_strs(unit.freevars),
                        asm.stacksize, fixed_ints(asm.positions))
        self.units.pop()
        if self.units:
            self.unit = self.units[len(self.units) - 1]
        else:
            self.unit = None
        return co

    # ---- emission ----
    def emit(self, opcode, arg):
        u = self.unit
        u.cur.instrs.append(Instr(opcode, arg, None, u.lineno, u.end_lineno, u.col, u.end_col))

    def emit_jump(self, opcode, target):
        u = self.unit
        u.cur.instrs.append(Instr(opcode, 0, target, u.lineno, u.end_lineno, u.col, u.end_col))

    def use_block(self, block):
        self.unit.cur.next = block
        self.unit.cur = block

    def next_block(self):
        b = Block()
        self.use_block(b)
        return b

    def load_const(self, value):
        self.emit(op.LOAD_CONST, self.unit.add_const(value))

    def load_str(self, s):
        self.load_const(ConstValue(ast.CONST_STR, s))

    def load_none(self):
        self.load_const(ConstValue(ast.CONST_NONE))

    def emit_name(self, opcode, name):
        self.emit(opcode, self.unit.add_name(name))

    def emit_build_tuple(self, n):
        """BUILD_TUPLE n, folding n preceding LOAD_CONSTs into one tuple constant
        (as CPython 3.9's peephole optimizer)."""
        instrs = self.unit.cur.instrs
        if n > 0 and len(instrs) >= n:
            start = len(instrs) - n
            ok = True
            for i in range(start, len(instrs)):
                if instrs[i].opcode != op.LOAD_CONST:
                    ok = False
                    break
            if ok:
                items = []
                for i in range(start, len(instrs)):
                    items.append(self.unit.consts[instrs[i].arg])
                assert start >= 0
                del instrs[start:]
                self.load_const(make_container(codemod.CONST_TUPLE, items))
                return
        self.emit(op.BUILD_TUPLE, n)

    # ---- positions ----
    def set_loc(self, node):
        u = self.unit
        u.lineno = node.lineno
        u.end_lineno = node.end_lineno
        u.col = node.col_offset
        u.end_col = node.end_col_offset

    def attr_loc(self, node):
        """CPython 3.11's update_start_location_to_match_attr: an attribute spanning
        lines is located at the line of its attribute name."""
        u = self.unit
        if u.lineno != node.end_lineno:
            u.lineno = node.end_lineno
            n = len(node.attr)
            if n <= node.end_col_offset:
                u.col = node.end_col_offset - n
            else:
                u.col = 0
            if u.end_lineno < u.lineno:
                u.end_lineno = u.lineno
            if u.lineno == u.end_lineno and u.end_col < u.col:
                u.end_col = u.col

    def visit_stmt(self, node):
        u = self.unit
        l1, l2, c1, c2 = u.lineno, u.end_lineno, u.col, u.end_col
        self.set_loc(node)
        node.walkabout(self)
        u.lineno, u.end_lineno, u.col, u.end_col = l1, l2, c1, c2

    def visit_stmts(self, stmts):
        for s in stmts:
            self.visit_stmt(s)

    def visit_expr(self, node):
        u = self.unit
        l1, l2, c1, c2 = u.lineno, u.end_lineno, u.col, u.end_col
        self.set_loc(node)
        c = const_of(node)
        if c is not None:
            self.load_const(c)
        else:
            node.walkabout(self)
        u.lineno, u.end_lineno, u.col, u.end_col = l1, l2, c1, c2

    def visit_exprs(self, nodes):
        for n in nodes:
            self.visit_expr(n)

    # ---- frame blocks ----
    def push_fblock(self, kind, block, exit, stmts, name):
        if len(self.unit.fblocks) >= MAXBLOCKS:
            raise self.error_here('too many statically nested blocks')
        self.unit.fblocks.append(FBlock(kind, block, exit, stmts, name))

    def pop_fblock(self):
        self.unit.fblocks.pop()

    def unwind_fblock(self, fb, preserve_tos):
        k = fb.kind
        if k == FB_WHILE_LOOP:
            return
        if k == FB_FOR_LOOP:
            if preserve_tos:
                self.emit(op.ROT_TWO, 0)
            self.emit(op.POP_TOP, 0)
        elif k == FB_EXCEPT:
            self.emit(op.POP_BLOCK, 0)
        elif k == FB_FINALLY_TRY:
            self.emit(op.POP_BLOCK, 0)
            if preserve_tos:
                self.push_fblock(FB_POP_VALUE, None, None, None, None)
            self.visit_stmts(fb.stmts)
            if preserve_tos:
                self.pop_fblock()
        elif k == FB_FINALLY_END:
            if preserve_tos:
                self.emit(op.ROT_FOUR, 0)
            self.emit(op.POP_TOP, 0)
            self.emit(op.POP_TOP, 0)
            self.emit(op.POP_TOP, 0)
            if preserve_tos:
                self.emit(op.ROT_FOUR, 0)
            self.emit(op.POP_EXCEPT, 0)
        elif k == FB_WITH:
            self.emit(op.POP_BLOCK, 0)
            if preserve_tos:
                self.emit(op.ROT_TWO, 0)
            self.call_exit_with_nones()
            self.emit(op.POP_TOP, 0)
        elif k == FB_HANDLER_CLEANUP:
            if fb.name is not None:
                self.emit(op.POP_BLOCK, 0)
            if preserve_tos:
                self.emit(op.ROT_FOUR, 0)
            self.emit(op.POP_EXCEPT, 0)
            if fb.name is not None:
                self.load_none()
                self.nameop(fb.name, ast.STORE)
                self.nameop(fb.name, ast.DEL)
        elif k == FB_POP_VALUE:
            if preserve_tos:
                self.emit(op.ROT_TWO, 0)
            self.emit(op.POP_TOP, 0)

    def unwind_fblock_stack(self, preserve_tos, stop_at_loop):
        """Emits the unwinding of every frame block (up to the innermost loop when
        stop_at_loop); returns that loop's FBlock or None."""
        fbs = self.unit.fblocks
        if len(fbs) == 0:
            return None
        top = fbs[len(fbs) - 1]
        if stop_at_loop and (top.kind == FB_WHILE_LOOP or top.kind == FB_FOR_LOOP):
            return top
        fbs.pop()
        self.unwind_fblock(top, preserve_tos)
        loop = self.unwind_fblock_stack(preserve_tos, stop_at_loop)
        fbs.append(top)
        return loop

    # ---- names ----
    def fast_slot(self, name):
        """The fast-local slot of `name` in this function, or -1 (a global, a cell, or
        not in a function)."""
        u = self.unit
        mangled = st.mangle(u.private, name)
        if u.scope.get_scope(mangled) == st.LOCAL and u.scope.kind == st.FUNCTION_BLOCK:
            return u.add_varname(mangled)
        return -1

    def nameop(self, name, ctx):
        u = self.unit
        mangled = st.mangle(u.private, name)
        scope = u.scope.get_scope(mangled)
        kind = u.scope.kind
        if scope == st.FREE or scope == st.CELL:
            idx = u.deref_map[mangled]
            if ctx == ast.LOAD:
                if kind == st.CLASS_BLOCK:
                    self.emit(op.LOAD_CLASSDEREF, idx)
                else:
                    self.emit(op.LOAD_DEREF, idx)
            elif ctx == ast.STORE:
                self.emit(op.STORE_DEREF, idx)
            else:
                self.emit(op.DELETE_DEREF, idx)
        elif scope == st.LOCAL and kind == st.FUNCTION_BLOCK:
            idx = u.add_varname(mangled)
            if ctx == ast.LOAD:
                self.emit(op.LOAD_FAST, idx)
            elif ctx == ast.STORE:
                self.emit(op.STORE_FAST, idx)
            else:
                self.emit(op.DELETE_FAST, idx)
        elif scope == st.GLOBAL_EXPLICIT or (scope == st.GLOBAL_IMPLICIT and
                                             kind == st.FUNCTION_BLOCK):
            if ctx == ast.LOAD:
                self.emit_name(op.LOAD_GLOBAL, mangled)
            elif ctx == ast.STORE:
                self.emit_name(op.STORE_GLOBAL, mangled)
            else:
                self.emit_name(op.DELETE_GLOBAL, mangled)
        else:
            if ctx == ast.LOAD:
                self.emit_name(op.LOAD_NAME, mangled)
            elif ctx == ast.STORE:
                self.emit_name(op.STORE_NAME, mangled)
            else:
                self.emit_name(op.DELETE_NAME, mangled)

    # ---- modules ----
    def compile_body(self, body):
        """Module and class bodies: the docstring goes to __doc__; a body with an
        annotated assignment (at any depth of its blocks) starts with SETUP_ANNOTATIONS."""
        if find_annotations(body):
            self.emit(op.SETUP_ANNOTATIONS, 0)
        start = 0
        doc = get_docstring(body)
        if doc is not None:
            first = body[0]
            assert isinstance(first, ast.Expr)
            u = self.unit
            l1, l2, c1, c2 = u.lineno, u.end_lineno, u.col, u.end_col
            self.set_loc(first)
            self.visit_expr(first.value)
            self.nameop('__doc__', ast.STORE)
            u.lineno, u.end_lineno, u.col, u.end_col = l1, l2, c1, c2
            start = 1
        for i in range(start, len(body)):
            self.visit_stmt(body[i])

    def compile_module(self, tree):
        if isinstance(tree, ast.Module):
            self.future_annotations = st.has_future_annotations(tree.body)
            self.enter_unit(tree, U_MODULE, '<module>', 1)
            self.compile_body(tree.body)
            if len(tree.body) > 0:
                self.set_loc(tree.body[len(tree.body) - 1])
            return self.leave_unit(True)
        elif isinstance(tree, ast.Interactive):
            unit = self.enter_unit(tree, U_MODULE, '<module>', 1)
            unit.interactive = True
            if find_annotations(tree.body):
                self.emit(op.SETUP_ANNOTATIONS, 0)
            self.visit_stmts(tree.body)
            if len(tree.body) > 0:
                self.set_loc(tree.body[len(tree.body) - 1])
            return self.leave_unit(True)
        elif isinstance(tree, ast.Expression):
            self.enter_unit(tree, U_MODULE, '<module>', 1)
            self.set_loc(tree.body)
            self.visit_expr(tree.body)
            self.emit(op.RETURN_VALUE, 0)
            return self.leave_unit(True)
        raise CompileError('unsupported tree', self.filename, 0, 0, '')

    # ---- functions ----
    def default_arguments(self, args_node):
        args = astutil.arguments(args_node)
        flags = 0
        if len(args.defaults) > 0:
            self.visit_exprs(args.defaults)
            self.emit_build_tuple(len(args.defaults))
            flags |= op.MAKE_DEFAULTS
        keys = []
        for i in range(len(args.kwonlyargs)):
            default = args.kw_defaults[i]
            if default is not None:
                keys.append(ConstValue(ast.CONST_STR,
                                       st.mangle(self.unit.private,
                                                 astutil.arg(args.kwonlyargs[i]).arg)))
                self.visit_expr(default)
        if len(keys) > 0:
            self.load_const(make_container(codemod.CONST_TUPLE, keys))
            self.emit(op.BUILD_CONST_KEY_MAP, len(keys))
            flags |= op.MAKE_KWDEFAULTS
        return flags

    def annotation_value(self, node):
        """Push an annotation: its value, or its text under the future import."""
        if self.future_annotations:
            self.load_str(unparse(node, self.source))
        else:
            self.visit_expr(node)

    def arg_annotations(self, args, keys):
        for a in args:
            a = astutil.arg(a)
            if a.annotation is not None:
                self.annotation_value(a.annotation)
                keys.append(ConstValue(ast.CONST_STR, st.mangle(self.unit.private, a.arg)))

    def annotations(self, args_node, returns):
        """The dict of a function's annotations, as CPython 3.9 builds it (the
        parameters first, then the positional-only ones, *args, keyword-only ones,
        **kwargs and 'return'); False when there are none (nothing pushed)."""
        args = astutil.arguments(args_node)
        keys = []
        self.arg_annotations(args.args, keys)
        self.arg_annotations(args.posonlyargs, keys)
        vararg = astutil.opt_arg(args.vararg)
        if vararg is not None:
            self.arg_annotations([vararg], keys)
        self.arg_annotations(args.kwonlyargs, keys)
        kwarg = astutil.opt_arg(args.kwarg)
        if kwarg is not None:
            self.arg_annotations([kwarg], keys)
        if returns is not None:
            self.annotation_value(returns)
            keys.append(ConstValue(ast.CONST_STR, 'return'))
        if len(keys) == 0:
            return False
        self.load_const(make_container(codemod.CONST_TUPLE, keys))
        self.emit(op.BUILD_CONST_KEY_MAP, len(keys))
        return True

    def set_args(self, unit, args_node):
        args = astutil.arguments(args_node)
        unit.argcount = len(args.posonlyargs) + len(args.args)
        unit.posonlyargcount = len(args.posonlyargs)
        unit.kwonlyargcount = len(args.kwonlyargs)
        if args.vararg is not None:
            unit.varargs_flags |= codemod.CO_VARARGS
        if args.kwarg is not None:
            unit.varargs_flags |= codemod.CO_VARKEYWORDS

    def make_closure(self, co, flags, qualname):
        if len(co.co_freevars) > 0:
            u = self.unit
            for name in co.co_freevars:
                # the cell or free variable of that name here (a class may have a
                # name both local and free, DEF_FREE_CLASS: the closure takes the
                # free variable; the class's own __class__ cell is cell 0)
                self.emit(op.LOAD_CLOSURE, u.deref_map[name])
            self.emit(op.BUILD_TUPLE, len(co.co_freevars))
            flags |= op.MAKE_CLOSURE
        self.load_const(ConstValue(codemod.CONST_CODE, '', None, co))
        self.load_str(qualname)
        self.emit(op.MAKE_FUNCTION, flags)

    def apply_decorators(self, decorators):
        """One call per decorator, innermost first, each located at its decorator
        (as CPython 3.11)."""
        u = self.unit
        l1, l2, c1, c2 = u.lineno, u.end_lineno, u.col, u.end_col
        i = len(decorators) - 1
        while i >= 0:
            self.set_loc(decorators[i])
            self.emit(op.CALL_FUNCTION, 1)
            i -= 1
        u.lineno, u.end_lineno, u.col, u.end_col = l1, l2, c1, c2

    def visit_FunctionDef(self, node):
        self.visit_exprs(node.decorator_list)
        firstlineno = node.lineno
        if len(node.decorator_list) > 0:
            firstlineno = node.decorator_list[0].lineno
        flags = self.default_arguments(node.args)
        if self.annotations(node.args, node.returns):
            flags |= op.MAKE_ANNOTATIONS
        unit = self.enter_unit(node, U_FUNCTION, node.name, firstlineno)
        self.set_args(unit, node.args)
        doc = get_docstring(node.body)
        if doc is not None:
            unit.add_const(ConstValue(ast.CONST_STR, doc))
            start = 1
        else:
            unit.add_const(ConstValue(ast.CONST_NONE))
            start = 0
        self.set_loc(node)
        for i in range(start, len(node.body)):
            self.visit_stmt(node.body[i])
        if len(node.body) > 0:
            self.set_loc(node.body[len(node.body) - 1])
        qualname = unit.qualname
        co = self.leave_unit(True)
        self.make_closure(co, flags, qualname)
        self.apply_decorators(node.decorator_list)
        self.nameop(node.name, ast.STORE)

    def visit_Lambda(self, node):
        flags = self.default_arguments(node.args)
        unit = self.enter_unit(node, U_LAMBDA, '<lambda>', node.lineno)
        self.set_args(unit, node.args)
        unit.add_const(ConstValue(ast.CONST_NONE))
        self.set_loc(node.body)
        self.visit_expr(node.body)
        self.emit(op.RETURN_VALUE, 0)
        qualname = unit.qualname
        co = self.leave_unit(False)
        self.make_closure(co, flags, qualname)

    def visit_ClassDef(self, node):
        self.visit_exprs(node.decorator_list)
        firstlineno = node.lineno
        if len(node.decorator_list) > 0:
            firstlineno = node.decorator_list[0].lineno
        self.emit(op.LOAD_BUILD_CLASS, 0)
        unit = self.enter_unit(node, U_CLASS, node.name, firstlineno)
        unit.lineno = unit.end_lineno = firstlineno     # as CPython 3.11's prologue
        unit.col = unit.end_col = 0
        self.emit_name(op.LOAD_NAME, '__name__')
        self.emit_name(op.STORE_NAME, '__module__')
        self.load_str(unit.qualname)
        self.emit_name(op.STORE_NAME, '__qualname__')
        self.compile_body(node.body)
        if len(node.body) > 0:
            self.set_loc(node.body[len(node.body) - 1])
        if unit.scope.needs_class_closure:
            self.emit(op.LOAD_CLOSURE, 0)
            self.emit(op.DUP_TOP, 0)
            self.emit_name(op.STORE_NAME, '__classcell__')
        else:
            self.load_none()
        self.emit(op.RETURN_VALUE, 0)
        co = self.leave_unit(True)
        self.make_closure(co, 0, node.name)
        self.load_str(node.name)
        self.call_helper(2, node.bases, node.keywords)
        self.apply_decorators(node.decorator_list)
        self.nameop(node.name, ast.STORE)

    # ---- simple statements ----
    def visit_Return(self, node):
        if self.unit.scope.kind != st.FUNCTION_BLOCK:
            raise self.error("'return' outside function", node)
        value = node.value
        preserve_tos = value is not None and const_of(value) is None
        if value is not None and not preserve_tos and value.lineno == node.lineno:
            # CPython 3.11 is then located at the (constant) value
            self.check_except_star_exit(value, False)
        else:
            self.check_except_star_exit(node, False)
        if preserve_tos:
            self.visit_expr(value)
        self.unwind_fblock_stack(preserve_tos, False)
        if value is None:
            self.load_none()
        elif not preserve_tos:
            self.visit_expr(value)
        self.emit(op.RETURN_VALUE, 0)
        self.next_block()

    def visit_Delete(self, node):
        self.visit_exprs(node.targets)

    def visit_Assign(self, node):
        self.visit_expr(node.value)
        n = len(node.targets)
        for i in range(n):
            if i < n - 1:
                self.emit(op.DUP_TOP, 0)
            self.visit_expr(node.targets[i])

    def visit_AugAssign(self, node):
        # CPython 3.11: the target's loads and stores are located at the target,
        # the operator at the statement
        target = node.target
        u = self.unit
        if isinstance(target, ast.Name):
            self.set_loc(target)
            slot = self.fast_slot(target.id)
            accum = node.op == ast.ADD and slot >= 0
            if accum:       # a str may grow in a builder (minipy/objects/strbuilding.py)
                self.emit(op.LOAD_FAST_ACCUM, slot)
            else:
                self.nameop(target.id, ast.LOAD)
            self.visit_expr(node.value)
            self.set_loc(node)
            self.emit(op.INPLACE_ADD_ACCUM if accum else INPLACE_OPS[node.op], 0)
            self.set_loc(target)
            self.nameop(target.id, ast.STORE)
        elif isinstance(target, ast.Attribute):
            attr = st.mangle(u.private, target.attr)
            self.set_loc(target)
            self.visit_expr(target.value)
            self.emit(op.DUP_TOP, 0)
            self.attr_loc(target)
            self.emit_name(op.LOAD_ATTR, attr)
            self.visit_expr(node.value)
            self.set_loc(node)
            self.emit(INPLACE_OPS[node.op], 0)
            self.emit(op.ROT_TWO, 0)
            self.set_loc(target)
            self.attr_loc(target)
            self.emit_name(op.STORE_ATTR, attr)
        elif isinstance(target, ast.Subscript):
            self.set_loc(target)
            self.visit_expr(target.value)
            self.visit_expr(target.slice)
            self.emit(op.DUP_TOP_TWO, 0)
            self.emit(op.BINARY_SUBSCR, 0)
            self.visit_expr(node.value)
            self.set_loc(node)
            self.emit(INPLACE_OPS[node.op], 0)
            self.emit(op.ROT_THREE, 0)
            self.set_loc(target)
            self.emit(op.STORE_SUBSCR, 0)
        else:
            raise self.error("'%s' is an illegal expression for augmented assignment"
                             % 'expression', target)

    def visit_AnnAssign(self, node):
        """As CPython 3.9: a simple name at module or class level records its annotation
        in __annotations__; other targets' annotations are evaluated there (and dropped);
        inside functions annotations are never evaluated."""
        target = node.target
        kind = self.unit.scope.kind
        at_top = kind == st.MODULE_BLOCK or kind == st.CLASS_BLOCK
        if isinstance(target, ast.Name):
            if node.value is not None:
                self.visit_expr(node.value)
                self.visit_expr(target)
            if node.simple and at_top:
                self.set_loc(node)
                self.annotation_value(node.annotation)
                self.emit_name(op.LOAD_NAME, '__annotations__')
                self.load_str(st.mangle(self.unit.private, target.id))
                self.emit(op.STORE_SUBSCR, 0)
            elif at_top and not self.future_annotations:
                self.visit_expr(node.annotation)
                self.emit(op.POP_TOP, 0)
            return
        if node.value is not None:
            self.visit_expr(node.value)
            self.visit_expr(target)
        elif isinstance(target, ast.Attribute):
            self.visit_expr(target.value)
            self.emit(op.POP_TOP, 0)
        elif isinstance(target, ast.Subscript):
            self.visit_expr(target.value)
            self.emit(op.POP_TOP, 0)
            self.visit_expr(target.slice)
            self.emit(op.POP_TOP, 0)
        if at_top and not self.future_annotations:
            self.visit_expr(node.annotation)
            self.emit(op.POP_TOP, 0)

    def visit_Raise(self, node):
        n = 0
        if node.exc is not None:
            self.visit_expr(node.exc)
            n += 1
            if node.cause is not None:
                self.visit_expr(node.cause)
                n += 1
        self.emit(op.RAISE_VARARGS, n)
        self.next_block()

    def visit_Assert(self, node):
        end = Block()
        self.jump_if(node.test, end, True)
        self.emit(op.LOAD_ASSERTION_ERROR, 0)
        if node.msg is not None:
            self.visit_expr(node.msg)
            self.emit(op.CALL_FUNCTION, 1)
        self.emit(op.RAISE_VARARGS, 1)
        self.use_block(end)

    def visit_Import(self, node):
        for alias_node in node.names:
            alias = astutil.alias(alias_node)
            u = self.unit
            l1, l2, c1, c2 = u.lineno, u.end_lineno, u.col, u.end_col
            self.load_const(ConstValue(ast.CONST_INT, '0'))
            self.load_none()
            self.emit_name(op.IMPORT_NAME, alias.name)
            if alias.asname is not None:
                self.import_as(alias.name, alias.asname)
            else:
                name = alias.name
                dot = name.find('.')
                if dot >= 0:
                    name = name[:dot]
                self.nameop(name, ast.STORE)
            u.lineno, u.end_lineno, u.col, u.end_col = l1, l2, c1, c2

    def import_as(self, name, asname):
        dot = name.find('.')
        if dot >= 0:
            while True:
                pos = dot + 1
                dot = name.find('.', pos)
                if dot < 0:
                    attr = name[pos:]
                else:
                    attr = name[pos:dot]
                self.emit_name(op.IMPORT_FROM, attr)
                if dot < 0:
                    break
                self.emit(op.ROT_TWO, 0)
                self.emit(op.POP_TOP, 0)
            self.nameop(asname, ast.STORE)
            self.emit(op.POP_TOP, 0)
        else:
            self.nameop(asname, ast.STORE)

    def visit_ImportFrom(self, node):
        self.load_const(ConstValue(ast.CONST_INT, str(node.level)))
        items = []
        for alias_node in node.names:
            alias = astutil.alias(alias_node)
            items.append(ConstValue(ast.CONST_STR, alias.name))
        self.load_const(make_container(codemod.CONST_TUPLE, items))
        module = node.module
        if module is None:
            module = ''
        self.emit_name(op.IMPORT_NAME, module)
        for alias_node in node.names:
            alias = astutil.alias(alias_node)
            if alias.name == '*':
                self.emit(op.IMPORT_STAR, 0)
                return
            self.emit_name(op.IMPORT_FROM, alias.name)
            if alias.asname is not None:
                self.nameop(alias.asname, ast.STORE)
            else:
                self.nameop(alias.name, ast.STORE)
        self.emit(op.POP_TOP, 0)

    def visit_Global(self, node):
        pass

    def visit_Nonlocal(self, node):
        pass

    def visit_Pass(self, node):
        pass

    def visit_Expr(self, node):
        if self.unit.interactive:
            self.visit_expr(node.value)
            self.emit(op.PRINT_EXPR, 0)
            return
        if const_of(node.value) is not None:
            return
        self.visit_expr(node.value)
        self.emit(op.POP_TOP, 0)

    def check_except_star_exit(self, node, stop_at_loop):
        """CPython 3.11 refuses break/continue/return that would leave an except* block."""
        fbs = self.unit.fblocks
        for i in range(len(fbs) - 1, -1, -1):
            k = fbs[i].kind
            if stop_at_loop and (k == FB_WHILE_LOOP or k == FB_FOR_LOOP):
                return
            if k == FB_EXCEPT_STAR:
                raise self.error(EXCEPT_STAR_EXIT, node)

    def visit_Break(self, node):
        self.check_except_star_exit(node, True)
        loop = self.unwind_fblock_stack(False, True)
        if loop is None:
            raise self.error("'break' outside loop", node)
        self.unwind_fblock(loop, False)
        self.emit_jump(op.JUMP_ABSOLUTE, loop.exit)
        self.next_block()

    def visit_Continue(self, node):
        self.check_except_star_exit(node, True)
        loop = self.unwind_fblock_stack(False, True)
        if loop is None:
            raise self.error("'continue' not properly in loop", node)
        self.emit_jump(op.JUMP_ABSOLUTE, loop.block)
        self.next_block()

    # ---- compound statements ----
    def visit_If(self, node):
        end = Block()
        if len(node.orelse) > 0:
            nxt = Block()
        else:
            nxt = end
        c = const_of(node.test)
        truth = constant_truth(c)
        if truth == 0:
            # the body is dead: compile it into an unreachable block (errors still
            # reported, as CPython), run the else branch
            saved = self.unit.cur
            self.unit.cur = Block()
            self.visit_stmts(node.body)
            self.unit.cur = saved
            self.visit_stmts(node.orelse)
            return
        if truth == 1:
            self.visit_stmts(node.body)
            if len(node.orelse) > 0:
                saved = self.unit.cur
                self.unit.cur = Block()
                self.visit_stmts(node.orelse)
                self.unit.cur = saved
            return
        self.jump_if(node.test, nxt, False)
        self.visit_stmts(node.body)
        if len(node.orelse) > 0:
            self.emit_jump(op.JUMP_FORWARD, end)
            self.use_block(nxt)
            self.visit_stmts(node.orelse)
        self.use_block(end)

    def visit_While(self, node):
        truth = constant_truth(const_of(node.test))
        if truth == 0:
            saved = self.unit.cur
            self.unit.cur = Block()
            loop = Block()
            self.push_fblock(FB_WHILE_LOOP, loop, Block(), None, None)
            self.visit_stmts(node.body)
            self.pop_fblock()
            self.unit.cur = saved
            self.visit_stmts(node.orelse)
            return
        loop = Block()
        end = Block()
        anchor = Block()
        self.use_block(loop)
        self.push_fblock(FB_WHILE_LOOP, loop, end, None, None)
        if truth != 1:
            self.jump_if(node.test, anchor, False)
        self.visit_stmts(node.body)
        self.emit_jump(op.JUMP_ABSOLUTE, loop)
        self.pop_fblock()
        self.use_block(anchor)
        self.visit_stmts(node.orelse)
        self.use_block(end)

    def visit_For(self, node):
        start = Block()
        cleanup = Block()
        end = Block()
        self.push_fblock(FB_FOR_LOOP, start, end, None, None)
        self.visit_iter(node.iter)
        self.emit(op.GET_ITER, 0)
        self.use_block(start)
        self.emit_jump(op.FOR_ITER, cleanup)
        self.next_block()
        self.visit_expr(node.target)
        self.visit_stmts(node.body)
        self.emit_jump(op.JUMP_ABSOLUTE, start)
        self.use_block(cleanup)
        self.pop_fblock()
        self.visit_stmts(node.orelse)
        self.use_block(end)

    def visit_iter(self, node):
        """An iterable of for/comprehensions: a literal list/set of constants is
        folded to a tuple/frozenset constant, as CPython's AST optimizer does."""
        c = None
        if isinstance(node, ast.List):
            c = const_items(node.elts, codemod.CONST_TUPLE)
        elif isinstance(node, ast.Set):
            c = const_items(node.elts, codemod.CONST_FROZENSET)
        if c is not None or (isinstance(node, ast.List) and not has_starred(node.elts)):
            u = self.unit
            l1, l2, c1, c2 = u.lineno, u.end_lineno, u.col, u.end_col
            self.set_loc(node)
            if c is not None:
                self.load_const(c)
            else:
                assert isinstance(node, ast.List)
                self.starunpack(node.elts, 0, op.BUILD_LIST, op.LIST_APPEND,
                                op.LIST_EXTEND, True)
            u.lineno, u.end_lineno, u.col, u.end_col = l1, l2, c1, c2
        else:
            self.visit_expr(node)

    def visit_Try(self, node):
        if len(node.finalbody) > 0:
            self.try_finally(node)
        else:
            self.try_except(node)

    def visit_TryStar(self, node):
        self.visit_Try(node)

    def except_star_handlers(self, node, end):
        """The handlers of `try: ... except* E:`, entered with the exception info on the
        stack (as for `except`). Stack: [orig, raised list, rest]: each clause's
        CHECK_EG_MATCH takes its part of the rest and runs the body with it as the
        handled exception; what a body raises is appended to the list; at the end
        PREP_RERAISE_STAR raises what is left (unhandled rest, re-raised and new
        exceptions) or falls through to the end of the statement."""
        u = self.unit
        l1, l2, c1, c2 = u.lineno, u.end_lineno, u.col, u.end_col
        self.set_loc(astutil.handler(node.handlers[0]))
        self.emit(op.POP_TOP, 0)            # type
        self.emit(op.ROT_TWO, 0)
        self.emit(op.POP_TOP, 0)            # traceback
        self.emit(op.DUP_TOP, 0)            # orig, exception
        self.emit(op.BUILD_LIST, 0)
        self.emit(op.ROT_TWO, 0)            # orig, list, rest
        for h in node.handlers:
            handler = astutil.handler(h)
            self.set_loc(handler)
            nxt = Block()
            self.visit_expr(handler.type)
            self.emit_jump(op.CHECK_EG_MATCH, nxt)
            self.next_block()
            if handler.name is not None:
                self.nameop(handler.name, ast.STORE)
            else:
                self.emit(op.POP_TOP, 0)
            raised = Block()
            body = Block()
            self.emit_jump(op.SETUP_FINALLY, raised)
            self.use_block(body)
            self.push_fblock(FB_EXCEPT_STAR, body, None, None, None)
            self.visit_stmts(handler.body)
            self.pop_fblock()
            self.set_loc(handler)
            self.emit(op.POP_BLOCK, 0)
            if handler.name is not None:
                self.load_none()
                self.nameop(handler.name, ast.STORE)
                self.nameop(handler.name, ast.DEL)
            self.emit_jump(op.JUMP_FORWARD, nxt)
            # the body raised: [..., rest, exc info before, tb, exception, type]
            self.use_block(raised)
            if handler.name is not None:
                self.load_none()
                self.nameop(handler.name, ast.STORE)
                self.nameop(handler.name, ast.DEL)
            self.emit(op.POP_TOP, 0)
            self.emit(op.LIST_APPEND, 6)
            self.emit(op.POP_TOP, 0)
            self.emit(op.POP_EXCEPT, 0)
            self.use_block(nxt)
        self.emit(op.LIST_APPEND, 1)        # the rest no clause handled
        self.emit(op.PREP_RERAISE_STAR, 0)
        self.emit(op.POP_EXCEPT, 0)
        self.emit_jump(op.JUMP_FORWARD, end)
        u.lineno, u.end_lineno, u.col, u.end_col = l1, l2, c1, c2

    def try_finally(self, node):
        body = Block()
        end = Block()
        exit = Block()
        self.emit_jump(op.SETUP_FINALLY, end)
        self.use_block(body)
        self.push_fblock(FB_FINALLY_TRY, body, end, node.finalbody, None)
        if len(node.handlers) > 0:
            self.try_except(node)
        else:
            self.visit_stmts(node.body)
        self.emit(op.POP_BLOCK, 0)
        self.pop_fblock()
        self.visit_stmts(node.finalbody)
        self.emit_jump(op.JUMP_FORWARD, exit)
        self.use_block(end)
        self.push_fblock(FB_FINALLY_END, end, None, None, None)
        self.visit_stmts(node.finalbody)
        self.pop_fblock()
        self.emit(op.RERAISE, 0)
        self.use_block(exit)

    def try_except(self, node):
        body = Block()
        handler_block = Block()
        orelse = Block()
        end = Block()
        self.emit_jump(op.SETUP_FINALLY, handler_block)
        self.use_block(body)
        self.push_fblock(FB_EXCEPT, body, None, None, None)
        self.visit_stmts(node.body)
        self.emit(op.POP_BLOCK, 0)
        self.pop_fblock()
        self.emit_jump(op.JUMP_FORWARD, orelse)
        n = len(node.handlers)
        self.use_block(handler_block)
        u = self.unit
        if isinstance(node, ast.TryStar):
            self.except_star_handlers(node, end)
            n = 0
        for i in range(n):
            handler = astutil.handler(node.handlers[i])
            if handler.type is None and i < n - 1:
                raise self.error("default 'except:' must be last", handler)
            l1, l2, c1, c2 = u.lineno, u.end_lineno, u.col, u.end_col
            self.set_loc(handler)
            nxt = Block()
            if handler.type is not None:
                self.emit(op.DUP_TOP, 0)
                self.visit_expr(handler.type)
                self.emit_jump(op.JUMP_IF_NOT_EXC_MATCH, nxt)
                self.next_block()
            self.emit(op.POP_TOP, 0)
            if handler.name is not None:
                cleanup_end = Block()
                cleanup_body = Block()
                self.nameop(handler.name, ast.STORE)
                self.emit(op.POP_TOP, 0)
                self.emit_jump(op.SETUP_FINALLY, cleanup_end)
                self.use_block(cleanup_body)
                self.push_fblock(FB_HANDLER_CLEANUP, cleanup_body, None, None, handler.name)
                self.visit_stmts(handler.body)
                self.pop_fblock()
                self.emit(op.POP_BLOCK, 0)
                self.emit(op.POP_EXCEPT, 0)
                self.load_none()
                self.nameop(handler.name, ast.STORE)
                self.nameop(handler.name, ast.DEL)
                self.emit_jump(op.JUMP_FORWARD, end)
                self.use_block(cleanup_end)
                self.load_none()
                self.nameop(handler.name, ast.STORE)
                self.nameop(handler.name, ast.DEL)
                self.emit(op.RERAISE, 0)
            else:
                cleanup_body = Block()
                self.emit(op.POP_TOP, 0)
                self.emit(op.POP_TOP, 0)
                self.use_block(cleanup_body)
                self.push_fblock(FB_HANDLER_CLEANUP, cleanup_body, None, None, None)
                self.visit_stmts(handler.body)
                self.pop_fblock()
                self.emit(op.POP_EXCEPT, 0)
                self.emit_jump(op.JUMP_FORWARD, end)
            self.use_block(nxt)
            u.lineno, u.end_lineno, u.col, u.end_col = l1, l2, c1, c2
        if n > 0:
            self.emit(op.RERAISE, 0)
        self.use_block(orelse)
        self.visit_stmts(node.orelse)
        self.use_block(end)

    def visit_With(self, node):
        self.with_item(node, 0)

    def with_item(self, node, pos):
        item = astutil.withitem(node.items[pos])
        block = Block()
        final = Block()
        exit = Block()
        self.visit_expr(item.context_expr)
        self.emit_jump(op.SETUP_WITH, final)
        self.use_block(block)
        self.push_fblock(FB_WITH, block, final, None, None)
        if item.optional_vars is not None:
            self.visit_expr(item.optional_vars)
        else:
            self.emit(op.POP_TOP, 0)
        if pos + 1 == len(node.items):
            self.visit_stmts(node.body)
        else:
            self.with_item(node, pos + 1)
        self.emit(op.POP_BLOCK, 0)
        self.pop_fblock()
        self.call_exit_with_nones()
        self.emit(op.POP_TOP, 0)
        self.emit_jump(op.JUMP_FORWARD, exit)
        self.use_block(final)
        self.emit(op.WITH_EXCEPT_START, 0)
        ok = Block()
        self.emit_jump(op.POP_JUMP_IF_TRUE, ok)
        self.emit(op.RERAISE, 0)
        self.use_block(ok)
        self.emit(op.POP_TOP, 0)
        self.emit(op.POP_TOP, 0)
        self.emit(op.POP_TOP, 0)
        self.emit(op.POP_EXCEPT, 0)
        self.emit(op.POP_TOP, 0)
        self.use_block(exit)

    def call_exit_with_nones(self):
        self.load_none()
        self.emit(op.DUP_TOP, 0)
        self.emit(op.DUP_TOP, 0)
        self.emit(op.CALL_FUNCTION, 3)

    # ---- match statement (PEP 634) ----
    # As CPython 3.10/3.11's compiler: a pattern consumes the subject on top of the stack;
    # what it captures stays on the stack (under the items it still works on) until the
    # whole pattern has matched, then the names are stored, so a failed pattern binds
    # nothing (a failed guard leaves its pattern's names bound, as in CPython). On a
    # failure, a pattern jumps to fail_pop[n], which pops the n items then on the stack
    # (PatternContext.on_top of its own plus the captures so far).
    def visit_Match(self, node):
        self.visit_expr(node.subject)
        end = Block()
        cases = node.cases
        n = len(cases)
        last = astutil.match_case(cases[n - 1])
        has_default = 0
        if is_wildcard(last.pattern) and n > 1:
            has_default = 1
        pc = PatternContext()
        for i in range(n - has_default):
            m = astutil.match_case(cases[i])
            self.set_loc(m.pattern)
            not_last = i != n - has_default - 1
            if not_last:
                # the next cases need the subject
                self.emit(op.DUP_TOP, 0)
            pc.stores = []
            # irrefutable patterns only when guarded, or last
            pc.allow_irrefutable = m.guard is not None or i == n - 1
            pc.fail_pop = []
            pc.on_top = 0
            self.compile_pattern(m.pattern, pc)
            assert pc.on_top == 0
            for name in pc.stores:
                self.nameop(name, ast.STORE)
            if m.guard is not None:
                self.ensure_fail_pop(pc, 0)
                self.jump_if(m.guard, pc.fail_pop[0], False)
            if not_last:
                self.emit(op.POP_TOP, 0)
            self.visit_stmts(m.body)
            self.emit_jump(op.JUMP_FORWARD, end)
            # the failure paths are located at the pattern, not at the body's end
            self.set_loc(m.pattern)
            self.emit_and_reset_fail_pop(pc)
        if has_default:
            # a last `case _:` takes what is left: no subject to keep or pop
            self.set_loc(last.pattern)
            self.emit(op.NOP, 0)
            if last.guard is not None:
                self.jump_if(last.guard, end, False)
            self.visit_stmts(last.body)
        self.use_block(end)

    def ensure_fail_pop(self, pc, n):
        """fail_pop[n] exists: the block where a failure with n items to pop goes."""
        while len(pc.fail_pop) < n + 1:
            pc.fail_pop.append(Block())

    def jump_to_fail_pop(self, pc, opcode):
        pops = pc.on_top + len(pc.stores)
        self.ensure_fail_pop(pc, pops)
        self.emit_jump(opcode, pc.fail_pop[pops])
        self.next_block()

    def emit_and_reset_fail_pop(self, pc):
        """Lays out the fail_pop blocks: fail_pop[n] pops one item and falls into
        fail_pop[n - 1]; fail_pop[0] is where the next case (or alternative) starts."""
        if len(pc.fail_pop) == 0:
            self.next_block()
            return
        i = len(pc.fail_pop) - 1
        while i > 0:
            self.use_block(pc.fail_pop[i])
            self.emit(op.POP_TOP, 0)
            i -= 1
        self.use_block(pc.fail_pop[0])
        pc.fail_pop = []

    def pattern_rotate(self, count):
        """Moves TOS down under the count - 1 items below it."""
        if count == 2:
            instrs = self.unit.cur.instrs
            if len(instrs) > 0 and instrs[len(instrs) - 1].opcode == op.ROT_TWO:
                instrs.pop()        # two swaps in a row undo each other
            else:
                self.emit(op.ROT_TWO, 0)
        elif count == 3:
            self.emit(op.ROT_THREE, 0)
        elif count == 4:
            self.emit(op.ROT_FOUR, 0)
        elif count > 4:
            self.emit(op.ROT_N, count)

    def pattern_store_name(self, name, pc):
        """A capture: TOS goes under the items the pattern still works on and the
        earlier captures, to be stored once the whole pattern has matched."""
        if name is None:
            self.emit(op.POP_TOP, 0)
            return
        if name == '__debug__':
            raise self.error_here('cannot assign to __debug__')
        if name in pc.stores:
            raise self.error_here("multiple assignments to name '%s' in pattern" % name)
        self.pattern_rotate(pc.on_top + len(pc.stores) + 1)
        pc.stores.append(name)

    def compile_subpattern(self, p, pc):
        """A pattern inside another: irrefutable ones are fine there."""
        allow = pc.allow_irrefutable
        pc.allow_irrefutable = True
        self.compile_pattern(p, pc)
        pc.allow_irrefutable = allow

    def compile_pattern(self, p, pc):
        # located at the pattern, which stays in effect after it (errors included), as
        # in CPython
        self.set_loc(p)
        if isinstance(p, ast.MatchValue):
            self.pattern_value(p, pc)
        elif isinstance(p, ast.MatchSingleton):
            self.load_const(ConstValue(p.value))
            self.emit(op.IS_OP, 0)
            self.jump_to_fail_pop(pc, op.POP_JUMP_IF_FALSE)
        elif isinstance(p, ast.MatchSequence):
            self.pattern_sequence(p, pc)
        elif isinstance(p, ast.MatchMapping):
            self.pattern_mapping(p, pc)
        elif isinstance(p, ast.MatchClass):
            self.pattern_class(p, pc)
        elif isinstance(p, ast.MatchStar):
            self.pattern_store_name(p.name, pc)
        elif isinstance(p, ast.MatchAs):
            self.pattern_as(p, pc)
        elif isinstance(p, ast.MatchOr):
            self.pattern_or(p, pc)
        else:
            raise self.error_here('invalid pattern')

    def pattern_value(self, p, pc):
        if literal_key(p.value) is None and not isinstance(p.value, ast.Attribute):
            raise self.error_here('patterns may only match literals and attribute lookups')
        self.visit_expr(p.value)
        self.emit(op.COMPARE_OP, op.CMP_EQ)
        self.jump_to_fail_pop(pc, op.POP_JUMP_IF_FALSE)

    def pattern_as(self, p, pc):
        if p.pattern is None:
            if not pc.allow_irrefutable:
                if p.name is not None:
                    raise self.error_here("name capture '%s' makes remaining patterns "
                                          "unreachable" % p.name)
                raise self.error_here('wildcard makes remaining patterns unreachable')
            self.pattern_store_name(p.name, pc)
            return
        # a copy of the subject, to store once the sub-pattern matched
        pc.on_top += 1
        self.emit(op.DUP_TOP, 0)
        self.compile_pattern(p.pattern, pc)
        pc.on_top -= 1
        self.pattern_store_name(p.name, pc)

    def pattern_sequence(self, p, pc):
        patterns = p.patterns
        size = len(patterns)
        star = -1
        only_wildcard = True
        star_wildcard = False
        for i in range(size):
            sub = patterns[i]
            if isinstance(sub, ast.MatchStar):
                if star >= 0:
                    raise self.error_here('multiple starred names in sequence pattern')
                star_wildcard = sub.name is None
                only_wildcard = only_wildcard and star_wildcard
                star = i
                continue
            only_wildcard = only_wildcard and is_wildcard(sub)
        # the subject stays on top through the sequence and length checks
        pc.on_top += 1
        self.emit(op.MATCH_SEQUENCE, 0)
        self.jump_to_fail_pop(pc, op.POP_JUMP_IF_FALSE)
        self.emit(op.GET_LEN, 0)
        if star < 0:
            self.load_const(ConstValue(ast.CONST_INT, str(size)))
            self.emit(op.COMPARE_OP, op.CMP_EQ)
        else:
            self.load_const(ConstValue(ast.CONST_INT, str(size - 1)))
            self.emit(op.COMPARE_OP, op.CMP_GE)
        self.jump_to_fail_pop(pc, op.POP_JUMP_IF_FALSE)
        # what comes next consumes the subject
        pc.on_top -= 1
        if only_wildcard:
            self.emit(op.POP_TOP, 0)
        elif star_wildcard:
            self.sequence_subscr(patterns, star, pc)
        else:
            self.sequence_unpack(patterns, star, pc)

    def sequence_unpack(self, patterns, star, pc):
        size = len(patterns)
        if star >= 0:
            if star >= (1 << 8) or size - star - 1 >= (1 << 24):
                raise self.error_here('too many expressions in star-unpacking sequence '
                                      'pattern')
            self.emit(op.UNPACK_EX, star + ((size - star - 1) << 8))
        else:
            self.emit(op.UNPACK_SEQUENCE, size)
        # the items stay on the stack while each is matched in turn
        pc.on_top += size
        for i in range(size):
            pc.on_top -= 1
            self.compile_subpattern(patterns[i], pc)

    def sequence_subscr(self, patterns, star, pc):
        """`[a, *_, b]`: items fetched by index (from the end after the star)."""
        size = len(patterns)
        pc.on_top += 1
        for i in range(size):
            sub = patterns[i]
            if is_wildcard(sub) or i == star:
                continue
            self.emit(op.DUP_TOP, 0)
            if i < star:
                self.load_const(ConstValue(ast.CONST_INT, str(i)))
            else:
                self.emit(op.GET_LEN, 0)
                self.load_const(ConstValue(ast.CONST_INT, str(size - i)))
                self.emit(op.BINARY_SUBTRACT, 0)
            self.emit(op.BINARY_SUBSCR, 0)
            self.compile_subpattern(sub, pc)
        pc.on_top -= 1
        self.emit(op.POP_TOP, 0)

    def pattern_mapping(self, p, pc):
        keys = p.keys
        patterns = p.patterns
        size = len(keys)
        # the subject stays on top through the mapping and length checks
        pc.on_top += 1
        self.emit(op.MATCH_MAPPING, 0)
        self.jump_to_fail_pop(pc, op.POP_JUMP_IF_FALSE)
        if size == 0 and p.rest is None:
            pc.on_top -= 1
            self.emit(op.POP_TOP, 0)
            return
        if size > 0:
            self.emit(op.GET_LEN, 0)
            self.load_const(ConstValue(ast.CONST_INT, str(size)))
            self.emit(op.COMPARE_OP, op.CMP_GE)
            self.jump_to_fail_pop(pc, op.POP_JUMP_IF_FALSE)
        seen = {}
        for key in keys:
            lk = literal_key(key)
            if lk is not None:
                if lk.key in seen:
                    raise self.error_here('mapping pattern checks duplicate key (%s)'
                                          % lk.text)
                seen[lk.key] = None
            elif not isinstance(key, ast.Attribute):
                raise self.error_here('mapping pattern keys may only match literals and '
                                      'attribute lookups')
            self.visit_expr(key)
        self.emit_build_tuple(size)
        # the keys, then the values and a success flag
        self.emit(op.MATCH_KEYS, 0)
        pc.on_top += 2
        self.jump_to_fail_pop(pc, op.POP_JUMP_IF_FALSE)
        # the values, each matched in turn (as CPython 3.11)
        self.emit(op.UNPACK_SEQUENCE, size)
        pc.on_top += size - 1
        for i in range(size):
            pc.on_top -= 1
            self.compile_subpattern(patterns[i], pc)
        # matched: the keys go to `**rest` or away
        pc.on_top -= 1
        if p.rest is not None:
            self.emit(op.COPY_DICT_WITHOUT_KEYS, 0)
            self.pattern_store_name(p.rest, pc)
        else:
            self.emit(op.POP_TOP, 0)
        pc.on_top -= 1
        self.emit(op.POP_TOP, 0)

    def pattern_class(self, p, pc):
        patterns = p.patterns
        attrs = p.kwd_attrs
        kwd_patterns = p.kwd_patterns
        nargs = len(patterns)
        nattrs = len(attrs)
        for i in range(nattrs):
            self.set_loc(kwd_patterns[i])
            if attrs[i] == '__debug__':
                raise self.error_here('cannot assign to __debug__')
            for j in range(i + 1, nattrs):
                if attrs[j] == attrs[i]:
                    self.set_loc(kwd_patterns[j])
                    raise self.error_here('attribute name repeated in class pattern: %s'
                                          % attrs[i])
        if nattrs > 0:
            self.set_loc(p)
        self.visit_expr(p.cls)
        names = []
        for a in attrs:
            names.append(ConstValue(ast.CONST_STR, a))
        self.load_const(make_container(codemod.CONST_TUPLE, names))
        self.emit(op.MATCH_CLASS, nargs)
        # the tuple of attributes (None on a failure), then each attribute in turn
        pc.on_top += 1
        self.jump_to_fail_pop(pc, op.POP_JUMP_IF_FALSE)
        self.emit(op.UNPACK_SEQUENCE, nargs + nattrs)
        pc.on_top += nargs + nattrs - 1
        for i in range(nargs + nattrs):
            pc.on_top -= 1
            if i < nargs:
                sub = patterns[i]
            else:
                sub = kwd_patterns[i - nargs]
            if is_wildcard(sub):
                self.emit(op.POP_TOP, 0)
                continue
            self.compile_subpattern(sub, pc)

    def pattern_or(self, p, pc):
        end = Block()
        size = len(p.patterns)
        # the enclosing pattern's state: each alternative starts afresh
        old_stores = pc.stores
        old_allow = pc.allow_irrefutable
        old_fail_pop = pc.fail_pop
        old_on_top = pc.on_top
        # the names the first alternative binds: the others must bind the same, and
        # their captures are reordered on the stack to its order
        control = None
        for i in range(size):
            alt = p.patterns[i]
            self.set_loc(alt)
            pc.stores = []
            pc.allow_irrefutable = i == size - 1 and old_allow
            pc.fail_pop = []
            pc.on_top = 0
            self.emit(op.DUP_TOP, 0)
            self.compile_pattern(alt, pc)
            nstores = len(pc.stores)
            if control is None:
                control = pc.stores
            elif nstores != len(control):
                raise self.error_here('alternative patterns bind different names')
            elif nstores > 0:
                icontrol = nstores
                while icontrol > 0:
                    icontrol -= 1
                    name = control[icontrol]
                    istores = index_of(pc.stores, name)
                    if istores < 0:
                        raise self.error_here('alternative patterns bind different names')
                    if icontrol != istores:
                        # move the captures to the control's order, names and stack
                        assert istores < icontrol
                        rotations = istores + 1
                        stores = pc.stores
                        rotated = stores[:rotations]
                        rest = stores[rotations:]
                        at = icontrol - istores
                        assert at >= 0
                        pc.stores = rest[:at] + rotated + rest[at:]
                        for k in range(rotations):
                            self.pattern_rotate(icontrol + 1)
            self.emit_jump(op.JUMP_FORWARD, end)
            self.next_block()
            self.emit_and_reset_fail_pop(pc)
        pc.stores = old_stores
        pc.allow_irrefutable = old_allow
        pc.fail_pop = old_fail_pop
        pc.on_top = old_on_top
        # no alternative matched: drop the subject and fail
        self.emit(op.POP_TOP, 0)
        self.jump_to_fail_pop(pc, op.JUMP_FORWARD)
        self.use_block(end)
        assert control is not None
        nstores = len(control)
        # the captures go under the subject, what the enclosing pattern keeps on the
        # stack and its own captures
        nrots = nstores + 1 + pc.on_top + len(pc.stores)
        for i in range(nstores):
            self.pattern_rotate(nrots)
            name = control[i]
            if name in pc.stores:
                raise self.error_here("multiple assignments to name '%s' in pattern"
                                      % name)
            pc.stores.append(name)
        # drop the copy of the subject
        self.emit(op.POP_TOP, 0)

    # ---- conditional jumps ----
    def jump_if(self, e, target, cond):
        """Jumps to `target` when the truth of `e` equals `cond` (compile.c's
        compiler_jump_if). Locations as CPython 3.11: the jumps of `not`/`and`/`or`
        tests stay at the enclosing statement; a comparison sets the location to
        itself, which stays in effect after it."""
        self.jump_if_inner(e, target, cond)

    def jump_if_inner(self, e, target, cond):
        if isinstance(e, ast.UnaryOp) and e.op == ast.NOT:
            self.jump_if(e.operand, target, not cond)
            return
        if isinstance(e, ast.BoolOp):
            cond2 = e.op == ast.OR
            next2 = target
            if cond2 != cond:
                next2 = Block()
            n = len(e.values)
            for i in range(n - 1):
                self.jump_if(e.values[i], next2, cond2)
            self.jump_if(e.values[n - 1], target, cond)
            if next2 is not target:
                self.use_block(next2)
            return
        if isinstance(e, ast.IfExp):
            end = Block()
            next2 = Block()
            self.jump_if(e.test, next2, False)
            self.jump_if(e.body, target, cond)
            self.emit_jump(op.JUMP_FORWARD, end)
            self.use_block(next2)
            self.jump_if(e.orelse, target, cond)
            self.use_block(end)
            return
        if isinstance(e, ast.Compare):
            self.set_loc(e)
        if isinstance(e, ast.Compare) and len(e.ops) > 1:
            n = len(e.ops)
            cleanup = Block()
            self.visit_expr(e.left)
            for i in range(n - 1):
                self.visit_expr(e.comparators[i])
                self.emit(op.DUP_TOP, 0)
                self.emit(op.ROT_THREE, 0)
                self.emit_compare(e.ops[i])
                self.emit_jump(op.POP_JUMP_IF_FALSE, cleanup)
                self.next_block()
            self.visit_compare_last(e)
            if cond:
                self.emit_jump(op.POP_JUMP_IF_TRUE, target)
            else:
                self.emit_jump(op.POP_JUMP_IF_FALSE, target)
            end = Block()
            self.emit_jump(op.JUMP_FORWARD, end)
            self.use_block(cleanup)
            self.emit(op.POP_TOP, 0)
            if not cond:
                self.emit_jump(op.JUMP_FORWARD, target)
            self.use_block(end)
            return
        self.visit_expr(e)
        if cond:
            self.emit_jump(op.POP_JUMP_IF_TRUE, target)
        else:
            self.emit_jump(op.POP_JUMP_IF_FALSE, target)

    # ---- expressions ----
    def visit_BoolOp(self, node):
        end = Block()
        if node.op == ast.AND:
            jump = op.JUMP_IF_FALSE_OR_POP
        else:
            jump = op.JUMP_IF_TRUE_OR_POP
        n = len(node.values)
        for i in range(n - 1):
            self.visit_expr(node.values[i])
            self.emit_jump(jump, end)
            self.next_block()
        self.visit_expr(node.values[n - 1])
        self.use_block(end)

    def visit_NamedExpr(self, node):
        self.visit_expr(node.value)
        self.emit(op.DUP_TOP, 0)
        self.visit_expr(node.target)

    def visit_BinOp(self, node):
        self.visit_expr(node.left)
        self.visit_expr(node.right)
        self.emit(BINARY_OPS[node.op], 0)

    def visit_UnaryOp(self, node):
        self.visit_expr(node.operand)
        self.emit(UNARY_OPS[node.op], 0)

    def visit_IfExp(self, node):
        end = Block()
        nxt = Block()
        self.jump_if(node.test, nxt, False)
        self.visit_expr(node.body)
        self.emit_jump(op.JUMP_FORWARD, end)
        self.use_block(nxt)
        self.visit_expr(node.orelse)
        self.use_block(end)

    def visit_Dict(self, node):
        n = len(node.values)
        elements = 0
        have_dict = False
        for i in range(n):
            if node.keys[i] is None:
                if elements > 0:
                    self.subdict(node, i - elements, i)
                    if have_dict:
                        self.emit(op.DICT_UPDATE, 1)
                    have_dict = True
                    elements = 0
                if not have_dict:
                    self.emit(op.BUILD_MAP, 0)
                    have_dict = True
                self.visit_expr(node.values[i])
                self.emit(op.DICT_UPDATE, 1)
            else:
                elements += 1
        if elements > 0:
            self.subdict(node, n - elements, n)
            if have_dict:
                self.emit(op.DICT_UPDATE, 1)
            have_dict = True
        if not have_dict:
            self.emit(op.BUILD_MAP, 0)

    def subdict(self, node, begin, end):
        n = end - begin
        keys = []
        if n > 1:
            for i in range(begin, end):
                k = node.keys[i]
                assert k is not None
                c = const_of(k)
                if c is None:
                    keys = None
                    break
                keys.append(c)
        else:
            keys = None
        if keys is not None:
            for i in range(begin, end):
                self.visit_expr(node.values[i])
            self.load_const(make_container(codemod.CONST_TUPLE, keys))
            self.emit(op.BUILD_CONST_KEY_MAP, n)
        else:
            for i in range(begin, end):
                k = node.keys[i]
                assert k is not None
                self.visit_expr(k)
                self.visit_expr(node.values[i])
            self.emit(op.BUILD_MAP, n)

    def starunpack(self, elts, pushed, build, add, extend, tuple):
        n = len(elts)
        if n > 2:
            kind = codemod.CONST_TUPLE
            if build == op.BUILD_SET:
                kind = codemod.CONST_FROZENSET
            folded = const_items(elts, kind)
            if folded is not None:
                self.emit(build, pushed)
                self.load_const(folded)
                self.emit(extend, 1)
                if tuple:
                    self.emit(op.LIST_TO_TUPLE, 0)
                return
        seen_star = False
        for elt in elts:
            if isinstance(elt, ast.Starred):
                seen_star = True
        if not seen_star:
            self.visit_exprs(elts)
            if tuple:
                self.emit_build_tuple(n + pushed)
            else:
                self.emit(build, n + pushed)
            return
        built = False
        for i in range(n):
            elt = elts[i]
            if isinstance(elt, ast.Starred):
                if not built:
                    self.emit(build, i + pushed)
                    built = True
                self.visit_expr(elt.value)
                self.emit(extend, 1)
            else:
                self.visit_expr(elt)
                if built:
                    self.emit(add, 1)
        if tuple:
            self.emit(op.LIST_TO_TUPLE, 0)

    def visit_Set(self, node):
        self.starunpack(node.elts, 0, op.BUILD_SET, op.SET_ADD, op.SET_UPDATE, False)

    def visit_List(self, node):
        if node.ctx == ast.LOAD:
            self.starunpack(node.elts, 0, op.BUILD_LIST, op.LIST_APPEND, op.LIST_EXTEND,
                            False)
        elif node.ctx == ast.STORE:
            self.assignment_helper(node, node.elts)
        else:
            self.visit_exprs(node.elts)

    def visit_Tuple(self, node):
        if node.ctx == ast.LOAD:
            self.starunpack(node.elts, 0, op.BUILD_LIST, op.LIST_APPEND, op.LIST_EXTEND,
                            True)
        elif node.ctx == ast.STORE:
            self.assignment_helper(node, node.elts)
        else:
            self.visit_exprs(node.elts)

    def assignment_helper(self, node, elts):
        n = len(elts)
        seen_star = False
        for i in range(n):
            elt = elts[i]
            if isinstance(elt, ast.Starred) and not seen_star:
                if i >= (1 << 8) or n - i - 1 >= (1 << 24):
                    raise self.error('too many expressions in star-unpacking assignment',
                                     node)
                self.emit(op.UNPACK_EX, i + ((n - i - 1) << 8))
                seen_star = True
            elif isinstance(elt, ast.Starred):
                raise self.error('multiple starred expressions in assignment', node)
        if not seen_star:
            self.emit_unpack_sequence(n)
        for elt in elts:
            if isinstance(elt, ast.Starred):
                self.visit_expr(elt.value)
            else:
                self.visit_expr(elt)

    def emit_unpack_sequence(self, n):
        """UNPACK_SEQUENCE n; right after BUILD_TUPLE/BUILD_LIST n (n <= 3) it becomes
        stack rotations, as CPython 3.9's peephole optimizer does."""
        instrs = self.unit.cur.instrs
        if 1 <= n <= 3 and len(instrs) > 0:
            last = instrs[len(instrs) - 1]
            if (last.opcode == op.BUILD_TUPLE or last.opcode == op.BUILD_LIST) and last.arg == n:
                instrs.pop()
                if n == 2:
                    self.emit(op.ROT_TWO, 0)
                elif n == 3:
                    self.emit(op.ROT_THREE, 0)
                    self.emit(op.ROT_TWO, 0)
                return
        self.emit(op.UNPACK_SEQUENCE, n)

    def visit_Starred(self, node):
        if node.ctx == ast.STORE:
            raise self.error('starred assignment target must be in a list or tuple', node)
        raise self.error("can't use starred expression here", node)

    # comprehensions
    def comprehension(self, node, name, generators, elt, value, kind):
        unit = self.enter_unit(node, U_COMPREHENSION, name, node.lineno)
        unit.argcount = 1
        self.set_loc(node)
        if kind == 'list':
            self.emit(op.BUILD_LIST, 0)
        elif kind == 'set':
            self.emit(op.BUILD_SET, 0)
        elif kind == 'dict':
            self.emit(op.BUILD_MAP, 0)
        self.comprehension_generator(generators, 0, elt, value, kind)
        if kind != 'gen':
            self.emit(op.RETURN_VALUE, 0)
        qualname = unit.qualname
        co = self.leave_unit(True)
        self.make_closure(co, 0, qualname)
        self.visit_iter(astutil.comprehension(generators[0]).iter)
        self.emit(op.GET_ITER, 0)
        self.emit(op.CALL_FUNCTION, 1)

    def comprehension_generator(self, generators, index, elt, value, kind):
        start = Block()
        if_cleanup = Block()
        anchor = Block()
        gen = astutil.comprehension(generators[index])
        if index == 0:
            self.emit(op.LOAD_FAST, 0)
        else:
            self.visit_iter(gen.iter)
            self.emit(op.GET_ITER, 0)
        self.use_block(start)
        self.emit_jump(op.FOR_ITER, anchor)
        self.next_block()
        self.visit_expr(gen.target)
        for cond in gen.ifs:
            self.jump_if(cond, if_cleanup, False)
        index += 1
        if index < len(generators):
            self.comprehension_generator(generators, index, elt, value, kind)
        else:
            if kind == 'gen':
                self.visit_expr(elt)
                self.emit(op.YIELD_VALUE, 0)
                self.emit(op.POP_TOP, 0)
            elif kind == 'list':
                self.visit_expr(elt)
                self.emit(op.LIST_APPEND, index + 1)
            elif kind == 'set':
                self.visit_expr(elt)
                self.emit(op.SET_ADD, index + 1)
            else:
                assert value is not None
                self.visit_expr(elt)
                self.visit_expr(value)
                self.emit(op.MAP_ADD, index + 1)
        self.use_block(if_cleanup)
        self.emit_jump(op.JUMP_ABSOLUTE, start)
        self.use_block(anchor)

    def visit_ListComp(self, node):
        self.comprehension(node, '<listcomp>', node.generators, node.elt, None, 'list')

    def visit_SetComp(self, node):
        self.comprehension(node, '<setcomp>', node.generators, node.elt, None, 'set')

    def visit_DictComp(self, node):
        self.comprehension(node, '<dictcomp>', node.generators, node.key, node.value,
                           'dict')

    def visit_GeneratorExp(self, node):
        self.comprehension(node, '<genexpr>', node.generators, node.elt, None, 'gen')

    def check_in_function(self, node):
        if self.unit.scope.kind != st.FUNCTION_BLOCK:
            raise self.error("'yield' outside function", node)

    def visit_Yield(self, node):
        self.check_in_function(node)
        if node.value is not None:
            self.visit_expr(node.value)
        else:
            self.load_none()
        self.emit(op.YIELD_VALUE, 0)

    def visit_YieldFrom(self, node):
        self.check_in_function(node)
        self.visit_expr(node.value)
        self.emit(op.GET_YIELD_FROM_ITER, 0)
        self.load_none()
        self.emit(op.YIELD_FROM, 0)

    def emit_compare(self, cmpop):
        if cmpop == ast.IS:
            self.emit(op.IS_OP, 0)
        elif cmpop == ast.ISNOT:
            self.emit(op.IS_OP, 1)
        elif cmpop == ast.IN:
            self.emit(op.CONTAINS_OP, 0)
        elif cmpop == ast.NOTIN:
            self.emit(op.CONTAINS_OP, 1)
        else:
            self.emit(op.COMPARE_OP, CMP_ARGS[cmpop])

    def visit_compare_last(self, node):
        """The last comparator; for `in`/`not in` a literal list/set of constants
        becomes a tuple/frozenset constant."""
        n = len(node.ops)
        last = node.comparators[n - 1]
        if node.ops[n - 1] == ast.IN or node.ops[n - 1] == ast.NOTIN:
            self.visit_iter(last)
        else:
            self.visit_expr(last)
        self.emit_compare(node.ops[n - 1])

    def visit_Compare(self, node):
        self.visit_expr(node.left)
        n = len(node.ops)
        if n == 1:
            self.visit_compare_last(node)
            return
        cleanup = Block()
        for i in range(n - 1):
            self.visit_expr(node.comparators[i])
            self.emit(op.DUP_TOP, 0)
            self.emit(op.ROT_THREE, 0)
            self.emit_compare(node.ops[i])
            self.emit_jump(op.JUMP_IF_FALSE_OR_POP, cleanup)
            self.next_block()
        self.visit_compare_last(node)
        end = Block()
        self.emit_jump(op.JUMP_FORWARD, end)
        self.use_block(cleanup)
        self.emit(op.ROT_TWO, 0)
        self.emit(op.POP_TOP, 0)
        self.use_block(end)

    def visit_Call(self, node):
        func = node.func
        if (isinstance(func, ast.Attribute) and func.ctx == ast.LOAD and
                len(node.keywords) == 0 and not has_starred(node.args)):
            u = self.unit
            self.visit_expr(func.value)
            l1, l2, c1, c2 = u.lineno, u.end_lineno, u.col, u.end_col
            self.set_loc(func)
            self.attr_loc(func)
            self.emit_name(op.LOAD_METHOD, st.mangle(u.private, func.attr))
            u.lineno, u.end_lineno, u.col, u.end_col = l1, l2, c1, c2
            self.visit_exprs(node.args)
            self.attr_loc(func)
            self.emit(op.CALL_METHOD, len(node.args))
            return
        self.visit_expr(func)
        self.call_helper(0, node.args, node.keywords)

    def call_helper(self, n, args, keyword_nodes):
        keywords = [astutil.keyword(k) for k in keyword_nodes]
        self.validate_keywords(keywords)
        nelts = len(args)
        nkw = len(keywords)
        ex_call = has_starred(args)
        for kw in keywords:
            if kw.arg is None:
                ex_call = True
        if not ex_call:
            self.visit_exprs(args)
            if nkw > 0:
                names = []
                for kw in keywords:
                    self.visit_expr(kw.value)
                    names.append(ConstValue(ast.CONST_STR, kw.arg))
                self.load_const(make_container(codemod.CONST_TUPLE, names))
                self.emit(op.CALL_FUNCTION_KW, n + nelts + nkw)
            else:
                self.emit(op.CALL_FUNCTION, n + nelts)
            return
        first = None
        if nelts == 1:
            first = args[0]
        if n == 0 and isinstance(first, ast.Starred):
            self.visit_expr(first.value)
        else:
            self.starunpack(args, n, op.BUILD_LIST, op.LIST_APPEND, op.LIST_EXTEND, True)
        if nkw > 0:
            have_dict = False
            nseen = 0
            for i in range(nkw):
                kw = keywords[i]
                if kw.arg is None:
                    if nseen > 0:
                        self.subkwargs(keywords, i - nseen, i)
                        if have_dict:
                            self.emit(op.DICT_MERGE, 1)
                        have_dict = True
                        nseen = 0
                    if not have_dict:
                        self.emit(op.BUILD_MAP, 0)
                        have_dict = True
                    self.visit_expr(kw.value)
                    self.emit(op.DICT_MERGE, 1)
                else:
                    nseen += 1
            if nseen > 0:
                self.subkwargs(keywords, nkw - nseen, nkw)
                if have_dict:
                    self.emit(op.DICT_MERGE, 1)
            self.emit(op.CALL_FUNCTION_EX, 1)
        else:
            self.emit(op.CALL_FUNCTION_EX, 0)

    def validate_keywords(self, keywords):
        n = len(keywords)
        for i in range(n):
            name = keywords[i].arg
            if name is None:
                continue
            for j in range(i + 1, n):
                if keywords[j].arg == name:
                    raise self.error('keyword argument repeated: %s' % name, keywords[j])

    def subkwargs(self, keywords, begin, end):
        n = end - begin
        if n > 1:
            names = []
            for i in range(begin, end):
                self.visit_expr(keywords[i].value)
                names.append(ConstValue(ast.CONST_STR, keywords[i].arg))
            self.load_const(make_container(codemod.CONST_TUPLE, names))
            self.emit(op.BUILD_CONST_KEY_MAP, n)
        else:
            for i in range(begin, end):
                self.load_str(keywords[i].arg)
                self.visit_expr(keywords[i].value)
            self.emit(op.BUILD_MAP, n)

    def visit_FormattedValue(self, node):
        self.visit_expr(node.value)
        conv = node.conversion
        arg = op.FVC_NONE
        if conv == ord('s'):
            arg = op.FVC_STR
        elif conv == ord('r'):
            arg = op.FVC_REPR
        elif conv == ord('a'):
            arg = op.FVC_ASCII
        if node.format_spec is not None:
            self.visit_expr(node.format_spec)
            arg |= op.FVS_HAVE_SPEC
        self.emit(op.FORMAT_VALUE, arg)

    def visit_JoinedStr(self, node):
        self.visit_exprs(node.values)
        if len(node.values) != 1:
            self.emit(op.BUILD_STRING, len(node.values))

    def visit_Constant(self, node):
        self.load_const(ConstValue(node.kind, node.value))

    def visit_Attribute(self, node):
        self.visit_expr(node.value)
        self.attr_loc(node)
        name = st.mangle(self.unit.private, node.attr)
        if node.ctx == ast.LOAD:
            self.emit_name(op.LOAD_ATTR, name)
        elif node.ctx == ast.STORE:
            self.emit_name(op.STORE_ATTR, name)
        else:
            self.emit_name(op.DELETE_ATTR, name)

    def visit_Subscript(self, node):
        self.visit_expr(node.value)
        self.visit_expr(node.slice)
        if node.ctx == ast.LOAD:
            self.emit(op.BINARY_SUBSCR, 0)
        elif node.ctx == ast.STORE:
            self.emit(op.STORE_SUBSCR, 0)
        else:
            self.emit(op.DELETE_SUBSCR, 0)

    def visit_Slice(self, node):
        n = 2
        if node.lower is not None:
            self.visit_expr(node.lower)
        else:
            self.load_none()
        if node.upper is not None:
            self.visit_expr(node.upper)
        else:
            self.load_none()
        if node.step is not None:
            self.visit_expr(node.step)
            n = 3
        self.emit(op.BUILD_SLICE, n)

    def visit_Name(self, node):
        self.nameop(node.id, node.ctx)


class PatternContext(object):
    """The state of the pattern being compiled (CPython's pattern_context)."""

    def __init__(self):
        self.stores = []            # captured names, their values on the stack
        self.allow_irrefutable = False
        self.fail_pop = []          # Blocks: fail_pop[n] pops n items, then fails
        self.on_top = 0             # items above the captures the pattern works on


def is_wildcard(p):
    return isinstance(p, ast.MatchAs) and p.pattern is None and p.name is None


def index_of(names, name):
    for i in range(len(names)):
        if names[i] == name:
            return i
    return -1


class LiteralKey(object):
    """A literal of a pattern: `key` is equal for equal values (1, 1.0, True and 1+0j
    are one key, as in a set), `text` is its repr."""

    def __init__(self, key, text):
        self.key = key
        self.text = text


def literal_key(e):
    """LiteralKey of a literal pattern's expression (a constant, a negated number, a
    complex `real +/- imag`), or None for anything else."""
    if isinstance(e, ast.Constant):
        k = e.kind
        if k == ast.CONST_INT:
            return LiteralKey('n' + e.value, e.value)
        if k == ast.CONST_FLOAT:
            return number_key(string_to_float(e.value), 0.0)
        if k == ast.CONST_COMPLEX:
            return number_key(0.0, string_to_float(e.value))
        if k == ast.CONST_STR:
            return LiteralKey('s' + e.value, repr_str(e.value, False))
        if k == ast.CONST_BYTES:
            return LiteralKey('b' + e.value, repr_str(e.value, True))
        if k == ast.CONST_TRUE:
            return LiteralKey('n1', 'True')
        if k == ast.CONST_FALSE:
            return LiteralKey('n0', 'False')
        if k == ast.CONST_NONE:
            return LiteralKey('None', 'None')
        return None
    if isinstance(e, ast.UnaryOp) and e.op == ast.USUB:
        inner = e.operand
        if not isinstance(inner, ast.Constant):
            return None
        if inner.kind == ast.CONST_INT:
            if literal_key(inner).key == 'n0':
                return LiteralKey('n0', '0')
            return LiteralKey('n-' + inner.value, '-' + inner.value)
        if inner.kind == ast.CONST_FLOAT:
            return number_key(-string_to_float(inner.value), 0.0)
        if inner.kind == ast.CONST_COMPLEX:
            return number_key(-0.0, -string_to_float(inner.value))
        return None
    if isinstance(e, ast.BinOp) and (e.op == ast.ADD or e.op == ast.SUB):
        left = literal_key(e.left)
        right = e.right
        if left is None or not isinstance(right, ast.Constant) or \
                right.kind != ast.CONST_COMPLEX:
            return None
        real = literal_real(e.left)
        imag = string_to_float(right.value)
        if e.op == ast.SUB:
            imag = -imag
        return number_key(real, imag)
    return None


def literal_real(e):
    """The value of a real number literal (maybe negated) as a float."""
    neg = False
    if isinstance(e, ast.UnaryOp):
        neg = True
        e = e.operand
    assert isinstance(e, ast.Constant)
    x = string_to_float(e.value)
    if neg:
        return -x
    return x


def number_key(real, imag):
    """LiteralKey of the number real + imag*j (a float or complex literal's value)."""
    if imag != 0.0:
        text = '(' + formatd(real, 'r', 0) + ('+' if imag >= 0.0 else '') + \
            formatd(imag, 'r', 0) + 'j)'
        if real == 0.0:
            text = formatd(imag, 'r', 0) + 'j'
        return LiteralKey('c' + formatd(real, 'r', 0) + ',' + formatd(imag, 'r', 0), text)
    text = formatd(real, 'r', 0, DTSF_ADD_DOT_0)
    if real == math.floor(real) and not math.isinf(real):
        return LiteralKey('n' + rbigint.fromfloat(real).str(), text)
    return LiteralKey('f' + formatd(real, 'r', 0), text)


def find_annotations(stmts):
    """Whether a body has an annotated assignment, in it or in its compound
    statements' blocks (not in nested functions or classes), as CPython's find_ann."""
    for stmt in stmts:
        if isinstance(stmt, ast.AnnAssign):
            return True
        if isinstance(stmt, ast.For):
            if find_annotations(stmt.body) or find_annotations(stmt.orelse):
                return True
        elif isinstance(stmt, ast.While):
            if find_annotations(stmt.body) or find_annotations(stmt.orelse):
                return True
        elif isinstance(stmt, ast.If):
            if find_annotations(stmt.body) or find_annotations(stmt.orelse):
                return True
        elif isinstance(stmt, ast.With):
            if find_annotations(stmt.body):
                return True
        elif isinstance(stmt, ast.Try):
            if find_annotations(stmt.body) or find_annotations(stmt.orelse) or \
                    find_annotations(stmt.finalbody):
                return True
            for h in stmt.handlers:
                if find_annotations(astutil.handler(h).body):
                    return True
        elif isinstance(stmt, ast.Match):
            for c in stmt.cases:
                if find_annotations(astutil.match_case(c).body):
                    return True
    return False


def has_starred(args):
    for a in args:
        if isinstance(a, ast.Starred):
            return True
    return False


def const_items(elts, kind):
    """A tuple/frozenset ConstValue of `elts` when all are constants, else None."""
    items = []
    for elt in elts:
        c = const_of(elt)
        if c is None:
            return None
        items.append(c)
    return make_container(kind, items)


def constant_truth(c):
    """1/0 for a constant's truth value, -1 when not a constant (or not decided)."""
    if c is None:
        return -1
    kind = c.kind
    if kind == ast.CONST_TRUE or kind == ast.CONST_ELLIPSIS:
        return 1
    if kind == ast.CONST_FALSE or kind == ast.CONST_NONE:
        return 0
    if kind == ast.CONST_INT:
        for ch in c.value:
            if ch != '0' and ch != '-':
                return 1
        return 0
    if kind == ast.CONST_STR or kind == ast.CONST_BYTES:
        if len(c.value) > 0:
            return 1
        return 0
    if kind == codemod.CONST_TUPLE:
        if len(c.items) > 0:
            return 1
        return 0
    return -1


def compile_ast(tree, source, filename, mode):
    """AST (Module / Expression / Interactive, as `mode` says) -> CodeObject."""
    table = st.build_symtable(tree, filename, source)
    gen = CodeGenerator(filename, source, table)
    return gen.compile_module(tree)
