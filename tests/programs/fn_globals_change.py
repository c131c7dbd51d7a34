# Global names read by the same instructions many times while the module namespace
# changes: reassigned, created, deleted, shadowing a builtin and unshadowing it again.


def total(items):
    return sum(items) + OFFSET


def length(items):
    return len(items)


OFFSET = 1
print([total([i, i]) for i in range(4)])
OFFSET = 100
print([total([i, i]) for i in range(4)])

print([length('x' * i) for i in range(4)])


def len(obj):
    return -1


print([length('x' * i) for i in range(4)])
del len
print([length('x' * i) for i in range(4)])


def later():
    return NOT_YET


for attempt in range(3):
    try:
        print(later())
    except NameError as e:
        print('NameError:', e)
    if attempt == 1:
        NOT_YET = 'defined now'

for name in ['a%d' % k for k in range(20)]:
    globals()[name] = len(name)     # the namespace grows: every layout changes
print(total([1]), later(), a19)
del NOT_YET
try:
    later()
except NameError as e:
    print('NameError:', e)
