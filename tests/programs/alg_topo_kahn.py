# Kahn's algorithm: topological order of course prerequisites, detecting cycles, build levels.
from collections import deque

prereqs = {
    "calculus": ["algebra"],
    "algebra": ["arithmetic"],
    "physics": ["calculus", "algebra"],
    "programming": ["arithmetic"],
    "algorithms": ["programming", "discrete"],
    "discrete": ["algebra"],
    "arithmetic": [],
    "compilers": ["algorithms", "automata"],
    "automata": ["discrete"],
}


def kahn(graph):
    indegree = {n: len(deps) for n, deps in graph.items()}
    users = {n: [] for n in graph}
    for n, deps in graph.items():
        for d in deps:
            users[d].append(n)
    ready = deque(sorted(n for n, d in indegree.items() if d == 0))
    order, levels, level = [], {}, {}
    for n in ready:
        level[n] = 0
    while ready:
        n = ready.popleft()
        order.append(n)
        levels.setdefault(level[n], []).append(n)
        for u in sorted(users[n]):
            indegree[u] -= 1
            level[u] = max(level.get(u, 0), level[n] + 1)
            if indegree[u] == 0:
                ready.append(u)
    if len(order) != len(graph):
        stuck = sorted(n for n in graph if indegree[n] > 0)
        raise ValueError("cycle among: " + ", ".join(stuck))
    return order, levels


order, levels = kahn(prereqs)
print(order)
for lvl in sorted(levels):
    print("semester", lvl + 1, sorted(levels[lvl]))
prereqs["arithmetic"] = ["physics"]
try:
    kahn(prereqs)
except ValueError as e:
    print("ValueError:", e)
