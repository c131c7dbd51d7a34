# datetime: subclasses of date/timedelta/datetime (reprs, arithmetic and alternate
# constructors keep the subclass), hashes of equal aware times, and a tzinfo
# subclass with a summer-time rule (utcoffset, dst, tzname, astimezone both ways).
from datetime import *
class D(date):
    def label(self): return "D:" + self.isoformat()
class TD(timedelta): pass
class DT(datetime): pass
d = D(2020, 1, 31)
print(repr(d), d.label(), repr(d + timedelta(1)), type(d - timedelta(1)).__name__, repr(D.today() > d))
print(repr(TD(1)), repr(TD(1) + TD(2)), repr(DT(2020,1,1,5)), repr(DT(2020,1,1) + timedelta(1)), type(DT.now()).__name__)
print(repr(DT.strptime("2020", "%Y")), repr(DT.fromisoformat("2020-01-02")), repr(D.fromordinal(5)))
x = datetime(2020, 1, 1, 5, tzinfo=timezone(timedelta(hours=3), "Z3"))
print(repr(x), x.tzinfo, x.replace(tzinfo=None), x.replace(tzinfo=None).replace(tzinfo=x.tzinfo) == x)
print(hash(time(3, tzinfo=timezone(timedelta(hours=2)))) == hash(time(1, tzinfo=timezone.utc)))
print({time(3, tzinfo=timezone(timedelta(hours=2))): 1}[time(1, tzinfo=timezone.utc)])
class CET(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=1) + self.dst(dt)
    def dst(self, dt):
        if dt is not None and 4 <= dt.month <= 9: return timedelta(hours=1)
        return timedelta(0)
    def tzname(self, dt): return "CEST" if self.dst(dt) else "CET"
    def __repr__(self): return "CET()"
for m in (1, 6):
    a = datetime(2021, m, 1, 12, tzinfo=CET())
    print(a, a.tzname(), a.dst(), a.timetuple().tm_isdst, a.astimezone(timezone.utc), datetime(2021, m, 1, 12, tzinfo=timezone.utc).astimezone(CET()), repr(a))
print(datetime(2021, 6, 1).timetuple().tm_isdst, date(2021, 6, 1).timetuple())
