# A library lending system: members, books, loans with due days, fines, waitlists, and a report.
from collections import deque


class Library:
    FINE_PER_DAY = 25

    def __init__(self):
        self.books = {}
        self.loans = {}
        self.waitlists = {}
        self.fines = {}
        self.day = 0

    def add_book(self, isbn, title, copies=1):
        self.books[isbn] = {"title": title, "free": copies}

    def borrow(self, member, isbn):
        book = self.books[isbn]
        if book["free"] == 0:
            self.waitlists.setdefault(isbn, deque()).append(member)
            return "%s waits for %s" % (member, book["title"])
        book["free"] -= 1
        self.loans[(member, isbn)] = self.day + 14
        return "%s borrows %s (due day %d)" % (member, book["title"], self.day + 14)

    def give_back(self, member, isbn):
        due = self.loans.pop((member, isbn))
        late = max(0, self.day - due)
        if late:
            self.fines[member] = self.fines.get(member, 0) + late * self.FINE_PER_DAY
        self.books[isbn]["free"] += 1
        msg = "%s returns %s%s" % (member, self.books[isbn]["title"], " %d days late" % late if late else "")
        queue = self.waitlists.get(isbn)
        if queue:
            msg += "; " + self.borrow(queue.popleft(), isbn)
        return msg


lib = Library()
lib.add_book("111", "Dune", 1)
lib.add_book("222", "Emma", 2)
events = [(0, "borrow", "ann", "111"), (1, "borrow", "bob", "111"), (2, "borrow", "cy", "222"),
          (3, "borrow", "bob", "222"), (5, "borrow", "dee", "111"), (20, "return", "ann", "111"),
          (25, "return", "cy", "222"), (40, "return", "bob", "111"), (41, "return", "bob", "222"),
          (45, "return", "dee", "111")]
for day, action, member, isbn in events:
    lib.day = day
    if action == "borrow":
        print(day, lib.borrow(member, isbn))
    else:
        print(day, lib.give_back(member, isbn))
print("fines:", sorted(lib.fines.items()), "total %.2f" % (sum(lib.fines.values()) / 100))
print("on loan:", sorted(lib.loans), "free:", {k: v["free"] for k, v in sorted(lib.books.items())})
