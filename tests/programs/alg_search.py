# Searching: binary search variants, two-pointer tricks, and a sliding window maximum.


def binary_search(a, x):
    lo, hi = 0, len(a) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid, steps
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps


def lower_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def two_sum(a, target):
    i, j = 0, len(a) - 1
    while i < j:
        s = a[i] + a[j]
        if s == target:
            return a[i], a[j]
        if s < target:
            i += 1
        else:
            j -= 1
    return None


def max_window(a, k):
    out = []
    window = []
    for i, x in enumerate(a):
        while window and a[window[-1]] <= x:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.pop(0)
        if i >= k - 1:
            out.append(a[window[0]])
    return out


a = [x * 3 + 1 for x in range(40)]
for x in [1, 4, 58, 118, 119, 0, 200]:
    print(x, binary_search(a, x), lower_bound(a, x))
print(two_sum(a, 100), two_sum(a, 101), two_sum([1, 2, 4, 7, 11, 15], 15))
print(max_window([1, 3, -1, -3, 5, 3, 6, 7], 3))
print(max_window(list(range(10, 0, -1)), 4))


def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo


print([isqrt(n) for n in [0, 1, 15, 16, 17, 10 ** 12, 2 ** 70]])
