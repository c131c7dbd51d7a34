# Ends with an exception raised in a finally-protected block: the finally output still appears.
try:
    print("working")
    raise LookupError("lost it")
finally:
    print("cleanup ran")
