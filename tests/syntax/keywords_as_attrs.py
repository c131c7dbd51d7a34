# names that look like soft keywords, builtins as names
match = 1
case = 2
type = 'shadow'
_ = 3
__dunder__ = 4
print(match, case, type, _, __dunder__)
