"""concurrent.futures._base: where CPython defines Future, Executor, wait, as_completed and
the exceptions; minipy's are in concurrent.futures, named here for programs that import
them from here."""
from concurrent.futures import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
                                PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED,
                                FINISHED, Error, CancelledError, TimeoutError,
                                InvalidStateError, BrokenExecutor, Future, Executor,
                                wait, as_completed, DoneAndNotDoneFutures)
