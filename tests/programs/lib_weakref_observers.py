# An event bus whose subscribers are held weakly: a WeakSet of listener objects and
# WeakMethod handlers, so that a listener that goes away (checked after gc.collect())
# stops receiving events without unsubscribing; WeakSet operations and comparisons.
import gc
import weakref


class Bus:
    def __init__(self):
        self.listeners = weakref.WeakSet()
        self.handlers = []

    def subscribe(self, listener):
        self.listeners.add(listener)

    def on(self, bound_method):
        self.handlers.append(weakref.WeakMethod(bound_method, self._drop))

    def _drop(self, wm):
        self.handlers.remove(wm)
        print("  handler dropped")

    def publish(self, event):
        for listener in sorted(self.listeners, key=lambda l: l.name):
            listener.notify(event)
        for wm in list(self.handlers):
            handler = wm()
            if handler is not None:
                handler(event)


class Listener:
    def __init__(self, name):
        self.name = name
        self.seen = []

    def notify(self, event):
        self.seen.append(event)
        print("  %s got %s" % (self.name, event))

    def handle(self, event):
        print("  %s.handle(%s)" % (self.name, event))


bus = Bus()
alice, bob, carol = Listener("alice"), Listener("bob"), Listener("carol")
for l in (alice, bob, carol):
    bus.subscribe(l)
del l
bus.subscribe(alice)
print(len(bus.listeners), alice in bus.listeners, "alice" in bus.listeners)
bus.on(bob.handle)
bus.on(carol.handle)
print("publish start")
bus.publish("start")

del bob
gc.collect()
print("after bob left:", len(bus.listeners), len(bus.handlers))
bus.publish("tick")
print(alice.seen, carol.seen)

wm = weakref.WeakMethod(carol.handle)
print(wm() == carol.handle, wm == weakref.WeakMethod(carol.handle), isinstance(wm, weakref.ref))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError", e)

dave = Listener("dave")
others = weakref.WeakSet([carol, dave])
everyone = bus.listeners | others
print(sorted(l.name for l in everyone))
print(sorted(l.name for l in bus.listeners & others), sorted(l.name for l in bus.listeners - others))
print(sorted(l.name for l in bus.listeners ^ others))
print(bus.listeners <= everyone, everyone >= others, bus.listeners == others,
      bus.listeners.isdisjoint(weakref.WeakSet([dave])))
copy = bus.listeners.copy()
copy.discard(alice)
copy.add(dave)
print(sorted(l.name for l in copy), len(bus.listeners))
popped = copy.pop()
print(popped.name in ("carol", "dave"), len(copy))
del popped
copy.clear()
try:
    copy.pop()
except KeyError as e:
    print("KeyError", e)
try:
    copy.add(5)
except TypeError as e:
    print("TypeError", e)

del carol, wm
gc.collect()
print("after carol left:", sorted(l.name for l in bus.listeners), len(bus.handlers))
bus.publish("end")
del alice, dave, everyone, others
gc.collect()
print("nobody left:", len(bus.listeners), list(bus.listeners))
