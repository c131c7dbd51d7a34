# Match objects: groups by number and name, spans, lastindex/lastgroup, pos/endpos,
# reprs, and a few classic patterns (dates, versions, key-value pairs).
import re

m = re.match(r'(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?(T(\d\d):(\d\d))?', '2024-03T09:45 tail')
print(m)
print(m.group(), m.group(0, 'year', 2), m['month'], m[5])
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0))
print(m.span(), m.span('day'), m.start(4), m.end('month'), m.regs)
print(m.lastindex, m.lastgroup, m.pos, m.endpos, repr(m.string), m.re)
print(bool(m), type(m).__name__, type(m.re).__name__, isinstance(m, re.Match), isinstance(m.re, re.Pattern))

m = re.compile(r'(a)(?P<bee>b)?').search('xxab', 1, 4)
print(m, m.pos, m.endpos, m.lastgroup, m.lastindex)
m = re.search(r'((a)(b))', 'ab')
print(m.lastindex, m.lastgroup, m.groups())
m = re.search(r'(?P<outer>(?P<inner>x))', 'x')
print(m.lastindex, m.lastgroup)
print(re.match(r'(a)|(b)', 'b').lastindex, re.match(r'(?:(a)|b)*', 'ab').groups(),
      re.match(r'(a)*', 'aaa').span(1), re.match(r'(a)*', '').group(1))
print(re.match('', 'abc'), re.search(r'$', 'abc'), re.match(r'.*', 'x' * 80))
print(re.match(r'\w+', 'héllo wörld'), re.search('b', 'a\tb'))

versions = ['1.2.3', '10.0', 'v2.11.0-rc1', '3', 'banana']
VER = re.compile(r'v?(\d+)\.(\d+)(?:\.(\d+))?(?:-(\w+))?$')
for v in versions:
    m = VER.match(v)
    if m:
        major, minor, patch, tag = m.groups(default='0')
        print(v, '->', (int(major), int(minor), int(patch)), tag, m.span(3))
    else:
        print(v, '-> no match')

dates = 'Due 2024-01-31, paid 2024-02-05; next 31/03/2024 or 2024-4-1'
for m in re.finditer(r'(\d{4})-(\d\d)-(\d\d)|(\d\d)/(\d\d)/(\d{4})', dates):
    if m.group(1):
        print('iso', m.group(1, 2, 3), m.span())
    else:
        print('dmy', m.group(6, 5, 4), m.span(), m.lastindex)

cfg = 'name = demo\nport=8080\n# comment\ndebug = true ; trailing\nempty =\n'
pairs = {}
for m in re.finditer(r'^\s*(?P<key>\w+)\s*=\s*(?P<val>[^;\n]*?)\s*(?:;.*)?$', cfg, re.M):
    pairs[m['key']] = m['val']
print(pairs)

scanner = re.compile(r'\s*(?:(\d+)|(\w+)|(.))').scanner('12 ab +')
while True:
    m = scanner.match()
    if not m:
        break
    print(m.lastindex, repr(m.group(m.lastindex)), end='; ')
print()
print(re.match(r'(?P<a>.)(?P=a)', 'xx'), re.match(r'(.)\1', 'xy'), re.fullmatch(r'(.)\1', 'xxx'))
