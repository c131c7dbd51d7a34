"""Fannkuch-redux: flip prefixes of every permutation of 1..n, count the flips.

List slicing, reversal and index arithmetic; the checksum is the signed
permutation checksum and the maximum flip count.

usage: fannkuch.py [SIZE [ITERATIONS]]   SIZE = n (permutations of n elements)
"""
# bench: size=9 quick=6 iters=5 quick_iters=2
from _timing import run_bench


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k != 0:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += sign * flips
        sign = -sign
        # next permutation in the counting order
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def bench(n):
    c, m = fannkuch(n)
    return f"{c} {m}"


run_bench("fannkuch", bench, 9, 5)
