# Ends with sys.exit("message"): the message goes to stderr and the exit code is 1.
import sys

print("starting")
sys.exit("fatal: cannot continue")
