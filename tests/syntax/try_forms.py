# try / except / else / finally
def f(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print('zero')
    except (TypeError, ValueError) as e:
        print('bad', type(e).__name__)
    except:
        print('other')
    else:
        print('ok', r)
    finally:
        print('finally', x)
f(2); f(0); f('a')
try:
    pass
finally:
    print('only finally')
