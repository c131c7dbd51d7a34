# for with else and targets
for x in []:
    pass
else:
    print('empty else')
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for k in range(5):
    if k == 3:
        break
else:
    print('no')
for x, in [(1,), (2,)]:
    print(x)
