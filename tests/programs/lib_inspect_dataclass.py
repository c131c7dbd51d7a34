# inspect.signature of dataclasses' generated __init__ (field types as annotations, defaults, <factory>, InitVar, kw_only) and of their instances' methods
import dataclasses, inspect, typing
@dataclasses.dataclass
class D:
    x: int
    y: str = "a"
    z: list = dataclasses.field(default_factory=list)
    w: dataclasses.InitVar[int] = 0
    c: typing.ClassVar[int] = 3
    def __post_init__(self, w): pass
@dataclasses.dataclass(kw_only=True)
class K(D):
    q: "float" = 1.0
print(inspect.signature(D))
print(inspect.signature(K))
print(D.__init__.__annotations__)
print(inspect.signature(D(1).__post_init__))
ba = inspect.signature(K).bind(1, w=2, q=3.5)
ba.apply_defaults()
print(ba)
print([n for n, v in inspect.getmembers(D, inspect.isfunction)])
