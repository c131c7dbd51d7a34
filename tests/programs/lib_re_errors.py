# Malformed patterns and templates: re.error's messages, positions, lines and columns,
# and the TypeErrors of wrong arguments.
import re

patterns = [
    '(abc', 'abc)', '*a', 'a**', 'a{3,1}', '[a-', '[z-a]', 'a\\', '\\q', '(?P<1x>a)',
    '(?P<n>a)(?P<n>b)', '(?P=missing)', '(?<=a+)b', '(?z)', '(?i', 'x(?i)', '\\3(a)',
    '(a)\\2', '[\\d-z]', '\\x4', '\\777', '(?(2)a|b)', '(?#unclosed', 'a|*b', '(?P<n',
    '\\N{NO SUCH CHARACTER}', 'a++?', '(?<x', '(?', '(?P', '^*',
]
for p in patterns:
    try:
        re.compile(p)
        print('%-24r compiled' % p)
    except re.error as e:
        print('%-24r %s' % (p, e))

try:
    re.compile('abc\n(def\nghi')
except re.error as e:
    print(e.msg, '|', e.pos, e.lineno, e.colno, '|', e)
    print(repr(e.pattern), isinstance(e, Exception), type(e).__name__, type(e).__module__)

for pat, tmpl in [('(a)', r'\2'), ('(a)', r'\g<name>'), ('(?P<n>a)', r'\g<n'), ('a', '\\'),
                  ('a', r'\j'), ('(a)', r'\g<1b>'), ('(a)', r'\g<>')]:
    try:
        print(re.sub(pat, tmpl, 'banana'))
    except re.error as e:
        print('re.error:', e)
    except IndexError as e:
        print('IndexError:', e)

calls = [
    lambda: re.match(42, 'x'),
    lambda: re.match('x', 42),
    lambda: re.match('x', b'x'),
    lambda: re.match(b'x', 'x'),
    lambda: re.compile('(a)').match('a').group(2),
    lambda: re.compile('(a)').match('a').group('nope'),
    lambda: re.compile('(a)').match('a').span(5),
    lambda: re.compile('a').match(),
    lambda: re.compile('a').match('a', pos='0'),
    lambda: re.compile('a').sub('b'),
    lambda: re.compile('a').findall('a', 0, 1, 2),
    lambda: re.compile('a').search('a', flags=1),
    lambda: re.sub('a', 3, 'abc'),
]
for f in calls:
    try:
        print(f())
    except (TypeError, IndexError) as e:
        print(type(e).__name__ + ':', e)

try:
    re.compile('a{99999999999}')
except OverflowError as e:
    print('OverflowError:', e)
try:
    re.compile('(?<=a|bc)d')
except re.error as e:
    print('re.error:', e, e.pos)
