"""Random interleavings of simulated threads, one barrier at a time: transfers keep the total,
and every committed audit (a read-only transaction over all accounts) sees the exact total."""
import random
from minipy.concurrency.stm import shared, threadstate
from minipy.concurrency.stm.transaction import TransactionAbort
from stm.helpers import Account

N_ACCOUNTS = 5
TOTAL = 100 * N_ACCOUNTS


def transfer(tx, accounts, rng, audits):
    i = rng.randrange(N_ACCOUNTS)
    j = rng.randrange(N_ACCOUNTS)
    amount = rng.randrange(1, 30)
    tx.read(accounts[i]); yield
    a = accounts[i].balance
    tx.read(accounts[j]); yield
    b = accounts[j].balance
    if i != j and a >= amount:
        tx.write(accounts[i]); yield
        accounts[i].balance = a - amount
        tx.write(accounts[j]); yield
        accounts[j].balance = b + amount


def audit(tx, accounts, rng, audits):
    s = 0
    for acc in accounts:
        tx.read(acc); yield
        s += acc.balance
    audits.append(s)       # kept only if the transaction commits


def run(seed, n_threads, n_tx):
    shared.init(shared.MODE_STM, orec_bits=10, max_aborts=1000000)
    rng = random.Random(seed)
    accounts = [Account(100) for i in range(N_ACCOUNTS)]
    threads = []
    for t in range(n_threads):
        tx = threadstate.thread_start()
        threads.append({'tx': tx, 'left': n_tx, 'gen': None, 'audits': []})
    committed_audits = []
    while any(th['left'] for th in threads):
        th = rng.choice([th for th in threads if th['left']])
        tx = th['tx']
        try:
            if th['gen'] is None:
                tx.start()
                body = audit if rng.random() < 0.3 else transfer
                th['audits'] = []
                th['gen'] = body(tx, accounts, rng, th['audits'])
            try:
                next(th['gen'])
            except StopIteration:
                th['gen'] = None
                tx.commit()
                committed_audits.extend(th['audits'])
                th['left'] -= 1
        except TransactionAbort:
            th['gen'] = None
    return accounts, committed_audits, threads


def test_random_interleavings_are_serializable():
    aborts = 0
    n_audits = 0
    for seed in range(30):
        accounts, audits, threads = run(seed, 3, 40)
        assert sum(a.balance for a in accounts) == TOTAL
        assert all(a.balance >= 0 for a in accounts)
        assert audits and all(s == TOTAL for s in audits)
        n_audits += len(audits)
        aborts += sum(th['tx'].stats.total_aborts() for th in threads)
    assert aborts > 50          # the interleavings really conflicted
    assert n_audits > 250
