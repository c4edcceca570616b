"""asyncio for gilvm: a single-threaded event loop over the VM's coroutines.

One thread runs every task; tasks switch only where they await. While no task is ready the loop
waits for its next timer (or for a worker thread of to_thread) on a threading.Event, a timed wait
that releases the interpreter lock; once a socket is watched (add_reader, add_writer: what the
streams use) it waits in select.select instead, woken by a socket pair. Implemented here: run,
sleep, create_task, Task, Future, gather, wait_for, shield-free cancellation, Queue, Event, Lock,
Semaphore, to_thread, get_event_loop, get_running_loop, current_task, all_tasks, iscoroutine,
ensure_future, and streams over TCP (open_connection, start_server, StreamReader, StreamWriter).
"""

import collections as _collections
import heapq as _heapq
import sys as _sys
import threading as _threading
import time as _time

__all__ = (
    "CancelledError", "TimeoutError", "InvalidStateError", "QueueEmpty", "QueueFull",
    "Future", "Task", "run", "sleep", "create_task", "ensure_future", "gather", "wait_for",
    "Queue", "Event", "Lock", "Semaphore", "BoundedSemaphore", "to_thread", "get_event_loop",
    "get_running_loop", "new_event_loop", "set_event_loop", "current_task", "all_tasks",
    "iscoroutine", "iscoroutinefunction", "AbstractEventLoop",
    "open_connection", "start_server", "StreamReader", "StreamWriter", "IncompleteReadError",
    "LimitOverrunError",
)


# ------------------------------------------------------------------ exceptions

class CancelledError(BaseException):
    """The task or future was cancelled."""


CancelledError.__module__ = "asyncio.exceptions"


class InvalidStateError(Exception):
    """The operation is not allowed in the future's current state."""


InvalidStateError.__module__ = "asyncio.exceptions"

TimeoutError = TimeoutError  # since 3.11, asyncio's TimeoutError is the built-in one


class QueueEmpty(Exception):
    """get_nowait() on an empty queue."""


QueueEmpty.__module__ = "asyncio.queues"


class QueueFull(Exception):
    """put_nowait() on a full queue."""


QueueFull.__module__ = "asyncio.queues"


# ------------------------------------------------------------------ coroutine helpers

async def _probe():
    pass


_probe_coro = _probe()
_CoroutineType = type(_probe_coro)
_probe_coro.close()
del _probe_coro


def iscoroutine(obj):
    """True for a coroutine object (what calling an async def function returns)."""
    return isinstance(obj, _CoroutineType)


def iscoroutinefunction(func):
    code = getattr(func, "__code__", None)
    return code is not None and bool(code.co_flags & 0x80)


class _Yield:
    """Awaiting this gives the other ready tasks one turn (sleep(0))."""

    def __await__(self):
        yield


# ------------------------------------------------------------------ running loops

_running = {}      # thread ident -> the loop running in that thread
_current = {}      # thread ident -> the loop set by set_event_loop
_current_task = {}  # loop -> the task being stepped


def _get_running_loop():
    return _running.get(_threading.get_ident())


def get_running_loop():
    """The loop running in this thread; RuntimeError outside a running loop."""
    loop = _running.get(_threading.get_ident())
    if loop is None:
        raise RuntimeError("no running event loop")
    return loop


def get_event_loop():
    """The running loop, else this thread's current loop (made on first use)."""
    loop = _get_running_loop()
    if loop is not None:
        return loop
    ident = _threading.get_ident()
    loop = _current.get(ident)
    if loop is None or loop.is_closed():
        if _threading.current_thread() is not _threading.main_thread():
            raise RuntimeError("There is no current event loop in thread %r."
                               % _threading.current_thread().name)
        loop = new_event_loop()
        _current[ident] = loop
    return loop


def set_event_loop(loop):
    ident = _threading.get_ident()
    if loop is None:
        _current.pop(ident, None)
    else:
        _current[ident] = loop


def new_event_loop():
    return _EventLoop()


def current_task(loop=None):
    """The task running in loop (the running loop by default), or None."""
    if loop is None:
        loop = get_running_loop()
    return _current_task.get(loop)


def all_tasks(loop=None):
    """The tasks of loop (the running loop by default) that are not done."""
    if loop is None:
        loop = get_running_loop()
    return {t for t in loop._tasks if not t.done()}


# ------------------------------------------------------------------ handles and the loop

class Handle:
    """A callback scheduled on a loop; cancel() keeps it from running."""

    __slots__ = ("_callback", "_args", "_cancelled", "_loop")

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._loop = loop

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop._report("Exception in callback %r" % (self._callback,), exc)

    def __repr__(self):
        state = " cancelled" if self._cancelled else ""
        return "<%s%s %r>" % (type(self).__name__, state, self._callback)


class TimerHandle(Handle):
    """A callback scheduled at a time of the loop's clock."""

    __slots__ = ("_when",)

    def __init__(self, when, callback, args, loop):
        super().__init__(callback, args, loop)
        self._when = when

    def when(self):
        return self._when


