"""Running calls asynchronously, with CPython 3.11's API: Future, ThreadPoolExecutor, wait and
as_completed.

A Future's state changes under its own threading.Condition; whoever waits for futures (result(),
wait(), as_completed()) waits on a threading lock, so the interpreter lock is free meanwhile.
ThreadPoolExecutor's workers are threading.Threads that take work items from a
queue.SimpleQueue. ProcessPoolExecutor (in concurrent.futures.process, loaded on first use)
runs calls in worker processes on multiprocessing's Pool.
"""

import threading as _threading
import queue as _queue
import _thread
from time import monotonic as _clock

__all__ = [
    "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError", "TimeoutError",
    "InvalidStateError", "BrokenExecutor", "Future", "Executor", "wait", "as_completed",
    "ThreadPoolExecutor", "ProcessPoolExecutor", "InterpreterPoolExecutor",
]


def __getattr__(name):
    # As CPython's: the process pool's module is imported only when it is asked for.
    if name in ("ProcessPoolExecutor", "BrokenProcessPool"):
        from concurrent.futures import process
        return getattr(process, name)
    if name in ("InterpreterPoolExecutor", "BrokenInterpreterPool"):
        from concurrent.futures import interpreter
        return getattr(interpreter, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

_PENDING = "PENDING"
_RUNNING = "RUNNING"
_CANCELLED = "CANCELLED"
_CANCELLED_AND_NOTIFIED = "CANCELLED_AND_NOTIFIED"
_FINISHED = "FINISHED"

_STATE_NAMES = {
    _PENDING: "pending",
    _RUNNING: "running",
    _CANCELLED: "cancelled",
    _CANCELLED_AND_NOTIFIED: "cancelled",
    _FINISHED: "finished",
}


class Error(Exception):
    """The base of the module's own exceptions."""


class CancelledError(Error):
    """The future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in the future's current state."""


class BrokenExecutor(RuntimeError):
    """The executor can no longer run work."""


class _Waiter:
    """Collects the futures that finish, for wait() and as_completed()."""

    def __init__(self, kind, pending_count=0, stop_on_exception=False):
        self.kind = kind
        self.lock = _threading.Lock()
        self.event = _threading.Event()
        self.finished = []
        self.pending_count = pending_count
        self.stop_on_exception = stop_on_exception

    def _finish(self, future, counts):
        with self.lock:
            self.finished.append(future)
            if self.kind == FIRST_COMPLETED or self.kind == "as_completed":
                self.event.set()
                return
            self.pending_count -= 1
            if self.pending_count <= 0 or (self.stop_on_exception and counts):
                self.event.set()

    def add_result(self, future):
        self._finish(future, False)

    def add_exception(self, future):
        self._finish(future, True)

    def add_cancelled(self, future):
        self._finish(future, False)


class Future:
    """The result of a call that may not have finished yet."""

    def __init__(self):
        self._condition = _threading.Condition()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as exc:
                _log_callback_error(self, exc)

    def __repr__(self):
        with self._condition:
            head = f"<{type(self).__name__} at {id(self):#x} state={_STATE_NAMES[self._state]}"
            if self._state == _FINISHED:
                if self._exception is not None:
                    return f"{head} raised {type(self._exception).__name__}>"
                return f"{head} returned {type(self._result).__name__}>"
            return head + ">"

    def cancel(self):
        """Cancels the call if it has not started; returns whether the future is cancelled."""
        with self._condition:
            if self._state == _RUNNING or self._state == _FINISHED:
                return False
            if self._state == _CANCELLED or self._state == _CANCELLED_AND_NOTIFIED:
                return True
            self._state = _CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state == _CANCELLED or self._state == _CANCELLED_AND_NOTIFIED

    def running(self):
        with self._condition:
            return self._state == _RUNNING

    def done(self):
        with self._condition:
            return self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED)

    def _outcome(self):
        if self._exception is not None:
            # Re-raised as it was: its traceback keeps the frames of the call that raised it.
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        """Calls fn(future) when the future finishes or is cancelled (now, if it already has)."""
        with self._condition:
            if self._state not in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception as exc:
            _log_callback_error(self, exc)

    def _wait_done(self, timeout):
        # With the condition held: waits until finished or cancelled, or raises TimeoutError.
        if self._state not in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED):
            self._condition.wait_for(
                lambda: self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED), timeout)
        if self._state == _CANCELLED or self._state == _CANCELLED_AND_NOTIFIED:
            raise CancelledError()
        if self._state != _FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value, waiting at most timeout seconds; re-raises its exception."""
        try:
            with self._condition:
                self._wait_done(timeout)
                return self._outcome()
        finally:
            # The frame must not keep the future (and its exception) alive.
            self = None

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting at most timeout seconds."""
        with self._condition:
            self._wait_done(timeout)
            return self._exception

    def set_running_or_notify_cancel(self):
        """For executors: marks the future running; False if it was cancelled meanwhile."""
        with self._condition:
            if self._state == _CANCELLED:
                self._state = _CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == _PENDING:
                self._state = _RUNNING
                return True
            raise RuntimeError(f"Future in unexpected state")

    def set_result(self, result):
        """For executors: the call returned result."""
        with self._condition:
            if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED):
                raise InvalidStateError(f"{self._state}: {self!r}")
            self._result = result
            self._state = _FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        """For executors: the call raised exception."""
        with self._condition:
            if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED):
                raise InvalidStateError(f"{self._state}: {self!r}")
            self._exception = exception
            self._state = _FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()


