# bank transfers under atomic blocks: the total is conserved, every audit sees it whole
import sys, threading
try:
    from transaction import atomic
except ImportError:
    atomic = threading.Lock()
T = int(sys.argv[1])
N_ACC = 16
accounts = [1000] * N_ACC
bad = []
def worker(seed):
    x = seed
    for i in range(1500):
        x = (x * 1103515245 + 12345) % 2147483648
        a = x % N_ACC
        b = (x // N_ACC) % N_ACC
        amount = x % 50
        with atomic:
            if accounts[a] >= amount:
                accounts[a] -= amount
                accounts[b] += amount
        if i % 100 == 0:
            with atomic:
                s = sum(accounts)
            if s != 1000 * N_ACC:
                bad.append(s)
threads = [threading.Thread(target=worker, args=(k + 1,)) for k in range(T)]
for t in threads: t.start()
for t in threads: t.join()
print("total", sum(accounts), "bad audits", len(bad), "negative", [a for a in accounts if a < 0])