class AbstractEventLoop:
    """The base class of event loops."""


class _EventLoop(AbstractEventLoop):
    def __init__(self):
        self._ready = _collections.deque()
        self._timers = []
        self._timer_seq = 0
        self._incoming = _collections.deque()
        self._incoming_lock = _threading.Lock()
        self._wakeup = _threading.Event()
        self._stopping = False
        self._closed = False
        self._tasks = set()
        self._threads = []
        self._task_count = 0
        self._readers = {}   # fileno -> (socket, Handle)
        self._writers = {}
        self._wake_r = None  # the socket pair call_soon_threadsafe writes to while select waits
        self._wake_w = None

    def __repr__(self):
        return "<_UnixSelectorEventLoop running=%s closed=%s debug=False>" % (
            self.is_running(), self._closed)

    # -- scheduling

    def time(self):
        return _time.monotonic()

    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        handle = TimerHandle(when, callback, args, self)
        self._timer_seq += 1
        _heapq.heappush(self._timers, (when, self._timer_seq, handle))
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        """Schedules callback from any thread and wakes the loop."""
        self._check_closed()
        handle = Handle(callback, args, self)
        with self._incoming_lock:
            self._incoming.append(handle)
        self._wakeup.set()
        wake = self._wake_w
        if wake is not None:
            try:
                wake.send(b"\0")
            except OSError:
                pass
        return handle

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return Task(coro, loop=self, name=name)

    # -- running

    def is_running(self):
        return _running.get(_threading.get_ident()) is self

    def is_closed(self):
        return self._closed

    def stop(self):
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        self._closed = True
        self._ready.clear()
        self._timers.clear()
        self._readers.clear()
        self._writers.clear()
        if self._wake_r is not None:
            self._wake_r.close()
            self._wake_w.close()
            self._wake_r = self._wake_w = None

    # -- watching sockets

    def _watch(self, table, sock, callback, args):
        self._check_closed()
        if self._wake_r is None:
            import socket
            self._wake_r, self._wake_w = socket.socketpair()
            self._wake_r.setblocking(False)
            self._wake_w.setblocking(False)
        fd = sock if isinstance(sock, int) else sock.fileno()
        table[fd] = (sock, Handle(callback, args, self))

    def _unwatch(self, table, sock):
        fd = sock if isinstance(sock, int) else sock.fileno()
        return table.pop(fd, None) is not None

    def add_reader(self, fd, callback, *args):
        """Calls callback(*args) each time fd (a socket or its descriptor) is readable."""
        self._watch(self._readers, fd, callback, args)

    def remove_reader(self, fd):
        return self._unwatch(self._readers, fd)

    def add_writer(self, fd, callback, *args):
        """Calls callback(*args) each time fd (a socket or its descriptor) is writable."""
        self._watch(self._writers, fd, callback, args)

    def remove_writer(self, fd):
        return self._unwatch(self._writers, fd)

    def run_until_complete(self, future):
        self._check_closed()
        future = ensure_future(future, loop=self)
        future.add_done_callback(self._stop_when_done)
        try:
            self.run_forever()
        finally:
            future.remove_done_callback(self._stop_when_done)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def _stop_when_done(self, fut):
        self._stopping = True

    def run_forever(self):
        self._check_closed()
        ident = _threading.get_ident()
        if self.is_running():
            raise RuntimeError("This event loop is already running")
        if _running.get(ident) is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")
        _running[ident] = self
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            del _running[ident]

    def _run_once(self):
        if self._incoming:
            self._take_incoming()
        if self._readers or self._writers:
            self._select()
        elif not self._ready:
            if self._timers:
                timeout = self._timers[0][0] - self.time()
                if timeout > 0:
                    self._wait(timeout)
            else:
                self._wait(None)
            if self._incoming:
                self._take_incoming()
        now = self.time()
        while self._timers and self._timers[0][0] <= now:
            handle = _heapq.heappop(self._timers)[2]
            if not handle._cancelled:
                self._ready.append(handle)
        # Runs only what is ready now; callbacks scheduled meanwhile wait for the next round.
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._run()

    def _select(self):
        """Waits (as long as nothing is ready and no timer is due) for a watched socket, and
        queues the callbacks of those that are ready."""
        import select
        if self._ready or self._incoming:
            timeout = 0
        elif self._timers:
            timeout = max(0, self._timers[0][0] - self.time())
        else:
            timeout = None
        readers = [sock for sock, _ in self._readers.values()]
        readers.append(self._wake_r)
        writers = [sock for sock, _ in self._writers.values()]
        r, w, _ = select.select(readers, writers, [], timeout)
        for sock in r:
            if sock is self._wake_r:
                try:
                    while sock.recv(4096):
                        pass
                except (BlockingIOError, InterruptedError):
                    pass
                continue
            entry = self._readers.get(sock if isinstance(sock, int) else sock.fileno())
            if entry is not None:
                self._ready.append(entry[1])
        for sock in w:
            entry = self._writers.get(sock if isinstance(sock, int) else sock.fileno())
            if entry is not None:
                self._ready.append(entry[1])
        self._wakeup.clear()
        if self._incoming:
            self._take_incoming()

    def _wait(self, timeout):
        # A timed wait with the interpreter lock released; a worker thread's
        # call_soon_threadsafe ends it early.
        self._wakeup.wait(timeout)
        self._wakeup.clear()

    def _take_incoming(self):
        with self._incoming_lock:
            self._ready.extend(self._incoming)
            self._incoming.clear()

    def _report(self, message, exc):
        import traceback
        print(message, file=_sys.stderr)
        traceback.print_exception(type(exc), exc, exc.__traceback__, file=_sys.stderr)

    def call_exception_handler(self, context):
        exc = context.get("exception")
        message = context.get("message", "Unhandled exception in event loop")
        if exc is None:
            print(message, file=_sys.stderr)
        else:
            self._report(message, exc)


