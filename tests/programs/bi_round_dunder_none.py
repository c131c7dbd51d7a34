# round(x, None) calls x.__round__() with no argument, as round(x) does
class A:
    def __round__(self, *args):
        return args


class B:
    def __round__(self, ndigits=7):
        return ndigits


print(round(A()), round(A(), None), round(A(), 2), round(A(), ndigits=None), round(A(), ndigits=3))
print(round(B()), round(B(), None), round(B(), 1))
print(round(2.5, None), round(7, None), round(True, None), round(-0.5, None))


class NoArg:
    def __round__(self):
        return "no-arg"


print(round(NoArg()), round(NoArg(), None))
round(NoArg(), 2)
