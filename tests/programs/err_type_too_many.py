# Ends with a TypeError: too many positional arguments to a method.


class Greeter:
    def greet(self, name):
        return "hello " + name


g = Greeter()
print(g.greet("ann"))
g.greet("bob", "cy")
