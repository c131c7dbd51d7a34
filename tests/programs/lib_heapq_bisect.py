# heapq (priority queues, k smallest, merging) and bisect (grades, sorted insertion, key=).
import bisect
import heapq

h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), heapq.heappop(h), h)
data = [9, 4, 7, 1, 8, 2, 6]
heapq.heapify(data)
print(data, heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data)
print(heapq.nlargest(3, [4, 1, 7, 3, 9, 2]), heapq.nsmallest(2, ["pear", "fig", "apple"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 9])))
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks)[1] for _ in range(len(tasks))])
print([heapq.heappop(h) for _ in range(len(h))])


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60]])
sorted_list = []
for x in [5, 2, 8, 2, 9, 1]:
    bisect.insort(sorted_list, x)
print(sorted_list, bisect.bisect_left(sorted_list, 2), bisect.bisect_right(sorted_list, 2))
bisect.insort_left(sorted_list, 2)
print(sorted_list, bisect.bisect_left(sorted_list, 100), bisect.bisect_right(sorted_list, -1))
people = [("ann", 22), ("bob", 30), ("cy", 41)]
print(bisect.bisect_left(people, 30, key=lambda p: p[1]))
bisect.insort(people, ("dee", 35), key=lambda p: p[1])
print(people)
