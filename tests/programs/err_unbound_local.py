# Ends with an UnboundLocalError: a local used before assignment shadows a global.
counter = 10


def increment():
    counter += 1
    return counter


print("counter is", counter)
increment()
