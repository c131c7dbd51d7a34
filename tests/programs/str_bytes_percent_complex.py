# bytes and bytearray %-formatting of a complex number: %r and %a format it, the others raise CPython's TypeErrors
for fmt in [b'%s', b'%r', b'%a', b'%f', b'%d', b'%x', b'%c', b'[%5r]']:
    for b in (fmt, bytearray(fmt)):
        try:
            print(repr(b % 1j), repr(b % (2 - 3j,)))
        except TypeError as e:
            print(type(b).__name__, 'TypeError:', e)
print(b'%r and %s' % (1j, b'x'), bytearray(b'%a!') % (-0j,))
for s in ['%s', '%r', '%f', '%d']:
    try:
        print(s % 1j)
    except TypeError as e:
        print('str TypeError:', e)
