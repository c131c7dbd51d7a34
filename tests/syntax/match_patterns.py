# match statements: every pattern form, subjects, guards, nesting and layout
match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ['go', ('north' | 'south') as direction, *rest] if rest:
        pass
    case [*_, 'end'] | ('stop', _, *_):
        pass
    case []:
        pass
    case ():
        pass
    case (only,):
        pass
    case (a, b, c,):
        pass
match point:
    case Point(x=0, y=0):
        print("Origin")
    case Point(0, y) | Point(y, 0) if y > 0:
        print(y)
    case geometry.shapes.Point(x, y=_,):
        print(x)
    case Point():
        print("empty")
    case {"x": 0, 'y': y, **rest}:
        print(rest)
    case {1: _, -2: _, 3.5: _, -4.5: _, 1 + 2j: _, -1 - 2j: _, None: _} | {True: _, False: _}:
        pass
    case {b'raw': _, 'a' 'b': _, Color.RED: _, Outer.Inner.VALUE: _}:
        pass
    case {**rest}:
        pass
    case {}:
        pass
    case -1 | 0 | 1.5 | -2.5e3 | 0x1F | 0o17 | 0b101 | 1_000 | 3j | -3j | 1 + 1j | 1 - 1J:
        pass
    case 'single' | "double" | '''triple''' | r'raw\d' | b'bytes' | 'con' 'cat':
        pass
    case None | True | False:
        pass
    case Color.RED | Color.GREEN as color:
        pass
    case [((a))] | [[[a]]]:
        pass
    case ((1 | 2) as x) | (3 as x):
        pass
    case [a, [b, [c, *d]], {'k': (e, f)}, G(h, i=[j])] as whole if whole and (z := 1):
        pass
    case str() | bytes():
        pass
    case int(x) | float(real=x) | tuple([*x]) | dict({'k': x}):
        pass
    case _:
        pass
match x,:
    case _: pass
match x, *y, z:
    case a, *b: pass
match (x := f()):
    case 1: pass
    case 2: pass
match not x:
    case True: pass
match -x:
    case 1: pass
match [x]:
    case [1]: pass
match {x: y}:
    case {}: pass
match f'{x}' 'y':
    case 'xy': pass
match x if y else z:
    case _: pass
match lambda: 1:
    case _: pass
match (
        x,
        y
):
    case (
        1,
        2
    ):
        pass
    case [
        3, *rest
    ] if (
        rest
    ):
        pass
match \
        x:
    case 1:  # a comment
        pass
    # a comment between cases

    case 2:
        pass
for item in items:
    match item:
        case 1:
            match nested:
                case 2:
                    match deeper:
                        case 3:
                            pass
                case _:
                    continue
        case 4:
            break
def f(v):
    match v:
        case [match, case]:
            return match, case
        case {'case': case}:
            return case
    match = case = 0
    return match + case
class C:
    match x:
        case 1:
            y = 2
    case = 3
if x:
    match y:
        case 1: z = 1
        case 2: z = 2; w = 3
else:
    match = y
while match:
    match match:
        case match.case: case = match
        case case: match = case
try:
    match t:
        case _: pass
except E:
    pass