# ------------------------------------------------------------------ futures and tasks

_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"


class Future:
    """A result that will be set later; awaiting it suspends the task until then."""

    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def __repr__(self):
        if self._state == _FINISHED:
            if self._exception is not None:
                info = "finished exception=%r" % (self._exception,)
            else:
                info = "finished result=%r" % (self._result,)
        else:
            info = self._state.lower()
        return "<%s %s>" % (type(self).__name__, info)

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def _cancelled_error(self):
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def result(self):
        if self._state == _CANCELLED:
            raise self._cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Result is not set.")
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Exception is not set.")
        return self._exception

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        self._callbacks = []
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [cb for cb in self._callbacks if cb != fn]
        removed = len(self._callbacks) - len(kept)
        self._callbacks = kept
        return removed

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError("%s: %r" % (self._state, self))
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError("%s: %r" % (self._state, self))
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def __await__(self):
        if self._state == _PENDING:
            self._asyncio_future_blocking = True
            yield self
        if self._state == _PENDING:
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


class Task(Future):
    """Runs a coroutine on the loop, stepping it each time what it awaits is done."""

    def __init__(self, coro, *, loop=None, name=None, context=None):
        if not iscoroutine(coro):
            raise TypeError("a coroutine was expected, got %r" % (coro,))
        super().__init__(loop=loop)
        self._coro = coro
        self._waiting_on = None
        self._cancel_pending = False
        self._cancel_requests = 0
        self._loop._task_count += 1
        self._name = name if name is not None else "Task-%d" % self._loop._task_count
        self._loop._tasks.add(self)
        self._loop.call_soon(self._step, None)

    def __repr__(self):
        if self._state == _PENDING:
            info = "pending"
        elif self._state == _CANCELLED:
            info = "cancelled"
        elif self._exception is not None:
            info = "finished exception=%r" % (self._exception,)
        else:
            info = "finished result=%r" % (self._result,)
        return "<Task %s name=%r coro=<%s()>>" % (info, self._name, self._coro.__qualname__)

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def cancelling(self):
        return self._cancel_requests

    def uncancel(self):
        if self._cancel_requests > 0:
            self._cancel_requests -= 1
        return self._cancel_requests

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def cancel(self, msg=None):
        """Asks the task to stop: CancelledError is thrown into its coroutine at its await."""
        if self._state != _PENDING:
            return False
        self._cancel_requests += 1
        if self._waiting_on is not None and self._waiting_on.cancel(msg=msg):
            # The awaited future's callback wakes the task with CancelledError.
            return True
        self._cancel_pending = True
        self._cancel_message = msg
        return True

    def _finish(self, result=None, exception=None, cancelled=None):
        self._loop._tasks.discard(self)
        if cancelled is not None:
            Future.cancel(self, msg=cancelled.args[0] if cancelled.args else None)
        elif exception is not None:
            Future.set_exception(self, exception)
        else:
            Future.set_result(self, result)

    def _step(self, exc):
        if self._state != _PENDING:
            return
        if self._cancel_pending:
            if not isinstance(exc, CancelledError):
                exc = self._cancelled_error()
            self._cancel_pending = False
        self._waiting_on = None
        loop = self._loop
        _current_task[loop] = self
        try:
            if exc is None:
                yielded = self._coro.send(None)
            else:
                yielded = self._coro.throw(exc)
        except StopIteration as stop:
            if self._cancel_pending:
                self._cancel_pending = False
                self._finish(cancelled=self._cancelled_error())
            else:
                self._finish(result=stop.value)
        except CancelledError as cancelled:
            self._finish(cancelled=cancelled)
        except (KeyboardInterrupt, SystemExit) as fatal:
            self._finish(exception=fatal)
            raise
        except BaseException as error:
            self._finish(exception=error)
        else:
            self._suspend_on(yielded)
        finally:
            del _current_task[loop]

    def _suspend_on(self, yielded):
        if yielded is None:
            # A bare yield (sleep(0)): run again after the other ready callbacks.
            self._loop.call_soon(self._step, None)
            return
        if getattr(yielded, "_asyncio_future_blocking", None) is None:
            self._loop.call_soon(self._step, RuntimeError("Task got bad yield: %r" % (yielded,)))
            return
        if not yielded._asyncio_future_blocking:
            self._loop.call_soon(self._step, RuntimeError(
                "yield was used instead of yield from in task %r with %r" % (self, yielded)))
            return
        if yielded is self:
            self._loop.call_soon(self._step, RuntimeError(
                "Task cannot await on itself: %r" % (self,)))
            return
        yielded._asyncio_future_blocking = False
        yielded.add_done_callback(self._wake)
        self._waiting_on = yielded
        if self._cancel_pending and yielded.cancel(msg=self._cancel_message):
            self._cancel_pending = False

    def _wake(self, fut):
        try:
            fut.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step(None)


