"""concurrent.futures.process for gilvm: ProcessPoolExecutor on multiprocessing's Pool.

Each call runs in a worker process (a child JVM running gilvm, with its own interpreter and
lock); the function and its arguments are pickled, as are the result or the exception, which
the Future re-raises in the parent with the worker's traceback chained as its cause.
"""

import multiprocessing as _mp
from multiprocessing import pool as _pool
from concurrent.futures import Executor, Future, BrokenExecutor, _results_in_order
from time import monotonic as _clock

__all__ = ["ProcessPoolExecutor", "BrokenProcessPool"]


class _RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class BrokenProcessPool(BrokenExecutor):
    """A worker process ended abruptly: the pool can run nothing more."""


class ProcessPoolExecutor(Executor):
    """Runs calls in a pool of max_workers processes (os.cpu_count() by default)."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        if max_workers is not None and max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers or _mp.cpu_count()
        self._initializer = initializer
        self._initargs = initargs
        self._pool = None
        self._shutdown = False
        self._broken = None
        self._pending = set()

    def _get_pool(self):
        if self._pool is None:
            self._pool = _pool.Pool(self._max_workers, self._initializer, self._initargs)
        return self._pool

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs) in a worker process; returns its Future."""
        if self._broken:
            raise BrokenProcessPool(self._broken)
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        f = Future()
        pending = self._pending

        def done(value):
            pending.discard(f)
            if f.set_running_or_notify_cancel():
                f.set_result(value)

        def failed(exc):
            pending.discard(f)
            if isinstance(exc, _mp.ProcessError) and "died" in str(exc):
                self._broken = ("A process in the process pool was terminated abruptly while "
                                "the future was running or pending.")
                exc = BrokenProcessPool(self._broken)
            cause = exc.__cause__
            if isinstance(cause, _pool.RemoteTraceback):
                exc.__cause__ = _RemoteTraceback(cause.tb)
            if f.set_running_or_notify_cancel():
                f.set_exception(exc)

        try:
            self._get_pool().apply_async(fn, args, kwargs, callback=done, error_callback=failed)
        except Exception as e:
            # As CPython's: an argument that cannot be pickled fails the future, not submit().
            f.set_running_or_notify_cancel()
            f.set_exception(e)
            return f
        pending.add(f)
        return f

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), each call in a worker; results in order."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return super().map(fn, *iterables, timeout=timeout)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Stops accepting work; with wait, returns once the workers have ended."""
        self._shutdown = True
        if cancel_futures:
            for f in list(self._pending):
                f.cancel()
        if self._pool is not None:
            if wait:
                for f in list(self._pending):
                    try:
                        f.exception()
                    except BaseException:
                        pass
            self._pool.close()
            if wait:
                self._pool.join()
