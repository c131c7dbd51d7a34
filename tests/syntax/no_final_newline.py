# a file without a final newline
def f():
    return 'no newline'
print(f())