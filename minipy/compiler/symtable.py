"""Scope analysis: which names of each function, class, module, lambda and
comprehension are local, global (explicit or implicit), free or cell.

Pass 1 (SymtableBuilder) walks the AST and records, per scope, flags for every name
(bound, used, parameter, global/nonlocal declaration, ...), with CPython 3.11's
compile-time errors about declarations. Pass 2 (analyze) resolves every name to a
scope the way CPython's symtable does: names bound in an enclosing *function* are
free here and cells there; class bodies do not form a closure scope for nested
functions, but a free name of a method that the class body also binds is marked
DEF_FREE_CLASS (the class keeps a free variable for it and reads it with
LOAD_CLASSDEREF / LOAD_NAME); `super` or `__class__` in a method gives the class an
implicit `__class__` cell.
"""
from minipy.compiler import ast
from minipy.compiler import astutil
from minipy.compiler.srcerror import error_at_node, error_at

# name flags (pass 1)
DEF_GLOBAL = 1
DEF_LOCAL = 2
DEF_PARAM = 4
DEF_NONLOCAL = 8
USE = 16
DEF_FREE_CLASS = 64
DEF_IMPORT = 128
DEF_ANNOT = 256
DEF_COMP_ITER = 512
DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT

# resolved scopes (pass 2)
LOCAL = 1
GLOBAL_EXPLICIT = 2
GLOBAL_IMPLICIT = 3
FREE = 4
CELL = 5

# kinds of scope
MODULE_BLOCK = 0
FUNCTION_BLOCK = 1
CLASS_BLOCK = 2

COMP_NONE = ''


class Scope(object):
    """One symbol table entry: a module, class body, function, lambda or comprehension."""

    def __init__(self, name, kind, node, parent):
        self.name = name
        self.kind = kind
        self.node = node
        self.parent = parent
        self.symbols = {}          # name -> flags
        self.scopes = {}           # name -> LOCAL/GLOBAL_*/FREE/CELL (after analysis)
        self.order = []            # names in order of first appearance
        self.varnames = []         # parameters, in order
        self.children = []
        self.directives = {}       # name -> first Global/Nonlocal node declaring it
        self.is_generator = False
        self.is_comprehension = False
        self.comp_kind = COMP_NONE  # 'list comprehension', 'generator expression', ...
        self.is_lambda = False
        self.nested = parent is not None and (parent.kind == FUNCTION_BLOCK or parent.nested)
        self.needs_class_closure = False
        self.comp_iter_expr = 0    # > 0 while visiting a comprehension's iterable

    def lookup(self, name):
        return self.symbols.get(name, 0)

    def add_flags(self, name, flags):
        if name in self.symbols:
            self.symbols[name] = self.symbols[name] | flags
        else:
            self.symbols[name] = flags
            self.order.append(name)

    def get_scope(self, name):
        """Resolved scope of `name` (0 when the name does not occur here)."""
        return self.scopes.get(name, 0)

    def sorted_names(self, scope, extra_flag):
        """Names with the given resolved scope (or having extra_flag), sorted."""
        result = []
        for name in self.order:
            if self.scopes.get(name, 0) == scope or (self.symbols[name] & extra_flag):
                result.append(name)
        sort_strings(result)
        return result


def sort_strings(lst):
    """In-place insertion sort of a (short) list of strings."""
    for i in range(1, len(lst)):
        item = lst[i]
        j = i - 1
        while j >= 0 and lst[j] > item:
            lst[j + 1] = lst[j]
            j -= 1
        lst[j + 1] = item


def mangle(private, name):
    """CPython's private name mangling: __spam in class _Ham -> _Ham__spam."""
    if private is None or not name.startswith('__'):
        return name
    if name.endswith('__') or '.' in name:
        return name
    i = 0
    while i < len(private) and private[i] == '_':
        i += 1
    if i == len(private):
        return name
    return '_' + private[i:] + name


