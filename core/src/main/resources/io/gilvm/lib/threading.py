"""Threads and synchronisation for gilvm, with CPython 3.11's API.

Built on _thread, as CPython's own threading module is: locks are the native
_thread.lock and _thread.RLock; Condition, Event, Semaphore, Barrier and Thread
are Python code here, so they take the interpreter lock like any other bytecode
and give it up only where they wait on a native lock.
"""

import _thread
from time import monotonic as _clock

_start_thread = _thread._start_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
Lock = _thread.allocate_lock
local = _thread._local
excepthook = _thread._excepthook
__excepthook__ = _thread._excepthook

__all__ = [
    "get_ident", "get_native_id", "active_count", "activeCount", "Condition",
    "current_thread", "currentThread", "enumerate", "main_thread", "TIMEOUT_MAX",
    "Event", "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Thread", "Barrier",
    "BrokenBarrierError", "Timer", "ThreadError", "ExceptHookArgs", "stack_size",
    "excepthook", "local", "settrace", "setprofile", "gettrace", "getprofile",
]


def RLock(*args, **kwargs):
    """A reentrant lock: the thread holding it may acquire it again."""
    return _thread.RLock(*args, **kwargs)


# Thread registry: started threads by identifier, and threads between start() and running.
_registry_lock = _allocate_lock()
_active = {}
_limbo = {}
_last_number = 0


def _next_name(template):
    global _last_number
    with _registry_lock:
        _last_number += 1
        number = _last_number
    return template % number


class Condition:
    """Lets threads wait until another thread notifies them, around a lock they share."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # An RLock can give up and restore its whole recursion around a wait.
        if hasattr(lock, "_release_save"):
            self._release_save = lock._release_save
        if hasattr(lock, "_acquire_restore"):
            self._acquire_restore = lock._acquire_restore
        if hasattr(lock, "_is_owned"):
            self._is_owned = lock._is_owned
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def __repr__(self):
        return f"<Condition({self._lock!r}, {len(self._waiters)})>"

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, saved):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock does not know its owner: it is taken, presumably by us, if we cannot take it.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Releases the lock, waits for a notify (or the timeout), re-acquires; True if notified."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        # Each waiter blocks on a lock of its own, which notify releases.
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        notified = False
        try:
            if timeout is None:
                notified = waiter.acquire()
            elif timeout > 0:
                notified = waiter.acquire(True, timeout)
            else:
                notified = waiter.acquire(False)
        finally:
            self._acquire_restore(saved)
            if not notified and waiter in self._waiters:
                self._waiters.remove(waiter)
        return notified

    def wait_for(self, predicate, timeout=None):
        """Waits until predicate() is true or the timeout passes; returns the last result."""
        deadline = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if deadline is None:
                    deadline = _clock() + remaining
                else:
                    remaining = deadline - _clock()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wakes up to n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        while self._waiters and n > 0:
            waiter = self._waiters.pop(0)
            waiter.release()
            n -= 1

    def notify_all(self):
        """Wakes every thread waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        self.notify_all()


class Semaphore:
    """A counter that acquire() decrements, waiting while it is zero, and release() increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = type(self)
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: value={self._value}>"

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if deadline is None:
                        deadline = _clock() + timeout
                    else:
                        timeout = deadline - _clock()
                        if timeout <= 0:
                            return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    def __enter__(self):
        return self.acquire()

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, *exc):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that may not be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = type(self)
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: "
                f"value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag threads can wait for: set() wakes every waiter, clear() resets it."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = type(self)
        status = "set" if self._flag else "unset"
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def is_set(self):
        return self._flag

    def isSet(self):
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Waits until the flag is set or the timeout passes; returns the flag."""
        with self._cond:
            flag = self._flag
            if not flag:
                flag = self._cond.wait(timeout)
        return flag


class BrokenBarrierError(RuntimeError):
    pass


# Barrier states: filling with waiters, letting them out, being reset, broken.
_FILLING = 0
_DRAINING = 1
_RESETTING = -1
_BROKEN = -2


class Barrier:
    """Makes a fixed number of threads wait for each other, then lets them all go at once."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        cls = type(self)
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        """Waits for the other parties; returns this thread's arrival index (0 .. parties-1)."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # Threads of the previous round may still be leaving.
            while self._state == _DRAINING or self._state == _RESETTING:
                self._cond.wait()
            if self._state == _BROKEN:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
                        self._break()
                        raise BrokenBarrierError
                    if self._state != _DRAINING:
                        raise BrokenBarrierError
            finally:
                self._count -= 1
                if self._count == 0 and (self._state == _DRAINING or self._state == _RESETTING):
                    self._state = _FILLING
                    self._cond.notify_all()
        return index

    def _trip(self):
        try:
            if self._action:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    def reset(self):
        """Returns the barrier to its empty state; threads waiting now get BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._state == _FILLING or self._state == _BROKEN:
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Breaks the barrier: current and future waiters get BrokenBarrierError."""
        with self._cond:
            self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == _BROKEN