def create_task(coro, *, name=None, context=None):
    """Schedules coro to run as a Task on the running loop."""
    loop = get_running_loop()
    return loop.create_task(coro, name=name)


async def _await_any(awaitable):
    return await awaitable


def ensure_future(obj, *, loop=None):
    """obj as a Future: futures as they are, coroutines and awaitables wrapped in a Task."""
    if isinstance(obj, Future):
        return obj
    if loop is None:
        loop = get_event_loop()
    if iscoroutine(obj):
        return loop.create_task(obj)
    if hasattr(type(obj), "__await__"):
        return loop.create_task(_await_any(obj))
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


# ------------------------------------------------------------------ sleep, gather, wait_for

def _set_unless_done(fut, result):
    if not fut.done():
        fut.set_result(result)


async def sleep(delay, result=None):
    """Suspends the calling task for delay seconds, then returns result."""
    if delay <= 0:
        await _Yield()
        return result
    loop = get_running_loop()
    fut = loop.create_future()
    timer = loop.call_later(delay, _set_unless_done, fut, result)
    try:
        return await fut
    finally:
        timer.cancel()


class _GatherFuture(Future):
    def __init__(self, children, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_asked = False

    def cancel(self, msg=None):
        if self.done():
            return False
        any_cancelled = False
        for child in self._children:
            if child.cancel(msg=msg):
                any_cancelled = True
        if any_cancelled:
            self._cancel_asked = True
        return any_cancelled


def gather(*aws, return_exceptions=False):
    """Runs the awaitables concurrently; their results in order, as one awaitable."""
    if not aws:
        loop = get_event_loop()
        done = loop.create_future()
        done.set_result([])
        return done
    loop = None
    children = []
    by_arg = {}
    for aw in aws:
        if id(aw) in by_arg:
            children.append(by_arg[id(aw)][1])
            continue
        fut = ensure_future(aw, loop=loop)
        if loop is None:
            loop = fut.get_loop()
        by_arg[id(aw)] = (aw, fut)
        children.append(fut)
    outer = _GatherFuture(children, loop)
    distinct = {id(c): c for c in children}
    state = {"left": len(distinct)}

    def child_done(child):
        state["left"] -= 1
        if outer.done():
            if not child.cancelled():
                child.exception()
            return
        if not return_exceptions:
            if child.cancelled():
                outer.set_exception(child._cancelled_error())
                return
            exc = child.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state["left"] == 0:
            results = []
            for c in children:
                if c.cancelled():
                    results.append(c._cancelled_error())
                elif c.exception() is not None:
                    results.append(c.exception())
                else:
                    results.append(c.result())
            if outer._cancel_asked:
                outer.set_exception(CancelledError())
            else:
                outer.set_result(results)

    for child in distinct.values():
        child.add_done_callback(child_done)
    return outer


async def _cancel_and_wait(fut):
    waiter = fut.get_loop().create_future()

    def release(_):
        if not waiter.done():
            waiter.set_result(None)

    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


async def wait_for(aw, timeout):
    """Awaits aw, cancelling it and raising TimeoutError after timeout seconds."""
    loop = get_running_loop()
    if timeout is None:
        return await aw
    fut = ensure_future(aw, loop=loop)
    if timeout <= 0:
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()

    def release(_=None):
        if not waiter.done():
            waiter.set_result(None)

    timer = loop.call_later(timeout, release)
    fut.add_done_callback(release)
    try:
        try:
            await waiter
        except CancelledError:
            # The caller was cancelled: so is what it waited for.
            if fut.done():
                return fut.result()
            fut.remove_done_callback(release)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(release)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timer.cancel()


# ------------------------------------------------------------------ threads

async def to_thread(func, /, *args, **kwargs):
    """Runs func(*args, **kwargs) in a new thread; the task waits for its result."""
    loop = get_running_loop()
    fut = loop.create_future()

    def deliver(ok, value):
        if fut.done():
            return
        if ok:
            fut.set_result(value)
        else:
            fut.set_exception(value)

    def work():
        try:
            value = func(*args, **kwargs)
        except BaseException as exc:
            loop.call_soon_threadsafe(deliver, False, exc)
        else:
            loop.call_soon_threadsafe(deliver, True, value)

    thread = _threading.Thread(target=work, name="asyncio_%d" % (len(loop._threads),))
    loop._threads.append(thread)
    thread.start()
    return await fut


# ------------------------------------------------------------------ run

def run(main, *, debug=None):
    """Runs the coroutine main on a new event loop and returns its result."""
    if _get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError("a coroutine was expected, got %r" % (main,))
    loop = new_event_loop()
    set_event_loop(loop)
    try:
        return loop.run_until_complete(loop.create_task(main))
    finally:
        try:
            _cancel_leftovers(loop)
            for thread in loop._threads:
                thread.join()
        finally:
            set_event_loop(None)
            loop.close()


def _cancel_leftovers(loop):
    left = [t for t in loop._tasks if not t.done()]
    if not left:
        return
    for task in left:
        task.cancel()
    loop.run_until_complete(gather(*left, return_exceptions=True))
    for task in left:
        if not task.cancelled() and task.exception() is not None:
            loop.call_exception_handler({
                "message": "unhandled exception during asyncio.run() shutdown",
                "exception": task.exception(),
                "task": task,
            })


# ------------------------------------------------------------------ synchronisation

class _Waiters:
    """Futures of the tasks waiting for something, woken in order."""

    def __init__(self):
        self._waiters = _collections.deque()

    def _add(self):
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        return fut

    def _wake_one(self):
        while self._waiters:
            fut = self._waiters.popleft()
            if not fut.done():
                fut.set_result(True)
                return True
        return False

    def _wake_all(self):
        while self._waiters:
            fut = self._waiters.popleft()
            if not fut.done():
                fut.set_result(True)


class Event(_Waiters):
    """A flag tasks can wait for."""

    def __init__(self):
        super().__init__()
        self._value = False

    def __repr__(self):
        return "<asyncio.locks.Event object [%s]>" % ("set" if self._value else "unset")

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            self._wake_all()

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = self._add()
        try:
            await fut
            return True
        finally:
            if fut in self._waiters:
                self._waiters.remove(fut)


class Lock(_Waiters):
    """A mutual exclusion between tasks: async with lock: ..."""

    def __init__(self):
        super().__init__()
        self._locked = False

    def __repr__(self):
        return "<asyncio.locks.Lock object [%s]>" % ("locked" if self._locked else "unlocked")

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and not any(not w.done() for w in self._waiters):
            self._locked = True
            return True
        fut = self._add()
        try:
            try:
                await fut
            finally:
                if fut in self._waiters:
                    self._waiters.remove(fut)
        except CancelledError:
            if fut.done() and not fut.cancelled() and not self._locked:
                # Woken, then cancelled before running: pass the turn on.
                self._wake_one()
            raise
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        self._wake_one()

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Semaphore(_Waiters):
    """A counter tasks take from (acquire) and give back (release)."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        super().__init__()
        self._value = value

    def __repr__(self):
        extra = "locked" if self.locked() else "unlocked, value:%d" % self._value
        return "<asyncio.locks.%s object [%s]>" % (type(self).__name__, extra)

    def locked(self):
        return self._value == 0 or any(not w.done() for w in self._waiters)

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        fut = self._add()
        try:
            try:
                await fut
            finally:
                if fut in self._waiters:
                    self._waiters.remove(fut)
        except CancelledError:
            if fut.done() and not fut.cancelled():
                self._value += 1
                self._wake_next()
            raise
        return True

    def _wake_next(self):
        while self._value > 0 and self._waiters:
            fut = self._waiters.popleft()
            if not fut.done():
                self._value -= 1
                fut.set_result(True)

    def release(self):
        self._value += 1
        self._wake_next()

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        self._bound = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound:
            raise ValueError("BoundedSemaphore released too many times")
        super().release()


# ------------------------------------------------------------------ queues

class Queue:
    """A first-in first-out queue between tasks (maxsize 0: unbounded)."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._items = _collections.deque()
        self._getters = _Waiters()
        self._putters = _Waiters()
        self._unfinished = 0
        self._finished = Event()
        self._finished.set()

    def __repr__(self):
        return "<Queue maxsize=%r qsize=%d>" % (self._maxsize, len(self._items))

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._items)

    def empty(self):
        return not self._items

    def full(self):
        return self._maxsize > 0 and len(self._items) >= self._maxsize

    def _put(self, item):
        self._items.append(item)

    def _get(self):
        return self._items.popleft()

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished += 1
        self._finished.clear()
        self._getters._wake_one()

    def get_nowait(self):
        if not self._items:
            raise QueueEmpty
        item = self._get()
        self._putters._wake_one()
        return item

    async def put(self, item):
        while self.full():
            fut = self._putters._add()
            try:
                await fut
            except CancelledError:
                if fut in self._putters._waiters:
                    self._putters._waiters.remove(fut)
                if not self.full() and not fut.cancelled():
                    self._putters._wake_one()
                raise
        self.put_nowait(item)

    async def get(self):
        while not self._items:
            fut = self._getters._add()
            try:
                await fut
            except CancelledError:
                if fut in self._getters._waiters:
                    self._getters._waiters.remove(fut)
                if self._items and not fut.cancelled():
                    self._getters._wake_one()
                raise
        return self.get_nowait()

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished -= 1
        if self._unfinished == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished > 0:
            await self._finished.wait()


