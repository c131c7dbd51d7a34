"""The size of the shadow stack, the incminimark builds' stack of GC roots (the JIT and o2
builds; the STM build's Boehm collector scans the C stack instead).

Every C function that holds GC references across a call pushes them on the shadow stack,
about a third of the C stack a Python call takes. RPython allocates 163,840 entries
(1.25 MB) per thread and never checks for overflow: a recursion that passes them writes
over whatever malloc put after the stack, and crashes later, anywhere. RPython's own C
stack check (768 KB) stops recursion long before; once sys.setrecursionlimit lets the C
stack grow (minipy/interpreter/cstack.py), the shadow stack must grow with it: it gets as
many bytes as the C stack may have (three times what a recursion interpreted needs). Its
pages are only used when touched.
"""
from minipy.interpreter import cstack

ENTRIES = cstack.STACK_BYTES // 8


def install():
    """Before the GC transformation: every thread's shadow stack gets ENTRIES entries."""
    from rpython.memory.gctransform.framework import BaseFrameworkGCTransformer
    BaseFrameworkGCTransformer.root_stack_depth = ENTRIES
