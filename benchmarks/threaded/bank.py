"""Bank transfers between shared accounts, each transfer one atomic block.

1000 accounts; SIZE transfers (amounts and account pairs from a fixed
formula) shared out among THREADS threads. Each transfer moves money between
two Account objects inside `with atomic:`. Transfers commute, so the final
balances do not depend on the order: the checksum hashes them, and the total
must be conserved. A medium-conflict program (two random accounts out of
1000 per transaction).

`atomic` is minipy's transaction.atomic, or a threading.Lock under CPython
(see _driver.py, shared by all the programs here). --mp is not meaningful
here (processes cannot share the accounts): the program
says so and exits with status 3.

usage: bank.py THREADS SIZE
"""
# bench: size=400000 quick=20000 sharing=medium
from _driver import atomic, parse_args, run_threads, shares

ACCOUNTS = 1000


class Account:
    def __init__(self, number, balance):
        self.number = number
        self.balance = balance
        self.transfers = 0


def worker(accounts, lo, hi):
    for i in range(lo, hi):
        # a multiplicative hash of i: pairs that look random. (a = i * 7919 % 1000 repeats
        # every 1000 transfers, and the threads' shares start at multiples of 1000: every
        # thread walked the same pairs in lockstep, and conflicted at nearly every step.)
        h = (i * 2654435761) % 4294967296
        a = h % ACCOUNTS
        b = (h // ACCOUNTS) % ACCOUNTS
        if a == b:
            b = (b + 1) % ACCOUNTS
        amount = 1 + (i * 31) % 50
        src = accounts[a]
        dst = accounts[b]
        with atomic:
            src.balance -= amount
            dst.balance += amount
            src.transfers += 1
            dst.transfers += 1


def main():
    threads, size, _ = parse_args(400000, "bank", no_mp="processes cannot share the accounts")
    accounts = [Account(n, 1000) for n in range(ACCOUNTS)]
    run_threads(worker, [(accounts, lo, hi) for lo, hi in shares(size, threads)])
    total = 0
    moves = 0
    h = 0
    for acc in accounts:
        total += acc.balance
        moves += acc.transfers
        h = (h * 1000003 + acc.balance) % 1000000007
    print(f"bank: total {total} transfers {moves // 2} checksum {h}")


if __name__ == "__main__":
    main()