class ExceptHookArgs:
    """What threading.excepthook receives about an exception that ended a thread."""

    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread

    def __repr__(self):
        return (f"ExceptHookArgs(exc_type={self.exc_type!r}, exc_value={self.exc_value!r}, "
                f"exc_traceback={self.exc_traceback!r}, thread={self.thread!r})")


class Thread:
    """A thread of control: pass a target, or subclass and override run()."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if group is not None:
            raise AssertionError("group argument must be None for now")
        if name:
            name = str(name)
        else:
            name = _next_name("Thread-%d")
            if target is not None:
                target_name = getattr(target, "__name__", None)
                if target_name is not None:
                    name += f" ({target_name})"
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        if daemon is None:
            daemon = current_thread().daemon
        self._daemonic = daemon
        self._ident = None
        self._native_id = None
        # A lock the thread holds while it runs, released after its last bytecode: join waits on it.
        self._done = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += f" {self._ident}"
        return f"<{type(self).__name__}({self._name}, {status})>"

    def start(self):
        """Starts the thread; returns once it is running. A thread can be started only once."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _registry_lock:
            _limbo[self] = self
        try:
            self._done = _start_thread(self._bootstrap, self._name, self._daemonic)
        except BaseException:
            with _registry_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def _bootstrap(self):
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _registry_lock:
            _active[self._ident] = self
            del _limbo[self]
        self._started.set()
        try:
            self.run()
        except BaseException as exc:
            self._report(exc)
        finally:
            with _registry_lock:
                del _active[self._ident]

    def _report(self, exc):
        args = ExceptHookArgs(type(exc), exc, None, self)
        try:
            excepthook(args)
        except BaseException as hook_exc:
            __excepthook__(ExceptHookArgs(type(hook_exc), hook_exc, None, self))

    def run(self):
        """The thread's activity: calls the target with the arguments, unless overridden."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references, so a finished thread does not keep its arguments alive.
            del self._target, self._args, self._kwargs

    def _wait_for_done(self, block=True, timeout=-1):
        done = self._done
        if done is None:
            return
        if done.acquire(block, timeout):
            done.release()
            self._is_stopped = True
            self._done = None

    def join(self, timeout=None):
        """Waits until the thread ends, or the timeout (seconds) passes."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_done()
        else:
            self._wait_for_done(True, max(timeout, 0))

    def is_alive(self):
        """Whether the thread has started and not yet ended."""
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_done(False)
        return not self._is_stopped

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    """The thread that runs the program."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = _thread._main_thread_ident()
        if self._ident == get_ident():
            self._native_id = get_native_id()
        _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread started outside this module (by _thread.start_new_thread)."""

    def __init__(self):
        Thread.__init__(self, name=_next_name("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _registry_lock:
            _active[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


class Timer(Thread):
    """Calls a function after a delay (seconds), unless cancel() is called first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


def current_thread():
    """The Thread object of the calling thread."""
    thread = _active.get(get_ident())
    if thread is None:
        thread = _DummyThread()
    return thread


def currentThread():
    return current_thread()


def main_thread():
    """The Thread object of the thread that runs the program."""
    return _main_thread


def active_count():
    """How many Thread objects are alive, the main thread included."""
    with _registry_lock:
        count = len(_active) + len(_limbo)
    return count


def activeCount():
    return active_count()


def enumerate():
    """The Thread objects alive now."""
    with _registry_lock:
        threads = list(_active.values()) + list(_limbo.values())
    return threads


def settrace(func):
    raise NotImplementedError("threading.settrace is not supported by gilvm")


def setprofile(func):
    raise NotImplementedError("threading.setprofile is not supported by gilvm")


def gettrace():
    """The trace function set with settrace: always None, since gilvm has none."""
    return None


def getprofile():
    """The profile function set with setprofile: always None, since gilvm has none."""
    return None


# Functions to call when the program's main thread has finished, before the interpreter waits
# for the other non-daemon threads (concurrent.futures stops its idle workers here).
_atexit_lock = _allocate_lock()
_threading_atexits = []
_shutting_down = False


def _register_atexit(func, *args, **kwargs):
    """Calls func(*args, **kwargs) when the main thread has finished, before non-daemon threads
    are joined; the last registered runs first."""
    with _atexit_lock:
        if _shutting_down:
            raise RuntimeError("can't register atexit after shutdown")
        _threading_atexits.append((func, args, kwargs))


def _shutdown():
    """Called by the interpreter once the main module has finished."""
    global _shutting_down
    with _atexit_lock:
        _shutting_down = True
        calls = _threading_atexits[::-1]
        _threading_atexits.clear()
    for func, args, kwargs in calls:
        func(*args, **kwargs)


_main_thread = _MainThread()
