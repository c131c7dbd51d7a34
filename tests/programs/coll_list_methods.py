# list methods and operations: append/extend/insert/remove/pop/index/count/sort/reverse/copy/clear, slicing.
xs = [5, 1, 4]
xs.append(2)
xs.extend([9, 1])
xs.insert(0, 7)
xs.insert(100, 8)
xs.insert(-1, 6)
print(xs, len(xs))
xs.remove(1)
print(xs, xs.pop(), xs.pop(0), xs.pop(-2), xs)
print(xs.index(4), xs.count(1), xs.count(42), 9 in xs)
ys = xs.copy()
ys.sort()
print(xs, ys, sorted(xs, reverse=True))
ys.reverse()
print(ys, xs[::-1], xs[1:3], xs[-2:], xs[:-2], xs[::2])
zs = list(range(10))
zs[2:5] = ["a", "b"]
print(zs)
zs[::3] = [0, 0, 0]
print(zs)
del zs[1:3]
del zs[-1]
print(zs)
zs[len(zs):] = [100, 200]
print(zs, zs[-1:-4:-1])
print([1, 2] + [3], [0] * 5, [[0] * 2] * 2, [1, 2] * 0)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid)
print([1, 2, 3] < [1, 3], [1, 2] < [1, 2, 0], [] == [], [1, [2]] == [1, [2]])
nums = [3, -1, 4, -1, 5, -9, 2, 6]
nums.sort(key=abs)
print(nums)
nums.sort(key=lambda v: (v < 0, v), reverse=True)
print(nums)
words = ["b", "A", "c", "B", "a"]
words.sort(key=str.lower)
print(words)
stack = []
for ch in "(a[b]{c})":
    if ch in "([{":
        stack.append(ch)
    elif ch in ")]}":
        stack.pop()
print("balanced" if not stack else "unbalanced")
empty = []
empty.clear()
print(empty, bool(empty), list("abc"), list((1, 2)), list({"k": 1}))
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError:", e)
print(max([3, 7, 2]), min([3, 7, 2]), sum([0.5, 1.5]), list(reversed([1, 2, 3])))
