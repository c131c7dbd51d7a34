# if / elif / else chains
def cls(n):
    if n < 0:
        return 'neg'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'big'
print([cls(v) for v in (-1, 0, 5, 50)])
if 0: pass
elif 0: pass
else: print('else')
