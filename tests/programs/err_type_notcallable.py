# Ends with a TypeError: calling something that is not callable.
handlers = {"a": len, "b": 5}
print(handlers["a"]("abc"))
result = handlers["b"]("abc")
