# error messages name the library types that CPython writes in C by their dotted names (datetime.date, collections.deque, decimal.Decimal...), while __name__, __module__ and reprs stay as in CPython
import collections
import datetime
import decimal
import functools
import itertools
import operator

samples = [collections.deque([1, 2]), collections.OrderedDict(a=1),
           collections.defaultdict(list), datetime.date(2024, 5, 17),
           datetime.datetime(2024, 5, 17, 8, 30), datetime.timedelta(hours=3),
           datetime.timezone.utc, decimal.Decimal("2.50"), functools.partial(max, 0),
           operator.itemgetter(1), itertools.count(5)]
for obj in samples:
    cls = type(obj)
    print(cls.__name__, cls.__qualname__, cls.__module__, cls)
    for label, attempt in [("add", lambda: obj + object()),
                           ("attr", lambda: obj.no_such_attribute),
                           ("order", lambda: obj < object()),
                           ("hash", lambda: {obj: 1})]:
        try:
            attempt()
        except (TypeError, AttributeError) as e:
            print("  %s: %s: %s" % (label, type(e).__name__, e))


class Schedule(collections.deque):
    pass


try:
    Schedule().missing
except AttributeError as e:
    print(e, Schedule.__name__, Schedule.__mro__[1])
print(repr(collections.deque([1])), repr(datetime.date(2024, 1, 2)), repr(decimal.Decimal("1.5")))
