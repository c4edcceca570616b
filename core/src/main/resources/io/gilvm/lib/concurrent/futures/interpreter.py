"""InterpreterPoolExecutor (CPython 3.14): a ThreadPoolExecutor whose every worker thread runs
its calls in an interpreter of its own (see concurrent.interpreters), made when the worker starts
and closed when it ends. Each interpreter has its own lock, so under a GIL the workers run
CPU-bound calls in parallel, without the start-up of a process.

The callable, its arguments and its result are copied by pickle. A call that raises has its
exception copied back and re-raised from result(), with the ExecutionFailed that describes it as
its __cause__; an exception that cannot be copied is replaced by that ExecutionFailed.
"""

from concurrent import interpreters as _interpreters
from concurrent.futures import ThreadPoolExecutor, BrokenThreadPool, _serve
import _thread

__all__ = ["InterpreterPoolExecutor", "BrokenInterpreterPool", "ExecutionFailed"]

ExecutionFailed = _interpreters.ExecutionFailed


class BrokenInterpreterPool(BrokenThreadPool):
    """A worker's initializer failed: the pool runs nothing more."""


def _run_in(interp, item):
    if not item.future.set_running_or_notify_cancel():
        return
    try:
        result = interp._call(item.fn, item.args, item.kwargs, True)
    except BaseException as exc:
        item.future.set_exception(exc)
        # Break the cycle exception -> traceback -> this frame -> item.
        item = None
    else:
        item.future.set_result(result)


def _interpreter_worker(pool_state, initializer, initargs):
    interp = _interpreters.create()
    try:
        if pool_state.shared:
            interp.prepare_main(pool_state.shared)
        if initializer is not None:
            try:
                interp.call(initializer, *initargs)
            except BaseException as exc:
                _thread._print_exception("Exception in initializer:", exc)
                pool_state.initializer_failed()
                return
        _serve(pool_state, lambda item: _run_in(interp, item))
    finally:
        interp.close()


class InterpreterPoolExecutor(ThreadPoolExecutor):
    """Runs calls in at most max_workers threads, each in an interpreter of its own.

    shared: a dict of values bound in every worker interpreter's __main__."""

    _worker_function = staticmethod(_interpreter_worker)

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=(),
                 shared=None):
        super().__init__(max_workers, thread_name_prefix, initializer, initargs)
        self._state.broken = False
        self._state.broken_error = BrokenInterpreterPool
        self._state.shared = dict(shared) if shared else None
