# A discrete-event simulation of a bank with tellers, using a deterministic pseudo-random generator.
import heapq


class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return (self.state >> 33) % n


rng = LCG(42)
customers = []
t = 0
for i in range(25):
    t += 1 + rng.next(4)
    customers.append((t, "c%02d" % i, 2 + rng.next(7)))

tellers = [(0, "teller%d" % k) for k in range(3)]
heapq.heapify(tellers)
waits = []
served_by = {}
for arrival, name, duration in customers:
    free_at, teller = heapq.heappop(tellers)
    start = max(free_at, arrival)
    waits.append(start - arrival)
    served_by[teller] = served_by.get(teller, 0) + 1
    heapq.heappush(tellers, (start + duration, teller))
    if start > arrival:
        print("%3d %s waits %d for %s" % (arrival, name, start - arrival, teller))
print("average wait %.2f, max wait %d" % (sum(waits) / len(waits), max(waits)))
print("served:", sorted(served_by.items()))
print("all done at", max(t for t, _ in tellers))
