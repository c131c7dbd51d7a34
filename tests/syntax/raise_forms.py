# raise and raise from
def f(n):
    try:
        if n == 0:
            raise ValueError("zero")
        if n == 1:
            raise KeyError from None
        raise TypeError("t") from ValueError("v")
    except ValueError as e:
        return 'V ' + str(e)
    except KeyError as e:
        return 'K ' + str(e.__suppress_context__)
    except TypeError as e:
        return 'T ' + str(e.__cause__)
print(f(0), f(1), f(2))
