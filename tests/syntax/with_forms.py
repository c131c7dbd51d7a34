# with statements with several items
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print('enter', self.n)
        return self.n
    def __exit__(self, *a):
        print('exit', self.n)
        return False
with CM(1):
    print('body')
with CM(2) as a, CM(3) as b:
    print(a + b)
with CM(4) as (x), CM(5):
    print(x)
