# bytes literals
a = b'abc' + B"def" + rb'\n' + Rb"x" + bR'y' + br'z'
print(a, len(a), a[0], list(b'\x00\xff\n'))
print(b'''tri
ple''')
