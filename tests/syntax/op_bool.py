# boolean operators and short-circuit
def t(x):
    print("t", x)
    return x
print(t(1) and t(0) or t(2))
print(t(0) or t(0) or t(3), t(1) and t(2) and t(3))
print(not t(0) and not t(''), None or [], 0 or '' or 'z')
