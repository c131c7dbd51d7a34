"""Turn minipy.support's SupportError into the matching Python exception."""
from minipy.objects.exceptions import all_exception_types, oefmt, w_ValueError


def operr_from_support(e):
    from minipy.objects.exceptions import W_ExceptionObject
    from minipy.objects.strobject import wrap_str
    from minipy.objects.intobject import wrap_int
    w_t = all_exception_types.get(e.exc_name, None)
    if w_t is None:
        w_t = w_ValueError
    err = oefmt(w_t, e.msg)
    if e.exc_name.startswith('Unicode'):
        w_exc = err.w_value
        assert isinstance(w_exc, W_ExceptionObject)
        w_exc.setdictvalue('encoding', wrap_str(e.encoding))
        w_exc.setdictvalue('reason', wrap_str(e.reason))
        w_exc.setdictvalue('start', wrap_int(e.start))
        w_exc.setdictvalue('end', wrap_int(e.end))
    return err
