# Large lists, dicts and tuples made while older objects are traced by the collector:
# each is stored only in an old container (a list slot, a dict value, an attribute, a
# closure cell) and must survive the collections that many small objects cause. The
# contents are checked after each round. (Arrays of 17,000 items or more are "large": the
# JIT build allocates them outside its nursery and tracks them apart.)


class Holder:
    def __init__(self):
        self.big = None


old_list = [None] * 64
old_dict = {i: None for i in range(64)}
holders = [Holder() for _ in range(64)]


def make_cell():
    box = []

    def put(x):
        box.clear()
        box.append(x)

    def get():
        return box[0] if box else None
    return put, get


cells = [make_cell() for _ in range(16)]

# make the containers old: allocate enough small objects for several collections
garbage = 0
for i in range(200000):
    garbage += len((i, i + 1))

checks = []
for rnd in range(40):
    size = 18000 + rnd * 331     # item arrays over 135 KB: allocated outside the nursery
    k = rnd % 64
    old_list[k] = list(range(size))
    old_dict[k] = {j: j * 2 for j in range(size // 10)}
    holders[k].big = tuple(range(size, 0, -1))
    cells[rnd % 16][0]([str(j) for j in range(size // 20)])
    # many small objects: minor collections while the big ones are young
    churn = []
    for j in range(20000):
        churn.append((j, rnd))
        if len(churn) > 500:
            churn = []
    checks.append((sum(old_list[k]), sum(old_dict[k].values()), holders[k].big[0],
                   len(cells[rnd % 16][1]())))

print(checks[:3], checks[-3:])
total = 0
for k in range(64):
    if old_list[k] is not None:
        total += sum(old_list[k]) + sum(old_dict[k].values()) + len(holders[k].big)
print(total, garbage)
print(sum(len(get()) for put, get in cells))
