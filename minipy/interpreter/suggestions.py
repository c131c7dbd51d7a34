"""The "Did you mean: 'x'?" that CPython 3.11 adds to the last line of an uncaught
NameError or AttributeError raised by the interpreter: the closest name by an edit
distance where a change of case costs 1 and any other edit 2, within a third of the
characters involved. A NameError looks among the failing code's local variable names,
then the module's globals, then the builtins (the first list with a match wins); an
AttributeError among dir() of the object. The rules and limits are CPython's (its
Python/suggestions.c), written again here."""

MAX_CANDIDATE_ITEMS = 750
MAX_STRING_SIZE = 40
MOVE_COST = 2
CASE_COST = 1


class NameScope(object):
    """Where a NameError's name was looked for: the code's local names, the globals and
    builtins dicts (kept on the exception for its hint)."""
    def __init__(self, varnames, w_globals, w_builtins):
        # a list of our own (code objects' lists are immutable, this one is not)
        self.varnames = [name for name in varnames]
        self.w_globals = w_globals
        self.w_builtins = w_builtins


def _lower(c):
    if 'A' <= c <= 'Z':
        return chr(ord(c) + 32)
    return c


def substitution_cost(a, b):
    if a == b:
        return 0
    if _lower(a) == _lower(b):
        return CASE_COST
    return MOVE_COST


def distance(a, b, max_cost):
    """The edit distance of byte strings a and b, or max_cost + 1 when it is larger."""
    start = 0
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    end_a = len(a)
    end_b = len(b)
    while end_a > start and end_b > start and a[end_a - 1] == b[end_b - 1]:
        end_a -= 1
        end_b -= 1
    assert end_a >= 0 and end_b >= 0
    a = a[start:end_a]
    b = b[start:end_b]
    if len(a) == 0 or len(b) == 0:
        return (len(a) + len(b)) * MOVE_COST
    if len(a) > MAX_STRING_SIZE or len(b) > MAX_STRING_SIZE:
        return max_cost + 1
    if len(b) < len(a):
        a, b = b, a
    if (len(b) - len(a)) * MOVE_COST > max_cost:
        return max_cost + 1
    row = [(i + 1) * MOVE_COST for i in range(len(a))]
    result = 0
    for b_index in range(len(b)):
        code = b[b_index]
        dist = b_index * MOVE_COST
        result = dist
        minimum = -1
        for index in range(len(a)):
            substitute = dist + substitution_cost(code, a[index])
            dist = row[index]
            insert_delete = min(result, dist) + MOVE_COST
            result = min(insert_delete, substitute)
            row[index] = result
            if minimum < 0 or result < minimum:
                minimum = result
        if minimum > max_cost:
            return max_cost + 1
    return result


def best_match(candidates, name):
    """The candidate closest to `name` (the first of the closest), or None."""
    if len(candidates) >= MAX_CANDIDATE_ITEMS:
        return None
    best = None
    best_distance = -1
    for item in candidates:
        if item == name:
            continue
        max_distance = (len(name) + len(item) + 3) * MOVE_COST // 6
        if best is not None:
            max_distance = min(max_distance, best_distance - 1)
        d = distance(name, item, max_distance)
        if d > max_distance:
            continue
        if best is None or d < best_distance:
            best = item
            best_distance = d
    return best


def _str_keys(w_dict):
    from minipy.objects.strobject import W_StrObject
    res = []
    for w_k in w_dict.live_keys():
        if isinstance(w_k, W_StrObject):
            res.append(w_k.utf8)
    return res


def hint(w_exc):
    """The name to suggest for an uncaught exception, or None."""
    from minipy.interpreter import ops
    from minipy.objects import exceptions as ex
    from minipy.objects.strobject import W_StrObject
    from minipy.objects.dictobject import W_DictObject
    if not isinstance(w_exc, ex.W_ExceptionObject):
        return None
    w_name = w_exc.getdictvalue('name')
    if w_name is None or not isinstance(w_name, W_StrObject):
        return None
    name = w_name.utf8
    if w_exc.getclass().issubtype(ex.w_NameError):
        scope = w_exc.name_scope
        if scope is None:
            return None
        for candidates in [scope.varnames, _dict_names(scope.w_globals),
                           _dict_names(scope.w_builtins)]:
            found = best_match(candidates, name)
            if found is not None:
                return found
        return None
    if w_exc.getclass().issubtype(ex.w_AttributeError):
        w_obj = w_exc.getdictvalue('obj')
        if w_obj is None:
            return None
        from minipy.builtins.functions import dir_of
        names = []
        for w_k in dir_of(w_obj).getitems_copy():
            names.append(ops.str_w(w_k))
        return best_match(names, name)
    return None


def _dict_names(w_d):
    from minipy.objects.dictobject import W_DictObject
    if isinstance(w_d, W_DictObject):
        return _str_keys(w_d)
    return []
