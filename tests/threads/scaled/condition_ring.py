# a token passed round a ring of threads with one Condition: strict turn order
import sys, threading
T = int(sys.argv[1])
ROUNDS = 60
cond = threading.Condition()
turn = [0]
log = []
def worker(k):
    for r in range(ROUNDS):
        with cond:
            while turn[0] % T != k:
                cond.wait(30)
            log.append(k)
            turn[0] += 1
            cond.notify_all()
threads = [threading.Thread(target=worker, args=(k,)) for k in range(T)]
for t in threads: t.start()
for t in threads: t.join()
print(len(log), log == [i % T for i in range(T * ROUNDS)])
