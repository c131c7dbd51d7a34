# annotated assignments
x: int = 5
y: 'str'
z: list = [1]
class C:
    a: int = 1
    b: str
def f():
    v: float = 2.0
    return v
print(x, z, C.a, f(), 'y' in globals())
