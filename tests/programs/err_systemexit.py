# Raises SystemExit directly with code 0 after catching a SystemExit once.
try:
    raise SystemExit(5)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
print("still running")
raise SystemExit(0)
