# global and nonlocal
count = 0
def bump():
    global count
    count += 1
def outer():
    n = 0
    def inner():
        nonlocal n
        n += 10
    inner(); inner()
    return n
bump(); bump()
print(count, outer())
