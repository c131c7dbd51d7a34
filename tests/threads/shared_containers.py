"""Many threads update one list, one dict and one set: nothing lost, nothing duplicated.

Appends and dict/set stores of distinct keys need no lock (each is one operation on a
built-in container); read-modify-write of shared dict values happens under a Lock.
"""
import threading

N = 4
M = 2000
shared_list = []
shared_dict = {}
shared_set = set()
tally = {"even": 0, "odd": 0}
lock = threading.Lock()


def worker(k):
    for i in range(M):
        v = k * M + i
        shared_list.append(v)
        shared_dict[v] = k
        shared_set.add(v)
        with lock:
            tally["even" if v % 2 == 0 else "odd"] += 1
    for i in range(0, M, 2):
        shared_set.discard(k * M + i)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("list", len(shared_list), sorted(shared_list) == list(range(N * M)))
print("dict", len(shared_dict), all(shared_dict[v] == v // M for v in range(N * M)))
print("set", len(shared_set), sorted(shared_set) == list(range(1, N * M, 2)))
print("tally", sorted(tally.items()))

popped = []
stack = list(range(1000))


def popper():
    mine = []
    while True:
        try:
            mine.append(stack.pop())
        except IndexError:
            break
    with lock:
        popped.extend(mine)


threads = [threading.Thread(target=popper) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("popped", len(popped), sorted(popped) == list(range(1000)))
