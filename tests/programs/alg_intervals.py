# Interval problems: merging overlaps, inserting, total covered length, meeting rooms, gaps.
import heapq


def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [tuple(i) for i in out]


def rooms_needed(meetings):
    ends = []
    best = 0
    for s, e in sorted(meetings):
        while ends and ends[0] <= s:
            heapq.heappop(ends)
        heapq.heappush(ends, e)
        best = max(best, len(ends))
    return best


def gaps(intervals, lo, hi):
    out = []
    cur = lo
    for s, e in merge(intervals):
        if s > cur:
            out.append((cur, min(s, hi)))
        cur = max(cur, e)
    if cur < hi:
        out.append((cur, hi))
    return out


data = [(1, 3), (2, 6), (8, 10), (15, 18), (17, 20), (9, 11)]
print(merge(data), sum(e - s for s, e in merge(data)))
print(merge(data + [(4, 9)]), merge([]), merge([(5, 5), (5, 6)]))
meetings = [(9, 10), (9, 12), (10, 11), (11, 13), (12, 14), (13, 15), (9, 9)]
print("rooms:", rooms_needed(meetings))
print("free:", gaps(data, 0, 25))
schedule = {"ann": [(9, 11), (13, 15)], "bob": [(10, 12), (16, 17)], "cy": [(14, 16)]}
busy = [iv for ivs in schedule.values() for iv in ivs]
print("everyone free:", gaps(busy, 8, 18))
