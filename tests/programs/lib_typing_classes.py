# typing with annotations: NamedTuple and TypedDict in class syntax and functional form, get_type_hints
from typing import NamedTuple, TypedDict, List, get_type_hints, Optional
class P(NamedTuple):
    """A point."""
    x: int
    y: int = 0
    def norm(self): return abs(self.x) + abs(self.y)
p = P(3, -4)
print(p, p.norm(), P(1), p._asdict(), P._fields, isinstance(p, tuple), P.__annotations__, P.__doc__)
print(p._replace(y=1), P._field_defaults, p == (3, -4), P.__name__, type(p).__mro__[1:])
x, y = p
print(x, y, p[0], len(p))
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("a", 1), Emp.__annotations__)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print(e)
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name="Blade Runner", year=1982)
print(m, type(m) is dict, Movie.__annotations__, sorted(Movie.__required_keys__))
class Movie2(Movie, total=False):
    rating: Optional[float]
print(Movie2.__annotations__, sorted(Movie2.__optional_keys__), sorted(Movie2.__required_keys__), Movie2(name="x"))
Pt = TypedDict("Pt", {"x": int, "y": int})
print(Pt(x=1, y=2), Pt.__annotations__)
class Base:
    a: int
class Derived(Base):
    b: str
def f(q: List[int]) -> None: pass
print(get_type_hints(Derived), get_type_hints(f))
