# f-string = specifier
x = 10; y = 'hi'
print(f"{x=}", f"{x = }", f"{y=!s}", f"{x=:>5}")
print(f"{x*2=}")
