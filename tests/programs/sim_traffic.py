# A traffic light intersection as a state machine with timed phases and a queue of cars per direction.
PHASES = [("NS green", 4), ("NS yellow", 1), ("EW green", 3), ("EW yellow", 1)]
arrivals = {"N": [0, 1, 1, 3, 6, 7, 7, 8, 12], "E": [0, 2, 2, 2, 5, 9, 10, 11, 11, 11]}
queues = {"N": [], "E": []}
passed = {"N": [], "E": []}
phase, left = 0, PHASES[0][1]
for t in range(16):
    for d in "NE":
        while arrivals[d] and arrivals[d][0] == t:
            queues[d].append(arrivals[d].pop(0))
    name = PHASES[phase][0]
    moving = "N" if name == "NS green" else "E" if name == "EW green" else None
    if moving and queues[moving]:
        car = queues[moving].pop(0)
        passed[moving].append((car, t))
    print("t=%2d %-9s N:%-8s E:%-8s" % (t, name, "*" * len(queues["N"]), "*" * len(queues["E"])))
    left -= 1
    if left == 0:
        phase = (phase + 1) % len(PHASES)
        left = PHASES[phase][1]
for d in "NE":
    waits = [t - a for a, t in passed[d]]
    print(d, "passed", len(waits), "avg wait %.2f" % (sum(waits) / len(waits)), "still waiting", len(queues[d]))
