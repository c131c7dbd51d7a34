# An elevator state machine serving requests: direction changes, stops, and a trip log.


class Elevator:
    def __init__(self, floors):
        self.floors = floors
        self.floor = 0
        self.direction = 0
        self.requests = set()
        self.log = []
        self.moves = 0

    def request(self, floor):
        if not 0 <= floor < self.floors:
            raise ValueError("no floor %d" % floor)
        self.requests.add(floor)

    def step(self):
        if self.floor in self.requests:
            self.requests.discard(self.floor)
            self.log.append("stop at %d" % self.floor)
            return True
        if not self.requests:
            self.direction = 0
            return False
        above = [f for f in self.requests if f > self.floor]
        below = [f for f in self.requests if f < self.floor]
        if self.direction >= 0 and above:
            self.direction = 1
        elif self.direction <= 0 and below:
            self.direction = -1
        else:
            self.direction = 1 if above else -1
        self.floor += self.direction
        self.moves += 1
        return True


e = Elevator(10)
for f in [5, 2, 8]:
    e.request(f)
ticks = 0
while e.step():
    ticks += 1
    if ticks == 4:
        e.request(1)
        e.request(9)
print(e.log)
print("moves:", e.moves, "ticks:", ticks, "final floor:", e.floor)
try:
    e.request(12)
except ValueError as err:
    print("ValueError:", err)