class SymbolTable(object):
    """The result of the analysis: the scope of every scope-creating node."""

    def __init__(self, top):
        self.top = top
        self.by_node = {}

    def scope_of(self, node):
        return self.by_node[node]


NAMEDEXPR_IN_CLASS = 'assignment expression within a comprehension cannot be used in a class body'


class SymtableBuilder(ast.ASTVisitor):
    """Pass 1: records name flags per scope; raises CompileError for misplaced
    declarations."""

    def __init__(self, filename, source):
        self.filename = filename
        self.source = source
        self.cur = None
        self.table = None
        self.private = None
        self.stack = []
        # `from __future__ import annotations`: annotations are never evaluated, so
        # their names are not recorded (CPython's symtable skips them then)
        self.future_annotations = False
        self.leading_futures = []       # the module's leading `from __future__` imports

    def error(self, msg, node):
        return error_at_node(msg, self.filename, self.source, node)

    def check_future_imports(self, body):
        """The module's leading `from __future__` imports (after its docstring), each
        feature checked as CPython's future.c does; a later one is an error where it
        stands (visit_ImportFrom)."""
        leading = []
        for i in range(len(body)):
            stmt = body[i]
            if i == 0 and isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
                continue
            if not isinstance(stmt, ast.ImportFrom) or stmt.module != '__future__':
                break
            for a in stmt.names:
                name = astutil.alias(a).name
                if name == 'braces':
                    raise self.future_error('not a chance', stmt)
                if name not in FUTURE_FEATURES:
                    raise self.future_error('future feature %s is not defined' % name, stmt)
            leading.append(stmt)
        return leading

    def future_error(self, msg, stmt):
        # (CPython gives only the statement's start)
        return error_at(msg, self.filename, self.source, stmt.lineno, stmt.col_offset,
                        stmt.lineno, stmt.col_offset)

    # ---- scopes ----
    def enter(self, name, kind, node):
        scope = Scope(name, kind, node, self.cur)
        if self.cur is not None:
            self.cur.children.append(scope)
        else:
            self.table = SymbolTable(scope)
        self.table.by_node[node] = scope
        self.stack.append(scope)
        self.cur = scope
        return scope

    def leave(self):
        self.stack.pop()
        if self.stack:
            self.cur = self.stack[len(self.stack) - 1]
        else:
            self.cur = None

    def add_def(self, name, flags, node):
        self.add_def_in(self.cur, name, flags, node)

    def add_def_in(self, scope, name, flags, node):
        name = mangle(self.private, name)
        old = scope.lookup(name)
        if (flags & DEF_PARAM) and (old & DEF_PARAM):
            raise self.error("duplicate argument '%s' in function definition" % name, node)
        scope.add_flags(name, flags)
        if flags & DEF_PARAM:
            scope.varnames.append(name)
        if flags & DEF_GLOBAL:
            self.declare_in_module(name)

    def declare_in_module(self, name):
        """As CPython: a `global` declaration anywhere also marks the module-level
        name global (the module then uses *_GLOBAL for it)."""
        top = self.table.top
        if top is not self.cur:
            top.add_flags(name, DEF_GLOBAL)

    # ---- helpers ----
    def visit_seq(self, nodes):
        for node in nodes:
            node.walkabout(self)

    def visit_opt(self, node):
        if node is not None:
            node.walkabout(self)

    def visit_params(self, args_node):
        args = astutil.arguments(args_node)
        for a in args.posonlyargs:
            a = astutil.arg(a)
            self.add_def(a.arg, DEF_PARAM, a)
        for a in args.args:
            a = astutil.arg(a)
            self.add_def(a.arg, DEF_PARAM, a)
        for a in args.kwonlyargs:
            a = astutil.arg(a)
            self.add_def(a.arg, DEF_PARAM, a)
        vararg = astutil.opt_arg(args.vararg)
        if vararg is not None:
            self.add_def(vararg.arg, DEF_PARAM, vararg)
        kwarg = astutil.opt_arg(args.kwarg)
        if kwarg is not None:
            self.add_def(kwarg.arg, DEF_PARAM, kwarg)

    def visit_defaults(self, args_node):
        args = astutil.arguments(args_node)
        self.visit_seq(args.defaults)
        for d in args.kw_defaults:
            self.visit_opt(d)

    def visit_annotations(self, args_node):
        args = astutil.arguments(args_node)
        for a in args.posonlyargs:
            self.visit_opt(astutil.arg(a).annotation)
        for a in args.args:
            self.visit_opt(astutil.arg(a).annotation)
        vararg = astutil.opt_arg(args.vararg)
        if vararg is not None:
            self.visit_opt(vararg.annotation)
        for a in args.kwonlyargs:
            self.visit_opt(astutil.arg(a).annotation)
        kwarg = astutil.opt_arg(args.kwarg)
        if kwarg is not None:
            self.visit_opt(kwarg.annotation)

    # ---- modules ----
    def visit_Module(self, node):
        self.future_annotations = has_future_annotations(node.body)
        self.leading_futures = self.check_future_imports(node.body)
        self.enter('top', MODULE_BLOCK, node)
        self.visit_seq(node.body)
        self.leave()

    def visit_Interactive(self, node):
        self.leading_futures = self.check_future_imports(node.body)
        self.enter('top', MODULE_BLOCK, node)
        self.visit_seq(node.body)
        self.leave()

    def visit_Expression(self, node):
        self.enter('top', MODULE_BLOCK, node)
        node.body.walkabout(self)
        self.leave()

    # ---- statements ----
    def visit_FunctionDef(self, node):
        self.add_def(node.name, DEF_LOCAL, node)
        self.visit_defaults(node.args)
        if not self.future_annotations:
            self.visit_annotations(node.args)
            self.visit_opt(node.returns)
        self.visit_seq(node.decorator_list)
        self.enter(node.name, FUNCTION_BLOCK, node)
        self.visit_params(node.args)
        self.visit_seq(node.body)
        self.leave()

    def visit_ClassDef(self, node):
        self.add_def(node.name, DEF_LOCAL, node)
        self.visit_seq(node.bases)
        for kw in node.keywords:
            self.visit_keyword(astutil.keyword(kw))
        self.visit_seq(node.decorator_list)
        self.enter(node.name, CLASS_BLOCK, node)
        saved = self.private
        self.private = node.name
        self.visit_seq(node.body)
        self.private = saved
        self.leave()

    def visit_Return(self, node):
        self.visit_opt(node.value)

    def visit_Delete(self, node):
        self.visit_seq(node.targets)

    def visit_Assign(self, node):
        self.visit_seq(node.targets)
        node.value.walkabout(self)

    def visit_AugAssign(self, node):
        node.target.walkabout(self)
        node.value.walkabout(self)

    def visit_AnnAssign(self, node):
        target = node.target
        if isinstance(target, ast.Name):
            name = mangle(self.private, target.id)
            cur = self.cur.lookup(name)
            if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) and node.simple and
                    self.cur.kind != MODULE_BLOCK):
                if cur & DEF_GLOBAL:
                    msg = "annotated name '%s' can't be global" % name
                else:
                    msg = "annotated name '%s' can't be nonlocal" % name
                raise self.error(msg, node)
            if node.simple:
                # a bare `x: T` makes x local too, as in CPython
                self.add_def(target.id, DEF_ANNOT | DEF_LOCAL, target)
            elif node.value is not None:
                self.add_def(target.id, DEF_LOCAL, target)
        else:
            target.walkabout(self)
        if not self.future_annotations:
            node.annotation.walkabout(self)
        self.visit_opt(node.value)

    def visit_For(self, node):
        node.target.walkabout(self)
        node.iter.walkabout(self)
        self.visit_seq(node.body)
        self.visit_seq(node.orelse)

    def visit_While(self, node):
        node.test.walkabout(self)
        self.visit_seq(node.body)
        self.visit_seq(node.orelse)

    def visit_If(self, node):
        node.test.walkabout(self)
        self.visit_seq(node.body)
        self.visit_seq(node.orelse)

    def visit_With(self, node):
        for item_node in node.items:
            item = astutil.withitem(item_node)
            item.context_expr.walkabout(self)
            self.visit_opt(item.optional_vars)
        self.visit_seq(node.body)

    def visit_Raise(self, node):
        self.visit_opt(node.exc)
        self.visit_opt(node.cause)

    def visit_Try(self, node):
        self.visit_seq(node.body)
        self.visit_seq(node.orelse)
        for h in node.handlers:
            self.visit_ExceptHandler(astutil.handler(h))
        self.visit_seq(node.finalbody)

    def visit_TryStar(self, node):
        self.visit_Try(node)

    def visit_Match(self, node):
        node.subject.walkabout(self)
        for c in node.cases:
            assert isinstance(c, ast.match_case)
            c.pattern.walkabout(self)
            self.visit_opt(c.guard)
            self.visit_seq(c.body)

    def visit_MatchValue(self, node):
        node.value.walkabout(self)

    def visit_MatchSingleton(self, node):
        pass

    def visit_MatchSequence(self, node):
        self.visit_seq(node.patterns)

    def visit_MatchStar(self, node):
        if node.name is not None:
            self.add_def(node.name, DEF_LOCAL, node)

    def visit_MatchMapping(self, node):
        self.visit_seq(node.keys)
        self.visit_seq(node.patterns)
        if node.rest is not None:
            self.add_def(node.rest, DEF_LOCAL, node)

    def visit_MatchClass(self, node):
        node.cls.walkabout(self)
        self.visit_seq(node.patterns)
        self.visit_seq(node.kwd_patterns)

    def visit_MatchAs(self, node):
        self.visit_opt(node.pattern)
        if node.name is not None:
            self.add_def(node.name, DEF_LOCAL, node)

    def visit_MatchOr(self, node):
        self.visit_seq(node.patterns)

    def visit_ExceptHandler(self, node):
        self.visit_opt(node.type)
        if node.name is not None:
            self.add_def(node.name, DEF_LOCAL, node)
        self.visit_seq(node.body)

    def visit_Assert(self, node):
        node.test.walkabout(self)
        self.visit_opt(node.msg)

    def visit_Import(self, node):
        for a in node.names:
            self.visit_alias(astutil.alias(a))

    def visit_ImportFrom(self, node):
        if node.module == '__future__' and \
                not contains_node(self.leading_futures, node):
            raise self.error('from __future__ imports must occur at the beginning of the file',
                             node)
        for a in node.names:
            self.visit_alias(astutil.alias(a))

    def visit_alias(self, node):
        if node.name == '*':
            if self.cur.kind != MODULE_BLOCK:
                raise self.error('import * only allowed at module level', node)
            return
        if node.asname is not None:
            store = node.asname
        else:
            store = node.name
            dot = store.find('.')
            if dot >= 0:
                store = store[:dot]
        self.add_def(store, DEF_IMPORT, node)

    def declare(self, node, names, is_global):
        for raw in names:
            name = mangle(self.private, raw)
            cur = self.cur.lookup(name)
            if is_global:
                what = 'global'
            else:
                what = 'nonlocal'
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT):
                if cur & DEF_PARAM:
                    msg = "name '%s' is parameter and %s" % (name, what)
                elif cur & USE:
                    msg = "name '%s' is used prior to %s declaration" % (name, what)
                elif cur & DEF_ANNOT:
                    msg = "annotated name '%s' can't be %s" % (name, what)
                else:
                    msg = "name '%s' is assigned to before %s declaration" % (name, what)
                raise self.error(msg, node)
            if is_global:
                self.cur.add_flags(name, DEF_GLOBAL)
                self.declare_in_module(name)
            else:
                self.cur.add_flags(name, DEF_NONLOCAL)
            if name not in self.cur.directives:
                self.cur.directives[name] = node

    def visit_Global(self, node):
        self.declare(node, node.names, True)

    def visit_Nonlocal(self, node):
        # at module level: an error of the analysis pass (after this pass's own errors),
        # as in CPython's symtable
        self.declare(node, node.names, False)

    def visit_Expr(self, node):
        node.value.walkabout(self)

    def visit_Pass(self, node):
        pass

    def visit_Break(self, node):
        pass

    def visit_Continue(self, node):
        pass

    # ---- expressions ----
    def visit_BoolOp(self, node):
        self.visit_seq(node.values)

    def visit_NamedExpr(self, node):
        if self.cur.comp_iter_expr > 0:
            raise self.error('assignment expression cannot be used in a comprehension '
                             'iterable expression', node)
        node.value.walkabout(self)
        target = node.target
        assert isinstance(target, ast.Name)
        if self.cur.is_comprehension:
            self.extend_namedexpr_scope(target)
        else:
            target.walkabout(self)

    def extend_namedexpr_scope(self, target):
        name = target.id
        i = len(self.stack) - 1
        while i >= 0:
            scope = self.stack[i]
            if scope.is_comprehension:
                if scope.lookup(name) & DEF_COMP_ITER:
                    raise self.error("assignment expression cannot rebind comprehension "
                                     "iteration variable '%s'" % name, target)
                i -= 1
                continue
            if scope.kind == FUNCTION_BLOCK:
                if scope.lookup(name) & DEF_GLOBAL:
                    self.add_def(name, DEF_GLOBAL, target)
                else:
                    self.add_def(name, DEF_NONLOCAL, target)
                if name not in self.cur.directives:
                    self.cur.directives[name] = target
                self.add_def_in(scope, name, DEF_LOCAL, target)
                return
            if scope.kind == MODULE_BLOCK:
                self.add_def(name, DEF_GLOBAL, target)
                if name not in self.cur.directives:
                    self.cur.directives[name] = target
                self.add_def_in(scope, name, DEF_GLOBAL, target)
                return
            raise self.error(NAMEDEXPR_IN_CLASS, target)
        raise self.error(NAMEDEXPR_IN_CLASS, target)

    def visit_BinOp(self, node):
        node.left.walkabout(self)
        node.right.walkabout(self)

    def visit_UnaryOp(self, node):
        node.operand.walkabout(self)

    def visit_Lambda(self, node):
        self.visit_defaults(node.args)
        scope = self.enter('lambda', FUNCTION_BLOCK, node)
        scope.is_lambda = True
        self.visit_params(node.args)
        node.body.walkabout(self)
        self.leave()

    def visit_IfExp(self, node):
        node.test.walkabout(self)
        node.body.walkabout(self)
        node.orelse.walkabout(self)

    def visit_Dict(self, node):
        for k in node.keys:
            self.visit_opt(k)
        self.visit_seq(node.values)

    def visit_Set(self, node):
        self.visit_seq(node.elts)

    def comprehension(self, node, name, comp_kind, generators, elt, value, is_gen):
        first = astutil.comprehension(generators[0])
        self.cur.comp_iter_expr += 1
        first.iter.walkabout(self)
        self.cur.comp_iter_expr -= 1
        scope = self.enter(name, FUNCTION_BLOCK, node)
        scope.is_comprehension = True
        scope.comp_kind = comp_kind
        if is_gen:
            scope.is_generator = True
        self.add_def('.0', DEF_PARAM, node)
        self.comp_target(first.target)
        self.visit_seq(first.ifs)
        for i in range(1, len(generators)):
            gen = astutil.comprehension(generators[i])
            self.comp_target(gen.target)
            self.cur.comp_iter_expr += 1
            gen.iter.walkabout(self)
            self.cur.comp_iter_expr -= 1
            self.visit_seq(gen.ifs)
        if value is not None:
            value.walkabout(self)
        elt.walkabout(self)
        self.leave()

    def comp_target(self, target):
        self.in_comp_target = True
        target.walkabout(self)
        self.in_comp_target = False

    in_comp_target = False

    def visit_ListComp(self, node):
        self.comprehension(node, 'listcomp', 'list comprehension', node.generators,
                           node.elt, None, False)

    def visit_SetComp(self, node):
        self.comprehension(node, 'setcomp', 'set comprehension', node.generators,
                           node.elt, None, False)

    def visit_DictComp(self, node):
        self.comprehension(node, 'dictcomp', 'dict comprehension', node.generators,
                           node.key, node.value, False)

    def visit_GeneratorExp(self, node):
        self.comprehension(node, 'genexpr', 'generator expression', node.generators,
                           node.elt, None, True)

    def check_yield(self, node):
        if self.cur.is_comprehension:
            raise self.error("'yield' inside %s" % self.cur.comp_kind, node)
        self.cur.is_generator = True

    def visit_Yield(self, node):
        self.visit_opt(node.value)
        self.check_yield(node)

    def visit_YieldFrom(self, node):
        node.value.walkabout(self)
        self.check_yield(node)

    def visit_Compare(self, node):
        node.left.walkabout(self)
        self.visit_seq(node.comparators)

    def visit_Call(self, node):
        node.func.walkabout(self)
        self.visit_seq(node.args)
        for kw in node.keywords:
            self.visit_keyword(astutil.keyword(kw))

    def visit_keyword(self, node):
        node.value.walkabout(self)

    def visit_FormattedValue(self, node):
        node.value.walkabout(self)
        self.visit_opt(node.format_spec)

    def visit_JoinedStr(self, node):
        self.visit_seq(node.values)

    def visit_Constant(self, node):
        pass

    def visit_Attribute(self, node):
        node.value.walkabout(self)

    def visit_Subscript(self, node):
        node.value.walkabout(self)
        node.slice.walkabout(self)

    def visit_Starred(self, node):
        node.value.walkabout(self)

    def visit_Name(self, node):
        if node.ctx == ast.LOAD:
            self.add_def(node.id, USE, node)
            if (node.id == 'super' and self.cur.kind == FUNCTION_BLOCK):
                self.add_def('__class__', USE, node)
        else:
            flags = DEF_LOCAL
            if self.in_comp_target:
                flags |= DEF_COMP_ITER
            self.add_def(node.id, flags, node)

    def visit_List(self, node):
        self.visit_seq(node.elts)

    def visit_Tuple(self, node):
        self.visit_seq(node.elts)

    def visit_Slice(self, node):
        self.visit_opt(node.lower)
        self.visit_opt(node.upper)
        self.visit_opt(node.step)


