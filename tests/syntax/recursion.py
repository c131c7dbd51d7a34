# recursion with conditionals
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def hanoi(n, a='A', b='B', c='C'):
    if n == 0:
        return []
    return hanoi(n - 1, a, c, b) + [(a, c)] + hanoi(n - 1, b, a, c)
print([fib(i) for i in range(10)], len(hanoi(4)))