class LifoQueue(Queue):
    """A last-in first-out queue."""

    def _get(self):
        return self._items.pop()


class PriorityQueue(Queue):
    """A queue that hands out the smallest item first."""

    def _put(self, item):
        _heapq.heappush(self._items_list(), item)

    def _items_list(self):
        if not isinstance(self._items, list):
            self._items = list(self._items)
        return self._items

    def _get(self):
        return _heapq.heappop(self._items_list())


# ------------------------------------------------------------------ streams

_DEFAULT_LIMIT = 2 ** 16
_HIGH_WATER = 64 * 1024   # a writer's buffer above this makes drain() wait ...
_LOW_WATER = 16 * 1024    # ... until it is down to this


class IncompleteReadError(EOFError):
    """The stream ended before as many bytes as asked for (or the separator) arrived."""

    def __init__(self, partial, expected):
        r_expected = "undefined" if expected is None else repr(expected)
        super().__init__(f"{len(partial)} bytes read on a total of {r_expected} expected bytes")
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


IncompleteReadError.__module__ = "asyncio.exceptions"


class LimitOverrunError(Exception):
    """The separator was not found within the reader's limit."""

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


LimitOverrunError.__module__ = "asyncio.exceptions"


class StreamReader:
    """Bytes received on a connection, read by coroutines; fed by its transport."""

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError("Limit cannot be <= 0")
        self._limit = limit
        self._loop = loop if loop is not None else get_event_loop()
        self._buffer = bytearray()
        self._eof = False
        self._waiter = None
        self._exception = None
        self._transport = None
        self._paused = False

    def __repr__(self):
        info = ["StreamReader"]
        if self._buffer:
            info.append("%d bytes" % len(self._buffer))
        if self._eof:
            info.append("eof")
        if self._limit != _DEFAULT_LIMIT:
            info.append("limit=%d" % self._limit)
        if self._exception:
            info.append("exception=%r" % (self._exception,))
        return "<%s>" % " ".join(info)

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        self._wake(exc)

    def set_transport(self, transport):
        self._transport = transport

    def _wake(self, exc=None):
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.done():
                if exc is None:
                    waiter.set_result(None)
                else:
                    waiter.set_exception(exc)

    def _maybe_resume(self):
        if self._paused and self._transport is not None and len(self._buffer) <= self._limit:
            self._paused = False
            self._transport._resume_reading()

    def feed_eof(self):
        self._eof = True
        self._wake()

    def at_eof(self):
        """True once the stream has ended and everything in it was read."""
        return self._eof and not self._buffer

    def feed_data(self, data):
        if not data:
            return
        self._buffer.extend(data)
        self._wake()
        if (self._transport is not None and not self._paused
                and len(self._buffer) > 2 * self._limit):
            self._paused = True
            self._transport._pause_reading()

    async def _wait_for_data(self, name):
        if self._waiter is not None:
            raise RuntimeError(f"{name}() called while another coroutine is already waiting "
                               "for incoming data")
        if self._paused and self._transport is not None:
            self._paused = False
            self._transport._resume_reading()
        self._waiter = self._loop.create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    def _take(self, n):
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        self._maybe_resume()
        return data

    async def readline(self):
        """The next line, with its b'\\n'; at the end, what is left (b'' when nothing)."""
        try:
            return await self.readuntil(b"\n")
        except IncompleteReadError as e:
            return e.partial
        except LimitOverrunError as e:
            if self._buffer.startswith(b"\n", e.consumed):
                del self._buffer[:e.consumed + 1]
            else:
                self._buffer.clear()
            self._maybe_resume()
            raise ValueError(e.args[0])

    async def readuntil(self, separator=b"\n"):
        """The bytes up to and including separator; IncompleteReadError if the stream ends
        first, LimitOverrunError (the data kept) past the reader's limit."""
        seplen = len(separator)
        if seplen == 0:
            raise ValueError("Separator should be at least one-byte string")
        if self._exception is not None:
            raise self._exception
        offset = 0
        while True:
            buflen = len(self._buffer)
            if buflen - offset >= seplen:
                found = self._buffer.find(separator, offset)
                if found != -1:
                    break
                offset = buflen + 1 - seplen
                if offset > self._limit:
                    raise LimitOverrunError(
                        "Separator is not found, and chunk exceed the limit", offset)
            if self._eof:
                chunk = bytes(self._buffer)
                self._buffer.clear()
                raise IncompleteReadError(chunk, None)
            await self._wait_for_data("readuntil")
        if found > self._limit:
            raise LimitOverrunError("Separator is found, but chunk is longer than limit", found)
        return self._take(found + seplen)

    async def read(self, n=-1):
        """Up to n bytes (at least one unless at the end); n < 0 reads to the end."""
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b""
        if n < 0:
            blocks = []
            while True:
                block = await self.read(self._limit)
                if not block:
                    break
                blocks.append(block)
            return b"".join(blocks)
        if not self._buffer and not self._eof:
            await self._wait_for_data("read")
        return self._take(n)

    async def readexactly(self, n):
        """Exactly n bytes; IncompleteReadError (with what came) if the stream ends first."""
        if n < 0:
            raise ValueError("readexactly size can not be less than zero")
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b""
        while len(self._buffer) < n:
            if self._eof:
                incomplete = bytes(self._buffer)
                self._buffer.clear()
                raise IncompleteReadError(incomplete, n)
            await self._wait_for_data("readexactly")
        return self._take(n)

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if line == b"":
            raise StopAsyncIteration
        return line


