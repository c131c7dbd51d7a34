# deeply nested expressions and blocks
x = ((((((1 + 2) * 3) - 4) / 5) ** 2) // 1)
y = [[[[[0]]]]]
def a():
    def b():
        def c():
            if True:
                for i in range(1):
                    while True:
                        try:
                            return [[i]]
                        finally:
                            pass
        return c()
    return b()
print(x, y, a())