def _log_callback_error(future, exc):
    _thread._print_exception(f"exception calling callback for {future!r}", exc)


class DoneAndNotDoneFutures:
    """What wait() returns: a pair of sets, done and not_done (a named tuple in CPython)."""

    def __init__(self, done, not_done):
        self.done = done
        self.not_done = not_done

    def __iter__(self):
        return iter((self.done, self.not_done))

    def __len__(self):
        return 2

    def __getitem__(self, index):
        return (self.done, self.not_done)[index]

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __repr__(self):
        return f"DoneAndNotDoneFutures(done={self.done!r}, not_done={self.not_done!r})"


def _is_done(f):
    return f._state in (_CANCELLED_AND_NOTIFIED, _FINISHED)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures fs: until one finishes (FIRST_COMPLETED), one raises
    (FIRST_EXCEPTION) or all finish (ALL_COMPLETED), or timeout seconds pass."""
    fs = set(fs)
    done = set()
    for f in fs:
        with f._condition:
            if _is_done(f):
                done.add(f)
    not_done = fs - done
    if return_when == FIRST_COMPLETED and done:
        return DoneAndNotDoneFutures(done, not_done)
    if return_when == FIRST_EXCEPTION and done:
        for f in done:
            if not f.cancelled() and f._exception is not None:
                return DoneAndNotDoneFutures(done, not_done)
    if len(done) == len(fs):
        return DoneAndNotDoneFutures(done, not_done)

    if return_when == FIRST_COMPLETED:
        waiter = _Waiter(FIRST_COMPLETED)
    elif return_when == FIRST_EXCEPTION:
        waiter = _Waiter(FIRST_EXCEPTION, len(not_done), True)
    elif return_when == ALL_COMPLETED:
        waiter = _Waiter(ALL_COMPLETED, len(not_done))
    else:
        raise ValueError(f"Invalid return condition: {return_when!r}")
    pending = []
    for f in not_done:
        with f._condition:
            if _is_done(f):
                waiter.finished.append(f)
                if return_when != ALL_COMPLETED or len(waiter.finished) == len(not_done):
                    waiter.event.set()
                if return_when == ALL_COMPLETED:
                    waiter.pending_count -= 1
            else:
                f._waiters.append(waiter)
                pending.append(f)
    if return_when == FIRST_EXCEPTION:
        for f in waiter.finished:
            if f._exception is None and not f.cancelled():
                with waiter.lock:
                    waiter.pending_count -= 1
        if waiter.pending_count <= 0 or any(
                f._exception is not None for f in waiter.finished):
            waiter.event.set()
    waiter.event.wait(timeout)
    for f in pending:
        with f._condition:
            f._waiters.remove(waiter)
    with waiter.lock:
        done.update(waiter.finished)
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    """Yields the futures fs as they finish (those already finished first); TimeoutError if
    timeout seconds pass before all have."""
    deadline = None if timeout is None else timeout + _clock()
    fs = set(fs)
    total = len(fs)
    waiter = _Waiter("as_completed")
    finished = []
    pending = set()
    for f in fs:
        with f._condition:
            if _is_done(f):
                finished.append(f)
            else:
                f._waiters.append(waiter)
                pending.add(f)
    try:
        for f in finished:
            yield f
        while pending:
            if deadline is None:
                wait_for = None
            else:
                wait_for = deadline - _clock()
                if wait_for < 0:
                    raise TimeoutError(f"{len(pending)} (of {total}) futures unfinished")
            waiter.event.wait(wait_for)
            with waiter.lock:
                arrived = waiter.finished
                waiter.finished = []
                waiter.event.clear()
            if not arrived and deadline is not None and deadline - _clock() < 0:
                raise TimeoutError(f"{len(pending)} (of {total}) futures unfinished")
            for f in arrived:
                if f in pending:
                    pending.remove(f)
                    yield f
    finally:
        for f in fs:
            with f._condition:
                if waiter in f._waiters:
                    f._waiters.remove(waiter)


class Executor:
    """The interface of executors: submit, map, shutdown, and use as a context manager."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), with the calls run by the executor; results come in order,
        and an exception a call raised is raised when its result is reached."""
        deadline = None if timeout is None else timeout + _clock()
        futures = [self.submit(fn, *args) for args in zip(*iterables)]
        return _results_in_order(futures, deadline)

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def _results_in_order(futures, deadline):
    try:
        futures.reverse()
        while futures:
            f = futures.pop()
            if deadline is None:
                yield f.result()
            else:
                yield f.result(deadline - _clock())
    finally:
        for f in futures:
            f.cancel()


class BrokenThreadPool(BrokenExecutor):
    """A worker's initializer failed: the pool runs nothing more."""


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # Break the cycle exception -> traceback -> this frame -> self.
            self = None
        else:
            self.future.set_result(result)


