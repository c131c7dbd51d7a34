# implicit concatenation of literals
s = ('abc' "def"
     'ghi'
     r'\jkl')
print(s)
print('a' 'b' '''c''' """d""")
b = (b'x'
     b'y')
print(b)
