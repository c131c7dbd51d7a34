# A binary search tree: insert, search, in-order/pre-order traversal with generators, height, delete.


class BST:
    def __init__(self):
        self.root = None
        self.count = 0

    class _Node:
        def __init__(self, key):
            self.key = key
            self.left = None
            self.right = None

    def insert(self, key):
        if self.root is None:
            self.root = BST._Node(key)
            self.count += 1
            return
        cur = self.root
        while True:
            if key == cur.key:
                return
            side = "left" if key < cur.key else "right"
            nxt = getattr(cur, side)
            if nxt is None:
                setattr(cur, side, BST._Node(key))
                self.count += 1
                return
            cur = nxt

    def __contains__(self, key):
        cur = self.root
        while cur:
            if key == cur.key:
                return True
            cur = cur.left if key < cur.key else cur.right
        return False

    def inorder(self, node="root"):
        if node == "root":
            node = self.root
        if node:
            yield from self.inorder(node.left)
            yield node.key
            yield from self.inorder(node.right)

    def preorder(self, node):
        if node:
            yield node.key
            yield from self.preorder(node.left)
            yield from self.preorder(node.right)

    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def delete(self, key):
        self.root = self._delete(self.root, key)

    def _delete(self, node, key):
        if node is None:
            return None
        if key < node.key:
            node.left = self._delete(node.left, key)
        elif key > node.key:
            node.right = self._delete(node.right, key)
        else:
            self.count -= 1
            if node.left is None:
                return node.right
            if node.right is None:
                return node.left
            succ = node.right
            while succ.left:
                succ = succ.left
            node.key = succ.key
            self.count += 1
            node.right = self._delete(node.right, succ.key)
        return node


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    t.insert(k)
print(list(t.inorder()), t.count, t.height())
print(list(t.preorder(t.root)))
print(40 in t, 99 in t)
for k in [20, 30, 50, 99]:
    t.delete(k)
    print("deleted", k, list(t.inorder()), t.count)
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(list(words.inorder()), words.height())
