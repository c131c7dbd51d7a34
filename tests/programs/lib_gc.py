# The gc module as programs use it: collection turned off around a batch of allocations
# and back on, an explicit collect() after dropping a large structure, a class that
# leaves its base's __subclasses__() once collected, and the errors of bad arguments.
import gc


class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt


def build(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head


print(gc.isenabled())
gc.disable()
print(gc.isenabled())
chain = build(10000)
gc.enable()
print(gc.isenabled())

total = 0
node = chain
while node is not None:
    total += node.value
    node = node.next
print(total)



def make_kind():
    class Special(Node):
        pass
    return [c.__name__ for c in Node.__subclasses__()]


print(make_kind())
del chain
found = gc.collect()
print(type(found).__name__, found >= 0)
print(Node.__subclasses__())

for bad in [(3,), ("x",), (-1,)]:
    try:
        gc.collect(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    gc.enable(1)
except TypeError as e:
    print("TypeError", e)
