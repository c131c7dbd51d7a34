"""concurrent: the package of concurrent.futures (empty, as CPython's; minipy's lib names a
submodule `concurrent.futures.py`, and `import concurrent.futures` loads both)."""
