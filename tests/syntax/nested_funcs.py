# nested functions and closures
def make(n):
    def add(x):
        def inner():
            return x + n
        return inner()
    return add
adders = [make(i) for i in range(3)]
print([a(10) for a in adders])
