# An uncaught ExceptionGroup from a batch of checks: the part no except* clause handled
# escapes, framed as CPython prints groups (the last stderr line is the closing frame).


def check(n):
    if n % 3 == 0:
        raise ValueError(f"{n} is a multiple of 3")
    if n % 5 == 0:
        raise ArithmeticError(f"{n} is a multiple of 5")
    return n


def check_all(numbers):
    errors = []
    for n in numbers:
        try:
            check(n)
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("checks failed", errors)


try:
    check_all(range(1, 11))
except* ValueError as eg:
    print("multiples of 3:", [str(e) for e in eg.exceptions])
