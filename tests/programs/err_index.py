# Ends with an IndexError from a list.
queue = [10, 20, 30]
while queue:
    print(queue.pop(0))
print(queue[0])
