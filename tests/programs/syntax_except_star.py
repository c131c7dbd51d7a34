# except* (3.11) on paths where no exception reaches the handlers: body, else, finally
trace = []


def step(name, value):
    trace.append(name)
    return value


def safe_div(a, b):
    try:
        result = step('divide', a // b if b else 0)
    except* ZeroDivisionError:
        result = None
    except* (TypeError, ValueError) as group:
        result = group
    else:
        step('else', None)
    finally:
        step('finally', None)
    return result


for a, b in [(7, 2), (9, 3), (5, 0)]:
    print(a, b, safe_div(a, b), trace)
    del trace[:]


def loop_with_star(items):
    total = 0
    for item in items:
        try:
            total += item
        except *KeyError:
            for k in range(3):
                if k:
                    break

            def report():
                return 'never'
        if total > 10:
            break
    return total


print(loop_with_star([1, 2, 3]), loop_with_star([5, 6, 7, 8]))

count = 0
while count < 3:
    try:
        count += 1
    except* Exception:
        pass
print('count', count)
