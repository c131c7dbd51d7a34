# Ends with a KeyError from a dict lookup.
ages = {"ann": 31, "bob": 25}
for name in ["ann", "bob"]:
    print(name, ages[name])
print(ages["zed"])
