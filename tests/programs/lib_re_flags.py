# Flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, inline and scoped flags, how
# flags and patterns print, and the compiled-pattern cache.
import re

text = 'First line\nsecond LINE\nThird Line'
print(re.findall(r'^\w+', text), re.findall(r'^\w+', text, re.M))
print(re.findall(r'line$', text, re.I), re.findall(r'line$', text, re.I | re.M))
print(re.search(r'line.second', text), re.search(r'line.second', text, re.S).span())
print(re.findall(r'(?im)^(\w)\w*\s+line$', text))
print(re.findall(r'(?i:t)hird|(?-i:S)econd', text, re.I), re.findall(r'(?i:t)hird|(?-i:S)econd', text))

phone = re.compile(r'''
    (\d{3})     # area code
    [-.\s]?     # optional separator
    (\d{3})     # exchange
    [-.\s]?
    (\d{4})     # line number
    (?:\s*(?:x|ext\.?)\s*(\d+))?   # extension
''', re.VERBOSE | re.IGNORECASE)
for s in ['555-867-5309', '(555) 123.4567 EXT. 12', '5551234567x9', 'no number']:
    m = phone.search(s)
    print(s, '->', m.groups() if m else None)

s = 'naïve Ünïcode 123 ٣'
print(re.findall(r'\w+', s), re.findall(r'\w+', s, re.A), re.findall(r'(?a)\w+', s))
print(re.findall(r'\d', s), re.findall(r'\d', s, re.ASCII), re.findall(r'[a-z]+', s, re.I))
print(re.match(r'ÜNÏ', 'ünï', re.I), re.match(r'ünï', 'ÜNÏ', re.I | re.A))
print(re.findall(r'(?i)straSSe|stra[ßs]e', 'Straße STRASSE strase'))

for flags in [0, re.I, re.M | re.S, re.X | re.A, re.I | re.M | re.S | re.X, re.U, re.A | re.I]:
    print(repr(flags), int(flags), re.compile('x', flags))
print(re.I | re.M, re.I & re.M, re.DOTALL, re.NOFLAG, re.IGNORECASE is re.I, re.I == 2)
print(re.compile(r'\d+').flags, re.compile(r'\d+', re.I).flags, re.compile(b'x').flags,
      re.compile('(?x) a').flags, re.compile('(?s)a', re.M).flags)
print(re.compile(r"it's \"q\""), re.compile(b'\x00\xff'), re.compile('a' * 250))
print(re.compile('tab\there'), re.compile(r'\n'))

p1 = re.compile(r'[a-z]+\d*')
p2 = re.compile(r'[a-z]+\d*')
p3 = re.compile(r'[a-z]+\d*', re.I)
print(p1 is p2, p1 == p2, p1 == p3, p1.pattern, p3.pattern == p1.pattern)
print(re.compile(p1) is p1, re.match(p1, 'abc1').group())
try:
    re.compile(p1, re.I)
except ValueError as e:
    print('ValueError:', e)
re.purge()
print(re.compile(r'[a-z]+\d*') == p1)
for bad in [(r'a', re.L), (r'a', re.A | re.U), (b'a', re.U)]:
    try:
        re.compile(*bad)
    except ValueError as e:
        print('ValueError:', e)
