# Number edge cases that once crashed, hung or gave wrong results: bool & | ^ give bools,
# -2**63 negated and its bit length, % // divmod round of infinities and NaN, math.fmod,
# isqrt of big ints, log2/log10 exact at powers and of ints too big for a float, fsum
# exact; and subscripting a set.
import math
print(True & False, True | False, True ^ True, False ^ True, True & 1, type(True | False))
ok = True; ok &= False; print(ok)
for container in ({1}, frozenset({2}), set()):
    try:
        container[0]
    except TypeError as e:
        print(e)
x = -2**63
print(-x, abs(x), x.bit_length(), -(-2**63 + 0))
for expr in ["float('inf') % 1", "float('inf') // 1", "divmod(float('inf'), 2)", "-float('inf') % 3", "float('inf') % float('inf')", "1e308*10 // 3", "round(float('inf'), 2)", "round(float('nan'), 1)"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
for expr in ["math.fmod(float('inf'), 1)", "math.isqrt(1222813569854979020297472747716943066680430163150569081099)", "math.log2(2.0**29)", "math.log2(2**2000)", "math.log10(10**1000)", "math.fsum([1e100, 1.0, -1e100])", "math.log(2**2000)", "[k for k in range(64) if math.log2(2.0**k) != k]"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
print(math.fsum([0.1] * 10), math.fsum([1e308, 1e308, -1e308]) if False else None, math.fsum([]), math.fsum([float('inf'), 1]))
for bad in ([float('inf'), -float('inf')], [1e308, 1e308]):
    try:
        print(math.fsum(bad))
    except Exception as e:
        print(type(e).__name__, e)
print([math.log10(10 ** k) for k in range(0, 400, 37)], math.log2(3), math.log10(2), math.log2(10**400))
print(math.fmod(5.5, float('inf')), math.fmod(float('nan'), 1), round(2.675, 2), round(-0.5), round(1e300, -300), round(123.456, -1))
