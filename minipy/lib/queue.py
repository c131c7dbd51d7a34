"""queue: CPython 3.11's synchronized queues (Queue, LifoQueue, PriorityQueue, SimpleQueue).

Queue keeps its items in `self.queue` (a collections.deque; a list for LifoQueue and
PriorityQueue, which keeps a heap with heapq) and guards it with one lock, `self.mutex`,
shared by three conditions: `not_empty`, `not_full` and `all_tasks_done`, as CPython's does,
so subclasses that override _init/_qsize/_put/_get work unchanged.  Timed waits go through
threading.Condition.wait(timeout) (a timed lock acquire): nothing polls.
"""
import threading
import time
from collections import deque
from heapq import heappush, heappop


__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']

_GenericAlias = type(list[int])     # types.GenericAlias, without importing types


class Empty(Exception):
    """Raised by get(block=False) / get_nowait() on an empty queue, or when get times out.
    (CPython's is _queue.Empty, and an uncaught one prints so.)"""
    __module__ = "_queue"


class Full(Exception):
    """Raised by put(block=False) / put_nowait() on a full queue, or when put times out."""
    pass


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """A FIFO queue of at most `maxsize` items (unbounded when maxsize <= 0)."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    # Queue[int] in annotations, as CPython's
    __class_getitem__ = classmethod(_GenericAlias)

    def task_done(self):
        """One item taken by get() is fully processed; join() returns when none are left."""
        self.all_tasks_done.acquire()
        try:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError("task_done() called too many times")
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished
        finally:
            self.all_tasks_done.release()

    def join(self):
        """Block until every item put has been got and marked with task_done()."""
        self.all_tasks_done.acquire()
        try:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()
        finally:
            self.all_tasks_done.release()

    def qsize(self):
        self.mutex.acquire()
        try:
            return self._qsize()
        finally:
            self.mutex.release()

    def empty(self):
        self.mutex.acquire()
        try:
            return not self._qsize()
        finally:
            self.mutex.release()

    def full(self):
        self.mutex.acquire()
        try:
            return 0 < self.maxsize <= self._qsize()
        finally:
            self.mutex.release()

    def put(self, item, block=True, timeout=None):
        """Add item, waiting for a free slot if the queue is full (Full when it cannot)."""
        self.not_full.acquire()
        try:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                else:
                    _check_timeout(timeout)
                    deadline = time.monotonic() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = deadline - time.monotonic()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()
        finally:
            self.not_full.release()

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting for one if the queue is empty (Empty)."""
        self.not_empty.acquire()
        try:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            else:
                _check_timeout(timeout)
                deadline = time.monotonic() + timeout
                while not self._qsize():
                    remaining = deadline - time.monotonic()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item
        finally:
            self.not_empty.release()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # The storage: override these four to make another kind of queue.
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """Items come out smallest first (a heap; entries are often (priority, data) tuples)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """Items come out most recently put first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking: put never blocks. (CPython's is
    _queue.SimpleQueue.)"""
    __module__ = "_queue"

    def __init__(self):
        self._queue = deque()
        self._lock = threading.Lock()          # the deque itself is not thread-safe here
        self._count = threading.Semaphore(0)   # one per item in the deque

    __class_getitem__ = classmethod(_GenericAlias)

    def put(self, item, block=True, timeout=None):
        """Add item; never blocks (block and timeout exist for compatibility with Queue)."""
        self._lock.acquire()
        try:
            self._queue.append(item)
        finally:
            self._lock.release()
        self._count.release()

    def get(self, block=True, timeout=None):
        """Remove and return the oldest item, waiting for one when empty (Empty)."""
        if not block:
            timeout = None
        elif timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not self._count.acquire(block, timeout):
            raise Empty
        self._lock.acquire()
        try:
            return self._queue.popleft()
        finally:
            self._lock.release()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._queue) == 0

    def qsize(self):
        return len(self._queue)
