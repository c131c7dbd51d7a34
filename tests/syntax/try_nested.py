# nested try with re-raise
def f():
    try:
        try:
            raise ValueError('inner')
        except ValueError:
            raise
        finally:
            print('inner finally')
    except Exception as e:
        print('outer caught', e)
        return 1
    finally:
        print('outer finally')
print(f())
