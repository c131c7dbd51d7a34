# Ends with an AssertionError without a message.
data = sorted([3, 1, 2])
assert data == [1, 2, 3]
print("sorted ok", data)
assert data[0] > data[1]
