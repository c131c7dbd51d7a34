# Loop control: for/else and while/else, break/continue in nested loops, pass, range variants.
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()


def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")


find([4, 8, 15], 8)
find([4, 8, 15], 16)
i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print("i =", i)
else:
    print("while finished normally")
while True:
    i -= 1
    if i < 2:
        break
else:
    print("never printed")
print("i after break", i)
pairs = []
for a in range(4):
    for b in range(4):
        if b > a:
            break
        if (a + b) % 2:
            continue
        pairs.append((a, b))
print(pairs)
for _ in range(0):
    print("empty range")
else:
    print("else runs for an empty loop")
for x in range(10, 0, -3):
    pass
print("last x", x)
count = 0
for row in [[1, 2], [3, 4, 5], []]:
    for item in row:
        count += item
print(count)
