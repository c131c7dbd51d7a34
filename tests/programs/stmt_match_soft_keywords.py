# match (3.10): `match` and `case` are soft keywords -- names everywhere but at the head of
# a match statement and of its case blocks; `_` is a name too, outside patterns
class Regex:
    """A toy matcher with a `match` method returning a Match-like object."""

    def __init__(self, prefix):
        self.prefix = prefix

    def match(self, text):
        if text.startswith(self.prefix):
            return Found(self.prefix, text[len(self.prefix):])
        return None


class Found:
    __match_args__ = ('head', 'tail')

    def __init__(self, head, tail):
        self.head = head
        self.tail = tail

    def group(self, n=0):
        return (self.head + self.tail, self.head, self.tail)[n]


match = Regex('ab')
case = 'abcd'
m = match.match(case)
print(m.group(), m.group(1), m.group(2), match.match('xyz'))
print(match.prefix, case)


def match(case, *cases):
    """A function named match with a parameter named case."""
    return [c for c in (case,) + cases if c.startswith('m')]


print(match('match', 'case', 'mine'), match(case))
match = {'match': 1, 'case': 2}
match['case'] += 10
print(match)
match, case = case, match
print(match, case)
match = [3, 1, 2]
match[0] = 0
match.sort()
print(match, len(match))
case = lambda match: match * 2
print(case(21))
_ = 'underscore'
print(_)


class case:
    match = 'class attribute'

    def __init__(self, match=None):
        self.match = match


print(case.match, case(5).match)
obj = case('x')
match obj:
    case case(match='x'):
        print('case instance with match attribute x')
match = 'outer'
for case in ['a', 'b']:
    match case:
        case 'a':
            match = 'matched a'
        case other:
            case = other.upper()
print(match, case)

# a match statement whose subject starts like a call, a subscript or a tuple
items = {'k': (1, 2)}
match (items['k']):
    case (1, second):
        print('second is', second)
match [items]:
    case [{'k': (first, _)}]:
        print('first is', first)
match -1, 'x':
    case (-1, 'x'):
        print('a tuple subject')
match *match, 0:
    case [*letters, 0]:
        print('starred subject', letters)
print([match for match in 'ab'], {case: 1 for case in 'c'})
print(sum(match for match in range(4)), (lambda case=1: case)())
match = case = None
print(match, case, match is case)


def nested(value):
    match value:
        case [match, case]:
            return 'names from the pattern: %s %s' % (match, case)
        case {'match': match}:
            return 'dict key match -> %s' % match
        case _:
            return 'neither'


print(nested(['m', 'c']), '|', nested({'match': 0}), '|', nested(3))
