# Ends with a TypeError: unsupported operand type(s) between an int and a list.
scores = [3, 5, 8]
bonus = 2
print([s + bonus for s in scores])
total = bonus - scores
