# A state machine class for an order workflow: transitions table, guards, history, invalid transitions.


class InvalidTransition(Exception):
    pass


class Order:
    TRANSITIONS = {
        "new": {"pay": "paid", "cancel": "cancelled"},
        "paid": {"ship": "shipped", "refund": "refunded"},
        "shipped": {"deliver": "delivered", "lose": "lost"},
        "lost": {"refund": "refunded"},
    }

    def __init__(self, oid, amount):
        self.oid = oid
        self.amount = amount
        self.state = "new"
        self.history = ["new"]

    def fire(self, event):
        options = self.TRANSITIONS.get(self.state, {})
        if event not in options:
            raise InvalidTransition("order %d: cannot %s when %s" % (self.oid, event, self.state))
        if event == "ship" and self.amount <= 0:
            raise InvalidTransition("order %d: nothing to ship" % self.oid)
        self.state = options[event]
        self.history.append(self.state)
        return self

    @property
    def final(self):
        return self.state not in self.TRANSITIONS

    def __repr__(self):
        return "Order(%d, %s)" % (self.oid, self.state)


scripts = {1: ["pay", "ship", "deliver"], 2: ["pay", "refund", "ship"], 3: ["cancel"],
           4: ["pay", "ship", "lose", "refund"], 5: ["ship"], 6: ["pay", "ship"]}
orders = []
for oid, events in sorted(scripts.items()):
    o = Order(oid, 0 if oid == 6 else 10 * oid)
    for ev in events:
        try:
            o.fire(ev)
        except InvalidTransition as e:
            print("rejected:", e)
            break
    orders.append(o)
for o in orders:
    print(o, "->".join(o.history), "final" if o.final else "open")
print(sorted({o.state for o in orders}), sum(o.amount for o in orders if o.state == "delivered"))
