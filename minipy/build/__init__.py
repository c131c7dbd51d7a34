"""Translation-time configuration of the two builds (see parallel_runtime.py)."""
