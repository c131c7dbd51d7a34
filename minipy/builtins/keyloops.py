"""The loops of built-in functions that call a Python function for each item: min() and
max() (with or without key=), and the key= of sorted() and list.sort().

Each loop has a JitDriver of its own (as PyPy's min/max). Without one, the JIT sees
such a loop only as a residual call: every call of the key function then enters compiled
code from outside, with a real frame and its arguments in a real list. With one, a hot
loop is traced like a Python loop, the key function's body inlined. The green variables
name what the trace is specialised on: the key function's code (None: no key function,
or a built-in one) and, for min/max, which of the two it is. Builds without the JIT
ignore the drivers."""
from rpython.rlib import jit
from minipy.objects.functionobject import W_Function


def _key_code(w_key):
    if isinstance(w_key, W_Function):
        return w_key.w_code
    return None


def _where(is_max, w_code):
    name = 'max' if is_max else 'min'
    if w_code is None:
        return name
    return '%s(key=%s)' % (name, w_code.co_name)


def _where_key(w_code):
    if w_code is None:
        return 'key'
    return 'key=%s' % w_code.co_name


minmax_driver = jit.JitDriver(name='minmax', greens=['is_max', 'w_code'], reds='auto',
                              get_printable_location=_where)
keys_driver = jit.JitDriver(name='keys', greens=['w_code'], reds='auto',
                            get_printable_location=_where_key)


def best_of(items_w, w_key, is_max):
    """The first largest (is_max) or first smallest item of a non-empty list, compared
    by w_key(item) when w_key is not None, as CPython's min() and max()."""
    from minipy.interpreter import ops
    w_code = _key_code(w_key)
    w_best = items_w[0]
    w_bestkey = w_best
    if w_key is not None:
        w_bestkey = ops.call_function(w_key, [w_best])
    i = 1
    while i < len(items_w):
        minmax_driver.jit_merge_point(is_max=is_max, w_code=w_code)
        w_x = items_w[i]
        w_k = w_x
        if w_key is not None:
            w_k = ops.call_function(w_key, [w_x])
        if is_max:      # the new item's key first, as CPython compares
            better = ops.gt_w(w_k, w_bestkey)
        else:
            better = ops.lt_w(w_k, w_bestkey)
        if better:
            w_best = w_x
            w_bestkey = w_k
        i += 1
    return w_best


def keys_of(items_w, w_key):
    """[w_key(item) for item in items_w]."""
    from minipy.interpreter import ops
    w_code = _key_code(w_key)
    keys_w = [None] * len(items_w)
    i = 0
    while i < len(items_w):
        keys_driver.jit_merge_point(w_code=w_code)
        keys_w[i] = ops.call_function(w_key, [items_w[i]])
        i += 1
    return keys_w
