# Tuples that reach themselves through a list or dict print `(...)` where the repr would start over.
# a graph edge list where each node tuple keeps its list of neighbours
a = ("a", [])
b = ("b", [])
a[1].append(b)
b[1].append(a)
print(a)
print(b)
print([a, b])
print({"root": a})

# a record that holds its own history
rec = (1, [])
rec[1].append(rec)
rec[1].append((2, rec))
print(rec, str(rec) == repr(rec))

# a dict and a tuple pointing at each other
reg = {}
entry = ("entry", reg)
reg["self"] = entry
print(reg, entry)

# one-item and empty tuples, and a tuple seen twice without a cycle, print in full
shared = ([1],)
print((shared, shared), ((),), (((1,),),), [(), ()])
cell = []
one = (cell,)
cell.append(one)
print(one, len(repr(one)))

# an error inside a repr leaves nothing marked: the same tuple prints in full again
class Flaky:
    fail = True

    def __repr__(self):
        if Flaky.fail:
            Flaky.fail = False
            raise RuntimeError("not now")
        return "Flaky()"


t = (Flaky(), [])
t[1].append(t)
try:
    repr(t)
except RuntimeError as e:
    print("RuntimeError:", e)
print(t)
