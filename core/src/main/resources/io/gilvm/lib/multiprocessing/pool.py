"""multiprocessing.pool for gilvm: a pool of worker processes.

Pool(processes) starts its workers at once (child JVMs, started in parallel). Tasks are
pickled in the calling thread (so an unpicklable function or argument fails there, as in
CPython) and handed out a chunk at a time, one chunk in flight per worker; a thread per worker
in the parent sends each chunk and waits for its results with the interpreter lock released.
A worker's exception is re-raised by get() in the parent, its remote traceback chained as the
cause (RemoteTraceback). Leaving a `with Pool()` block terminates the workers, as CPython's.
"""

import itertools
import os
import pickle
import queue
import sys
import threading
import traceback
import _gilvm_process as _proc

import multiprocessing as _mp

__all__ = ["Pool", "ThreadPool"]

RUN = 0
CLOSE = 1
TERMINATE = 2

_job_counter = itertools.count()


class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


def _rebuild_exc(exc, tb):
    exc.__cause__ = RemoteTraceback(tb)
    return exc


from multiprocessing._worker import MaybeEncodingError, _mapstar, _starmapstar, _apply_star


# ------------------------------------------------------------------ results


class ApplyResult:
    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = next(_job_counter)
        self._callback = callback
        self._error_callback = error_callback
        self._success = None
        self._value = None
        pool._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise _mp.TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        # The worker ran _apply_star, whose result is a one-item list.
        self._success, self._value = obj
        if self._success:
            self._value = self._value[0]
        else:
            self._value = _rebuild_exc(*self._value)
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        self._pool._cache.pop(self._job, None)


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    def __init__(self, pool, chunksize, length, callback, error_callback):
        super().__init__(pool, callback, error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            pool._cache.pop(self._job, None)
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                self._pool._cache.pop(self._job, None)
                self._event.set()
        else:
            if not success and self._success:
                self._success = False
                self._value = _rebuild_exc(*result)
                if self._error_callback:
                    self._error_callback(self._value)
                self._event.set()
            if self._number_left == 0:
                self._pool._cache.pop(self._job, None)


class IMapIterator:
    def __init__(self, pool, ordered):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._job = next(_job_counter)
        self._items = []
        self._ordered = ordered
        self._chunks = {}
        self._next_chunk = 0
        self._length = None
        self._yielded_chunks = 0
        pool._cache[self._job] = self

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            while True:
                if self._items:
                    ok, value = self._items.pop(0)
                    if ok:
                        return value
                    raise value
                if self._length is not None and self._yielded_chunks >= self._length:
                    self._pool._cache.pop(self._job, None)
                    raise StopIteration from None
                if not self._cond.wait(timeout):
                    if not self._items:
                        raise _mp.TimeoutError from None

    __next__ = next

    def _set(self, i, obj):
        ok, value = obj
        with self._cond:
            if not ok:
                entries = [(False, _rebuild_exc(*value))]
            else:
                entries = [(True, v) for v in value]
            if self._ordered:
                self._chunks[i] = entries
                while self._next_chunk in self._chunks:
                    self._items.extend(self._chunks.pop(self._next_chunk))
                    self._next_chunk += 1
                    self._yielded_chunks += 1
            else:
                self._items.extend(entries)
                self._yielded_chunks += 1
            self._cond.notify_all()

    def _set_length(self, length):
        with self._cond:
            self._length = length
            self._cond.notify_all()


# ------------------------------------------------------------------ the pool (in the parent)


class Pool:
    """A pool of worker processes: map, starmap, imap, imap_unordered, apply, *_async."""

    _names = itertools.count(1)

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None,
                 context=None):
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._processes = processes
        self._state = RUN
        self._cache = {}
        self._tasks = queue.SimpleQueue() if hasattr(queue, "SimpleQueue") else queue.Queue()
        payload = None
        if initializer is not None:
            payload = pickle.dumps((initializer, tuple(initargs)), pickle.HIGHEST_PROTOCOL)
        names = ["SpawnPoolWorker-%d" % next(Pool._names) for _ in range(processes)]
        self._workers = _mp._spawn_children(names, "pool", payload)
        self._threads = []
        for handle, conn in self._workers:
            t = threading.Thread(target=self._feed, args=(handle, conn), daemon=True,
                                 name="pool feeder")
            t.start()
            self._threads.append(t)
        _pools.add(self)

    def _feed(self, handle, conn):
        while True:
            task = self._tasks.get()
            if task is None or self._state == TERMINATE:
                if self._state != TERMINATE:
                    try:
                        conn.send(None)
                    except OSError:
                        pass
                    _proc.wait(handle, None)
                conn.close()
                return
            job, index, data = task
            try:
                conn.send((job, index, data))
                while True:
                    msg = conn.recv()
                    if msg[0] == "q":
                        _mp._serve_request(conn, msg)
                        continue
                    break
            except (EOFError, OSError) as e:
                if self._state == TERMINATE:
                    return
                result = self._cache.get(job)
                if result is not None:
                    result._set(index, (False, (_mp.ProcessError(
                        "a worker process died (exit status %s)" % _proc.poll(handle)), "")))
                return
            _, job, index, outcome = msg
            result = self._cache.get(job)
            if result is not None:
                try:
                    result._set(index, outcome)
                except Exception:
                    traceback.print_exc()

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _submit(self, job, index, func, args):
        self._tasks.put((job, index, pickle.dumps((func, args), pickle.HIGHEST_PROTOCOL)))

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        try:
            self._tasks.put((result._job, 0, pickle.dumps(
                (_apply_star, (func, tuple(args), dict(kwds))), pickle.HIGHEST_PROTOCOL)))
        except BaseException:
            self._cache.pop(result._job, None)
            raise
        return result

    def _chunks(self, iterable, chunksize):
        items = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(items), self._processes * 4)
            if extra:
                chunksize += 1
        if len(items) == 0:
            chunksize = 0
        return items, chunksize

    def _map_async(self, func, iterable, mapper, chunksize, callback, error_callback):
        self._check_running()
        items, chunksize = self._chunks(iterable, chunksize)
        result = MapResult(self, chunksize, len(items), callback, error_callback)
        if chunksize:
            tasks = []
            try:
                for i in range(0, len(items), chunksize):
                    tasks.append((result._job, i // chunksize, pickle.dumps(
                        (mapper, (func, items[i:i + chunksize])), pickle.HIGHEST_PROTOCOL)))
            except BaseException:
                self._cache.pop(result._job, None)
                raise
            for t in tasks:
                self._tasks.put(t)
        return result

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, _mapstar, chunksize, None, None).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, _mapstar, chunksize, callback, error_callback)

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, _starmapstar, chunksize, None, None).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        return self._map_async(func, iterable, _starmapstar, chunksize, callback,
                               error_callback)

    def _imap(self, func, iterable, chunksize, ordered):
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        items = list(iterable)
        it = IMapIterator(self, ordered)
        tasks = []
        try:
            for i in range(0, len(items), chunksize):
                tasks.append((it._job, i // chunksize, pickle.dumps(
                    (_mapstar, (func, items[i:i + chunksize])), pickle.HIGHEST_PROTOCOL)))
        except BaseException:
            self._cache.pop(it._job, None)
            raise
        it._set_length(len(tasks))
        for t in tasks:
            self._tasks.put(t)
        return it

    def imap(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, True)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, False)

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            for _ in self._workers:
                self._tasks.put(None)

    def terminate(self):
        if self._state == TERMINATE:
            return
        self._state = TERMINATE
        for handle, conn in self._workers:
            _proc.signal(handle, 15)
        for _ in self._workers:
            self._tasks.put(None)
        for handle, conn in self._workers:
            _proc.wait(handle, None)
            conn.close()
        _pools.discard(self)

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        for t in self._threads:
            t.join()
        for handle, conn in self._workers:
            _proc.wait(handle, None)
        _pools.discard(self)

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()

    def __repr__(self):
        state = {RUN: "RUN", CLOSE: "CLOSE", TERMINATE: "TERMINATE"}[self._state]
        return "<%s.%s state=%s pool_size=%d>" % (type(self).__module__, type(self).__qualname__,
                                                  state, self._processes)


_pools = set()


def _terminate_pools():
    for p in list(_pools):
        p.terminate()


import atexit as _atexit
_atexit.register(_terminate_pools)
