# Lists and deques as stacks and queues: bracket matching, undo/redo, BFS order, a circular buffer.
from collections import deque


def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for i, ch in enumerate(text):
        if ch in "([{":
            stack.append((ch, i))
        elif ch in pairs:
            if not stack or stack[-1][0] != pairs[ch]:
                return "mismatch at %d" % i
            stack.pop()
    return "ok" if not stack else "unclosed at %d" % stack[-1][1]


for t in ["(a[b]{c})", "((]", "{[()]}(", "", "a)b"]:
    print(repr(t), balanced(t))


class Editor:
    def __init__(self):
        self.text = ""
        self.undo_stack = []
        self.redo_stack = []

    def type(self, s):
        self.undo_stack.append(self.text)
        self.redo_stack.clear()
        self.text += s

    def undo(self):
        if self.undo_stack:
            self.redo_stack.append(self.text)
            self.text = self.undo_stack.pop()

    def redo(self):
        if self.redo_stack:
            self.undo_stack.append(self.text)
            self.text = self.redo_stack.pop()


ed = Editor()
for action in ["type:Hello", "type: world", "undo", "type: there", "undo", "undo", "redo", "redo", "redo"]:
    if action.startswith("type:"):
        ed.type(action[5:])
    else:
        getattr(ed, action)()
    print("%-13s %r" % (action, ed.text))
tasks = deque(["a", "b", "c"])
served = []
while tasks:
    t = tasks.popleft()
    served.append(t)
    if len(t) < 3:
        tasks.append(t + t[-1])
print(served)
ring = deque(maxlen=4)
for reading in range(10):
    ring.append(reading * reading)
print(list(ring), sum(ring) / len(ring))
