# re.sub and subn: string templates (\1, \g<name>, \g<0>, escapes), callables that
# compute the replacement, counts, and Match.expand.
import re

text = 'John Smith <john.smith@example.com>, Ann Lee <ann@mail.org>; bob <BOB@x.io>'

email = re.compile(r'(?P<user>[\w.]+)@(?P<host>[\w.]+)')
print(email.sub(r'\g<host>!\g<user>', text))
print(email.sub(r'<\2 at \1>', text, count=2))
print(email.subn(r'[\g<0>]', text))
print(re.sub(r'(\w+) (\w+) <', r'\2, \1 <', text))
print(re.sub(r'(?P<first>\w+) (?P<last>\w+)', r'\g<last>\t\g<first>', 'Ada Lovelace'))
print(re.sub(r'a', r'\n', 'banana').split('\n'))
print(re.sub(r'(a)', r'\1\1', 'banana'), re.sub(r'(a)(n)?', r'[\1|\2]', 'banana'))
print(re.sub(r'x', r'\\', 'axbxc'), re.sub('x', '\\\\n', 'axb'))
print(re.sub(r'(\d+)', r'\g<1>0', 'item 7 costs 35'))

# callables
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub(r'\b(\w)(\w*)', lambda m: m.group(1).upper() + m.group(2).lower(),
             'the qUICK brown FOX'))


def celsius(m):
    f = float(m.group(1))
    return '%.1fC' % ((f - 32) * 5 / 9)


print(re.sub(r'(-?\d+(?:\.\d+)?)F\b', celsius, 'Boston 41F, Phoenix 104.5F, Nome -3F'))

counter = {'n': 0}


def numbered(m):
    counter['n'] += 1
    return '%s#%d' % (m.group(0), counter['n'])


print(re.sub(r'TODO', numbered, 'TODO: a; TODO: b; TODO: c', count=2), counter)
print(re.subn(r'\s+', ' ', '  lots   of\t\twhite \n space  '))
print(re.sub(r'(?m)^', '> ', 'line one\nline two\nline three'))
print(re.sub(r'$', '!', 'end'), re.sub(r'(?m)$', ';', 'a\nb'))
print(re.sub('', '-', 'abc'), re.sub('x*', '-', 'abxd'), re.subn('b*', '+', 'abbc'))
print(re.sub(r'(?i)python', 'Py', 'PYTHON python PyThOn'))

# a table-driven translation
abbrev = {'st': 'street', 'ave': 'avenue', 'rd': 'road'}
pat = re.compile(r'\b(%s)\.' % '|'.join(sorted(abbrev)), re.I)
print(pat.sub(lambda m: abbrev[m.group(1).lower()], '12 Main St. and 3 Oak Ave. off Mill rd.'))

# thousands separators with lookarounds
for n in [0, 12, 1234, 1234567, 9876543210]:
    print(re.sub(r'(?<=\d)(?=(?:\d{3})+$)', ',', str(n)), end=' ')
print()

# expand
m = re.search(r'(?P<k>\w+)=(?P<v>\w+)', 'config: depth=42')
print(m.expand(r'\g<v> is \g<k> (\1/\2)'), m.expand('plain'))
m = re.match(r'(a)|(b)', 'b')
print(repr(m.expand(r'[\1][\2]')))

# bytes
print(re.sub(rb'(\d+)', rb'<\1>', b'a1b23'), re.sub(b'-', lambda m: b'+', b'1-2-3'))

# a repl that is not a str
try:
    re.sub('a', lambda m: 5, 'banana')
except TypeError as e:
    print('TypeError:', e)
