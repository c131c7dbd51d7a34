# An observer/event-emitter class: subscribe, unsubscribe, once-handlers, bound methods as callbacks.


class Emitter:
    def __init__(self):
        self._handlers = {}

    def on(self, event, fn):
        self._handlers.setdefault(event, []).append((fn, False))
        return fn

    def once(self, event, fn):
        self._handlers.setdefault(event, []).append((fn, True))
        return fn

    def off(self, event, fn):
        self._handlers[event] = [(f, o) for f, o in self._handlers.get(event, []) if f != fn]

    def emit(self, event, *args):
        results = []
        keep = []
        for fn, once in self._handlers.get(event, []):
            results.append(fn(*args))
            if not once:
                keep.append((fn, once))
        self._handlers[event] = keep
        return results


class Thermostat:
    def __init__(self, target):
        self.target = target
        self.log = []

    def on_reading(self, value):
        action = "heat" if value < self.target else "cool" if value > self.target else "idle"
        self.log.append((value, action))
        return action


bus = Emitter()
t = Thermostat(20)
bus.on("reading", t.on_reading)
bus.once("reading", lambda v: "first reading %s" % v)
alerts = []
alert = bus.on("reading", lambda v: alerts.append(v) or ("alert" if v > 25 else "ok"))
for v in [18, 20, 26]:
    print(v, bus.emit("reading", v))
bus.off("reading", alert)
print(bus.emit("reading", 30), bus.emit("unknown", 1))
print(t.log, alerts)
print(t.on_reading == t.on_reading, t.on_reading.__self__ is t, t.on_reading.__func__ is Thermostat.on_reading)
