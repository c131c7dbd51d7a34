# copy.copy and copy.deepcopy: shared vs independent nested structures, custom classes, memo.
import copy

original = {"name": "config", "values": [1, 2, [3, 4]], "meta": {"tags": {"a", "b"}}}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
original["values"][2].append(5)
original["meta"]["tags"].add("c")
original["name"] = "changed"
print(shallow["name"], shallow["values"], sorted(shallow["meta"]["tags"]))
print(deep["name"], deep["values"], sorted(deep["meta"]["tags"]))


class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []

    def __repr__(self):
        return "Node(%r, %r)" % (self.value, self.children)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.deepcopy(tree)
t2.children[1].children[0].value = 40
t3 = copy.copy(tree)
t3.value = 100
t3.children.append(Node(5))
print(tree)
print(t2)
print(t3.value, tree.value, len(tree.children))
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
loop = [1]
loop.append(loop)
lc = copy.deepcopy(loop)
print(lc[1] is lc, lc[0])


class Tracked:
    def __init__(self, n):
        self.n = n

    def __copy__(self):
        return Tracked(self.n + 1)

    def __deepcopy__(self, memo):
        return Tracked(self.n + 100)


print(copy.copy(Tracked(1)).n, copy.deepcopy(Tracked(1)).n, copy.deepcopy([Tracked(2)])[0].n)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) == t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
