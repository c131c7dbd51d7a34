# Ends with sys.exit(3): the exit code is 3 and nothing is printed on stderr.
import sys

print("checking")
errors = ["e1", "e2", "e3"]
if errors:
    print(len(errors), "errors")
    sys.exit(len(errors))
print("never printed")
