# A singly linked list class: append, prepend, find, remove, reverse, iteration, len, repr, indexing.


class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in items:
            self.append(item)

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1

    def prepend(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return True
            prev, cur = cur, cur.next
        return False

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self.size

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")

    def __repr__(self):
        return " -> ".join(repr(v) for v in self) or "(empty)"


ll = LinkedList([3, 1, 4])
ll.append(1)
ll.prepend(9)
print(ll, len(ll), ll[0], ll[-1], ll[2])
print(ll.remove(1), ll.remove(42), ll)
ll.reverse()
print(ll, list(ll), sum(ll), 4 in ll, max(ll))
empty = LinkedList()
print(empty, len(empty), list(empty))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
words = LinkedList("the quick brown fox".split())
words.reverse()
print(" ".join(words), sorted(words, key=len))
