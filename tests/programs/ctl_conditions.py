# Conditions: chained comparisons, truthiness, short-circuit evaluation, conditional expressions.
calls = []


def t(name, value):
    calls.append(name)
    return value


print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 >= 2 == 2, 1 == 1.0 != 2, "a" < "b" < "c")
x = 5
print(0 < x < 10, 0 < x < 3, x in range(10) and x not in (1, 2))
print(t("a", 0) and t("b", 1), calls)
calls.clear()
print(t("a", 0) or t("b", 2), calls)
calls.clear()
print(t("a", 1) and t("b", "") and t("c", 3), calls)
calls.clear()
print(t("a", 5) < t("b", 3) < t("c", 9), calls)
for v in [0, 1, -1, 0.0, "", "x", [], [0], {}, None, (), (None,)]:
    print(repr(v), "truthy" if v else "falsy")
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in [95, 85, 75, 65, 90, 80]])
print(None or "default", "" or [] or 0, 3 and 4, 0 and 4, not None, not [], not [0])
a = b = c = 7
print(a is b, a == b == c, a is not None)
n = 15
if n % 15 == 0:
    print("FizzBuzz")
elif n % 3 == 0:
    print("Fizz")
else:
    print(n)
print(["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i) for i in range(1, 16)])
print(max(1, 2) if True else 0, (lambda: "yes" if [] else "no")())
