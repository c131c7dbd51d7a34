# escapes at the edges
print('\0', '\12', '\777' == chr(511), 'a\
b', "x\'y", 'back\\slash', '\q' if False else 'unknown escape kept')
print(repr('\a\b\f\v\r'), repr(b'\a\x7f'))
