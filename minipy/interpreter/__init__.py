"""The interpreter: frames, the eval loop, calls, generic object operations, tracebacks."""
