"""A one-way constraint solver with strengths (in the style of 'deltablue').

Variables connected by constraints of a class hierarchy (stay, edit, equality,
scale-and-offset). Planning starts from the unary constraints, strongest
first, and propagates outwards through the binary constraints, choosing each
one's direction; executing the plan recomputes every determined variable.
Our own design: polymorphic method calls, class hierarchies, lists of objects.

usage: constraints.py [SIZE [ITERATIONS]]   SIZE = chain length
"""
# bench: size=20000 quick=2000 iters=5 quick_iters=2
from _timing import run_bench

REQUIRED = 0
STRONG = 1
MEDIUM = 2
WEAK = 3
WEAKEST = 4


class Variable:
    def __init__(self, name, value):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0


class Constraint:
    def __init__(self, strength):
        self.strength = strength
        self.satisfied = False

    def is_unary(self):
        return False

    def attach(self):
        raise NotImplementedError

    def detach(self):
        raise NotImplementedError

    def execute(self):
        raise NotImplementedError


class UnaryConstraint(Constraint):
    def __init__(self, var, strength):
        Constraint.__init__(self, strength)
        self.var = var

    def is_unary(self):
        return True

    def attach(self):
        self.var.constraints.append(self)

    def detach(self):
        self.var.constraints.remove(self)

    def claim(self, mark):
        v = self.var
        if v.mark == mark:
            self.satisfied = False
            return None
        v.mark = mark
        v.determined_by = self
        self.satisfied = True
        return v


class StayConstraint(UnaryConstraint):
    def execute(self):
        pass


class EditConstraint(UnaryConstraint):
    def __init__(self, var, strength):
        UnaryConstraint.__init__(self, var, strength)
        self.edit_value = var.value

    def execute(self):
        self.var.value = self.edit_value


class BinaryConstraint(Constraint):
    """Relates v1 and v2; `forward` True computes v2 from v1, False v1 from v2."""

    def __init__(self, v1, v2, strength):
        Constraint.__init__(self, strength)
        self.v1 = v1
        self.v2 = v2
        self.forward = True

    def attach(self):
        self.v1.constraints.append(self)
        self.v2.constraints.append(self)

    def detach(self):
        self.v1.constraints.remove(self)
        self.v2.constraints.remove(self)

    def propagate_from(self, var, mark):
        """Called when var became determined: try to determine the other end."""
        if self.satisfied:
            return None
        other = self.v2 if var is self.v1 else self.v1
        if other.mark == mark:
            return None
        self.forward = other is self.v2
        self.satisfied = True
        other.mark = mark
        other.determined_by = self
        return other

    def execute(self):
        if self.forward:
            self.v2.value = self.compute(self.v1.value)
        else:
            self.v1.value = self.inverse(self.v2.value)


class EqualityConstraint(BinaryConstraint):
    def compute(self, x):
        return x

    def inverse(self, y):
        return y


class ScaleConstraint(BinaryConstraint):
    def __init__(self, src, dst, scale, offset, strength):
        BinaryConstraint.__init__(self, src, dst, strength)
        self.scale = scale
        self.offset = offset

    def compute(self, x):
        return x * self.scale + self.offset

    def inverse(self, y):
        return (y - self.offset) // self.scale


class Solver:
    def __init__(self):
        self.mark = 0
        self.constraints = []
        self.plan = []

    def add(self, c):
        c.attach()
        self.constraints.append(c)

    def remove(self, c):
        c.detach()
        self.constraints.remove(c)

    def plan_all(self):
        self.mark += 1
        mark = self.mark
        for c in self.constraints:
            c.satisfied = False
        sources = [[] for _ in range(WEAKEST + 1)]
        for c in self.constraints:
            if c.is_unary():
                sources[c.strength].append(c)
        plan = []
        for group in sources:
            for src in group:
                v = src.claim(mark)
                if v is None:
                    continue
                plan.append(src)
                work = [v]
                while work:
                    nxt = []
                    for var in work:
                        for c in var.constraints:
                            if not c.is_unary():
                                out = c.propagate_from(var, mark)
                                if out is not None:
                                    plan.append(c)
                                    nxt.append(out)
                    work = nxt
        self.plan = plan
        return plan

    def execute(self):
        for c in self.plan:
            c.execute()


def chain_test(n):
    """v0 = v1 = ... = vn: drive one end, read the other; then reverse the chain."""
    solver = Solver()
    vs = [Variable(f"v{i}", 0) for i in range(n + 1)]
    for i in range(n):
        solver.add(EqualityConstraint(vs[i], vs[i + 1], REQUIRED))
    stay = StayConstraint(vs[n], STRONG)
    solver.add(stay)
    edit = EditConstraint(vs[0], REQUIRED)
    solver.add(edit)
    solver.plan_all()
    total = 0
    for value in range(1, 21):
        edit.edit_value = value
        solver.execute()
        total += vs[n].value
    solver.remove(edit)
    edit = EditConstraint(vs[n], REQUIRED)
    solver.add(edit)
    solver.plan_all()
    for value in range(100, 120):
        edit.edit_value = value
        solver.execute()
        total += vs[0].value
    unsatisfied = 0
    for c in solver.constraints:
        if not c.satisfied:
            unsatisfied += 1
    return total * 10 + unsatisfied


def projection_test(n):
    """dst_i = src_i * 10 + 1000, first computed from the sources, then driven backwards."""
    solver = Solver()
    srcs = []
    dsts = []
    for i in range(n):
        src = Variable(f"src{i}", i)
        dst = Variable(f"dst{i}", i)
        srcs.append(src)
        dsts.append(dst)
        solver.add(StayConstraint(src, WEAK))
        solver.add(ScaleConstraint(src, dst, 10, 1000, REQUIRED))
    solver.plan_all()
    solver.execute()
    total = 0
    for d in dsts:
        total += d.value
    edits = []
    for d in dsts[::7]:
        e = EditConstraint(d, STRONG)
        solver.add(e)
        edits.append(e)
    solver.plan_all()
    for k in range(5):
        for e in edits:
            e.edit_value = 2000 + k * 10 + len(e.var.name)
        solver.execute()
        for s in srcs:
            total += s.value
    return total


def bench(n):
    return f"{chain_test(n)} {projection_test(n)}"


run_bench("constraints", bench, 20000, 5)