# ---- pass 2 ----

class Analyzer(object):
    """Resolves every name of every scope (CPython's analyze_block, restated)."""

    def __init__(self, filename, source):
        self.filename = filename
        self.source = source

    def error_at_directive(self, msg, scope, name):
        node = scope.directives[name]
        return error_at_node(msg, self.filename, self.source, node)

    def analyze_name(self, scope, name, flags, bound, local, free, global_):
        if flags & DEF_GLOBAL:
            if flags & DEF_NONLOCAL:
                raise self.error_at_directive("name '%s' is nonlocal and global" % name,
                                              scope, name)
            scope.scopes[name] = GLOBAL_EXPLICIT
            global_[name] = True
            if bound is not None and name in bound:
                del bound[name]
        elif flags & DEF_NONLOCAL:
            if bound is None:
                raise self.error_at_directive(
                    'nonlocal declaration not allowed at module level', scope, name)
            if name not in bound:
                raise self.error_at_directive("no binding for nonlocal '%s' found" % name,
                                              scope, name)
            scope.scopes[name] = FREE
            free[name] = True
        elif flags & DEF_BOUND:
            scope.scopes[name] = LOCAL
            local[name] = True
            if name in global_:
                del global_[name]
        elif bound is not None and name in bound:
            scope.scopes[name] = FREE
            free[name] = True
        elif name in global_:
            scope.scopes[name] = GLOBAL_IMPLICIT
        else:
            scope.scopes[name] = GLOBAL_IMPLICIT

    def analyze_block(self, scope, bound, free, global_):
        """bound: names bound in enclosing function scopes (None at module level);
        free: collects the free names of this block for the caller; global_: names
        known global in enclosing scopes. bound and global_ are this call's copies."""
        local = {}
        newglobal = {}
        newfree = {}
        newbound = {}
        if scope.kind == CLASS_BLOCK:
            copy_into(newglobal, global_)
            if bound is not None:
                copy_into(newbound, bound)
        for name in scope.order:
            self.analyze_name(scope, name, scope.symbols[name], bound, local, free, global_)
        if scope.kind != CLASS_BLOCK:
            if scope.kind == FUNCTION_BLOCK:
                copy_into(newbound, local)
            if bound is not None:
                copy_into(newbound, bound)
            copy_into(newglobal, global_)
        else:
            newbound['__class__'] = True
        allfree = {}
        for child in scope.children:
            child_bound = {}
            copy_into(child_bound, newbound)
            child_global = {}
            copy_into(child_global, newglobal)
            child_free = {}
            self.analyze_block(child, child_bound, child_free, child_global)
            copy_into(allfree, child_free)
        copy_into(newfree, allfree)
        if scope.kind == FUNCTION_BLOCK:
            # analyze_cells: locals that children need become cells
            for name in scope.order:
                if scope.scopes.get(name, 0) == LOCAL and name in newfree:
                    scope.scopes[name] = CELL
                    del newfree[name]
        elif scope.kind == CLASS_BLOCK:
            if '__class__' in newfree:
                del newfree['__class__']
                scope.needs_class_closure = True
        # update_symbols: pass free names through this scope
        for name in newfree.keys():
            if name in scope.symbols:
                if scope.kind == CLASS_BLOCK and (scope.symbols[name] & (DEF_BOUND | DEF_GLOBAL)):
                    scope.symbols[name] = scope.symbols[name] | DEF_FREE_CLASS
                continue
            if bound is None or name not in bound:
                continue
            scope.symbols[name] = 0
            scope.order.append(name)
            scope.scopes[name] = FREE
        copy_into(free, newfree)


FUTURE_FEATURES = ['nested_scopes', 'generators', 'division', 'absolute_import',
                   'with_statement', 'print_function', 'unicode_literals', 'barry_as_FLUFL',
                   'generator_stop', 'annotations']


def contains_node(nodes, node):
    for n in nodes:
        if n is node:
            return True
    return False


def has_future_annotations(body):
    """Whether a module's leading future imports (after its docstring) ask for
    `annotations`."""
    for i in range(len(body)):
        stmt = body[i]
        if i == 0 and isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
            continue
        if not isinstance(stmt, ast.ImportFrom) or stmt.module != '__future__':
            return False
        for a in stmt.names:
            if astutil.alias(a).name == 'annotations':
                return True
    return False


def copy_into(dst, src):
    for key in src:
        dst[key] = True


def build_symtable(tree, filename, source):
    """Runs both passes on a Module/Expression/Interactive; returns a SymbolTable."""
    builder = SymtableBuilder(filename, source)
    tree.walkabout(builder)
    table = builder.table
    analyzer = Analyzer(filename, source)
    top = table.top
    analyzer.analyze_block(top, None, {}, {})
    return table
