# The order in which try/except/else/finally blocks run, across function returns and re-raises.
log = []


def f(mode):
    log.append("enter %s" % mode)
    try:
        log.append("try")
        if mode == "raise":
            raise ValueError(mode)
        if mode == "return":
            return "returned"
    except ValueError:
        log.append("except")
        return "handled"
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return "fell through"


for mode in ["normal", "raise", "return"]:
    log.clear()
    result = f(mode)
    print(mode, result, log)


def reraise():
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            log.append("inner handler")
            raise
        finally:
            log.append("inner finally")
    except KeyError as e:
        log.append("outer got %r" % e)
    finally:
        log.append("outer finally")


log.clear()
reraise()
print(log)


def finally_return():
    try:
        raise RuntimeError("lost")
    finally:
        return "finally wins"


print(finally_return())


def loop_with_finally():
    out = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise ValueError(i)
                out.append("ok %d" % i)
            finally:
                out.append("cleanup %d" % i)
        except ValueError as e:
            out.append("caught %s" % e)
    return out


print(loop_with_finally())