# Every pool's work queue, so that the interpreter's exit can stop their workers.
_pools_lock = _threading.Lock()
_live_queues = []
_exiting = False


def _at_exit():
    global _exiting
    with _pools_lock:
        _exiting = True
        queues = list(_live_queues)
    for work_queue, threads in queues:
        work_queue.put(None)
    for work_queue, threads in queues:
        for t in list(threads):
            t.join()


_threading._register_atexit(_at_exit)


def _worker(pool_state, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException as exc:
            _thread._print_exception("Exception in initializer:", exc)
            pool_state.initializer_failed()
            return
    _serve(pool_state, _WorkItem.run)


def _serve(pool_state, run):
    """A worker's loop: run(item) for each work item until the pool shuts down."""
    work_queue = pool_state.work_queue
    while True:
        item = work_queue.get()
        if item is not None:
            run(item)
            # Drop the item before waiting for the next one, so its arguments do not live on.
            item = None
            pool_state.idle.release()
            continue
        if _exiting or pool_state.shutting_down:
            # Wake the next worker so that it can stop too.
            work_queue.put(None)
            return


class _PoolState:
    """What a pool's workers share with it (the pool itself may be dropped before they end)."""

    def __init__(self):
        self.work_queue = _queue.SimpleQueue()
        self.idle = _threading.Semaphore(0)
        self.shutting_down = False
        self.broken = False
        self.broken_error = BrokenThreadPool
        self.lock = _threading.Lock()

    def initializer_failed(self):
        with self.lock:
            self.broken = "A thread initializer failed, the thread pool is not usable anymore"
            # Fail every call still waiting to run.
            while True:
                try:
                    item = self.work_queue.get_nowait()
                except _queue.Empty:
                    break
                if item is not None:
                    item.future.set_exception(self.broken_error(self.broken))


_pool_counter_lock = _threading.Lock()
_pool_counter = 0


def _next_pool_number():
    global _pool_counter
    with _pool_counter_lock:
        number = _pool_counter
        _pool_counter += 1
    return number


class ThreadPoolExecutor(Executor):
    """Runs calls in a pool of at most max_workers threads (min(32, cpu_count + 4) by default),
    started as work arrives."""

    # What each worker thread runs: (pool state, initializer, initargs).
    _worker_function = staticmethod(_worker)

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, _thread._cpu_count() + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._state = _PoolState()
        self._work_queue = self._state.work_queue
        self._threads = set()
        self._shutdown = False
        self._shutdown_lock = _threading.Lock()
        self._thread_name_prefix = thread_name_prefix or f"ThreadPoolExecutor-{_next_pool_number()}"
        self._initializer = initializer
        self._initargs = initargs
        with _pools_lock:
            _live_queues.append((self._work_queue, self._threads))

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs); returns its Future."""
        with self._shutdown_lock:
            if self._state.broken:
                raise self._state.broken_error(self._state.broken)
            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
            if _exiting:
                raise RuntimeError("cannot schedule new futures after interpreter shutdown")
            f = Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        # An idle worker will take the item; otherwise start one, up to the bound.
        if self._state.idle.acquire(timeout=0):
            return
        n = len(self._threads)
        if n < self._max_workers:
            t = _threading.Thread(
                name=f"{self._thread_name_prefix}_{n}",
                target=self._worker_function,
                args=(self._state, self._initializer, self._initargs))
            t.start()
            self._threads.add(t)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Stops accepting work; with cancel_futures, cancels what has not started; with wait,
        returns once every worker has ended."""
        with self._shutdown_lock:
            self._shutdown = True
            self._state.shutting_down = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except _queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()
            with _pools_lock:
                for i, entry in enumerate(_live_queues):
                    if entry[0] is self._work_queue:
                        del _live_queues[i]
                        break

