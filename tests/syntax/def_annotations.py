# annotations everywhere
def f(a: int, b: 'str' = 'x', *args: float, c: list = None, **kw: dict) -> bool:
    return True
def g(x: 'int' = 3) -> 'tuple': return (x,)
print(f(1), g(), sorted(f.__annotations__))