class _SocketTransport:
    """A connected non-blocking socket on the loop: what it receives goes to a StreamReader,
    what is written is sent as the socket takes it."""

    def __init__(self, loop, sock, reader):
        self._loop = loop
        self._sock = sock
        self._reader = reader
        self._buffer = bytearray()
        self._closing = False
        self._eof_pending = False
        self._reading = True
        self._lost = False
        self._conn_lost_exc = None
        self._closed = loop.create_future()
        self._drain_waiters = []
        self._extra = {"socket": sock}
        try:
            self._extra["sockname"] = sock.getsockname()
        except OSError:
            pass
        try:
            self._extra["peername"] = sock.getpeername()
        except OSError:
            pass
        reader.set_transport(self)
        loop.add_reader(sock, self._read_ready)

    def __repr__(self):
        state = " closing" if self._closing else ""
        return "<_SelectorSocketTransport fd=%d%s>" % (self._sock.fileno(), state)

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def is_closing(self):
        return self._closing

    def _pause_reading(self):
        if self._reading and not self._lost:
            self._reading = False
            self._loop.remove_reader(self._sock)

    def _resume_reading(self):
        if not self._reading and not self._closing and not self._lost:
            self._reading = True
            self._loop.add_reader(self._sock, self._read_ready)

    def _read_ready(self):
        if self._lost:
            return
        try:
            data = self._sock.recv(_DEFAULT_LIMIT)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._fatal(exc)
            return
        if data:
            self._reader.feed_data(data)
        else:
            # The peer will send no more; this side may still write (a half-closed connection).
            self._loop.remove_reader(self._sock)
            self._reading = False
            self._reader.feed_eof()

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError("data argument must be a bytes-like object, not %r"
                            % type(data).__name__)
        if self._eof_pending:
            raise RuntimeError("Cannot call write() after write_eof()")
        if not data or self._closing or self._lost:
            return
        if not self._buffer:
            try:
                n = self._sock.send(data)
            except (BlockingIOError, InterruptedError):
                n = 0
            except OSError as exc:
                self._fatal(exc)
                return
            data = data[n:]
            if not data:
                return
            self._loop.add_writer(self._sock, self._write_ready)
        self._buffer.extend(data)

    def writelines(self, lines):
        self.write(b"".join(lines))

    def _write_ready(self):
        if self._lost:
            return
        try:
            n = self._sock.send(self._buffer)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._loop.remove_writer(self._sock)
            self._buffer.clear()
            self._fatal(exc)
            return
        del self._buffer[:n]
        if len(self._buffer) <= _LOW_WATER:
            self._wake_drainers(None)
        if self._buffer:
            return
        self._loop.remove_writer(self._sock)
        if self._closing:
            self._connection_lost(None)
        elif self._eof_pending:
            self._shutdown_write()

    def _shutdown_write(self):
        import socket
        try:
            self._sock.shutdown(socket.SHUT_WR)
        except OSError:
            pass

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing or self._eof_pending:
            return
        self._eof_pending = True
        if not self._buffer:
            self._shutdown_write()

    def get_write_buffer_size(self):
        return len(self._buffer)

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop.remove_reader(self._sock)
        if not self._buffer:
            self._loop.call_soon(self._connection_lost, None)

    def abort(self):
        self._buffer.clear()
        self._loop.remove_writer(self._sock)
        self._closing = True
        self._loop.remove_reader(self._sock)
        self._loop.call_soon(self._connection_lost, None)

    def _fatal(self, exc):
        self._closing = True
        self._loop.remove_reader(self._sock)
        self._loop.remove_writer(self._sock)
        self._buffer.clear()
        self._loop.call_soon(self._connection_lost, exc)

    def _connection_lost(self, exc):
        if self._lost:
            return
        self._lost = True
        self._conn_lost_exc = exc
        self._loop.remove_reader(self._sock)
        self._loop.remove_writer(self._sock)
        self._sock.close()
        if exc is None:
            self._reader.feed_eof()
        else:
            self._reader.set_exception(exc)
        self._wake_drainers(exc if exc is not None else ConnectionResetError("Connection lost"))
        if not self._closed.done():
            self._closed.set_result(None)
        # As CPython's transports do: the reader and the transport no longer hold each other.
        self._reader._transport = None
        self._reader = None

    def _wake_drainers(self, exc):
        waiters, self._drain_waiters = self._drain_waiters, []
        for w in waiters:
            if not w.done():
                if exc is None:
                    w.set_result(None)
                else:
                    w.set_exception(exc)

    async def _drain(self):
        if self._lost:
            raise ConnectionResetError("Connection lost")
        if len(self._buffer) <= _HIGH_WATER:
            return
        w = self._loop.create_future()
        self._drain_waiters.append(w)
        await w


