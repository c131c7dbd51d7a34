"""concurrent.futures.thread: where CPython defines ThreadPoolExecutor and BrokenThreadPool;
minipy's are in concurrent.futures, named here for programs that import them from here."""
from concurrent.futures import ThreadPoolExecutor, BrokenThreadPool
