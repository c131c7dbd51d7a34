# Whole traceback compared: an exception from a method called from a module-level function.


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty Stack")
        return self.items.pop()


def drain(stack, n):
    for _ in range(n):
        stack.pop()
        print("popped one")


s = Stack()
s.push(1)
s.push(2)
drain(s, 3)