class StreamWriter:
    """The sending side of a connection: write() buffers, drain() waits for room."""

    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop

    def __repr__(self):
        info = [self.__class__.__name__, "transport=%r" % (self._transport,)]
        if self._reader is not None:
            info.append("reader=%r" % (self._reader,))
        return "<%s>" % " ".join(info)

    @property
    def transport(self):
        return self._transport

    def write(self, data):
        self._transport.write(data)

    def writelines(self, data):
        self._transport.writelines(data)

    def write_eof(self):
        return self._transport.write_eof()

    def can_write_eof(self):
        return self._transport.can_write_eof()

    def close(self):
        return self._transport.close()

    def is_closing(self):
        return self._transport.is_closing()

    async def wait_closed(self):
        await self._transport._closed

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    async def drain(self):
        """Waits until the write buffer is low enough to write more."""
        if self._reader is not None and self._reader._exception is not None:
            raise self._reader._exception
        if self._transport.is_closing():
            # Lets the closing transport's pending callbacks run first, as CPython does.
            await sleep(0)
        await self._transport._drain()


def _connection_pair(loop, sock, limit):
    sock.setblocking(False)
    reader = StreamReader(limit=limit, loop=loop)
    transport = _SocketTransport(loop, sock, reader)
    return reader, StreamWriter(transport, None, reader, loop)


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """Connects to (host, port) over TCP; returns a (StreamReader, StreamWriter) pair."""
    import socket
    loop = get_running_loop()
    family = socket.AF_INET6 if host is not None and ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setblocking(False)
        err = sock.connect_ex((host, port))
        if err not in (0, _errno_inprogress()):
            raise _connect_error(err, host, port)
        if err:
            done = loop.create_future()
            loop.add_writer(sock, _set_unless_done, done, None)
            try:
                await done
            finally:
                loop.remove_writer(sock)
            err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if err:
                raise _connect_error(err, host, port)
    except BaseException:
        sock.close()
        raise
    return _connection_pair(loop, sock, limit)


