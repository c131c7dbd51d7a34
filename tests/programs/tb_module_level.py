# Whole traceback compared: a NameError raised directly at module level.
print("start")
x = 1
undefined_name
