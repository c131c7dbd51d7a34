# match over the collections module's containers: an undo/redo editor whose commands sit
# in a deque and whose documents are UserList/UserString/UserDict/ChainMap/OrderedDict/
# Counter/defaultdict values, dispatched by sequence and mapping patterns
from collections import (ChainMap, Counter, OrderedDict, UserDict, UserList, UserString,
                         defaultdict, deque)


class Lines(UserList):
    """The document: a list of lines."""


class Title(UserString):
    pass


def kind(v):
    match v:
        case []:
            return "empty sequence"
        case [only]:
            return "one item: %r" % (only,)
        case [first, *rest] if isinstance(v, (UserString, str)):
            return "text starting %r" % first
        case [first, *rest]:
            return "sequence of %d starting %r" % (len(rest) + 1, first)
        case {"op": op, **args}:
            return "command %s %s" % (op, sorted(args.items()))
        case {}:
            return "mapping of %d" % len(v)
        case _:
            return "other"


values = [deque(), deque(["x"]), deque([1, 2, 3], maxlen=5), UserList(), Lines(["a", "b"]),
          UserString("hi"), Title("T"), UserDict(op="add", line=1),
          ChainMap({"op": "del"}, {"line": 2}), OrderedDict(op="undo"),
          Counter("aab"), defaultdict(int), ChainMap()]
for v in values:
    print(type(v).__name__, "->", kind(v))

doc = Lines()
history = deque()
undone = deque()
commands = deque([
    UserDict(op="add", text="first"),
    {"op": "add", "text": "second"},
    ChainMap({"op": "edit"}, {"line": 0, "text": "FIRST"}),
    OrderedDict(op="undo"),
    {"op": "undo"},
    {"op": "redo"},
    UserDict(op="delete", line=5),
    {"op": "add"},
])
while commands:
    cmd = commands.popleft()
    match cmd:
        case {"op": "add", "text": str(text)}:
            doc.append(text)
            history.append(("add", len(doc) - 1, None))
        case {"op": "edit", "line": int(n), "text": text} if n < len(doc):
            history.append(("edit", n, doc[n]))
            doc[n] = text
        case {"op": "undo"} if history:
            action = history.pop()
            match action:
                case ("add", n, _):
                    undone.append(("add", doc.pop(n)))
                case ("edit", n, old):
                    undone.append(("edit", n, doc[n]))
                    doc[n] = old
        case {"op": "redo"} if undone:
            match undone.pop():
                case ("add", text):
                    doc.append(text)
                    history.append(("add", len(doc) - 1, None))
                case ("edit", n, text):
                    doc[n] = text
        case {"op": op, **rest}:
            print("rejected", op, dict(rest))
    print(list(doc))