def _errno_inprogress():
    import errno
    return errno.EINPROGRESS


def _connect_error(err, host, port):
    import os
    return OSError(err, "Connect call failed %s" % ((host, port),))


class Server:
    """Listening sockets whose connections each run client_connected_cb(reader, writer)."""

    def __init__(self, loop, sockets, callback, limit):
        self._loop = loop
        self._sockets = sockets
        self._callback = callback
        self._limit = limit
        self._serving = False
        self._serving_forever = None

    def __repr__(self):
        return "<%s sockets=%r>" % (self.__class__.__name__, self.sockets)

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(self._sockets)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    def _start_serving(self):
        if self._serving or self._sockets is None:
            return
        self._serving = True
        for sock in self._sockets:
            self._loop.add_reader(sock, self._accept, sock)

    async def start_serving(self):
        self._start_serving()
        await sleep(0)

    def _accept(self, listener):
        while True:
            try:
                conn, _ = listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                self._loop.call_exception_handler({
                    "message": "socket.accept() out of system resource",
                    "exception": exc,
                })
                return
            reader, writer = _connection_pair(self._loop, conn, self._limit)
            try:
                res = self._callback(reader, writer)
            except BaseException as exc:
                self._loop.call_exception_handler({
                    "message": "Unhandled exception in client_connected_cb",
                    "exception": exc,
                })
                writer.transport.close()
                continue
            if iscoroutine(res):
                self._loop.create_task(res)

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for sock in sockets:
            self._loop.remove_reader(sock)
            sock.close()
        self._serving = False
        if self._serving_forever is not None and not self._serving_forever.done():
            self._serving_forever.cancel()
            self._serving_forever = None

    async def wait_closed(self):
        await sleep(0)

    async def serve_forever(self):
        if self._serving_forever is not None:
            raise RuntimeError(f"server {self!r} is already being awaited on serve_forever()")
        if self._sockets is None:
            raise RuntimeError(f"server {self!r} is closed")
        self._start_serving()
        self._serving_forever = self._loop.create_future()
        try:
            await self._serving_forever
        except CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever = None

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT,
                       family=0, backlog=100, reuse_address=None, start_serving=True, **kwds):
    """Listens on (host, port) over TCP; each connection calls client_connected_cb(reader,
    writer), and a coroutine it returns runs as a task. Returns the Server."""
    import socket
    loop = get_running_loop()
    if family == 0:
        family = socket.AF_INET6 if host is not None and ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        if reuse_address is None or reuse_address:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("" if host is None else host, port or 0))
        sock.listen(backlog)
        sock.setblocking(False)
    except BaseException:
        sock.close()
        raise
    server = Server(loop, [sock], client_connected_cb, limit)
    if start_serving:
        server._start_serving()
        await sleep(0)
    return server
