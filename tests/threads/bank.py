"""Bank transfers between accounts guarded by per-account locks: the total is conserved.

Each transfer locks its two accounts in account-number order (so no deadlock), moves an
amount computed from a formula and counts the transfer.  A last audit, with every lock
held, checks the total while the transfers are running.
"""
import threading

ACCOUNTS = 20
THREADS = 4
TRANSFERS = 3000
START = 1000


class Account:
    def __init__(self, number):
        self.number = number
        self.balance = START
        self.lock = threading.Lock()
        self.moves = 0


accounts = [Account(i) for i in range(ACCOUNTS)]
audits = []


def transfer(src, dst, amount):
    first, second = (src, dst) if src.number < dst.number else (dst, src)
    with first.lock:
        with second.lock:
            if src.balance >= amount:
                src.balance -= amount
                dst.balance += amount
            src.moves += 1
            dst.moves += 1


def audit():
    for a in accounts:
        a.lock.acquire()
    try:
        return sum(a.balance for a in accounts)
    finally:
        for a in reversed(accounts):
            a.lock.release()


def worker(k):
    for i in range(TRANSFERS):
        a = (i * 7 + k * 13) % ACCOUNTS
        b = (i * 11 + k * 3 + 1) % ACCOUNTS
        if a == b:
            b = (b + 1) % ACCOUNTS
        transfer(accounts[a], accounts[b], 1 + (i * 31 + k) % 200)
        if i % 1000 == 999:
            audits.append(audit())


threads = [threading.Thread(target=worker, args=(k,)) for k in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("total", sum(a.balance for a in accounts), "expected", ACCOUNTS * START)
print("moves", sum(a.moves for a in accounts), "expected", 2 * THREADS * TRANSFERS)
print("audits", len(audits), all(x == ACCOUNTS * START for x in audits))
print("no negative balance", all(a.balance >= 0 for a in accounts))
