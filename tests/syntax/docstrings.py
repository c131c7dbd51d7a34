"""Module docstring."""
def f():
    """Function docstring."""
    return f.__doc__
class C:
    '''Class docstring.'''
print(__doc__, f(), C.__doc__)
