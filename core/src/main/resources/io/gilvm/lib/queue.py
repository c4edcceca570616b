"""Queues that threads share, with CPython 3.11's API.

Queue, LifoQueue and PriorityQueue keep their items behind one lock, with three conditions on
it (not empty, not full, every task done), as CPython's do. Every wait is a wait on a
threading.Condition, which blocks on a native lock: the interpreter lock is given up for it, as
for any blocking call. SimpleQueue needs no condition: a counting lock wakes one getter per item.
"""

import threading as _threading
from collections import deque as _deque
from heapq import heappush as _heappush, heappop as _heappop
from time import monotonic as _clock

__all__ = ["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]


class Empty(Exception):
    """Raised by get(block=False), get_nowait() and a get() whose timeout passed, on an empty queue."""

    # CPython defines it in its C module _queue, and tracebacks name it so.
    __module__ = "_queue"


class Full(Exception):
    """Raised by put(block=False), put_nowait() and a put() whose timeout passed, on a full queue."""


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """A first-in, first-out queue; maxsize <= 0 means no bound."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = _threading.Lock()
        self.not_empty = _threading.Condition(self.mutex)
        self.not_full = _threading.Condition(self.mutex)
        self.all_tasks_done = _threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Tells the queue that one item taken with get() has been dealt with."""
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left <= 0:
                if left < 0:
                    raise ValueError("task_done() called too many times")
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        """Waits until every item put has been taken and marked done with task_done()."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Adds an item; when the queue is full, waits (at most timeout seconds) or raises Full."""
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                else:
                    _check_timeout(timeout)
                    deadline = _clock() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = deadline - _clock()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Removes and returns an item; when empty, waits (at most timeout seconds) or raises Empty."""
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            else:
                _check_timeout(timeout)
                deadline = _clock() + timeout
                while not self._qsize():
                    remaining = deadline - _clock()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # The storage, for subclasses to replace; called with the mutex held.
    def _init(self, maxsize):
        self.queue = _deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """A queue that hands out its smallest item first (items are often (priority, data) tuples)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    """A last-in, first-out queue (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded first-in, first-out queue without task tracking."""

    def __init__(self):
        self._items = _deque()
        # Counts the items: a getter takes one count, waiting on the native lock while it is zero.
        self._count = _threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        """Adds an item; never blocks (block and timeout are accepted for Queue's signature)."""
        self._items.append(item)
        self._count.release()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get(self, block=True, timeout=None):
        """Removes and returns an item; when empty, waits (at most timeout seconds) or raises Empty."""
        if timeout is not None:
            _check_timeout(timeout)
        if not self._count.acquire(block, timeout if block else None):
            raise Empty
        return self._items.popleft()

    def get_nowait(self):
        return self.get(block=False)

    def empty(self):
        return len(self._items) == 0

    def qsize(self):
        return len(self._items)
