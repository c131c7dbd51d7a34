# typing.get_origin/get_args driving a tiny runtime type checker for annotated functions: List[int], dict[str, float], Optional, Union, X | None, Callable, Literal
from typing import List, Dict, Optional, Union, Callable, Tuple, Literal, Any, get_args, get_origin


def matches(value, tp):
    if tp is Any:
        return True
    origin = get_origin(tp)
    if origin is None:
        return isinstance(value, tp)
    args = get_args(tp)
    if origin is Union or type(tp).__name__ == "UnionType":
        return any(matches(value, a) for a in args)
    if origin is Literal:
        return value in args
    if origin in (list, set):
        return isinstance(value, origin) and all(matches(v, args[0]) for v in value)
    if origin is dict:
        return isinstance(value, dict) and all(matches(k, args[0]) and matches(v, args[1]) for k, v in value.items())
    if origin is tuple:
        return isinstance(value, tuple) and len(value) == len(args) and all(matches(v, a) for v, a in zip(value, args))
    return isinstance(value, origin)


def checked(fn):
    hints = fn.__annotations__

    def wrapper(*args):
        names = fn.__code__.co_varnames[:len(args)]
        for name, value in zip(names, args):
            if name in hints and not matches(value, hints[name]):
                raise TypeError(f"{name}={value!r} is not {hints[name]}")
        return fn(*args)
    return wrapper


@checked
def summarize(scores: List[int], weights: dict[str, float], label: Optional[str], mode: Literal["sum", "max"], extra: int | None):
    return (label or "total", sum(scores) if mode == "sum" else max(scores))


calls = [
    ([1, 2, 3], {"a": 1.0}, None, "sum", None),
    ([1, 2, 3], {"a": 1.0}, "best", "max", 5),
    ([1, "2"], {}, None, "sum", None),
    ([1], {"a": "x"}, None, "sum", None),
    ([1], {}, 7, "sum", None),
    ([1], {}, None, "avg", None),
    ([1], {}, None, "sum", 2.5),
]
for c in calls:
    try:
        print(summarize(*c))
    except TypeError as e:
        print("TypeError:", e)
for tp in [List[int], Dict[str, int], Optional[int], Union[int, str], Callable[[int, str], bool], Tuple[int, ...],
           list[int], dict[str, list[int]], int | None, Literal["a", "b"], int, Any, tuple[()]]:
    print(f"{tp!s:<42} origin={get_origin(tp)} args={get_args(tp)}")
